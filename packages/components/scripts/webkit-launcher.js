// A @web/test-runner browser launcher for WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver
// (Debian's webkit2gtk-driver), under its own virtual display. See ../../../scripts/webkit.js.
//
// Each of `concurrency` browsers runs one test file at a time as the top-level page (not in an
// iframe), like the Chromium and Firefox launchers. For the commands of
// @web/test-runner-commands (sendKeys, setViewport, emulateMedia), `getPage()` returns a small
// object with the methods those commands call on a Playwright page, implemented over WebDriver;
// that is why the launcher's `type` is 'playwright'. WebDriver has no media emulation:
// `emulateMedia` rejects, and tests that need it run in Chromium (see test/helpers.ts).
import { startWebKit } from '../../../scripts/webkit.js';

export function webkitLauncher({ concurrency = 1 } = {}) {
  /** Started browsers, each either idle or running one session. */
  const browsers = [];
  /** sessionId → { webkit, url } */
  const active = new Map();
  let starting = [];

  async function acquire() {
    const idle = browsers.find((b) => !b.busy);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    if (browsers.length + starting.length < concurrency) {
      const promise = startWebKit({ pageLoadStrategy: 'none', width: 800, height: 600 });
      starting.push(promise);
      try {
        const entry = { webkit: await promise, busy: true };
        browsers.push(entry);
        return entry;
      } finally {
        starting = starting.filter((p) => p !== promise);
      }
    }
    // All busy: wait for one (the runner never asks for more than `concurrency` at once).
    await new Promise((resolve) => setTimeout(resolve, 50));
    return acquire();
  }

  function page(sessionId) {
    const session = active.get(sessionId);
    if (!session) throw new Error(`No WebKit page for session ${sessionId}`);
    const { webkit } = session.entry;
    return {
      keyboard: {
        type: (text) => webkit.type(text),
        press: (key) => webkit.press(key),
        down: (key) => webkit.keyDown(key),
        up: (key) => webkit.keyUp(key),
      },
      setViewportSize: ({ width, height }) => webkit.setViewport(width, height),
      emulateMedia: async () => {
        throw new Error('Media emulation is not available in WebKit over WebDriver.');
      },
      mouse: {
        click: (x, y) => webkit.click(x, y),
      },
    };
  }

  return {
    name: 'WebKit',
    type: 'playwright',
    concurrency,
    async initialize() {},
    async startSession(sessionId, url) {
      const entry = await acquire();
      active.set(sessionId, { entry, url });
      await entry.webkit.setViewport(800, 600);
      await entry.webkit.navigate(url);
    },
    isActive: (sessionId) => active.has(sessionId),
    getBrowserUrl: (sessionId) => active.get(sessionId)?.url ?? '',
    getPage: page,
    async startDebugSession() {
      throw new Error('Debugging is not available in the WebKit launcher; use Chromium.');
    },
    async stopSession(sessionId) {
      const session = active.get(sessionId);
      if (!session) throw new Error(`No WebKit page for session ${sessionId}`);
      active.delete(sessionId);
      try {
        await session.entry.webkit.releaseActions().catch(() => undefined);
        // An empty page stops the test page's timers before the next file.
        await session.entry.webkit.navigate('about:blank');
      } finally {
        session.entry.busy = false;
      }
      return {};
    },
    async stop() {
      await Promise.all(browsers.map((b) => b.webkit.close()));
      browsers.length = 0;
    },
  };
}
