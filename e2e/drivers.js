// One small page API over three maintained browser drivers, so one test body runs in every engine:
//   chromium  playwright-core (the DevTools protocol): the only one with PDF printing and media
//             emulation (print, forced colours); tests that need those say "Chromium only".
//   firefox   puppeteer-core over WebDriver BiDi (firefox-esr).
//   webkit    webdriverio over WebKitWebDriver (classic WebDriver), driving WebKitGTK's MiniBrowser
//             under xvfb-run; ../scripts/webkit.js starts the driver and knows MiniBrowser's quirks.
// All three browsers come from Debian's packages; no driver downloads one.
//
// A page offers: goto, reload, evaluate, waitFor, press, type, click (a real pointer click on the
// middle of an element), deep queries through open shadow roots (`'actie-x >>> [part~="y"]'`),
// setViewport, screenshot, setInputFiles, newTab (same storage), problems (console errors and
// uncaught exceptions), close. `page.raw` is the driver's own page (webdriverio's browser in
// WebKit) for engine-specific tests. What the drivers do alike (deep queries, waiting, the probe
// for console errors, a click in the middle of an element) is written once, on `evaluate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, firefoxPrefs } from '../scripts/browser.js';
import { WEBKIT_MIN_WIDTH, openWebKit, setWebKitViewport, webkitKeyboard } from '../scripts/webkit.js';

/** Runs in the page: find elements by a chain of selectors, each inside the previous one's shadow root. */
function deepQueryAll(chain) {
  let scopes = [document];
  for (const selector of chain.split(' >>> ')) {
    scopes = scopes.flatMap((scope) => [...(scope.shadowRoot ?? scope).querySelectorAll(selector)]);
  }
  return scopes;
}
const DEEP = deepQueryAll.toString();

