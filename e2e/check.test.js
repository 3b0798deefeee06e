// The check on a phone and a desktop (issue 20, section 1), in every engine:
// - the first question is on the first screen at 390 × 844 and 1280 × 900, on the default page
//   (basic/) and the municipal one (gemeente/): a compact step list, a folded introduction, a
//   short host text;
// - a few questions per page, "Volgende" / "Vorige", the heading in view and focused after each
//   move (also below a sticky header), and the same page again after a reload;
// - a skip link to the first question;
// - "Controleer uw antwoorden" with every answer and note and a "Wijzig" that goes there and back;
// - "Afronden" moves focus to the results, and the form becomes a short bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, focused, forEachEngine, importSample, modelOutline, newPage, open, settle } from './helpers.js';

const A = 'actie-assessment >>> ';

/** Runs in the page: where the first question of the form is, without scrolling. */
function firstScreen() {
  const el = document.querySelector('actie-assessment');
  const root = el.shadowRoot;
  const question = root.querySelector('[part~="step"] [part~="question"]');
  const label = question.querySelector('[part~="question-legend"]');
  const field = question.querySelector('[part~="text-input"], [part~="option"]');
  const shown = (node) => !!node && node.getClientRects().length > 0;
  return {
    scrollY: Math.round(window.scrollY),
    height: innerHeight,
    top: Math.round(el.getBoundingClientRect().top),
    labelTop: Math.round(label.getBoundingClientRect().top),
    fieldBottom: Math.round(field.getBoundingClientRect().bottom),
    questionBottom: Math.round(question.getBoundingClientRect().bottom),
    stepNumber: root.querySelector('[part~="step-number"]').textContent.trim(),
    stepButtonsShown: [...root.querySelectorAll('[part~="step-button"]')].filter(shown).length,
    toggleShown: shown(root.querySelector('[part~="step-list-toggle"]')),
    introOpen: root.querySelector('[part~="step-intro"]').open,
  };
}

/** Runs in the page: the step heading of the form, whether it has focus, and where it is. */
function headingState(stickyBottom) {
  const root = document.querySelector('actie-assessment').shadowRoot;
  const heading = root.querySelector('[part~="step-heading"]');
  const r = heading.getBoundingClientRect();
  return {
    text: heading.textContent.replace(/\s+/g, ' ').trim(),
    focused: root.activeElement === heading,
    top: Math.round(r.top),
    inView: r.top >= stickyBottom - 1 && r.bottom <= innerHeight,
    scrollY: Math.round(window.scrollY),
  };
}

/** Wait until the step heading has focus and has come to rest in view (below `stickyBottom`). */
async function headingInView(page, stickyBottom = 0) {
  let last;
  await page
    .waitFor(
      (bottom) => {
        const root = document.querySelector('actie-assessment').shadowRoot;
        const heading = root.querySelector('[part~="step-heading"]');
        const r = heading?.getBoundingClientRect();
        const at = `${Math.round(r?.top ?? -1)}`;
        const still = window.__lastHeadingTop === at;
        window.__lastHeadingTop = at;
        return still && root.activeElement === heading && r.top >= bottom - 1 && r.bottom <= innerHeight;
      },
      [stickyBottom],
      { message: 'the step heading to have focus and be in view' },
    )
    .catch(async (error) => {
      last = await page.evaluate(headingState, stickyBottom);
      throw new Error(`${error.message}: ${JSON.stringify(last)}`);
    });
  return page.evaluate(headingState, stickyBottom);
}

/**
 * Make the gemeente page's header sticky, as a host page with a sticky header would, declaring its
 * height as scroll padding (docs/embedding.md); returns where the header ends.
 */
function makeHeaderSticky(page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    Object.assign(header.style, { position: 'sticky', top: '0', zIndex: '5' });
    const bottom = Math.round(header.getBoundingClientRect().height);
    document.documentElement.style.scrollPaddingBlockStart = `${bottom}px`;
    return bottom;
  });
}

/** The questions shown on the page of the form. */
function shownQuestions(page) {
  return page.evaluate(() =>
    [...document.querySelector('actie-assessment').shadowRoot.querySelectorAll('[part~="step"] [part~="question"]')].map((q) =>
      q.id.replace(/^(question|intake)-/, ''),
    ),
  );
}

function storeState(page) {
  return page.evaluate(() => {
    const store = document.querySelector('actie-session').store;
    return { step: store.step, page: store.page, answers: { ...store.answers }, notes: { ...store.notes } };
  });
}

