// The csp/ example is served with a strict Content-Security-Policy (scripts/serve.js):
// script-src 'self', style-src 'self', no 'unsafe-inline', no 'unsafe-eval'. The elements must
// load, render and work there without a single console error or policy violation, in every engine.
// Violations are recorded by a listener installed before the page's scripts run (Chromium,
// Firefox) or right after the load (WebKit: WebDriver has no init scripts; styles that the policy
// had blocked would show as unstyled elements, which the test checks too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, forEachEngine, importSample, modelOutline, newPage, open, setStep, settle } from './helpers.js';
import { STRICT_CSP } from '../scripts/serve.js';

forEachEngine((env) => {
  test('csp/: served with the strict policy, renders every element, no console errors, no violations', async () => {
    const response = await fetch(env.base + EXAMPLES.csp);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP, 'the page must be served with the strict policy');
    assert.doesNotMatch(STRICT_CSP, /unsafe-inline|unsafe-eval/);

    const page = await newPage(env);
    await open(page, env, EXAMPLES.csp);

    // Every element rendered its shadow root, and styles applied (constructable stylesheets).
    for (const [tag, text] of [
      ['actie-assessment', /vragen beantwoord/],
      ['actie-results', /Uw resultaten verschijnen hier als u de vragen heeft afgerond/],
      ['actie-action-plan', /Het actieplan verschijnt hier als u de vragen heeft afgerond/],
    ]) {
      const content = await page.evaluate((t) => document.querySelector(t).shadowRoot?.textContent ?? '', tag);
      assert.match(content, text, `<${tag}> rendered its content`);
    }
    const styled = await page.evaluate(() => {
      const el = document.querySelector('actie-assessment');
      return {
        sheets: el.shadowRoot.adoptedStyleSheets.length,
        display: getComputedStyle(el).display,
        radius: getComputedStyle(el.shadowRoot.querySelector('[part~="step-button"]')).borderTopLeftRadius,
      };
    });
    assert.ok(styled.sheets > 0, 'styles come from adopted (constructable) stylesheets');
    assert.equal(styled.display, 'block');
    assert.equal(styled.radius, '6px', 'the theme tokens of ../gemeente/theme.css reach the shadow DOM');

    // Use it: answer a question, fill the results and the plan, so scoring and rendering run.
    const { areas } = await modelOutline(page);
    await page.click('actie-assessment >>> [part~="step-button"]', { text: areas[0].title });
    await page.waitForSelector(`actie-assessment >>> #question-${areas[0].questions[0]}`);
    await page.click(`actie-assessment >>> #question-${areas[0].questions[0]} input[value="no"]`);
    await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
    await setStep(page, 'results'); // finished: the results and the plan show in full
    await page.waitForSelector('actie-results >>> [part~="area"]');
    assert.ok((await page.count('actie-results >>> [part~="area"]')) >= 5);
    assert.ok((await page.count('actie-action-plan >>> [part~="agreement"]')) >= 3);
    await settle(page);

    assert.deepEqual(await page.cspViolations(), [], 'no Content-Security-Policy violations');
    assert.deepEqual(await page.problems(), [], 'no console errors');
    await page.close();
  });

  test('the check above can fail: an inline script on the csp/ page is blocked and reported', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.csp);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
    });
    await page.waitFor(() => window.__actieProbe.csp.length > 0, [], { message: 'a securitypolicyviolation event' });
    assert.equal(await page.evaluate(() => window.__inlineRan ?? null), null, 'the inline script must not run');
    assert.match((await page.cspViolations()).join('\n'), /script-src/);
    await page.close();
  });
});
