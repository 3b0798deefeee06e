// The @web/test-runner launcher for WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver, each
// browser driven by @web/test-runner-webdriver's WebdriverLauncher (over webdriverio) on its own
// virtual display. ../../../scripts/webkit.js starts the driver and knows MiniBrowser's quirks.
//
// Each of `concurrency` browsers runs one test file at a time as the top-level page (the
// WebdriverLauncher's SessionManager, which it picks when it is told concurrency 1), not in an
// iframe: a page in an iframe of a shared page cannot have the keyboard focus to itself, and the
// keyboard tests need it. Each file starts with an 800 × 600 viewport, like Chromium's pages.
//
// What this adds to WebdriverLauncher: starting and stopping WebKitWebDriver, the viewport, the
// pool of browsers, and `getPage()`: the few methods of a Playwright page that
// @web/test-runner-commands calls (sendKeys, sendMouse, setViewport, emulateMedia), over
// webdriverio. That is why `type` is 'playwright': the commands' own WebDriver path presses all
// keys of a text down at once before letting any go, and has no `down`/`up` (Shift+Tab).
// WebDriver has no media emulation: `emulateMedia` rejects, and tests that need it run in
// Chromium (see test/helpers.ts).
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { setWebKitViewport, startWebKitDriver, webkitKeyboard, webkitOptions } from '../../../scripts/webkit.js';

const VIEWPORT = { width: 800, height: 600 };

/** One MiniBrowser with its own WebKitWebDriver, running one test file at a time. */
class WebKitBrowser extends WebdriverLauncher {
  constructor() {
    // 'none': navigating returns at once; the runner itself waits for the test page to report.
    super(webkitOptions({ pageLoadStrategy: 'none' }));
    this.viewport = undefined;
  }

  async initialize(config) {
    this.driverProcess = await startWebKitDriver();
    this.options.port = this.driverProcess.port;
    await super.initialize({ ...config, concurrency: 1 });
  }

  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (this.viewport?.width !== VIEWPORT.width || this.viewport?.height !== VIEWPORT.height) await this.resize(VIEWPORT);
    return super.startSession(id, url);
  }

  async resize({ width, height }) {
    await setWebKitViewport(this.driver, width, height);
    this.viewport = { width, height };
  }

  async stopSession(id) {
    // Keys a test held down (sendKeys down without up) are let go before the next file.
    await this.driver.releaseActions().catch(() => undefined);
    return super.stopSession(id);
  }

  getPage(id) {
    return {
      keyboard: webkitKeyboard(this.driver),
      mouse: {
        click: (x, y, { button } = {}) => this.sendMouseClick(id, x, y, button),
        move: (x, y) => this.sendMouseMove(id, x, y),
        down: ({ button } = {}) => this.sendMouseDown(id, button),
        up: ({ button } = {}) => this.sendMouseUp(id, button),
      },
      setViewportSize: (size) => this.resize(size),
      emulateMedia: async () => {
        throw new Error('Media emulation is not available in WebKit over WebDriver.');
      },
    };
  }

  async stop() {
    await super.stop();
    await this.driverProcess?.stop();
  }
}

export function webkitLauncher({ concurrency = 2 } = {}) {
  const browsers = Array.from({ length: concurrency }, () => new WebKitBrowser());
  /** test session id → the browser running it */
  const running = new Map();
  const browserOf = (id) => {
    const browser = running.get(id);
    if (!browser) throw new Error(`No WebKit page for session ${id}`);
    return browser;
  };
  return {
    name: 'WebKit',
    type: 'playwright',
    concurrency, // the runner never asks for more sessions at once
    async initialize(config) {
      await Promise.all(browsers.map((browser) => browser.initialize(config)));
    },
    async startSession(id, url) {
      const browser = browsers.find((b) => ![...running.values()].includes(b));
      running.set(id, browser);
      await browser.startSession(id, url);
    },
    isActive: (id) => running.has(id),
    getBrowserUrl: (id) => browserOf(id).getBrowserUrl(id),
    getPage: (id) => browserOf(id).getPage(id),
    async stopSession(id) {
      try {
        return await browserOf(id).stopSession(id);
      } finally {
        running.delete(id);
      }
    },
    async startDebugSession() {
      throw new Error('Debugging is not available in the WebKit launcher; use Chromium.');
    },
    async stop() {
      await Promise.all(browsers.map((browser) => browser.stop()));
    },
  };
}
