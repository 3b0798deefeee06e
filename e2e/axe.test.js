// axe-core on every example page state, for WCAG 2.1 level A and AA (the Dutch legal baseline,
// EN 301 549). axe descends into open shadow roots, so the elements' insides are checked too.
// Not on csp/: axe is injected as an inline script, which that page's policy rightly blocks; csp/
// has the same content as gemeente/, which is checked here. In every engine; forced colours only in
// Chromium (the only driver that can emulate them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXAMPLES,
  axe,
  describeViolations,
  forEachEngine,
  importSample,
  importTeamFiles,
  modelOutline,
  newPage,
  open,
  settle,
  setStep,
} from './helpers.js';

async function assertAccessible(page, state) {
  await settle(page);
  const violations = await axe(page);
  assert.equal(violations.length, 0, `axe found WCAG 2.1 A/AA violations on ${state}:\n${describeViolations(violations)}`);
}

forEachEngine((env) => {
  test('index and basic: no WCAG 2.1 A/AA violations', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.index);
    await assertAccessible(page, 'the examples index');
    await open(page, env, EXAMPLES.basic);
    await assertAccessible(page, 'basic/ (intake)');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('gemeente: intake, an area page, check your answers, finished with results, plan with agreements', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.gemeente);
    await assertAccessible(page, 'gemeente/ intake (empty session)');

    const { areas } = await modelOutline(page);
    const [area] = areas;
    const question = area.questions[0];
    await setStep(page, area.id);
    await page.click(`actie-assessment >>> #question-${question} input[value="partly"]`);
    await page.click(`actie-assessment >>> #question-${question} [part~="note-toggle"]`);
    await assertAccessible(page, `gemeente/ area step ${area.title} (one answer, note open)`);

    await page.click(`actie-assessment >>> [part~="next-button"]`);
    await page.waitForSelector(`actie-assessment >>> #question-${area.questions[3]}`);
    await assertAccessible(page, `gemeente/ area step ${area.title}, second page`);

    await setStep(page, 'review');
    await assertAccessible(page, 'gemeente/ check your answers: one answer and a note, open questions');

    await importSample(page);
    await page.evaluate((id) => document.querySelector('actie-session').store.setNote(id, 'Besproken.'), question);
    await assertAccessible(page, 'gemeente/ check your answers: every answer, notes');

    await setStep(page, 'results');
    await page.waitForSelector('actie-results >>> [part~="area"]');
    await page.waitForSelector('actie-assessment >>> [part~="finished"]');
    await assertAccessible(page, 'gemeente/ finished: the bar and the results with answers (wijkteam-noord)');

    await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
    await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
    await assertAccessible(page, 'gemeente/ action plan with agreements');

    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  if (env.engine === 'chromium')
    test('gemeente in forced-colors mode (Windows contrast themes): results and plan (Chromium only: forced-colours emulation)', async () => {
      const page = await newPage(env);
      await page.raw.emulateMedia({ forcedColors: 'active' });
      await open(page, env, EXAMPLES.gemeente);
      await importSample(page, { plan: 'examples/plans/wijkteam-noord-plan.json' });
      await setStep(page, 'results');
      await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
      assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
      // Statuses keep their text (colour is never the only signal) and buttons keep a visible border.
      const status = await page.text('actie-results >>> [part~="area-status"]');
      assert.match(status, /Vraagt aandacht|Gaat al goed|Nog onbekend/);
      const border = await page.evaluate(
        () =>
          getComputedStyle(document.querySelector('actie-results').shadowRoot.querySelector('[part~="print-button"]'))
            .borderTopStyle,
      );
      assert.notEqual(border, 'none');
      await assertAccessible(page, 'gemeente/ results and plan in forced-colors mode');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

  test('custom-model: the municipality model in English', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES['custom-model']);
    await page.waitForSelector('actie-assessment >>> [part~="step-heading"]');
    await assertAccessible(page, 'custom-model/ intake');
    // The extra question C8 is the eighth of Contacts: on its third page (three questions a page).
    await page.evaluate(() => document.querySelector('actie-session').store.setStep('contacten', 2));
    await page.waitForSelector('actie-assessment >>> #question-C8');
    await assertAccessible(page, 'custom-model/ Contacts step (with the extra question C8)');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('team: empty, and after importing the three sample files', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.team);
    await assertAccessible(page, 'team/ before any file');
    await importTeamFiles(page);
    await assertAccessible(page, 'team/ with three sessions');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  if (env.engine === 'chromium')
    test('team grid in forced-colors mode: every status keeps its mark and its words, cells keep their borders (Chromium only)', async () => {
      const page = await newPage(env);
      await page.raw.emulateMedia({ forcedColors: 'active' });
      await open(page, env, EXAMPLES.team);
      await importTeamFiles(page, [
        'ambtenaar.json',
        'leidinggevende.json',
        'wijkprofessional.json',
        'opbouwwerker.json',
        'initiatiefnemer-1.json',
        'initiatiefnemer-2.json',
      ]);
      assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
      const cells = await page.evaluate(() =>
        [...document.querySelector('actie-team-overview').shadowRoot.querySelectorAll('td.cell[data-status]')]
          .filter((td) => td.dataset.status !== 'none')
          .map((td) => {
            const mark = td.querySelector('.cell__mark');
            const style = getComputedStyle(td);
            return {
              status: td.dataset.status,
              mark: mark?.textContent.trim(),
              markShown: !!mark && mark.getBoundingClientRect().width > 0 && getComputedStyle(mark).visibility !== 'hidden',
              words: td.textContent.replace(mark?.textContent ?? '', '').trim(),
              border: style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0,
            };
          }),
      );
      const statuses = new Set(cells.map((c) => c.status));
      assert.ok(
        statuses.has('good') && statuses.has('needs-work'),
        `the sample team has good and needs-work cells (${[...statuses]})`,
      );
      const marks = { good: '✓', 'needs-work': '!', unknown: '?' };
      for (const cell of cells) {
        assert.equal(cell.mark, marks[cell.status], `a ${cell.status} cell shows its mark`);
        assert.ok(cell.markShown, `the mark of a ${cell.status} cell is shown`);
        assert.ok(cell.words.length > 0, `a ${cell.status} cell says its status in words`);
        assert.ok(cell.border, `a ${cell.status} cell keeps a border`);
      }
      await assertAccessible(page, 'team/ grid in forced-colors mode');
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });

  test('beleid (organisation scan): intake, an area step with a reflection, results and plan; initiatiefnemers', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.beleid);
    await assertAccessible(page, 'beleid/ intake (empty session)');
    const { areas } = await modelOutline(page);
    const [area] = areas;
    await setStep(page, area.id);
    await page.click(`actie-assessment >>> #question-${area.questions[0]} input[value="no"]`);
    await page.evaluate(
      (id) => document.querySelector('actie-session').store.setReflection(id, 'Goed: het budget. Oppakken: de aanvraag korter.'),
      area.id,
    );
    await assertAccessible(page, `beleid/ area step ${area.title} with a reflection`);
    // Every question answered (varied): results and the role advice for the organisation.
    await page.evaluate(
      (ids) => {
        const store = document.querySelector('actie-session').store;
        ids.forEach((id, i) => store.setAnswer(id, ['yes', 'partly', 'no', 'dont-know'][i % 4]));
      },
      areas.flatMap((a) => a.questions),
    );
    await setStep(page, 'results'); // "Afronden": results and plan show
    await page.waitForSelector('actie-results >>> [part~="area"]');
    await page.click('actie-results >>> .condition--needs-work [part~="point-summary"]'); // open the point
    await page.click('actie-results >>> [part~="add-button"]');
    await page.waitForSelector('actie-action-plan >>> [part~="agreement"]');
    await assertAccessible(page, 'beleid/ results with a reflection, and a plan with one agreement');

    await open(page, env, EXAMPLES.initiatiefnemers);
    await assertAccessible(page, 'initiatiefnemers/ intake');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('print: results and action plan filled from the sample', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.print);
    await page.waitFor(() => document.documentElement.dataset.sampleLoaded === 'true', [], { message: 'the print sample' });
    await assertAccessible(page, 'print/ (screen)');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('the checks above can fail: axe reports a problem inside a shadow root', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.basic);
    await page.evaluate(() => {
      const input = document.createElement('input'); // a form field without a label
      input.type = 'text';
      document.querySelector('actie-assessment').shadowRoot.querySelector('[part~="step"]').append(input);
    });
    const violations = await axe(page);
    assert.ok(
      violations.some((v) => v.id === 'label' && v.nodes.some((n) => n.includes('actie-assessment'))),
      `expected a "label" violation inside <actie-assessment>, got:\n${describeViolations(violations)}`,
    );
    await page.close();
  });
});
