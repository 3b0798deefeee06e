// The action plan as a participant meets it on the gemeente page, in every engine, in one page
// load: an empty session says why nothing is proposed; "Stel voor vanuit de resultaten" shows at
// most five points before adding them, then one more at a time; the downloads carry the
// initiative's name and the notes and never an internal id; a wrong plan file is refused in Dutch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLES, focused, forEachEngine, importSample, newPage, open, setStep, settle } from './helpers.js';

const PLAN = 'actie-action-plan';
const SAMPLE_TOPIC = 'Moestuin achter het buurthuis'; // the intake topic of examples/sessions/wijkteam-noord.json

/** The session's plan and notes, and the ids a person must never read. */
function planState(page) {
  return page.evaluate(() => {
    const store = document.querySelector('actie-session').store;
    return { agreements: store.plan.agreements, notes: { ...store.notes } };
  });
}

/** Press the button of a download (named by what it is for); the file's name and text. */
async function downloadVia(page, key) {
  await page.click(`${PLAN} >>> [data-download="${key}"]`);
  return page.waitFor(async () => {
    const file = window.__downloads?.pop();
    return file && { name: file.name, text: await (await fetch(file.href)).text() };
  });
}

forEachEngine((env) => {
  test('a plan is a few priorities, taken away in plain words, without ids', async () => {
    const page = await newPage(env);
    await open(page, env, EXAMPLES.gemeente);
    await setStep(page, 'results'); // finished (store.finished): the plan shows in full

    // 1. Nothing answered: "propose" says why nothing is proposed, and adds nothing.
    await page.click(`${PLAN} >>> [part~="propose-button"]`);
    await page.waitForSelector(`${PLAN} >>> [part~="proposal-note"]`, {
      text: 'Beantwoord eerst de vragen; dan kunnen we punten voorstellen.',
    });
    assert.equal((await planState(page)).agreements.length, 0);

    // 2. A professional's answers: at most five points shown first, most important first, with why.
    await importSample(page);
    await setStep(page, 'results');
    await page.click(`${PLAN} >>> [part~="propose-button"]`);
    await page.waitForSelector(`${PLAN} >>> [part~="proposal"]`);
    await settle(page);
    assert.ok((await focused(page)).part.includes('proposal-heading'), 'focus on the proposal');
    const shown = await page.evaluate(() =>
      [...document.querySelector('actie-action-plan').shadowRoot.querySelectorAll('[part~="proposal-item"]')].map((item) => ({
        point: item.dataset.point,
        text: item.textContent.replace(/\s+/g, ' ').trim(),
      })),
    );
    assert.ok(shown.length >= 1 && shown.length <= 5, `between one and five points, got ${shown.length}`);
    assert.equal(
      await page.text(`${PLAN} >>> [part~="proposal-heading"]`).then((t) => t.trim()),
      `Voorstel: ${shown.length} punten om mee te beginnen`,
    );
    assert.ok(
      shown.every((s) => /Waarom nu: /.test(s.text)),
      'each point says why it ranks there',
    );
    assert.equal((await planState(page)).agreements.length, 0, 'nothing is added before it is asked');
    await page.click(`${PLAN} >>> [part~="accept-button"]`);
    await page.waitForSelector(`${PLAN} >>> [part~="agreement"]`);
    await settle(page);
    let { agreements } = await planState(page);
    assert.deepEqual(
      agreements.map((a) => a.condition),
      shown.map((s) => s.point),
      'the points shown are added, in that order',
    );
    assert.ok((await focused(page)).part.includes('agreement-heading'), 'focus on the first agreement added');

    // Then one more at a time.
    await page.click(`${PLAN} >>> [part~="propose-button"]`, { text: 'Nog een punt toevoegen' });
    await page.waitForSelector(`${PLAN} >>> [part~="proposal-heading"]`, { text: 'Voorstel: het volgende punt' });
    assert.equal(await page.count(`${PLAN} >>> [part~="proposal-item"]`), 1);
    await page.click(`${PLAN} >>> [part~="accept-button"]`);
    await page.waitFor((n) => document.querySelector('actie-session').store.plan.agreements.length === n, [shown.length + 1]);

    // 3. Downloads: the topic and the notes, never an id (the calendar's UID is for programs only).
    ({ agreements } = await planState(page));
    const first = agreements[0];
    await page.evaluate(
      (id) => document.querySelector('actie-session').store.updateAgreement(id, { when: '2027-03-01' }),
      first.id,
    );
    await page.evaluate(() => {
      window.__downloads = [];
      window.HTMLAnchorElement.prototype.click = function () {
        window.__downloads.push({ name: this.download, href: this.href });
      };
      URL.revokeObjectURL = () => undefined;
    });
    await settle(page);
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const ids = new RegExp(
      `\\b(${agreements
        .flatMap((a) => [a.id, a.condition ?? a.id])
        .map(escape)
        .join('|')})\\b`,
    );
    const csv = await downloadVia(page, 'csv');
    assert.match(csv.name, /^actie-actieplan-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.match(csv.text, /^Wat;Wie;Wanneer;Status;Voorwaarde;Notitie\r\n/);
    // The sample asks for help with the rules, so T12 (permits) is proposed; its note goes with it.
    const { notes } = await planState(page);
    assert.ok(csv.text.includes(notes.T12), 'the note on a linked question is in the CSV');
    assert.doesNotMatch(csv.text, ids);
    const ics = await downloadVia(page, 'ics');
    const unfolded = ics.text.replace(/\r\n /g, '');
    assert.match(unfolded, new RegExp(`\r\nNAME:Actieplan: ${SAMPLE_TOPIC}\r\n`));
    assert.match(unfolded, new RegExp(`\r\nSUMMARY:${SAMPLE_TOPIC}: `));
    const readable = unfolded.split('\r\n').filter((line) => !line.startsWith('UID:'));
    assert.doesNotMatch(readable.join('\n'), ids);
    const print = await page.text(`${PLAN} >>> [part~="print-view"]`);
    assert.match(print, new RegExp(`Actieplan: ${SAMPLE_TOPIC}`));
    assert.doesNotMatch(print, ids);
    // Each download is named by what it is for, never by a format.
    const labels = await page.text(`${PLAN} >>> [part~="download-list"]`);
    assert.match(labels, /Om te lezen of te printen[\s\S]*Voor Excel[\s\S]*Voor uw agenda[\s\S]*Om later verder te gaan/);
    assert.doesNotMatch(labels, /Markdown/i);

    // 4. A file that is not a plan (a model): refused in Dutch, the English details closed.
    const before = (await planState(page)).agreements;
    await page.setInputFiles(`${PLAN} >>> input[type="file"]`, ['examples/custom-model/model.json']);
    await page.waitForSelector(`${PLAN} >>> [data-import-errors]`);
    await settle(page);
    const summary = await page.evaluate(() => {
      const box = document.querySelector('actie-action-plan').shadowRoot.querySelector('[data-import-errors]');
      const details = box.querySelector('details');
      const shownText = [...box.childNodes]
        .filter((n) => n !== details)
        .map((n) => n.textContent)
        .join(' ')
        .replace(/\s+/g, ' ');
      return { shownText, open: details.open, summary: details.querySelector('summary').textContent.trim() };
    });
    assert.match(summary.shownText, /Dit bestand kan niet worden ingelezen/);
    assert.match(summary.shownText, /Dit is geen actieplan of sessie van ACTIE\. Er is niets veranderd aan uw actieplan\./);
    assert.doesNotMatch(summary.shownText, /\b(This|the file|Expected|format)\b/, 'no English outside the details');
    assert.deepEqual([summary.open, summary.summary], [false, 'Technische details']);
    assert.ok((await focused(page)).part.includes('error-summary'), 'focus on the error summary');
    assert.deepEqual((await planState(page)).agreements, before, 'the plan is unchanged');

    assert.deepEqual(await page.problems(), []);
    await page.close();
  });
});
