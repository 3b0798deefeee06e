// WebKit (WebKitGTK's MiniBrowser, the engine family of Safari) through WebKitWebDriver, both from
// Debian's packages (webkit2gtk-driver); nothing is downloaded. The WebDriver client is webdriverio
// (classic WebDriver: WebKitWebDriver speaks no WebDriver BiDi). This file holds only what
// webdriverio cannot know, shared by the component test launcher
// (packages/components/scripts/webkit-launcher.js) and the end-to-end driver (e2e/drivers.js):
//   - starting the driver: webdriverio starts chromedriver, geckodriver, safaridriver and
//     msedgedriver, but not WebKitWebDriver, so it connects to one started here;
//   - the session's capabilities (MiniBrowser's path and flags);
//   - a window of an exact viewport size, and key names as Playwright spells them.
//
// What MiniBrowser needs here, learnt the hard way:
//   - A display: each driver runs under `xvfb-run -a` (its own virtual X server on a free display
//     number). With `--headless` MiniBrowser hung.
//   - MiniBrowser's `--automation` flag, which lets the driver control it; `--full-screen`, so the
//     window is the viewport (no toolbar).
//   - The keyboard focus: with no window manager, X gives it to the window under the pointer, which
//     sits in the middle of the screen. So windows are centred on the screen; without focus, the
//     page's document has no focus and nothing matches :focus.
//   - GTK makes no window narrower than WEBKIT_MIN_WIDTH; asking for less throws.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { Key, remote } from 'webdriverio';
import { webkitPaths } from './browser.js';

/** The smallest viewport width MiniBrowser's window can have here (measured; GTK's minimum). */
export const WEBKIT_MIN_WIDTH = 334;

/** The virtual screen each driver gets; windows are placed in its middle (see the focus above). */
const SCREEN = { width: 1600, height: 1400 };

/**
 * How long WebKitWebDriver may take to listen; closing may take before its processes are killed;
 * the page may take to see a new window size.
 */
const START_TIMEOUT = 30_000;
const CLOSE_TIMEOUT = 5_000;
const VIEWPORT_TIMEOUT = 2_000;

const within = (ms, promise) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket.end() && true));
    socket.on('error', () => resolve(false));
  });

/**
 * Start WebKitWebDriver on a free port under its own virtual display. Returns its port and
 * `stop()`, which ends xvfb-run, Xvfb, the driver and MiniBrowser together.
 */
export async function startWebKitDriver() {
  const { driver } = webkitPaths();
  const port = await freePort();
  // -a: a free display number; the screen is larger than any window we ask for.
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24 -nolisten tcp`, driver, `--port=${port}`],
    // Its own process group, so stop() ends every process under it.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await within(CLOSE_TIMEOUT, exited);
  };
  const started = Date.now();
  while (!(await listening(port))) {
    if (child.exitCode !== null || Date.now() - started > START_TIMEOUT) {
      await stop();
      throw new Error(`WebKitWebDriver did not start (xvfb-run -a ${driver} --port=${port}).\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, stop };
}

/**
 * webdriverio's options for a MiniBrowser session on a driver started above (its `port`).
 * `pageLoadStrategy`: 'normal' waits for the load event on navigation, 'none' returns at once.
 */
export function webkitOptions({ port, pageLoadStrategy = 'normal' } = {}) {
  const { browser } = webkitPaths();
  return {
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    // A command is never sent twice (key and pointer actions are not idempotent).
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      pageLoadStrategy,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--full-screen'] },
      'wdio:enforceWebDriverClassic': true,
    },
  };
}

/** Start a driver and open a MiniBrowser session on it: webdriverio's `browser`, and `close()` for both. */
export async function openWebKit({ pageLoadStrategy } = {}) {
  const driver = await startWebKitDriver();
  let browser;
  try {
    browser = await remote(webkitOptions({ port: driver.port, pageLoadStrategy }));
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return {
    browser,
    async close() {
      await within(
        CLOSE_TIMEOUT,
        browser.deleteSession().catch(() => undefined),
      );
      await driver.stop();
    },
  };
}

/**
 * The viewport's size (of the top window, also when commands go to a frame, see e2e/drivers.js).
 * With pageLoadStrategy "none" the previous page may still be unloading
 * (the component tests go to about:blank between files), which fails a script with "no such
 * frame" or "unload": then it is asked again, a few times.
 */
async function innerSize(browser) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await browser.executeScript('return [top.innerWidth, top.innerHeight]', []);
    } catch (error) {
      if (attempt >= 5 || !/unload|no such frame/i.test(String(error?.message))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Make the viewport exactly width × height, with the window centred on the screen (see the focus
 * above). The window is the viewport (full-screen: no toolbar), but the page sees a new size a
 * moment after the driver answers, so this waits for it; a window that stays larger than its
 * viewport (a toolbar after all) is grown by the difference, once.
 */
export async function setWebKitViewport(browser, width, height) {
  if (width < WEBKIT_MIN_WIDTH) {
    throw new Error(`MiniBrowser cannot make the viewport narrower than ${WEBKIT_MIN_WIDTH} px (asked for ${width} px).`);
  }
  const place = (w, h) =>
    browser.setWindowRect(
      Math.max(0, Math.round((SCREEN.width - w) / 2)),
      Math.max(0, Math.round((SCREEN.height - h) / 2)),
      w,
      h,
    );
  const reached = async (ms) => {
    const until = Date.now() + ms;
    for (;;) {
      const size = await innerSize(browser);
      if ((size[0] === width && size[1] === height) || Date.now() > until) return size;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await place(width, height);
  let [w, h] = await reached(VIEWPORT_TIMEOUT);
  if (w === width && h === height) return;
  await place(width + (width - w), height + (height - h));
  [w, h] = await reached(VIEWPORT_TIMEOUT);
  if (w !== width || h !== height)
    throw new Error(`MiniBrowser's viewport is ${w} × ${h} px, not the ${width} × ${height} px asked for.`);
}

/** A key as Playwright and @web/test-runner-commands name it ("Tab", "Shift", "Space", "a") → webdriverio's value. */
const keyValue = (name) => (Object.hasOwn(Key, name) ? Key[name] : name === 'Meta' ? Key.Command : name);

/** The keys of a Playwright-style combination: "Tab", "Shift+Tab", "+". */
const comboKeys = (combo) => (combo === '+' ? ['+'] : combo.split('+')).map(keyValue);

/**
 * Playwright's keyboard (type, press, down, up) over webdriverio's key actions, one key after the
 * other. Keys held with down() stay down until up(): actions are performed without a release.
 */
export function webkitKeyboard(browser) {
  const perform = (build) => {
    const keys = browser.action('key', { id: 'keyboard' });
    build(keys);
    return keys.perform(true);
  };
  return {
    type: (text) => perform((keys) => [...text].forEach((ch) => keys.down(ch).up(ch))),
    press: (combo) =>
      perform((keys) => {
        const values = comboKeys(combo);
        values.forEach((value) => keys.down(value));
        values.reverse().forEach((value) => keys.up(value));
      }),
    down: (name) => perform((keys) => keys.down(keyValue(name))),
    up: (name) => perform((keys) => keys.up(keyValue(name))),
  };
}