/** Runs in the page: record console errors, uncaught errors and CSP violations from now on. */
function installProbe() {
  if (window.__actieProbe) return;
  const probe = (window.__actieProbe = { problems: [], csp: [], warnings: [] });
  window.addEventListener('error', (event) => probe.problems.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    probe.problems.push(`uncaught: ${event.reason?.message ?? event.reason}`),
  );
  const error = console.error;
  console.error = (...args) => {
    probe.problems.push(`console error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  const warn = console.warn;
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.csp.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    ),
  );
}
const PROBE = installProbe.toString();

/** The common part of every page: everything built on evaluate, press and a pointer click. */
class BasePage {
  constructor(engine) {
    this.engine = engine;
    this.nativeProblems = [];
  }

  /** Run `fn` (a function or its source) in the page with JSON arguments; returns its (awaited) result. */
  evaluate(fn, ...args) {
    return this.evaluateSource(typeof fn === 'function' ? fn.toString() : fn, args);
  }

  /** Poll until `fn(...args)` is truthy in the page. */
  async waitFor(fn, args = [], { timeout = 10_000, message } = {}) {
    const start = Date.now();
    for (;;) {
      const value = await this.evaluate(fn, ...args).catch(() => undefined);
      if (value) return value;
      if (Date.now() - start > timeout)
        throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${message ?? fn.toString().slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Elements matched by a deep selector chain: count, text, checked state, an attribute, a computed style. */
  count(chain) {
    return this.evaluate(`(chain) => (${DEEP})(chain).length`, chain);
  }

  text(chain) {
    return this.evaluate(
      `(chain) => { const el = (${DEEP})(chain)[0]; if (!el) throw new Error('not found: ' + chain); return el.textContent; }`,
      chain,
    );
  }

  isChecked(chain) {
    return this.evaluate(
      `(chain) => { const el = (${DEEP})(chain)[0]; if (!el) throw new Error('not found: ' + chain); return el.checked; }`,
      chain,
    );
  }

  value(chain) {
    return this.evaluate(
      `(chain) => { const el = (${DEEP})(chain)[0]; if (!el) throw new Error('not found: ' + chain); return el.value; }`,
      chain,
    );
  }

  /** Wait until a deep selector matches (`text`: and has this text in it). */
  waitForSelector(chain, { text, timeout } = {}) {
    return this.waitFor(
      `(chain, text) => (${DEEP})(chain).some((el) => el.getClientRects().length > 0 && (!text || el.textContent.includes(text)))`,
      [chain, text ?? ''],
      { timeout, message: chain },
    );
  }

  /**
   * A real pointer click in the middle of the first element matched (with `text` in it, when
   * given). The point is taken once the element stands still: a smooth scroll the page started
   * (moving focus to a heading) may still be under way, and would move the element away.
   */
  async click(chain, { text } = {}) {
    const point = await this.evaluate(
      `async (chain, text) => {
        const el = (${DEEP})(chain).find((e) => !text || e.textContent.includes(text));
        if (!el) return null;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        let last;
        for (let i = 0; i < 60; i++) {
          el.scrollIntoView({ block: 'center', inline: 'center' });
          await frame();
          await frame();
          const r = el.getBoundingClientRect();
          const now = r.left + ',' + r.top;
          if (now === last) break;
          last = now;
        }
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`,
      chain,
      text ?? '',
    );
    if (!point) throw new Error(`${this.engine}: nothing to click for ${chain}${text ? ` with "${text}"` : ''}`);
    await this.clickAt(point.x, point.y);
  }

  /** Choose files in an `<input type="file">` (found by a deep selector), as the picker would. */
  async setInputFiles(chain, paths) {
    const files = paths.map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
    await this.evaluate(
      `(chain, files) => {
        const input = (${DEEP})(chain)[0];
        if (!input) throw new Error('not found: ' + chain);
        const transfer = new DataTransfer();
        for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }`,
      chain,
      files,
    );
  }

  /** Console errors and uncaught exceptions seen so far (the driver's own events, else the probe). */
  async problems() {
    const probed = await this.evaluate(() => window.__actieProbe?.problems ?? []).catch(() => []);
    return [...new Set([...this.nativeProblems, ...(this.hasNativeEvents ? [] : probed)])];
  }

  /** console.warn messages since the probe was installed. */
  warnings() {
    return this.evaluate(() => window.__actieProbe?.warnings ?? []);
  }

  /** CSP violations reported in the page since the probe was installed. */
  cspViolations() {
    return this.evaluate(() => window.__actieProbe?.csp ?? []);
  }
}

// ---- Chromium and Firefox: playwright-core and puppeteer-core, whose pages share most of an API ----

class NativePage extends BasePage {
  constructor(engine, page) {
    super(engine);
    this.raw = page;
    this.probeFromStart = true; // an init script: it sees what happens while the page loads
    this.hasNativeEvents = true;
    page.on('console', (message) => {
      if (message.type() === 'error') this.nativeProblems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.nativeProblems.push(`uncaught: ${error.message}`));
  }

  async goto(url) {
    await this.raw.goto(url, { waitUntil: 'load' });
  }

  async reload() {
    await this.raw.reload({ waitUntil: 'load' });
  }

  evaluateSource(source, args) {
    return this.raw.evaluate(`(${source})(...${JSON.stringify(args)})`);
  }

  /** A key or a combination ("Shift+Tab"): modifiers down, the key, modifiers up. */
  async press(combo) {
    const keys = combo.split(/\+(?=.)/).map((key) => this.keyName(key));
    for (const key of keys.slice(0, -1)) await this.raw.keyboard.down(key);
    await this.raw.keyboard.press(keys.at(-1));
    for (const key of keys.slice(0, -1).reverse()) await this.raw.keyboard.up(key);
  }

  keyName(key) {
    return key;
  }

  type(text) {
    return this.raw.keyboard.type(text);
  }

  clickAt(x, y) {
    return this.raw.mouse.click(x, y);
  }

  screenshot(path) {
    return this.raw.screenshot({ path, fullPage: true });
  }
}

class PlaywrightPage extends NativePage {
  static async create(context) {
    const page = new PlaywrightPage('chromium', await context.newPage());
    await page.raw.addInitScript(`(${PROBE})()`);
    return page;
  }

  setViewport(width, height) {
    return this.raw.setViewportSize({ width, height });
  }

  newTab() {
    return PlaywrightPage.create(this.raw.context());
  }

  close() {
    return this.raw.context().close();
  }
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  return {
    engine: 'chromium',
    async newPage({ width = 1200, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      return PlaywrightPage.create(context);
    },
    close: () => browser.close(),
  };
}

class PuppeteerPage extends NativePage {
  static async create(context, viewport) {
    // A window of its own: a second tab would be a background tab, where animation frames wait.
    const page = new PuppeteerPage('firefox', await context.newPage({ type: 'window' }));
    page.context = context;
    await page.raw.setViewport(viewport);
    await page.raw.evaluateOnNewDocument(`(${PROBE})()`);
    return page;
  }

  /** Puppeteer's BiDi keyboard knows " " but not the name "Space". */
  keyName(key) {
    return key === 'Space' ? ' ' : key;
  }

  setViewport(width, height) {
    return this.raw.setViewport({ width, height });
  }

  newTab() {
    return PuppeteerPage.create(this.context, this.raw.viewport() ?? { width: 1200, height: 900 });
  }

  close() {
    return this.context.close();
  }
}

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: firefoxPrefs,
  });
  return {
    engine: 'firefox',
    async newPage({ width = 1200, height = 900 } = {}) {
      // Its own user context: its own storage, like a fresh profile.
      return PuppeteerPage.create(await browser.createBrowserContext(), { width, height });
    },
    close: () => browser.close(),
  };
}

// ---- WebKit: webdriverio over WebKitWebDriver ---------------------------------------------------

class WebDriverPage extends BasePage {
  constructor(browser, handle, shared) {
    super('webkit');
    this.raw = browser; // webdriverio's browser
    this.handle = handle;
    this.shared = shared; // { current: handle of the window commands go to }
    this.keyboard = webkitKeyboard(browser);
    this.hasNativeEvents = false; // WebDriver classic has no console events: the probe collects them
    this.probeFromStart = false; // ... from the load event on: WebDriver classic has no init scripts
    this.frame = undefined; // { width, height } while pages are laid out in a frame of that size
  }

  /** Commands go to the window that is current in the session: make it this page's. */
  async use() {
    if (this.shared.current !== this.handle) {
      await this.raw.switchToWindow(this.handle);
      this.shared.current = this.handle;
    }
  }

  async goto(url) {
    await this.use();
    if (this.frame) {
      // Narrower than MiniBrowser's window can be: lay the page out in a same-origin frame of
      // exactly that size (its own viewport for media queries) and work inside it.
      await this.raw.switchFrame(null);
      const origin = new URL(url).origin;
      await this.raw.navigateTo(
        `${origin}/e2e/fixtures/frame.html?width=${this.frame.width}&height=${this.frame.height}#${encodeURIComponent(url)}`,
      );
      await this.waitFor(() => document.documentElement.dataset.frameLoaded === 'true', [], { message: 'the frame' });
      await this.raw.switchFrame(await this.raw.findElement('css selector', 'iframe'));
    } else {
      await this.raw.navigateTo(url);
    }
    await this.raw.executeScript(`(${PROBE})()`, []);
  }

  async reload() {
    await this.use();
    await this.raw.refresh();
    await this.raw.executeScript(`(${PROBE})()`, []);
  }

  async evaluateSource(source, args) {
    await this.use();
    return this.raw.executeScript(`return (${source}).apply(null, arguments);`, args);
  }

  async press(key) {
    await this.use();
    return this.keyboard.press(key);
  }

  async type(text) {
    await this.use();
    return this.keyboard.type(text);
  }

  async clickAt(x, y) {
    await this.use();
    await this.raw
      .action('pointer', { id: 'mouse', parameters: { pointerType: 'mouse' } })
      .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 })
      .down({ button: 0 })
      .up({ button: 0 })
      .perform(true);
  }

  async setViewport(width, height) {
    await this.use();
    if (width < WEBKIT_MIN_WIDTH) {
      this.frame = { width, height };
      await setWebKitViewport(this.raw, Math.max(WEBKIT_MIN_WIDTH, width + 100), height + 100);
    } else {
      this.frame = undefined;
      await setWebKitViewport(this.raw, width, height);
    }
  }

  async screenshot(path) {
    await this.use();
    const png = Buffer.from(await this.raw.takeScreenshot(), 'base64'); // the viewport: WebDriver has no full-page screenshot
    writeFileSync(path, png);
    return png;
  }

  async newTab() {
    await this.use();
    // A window, not a tab: in a background tab animation frames wait, and so would every settle().
    const { handle } = await this.raw.createWindow('window');
    return new WebDriverPage(this.raw, handle, this.shared);
  }

  async close() {
    // Stop the page's scripts; the next newPage() opens a new session (an empty profile).
    await this.use();
    await this.raw.navigateTo('about:blank').catch(() => undefined);
  }
}

async function launchWebKit() {
  let webkit;
  return {
    engine: 'webkit',
    async newPage({ width = 1200, height = 900 } = {}) {
      // One WebDriver session per page: a fresh, empty profile each time, like a new context.
      // So there is one page (with its tabs from newTab) at a time: the previous one ends here.
      await webkit?.close();
      webkit = await openWebKit();
      const handle = await webkit.browser.getWindowHandle();
      const page = new WebDriverPage(webkit.browser, handle, { current: handle });
      await page.setViewport(width, height);
      return page;
    },
    async close() {
      await webkit?.close();
    },
  };
}

/** Start an engine's browser. */
export function launch(engine) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') return launchWebKit();
  throw new Error(`Unknown engine ${engine}`);
}
