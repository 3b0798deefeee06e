import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
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

    // Carried over: kept answers under their (new) ids; split and changed questions wait for a new answer.
    expect(store.model?.version).to.equal('2.0');
    expect(store.answers['A3']).to.equal('partly');
    expect(store.answers['T5']).to.equal('yes'); // was T4
    expect(store.answers['T8']).to.equal('yes'); // was T7
    expect(store.answers['T6']).to.equal(undefined); // T5 was split
    expect(store.notes['T6']).to.match(
      /^Eerder antwoord \(versie 1\.0\) op “Geeft u de hulp waarom gevraagd wordt.*”: deels\. Notitie: We regelen nu ook de inkoop van de zaden\.$/,
    );
    expect(store.needsNewAnswer('T6')).to.equal(true);
    expect(store.needsNewAnswer('T5')).to.equal(false);
    expect(store.plan.agreements.map((a) => a.condition)).to.deep.equal(['I8', 'I4', 'toerusting-support-fits', undefined]);
    expect(store.step).to.equal('review');

    // The original is kept (to download); the saved value is now the carried-over session.
    expect(store.setAside.map((s) => [s.code, s.raw === raw])).to.deep.equal([['migrated', true]]);
    const saved = JSON.parse(localStorage.getItem(`actie:${id}`) ?? '{}') as {
      session: { model: { version: string } };
      ui: { migration?: { reanswer: string[] } };
    };
    expect(saved.session.model.version).to.equal('2.0');
    expect(saved.ui.migration?.reanswer).to.include('T6');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}:set-aside:migrated:`))).to.have.length(1);

    // The notice, in every element, tells what changed and offers the original.
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await elementUpdated(assessment);
    const notice = assessment.shadowRoot?.querySelector('[part~="migration-notice"]');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.contain('Uw antwoorden zijn overgezet naar de nieuwe versie van de vragen');
    expect(text(notice)).to.contain('U vulde de vragen in met versie 1.0. Nu is versie 2.0 in gebruik');
    expect(text(notice)).to.contain('27 antwoorden zijn overgenomen.');
    expect(text(notice)).to.contain('Geef ze opnieuw antwoord.');
    expect(text(notice)).to.contain('T6');
    expect(text(notice?.querySelector('button'))).to.equal('Download het origineel');
    await expect(assessment).to.be.accessible();

    // A question that needs a new answer says so, with the earlier answer in its open note.
    store.setStep('toerusting');
    await settle(store);
    await elementUpdated(assessment);
    const t6 = assessment.shadowRoot?.querySelector('#question-T6');
    expect(text(t6?.querySelector('[part~="reanswer"]'))).to.equal(
      'Deze vraag is nieuw of veranderd. Geef opnieuw antwoord. Uw eerdere antwoord staat in de notitie.',
    );
    expect(t6?.querySelector<HTMLTextAreaElement>('textarea')?.value).to.match(
      /^Eerder antwoord \(versie 1\.0\) op “Geeft u de hulp/,
    );
    expect(assessment.shadowRoot?.querySelector('#question-T5 [part~="reanswer"]')).to.equal(null);
    await expect(assessment).to.be.accessible();

    // Answering it removes the marker; the list in the notice no longer names it.
    store.setAnswer('T6', 'yes');
    await settle(store);
    await elementUpdated(assessment);
    expect(
      t6?.querySelector('[part~="reanswer"]') ?? assessment.shadowRoot?.querySelector('#question-T6 [part~="reanswer"]'),
    ).to.equal(null);
    expect(text(assessment.shadowRoot?.querySelector('[part~="migration-notice"]'))).to.not.match(/\bT6\b/);

    // A reload shows the same (from the saved value), without migrating twice.
    session.remove();
    const again = await fixture<ActieSessionElement>(
      html`<actie-session session-id=${id}><actie-results></actie-results></actie-session>`,
    );
    await settle(again.store);
    expect(again.store.answers['T6']).to.equal('yes');
    expect(again.store.migration?.reanswer).to.include('T7');
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
    expect(session.store.answers['I9']).to.equal('yes'); // was I5
    expect(session.store.migration?.reanswer).to.include.members(['A1', 'I4', 'I5', 'E5', 'E6']);
  });
});
