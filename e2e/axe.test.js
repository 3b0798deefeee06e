// axe-core on every example page state, for WCAG 2.1 level A and AA (the Dutch legal baseline,
// EN 301 549). axe descends into open shadow roots, so the elements' insides are checked too.
// Not on csp/: axe is injected as an inline script, which that page's policy rightly blocks; csp/
// has the same content as gemeente/, which is checked here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, axe, describeViolations, importSample, newPage, open, settle, setStep, setUp } from './helpers.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

async function assertAccessible(page, state) {
  await settle(page);
  const violations = await axe(page);
  assert.equal(violations.length, 0, `axe found WCAG 2.1 A/AA violations on ${state}:\n${describeViolations(violations)}`);
}

test('index and basic: no WCAG 2.1 A/AA violations', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.index);
  await assertAccessible(page, 'the examples index');
  await open(page, env, EXAMPLES.basic);
  await assertAccessible(page, 'basic/ (intake)');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('gemeente: intake, an area step, review, results with answers, plan with agreements', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.gemeente);
  await assertAccessible(page, 'gemeente/ intake (empty session)');

  await setStep(page, 'animo');
  await page.locator('actie-assessment #question-A1 input[value="partly"]').check();
  await page.locator('actie-assessment #question-A1 [part~="note-toggle"]').click();
  await assertAccessible(page, 'gemeente/ area step Animo (one answer, note open)');

  await setStep(page, 'review');
  await assertAccessible(page, 'gemeente/ review step with open questions');

  await importSample(page);
  await page.locator('actie-results [part~="area"]').first().waitFor();
  await assertAccessible(page, 'gemeente/ results with answers (wijkteam-noord)');

  await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
  await page.locator('actie-action-plan [part~="agreement"]').first().waitFor();
  await assertAccessible(page, 'gemeente/ action plan with agreements');

  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('gemeente in forced-colors mode (Windows contrast themes): results and plan', async () => {
  const page = await newPage(env);
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, env, EXAMPLES.gemeente);
  await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
  await page.locator('actie-action-plan [part~="agreement"]').first().waitFor();
  assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
  // Statuses keep their text (colour is never the only signal) and buttons keep a visible border.
  const status = await page.locator('actie-results [part~="area-status"]').first().textContent();
  assert.match(status, /Vraagt aandacht|Gaat al goed|Nog onbekend/);
  const border = await page
    .locator('actie-results [part~="print-button"]')
    .first()
    .evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.notEqual(border, 'none');
  await assertAccessible(page, 'gemeente/ results and plan in forced-colors mode');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('custom-model: the municipality model in English', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES['custom-model']);
  await page.locator('actie-assessment [part~="step-heading"]').waitFor();
  await assertAccessible(page, 'custom-model/ intake');
  await setStep(page, 'contacten');
  await page.locator('actie-assessment #question-C8').waitFor();
  await assertAccessible(page, 'custom-model/ Contacts step (with the extra question C8)');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('team: empty, and after importing the three sample files', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.team);
  await assertAccessible(page, 'team/ before any file');
  await page
    .locator('actie-team-overview input[type="file"]')
    .setInputFiles(['ambtenaar.json', 'leidinggevende.json', 'wijkprofessional.json'].map((f) => `examples/team/sessions/${f}`));
  await page.locator('actie-team-overview [part~="area"]').first().waitFor();
  await assertAccessible(page, 'team/ with three sessions');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('print: results and action plan filled from the sample', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.print);
  await page.waitForFunction(() => document.documentElement.dataset.sampleLoaded === 'true');
  await assertAccessible(page, 'print/ (screen)');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the checks above can fail: axe reports a problem inside a shadow root', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.basic);
  await page.locator('actie-assessment').evaluate((el) => {
    const input = document.createElement('input'); // a form field without a label
    input.type = 'text';
    el.shadowRoot.querySelector('[part~="step"]').append(input);
  });
  const violations = await axe(page);
  assert.ok(
    violations.some((v) => v.id === 'label' && v.nodes.some((n) => n.includes('actie-assessment'))),
    `expected a "label" violation inside <actie-assessment>, got:\n${describeViolations(violations)}`,
  );
  await page.context().close();
});
