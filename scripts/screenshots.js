// Takes the screenshots in the docs, in the system Chromium (playwright-core, no browser
// download), each on a 1280 × 900 desktop and a 390 × 844 phone. Run it again after a visible
// change to the elements or the examples, and commit docs/images/.
//
//   pnpm run build && node scripts/screenshots.js
//
// - check-*.png: the municipal example (gemeente/) as it opens, the first question on the first
//   screen;
// - results-*.png: the same page after the sample session (examples/sessions/wijkteam-noord.json)
//   and "Afronden": the results as their own step, "Begin hier" first;
// - plan-*.png: the proposal of a few priorities in the action plan, before adding;
// - team-*.png: the team example with the sample files: "Bespreek eerst" and the initiators' view.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.js';
import { startServer } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const images = `${root}docs/images/`;
mkdirSync(images, { recursive: true });

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const TEAM_FILES = [
  'ambtenaar',
  'leidinggevende',
  'opbouwwerker',
  'wijkprofessional',
  'initiatiefnemer-1',
  'initiatiefnemer-2',
  'initiatiefnemer-3',
];

const server = await startServer({ port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** A fresh page (empty storage) of the given size on an example. */
async function open(size, path) {
  const context = await browser.newContext({ viewport: SIZES[size], deviceScaleFactor: 1, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(base + path);
  return page;
}

/** Let every ACTIE element finish rendering, then take the shot. */
async function shoot(page, name) {
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('actie-'));
    await Promise.all(elements.map((e) => e.updateComplete));
    document.activeElement?.blur?.();
  });
  const path = `${images}${name}.png`;
  await page.screenshot({ path });
  console.log(`Wrote ${path.slice(root.length)}`);
}

/** Scroll an element of a shadow root (`host >>> selector` in Playwright) to the top of the view. */
async function scrollTo(page, locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -8));
}

try {
  const sample = readFileSync(`${root}examples/sessions/wijkteam-noord.json`, 'utf8');
  for (const size of Object.keys(SIZES)) {
    // 1. The check as it opens.
    let page = await open(size, '/examples/gemeente/');
    await page.locator('actie-assessment [part~="step-heading"]').waitFor();
    await shoot(page, `check-${size}`);

    // 2. The results after "Afronden".
    await page.evaluate(async (text) => {
      const store = document.querySelector('actie-session').store;
      await store.importSession(text);
      store.setStep('results');
      await store.settled();
    }, sample);
    const results = page.locator('actie-results [part~="results-heading"]');
    await results.waitFor();
    await scrollTo(page, page.locator('actie-results'));
    await shoot(page, `results-${size}`);

    // 3. The action plan's proposal, shown before anything is added.
    const propose = page.locator('actie-action-plan [part~="propose-button"]');
    await propose.click();
    const proposal = page.locator('actie-action-plan [part~="proposal"]');
    await proposal.waitFor();
    await scrollTo(page, proposal);
    await shoot(page, `plan-${size}`);
    await page.context().close();

    // 4. The team meeting: the sample files of a team.
    page = await open(size, '/examples/team/');
    await page.setInputFiles(
      'actie-team-overview input[type="file"]',
      TEAM_FILES.map((name) => `${root}examples/team/sessions/${name}.json`),
    );
    await page.waitForFunction((n) => {
      const el = document.querySelector('actie-team-overview');
      return el.files.length === n && !el.reading;
    }, TEAM_FILES.length);
    await page.evaluate(() => document.querySelector('actie-team-overview').settled());
    await scrollTo(page, page.locator('actie-team-overview [part~="discuss-first"]'));
    await shoot(page, `team-${size}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  server.close();
}
