// The script-tag bundle loads in parts (packages/components/src/actie.ts): a page downloads the
// code of the elements it has, and nothing else. A resident's page with only the assessment never
// fetches the team overview, the action plan or the English texts; an element added later still
// gets its code, and English is fetched when an element speaks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, forEachEngine, newPage, open, root, settle } from './helpers.js';

/** Per tag, the chunks its code needs (dist/preload.json, written by the build), as paths. */
function chunksOf(tag) {
  const list = JSON.parse(readFileSync(join(root, 'packages/components/dist/preload.json'), 'utf8'))[tag];
  assert.ok(list?.length, `dist/preload.json lists the chunks of <${tag}>`);
  return list.map((file) => `/packages/components/dist/${file}`);
}

/** Paths of the scripts the page fetched (Resource Timing). */
function scriptsFetched(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js')),
  );
}

forEachEngine((env) => {
  test('the default page fetches the scoring code with the first answer, not before the first question', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.basic);
    await settle(page);
    // What scoring and reading saved files need: fetched on demand (src/session/on-demand.ts).
    const later = (paths) => paths.filter((p) => /\/chunks\/(on-demand-code|json-rules-engine)-[\w-]+\.js$/.test(p));
    const questionShown = await page.evaluate(
      () =>
        !!document.querySelector('actie-assessment').shadowRoot.querySelector('input:not([disabled]), select:not([disabled])'),
    );
    assert.ok(questionShown, 'the first question can be answered');
    assert.deepEqual(later(await scriptsFetched(page)), [], 'no scoring code before the first answer');

    // The check can fail: the first answer fetches the scoring code and the rules engine, and scores.
    const scored = await page.evaluate(async () => {
      const store = document.querySelector('actie-session').store;
      store.setAnswer(store.questions.areas[0].questions[0].id, 'yes');
      return (await store.settled())?.overall !== undefined;
    });
    assert.ok(scored, 'the first answer was scored');
    assert.equal(later(await scriptsFetched(page)).length, 2, 'the on-demand code and the rules engine were fetched');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('a page with only <actie-assessment> never fetches the team overview or the action plan', async () => {
    const assessment = chunksOf('actie-assessment');
    // What only the action plan or the team overview need (their own chunks and what they share).
    const plan = chunksOf('actie-action-plan').filter((p) => !assessment.includes(p));
    const team = chunksOf('actie-team-overview').filter((p) => !assessment.includes(p));
    assert.ok(plan.length > 0 && team.length > 0);
    const page = await newPage(env);
    await open(page, env, EXAMPLES.basic);
    const beforeAnswer = await scriptsFetched(page);
    // Answer a question, so the store scores: still nothing of the other elements may arrive.
    await page.evaluate(async () => {
      const store = document.querySelector('actie-session').store;
      store.setAnswer(store.questions.areas[0].questions[0].id, 'yes');
      await store.settled();
    });
    await settle(page);
    const fetched = await scriptsFetched(page);
    for (const p of assessment) assert.ok(fetched.includes(p), `the assessment's chunk ${p} was fetched`);
    // Scoring shares some chunks with the action plan and the team overview (the rules package's
    // checking and scoring code): those may arrive with the first answer, nothing else of theirs.
    const scoring = fetched.filter((p) => !beforeAnswer.includes(p));
    const elementChunk = /\/chunks\/(action-plan|team-overview)-[\w-]+\.js$/;
    assert.ok(
      [...plan, ...team].some((p) => elementChunk.test(p)),
      'the element chunks of the action plan and the team overview are in the lists',
    );
    assert.deepEqual(
      fetched.filter((p) => (plan.includes(p) || team.includes(p)) && (!scoring.includes(p) || elementChunk.test(p))),
      [],
      'no chunk of the action plan or the team overview was fetched',
    );
    assert.deepEqual(
      fetched.filter((p) => /\.strings\.en-/.test(p)),
      [],
      'a Dutch page fetches no English strings',
    );
    const defined = await page.evaluate(() => ({
      plan: customElements.get('actie-action-plan') !== undefined,
      team: customElements.get('actie-team-overview') !== undefined,
    }));
    assert.deepEqual(defined, { plan: false, team: false }, 'their code never ran');

    // The check can fail: an action plan put in the page later is loaded, defined and rendered.
    await page.evaluate(() => document.querySelector('actie-session').append(document.createElement('actie-action-plan')));
    await page.waitFor(() => !!document.querySelector('actie-action-plan').shadowRoot?.textContent.trim(), [], {
      message: 'the action plan added later to render',
    });
    const after = await scriptsFetched(page);
    for (const p of plan) assert.ok(after.includes(p), `the action plan added later fetched ${p}`);
    assert.deepEqual(
      after.filter((p) => team.includes(p) && !plan.includes(p) && (!scoring.includes(p) || elementChunk.test(p))),
      [],
      'still nothing of the team overview',
    );

    // Switched to English, the assessment fetches its English strings and shows them.
    await page.evaluate(() => document.querySelector('actie-assessment').setAttribute('lang', 'en'));
    await page.waitFor(() => /questions answered/.test(document.querySelector('actie-assessment').shadowRoot.textContent), [], {
      message: 'the assessment in English',
    });
    assert.ok(
      (await scriptsFetched(page)).some((p) => /\/assessment\.strings\.en-[\w-]+\.js$/.test(p)),
      'the English strings of the assessment were fetched',
    );
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
