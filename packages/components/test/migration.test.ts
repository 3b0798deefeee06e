import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { initiativeModel } from '@actie/rules/models/initiative';
import type { ActieAssessmentElement } from '../src/assessment/assessment.js';
import { settle, uniqueSessionId } from './helpers.js';

/** What release 0.1 saved in localStorage on the gemeente page (default model 1.0). */
async function savedBy01(): Promise<string> {
  const response = await fetch('/packages/rules/test/fixtures/release-0.1/local-storage.json');
  const stored = (await response.json()) as Record<string, string>;
  const raw = stored['actie:/examples/gemeente/'];
  if (!raw) throw new Error('fixture without the saved value');
  return raw;
}

/** The Dutch text of a question of the initiative check, as the model has it. */
function initiativeQuestion(id: string): HTMLElement {
  const question = initiativeModel.areas.flatMap((a) => a.questions).find((q) => q.id === id);
  const span = document.createElement('span');
  span.textContent = question?.text['nl'] ?? `no question ${id}`;
  return span;
}

function text(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('answers saved with the previous version of the questions', () => {
  it('open with every answer that still has a question, keep the original, and say what changed', async () => {
    const id = uniqueSessionId('migrate');
    const raw = await savedBy01();
    localStorage.setItem(`actie:${id}`, raw);
    const session = await fixture<ActieSessionElement>(
      html`<actie-session session-id=${id}>
        <actie-assessment></actie-assessment>
        <actie-results></actie-results>
      </actie-session>`,
    );
    const store = session.store;
    await settle(store);

    // Carried over to 3.0 (the model's migration from 1.0): kept answers under their (new) ids;
    // split and replaced questions wait for a new answer, with the earlier answer in their note.
    expect(store.model?.version).to.equal('3.0');
    expect(store.answers['A3']).to.equal('partly'); // kept
    expect(store.answers['C2']).to.equal('partly'); // kept
    expect(store.answers['I12']).to.equal('no'); // was I7 (moved)
    expect(store.answers['T14']).to.equal(undefined); // T5 was split into T14 and T7
    expect(store.answers['T7']).to.equal(undefined);
    for (const id of ['T14', 'T7']) {
      expect(store.notes[id]).to.match(
        /^Eerder antwoord \(versie 1\.0\) op “Geeft u de hulp waarom gevraagd wordt.*”: deels\. Notitie: We regelen nu ook de inkoop van de zaden\.$/,
      );
      expect(store.needsNewAnswer(id)).to.equal(true);
    }
    expect(store.needsNewAnswer('T2')).to.equal(false);
    // The plan's links follow the model's condition map: T6 became I8, I2 became I4.
    const linked = Object.fromEntries(store.plan.agreements.map((a) => [a.id, a.condition]));
    expect(linked['a-T6']).to.equal('I8');
    expect(linked['a-I2']).to.equal('I4');
    expect(store.step).to.equal('review');

    // The original is kept (to download); the saved value is now the carried-over session.
    expect(store.setAside.map((s) => [s.code, s.raw === raw])).to.deep.equal([['migrated', true]]);
    const saved = JSON.parse(localStorage.getItem(`actie:${id}`) ?? '{}') as {
      session: { model: { version: string } };
      ui: { migration?: { reanswer: string[]; openIntake: string[] } };
    };
    expect(saved.session.model.version).to.equal('3.0');
    expect(saved.ui.migration?.reanswer).to.include('T14');
    expect(saved.ui.migration?.openIntake).to.include('goal');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}:set-aside:migrated:`))).to.have.length(1);

    // The notice, in every element, tells what changed, names the questions by their texts (not
    // their codes) and offers the original.
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await elementUpdated(assessment);
    const notice = assessment.shadowRoot?.querySelector('[part~="migration-notice"]');
    const items = (list: string): string[] =>
      [...(notice?.querySelectorAll('li') ?? [])].map((li) => text(li)).filter((t) => list.includes(t));
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.contain('Uw antwoorden zijn overgezet naar de nieuwe versie van de vragen');
    expect(text(notice)).to.contain('U vulde de vragen in met versie 1.0. Nu is versie 3.0 in gebruik');
    expect(text(notice)).to.contain('8 antwoorden zijn overgenomen.'); // A3, C2, C4, C5, T2, T3, I1 and I7 → I12
    expect(text(notice)).to.contain('Geef ze opnieuw antwoord.');
    const t14 = text(initiativeQuestion('T14'));
    expect(items(t14), 'T14 by its text').to.deep.equal([t14]);
    // Intake questions new in 3.0 (the 1.0 session has no goal, lead, stake, vulnerable people,
    // request or moments), by their text.
    expect(text(notice)).to.contain('Beantwoord ook deze vragen van de eerste stap.');
    expect(items('Wat willen de initiatiefnemers bereiken?')).to.have.length(1);
    expect(items('Wie trekt het initiatief nu?')).to.have.length(1);
    expect(items('In welke fase is het initiatief nu?'), 'the phase was answered: not asked again').to.have.length(0);
    // Questions of 1.0 that 3.0 no longer asks, by their old text.
    expect(text(notice)).to.contain('Deze vragen van de vorige versie bestaan niet meer.');
    expect(items('Hebben de initiatiefnemers contact met hun buren en andere bewoners?')).to.have.length(1); // was C1
    // No question codes in what a person reads.
    expect(text(notice)).to.not.match(/\b(T14|T7|C1|A7|goal|lead)\b/);
    expect(text(notice?.querySelector('button'))).to.equal('Download het origineel');
    await expect(assessment).to.be.accessible();

    // A question that needs a new answer says so, with the earlier answer in its open note.
    // Toerusting asks T9, T10, T2, T3, T11, T12, T13, T15, T14, T7: T14 is on its third page.
    store.setStep('toerusting', 2);
    await settle(store);
    await elementUpdated(assessment);
    const question = (qid: string): Element | null | undefined => assessment.shadowRoot?.querySelector(`#question-${qid}`);
    expect(text(question('T14')?.querySelector('[part~="reanswer"]'))).to.equal(
      'Deze vraag is nieuw of veranderd. Geef opnieuw antwoord. Uw eerdere antwoord staat in de notitie.',
    );
    expect(question('T14')?.querySelector<HTMLTextAreaElement>('textarea')?.value).to.match(
      /^Eerder antwoord \(versie 1\.0\) op “Geeft u de hulp/,
    );
    await expect(assessment).to.be.accessible();
    store.setStep('toerusting', 0); // T2 and T3 carried over: no marker
    await settle(store);
    await elementUpdated(assessment);
    expect(question('T2')).to.not.equal(null);
    expect(question('T2')?.querySelector('[part~="reanswer"]')).to.equal(null);

    // Answering it removes the marker; the list in the notice no longer names it.
    store.setAnswer('T14', 'yes');
    store.setStep('toerusting', 2);
    await settle(store);
    await elementUpdated(assessment);
    expect(question('T14')?.querySelector('[part~="reanswer"]')).to.equal(null);
    expect(items(t14)).to.deep.equal([]);

    // A reload shows the same (from the saved value), without migrating twice.
    session.remove();
    const again = await fixture<ActieSessionElement>(
      html`<actie-session session-id=${id}><actie-results></actie-results></actie-session>`,
    );
    await settle(again.store);
    expect(again.store.answers['T14']).to.equal('yes');
    expect(again.store.migration?.reanswer).to.include('T7');
    expect(again.store.migration?.removedTexts['C1']?.nl).to.equal(
      'Hebben de initiatiefnemers contact met hun buren en andere bewoners?',
    );
    expect(again.store.setAside.filter((s) => s.code === 'migrated')).to.have.length(1);

    // Closing the notice forgets the original and the notice.
    again.store.dismissMigration();
    await settle(again.store);
    expect(again.store.migration).to.equal(undefined);
    expect(again.store.setAside).to.have.length(0);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}:`))).to.have.length(0);
    const results = again.querySelector('actie-results');
    await elementUpdated(results as HTMLElement);
    expect(results?.shadowRoot?.querySelector('[part~="migration-notice"]')).to.equal(null);
    again.store.clear();
  });

  it('an imported session file of 0.1 is carried over the same way', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('import')}></actie-session>`,
    );
    const file = await (await fetch('/packages/rules/test/fixtures/release-0.1/session.json')).text();
    const imported = await session.store.importSession(file);
    expect(imported.ok).to.equal(true);
    if (!imported.ok) return;
    expect(imported.migration?.from).to.equal('1.0');
    expect(imported.migration?.to).to.equal('3.0');
    // The model's migration from 1.0: A3 kept, I7 moved to I12, T5 split into T14 and T7, A7 removed.
    const { answers, notes } = JSON.parse(file) as { answers: Record<string, string>; notes: Record<string, string> };
    expect(session.store.answers['A3']).to.equal(answers['A3']);
    expect(session.store.answers['I12']).to.equal(answers['I7']);
    expect(session.store.migration?.reanswer).to.include.members(['T14', 'T7']);
    expect(session.store.migration?.removed).to.include('A7');
    expect(session.store.notes['T14']).to.contain(notes['T5'] ?? 'a note to T5 in the fixture');
  });
});
