// The default model arrives in parts (src/session/default-model.ts): the questions with the page,
// the rest when something first needs more. A file of its own: once loaded, the rest stays for the
// rest of the page (here: of this test file), so the tests that need it missing come first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { localize } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import { initiativeModelNl } from '@actie/rules/models/initiative-nl';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieAssessmentElement } from '../src/assessment.js';
import type { ActieResultsElement } from '../src/results/results.js';
import { loadedDefault } from '../src/session/default-model.js';
import { ModelSource } from '../src/session/model-source.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { deep, settle, uniqueSessionId } from './helpers.js';

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('ModelSource', () => {
  it('when the rest of the default model cannot be loaded: an error that says so, and the questions are not replaced by another model', async () => {
    const changes: string[] = [];
    const source = new ModelSource(() => Promise.reject(new Error('network down')));
    for (const event of ['loading', 'settled', 'replaced']) source.addEventListener(event, () => changes.push(event));
    expect(source.state.status).to.equal('questions');
    expect(await source.whole()).to.equal(undefined);
    const state = source.state;
    expect(state.status).to.equal('error');
    const message = state.status === 'error' ? (state.errors[0]?.message ?? '') : '';
    expect(message).to.include('load the rest of the questions');
    expect(message).to.include('network down');
    expect(changes).to.deep.equal(['settled']);
  });
});

describe('the default model in parts', () => {
  it('a first visit shows the questions at once (the results wait for "Afronden" with one line); the first answer loads the rest, then it is saved and scored', async () => {
    const id = uniqueSessionId('parts');
    const session = await fixture<ActieSessionElement>(
      html`<actie-session session-id=${id}><actie-assessment></actie-assessment><actie-results></actie-results></actie-session>`,
    );
    const store = session.store;
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    const results = session.querySelector('actie-results') as ActieResultsElement;
    await assessment.updateComplete;
    await results.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // time for a load that should not start
    expect(loadedDefault(), 'only the questions: nothing asked for more').to.equal(undefined);
    expect(store.loadedModel, 'no whole model yet').to.equal(undefined);
    expect(results.shadowRoot?.querySelector('[part~="pending"]'), 'the results say they come after "Afronden"').to.not.equal(
      null,
    );
    const intake = initiativeModel.intake[0];
    if (!intake) throw new Error('the default model has an intake');
    expect(text(assessment.shadowRoot), 'the intake step shows').to.include(localize(intake.text, 'nl'));
    await expect(assessment).to.be.accessible();

    // Answering while only the questions are there: kept, saved and scored once the rest is in.
    store.setIntake('phase', 'idea');
    store.setAnswer('A1', 'no');
    expect(store.answers, 'the answer is taken at once').to.deep.equal({ A1: 'no' });
    const result = await store.settled();
    expect(store.modelState.status).to.equal('ready');
    expect(store.model, 'the whole Dutch model').to.equal(initiativeModelNl);
    expect(result?.progress.answered, 'scored with the whole model').to.equal(1);
    expect(
      result?.conditions.some((c) => c.status === 'needs-work'),
      'the "no" makes a condition need work',
    ).to.equal(true);
    const saved = JSON.parse(localStorage.getItem(`actie:${id}`) ?? '{}') as {
      session?: { answers?: unknown; intake?: unknown };
    };
    expect(saved.session?.answers, 'saved').to.deep.equal({ A1: 'no' });
    expect(saved.session?.intake).to.deep.equal({ phase: 'idea' });
    await assessment.updateComplete;
    expect(text(assessment.shadowRoot)).to.include(localize(intake.text, 'nl'));
    store.clear();
  });

  it('a returning visitor sees no empty form: the assessment waits until the saved answers are read', async () => {
    const id = uniqueSessionId('parts-return');
    const first = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    first.store.setAnswer('A1', 'yes');
    await settle(first.store);
    first.remove();

    // Watch the store from before it connects: at no moment may it offer the questions with the
    // saved answers unread (the form would show empty, and an answer could be saved over them).
    const session = document.createElement('actie-session');
    session.setAttribute('session-id', id);
    session.append(document.createElement('actie-assessment'));
    const offeredEmpty: string[] = [];
    const watch = (): void => {
      if (session.store.questions && session.store.isEmpty) offeredEmpty.push(session.store.modelState.status);
    };
    session.store.addEventListener('actie-store-change', watch);
    document.body.append(session);
    watch();
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await settle(session.store);
    await assessment.updateComplete;
    expect(offeredEmpty, 'never the questions without the saved answers').to.deep.equal([]);
    expect(session.store.answers).to.deep.equal({ A1: 'yes' });
    await assessment.goTo('animo');
    const checked = deep<HTMLInputElement>(assessment, 'input[name="answer-A1"][value="yes"]');
    expect(checked.checked, 'the saved answer is shown').to.equal(true);
    session.store.clear();
    session.remove();
  });

  it('an element that shows more than the questions has the rest loaded when it shows', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('parts-results')}>
        <actie-results></actie-results>
      </actie-session>`,
    );
    const results = session.querySelector('actie-results') as ActieResultsElement;
    await waitUntil(() => session.store.modelState.status === 'ready', 'the whole model, without anything answered');
    await results.updateComplete;
    expect(results.shadowRoot?.querySelector('[part~="empty"]'), 'the results say nothing is answered yet').to.not.equal(null);
    expect(results.shadowRoot?.querySelector('[part~="loading"]')).to.equal(null);
  });
});
