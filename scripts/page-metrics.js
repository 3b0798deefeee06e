// Shared by scripts/size.js and scripts/bench-render.js: Debian's Chromium through playwright-core
// (never a downloaded browser), the examples server, and what "the first question is interactive"
// means. Not a script of its own.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumBenchArgs, chromiumPath } from './browser.js';
import { startServer } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Stop with a message when the script-tag bundle has not been built. */
export function requireBundle() {
  if (!existsSync(`${root}packages/components/dist/actie.js`)) {
    console.error('packages/components/dist/actie.js is missing: run `pnpm run build` first.');
    process.exit(1);
  }
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The floor of a benchmark: examples/basic/ as it is (its HTML, CSS and icon), with the module
 * `script` (a path) in place of actie.js.
 */
export function floorPage(script) {
  const html = readFileSync(`${root}examples/basic/index.html`, 'utf8').replace(
    /<script type="module" src="[^"]*actie\.js"><\/script>/,
    `<script type="module" src="${script}"></script>`,
  );
  if (!html.includes(script)) throw new Error('examples/basic/index.html no longer links actie.js as expected');
  return html;
}

/** The default page: one `<actie-session>` with `<actie-assessment>`, in Dutch. */
export const DEFAULT_PAGE = '/examples/basic/';

/** The script-tag bundle as the examples link it. */
export const BUNDLE_PATH = '/packages/components/dist/actie.js';

/** 1 kB = 1,000 bytes, one decimal. */
export const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Gzip size (level 9) of a file's bytes: what a server that compresses would send. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** What the probe logs (console.debug) once the first question is interactive. */
export const FIRST_QUESTION_SIGNAL = 'actie-bench: first question interactive';

/**
 * Runs in the page before any of its scripts (an init script): records, on `window.__actieFirst`,
 * when `<actie-assessment>` was defined and when its first question could be answered (an enabled
 * form field in its shadow root), in milliseconds since navigation start, and then logs
 * `FIRST_QUESTION_SIGNAL`. The harness waits for that log line (it arrives over the DevTools
 * protocol) rather than polling the page with `page.waitForFunction`: polling makes Playwright
 * inject its own script into the page as soon as it is called, and that script (about 20 ms of
 * main-thread work here) would then run in the middle of the load it measures.
 */
export const FIRST_QUESTION_PROBE = `(() => {
  const mark = (window.__actieFirst = {});
  const ready = (el) => !!el.shadowRoot?.querySelector('input:not([disabled]), select:not([disabled]), textarea:not([disabled])');
  customElements.whenDefined('actie-assessment').then(async () => {
    mark.defined = performance.now();
    for (;;) {
      const el = document.querySelector('actie-assessment');
      if (el) {
        await el.updateComplete;
        if (ready(el)) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    mark.interactive = performance.now();
    console.debug(${JSON.stringify(FIRST_QUESTION_SIGNAL)});
  });
})();`;

/**
 * A mid-range phone on slow 4G, as Chromium's DevTools emulate it: the CPU four times slower, a
 * round trip of 150 ms, 1.6 Mbit/s down and 750 kbit/s up, a 390 × 844 screen.
 */
export const SLOW_PHONE = { cpu: 4, latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, width: 390, height: 844 };

/**
 * The examples server and Debian's Chromium. `close()` ends both. `server` goes to
 * `startServer` (scripts/serve.js): `gzip`, extra `pages`.
 */
export async function startBrowser(server_ = {}) {
  const server = await startServer({ port: 0, ...server_ });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumBenchArgs });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Open a page in a new (cold: empty cache) browser context and record every script it fetches,
 * with the bytes the browser received. `html` replaces the page's own document (for pages made
 * up by the scripts), `scripts` serves scripts such a page links to (path → source). Resolves when the first question is interactive (if `waitForQuestion`) and
 * the network is idle. `device` (e.g. `SLOW_PHONE`) sets the screen and throttles CPU and network.
 */
export async function loadPage(env, path, { html, waitForQuestion = true, lang, scripts: extra = {}, device } = {}) {
  const viewport = device ? { width: device.width, height: device.height } : { width: 1200, height: 900 };
  const context = await env.browser.newContext({ viewport, ...(lang ? { locale: lang } : {}) });
  const page = await context.newPage();
  if (device) {
    // Throttled by the browser itself (DevTools protocol), so every request and every task of the
    // page is slowed, not only those the harness sees.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: device.latency,
      downloadThroughput: device.download,
      uploadThroughput: device.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpu });
  }
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  const bodies = new Map(); // URL → Promise<Buffer>
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.set(
        response.url(),
        response.body().catch(() => Buffer.alloc(0)),
      );
  });
  // `scripts`: path → JavaScript source, served for the page made up by a script (`html`).
  for (const [scriptPath, code] of Object.entries(extra)) {
    await page.route(env.base + scriptPath, (route) =>
      route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: code }),
    );
  }
  if (html !== undefined) {
    await page.route(env.base + path, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  }
  await page.addInitScript(FIRST_QUESTION_PROBE);
  const interactive = waitForQuestion
    ? page.waitForEvent('console', { predicate: (message) => message.text() === FIRST_QUESTION_SIGNAL, timeout: 30_000 })
    : undefined;
  interactive?.catch(() => {}); // a timeout during goto is reported by the await below
  await page.goto(env.base + path, { waitUntil: 'load' });
  await interactive;
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    first: window.__actieFirst,
    navigation: performance.getEntriesByType('navigation')[0]?.toJSON(),
    resources: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ url: e.name, startTime: e.startTime, responseEnd: e.responseEnd })),
  }));
  const scripts = [];
  for (const resource of timing.resources) {
    const body = (await bodies.get(resource.url)) ?? Buffer.alloc(0);
    scripts.push({ ...resource, path: new URL(resource.url).pathname, bytes: body.length, gzip: gzipSize(body) });
  }
  await context.close();
  return { first: timing.first, navigation: timing.navigation, scripts, problems };
}
