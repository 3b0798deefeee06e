// WebKit (WebKitGTK's MiniBrowser, the engine family of Safari) through WebKitWebDriver, from
// Debian's packages: a minimal W3C WebDriver client over HTTP, shared by the component test
// launcher (packages/components/scripts/webkit-launcher.js) and the end-to-end driver
// (e2e/drivers/webkit.js). Nothing is downloaded.
//
// MiniBrowser needs a display: each driver runs under `xvfb-run -a` (its own virtual X server),
// and MiniBrowser runs full-screen there, so the window is the viewport (no toolbar). GTK does not
// make a window narrower than about 334 px; `setViewport` says so instead of silently using more.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webkitPaths } from './browser.js';

/** Playwright key names (as @web/test-runner-commands and our e2e tests use them) → WebDriver key codes. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The WebDriver value of one key name ("Tab", "a", "ë"). */
export function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`Unknown key "${name}" for WebDriver`);
}

/** WebDriver key actions for a Playwright-style press: "Tab", "Shift+Tab", "Enter". */
export function pressActions(combo) {
  const names = combo === '+' ? ['+'] : combo.split('+');
  const values = names.map(keyValue);
  return [...values.map((value) => ({ type: 'keyDown', value })), ...values.reverse().map((value) => ({ type: 'keyUp', value }))];
}

/** WebDriver key actions that type text character by character. */
export function typeActions(text) {
  return [...text].flatMap((ch) => [
    { type: 'keyDown', value: ch },
    { type: 'keyUp', value: ch },
  ]);
}

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

/** The virtual screen each driver gets; windows are placed in its middle. */
const SCREEN = { width: 1600, height: 1400 };

/** The smallest viewport width MiniBrowser's window can have here (measured; GTK's minimum). */
export const WEBKIT_MIN_WIDTH = 334;

/**
 * Start WebKitWebDriver under its own virtual display and open one browser session.
 * `pageLoadStrategy`: 'normal' waits for the load event on navigation, 'none' returns at once.
 */
export async function startWebKit({ pageLoadStrategy = 'normal', width = 1200, height = 900 } = {}) {
  const { driver, browser } = webkitPaths();
  const port = await freePort();
  // -a: a free display number; the screen is larger than any window we ask for.
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24 -nolisten tcp`, driver, `--port=${port}`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true, // its own process group, so closing ends xvfb-run, Xvfb, the driver and MiniBrowser together
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() - started > 30_000) {
      kill();
      throw new Error(`WebKitWebDriver did not start (xvfb-run -a ${driver}).\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  // One command at a time per session: WebDriver servers process commands in order.
  let queue = Promise.resolve();
  const request = (method, path, body) => {
    const run = queue.then(async () => {
      const res = await fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const json = await res.json().catch(() => ({}));
      if (!res.ok) {
        const error = new Error(`WebDriver ${method} ${path}: ${json.value?.error ?? res.status}: ${json.value?.message ?? ''}`);
        error.webdriver = json.value;
        throw error;
      }
      return json.value;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  let session;
  try {
    session = await request('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          pageLoadStrategy,
          'webkitgtk:browserOptions': { binary: browser, args: ['--automation', '--full-screen'] },
        },
      },
    });
  } catch (error) {
    kill();
    throw error;
  }
  const id = session.sessionId;
  const s = (path) => `/session/${id}${path}`;

  /**
   * The page's inner size. With pageLoadStrategy "none" the previous page may still be unloading
   * (the component tests go to about:blank between files), which fails a script with "no such
   * frame" or "unload": then it is asked again, a few times.
   */
  const innerSize = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await webkit.execute('return [innerWidth, innerHeight]');
      } catch (error) {
        if (attempt >= 5 || !/unload|no such frame/i.test(String(error?.message))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };

  const webkit = {
    name: 'webkit',
    version: session.capabilities?.browserVersion ?? '',
    command: (method, path, body) => request(method, s(path), body),
    navigate: (url) => request('POST', s('/url'), { url }),
    url: () => request('GET', s('/url')),
    /** Run a function body (`return ...`) with arguments. */
    execute: (script, args = []) => request('POST', s('/execute/sync'), { script, args }),
    /** Run an async function body; the last argument is the callback. */
    executeAsync: (script, args = []) => request('POST', s('/execute/async'), { script, args }),
    actions: (actions) => request('POST', s('/actions'), { actions }),
    releaseActions: () => request('DELETE', s('/actions')),
    press: (combo) => webkit.actions([{ type: 'key', id: 'keyboard', actions: pressActions(combo) }]),
    type: (text) => webkit.actions([{ type: 'key', id: 'keyboard', actions: typeActions(text) }]),
    keyDown: (name) => webkit.actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: keyValue(name) }] }]),
    keyUp: (name) => webkit.actions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyUp', value: keyValue(name) }] }]),
    click: (x, y) =>
      webkit.actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]),
    /** Make the viewport exactly width × height (the window is full-screen: no toolbar). */
    async setViewport(width, height) {
      if (width < WEBKIT_MIN_WIDTH) {
        throw new Error(`MiniBrowser cannot make the viewport narrower than ${WEBKIT_MIN_WIDTH} px (asked for ${width} px).`);
      }
      // Centred on the screen: with no window manager, X gives the keyboard focus to the window
      // under the pointer, which sits in the middle of the screen. Without focus, the page's
      // document has no focus and nothing matches :focus.
      const rect = (w, h) => ({
        x: Math.max(0, Math.round((SCREEN.width - w) / 2)),
        y: Math.max(0, Math.round((SCREEN.height - h) / 2)),
        width: w,
        height: h,
      });
      await request('POST', s('/window/rect'), rect(width, height));
      const [w, h] = await innerSize();
      if (w !== width || h !== height) {
        await request('POST', s('/window/rect'), rect(width + (width - w), height + (height - h)));
      }
    },
    screenshot: async () => Buffer.from(await request('GET', s('/screenshot')), 'base64'),
    async close() {
      try {
        await Promise.race([request('DELETE', s('')), new Promise((resolve) => setTimeout(resolve, 5000))]);
      } catch {
        // the browser may be gone already
      }
      kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
  await webkit.setViewport(width, height);
  return webkit;
}
