// Where the system browsers are and how to start them. No test tool may download a browser: tests
// use Debian's packages (`chromium`, `firefox-esr`, `webkit2gtk-driver` with its MiniBrowser) or
// the paths in CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH. The
// drivers are given these paths and never look for a browser of their own: playwright-core and
// puppeteer-core (Chromium), puppeteer-core over WebDriver BiDi (Firefox), webdriverio over
// WebKitWebDriver (WebKit, see webkit.js).
//
// Which engines the browser tests run in: ACTIE_ENGINES, a comma-separated list of chromium,
// firefox and webkit (default: all three), e.g. `ACTIE_ENGINES=firefox pnpm test`.
import { existsSync } from 'node:fs';

/** Every engine the tests know, in the order they run. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines chosen with ACTIE_ENGINES (default: all). Throws on an unknown name. */
export function selectedEngines(value = process.env.ACTIE_ENGINES) {
  if (!value || !value.trim()) return [...ENGINES];
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`ACTIE_ENGINES: unknown engine ${unknown.join(', ')}; use ${ENGINES.join(', ')}.`);
  return ENGINES.filter((name) => names.includes(name));
}

/** Flags that work as root in a container, with no background network traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * For measuring pages (scripts/page-metrics.js: size and bench:render): also without the browser's own
 * WebUI omnibox popup, which headless Chromium 156 builds (with its own Lit and scripts) while the
 * page under test loads, competing for the same cores. It is the browser's UI, not the page: the
 * figures then show the page's own work.
 */
export const chromiumBenchArgs = [...chromiumArgs, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'];

/** Firefox preferences: no updates, telemetry, or other traffic of its own during tests. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.navigator.permission.disabled': true,
};

const INSTALL = 'sudo apt-get install -y --no-install-recommends';

function find(envName, candidates, what, debianPackage) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${what} found. The browser tests use the system browsers and never download one.\n` +
      `On Debian or Ubuntu: ${INSTALL} ${debianPackage}\n` +
      `Elsewhere: set ${envName}, or run fewer engines (ACTIE_ENGINES=chromium).`,
  );
}

/** The path of the Chromium executable, or a clear error telling how to install one. */
export function chromiumPath() {
  return find(
    'CHROMIUM_PATH',
    ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    'Chromium',
    'chromium',
  );
}

/** The path of Firefox (ESR), driven by puppeteer-core over WebDriver BiDi. */
export function firefoxPath() {
  return find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'Firefox', 'firefox-esr');
}

/** WebKitWebDriver and the MiniBrowser it drives (WebKitGTK), and xvfb-run for their display. */
export function webkitPaths() {
  const driver = find('WEBKIT_WEBDRIVER_PATH', ['/usr/bin/WebKitWebDriver'], 'WebKitWebDriver', 'webkit2gtk-driver');
  const browser = find(
    'MINIBROWSER_PATH',
    [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
    ],
    'MiniBrowser (WebKitGTK)',
    'webkit2gtk-driver',
  );
  find('XVFB_RUN_PATH', ['/usr/bin/xvfb-run'], 'xvfb-run', 'xvfb xauth');
  find('XAUTH_PATH', ['/usr/bin/xauth'], 'xauth', 'xauth');
  return { driver, browser };
}

/** Check that an engine's browser is there; throws the install hint when it is not. */
export function checkEngine(engine) {
  if (engine === 'chromium') chromiumPath();
  else if (engine === 'firefox') firefoxPath();
  else if (engine === 'webkit') webkitPaths();
  else throw new Error(`Unknown engine ${engine}`);
}