forEachEngine((env) => {
  test('the first question is on the first screen at 390 × 844 and 1280 × 900 (basic and gemeente), with a compact step list', async () => {
    const page = await newPage(env, { width: 390, height: 844 });
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      await page.setViewport(width, height);
      for (const name of ['basic', 'gemeente']) {
        await open(page, env, EXAMPLES[name]);
        const seen = await page.evaluate(firstScreen);
        const where = `${name}/ at ${width} × ${height}: ${JSON.stringify(seen)}`;
        assert.equal(seen.scrollY, 0, `${where}: not scrolled`);
        assert.ok(
          seen.labelTop >= 0 && seen.fieldBottom <= seen.height,
          `${where}: the first question and its field are on the first screen`,
        );
        assert.ok(seen.questionBottom <= seen.height, `${where}: the whole first question is on the first screen`);
        assert.equal(seen.stepNumber, 'Stap 1 van 7', where);
        assert.equal(seen.introOpen, false, `${where}: the introduction is folded`);
        if (width < 600) {
          assert.equal(seen.stepButtonsShown, 0, `${where}: the list of steps is folded behind a button`);
          assert.equal(seen.toggleShown, true, `${where}: "Alle stappen" opens it`);
        } else {
          assert.equal(seen.stepButtonsShown, 7, `${where}: the list of steps is beside the form`);
        }
      }
    }
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('a phone: three questions a page, "Volgende" and "Vorige", the heading in view below a sticky header, the same page after a reload', async () => {
    const page = await newPage(env, { width: 390, height: 844 });
    await open(page, env, EXAMPLES.gemeente);
    const { areas } = await modelOutline(page);
    const [animo] = areas;
    const sticky = await makeHeaderSticky(page);

    // The list of steps opens from its button; a step in it leads to the step's first page.
    await page.click(`${A}[part~="step-list-toggle"]`);
    await page.click(`${A}[part~="step-button"]`, { text: animo.title });
    let heading = await headingInView(page, sticky);
    assert.match(heading.text, new RegExp(animo.title));
    assert.deepEqual(await shownQuestions(page), animo.questions.slice(0, 3));
    assert.match(await page.text(`${A}[part~="page-number"]`), new RegExp(`Vragen 1 tot en met 3 van ${animo.questions.length}`));
    for (const [i, id] of animo.questions.slice(0, 3).entries()) {
      await page.click(`${A}#question-${id} input[value="${['yes', 'no', 'partly'][i]}"]`);
    }

    // "Volgende vragen" at the foot of the page: the heading comes back into view, with focus.
    assert.equal((await page.text(`${A}[part~="next-button"]`)).trim(), 'Volgende vragen');
    await page.click(`${A}[part~="next-button"]`);
    heading = await headingInView(page, sticky);
    assert.ok(heading.scrollY > 0, `scrolled to the heading, not to the top of the page: ${JSON.stringify(heading)}`);
    assert.deepEqual(await shownQuestions(page), animo.questions.slice(3, 6));
    await page.click(`${A}#question-${animo.questions[3]} input[value="dont-know"]`);
    await settle(page);
    const before = await storeState(page);
    assert.deepEqual([before.step, before.page], [animo.id, 1]);

    // A reload opens the same page of the same step.
    await open(page, env, EXAMPLES.gemeente);
    await makeHeaderSticky(page);
    assert.deepEqual(await shownQuestions(page), animo.questions.slice(3, 6));
    assert.match(await page.text(`${A}[part~="step-heading"]`), new RegExp(animo.title));
    assert.ok(await page.isChecked(`${A}#question-${animo.questions[3]} input[value="dont-know"]`));
    assert.match(await page.text(`${A}[part~="progress-text"]`), /^\s*4 van/);

    // "Vorige vragen", then "Vorige: Over het initiatief" to the intake's last page.
    await page.click(`${A}[part~="previous-button"]`);
    await headingInView(page, sticky);
    assert.deepEqual(await shownQuestions(page), animo.questions.slice(0, 3));
    assert.ok(await page.isChecked(`${A}#question-${animo.questions[0]} input[value="yes"]`));
    assert.match(await page.text(`${A}[part~="previous-button"]`), /Vorige: Over het initiatief/);
    await page.click(`${A}[part~="previous-button"]`);
    heading = await headingInView(page, sticky);
    assert.equal(heading.text, 'Over het initiatief');
    const state = await storeState(page);
    assert.equal(state.step, 'intake');
    assert.ok(state.page > 0, 'the last page of the intake');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  test('skip link, "Controleer uw antwoorden" with every answer and note and "Wijzig" there and back, "Afronden" to the results', async () => {
    const page = await newPage(env, { width: 1280, height: 900 });
    await open(page, env, EXAMPLES.gemeente);

    // Tab from the top of the page: the form's first stop is "Naar de eerste vraag", in view.
    let info;
    for (let i = 0; i < 30; i++) {
      await page.press('Tab');
      info = await focused(page);
      if (info?.host === 'actie-assessment') break;
    }
    assert.ok(
      info.part.split(' ').includes('skip-link'),
      `the first stop in the form is the skip link, not ${JSON.stringify(info)}`,
    );
    assert.equal(info.text, 'Naar de eerste vraag');
    const skip = await page.evaluate(() => {
      const r = document
        .querySelector('actie-assessment')
        .shadowRoot.querySelector('[part~="skip-link"]')
        .getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, width: r.width };
    });
    assert.ok(
      skip.top >= 0 && skip.bottom <= 900 && skip.width > 24,
      `the skip link shows when it has focus: ${JSON.stringify(skip)}`,
    );
    await page.press('Enter');
    info = await focused(page);
    assert.equal(info.id, 'intake-topic-input', 'Enter takes focus to the first question');

    // A full sample session, one answer cleared and a note written.
    await importSample(page);
    const { areas, total } = await modelOutline(page);
    const animo = areas[0];
    const [open1, noted] = [animo.questions[1], animo.questions[4]];
    await page.evaluate(
      (open1, noted) => {
        const store = document.querySelector('actie-session').store;
        store.setAnswer(open1, undefined);
        store.setNote(noted, 'Met de trekkers besproken op 3 maart.');
      },
      open1,
      noted,
    );
    const state = await storeState(page);
    const answered = Object.keys(state.answers).length;
    await page.click(`${A}[part~="step-button"]`, { text: 'Controleer uw antwoorden' });
    await headingInView(page);

    // Every question of every step with its answer (the note below it), open ones said plainly.
    assert.ok((await page.count(`${A}[part~="check-row"]`)) > total, 'a row per question, intake question and reflection');
    assert.match(await page.text(`${A}[part~="check-counts"]`), new RegExp(`${answered} van ${total}`));
    const row = (key) => `${A}[part~="check-row"][data-key="${key}"]`;
    assert.match(await page.text(`${row(noted)} [part~="check-answer"]`), /Notitie: Met de trekkers besproken op 3 maart\./);
    assert.match(await page.text(`${row(open1)} [part~="check-answer"]`), /Niet beantwoord/);
    const openList = (await page.text(`${A}[part~="open-questions"]`)).replace(/\s+/g, ' ');
    assert.match(openList, new RegExp(`${animo.title}, vraag 2 van ${animo.questions.length}:`));
    for (const [key, note] of Object.entries(state.notes)) {
      assert.match(
        await page.text(`${row(key)} [part~="check-answer"]`),
        new RegExp(note.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    }

    // "Wijzig" at the noted question: its page, focus on it, the note open and editable there.
    await page.click(`${row(noted)} [part~="change-button"]`);
    await page.waitFor(
      (id) => document.querySelector('actie-assessment').shadowRoot.activeElement?.id === `question-${id}`,
      [noted],
      {
        message: 'the question to have focus',
      },
    );
    const { step, page: at } = await storeState(page);
    assert.deepEqual({ step, at }, { step: animo.id, at: Math.floor(4 / 3) });
    assert.equal(await page.value(`${A}#note-input-${noted}`), 'Met de trekkers besproken op 3 maart.');
    await page.click(`${A}#question-${noted} input[value="no"]`);
    await page.click(`${A}[part~="back-to-check-button"]`);
    await page.waitFor(
      (id) => document.querySelector('actie-assessment').shadowRoot.activeElement?.id === `change-${id}`,
      [noted],
      {
        message: 'focus back on "Wijzig" of that question',
      },
    );
    assert.match(await page.text(`${row(noted)} [part~="check-answer"]`), /^\s*Nee/);

    // "Afronden": the results have focus (their heading, in view); the form is a short bar.
    await page.click(`${A}[part~="finish-button"]`);
    await page
      .waitFor(
        () => {
          const results = document.querySelector('actie-results');
          const heading = results.shadowRoot.activeElement;
          if (document.activeElement !== results || !heading?.matches('[part~="heading"]')) return false;
          const r = heading.getBoundingClientRect();
          // Within a pixel: Firefox scrolls to fractions of a pixel (a heading at -0.4 is in view).
          return r.top >= -1 && r.bottom <= innerHeight;
        },
        [],
        { message: 'the heading of the results to have focus, in view' },
      )
      .catch(async (error) => {
        const seen = await page.evaluate(() => {
          const results = document.querySelector('actie-results');
          const heading = results.shadowRoot.querySelector('[part~="heading"]');
          const r = heading?.getBoundingClientRect();
          return {
            focused: document.activeElement?.localName,
            inResults: results.shadowRoot.activeElement?.getAttribute('part'),
            top: r?.top,
            bottom: r?.bottom,
            scrollY: Math.round(window.scrollY),
          };
        });
        throw new Error(`${error.message}: ${JSON.stringify(seen)}`);
      });
    assert.equal((await storeState(page)).step, 'results');
    assert.equal(await page.count(`${A}fieldset`), 0);
    const bar = await page.evaluate(() => document.querySelector('actie-assessment').getBoundingClientRect().height);
    assert.ok(bar < 200, `the form is a short bar (${bar} px)`);

    // "Antwoorden bekijken of wijzigen" goes back to "Controleer uw antwoorden".
    await page.click(`${A}[part~="review-button"]`);
    const heading = await headingInView(page);
    assert.equal(heading.text, 'Controleer uw antwoorden');
    assert.equal((await storeState(page)).step, 'review');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
