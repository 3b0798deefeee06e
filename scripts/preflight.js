// Brings the system packages the browser tests need, before `pnpm test` runs them:
//   chromium, firefox-esr, webkit2gtk-driver (WebKitWebDriver and MiniBrowser), xvfb and xauth
//   (a virtual display for WebKit), poppler-utils (pdftotext, for the PDF check).
// Only those of the engines chosen with ACTIE_ENGINES (default: all three).
//
// On Debian or Ubuntu as root it installs what is missing with apt-get. Anywhere else it stops at
// once and prints the one command to run. Browsers come only from the system's packages: no test
// tool downloads one.
//
//   node scripts/preflight.js           check, and install as root on Debian/Ubuntu
//   node scripts/preflight.js --check   only check (exit 1 with the command when something is missing)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { selectedEngines } from './browser.js';

/** What each Debian package provides that the tests use, and which engines need it. */
const PACKAGES = [
  {
    name: 'chromium',
    engines: ['chromium'],
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  { name: 'firefox-esr', engines: ['firefox'], env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
  { name: 'webkit2gtk-driver', engines: ['webkit'], env: 'WEBKIT_WEBDRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver'] },
  { name: 'xvfb', engines: ['webkit'], paths: ['/usr/bin/xvfb-run'] },
  { name: 'xauth', engines: ['webkit'], paths: ['/usr/bin/xauth'] },
  // The PDF check runs in Chromium.
  { name: 'poppler-utils', engines: ['chromium'], paths: ['/usr/bin/pdftotext'] },
];

/** The packages the chosen engines need and that are not there. */
function missingPackages(engines = selectedEngines()) {
  return PACKAGES.filter((p) => p.engines.some((e) => engines.includes(e)))
    .filter((p) => !(p.env && process.env[p.env] && existsSync(process.env[p.env])) && !p.paths.some((path) => existsSync(path)))
    .map((p) => p.name);
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function run(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const engines = selectedEngines();
const missing = missingPackages(engines);
if (!missing.length) {
  console.log(`Browsers and tools for ${engines.join(', ')}: all there.`);
  process.exit(0);
}

const command = `sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.argv.includes('--check') || !isRoot || !isDebianLike() || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The browser tests need system packages that are missing: ${missing.join(', ')}.\n` +
      `Run this once (Debian or Ubuntu), then the tests again:\n\n    ${command}\n\n` +
      'Elsewhere, install Chromium, Firefox ESR and WebKitGTK with its WebKitWebDriver, Xvfb, xauth and poppler-utils from your system, ' +
      'or run fewer engines, for example ACTIE_ENGINES=chromium.',
  );
  process.exit(1);
}

console.log(`Installing what the browser tests need: ${missing.join(' ')}`);
if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing])) {
  console.error(`Installing failed. Run it yourself:\n\n    ${command}\n`);
  process.exit(1);
}
const still = missingPackages(engines);
if (still.length) {
  console.error(`Still missing after apt-get: ${still.join(', ')}.`);
  process.exit(1);
}
console.log('Installed.');
