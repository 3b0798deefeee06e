// Behaviour of the embed that a web team relies on but no single element test can show:
// two tabs on one session stay in step, two copies of the bundle on one page do not break it,
// and the elements make no network requests of their own.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, newPage, open, settle, setUp } from './helpers.js';

let env;
before(async () => {
  env = await setUp();
});
after(async () => {
  await env?.close();
});

test('two tabs on the same session: an answer in one tab shows up in the other', async () => {
  const first = await newPage(env);
  const second = await first.context().newPage(); // same context: same localStorage, real storage events
  second.problems = [];
  await open(first, env, EXAMPLES.gemeente);
  await open(second, env, EXAMPLES.gemeente);

  await first.evaluate(async () => {
    const store = document.querySelector('actie-session').store;
    store.setAnswer('A1', 'no');
    store.setNote('A1', 'Nog niet gevraagd');
    await store.settled();
  });
  await second.waitForFunction(() => document.querySelector('actie-session').store.answers.A1 === 'no', undefined, {
    timeout: 5000,
  });
  await settle(second);
  const seen = await second.evaluate(async () => {
    const store = document.querySelector('actie-session').store;
    await store.settled();
    const results = document.querySelector('actie-results');
    return {
      note: store.notes.A1,
      answered: store.result.progress.answered,
      resultsText: results.shadowRoot.textContent.replace(/\s+/g, ' '),
    };
  });
  assert.equal(seen.note, 'Nog niet gevraagd');
  assert.equal(seen.answered, 1);
  assert.match(seen.resultsText, /A1: nee/, 'the other tab re-scored and shows the new answer in its results');

  // "Delete my answers" in one tab empties the other as well.
  await first.evaluate(() => document.querySelector('actie-session').store.clear());
  await second.waitForFunction(() => Object.keys(document.querySelector('actie-session').store.answers).length === 0, undefined, {
    timeout: 5000,
  });
  assert.deepEqual([...first.problems, ...second.problems], []);
  await first.context().close();
});

test('two copies of the bundle on one page: no error, the elements work', async () => {
  const page = await newPage(env);
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await open(page, env, '/e2e/fixtures/two-copies.html');
  const loadedTwice = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/actie.js')).length,
  );
  assert.equal(loadedTwice, 2, 'the fixture must really load two copies');
  await page.evaluate(async () => {
    const store = document.querySelector('actie-session').store;
    store.setAnswer('C1', 'yes');
    await store.settled();
  });
  await settle(page);
  const text = await page.evaluate(() => document.querySelector('actie-results').shadowRoot.textContent);
  assert.match(text, /C1: ja/);
  assert.deepEqual(page.problems, [], 'no console errors or uncaught exceptions');
  assert.ok(
    warnings.some((w) => /already defined/.test(w)),
    `the second copy says it leaves the first in place (warnings: ${warnings.join(' | ')})`,
  );
  await page.context().close();
});

test('no network traffic of their own: only the page, its files and the bundle; model-src only when asked', async () => {
  for (const [path, extra] of [
    [EXAMPLES.gemeente, []],
    [EXAMPLES['custom-model'], ['/examples/custom-model/model.json']],
  ]) {
    const page = await newPage(env);
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await open(page, env, path);
    // Use the elements: answer, score, propose a plan; nothing of this may go out.
    await page.evaluate(async () => {
      const store = document.querySelector('actie-session').store;
      const first = store.model.areas[0].questions[0].id;
      store.setAnswer(first, 'no');
      await store.settled();
    });
    await settle(page);
    const origin = new URL(env.base).origin;
    const elsewhere = requests.filter((url) => new URL(url).origin !== origin);
    assert.deepEqual(elsewhere, [], `${path}: requests to other origins`);
    const paths = requests.map((url) => new URL(url).pathname);
    const unexpected = paths.filter(
      (p) => !(p === path || /\.(css|svg)$/.test(p) || p.endsWith('/packages/components/dist/actie.js') || extra.includes(p)),
    );
    assert.deepEqual(unexpected, [], `${path}: unexpected requests`);
    for (const p of extra) assert.ok(paths.includes(p), `${path}: expected the model to be fetched from ${p}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});
