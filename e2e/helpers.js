// Shared set-up of the end-to-end tests: the examples server (in-process), the system Chromium
// through playwright-core (which never downloads a browser), axe-core, and a few page helpers.
// Not a test file itself: `node --test e2e/` only runs files named *.test.js.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/browser.js';
import { startServer } from '../scripts/serve.js';

const require = createRequire(import.meta.url);

export const root = fileURLToPath(new URL('..', import.meta.url));
export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
export const screenshotsDir = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** Every example page, by a short name. */
export const EXAMPLES = {
  index: '/examples/',
  basic: '/examples/basic/',
  gemeente: '/examples/gemeente/',
  'custom-model': '/examples/custom-model/',
  csp: '/examples/csp/',
  team: '/examples/team/',
  print: '/examples/print/',
};

/** Chromium and the examples server, started once per test file. Call `close()` in `after`. */
export async function setUp() {
  const bundle = fileURLToPath(new URL('../packages/components/dist/actie.js', import.meta.url));
  if (!existsSync(bundle)) throw new Error('packages/components/dist/actie.js is missing: run `pnpm run build` first.');
  let executablePath;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    console.error(`\n${error.message}\n`);
    throw error;
  }
  const server = await startServer({ port: 0 });
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  return {
    browser,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A new page in a fresh context (its own storage). Collects console errors and uncaught
 * exceptions in `page.problems`, so every test can assert there were none.
 */
export async function newPage(env, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`uncaught: ${error.message}`));
  return page;
}

/** Open an example and wait until its ACTIE elements are defined and have rendered. */
export async function open(page, env, path) {
  const response = await page.goto(env.base + path);
  await waitForElements(page);
  return response;
}

/** Wait until every actie-* element on the page is defined and has content in its shadow root. */
export async function waitForElements(page, timeout = 10_000) {
  // Module scripts have run by the load event: a tag that is not defined now never will be.
  await page.waitForLoadState('load');
  const undefinedTags = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('actie-') && !customElements.get(n))),
  ]);
  if (undefinedTags.length) {
    throw new Error(
      `${page.url()}: ${undefinedTags.map((t) => `<${t}>`).join(', ')} not defined after the page loaded: ` +
        `is it registered in packages/components/dist/actie.js (src/index.ts)?\n${page.problems.join('\n')}`,
    );
  }
  try {
    await page.waitForFunction(
      () => {
        const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('actie-'));
        return elements.every(
          (e) =>
            customElements.get(e.localName) &&
            e.shadowRoot &&
            (e.localName === 'actie-session' || e.shadowRoot.textContent.trim().length > 0),
        );
      },
      undefined,
      { timeout },
    );
  } catch (error) {
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('actie-'))
        .filter((e) => !customElements.get(e.localName) || !e.shadowRoot)
        .map((e) => `<${e.localName}>${customElements.get(e.localName) ? ' (no shadow root)' : ' (not defined: is it in dist/actie.js?)'}`),
    );
    throw new Error(`${page.url()}: the ACTIE elements did not render within ${timeout} ms. ${missing.join(', ')}\n${page.problems.join('\n')}`, {
      cause: error,
    });
  }
}

/** Import a sample session file (and optionally an action plan) into the page's <actie-session>. */
export async function importSample(page, { session = 'examples/sessions/wijkteam-noord.json', plan } = {}) {
  const sessionText = readFileSync(join(root, session), 'utf8');
  const agreements = plan ? JSON.parse(readFileSync(join(root, plan), 'utf8')).agreements : null;
  const result = await page.evaluate(
    async ([text, agreements]) => {
      await customElements.whenDefined('actie-session');
      const store = document.querySelector('actie-session').store;
      const imported = store.importSession(text);
      if (imported.ok && agreements) store.setPlan({ agreements });
      await store.settled();
      return imported;
    },
    [sessionText, agreements],
  );
  if (!result.ok) throw new Error(`The sample could not be imported: ${JSON.stringify(result.errors)}`);
  await settle(page);
}

/** Go to a step of the assessment through the store (`intake`, an area id, `review`). */
export async function setStep(page, step) {
  await page.evaluate(async (id) => {
    const store = document.querySelector('actie-session').store;
    store.setStep(id);
    await store.settled();
  }, step);
  await settle(page);
}

/** Let Lit finish rendering after a change. */
export async function settle(page) {
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('actie-'));
    await Promise.all(elements.map((e) => e.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/** Describe the focused element, looking through shadow roots. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    let host = el.getRootNode().host;
    while (host && !host.localName.startsWith('actie-')) host = host.getRootNode().host;
    const root = el.getRootNode();
    const groupAnswered =
      el.type === 'radio' ? Boolean(root.querySelector(`input[type="radio"][name="${el.name}"]:checked`)) : false;
    return {
      host: host?.localName ?? '',
      tag: el.localName,
      type: el.type ?? '',
      name: el.name ?? '',
      part: el.getAttribute('part') ?? '',
      value: el.value ?? '',
      groupAnswered,
      condition: el.closest('[data-condition]')?.getAttribute('data-condition') ?? '',
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 120),
    };
  });
}

/** Run axe-core on the page (open shadow roots included) for WCAG 2.1 A and AA. */
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
    }));
  });
}

/** A readable list of axe violations for an assertion message. */
export function describeViolations(violations) {
  return violations.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
