// The gemeente example as a participant uses it: only the keyboard, from the page's first Tab
// to an agreement on the action plan; and coming back after a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, focused, newPage, open, settle, setUp } from './helpers.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

const parts = (info) => info.part.split(/\s+/);

/** The answers of the session in the page. */
function storeState(page) {
  return page.evaluate(() => {
    const store = document.querySelector('actie-session').store;
    return { answers: { ...store.answers }, intake: { ...store.intake }, step: store.step, plan: store.plan };
  });
}

test('keyboard only: answer every question, finish, and put one point of the results on the action plan', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.gemeente);
  const total = await page.evaluate(() => {
    const model = document.querySelector('actie-session').store.model;
    return model.areas.reduce((n, area) => n + area.questions.length, 0);
  });

  // 1. Tab from the top of the page into the assessment.
  let info;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    info = await focused(page);
    if (info?.host === 'actie-assessment') break;
  }
  assert.equal(info?.host, 'actie-assessment', 'Tab never reached <actie-assessment>');

  // 2. Answer every intake and area question with the keyboard, step by step, then finish.
  let groups = 0;
  let finished = false;
  for (let presses = 0; presses < 2500 && !finished; presses++) {
    info = await focused(page);
    if (info?.host === 'actie-assessment') {
      if (info.type === 'radio' && !info.groupAnswered) {
        // Vary the answers: Space takes the first option (yes), arrows the next ones (partly, no).
        const moves = groups % 3;
        if (moves === 0) await page.keyboard.press('Space');
        for (let m = 0; m < moves; m++) await page.keyboard.press('ArrowDown');
        groups++;
      } else if (parts(info).includes('text-input') && !info.value) {
        await page.keyboard.type('Moestuin achter het buurthuis');
      } else if (parts(info).includes('next-button')) {
        await page.keyboard.press('Enter');
        await settle(page);
        info = await focused(page);
        assert.ok(parts(info).includes('step-heading'), `after "next" the focus should be on the step heading, not ${JSON.stringify(info)}`);
        continue;
      } else if (parts(info).includes('finish-button')) {
        await page.keyboard.press('Enter');
        finished = true;
        break;
      }
    }
    await page.keyboard.press('Tab');
  }
  assert.ok(finished, 'the keyboard journey never reached the "Afronden" (finish) button');
  await settle(page);

  const state = await storeState(page);
  assert.equal(Object.keys(state.answers).length, total, `every question should be answered by keyboard (${Object.keys(state.answers).length} of ${total})`);
  assert.ok(Object.keys(state.intake).length >= 4, `the intake should be filled in, got ${JSON.stringify(state.intake)}`);
  assert.equal(state.intake.topic, 'Moestuin achter het buurthuis');
  const values = new Set(Object.values(state.answers));
  assert.ok(values.has('yes') && values.has('partly') && values.has('no'), `answers should vary, got ${[...values]}`);
  info = await focused(page);
  assert.ok(parts(info).includes('confirmation'), `after finishing the confirmation should have focus, not ${JSON.stringify(info)}`);
  const progress = await page.locator('actie-assessment [part~="progress-text"]').textContent();
  assert.match(progress, new RegExp(`${total} van ${total}`));

  // 3. Keep tabbing into the results and put the first point that needs work on the plan.
  let condition = '';
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    info = await focused(page);
    if (info?.host === 'actie-results' && parts(info).includes('add-button')) {
      condition = info.condition;
      await page.keyboard.press('Enter');
      break;
    }
  }
  assert.ok(condition, 'Tab never reached an "add to action plan" button in <actie-results>');
  await settle(page);

  // 4. The agreement is in the action plan, and the results say so.
  const plan = (await storeState(page)).plan;
  assert.equal(plan.agreements.length, 1, 'one agreement on the plan');
  assert.equal(plan.agreements[0].condition, condition);
  await page.locator('actie-action-plan [part~="agreement"]').first().waitFor();
  assert.equal(await page.locator('actie-action-plan [part~="agreement"]').count(), 1);
  const what = await page.locator('actie-action-plan [part~="what-input"]').first().inputValue();
  assert.equal(what, plan.agreements[0].what);
  assert.ok(what.length > 10, 'the agreement carries the action point text');
  assert.equal(await page.locator(`actie-results [data-condition="${condition}"] [part~="on-plan"]`).count(), 1);

  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('reload and resume: the same step and the same answers after a reload', async () => {
  const page = await newPage(env);
  await open(page, env, EXAMPLES.gemeente);
  const assessment = page.locator('actie-assessment');

  // Answer three questions of Animo and one of Contacten, with the mouse this time.
  await assessment.locator('[part~="step-button"]', { hasText: 'Animo' }).click();
  await assessment.locator('#question-A1 input[value="yes"]').check();
  await assessment.locator('#question-A2 input[value="no"]').check();
  await assessment.locator('#question-A3 input[value="partly"]').check();
  await assessment.locator('[part~="next-button"]').click();
  await assessment.locator('#question-C1 input[value="dont-know"]').check();
  await settle(page);
  const before = await storeState(page);
  assert.equal(before.step, 'contacten');
  assert.deepEqual(before.answers, { A1: 'yes', A2: 'no', A3: 'partly', C1: 'dont-know' });

  await page.reload();
  await page.locator('actie-assessment [part~="step-heading"]').waitFor();
  await settle(page);

  const after = await storeState(page);
  assert.equal(after.step, 'contacten', 'the same step after the reload');
  assert.deepEqual(after.answers, before.answers, 'the same answers after the reload');
  assert.match(await assessment.locator('[part~="step-heading"]').textContent(), /Contacten/);
  assert.ok(await assessment.locator('#question-C1 input[value="dont-know"]').isChecked());
  assert.match(await assessment.locator('[part~="progress-text"]').textContent(), /4 van 46/);

  await assessment.locator('[part~="step-button"]', { hasText: 'Animo' }).click();
  assert.ok(await assessment.locator('#question-A1 input[value="yes"]').isChecked());
  assert.ok(await assessment.locator('#question-A2 input[value="no"]').isChecked());
  assert.ok(await assessment.locator('#question-A3 input[value="partly"]').isChecked());
  assert.equal(await assessment.locator('#question-A4 input:checked').count(), 0);

  assert.deepEqual(page.problems, []);
  await page.context().close();
});
