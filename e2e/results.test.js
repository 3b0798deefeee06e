// The results as their own step, keeping what was said (issue 20, parts 2, 5 and 6): the sample
// session of a professional in the municipal example and an initiator's file in the initiators'
// example, in the three engines; what prints (Chromium only: printing to PDF needs its DevTools
// protocol).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  EXAMPLES,
  axe,
  describeViolations,
  ensureDir,
  focused,
  forEachEngine,
  importSample,
  newPage,
  open,
  resultsDir,
  setStep,
  settle,
} from './helpers.js';

/** The model's internal ids (points, points of attention, question codes) that occur as words in a text. */
function idsIn(page, text) {
  return page.evaluate((shown) => {
    const model = document.querySelector('actie-session').store.model;
    const ids = [
      ...model.conditions.map((c) => c.id),
      ...model.attention.map((p) => p.id),
      ...model.areas.flatMap((a) => a.questions.map((q) => q.id)),
    ];
    return ids.filter((id) => new RegExp(`(^|[^\\p{L}\\d-])${id}($|[^\\p{L}\\d-])`, 'u').test(shown));
  }, text);
}

/** Open every disclosure in the results (as a reader who opens each point) and return what they read. */
function openAll(page) {
  return page.evaluate(async () => {
    const results = document.querySelector('actie-results');
    for (const details of results.shadowRoot.querySelectorAll('details')) details.open = true;
    await results.updateComplete;
    return results.shadowRoot.textContent.replace(/\s+/g, ' ');
  });
}

/** A point's questions and answers as shown: one line per question. */
function answersOf(page, condition) {
  return page.evaluate(
    (id) =>
      [
        ...document.querySelector('actie-results').shadowRoot.querySelectorAll(`[data-condition="${id}"] [part~="answers"] li`),
      ].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    condition,
  );
}

