// The script-tag bundle loads in parts (packages/components/src/actie.ts): a page downloads the
// code of the elements it has, and nothing else. A resident's page with only the assessment never
// fetches the team overview or the action plan; an element added later still gets its code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, forEachEngine, newPage, open, root, settle } from './helpers.js';

/** The chunk actie.js imports for a tag, read from the built loader (chunk names carry a hash). */
function chunkOf(tag) {
  const loader = readFileSync(join(root, 'packages/components/dist/actie.js'), 'utf8');
  const match = new RegExp(`"${tag}":\\(\\)=>import\\("\\./(chunks/[\\w-]+\\.js)"\\)`).exec(loader);
  assert.ok(match, `dist/actie.js imports a chunk for <${tag}>`);
  return `/packages/components/dist/${match[1]}`;
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
  test('a page with only <actie-assessment> never fetches the team overview or the action plan', async () => {
    const plan = chunkOf('actie-action-plan');
    const team = chunkOf('actie-team-overview');
    const page = await newPage(env);
    await open(page, env, EXAMPLES.basic);
    // Answer a question, so the store scores: still nothing of the other elements may arrive.
    await page.evaluate(async () => {
      const store = document.querySelector('actie-session').store;
      store.setAnswer(store.model.areas[0].questions[0].id, 'yes');
      await store.settled();
    });
    await settle(page);
    const fetched = await scriptsFetched(page);
    assert.ok(fetched.includes(chunkOf('actie-assessment')), `the assessment's own chunk was fetched (${fetched.join(', ')})`);
    assert.ok(!fetched.includes(plan), `the action plan's chunk was not fetched (${fetched.join(', ')})`);
    assert.ok(!fetched.includes(team), `the team overview's chunk was not fetched (${fetched.join(', ')})`);
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
    assert.ok((await scriptsFetched(page)).includes(plan), 'the action plan added later fetched its chunk');
    assert.ok(!(await scriptsFetched(page)).includes(team), 'still no team overview');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
