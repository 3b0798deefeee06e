// Scoring with code loaded on demand (src/session/scoring.ts): when that code cannot be loaded (a
// network failure after the page loaded), the score says why instead of waiting for ever.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieAssessmentElement } from '../src/assessment.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { RESULTS_STEP } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';
import { onDemand } from '../src/session/on-demand.js';
import { SessionScoring } from '../src/session/scoring.js';

describe('SessionScoring', () => {
  it('when the scoring code cannot be loaded: no result, a problem that says why, and settled() still resolves', async () => {
    let scored = 0;
    const scoring = new SessionScoring(() => Promise.reject(new Error('network down')));
    scoring.addEventListener('change', () => scored++);
    const input = { answers: { A1: 'yes' as const } };
    scoring.update(initiativeModel, input);
    expect(await scoring.settled(initiativeModel, input), 'settled resolves, without a result').to.equal(undefined);
    expect(scoring.result).to.equal(undefined);
    expect(scoring.problem).to.include('calculate the result');
    expect(scoring.problem).to.include('network down');
    expect(scored, 'the elements are told').to.equal(1);
  });

  it('the next score that works clears the problem', async () => {
    let fail = true;
    const scoring = new SessionScoring(() => (fail ? Promise.reject(new Error('network down')) : onDemand()));
    const input = { answers: { A1: 'no' as const } };
    scoring.update(initiativeModel, input);
    await scoring.settled(initiativeModel, input);
    expect(scoring.problem).to.be.a('string');
    fail = false;
    scoring.update(initiativeModel, input);
    const result = await scoring.settled(initiativeModel, input);
    expect(result?.progress.answered).to.equal(1);
    expect(scoring.problem).to.equal(undefined);
  });
});

describe('SessionScoring: what it scores', () => {
  it('the same input again is not scored twice (a stored session read back is told as an import and as a model change)', async () => {
    let runs = 0;
    const scoring = new SessionScoring(() => {
      runs++;
      return onDemand();
    });
    const input = { intake: { phase: 'idea' }, answers: { A1: 'no' as const } };
    scoring.update(initiativeModel, input);
    scoring.update(initiativeModel, { ...input }); // the same intake and answers, told again
    const first = await scoring.settled(initiativeModel, input);
    expect(runs, 'one run for one input').to.equal(1);
    expect(first?.progress.answered).to.equal(1);

    const changed = { ...input, answers: { A1: 'no' as const, A9: 'yes' as const } };
    scoring.update(initiativeModel, changed);
    const second = await scoring.settled(initiativeModel, changed);
    expect(runs, 'a new answer is scored').to.equal(2);
    expect(second?.progress.answered).to.equal(2);
  });
});

describe('when scoring fails, the elements say so', () => {
  /** A session whose store behaves as when the scoring code could not be loaded. */
  async function failingSession(): Promise<ActieSessionElement> {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('scoring-failed')}>
        <actie-assessment></actie-assessment>
        <actie-results></actie-results>
      </actie-session>`,
    );
    session.store.setAnswer('A1', 'yes');
    await settle(session.store);
    // As SessionScoring reports a failed load (tested above): no result, a problem, settled resolves.
    Object.defineProperty(session.store, 'result', { get: () => undefined, configurable: true });
    Object.defineProperty(session.store, 'scoringProblem', {
      get: () => 'The code to calculate the result could not be loaded.',
      configurable: true,
    });
    Object.defineProperty(session.store, 'settled', { value: () => Promise.resolve(undefined), configurable: true });
    return session;
  }

  /** The store scores again as it should (the stand-ins of failingSession removed). */
  function scoringWorksAgain(session: ActieSessionElement): void {
    for (const key of ['result', 'scoringProblem', 'settled']) Reflect.deleteProperty(session.store, key);
  }

  it('the results show an error instead of "calculating" for ever, and finishing does not hang', async () => {
    const session = await failingSession();
    const results = session.querySelector('actie-results') as ActieResultsElement;
    session.store.setStep(RESULTS_STEP); // the results show once the questions are finished
    results.requestUpdate();
    await results.updateComplete;
    const notice = results.shadowRoot?.querySelector('[role="alert"]');
    expect(notice?.textContent).to.include('De resultaten konden niet worden berekend');
    expect(results.shadowRoot?.querySelector('[part~="calculating"]')).to.equal(null);
    await expect(results).to.be.accessible();

    // Finishing waits for the score: it must not hang (the button works again) and does not finish.
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await assessment.goTo('review');
    await assessment.finish();
    await assessment.updateComplete;
    expect(session.store.finished, 'not finished').to.equal(false);
    expect(assessment.shadowRoot?.querySelector('[part~="finished"]'), 'no "finished" bar').to.equal(null);
  });

  it('"Finish" says in an alert that it does not work, until something is entered again', async () => {
    const session = await failingSession();
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await assessment.goTo('review');
    const root = assessment.shadowRoot as ShadowRoot;
    (root.querySelector('[part~="finish-button"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('[part~="finish-error"]'), 'the alert appears');
    const alert = root.querySelector('[part~="finish-error"]') as HTMLElement;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.include('Afronden lukt nu niet');
    expect(alert.textContent).to.include('laad de pagina opnieuw');
    expect(root.querySelector('[part~="finished"]'), 'no "finished" bar').to.equal(null);
    expect(session.store.step, 'still on "check your answers"').to.equal('review');
    await expect(assessment).to.be.accessible();

    // The next answer (here with the scoring working again) takes the alert away; finishing then works.
    scoringWorksAgain(session);
    session.store.setAnswer('A1', 'no');
    await settle(session.store);
    await assessment.updateComplete;
    expect(root.querySelector('[part~="finish-error"]'), 'the alert is gone').to.equal(null);
    (root.querySelector('[part~="finish-button"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('[part~="finished"]'), 'the "finished" bar appears');
    expect(session.store.finished).to.equal(true);
    expect(root.querySelector('[part~="finish-error"]')).to.equal(null);
  });
});
