// The gemeente example as a participant uses it: only the keyboard, from the page's first Tab
// through every page of questions and "check your answers" to "Afronden", the results and an
// agreement on the action plan. In every engine. (Paging and coming back after a reload: check.test.js.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, focused, forEachEngine, modelOutline, newPage, open, settle } from './helpers.js';

const parts = (info) => info.part.split(/\s+/);

/** The answers of the session in the page. */
function storeState(page) {
  return page.evaluate(() => {
    const store = document.querySelector('actie-session').store;
    return {
      answers: { ...store.answers },
      intake: { ...store.intake },
      reflections: { ...store.reflections },
      step: store.step,
      finished: store.finished,
      plan: store.plan,
    };
  });
}

/**
 * Only the keyboard, from the page's first Tab: answer every question (varied), page by page, type
 * the text intake and one reflection, finish on "check your answers", and put the first point of
 * the results on the action plan.
 */
async function keyboardJourney(env, path, { textIntake, typed }) {
  const page = await newPage(env);
  await open(page, env, path);
  const { total } = await modelOutline(page);

  // 1. Tab from the top of the page into the assessment.
  let info;
  for (let i = 0; i < 40; i++) {
    await page.press('Tab');
    info = await focused(page);
    if (info?.host === 'actie-assessment') break;
  }
  assert.equal(info?.host, 'actie-assessment', 'Tab never reached <actie-assessment>');

  // 2. Answer every intake and area question with the keyboard, page by page, then finish.
  let groups = 0;
  let finished = false;
  let reflected = '';
  let pages = 0;
  let checked = false;
  for (let presses = 0; presses < 3000 && !finished; presses++) {
    info = await focused(page);
    if (info?.host === 'actie-assessment') {
      if (info.type === 'radio' && !info.groupAnswered) {
        // Vary the answers: Space takes the first option (yes), arrows the next ones (partly, no).
        const moves = groups % 3;
        if (moves === 0) await page.press('Space');
        for (let m = 0; m < moves; m++) await page.press('ArrowDown');
        groups++;
      } else if (parts(info).includes('text-input') && !info.value) {
        await page.type(typed);
      } else if (parts(info).includes('reflection-textarea') && !reflected) {
        reflected = info.id.replace(/^reflection-|-input$/g, '');
        await page.type('Goed: de korte lijnen. Oppakken: vaker terugkoppelen.');
      } else if (parts(info).includes('next-button')) {
        await page.press('Enter');
        await settle(page);
        pages++;
        info = await focused(page);
        assert.ok(
          parts(info).includes('step-heading'),
          `after "next" the focus should be on the step heading, not ${JSON.stringify(info)}`,
        );
        continue;
      } else if (parts(info).includes('change-button')) {
        checked = true; // on "check your answers": every answer with "Wijzig"
      } else if (parts(info).includes('finish-button')) {
        await page.press('Enter');
        finished = true;
        break;
      }
    }
    await page.press('Tab');
  }
  assert.ok(finished, 'the keyboard journey never reached the "Afronden" (finish) button');
  await settle(page);

  const state = await storeState(page);
  assert.equal(
    Object.keys(state.answers).length,
    total,
    `every question should be answered by keyboard (${Object.keys(state.answers).length} of ${total})`,
  );
  assert.ok(Object.keys(state.intake).length >= 4, `the intake should be filled in, got ${JSON.stringify(state.intake)}`);
  assert.equal(state.intake[textIntake], typed);
  assert.ok(reflected, 'Tab reached a reflection field');
  assert.deepEqual(state.reflections, { [reflected]: 'Goed: de korte lijnen. Oppakken: vaker terugkoppelen.' });
  const values = new Set(Object.values(state.answers));
  assert.ok(values.has('yes') && values.has('partly') && values.has('no'), `answers should vary, got ${[...values]}`);
  assert.ok(pages > 12, `the questions came a few at a time, on ${pages + 1} pages`);
  assert.ok(checked, 'Tab passed the "Wijzig" buttons of "check your answers" before "Afronden"');
  assert.equal(state.finished, true, 'finished: the results are the step now');
  // Focus moves on to the results (their heading); the form is a short "finished" bar.
  await page.waitFor(
    () => {
      const results = document.querySelector('actie-results');
      return results.shadowRoot.activeElement?.matches('[part~="results-heading"]') && document.activeElement === results;
    },
    [],
    { message: 'the heading of the results to have focus after "Afronden"' },
  );
  const bar = await page.text('actie-assessment >>> [part~="finished-text"]');
  assert.match(bar, new RegExp(`${total} van ${total}`));
  assert.equal(await page.count('actie-assessment >>> fieldset'), 0, 'no questions under the results');

  // 3. Tab on in the results and put the first point that needs work on the plan.
  let condition = '';
  for (let presses = 0; presses < 400; presses++) {
    await page.press('Tab');
    info = await focused(page);
    // A point is a closed disclosure: open it (Enter on its summary) to reach its button.
    if (info?.host === 'actie-results' && parts(info).includes('point-summary')) await page.press('Enter');
    if (info?.host === 'actie-results' && parts(info).includes('add-button')) {
      condition = info.condition;
      await page.press('Enter');
      break;
    }
  }
  assert.ok(condition, 'Tab never reached an "add to action plan" button in <actie-results>');
  assert.match(
    await page.text(`actie-results >>> [data-area="${reflected}"] [part~="reflection"]`),
    /Oppakken: vaker terugkoppelen/,
    'the results show the reflection',
  );
  await settle(page);

  // 4. The agreement is in the action plan, and the results say so.
  const plan = (await storeState(page)).plan;
  assert.equal(plan.agreements.length, 1, 'one agreement on the plan');
  assert.equal(plan.agreements[0].condition, condition);
  await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
  assert.equal(await page.count('actie-action-plan >>> [part~="agreement"]'), 1);
  const what = await page.value('actie-action-plan >>> [part~="what-input"]');
  assert.equal(what, plan.agreements[0].what);
  assert.ok(what.length > 10, 'the agreement carries the action point text');
  assert.equal(await page.count(`actie-results >>> [data-condition="${condition}"] [part~="on-plan"]`), 1);

  assert.deepEqual(await page.problems(), []);
  await page.close();
}

forEachEngine((env) => {
  test('keyboard only: answer every question, type a reflection, finish, and put one point of the results on the action plan', () =>
    keyboardJourney(env, EXAMPLES.gemeente, { textIntake: 'topic', typed: 'Moestuin achter het buurthuis' }));

  test('keyboard only, the organisation scan (policy team page): the same journey with the organisation questions', () =>
    keyboardJourney(env, EXAMPLES.beleid, { textIntake: 'scope', typed: 'Team Wijken Noord' }));
});
