import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/session.js';
import '../src/results.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { ActiePlanChangeDetail } from '../src/session/events.js';
import { settle, uniqueSessionId } from './helpers.js';

const [first, second] = initiativeModel.areas[0]?.questions ?? [];

/** What the results say about progress ("U heeft 1 van de 46 vragen beantwoord."), or the empty state. */
function progressText(el: ActieResultsElement): string {
  const progress = el.shadowRoot?.querySelector('[part="progress"]') ?? el.shadowRoot?.querySelector('[part~="empty"] h2');
  return (progress?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function twoSessions(): Promise<{ a: ActieSessionElement; b: ActieSessionElement; results: ActieResultsElement }> {
  const page = await fixture<HTMLElement>(
    html`<div>
      <actie-session id="a" storage="none" session-id=${uniqueSessionId('move-a')}>
        <div class="here"><actie-results></actie-results></div>
        <div class="there"></div>
      </actie-session>
      <actie-session id="b" storage="none" session-id=${uniqueSessionId('move-b')}></actie-session>
    </div>`,
  );
  const a = page.querySelector<ActieSessionElement>('#a');
  const b = page.querySelector<ActieSessionElement>('#b');
  const results = page.querySelector<ActieResultsElement>('actie-results');
  if (!a || !b || !results) throw new Error('fixture');
  await settle(a.store);
  return { a, b, results };
}

describe('an element follows its session (SessionStoreController)', () => {
  it('keeps following its session after it is moved within the page', async () => {
    if (!first || !second) throw new Error('model');
    const { a, results } = await twoSessions();
    a.querySelector('.there')?.append(results); // disconnected and connected again
    a.store.setAnswer(first.id, 'no');
    await settle(a.store);
    await results.updateComplete;
    expect(progressText(results)).to.contain('1 van de');
    a.store.setAnswer(second.id, 'yes');
    await settle(a.store);
    await results.updateComplete;
    expect(progressText(results), 'it still hears the store after being moved').to.contain('2 van de');
  });

  it('follows the new session when it is moved into another <actie-session>, and no longer the old one', async () => {
    if (!first || !second) throw new Error('model');
    const { a, b, results } = await twoSessions();
    a.store.setAnswer(first.id, 'no');
    await settle(a.store);
    b.append(results);
    await settle(b.store);
    await results.updateComplete;
    expect(progressText(results), 'session b has no answers yet').to.equal('Nog geen resultaten');

    b.store.setAnswer(first.id, 'no');
    b.store.setAnswer(second.id, 'no');
    await settle(b.store);
    await results.updateComplete;
    expect(progressText(results)).to.contain('2 van de');

    a.store.setAnswer(second.id, 'no');
    await settle(a.store);
    await results.updateComplete;
    expect(progressText(results), 'a change in the old session does not reach it').to.contain('2 van de');

    // What it puts on the plan goes to the new session, and its listener hears it.
    const condition = b.store.result?.conditions.find((c) => c.actionPoint)?.id ?? '';
    expect(condition, 'a condition with an action point').to.not.equal('');
    expect((results as unknown as { store: unknown }).store).to.equal(b.store);
    const heard = oneEvent<CustomEvent<ActiePlanChangeDetail>>(b, 'actie-plan-change');
    results.addToPlan(condition);
    const event = await heard;
    expect(event.detail.plan.agreements.map((x) => x.condition)).to.deep.equal([condition]);
    expect(b.store.plan.agreements).to.have.length(1);
    expect(a.store.plan.agreements).to.have.length(0);
  });

  it('every plan change reaches a listener on <actie-session>, also one made by a script', async () => {
    const { a } = await twoSessions();
    const heard = oneEvent<CustomEvent<ActiePlanChangeDetail>>(a, 'actie-plan-change');
    a.store.addToPlan('A1', 'Afspraak van een script');
    const event = await heard;
    expect(event.detail.plan.agreements.map((x) => x.what)).to.deep.equal(['Afspraak van een script']);
    // Adding the same condition again changes nothing.
    a.store.addToPlan('A1', 'Nog eens');
    expect(a.store.plan.agreements).to.have.length(1);
  });
});
