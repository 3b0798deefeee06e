// The default model on a page: Dutch texts only until an element speaks English, then the complete
// model (src/session/default-model.ts). A file of its own: the complete model, once loaded, stays
// for the rest of the page (here: of this test file).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { localize } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieAssessmentElement } from '../src/assessment.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { RESULTS_STEP } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the default model in the languages the page speaks', () => {
  it('a Dutch page uses the Dutch texts only; an element switched to English shows the English questions, and nothing entered is lost', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="session" session-id=${uniqueSessionId('language')}>
        <actie-assessment></actie-assessment>
        <actie-results></actie-results>
      </actie-session>`,
    );
    await settle(session.store);
    const store = session.store;
    expect(store.model?.languages, 'a Dutch page: the Dutch-only model').to.deep.equal(['nl']);
    expect(store.model?.id).to.equal(initiativeModel.id);

    const area = initiativeModel.areas[0];
    const question = area?.questions[0];
    if (!area || !question) throw new Error('the default model has questions');
    store.setAnswer(question.id, 'no');
    store.setNote(question.id, 'Nog bespreken');
    store.setStep(area.id);
    await store.settled();
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    const results = session.querySelector('actie-results') as ActieResultsElement;
    await assessment.updateComplete;
    expect(text(assessment.shadowRoot)).to.include(localize(question.text, 'nl'));

    assessment.setAttribute('lang', 'en');
    await waitUntil(() => store.model?.languages.includes('en'), 'the complete model with English', { timeout: 10_000 });
    await waitUntil(() => text(assessment.shadowRoot).includes(localize(question.text, 'en')), 'the English question');
    expect(store.answers[question.id], 'the answer is kept').to.equal('no');
    expect(store.notes[question.id], 'the note is kept').to.equal('Nog bespreken');

    // The score is made again with the complete model: its advice has the English text too.
    const result = await store.settled();
    const needsWork = result?.conditions.find((c) => c.actionPoint);
    expect(needsWork?.actionPoint?.text['en'], 'English advice after the switch').to.be.a('string').and.have.length.above(0);
    // The results element, still Dutch, keeps showing Dutch: the point that needs work by its concern
    // (the results show once the questions are finished).
    store.setStep(RESULTS_STEP);
    await results.updateComplete;
    const condition = initiativeModel.conditions.find((c) => c.id === needsWork?.id);
    expect(text(results.shadowRoot)).to.include(localize(condition?.concern ?? condition?.title, 'nl'));
    await expect(assessment).to.be.accessible();
  });

  it('a session made after English was needed starts with the complete model', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('later')}>
        <actie-assessment lang="en"></actie-assessment>
      </actie-session>`,
    );
    await settle(session.store);
    expect(session.store.model?.languages).to.deep.equal(['nl', 'en']);
  });
});
