/**
 * Every public event is an instance of its own class, with the detail the docs promise, and
 * TypeScript knows it from the event maps (this file type-checks only if it does).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/session.js';
import '../src/assessment.js';
import { ActieAssessmentElement, AssessmentChangeEvent, AssessmentCompleteEvent } from '../src/assessment.js';
import { ActieSessionChangeEvent } from '../src/session.js';
import { ActiePlanChangeEvent } from '../src/action-plan.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { settle, uniqueSessionId } from './helpers.js';

const question = initiativeModel.areas[0]?.questions[0];

async function page(): Promise<{ session: ActieSessionElement; assessment: ActieAssessmentElement }> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session storage="none" session-id=${uniqueSessionId('events')}
      ><actie-assessment></actie-assessment
    ></actie-session>`,
  );
  const assessment = session.querySelector('actie-assessment');
  if (!(assessment instanceof ActieAssessmentElement)) throw new Error('fixture');
  await settle(session.store);
  return { session, assessment };
}

describe('public events', () => {
  it('an answer: AssessmentChangeEvent on the form, ActieSessionChangeEvent on the session, both bubbling out', async () => {
    if (!question) throw new Error('model');
    const { session, assessment } = await page();
    let typed: string | undefined;
    // Typed by ActieAssessmentEventMap: `detail.question` is known without a cast.
    assessment.addEventListener('change', (event) => (typed = event.detail.question), { once: true });
    const changed = oneEvent(document, 'change');
    const sessionChanged = oneEvent(document, 'actie-session-change');
    assessment.answer(question.id, 'no');
    const change: Event = await changed;
    if (!(change instanceof AssessmentChangeEvent)) throw new Error('change is not an AssessmentChangeEvent');
    expect(change.detail).to.include({ question: question.id, value: 'no' });
    expect(typed).to.equal(question.id);
    const sessionChange: Event = await sessionChanged;
    if (!(sessionChange instanceof ActieSessionChangeEvent)) throw new Error('not an ActieSessionChangeEvent');
    expect(sessionChange.composed, 'crosses shadow roots').to.equal(true);
    // Only what changed: nothing internal (such as the element that made a change) reaches the page.
    expect(Object.keys(sessionChange.detail)).to.deep.equal(['change']);
    expect(session.store.answers[question.id]).to.equal('no');
  });

  it('a plan change is an ActiePlanChangeEvent with the whole plan', async () => {
    const { session } = await page();
    const planned = oneEvent(session, 'actie-plan-change');
    session.store.addToPlan('animo-motive-fits', 'Bel de trekkers');
    const event: Event = await planned;
    if (!(event instanceof ActiePlanChangeEvent)) throw new Error('not an ActiePlanChangeEvent');
    expect(event.detail.plan.agreements.map((a) => a.what)).to.deep.equal(['Bel de trekkers']);
  });

  it('"Afronden" fires a cancelable AssessmentCompleteEvent with the session and the result', async () => {
    if (!question) throw new Error('model');
    const { session, assessment } = await page();
    session.store.setAnswer(question.id, 'yes');
    await settle(session.store);
    await assessment.goTo('review');
    const completed = oneEvent(session, 'actie-complete');
    void assessment.finish();
    const event: Event = await completed;
    if (!(event instanceof AssessmentCompleteEvent)) throw new Error('not an AssessmentCompleteEvent');
    expect(event.cancelable).to.equal(true);
    expect(event.detail.session.answers[question.id]).to.equal('yes');
    expect(event.detail.result.progress.answered).to.equal(1);
    expect(AssessmentCompleteEvent.eventName).to.equal('actie-complete');
  });
});
