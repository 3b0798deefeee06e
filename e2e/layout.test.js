// Reflow (WCAG 1.4.10): every example works at 320 CSS pixels wide without horizontal scrolling,
// in its fullest state (results, plan, team files), in every engine. Then a screenshot of every
// example at 1200 px for the CI artifacts: test-results/screenshots/<engine>-<name>.png (full page
// in Chromium and Firefox, the viewport in WebKit).
//
// WebKit: MiniBrowser's window is never narrower than 334 px, so the WebKit driver lays the page
// out in a same-origin frame of exactly 320 px (its own viewport). csp/ forbids being framed
// (frame-ancestors 'none'): in WebKit it is checked at 334 px, the narrowest window; its content
// is that of gemeente/, which is checked at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  EXAMPLES,
  ensureDir,
  forEachEngine,
  importSample,
  importTeamFiles,
  modelOutline,
  newPage,
  open,
  screenshotsDir,
  setStep,
  settle,
} from './helpers.js';
import { WEBKIT_MIN_WIDTH } from '../scripts/webkit.js';

/** Put the page in its fullest state: results, plans and team files where the page has them. */
async function fill(page, name) {
  if (name === 'gemeente' || name === 'csp') {
    await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
    await setStep(page, 'results'); // finished: the results and the plan show
    await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
  } else if (name === 'print') {
    await page.waitFor(() => document.documentElement.dataset.sampleLoaded === 'true', [], { message: 'the print sample' });
  } else if (name === 'team') {
    await importTeamFiles(page);
  }
  await settle(page);
}

/** Elements and text (also inside shadow roots) that stick out to the right of the viewport. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const describe = (el, path) =>
      `${path}${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
    const visit = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 0.5 && rect.width > 0) found.push(`${describe(el, path)} right=${Math.round(rect.right)}`);
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const right = range.getBoundingClientRect().right;
          if (right > width + 0.5)
            found.push(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(el, path)} right=${Math.round(right)}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${describe(el, path)} >> `);
      }
    };
    visit(document, '');
    return found.slice(0, 10);
  });
}

forEachEngine((env) => {
  for (const [name, path] of Object.entries(EXAMPLES)) {
    const width = env.engine === 'webkit' && name === 'csp' ? WEBKIT_MIN_WIDTH : 320;
    test(`${name}: no horizontal scrolling at ${width} px wide, and a screenshot`, async () => {
      const page = await newPage(env, { width, height: 800 });
      await open(page, env, path);
      await fill(page, name);
      const viewport = await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth]);
      assert.equal(viewport[0], width, 'the viewport has the width under test');
      assert.ok(
        viewport[1] <= width,
        `${path}: scrollWidth ${viewport[1]} > ${width} at a ${width} px viewport. Sticking out:\n${(await overflowing(page)).join('\n')}`,
      );
      assert.deepEqual(await page.problems(), []);

      // The screenshot for the CI artifacts, at a desktop size.
      await page.setViewport(1200, 900);
      await open(page, env, path);
      await fill(page, name);
      const file = join(ensureDir(screenshotsDir), `${env.engine}-${name}.png`);
      const png = await page.screenshot(file);
      assert.ok(png.length > 5000, `${file} looks empty`);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});

/** Runs in the page: buttons, links and fields of the ACTIE elements smaller than 24 × 24 CSS px. */
function smallTargets() {
  const found = [];
  for (const host of document.querySelectorAll('actie-assessment, actie-results, actie-action-plan, actie-team-overview')) {
    const targets = host.shadowRoot.querySelectorAll('button, summary, a[href], select, textarea, input');
    for (let target of targets) {
      if (target.getClientRects().length === 0) continue; // not shown
      // A radio button's target is its whole option card (the label around it).
      if (target.type === 'radio' || target.type === 'checkbox') target = target.closest('label') ?? target;
      const r = target.getBoundingClientRect();
      if (r.width < 24 || r.height < 24) {
        found.push(
          `${host.localName} ${target.localName}[part="${target.getAttribute('part') ?? ''}"] "${target.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
  }
  return found;
}

/** Runs in the page: words in option cards that are split over two lines, and how the labels hyphenate. */
function optionWords() {
  const el = document.querySelector('actie-assessment');
  const broken = [];
  const labels = [...el.shadowRoot.querySelectorAll('[part~="option-label"]')];
  const first = labels[0];
  const style = getComputedStyle(first);
  const styling = {
    hyphens: style.hyphens || style.webkitHyphens,
    overflowWrap: style.overflowWrap,
    lang: first.closest('[lang]')?.getAttribute('lang') ?? '',
  };
  // Measured without hyphenation: a word split now was broken for lack of room, not hyphenated
  // (engines with a Dutch dictionary, like Firefox, also hyphenate words that would fit whole).
  for (const label of labels) label.style.setProperty('hyphens', 'manual');
  for (const label of labels) {
    const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${match[0]} (${Math.round(label.getBoundingClientRect().width)} px wide)`);
      }
    }
  }
  for (const label of labels) label.style.removeProperty('hyphens');
  return { count: labels.length, broken, ...styling };
}

// Long Dutch words in the option cards (for example "Coproducerend") break between words, not in
// the middle: the cards are wide enough for the words of the default model at every width, and
// hyphenate by the element's language where a word is longer than a card (custom models).
forEachEngine((env) => {
  test("option cards: no word split over two lines at 320–1280 px (gemeente theme), hyphens: auto in the element's language", async () => {
    const page = await newPage(env, { width: 1280, height: 900 });
    for (const width of [320, 390, 480, 640, 800, 1000, 1280]) {
      await page.setViewport(width, 900);
      await open(page, env, EXAMPLES.gemeente);
      const { areas } = await modelOutline(page);
      for (const step of ['intake', areas[0].id]) {
        await setStep(page, step);
        const seen = await page.evaluate(optionWords);
        assert.ok(seen.count > 0, `${width} px, ${step}: option cards found`);
        assert.deepEqual(seen.broken, [], `${width} px, ${step}: words split over two lines for lack of room`);
        assert.equal(seen.hyphens, 'auto', 'option labels hyphenate');
        assert.notEqual(seen.overflowWrap, 'anywhere', 'option labels do not break anywhere');
        assert.equal(seen.lang, 'nl', 'the language is set in the shadow DOM, for hyphenation');
      }
    }
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('touch targets are at least 24 × 24 CSS px (WCAG 2.2, 2.5.8) at 390 px: questions, check your answers, results, plan, team', async () => {
    const page = await newPage(env, { width: 390, height: 844 });
    const small = [];
    for (const path of [EXAMPLES.gemeente, EXAMPLES.team]) {
      await open(page, env, path);
      if (path === EXAMPLES.gemeente) {
        await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
        const { areas } = await modelOutline(page);
        await setStep(page, areas[0].id);
        await page.click(`actie-assessment >>> #question-${areas[0].questions[0]} [part~="note-toggle"]`);
        small.push(...(await page.evaluate(smallTargets)));
        // "Check your answers" (a "Wijzig" per answer), then finished: results and plan.
        await setStep(page, 'review');
        small.push(...(await page.evaluate(smallTargets)));
        await setStep(page, 'results');
        await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
      } else {
        await importTeamFiles(page);
      }
      await settle(page);
      small.push(...(await page.evaluate(smallTargets)));
    }
    assert.deepEqual([...new Set(small)], [], 'targets smaller than 24 × 24 px');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