forEachEngine((env) => {
  test('gemeente/: a step of its own, headed by the topic, with every answer and note, no ids, one download list', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.gemeente);
    await importSample(page);

    // While the check is not finished, one short line. The form on the page works with the
    // session (store.hasForm): <actie-assessment> attaches itself (issue 20, part 1); where it
    // does not yet, the test attaches as it would, so this checks the results, not the form.
    await page.evaluate(() => {
      const store = document.querySelector('actie-session').store;
      if (!store.hasForm) store.attachForm();
    });
    await setStep(page, 'animo');
    assert.equal(
      (await page.text('actie-results >>> [part~="pending"]')).trim(),
      'Uw resultaten verschijnen hier als u de vragen heeft afgerond.',
    );
    assert.equal(await page.count('actie-results >>> [part~="area"]'), 0);

    // Finished: the results, and their heading can take the focus.
    await setStep(page, 'results');
    await page.evaluate(() => document.querySelector('actie-results').focusHeading());
    const info = await focused(page);
    assert.ok(info.part.includes('results-heading'), `the heading should have focus, not ${JSON.stringify(info)}`);
    assert.equal(info.text, 'Uw resultaten: Moestuin achter het buurthuis');
    assert.equal(await page.count('actie-results >>> [part~="start-item"]'), 3, '"Begin hier" names three points');
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe on the results:\n${describeViolations(violations)}`);

    // The note on "who they can turn to" (C8) shows once its point is opened.
    await page.click('actie-results >>> [data-condition="C8"] [part~="point-summary"]');
    assert.match(
      await page.text('actie-results >>> [data-condition="C8"] [part~="note"]'),
      /Uw notitie: Ze bellen nu het algemene nummer/,
    );
    // "Continuity" is made from two questions (I10, I11): both show with their answers.
    const continuity = await page.evaluate(() =>
      document
        .querySelector('actie-session')
        .store.result.conditions.find((c) => c.questions.length === 2 && c.questions[0] === 'I10'),
    );
    assert.ok(continuity, 'a point made from I10 and I11');
    await page.click(`actie-results >>> [data-condition="${continuity.id}"] [part~="point-summary"]`);
    const questions = await page.evaluate(() =>
      Object.fromEntries(
        document.querySelector('actie-session').store.model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text.nl])),
      ),
    );
    assert.deepEqual(await answersOf(page, continuity.id), [
      `${questions.I10} Uw antwoord: nee`,
      `${questions.I11} Uw antwoord: nee`,
    ]);

    // No condition id or question code anywhere a person reads, every point open.
    const shown = await openAll(page);
    assert.deepEqual(await idsIn(page, shown), []);
    assert.match(shown, /De 44 vragen vormen samen 40 punten: soms horen twee vragen bij één punt\./);

    // One download list, in plain words.
    assert.equal(await page.count('actie-results >>> [part~="download-list"]'), 1);
    // Each button says what the file is; the line that describes it, what it is for and its kind.
    const entries = await page.evaluate(() => {
      const root = document.querySelector('actie-results').shadowRoot;
      const words = (node) => node.textContent.replace(/\s+/g, ' ').trim();
      return [...root.querySelectorAll('[part~="download-list"] button')].map((b) => [
        words(b),
        words(root.getElementById(b.getAttribute('aria-describedby'))),
      ]);
    });
    assert.deepEqual(entries, [
      ['Verslag', 'Om te lezen of te printen tekstbestand (.md)'],
      ['Uw antwoorden', 'Om later verder te gaan of aan de begeleider te geven bestand voor deze check (.json)'],
    ]);
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test("initiatiefnemers/: the initiators' own results speak 'je', with no codes, no role and no plan button", async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.initiatiefnemers);
    await importSample(page, { session: 'examples/team/sessions/initiatiefnemer-1.json' });
    await setStep(page, 'results');
    assert.match(await page.text('actie-results >>> [part~="results-heading"]'), /^\s*Jouw resultaten/);
    assert.equal(
      (await page.text('actie-results >>> [part~="contact"]')).trim(),
      'Bespreek je antwoorden met je contactpersoon.',
    );
    const shown = await openAll(page);
    assert.equal(await page.count('actie-results >>> [part~="role"]'), 0, 'no role advice');
    assert.equal(await page.count('actie-results >>> [part~="add-button"]'), 0, 'no plan on the page: no plan button');
    assert.deepEqual(await idsIn(page, shown), [], 'no question codes');
    assert.equal(shown.match(/(^|[\s(‘])(u|U|uw|Uw)(?=[\s,.:;!?’)])/g), null, 'je throughout, no u');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});

forEachEngine(
  (env) => {
    test('gemeente/ on paper: no header or footer of the website; "print this part" prints only that area', async () => {
      const page = await newPage(env);
      await open(page, env, EXAMPLES.gemeente);
      await importSample(page);
      await setStep(page, 'results');
      const pdf = async (name) => {
        await page.raw.emulateMedia({ media: 'print' });
        await settle(page);
        const file = join(ensureDir(resultsDir), name);
        await page.raw.pdf({ path: file, format: 'A4' });
        await page.raw.emulateMedia({ media: 'screen' });
        const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
        return { text: text.replace(/\s+/g, ' '), pages };
      };

      const all = await pdf('gemeente.pdf');
      for (const site of ['Samen maken we de stad', 'Kruimelpad', 'Initiatievenloket', 'Over deze website']) {
        assert.ok(!all.text.includes(site), `the website's header or footer should not print: "${site}"`);
      }
      assert.match(all.text, /Uw resultaten: Moestuin achter het buurthuis/);
      assert.match(all.text, /Uw notitie: Ze bellen nu het algemene nummer/, 'notes print');
      console.log(`# gemeente/ printed everything on ${all.pages} A4 pages`);

      await page.evaluate(() => {
        document.querySelector('actie-results').printArea = 'toerusting';
      });
      const one = await pdf('gemeente-toerusting.pdf');
      assert.match(one.text, /Toerusting/);
      for (const other of ['Animo', 'Contacten', 'Inbedding', 'Empathie', 'Begin hier', 'Actieplan', 'Stap 1']) {
        assert.ok(!one.text.includes(other), `only the area prints, not "${other}"`);
      }
      assert.ok(one.pages <= 2, `one area prints on at most two pages, not ${one.pages}`);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  },
  { engines: ['chromium'] },
);
