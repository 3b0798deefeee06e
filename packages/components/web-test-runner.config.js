// @web/test-runner in the system browsers (never a downloaded one), TypeScript via esbuild.
// Engines: ACTIE_ENGINES (chromium, firefox, webkit; default all three), see scripts/browser.js.
//   Chromium: @web/test-runner-chrome's launcher, puppeteer-core over the DevTools protocol.
//   Firefox:  the same launcher, puppeteer-core over WebDriver BiDi (firefox-esr).
//   WebKit:   @web/test-runner-webdriver's launcher, webdriverio over WebKitWebDriver, driving
//             WebKitGTK's MiniBrowser under xvfb-run (scripts/webkit-launcher.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, firefoxPrefs, selectedEngines } from '../../scripts/browser.js';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.js';
import { webkitLauncher } from './scripts/webkit-launcher.js';
import { jsonRulesEngineAsModule } from './scripts/wtr-json-rules-engine.js';

// Each test page in its own browser context: a second page in the same context is a background
// tab, where requestAnimationFrame never fires and tests waiting a frame hang. Firefox also puts
// each page in a window of its own: its second tab would be a background tab as well.
const ownContext = async ({ browser }) => (await browser.createBrowserContext()).newPage();
const ownWindow = async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' });

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
      createPage: ownContext,
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, extraPrefsFirefox: firefoxPrefs },
      createPage: ownWindow,
      // One page at a time: only one Firefox window has the keyboard focus, and the keyboard
      // tests need it (with two, a test in the other window waits for focus that never comes).
      concurrency: 1,
    }),
  webkit: () => webkitLauncher({ concurrency: 2 }),
};

export default {
  rootDir: '../..',
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    jsonRulesEngineAsModule(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  browsers: selectedEngines().map((engine) => launchers[engine]()),
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
};
