// Reflow (WCAG 1.4.10): every example works at 320 CSS pixels wide without horizontal scrolling,
// in its fullest state (results, plan, team files). Then a full-page screenshot of every example
// at 1200 px for the CI artifacts: test-results/screenshots/<name>.png.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EXAMPLES, ensureDir, importSample, newPage, open, screenshotsDir, settle, setUp } from './helpers.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const TEAM_FILES = ['ambtenaar.json', 'leidinggevende.json', 'wijkprofessional.json'].map((f) => `examples/team/sessions/${f}`);

/** Put the page in its fullest state: results, plans and team files where the page has them. */
async function fill(page, name) {
  if (name === 'gemeente' || name === 'csp') {
    await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
    await page.locator('actie-action-plan [part~="agreement"]').first().waitFor();
  } else if (name === 'print') {
    await page.waitForFunction(() => document.documentElement.dataset.sampleLoaded === 'true');
  } else if (name === 'team') {
    await page.locator('actie-team-overview input[type="file"]').setInputFiles(TEAM_FILES);
    await page.locator('actie-team-overview [part~="area"]').first().waitFor();
  }
  await settle(page);
}

/** Elements and text (also inside shadow roots) that stick out to the right of the viewport. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const describe = (el, path) => `${path}${el.localName}${el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : ''}`;
    const visit = (root, path) => {
      for (const el of root.querySelectorAll('*')) {
        const rect = el.getBoundingClientRect();
        if (rect.right > width + 0.5 && rect.width > 0) found.push(`${describe(el, path)} right=${Math.round(rect.right)}`);
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const right = range.getBoundingClientRect().right;
          if (right > width + 0.5) found.push(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(el, path)} right=${Math.round(right)}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${describe(el, path)} >> `);
      }
    };
    visit(document, '');
    return found.slice(0, 10);
  });
}

for (const [name, path] of Object.entries(EXAMPLES)) {
  test(`${name}: no horizontal scrolling at 320 px wide, and a screenshot`, async () => {
    const page = await newPage(env, { viewport: { width: 320, height: 800 } });
    await open(page, env, path);
    await fill(page, name);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 320, `${path}: scrollWidth ${scrollWidth} > 320 at a 320 px viewport. Sticking out:\n${(await overflowing(page)).join('\n')}`);

    // The screenshot for the CI artifacts, at a desktop size.
    await page.setViewportSize({ width: 1200, height: 900 });
    await settle(page);
    const file = join(ensureDir(screenshotsDir), `${name}.png`);
    const png = await page.screenshot({ path: file, fullPage: true });
    assert.ok(png.length > 5000, `${file} looks empty`);

    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
