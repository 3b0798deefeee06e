// Shared set-up of the end-to-end tests: the examples server (in-process), the system browsers
// through e2e/drivers.js (one page API over playwright-core, puppeteer-core and webdriverio), axe-core,
// and a few page helpers. Not a test file itself: `node --test e2e/` only runs files named *.test.js.
//
// Engines: ACTIE_ENGINES (chromium, firefox, webkit; default all three), as for the component tests.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkEngine, selectedEngines } from '../scripts/browser.js';
import { startServer } from '../scripts/serve.js';
import { launch } from './drivers.js';

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
  beleid: '/examples/beleid/',
  initiatiefnemers: '/examples/initiatiefnemers/',
  team: '/examples/team/',
  print: '/examples/print/',
};

/** The browser of one engine and the examples server. Call `close()` when done. */
export async function setUp(engine) {
  const bundle = fileURLToPath(new URL('../packages/components/dist/actie.js', import.meta.url));
  if (!existsSync(bundle)) throw new Error('packages/components/dist/actie.js is missing: run `pnpm run build` first.');
  try {
    checkEngine(engine);
  } catch (error) {
    console.error(`\n${error.message}\n`);
    throw error;
  }
  const server = await startServer({ port: 0 });
  const { port } = server.address();
  const browser = await launch(engine);
  return {
    engine,
    browser,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Run `body(env)` once per selected engine, in a suite named after the engine, with the browser
 * and server set up before and closed after. `engines` limits it (for what only Chromium can do).
 */
export function forEachEngine(body, { engines } = {}) {
  for (const engine of selectedEngines()) {
    if (engines && !engines.includes(engine)) continue;
    describe(engine, () => {
      const env = { engine };
      before(async () => Object.assign(env, await setUp(engine)));
      after(async () => env.close?.());
      body(env);
    });
  }
}

/** A new page with its own storage (`width`, `height`: the viewport; default 1200 × 900). */
export function newPage(env, options = {}) {
  return env.browser.newPage(options);
}

/**
 * Open an example and wait until its ACTIE elements are defined and have rendered, and answers
 * saved on an earlier visit are read (the code for that is fetched on demand).
 */
export async function open(page, env, path) {
  await page.goto(env.base + path);
  await waitForElements(page);
  // Not store.settled(): that would also score, and a page must not fetch the scoring code before
  // the first answer (e2e/loading.test.js). Nor store.modelState first: reading it asks for the
  // whole model; store.questions asks for nothing (undefined while loading or reading saved answers).
  await page.waitFor(
    () =>
      [...document.querySelectorAll('actie-session')].every(
        (s) => s.store && (s.store.questions !== undefined || s.store.modelState.status === 'error'),
      ),
    [],
    {
      message: 'the model and the saved answers to be read',
    },
  );
  await settle(page);
}

/**
 * Wait until every actie-* element on the page is defined and has content in its shadow root, other
 * than "loading" (the rest of the default model, a custom model or saved answers still arriving).
 */
export async function waitForElements(page, timeout = 10_000) {
  // actie.js loads each element's code when the element is in the page (chunks imported after
  // the load event): give them time to arrive, then name the tags that never got defined.
  await page
    .waitFor(
      () =>
        [...document.querySelectorAll('*')].every((e) => !e.localName.startsWith('actie-') || customElements.get(e.localName)),
      [],
      { timeout, message: 'the ACTIE elements to be defined' },
    )
    .catch(() => undefined);
  const undefinedTags = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('actie-') && !customElements.get(n)),
    ),
  ]);
  if (undefinedTags.length) {
    throw new Error(
      `${page.engine}: ${undefinedTags.map((t) => `<${t}>`).join(', ')} not defined after the page loaded: ` +
        `is it loaded by packages/components/dist/actie.js (src/actie.ts)?\n${(await page.problems()).join('\n')}`,
    );
  }
  await page.waitFor(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('actie-'))
        .every(
          (e) =>
            customElements.get(e.localName) &&
            e.shadowRoot &&
            (e.localName === 'actie-session' ||
              (e.shadowRoot.textContent.trim().length > 0 && !e.shadowRoot.querySelector('[part~="loading"]'))),
        ),
    [],
    { timeout, message: 'the ACTIE elements to render (not "loading")' },
  );
}

/** The three sample files of the team in examples/team/sessions/ (docs/team.md). */
export const TEAM_SAMPLES = ['ambtenaar.json', 'leidinggevende.json', 'wijkprofessional.json'];

/** Hand sample files of examples/team/sessions/ to the team overview's file input and wait for the result. */
export async function importTeamFiles(page, names = TEAM_SAMPLES) {
  await page.setInputFiles(
    'actie-team-overview >>> input[type="file"]',
    names.map((f) => `examples/team/sessions/${f}`),
  );
  await page.waitForSelector('actie-team-overview >>> [part~="area"]');
}

/** The tags the entry files register: `defineElement('actie-x', Class)` in packages/components/src/*.ts. */
export function registeredTags() {
  const src = join(root, 'packages/components/src');
  return readdirSync(src)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/defineElement\(\s*'(actie-[a-z-]+)'/g)].map((m) => m[1]))
    .sort();
}

/** Import a sample session file (and optionally an action plan) into the page's <actie-session>. */
export async function importSample(page, { session = 'examples/sessions/wijkteam-noord.json', plan } = {}) {
  const sessionText = readFileSync(join(root, session), 'utf8');
  const agreements = plan ? JSON.parse(readFileSync(join(root, plan), 'utf8')).agreements : null;
  const result = await page.evaluate(
    async (text, agreements) => {
      await customElements.whenDefined('actie-session');
      const store = document.querySelector('actie-session').store;
      const imported = await store.importSession(text);
      if (imported.ok && agreements) store.setPlan({ agreements });
      await store.settled();
      return imported;
    },
    sessionText,
    agreements,
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

/** The model of the page's session: ids of areas and questions, so tests need no hard-coded ones. */
export function modelOutline(page) {
  return page.evaluate(() => {
    const model = document.querySelector('actie-session').store.questions;
    return {
      areas: model.areas.map((a) => ({
        id: a.id,
        title: a.title.nl ?? Object.values(a.title)[0],
        questions: a.questions.map((q) => q.id),
      })),
      total: model.areas.reduce((n, a) => n + a.questions.length, 0),
    };
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
      id: el.id ?? '',
      part: el.getAttribute('part') ?? '',
      value: el.value ?? '',
      groupAnswered,
      condition: el.closest('[data-condition]')?.getAttribute('data-condition') ?? '',
      text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 120),
    };
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page (open shadow roots included) for WCAG 2.1 A and AA. */
export async function axe(page) {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(`() => { ${AXE_SOURCE}\n; return typeof window.axe; }`);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`),
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
