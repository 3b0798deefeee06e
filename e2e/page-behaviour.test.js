// Behaviour of the embed that a web team relies on but no single element test can show, in every
// engine: two tabs on one session stay in step, two copies of the bundle on one page do not break
// it, and the elements make no network requests of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, forEachEngine, modelOutline, newPage, open, setStep, settle } from './helpers.js';

forEachEngine((env) => {
  test('two tabs on the same session: an answer in one tab shows up in the other', async () => {
    const first = await newPage(env);
    await open(first, env, EXAMPLES.gemeente);
    const second = await first.newTab(); // same storage: real storage events
    await open(second, env, EXAMPLES.gemeente);
    const { areas } = await modelOutline(first);
    const question = areas[0].questions[0];

    await first.evaluate(async (id) => {
      const store = document.querySelector('actie-session').store;
      store.setAnswer(id, 'no');
      store.setNote(id, 'Nog niet gevraagd');
      await store.settled();
    }, question);
    await second.waitFor((id) => document.querySelector('actie-session').store.answers[id] === 'no', [question], {
      timeout: 5000,
      message: 'the answer in the other tab',
    });
    await setStep(second, 'results'); // finished in that tab: its results show in full
    const seen = await second.evaluate(async (id) => {
      const store = document.querySelector('actie-session').store;
      await store.settled();
      const results = document.querySelector('actie-results');
      return {
        note: store.notes[id],
        answered: store.result.progress.answered,
        question: store.model.areas.flatMap((a) => a.questions).find((q) => q.id === id).text.nl,
        resultsText: results.shadowRoot.textContent.replace(/\s+/g, ' '),
      };
    }, question);
    assert.equal(seen.note, 'Nog niet gevraagd');
    assert.equal(seen.answered, 1);
    // The question in words with the answer and the note under its point (no question code).
    assert.ok(
      seen.resultsText.includes(`${seen.question} Uw antwoord: nee Uw notitie: Nog niet gevraagd`),
      'the other tab re-scored and shows the new answer in its results',
    );

    // "Delete my answers" in one tab empties the other as well.
    await first.evaluate(() => document.querySelector('actie-session').store.clear());
    await second.waitFor(() => Object.keys(document.querySelector('actie-session').store.answers).length === 0, [], {
      timeout: 5000,
      message: 'the other tab to be emptied',
    });
    assert.deepEqual([...(await first.problems()), ...(await second.problems())], []);
    await first.close();
  });

  test('two copies of the bundle on one page: no error, the elements work', async () => {
    const page = await newPage(env);
    await page.goto(env.base + '/e2e/fixtures/two-copies.html');
    const loadedTwice = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/actie.js')).length,
    );
    assert.equal(loadedTwice, 2, 'the fixture must really load two copies');
    await page.waitFor(() => document.querySelector('actie-results')?.shadowRoot?.textContent.trim().length > 0, [], {
      message: 'the elements to render',
    });
    const { areas } = await modelOutline(page);
    const question = areas[1].questions[0];
    await page.evaluate(async (id) => {
      const store = document.querySelector('actie-session').store;
      store.setAnswer(id, 'yes');
      store.setStep('results'); // finished: the results show in full
      await store.settled();
    }, question);
    await settle(page);
    const shown = await page.evaluate(
      (id) => ({
        question: document
          .querySelector('actie-session')
          .store.model.areas.flatMap((a) => a.questions)
          .find((q) => q.id === id).text.nl,
        text: document.querySelector('actie-results').shadowRoot.textContent.replace(/\s+/g, ' '),
      }),
      question,
    );
    assert.ok(shown.text.includes(`${shown.question} Uw antwoord: ja`), 'the results show the new answer');
    assert.deepEqual(await page.problems(), [], 'no console errors or uncaught exceptions');
    if (page.probeFromStart) {
      const warnings = await page.warnings();
      assert.ok(
        warnings.some((w) => /already defined/.test(w)),
        `the second copy says it leaves the first in place (warnings: ${warnings.join(' | ')})`,
      );
    }
    await page.close();
  });

  test('registerStrings from actie.js: texts changed before the elements load are there at the first render, and later ones apply too', async () => {
    const page = await newPage(env);
    await page.goto(env.base + '/e2e/fixtures/register-strings.html');
    const deleteText = () =>
      page.evaluate(() =>
        document.querySelector('actie-assessment')?.shadowRoot?.querySelector('[part~="delete-button"]')?.textContent.trim(),
      );
    await page.waitFor(
      () => !!document.querySelector('actie-assessment')?.shadowRoot?.querySelector('[part~="delete-button"]'),
      [],
      {
        message: 'the assessment to render',
      },
    );
    assert.equal(await deleteText(), 'Alles wissen', 'the text registered before the elements were loaded');
    // The check can fail: a later call changes the text of the element already on the page.
    await page.evaluate(async () => {
      const { registerStrings } = await import('/packages/components/dist/actie.js');
      registerStrings('nl', { assessment: { deleteButton: 'Wis mijn antwoorden' } });
    });
    await page.waitFor(
      () =>
        document.querySelector('actie-assessment').shadowRoot.querySelector('[part~="delete-button"]').textContent.trim() ===
        'Wis mijn antwoorden',
      [],
      { message: 'the text registered later' },
    );
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('no network traffic of their own: only the page, its files and the bundle (actie.js and its chunks); model-src only when asked', async () => {
    for (const [path, extra] of [
      [EXAMPLES.gemeente, []],
      [EXAMPLES['custom-model'], ['/examples/custom-model/model.json']],
    ]) {
      const page = await newPage(env);
      await open(page, env, path);
      // A model from model-src is fetched after the elements are defined: wait until it is ready.
      await page.waitFor(() => document.querySelector('actie-session').store.questions !== undefined, [], {
        message: 'the model to be ready',
      });
      // Use the elements: answer, score, propose a plan; nothing of this may go out.
      await page.evaluate(async () => {
        const store = document.querySelector('actie-session').store;
        const first = store.questions.areas[0].questions[0].id;
        store.setAnswer(first, 'no');
        await store.settled();
      });
      await settle(page);
      // Every request the page made (Resource Timing sees fetches, scripts, styles and images).
      const requests = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]);
      const origin = new URL(env.base).origin;
      const elsewhere = requests.filter((url) => new URL(url).origin !== origin);
      assert.deepEqual(elsewhere, [], `${path}: requests to other origins`);
      const paths = requests.map((url) => new URL(url).pathname);
      // The bundle: actie.js and the chunks it loads from the folder next to it.
      const bundle = (p) =>
        p === '/packages/components/dist/actie.js' || /^\/packages\/components\/dist\/chunks\/[\w.-]+\.js$/.test(p);
      const unexpected = paths.filter((p) => !(p === path || /\.(css|svg)$/.test(p) || bundle(p) || extra.includes(p)));
      assert.deepEqual(unexpected, [], `${path}: unexpected requests`);
      for (const p of extra) assert.ok(paths.includes(p), `${path}: expected the model to be fetched from ${p}`);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    }
  });
});
