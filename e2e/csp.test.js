// The csp/ example is served with a strict Content-Security-Policy (scripts/serve.js):
// script-src 'self', style-src 'self', no 'unsafe-inline', no 'unsafe-eval'. The elements must
// load, render and work there without a single console error or policy violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, importSample, newPage, open, settle, setUp } from './helpers.js';
import { STRICT_CSP } from '../scripts/serve.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

/** A page that records `securitypolicyviolation` events (the init script runs outside the page's CSP). */
async function cspPage() {
  const page = await newPage(env);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return page;
}

const violations = (page) => page.evaluate(() => window.__cspViolations);

test('csp/: served with the strict policy, renders every element, no console errors, no violations', async () => {
  const page = await cspPage();
  const response = await open(page, env, EXAMPLES.csp);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP, 'the page must be served with the strict policy');
  assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);

  // Every element rendered its shadow root, and styles applied (constructable stylesheets).
  for (const [tag, text] of [
    ['actie-assessment', /vragen beantwoord/],
    ['actie-results', /Nog geen resultaten/],
    ['actie-action-plan', /Actieplan/],
  ]) {
    const content = await page.locator(tag).evaluate((el) => el.shadowRoot?.textContent ?? '');
    assert.match(content, text, `<${tag}> rendered its content`);
  }
  const styled = await page.locator('actie-assessment').evaluate((el) => ({
    sheets: el.shadowRoot.adoptedStyleSheets.length,
    display: getComputedStyle(el).display,
    radius: getComputedStyle(el.shadowRoot.querySelector('[part~="step-button"]')).borderTopLeftRadius,
  }));
  assert.ok(styled.sheets > 0, 'styles come from adopted (constructable) stylesheets');
  assert.equal(styled.display, 'block');
  assert.equal(styled.radius, '6px', 'the theme tokens of ../gemeente/theme.css reach the shadow DOM');

  // Use it: answer a question, fill the results and the plan, so scoring and rendering run.
  await page.locator('actie-assessment [part~="step-button"]', { hasText: 'Animo' }).click();
  await page.locator('actie-assessment #question-A1 input[value="no"]').check();
  await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
  await page.locator('actie-results [part~="area"]').first().waitFor();
  assert.ok((await page.locator('actie-results [part~="area"]').count()) >= 5);
  assert.ok((await page.locator('actie-action-plan [part~="agreement"]').count()) >= 3);
  await settle(page);

  assert.deepEqual(await violations(page), [], 'no Content-Security-Policy violations');
  assert.deepEqual(page.problems, [], 'no console errors');
  await page.context().close();
});

test('the check above can fail: an inline script on the csp/ page is blocked and reported', async () => {
  const page = await cspPage();
  await open(page, env, EXAMPLES.csp);
  await page.addScriptTag({ content: 'window.__inlineRan = true;' }).catch(() => undefined);
  await page.waitForFunction(() => window.__cspViolations.length > 0);
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'the inline script must not run');
  assert.match((await violations(page)).join('\n'), /script-src/);
  assert.ok(page.problems.some((p) => /Content Security Policy/i.test(p)), 'Chromium logs the violation as a console error');
  await page.context().close();
});
