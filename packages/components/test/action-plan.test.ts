import { elementUpdated, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  PROPOSAL_SIZE,
  createSession,
  localize,
  parsePlan,
  prioritise,
  serializePlan,
  serializeSession,
  type ActionPlan,
  type AnswerValue,
  type IntakeAnswers,
} from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/action-plan.js';
import type { ActieActionPlanElement } from '../src/action-plan/action-plan.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { ActiePlanChangeDetail } from '../src/session/events.js';
import type { SessionStore } from '../src/session/store.js';
import { today } from '../src/shared/i18n/format.js';
import { canEmulateMedia, settle, uniqueSessionId } from './helpers.js';

/**
 * An initiative on the organisation's own ground (stake "yes", running): the owner's duties are a
 * decisive point of attention whatever the answers. Eight points need work besides: the motive
 * (A1, decisive), A3, C2, C8, T3, T9, E2 and I2; A9 and E11 go well.
 */
const INTAKE: IntakeAnswers = { topic: 'Buurtmoestuin De Linde', stake: 'yes', phase: 'running' };
const ANSWERS: Readonly<Record<string, AnswerValue>> = {
  A1: 'no',
  A9: 'yes',
  A3: 'no',
  C2: 'no',
  C8: 'partly',
  T3: 'no',
  T9: 'no',
  E2: 'no',
  E11: 'yes',
  I2: 'partly',
};

/** The title of a condition or point of attention of the default model, in Dutch. */
function titleOf(id: string): string {
  const point = initiativeModel.conditions.find((c) => c.id === id) ?? initiativeModel.attention.find((a) => a.id === id);
  return localize(point?.title, 'nl');
}

/** A date relative to today, as `YYYY-MM-DD`. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return today(date);
}

/** A plan of four: two overdue, one done with a past date (not overdue), one without a date. */
function fullPlan(): ActionPlan {
  return {
    agreements: [
      { id: 'a-C8', condition: 'C8', what: 'Bel de trekkers', who: 'Fatima', when: daysFromToday(-10), status: 'busy' },
      {
        id: 'a-I8',
        condition: 'I8',
        what: 'Maak het formulier korter',
        who: 'Team Subsidies',
        when: daysFromToday(30),
        status: 'open',
      },
      { id: 'a', what: 'Plan een buurtavond', who: '', when: daysFromToday(-1), status: 'open' },
      {
        id: 'a-owner-duties',
        condition: 'owner-duties',
        what: 'Spreek af wie beslist',
        who: 'Gebiedsregisseur',
        when: daysFromToday(-20),
        status: 'done',
      },
    ],
  };
}

interface Setup {
  session: ActieSessionElement;
  store: SessionStore;
  el: ActieActionPlanElement;
  root: ShadowRoot;
}

async function setup(
  options: {
    lang?: string;
    intake?: IntakeAnswers;
    notes?: Readonly<Record<string, string>>;
    answers?: Readonly<Record<string, AnswerValue>>;
    plan?: ActionPlan;
    storage?: string;
    sessionId?: string;
  } = {},
): Promise<Setup> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session
      storage=${options.storage ?? 'none'}
      session-id=${options.sessionId ?? uniqueSessionId('plan')}
      lang=${options.lang ?? 'nl'}
    >
      <actie-action-plan></actie-action-plan>
    </actie-session>`,
  );
  const store = session.store;
  for (const [id, value] of Object.entries(options.intake ?? {})) store.setIntake(id, value);
  for (const [id, value] of Object.entries(options.answers ?? {})) store.setAnswer(id, value);
  for (const [id, text] of Object.entries(options.notes ?? {})) store.setNote(id, text);
  if (options.plan) store.setPlan(options.plan);
  await settle(store);
  const el = session.querySelector('actie-action-plan') as ActieActionPlanElement;
  await elementUpdated(el);
  return { session, store, el, root: el.shadowRoot as ShadowRoot };
}

/** The next `actie-plan-change` event of an element. */
function planChange(el: HTMLElement): Promise<CustomEvent<ActiePlanChangeDetail>> {
  return oneEvent<CustomEvent<ActiePlanChangeDetail>>(el, 'actie-plan-change');
}

function text(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label));
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

function card(root: ShadowRoot, id: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`li[data-agreement="${id}"]`);
  if (!found) throw new Error(`No agreement ${id}`);
  return found;
}

function cards(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('li[data-agreement]')];
}

function ids(store: SessionStore): string[] {
  return store.plan.agreements.map((a) => a.id);
}

function live(root: ShadowRoot): string {
  return text(root.querySelector('[part="live"]'));
}

/** Wait until the polite live region has its (deferred) text. */
async function announced(el: ActieActionPlanElement): Promise<string> {
  await el.updateComplete;
  await el.updateComplete;
  return live(el.shadowRoot as ShadowRoot);
}

function field<T extends HTMLElement>(item: HTMLElement, part: string): T {
  const found = item.querySelector<T>(`[part~="${part}"]`);
  if (!found) throw new Error(`No ${part}`);
  return found;
}

describe('<actie-action-plan>', () => {
  it('explains an empty plan and offers to propose agreements', async () => {
    const { el, root } = await setup();
    const empty = root.querySelector('[part="empty"]');
    expect(text(empty?.querySelector('h2'))).to.equal('Actieplan');
    expect(text(empty)).to.contain('Een actieplan is een lijst met afspraken');
    expect(button(root, 'Stel voor vanuit de resultaten').type).to.equal('button');
    expect(button(root, 'Afspraak toevoegen').type).to.equal('button');
    expect(cards(root)).to.have.length(0);
    // Nothing to export yet, but a plan from another device can be imported.
    expect(root.querySelector('[data-export]')).to.equal(null);
    expect(text(root.querySelector('[part~="choose-button"]'))).to.equal('Actieplan inlezen');
    expect(text(root.querySelector('[part~="chosen-files"]'))).to.equal('Nog geen bestand gekozen.');
    expect(root.querySelector<HTMLInputElement>('input[type="file"]')?.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('proposes at most five points, the most important first, shows why, and adds them only when asked', async () => {
    const { el, store, root } = await setup({ intake: INTAKE, answers: ANSWERS });
    // The documented rule of @actie/rules, on the model the session scored with.
    const ranked = store.model && store.result ? prioritise(store.model, store.result) : [];
    expect(ranked.length, 'more points need work than a proposal holds').to.be.above(PROPOSAL_SIZE);

    const propose = button(root, 'Stel voor vanuit de resultaten');
    propose.focus();
    propose.click();
    await waitUntil(() => root.querySelector('[data-proposal]'), 'no proposal shown');
    await elementUpdated(el);
    const panel = root.querySelector('[data-proposal]') as HTMLElement;
    // Shown, not added yet; focus on the proposal's heading.
    expect(store.plan.agreements).to.have.length(0);
    const heading = panel.querySelector('h3');
    expect(text(heading)).to.equal(`Voorstel: ${PROPOSAL_SIZE} punten om mee te beginnen`);
    expect(el.shadowRoot?.activeElement).to.equal(heading);
    const items = [...panel.querySelectorAll('[part~="proposal-item"]')];
    expect(items.map((i) => (i as HTMLElement).dataset.point)).to.deep.equal(
      ranked.slice(0, PROPOSAL_SIZE).map((p) => p.point.condition),
    );
    // The owner's duties follow from the situation (the organisation owns the ground): first, and
    // said so; the motive is a decisive point. Names and reasons in words, no ids.
    expect(text(items[0])).to.contain(titleOf('owner-duties'));
    expect(text(items[0])).to.contain('(Voor de organisatie)');
    expect(text(items[0])).to.contain('Waarom nu: volgt uit de situatie');
    const motive = items.find((i) => (i as HTMLElement).dataset.point === 'animo-motive-fits');
    expect(text(motive)).to.contain('Waarom nu: een beslissend punt');
    const a3 = store.result?.actionPoints.find((p) => p.condition === 'A3');
    expect(text(panel)).to.contain(`Afspraak: ${localize(a3?.agreement, 'nl')}`);
    expect(text(panel)).to.not.match(/animo-motive-fits|owner-duties/);
    await expect(el).to.be.accessible();

    // "Zet deze op het plan": the five, in this order, open, with the point's agreement as "what".
    const changed = planChange(el);
    button(panel, 'Zet deze op het plan').click();
    const event = await changed;
    await elementUpdated(el);
    expect(event.detail.plan).to.deep.equal(store.plan);
    expect(store.plan.agreements.map((a) => a.condition)).to.deep.equal(
      ranked.slice(0, PROPOSAL_SIZE).map((p) => p.point.condition),
    );
    expect(store.plan.agreements.every((a) => a.status === 'open' && a.who === '' && !a.when)).to.equal(true);
    expect(store.plan.agreements.find((a) => a.condition === 'A3')?.what).to.equal(localize(a3?.agreement, 'nl'));
    expect(await announced(el)).to.equal('5 afspraken toegevoegd');
    expect(root.querySelector('[data-proposal]')).to.equal(null);
    const first = card(root, 'a-owner-duties');
    expect(text(first.querySelector('h3'))).to.equal(`1. ${titleOf('owner-duties')}`);
    expect(text(field(first, 'agreement-area'))).to.equal('I Onderdeel: Inbedding');
    expect(el.shadowRoot?.activeElement).to.equal(first.querySelector('h3'));

    // The rest one at a time: the button says so, and shows the next point first.
    const left = ranked.length - PROPOSAL_SIZE;
    expect(text(root.querySelector('[part~="remaining"]'))).to.equal(
      `Nog ${left} punten vragen aandacht. Voeg ze één voor één toe als u er ruimte voor heeft.`,
    );
    button(root, 'Nog een punt toevoegen').click();
    await waitUntil(() => root.querySelector('[data-proposal]'), 'no next point shown');
    const next = root.querySelector('[data-proposal]') as HTMLElement;
    expect(text(next.querySelector('h3'))).to.equal('Voorstel: het volgende punt');
    expect([...next.querySelectorAll('[part~="proposal-item"]')].map((i) => (i as HTMLElement).dataset.point)).to.deep.equal([
      ranked[PROPOSAL_SIZE]?.point.condition,
    ]);
    button(next, 'Zet dit punt op het plan').click();
    await elementUpdated(el);
    expect(store.plan.agreements).to.have.length(PROPOSAL_SIZE + 1);
    expect(await announced(el)).to.equal('1 afspraak toegevoegd');

    // Cancel adds nothing and gives focus back to the button.
    button(root, 'Nog een punt toevoegen').click();
    await waitUntil(() => root.querySelector('[data-proposal]'), 'no next point shown');
    button(root.querySelector('[data-proposal]') as HTMLElement, 'Annuleren').click();
    await elementUpdated(el);
    expect(store.plan.agreements).to.have.length(PROPOSAL_SIZE + 1);
    expect(await announced(el)).to.equal('Er is niets toegevoegd.');
    expect(el.shadowRoot?.activeElement).to.equal(root.querySelector('[data-propose]'));
  });

  it('says why nothing is proposed: nothing answered, nothing needs work, only offers, all on the plan', async () => {
    const note = async (el: ActieActionPlanElement): Promise<string> => {
      expect(await el.showProposal()).to.equal(0);
      await elementUpdated(el);
      return text(el.shadowRoot?.querySelector('[data-proposal-note]'));
    };
    const empty = await setup();
    expect(await note(empty.el)).to.equal('Beantwoord eerst de vragen; dan kunnen we punten voorstellen.');
    expect(await announced(empty.el)).to.equal('Beantwoord eerst de vragen; dan kunnen we punten voorstellen.');
    expect(empty.store.plan.agreements).to.have.length(0);
    await expect(empty.el).to.be.accessible();

    const good = await setup({ answers: { A3: 'yes', C2: 'yes' } });
    expect(await note(good.el)).to.equal('Er zijn geen punten die aandacht vragen. Nog niet alle vragen zijn beantwoord.');

    // Residents lead, ask for nothing and have what they need: the stance is to step back, so what
    // needs work (A3, C2) is offered only if they ask.
    const offers = await setup({
      intake: { lead: 'residents', request: ['nothing'], phase: 'running' },
      answers: { T9: 'yes', T10: 'yes', T2: 'yes', T3: 'yes', A3: 'no', C2: 'no' },
    });
    expect(offers.store.result?.offers.map((c) => c.id)).to.have.members(['A3', 'C2']);
    expect(await note(offers.el)).to.contain('biedt u alleen aan als de initiatiefnemers erom vragen');

    const covered = await setup({ answers: { C2: 'no' } });
    expect(await covered.el.proposeFromResults()).to.equal(1);
    expect(await note(covered.el)).to.equal('Alle punten die aandacht vragen, staan al op het plan.');
    // A changed answer makes the note go: it may no longer be true.
    covered.store.setAnswer('C8', 'no');
    await settle(covered.store);
    await elementUpdated(covered.el);
    expect(covered.root.querySelector('[data-proposal-note]')).to.equal(null);
  });

  it('shows one line while the questions are being answered, and the plan once they are finished', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const detach = store.attachForm();
    try {
      await elementUpdated(el);
      expect(text(root.querySelector('[part~="base"]'))).to.equal(
        'Het actieplan verschijnt hier als u de vragen heeft afgerond.',
      );
      expect(cards(root)).to.have.length(0);
      await expect(el).to.be.accessible();
      store.setStep('results');
      await elementUpdated(el);
      expect(cards(root)).to.have.length(4);
    } finally {
      detach();
    }
  });

  it('shows the full plan with counts, overdue badges and a summary', async () => {
    const { el, root } = await setup({ plan: fullPlan() });
    expect(cards(root)).to.have.length(4);
    expect(text(root.querySelector('[part="total"]'))).to.equal('Dit actieplan heeft 4 afspraken.');
    const counts = [...root.querySelectorAll('[part="count"]')].map(text);
    expect(counts).to.deep.equal(['Open: 2', 'Bezig: 1', 'Klaar: 1']);
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('2 afspraken zijn te laat');

    // Overdue: a past date and not done. The badge has an icon and text, not colour only.
    const overdue = field(card(root, 'a-C8'), 'overdue-badge');
    expect(text(overdue)).to.equal('Te laat');
    expect(overdue.querySelector('svg.icon')).to.not.equal(null);
    expect(card(root, 'a').querySelector('[part="overdue-badge"]')).to.not.equal(null);
    // Not overdue: a future date, or done (even with a past date).
    expect(card(root, 'a-I8').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(card(root, 'a-owner-duties').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(text(field(card(root, 'a-owner-duties'), 'done-badge'))).to.equal('Klaar');

    // Fields with visible labels and the saved values.
    const c3 = card(root, 'a-C8');
    expect(field<HTMLTextAreaElement>(c3, 'what-input').value).to.equal('Bel de trekkers');
    expect(field<HTMLInputElement>(c3, 'who-input').value).to.equal('Fatima');
    expect(field<HTMLInputElement>(c3, 'when-input').value).to.equal(daysFromToday(-10));
    expect(field<HTMLSelectElement>(c3, 'status-select').value).to.equal('busy');
    expect([...c3.querySelectorAll('label')].map((l) => text(l))).to.deep.equal([
      'Wat, afspraak 1',
      'Wie, afspraak 1',
      'Wanneer, afspraak 1',
      'Status, afspraak 1',
    ]);
    expect([...field<HTMLSelectElement>(c3, 'status-select').options].map((o) => o.text)).to.deep.equal([
      'Open',
      'Bezig',
      'Klaar',
    ]);
    expect(text(card(root, 'a').querySelector('h3'))).to.equal('3. Eigen afspraak');
    expect(field(c3, 'move-up-button').getAttribute('aria-label')).to.equal('Omhoog: Bel de trekkers');
    await expect(el).to.be.accessible();

    // Marking an overdue agreement done removes its badge and updates the summary.
    const select = field<HTMLSelectElement>(c3, 'status-select');
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(card(root, 'a-C8').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('1 afspraak is te laat');
  });

  it('saves edits in the store and announces every change', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const t6 = card(root, 'a-I8');

    const who = field<HTMLInputElement>(t6, 'who-input');
    who.focus();
    who.select();
    let changed = planChange(el);
    await sendKeys({ type: 'Joëlle' });
    await changed;
    expect(store.plan.agreements[1]?.who).to.equal('Joëlle');

    const when = field<HTMLInputElement>(t6, 'when-input');
    changed = planChange(el);
    when.value = '2027-04-01';
    when.dispatchEvent(new Event('change'));
    const event = await changed;
    expect(event.detail.plan.agreements[1]?.when).to.equal('2027-04-01');
    expect(store.plan.agreements[1]?.when).to.equal('2027-04-01');

    // Clearing the date removes the deadline.
    when.value = '';
    when.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(store.plan.agreements[1]).to.not.have.property('when');

    const status = field<HTMLSelectElement>(t6, 'status-select');
    changed = planChange(el);
    status.value = 'busy';
    status.dispatchEvent(new Event('change'));
    expect((await changed).detail.plan.agreements[1]?.status).to.equal('busy');

    const what = field<HTMLTextAreaElement>(t6, 'what-input');
    what.focus();
    what.select();
    await sendKeys({ type: 'Formulier van één pagina  ' });
    expect(store.plan.agreements[1]?.what).to.equal('Formulier van één pagina  ');
    what.dispatchEvent(new Event('change')); // leaving the field trims
    await elementUpdated(el);
    expect(store.plan.agreements[1]?.what).to.equal('Formulier van één pagina');
    // Only the edited agreement changed, and the order stayed.
    expect(ids(store)).to.deep.equal(['a-C8', 'a-I8', 'a', 'a-owner-duties']);
    expect(store.plan.agreements[0]).to.deep.equal(fullPlan().agreements[0]);
  });

  it('keeps an empty "what" on screen with an error and does not save it', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const c3 = card(root, 'a-C8');
    const what = field<HTMLTextAreaElement>(c3, 'what-input');
    what.focus();
    what.select();
    await sendKeys({ press: 'Backspace' });
    await elementUpdated(el);

    expect(what.value).to.equal('');
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    const error = field(c3, 'field-error');
    expect(what.getAttribute('aria-describedby')).to.equal(error.id);
    expect(text(error)).to.equal('Vul in wat er gaat gebeuren. Zonder deze tekst wordt de afspraak niet bewaard.');
    expect(store.plan.agreements[0]?.what).to.equal('Bel de trekkers');
    await expect(el).to.be.accessible();

    // Another change elsewhere does not bring the old text back.
    const who = field<HTMLInputElement>(c3, 'who-input');
    who.value = 'Fatima en Piet';
    who.dispatchEvent(new Event('input'));
    await elementUpdated(el);
    expect(what.value).to.equal('');
    expect(store.plan.agreements[0]?.who).to.equal('Fatima en Piet');

    what.focus();
    await sendKeys({ type: 'Bel Piet' });
    await elementUpdated(el);
    expect(store.plan.agreements[0]?.what).to.equal('Bel Piet');
    expect(what.getAttribute('aria-invalid')).to.equal('false');
    expect(c3.querySelector('[part="field-error"]')).to.equal(null);
  });

  it('adds a free agreement that is saved once "what" is filled in', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    button(root, 'Afspraak toevoegen').click();
    await elementUpdated(el);
    const items = cards(root);
    expect(items).to.have.length(5);
    const item = items[4] as HTMLElement;
    const what = field<HTMLTextAreaElement>(item, 'what-input');
    expect(el.shadowRoot?.activeElement).to.equal(what);
    expect(text(item.querySelector('h3'))).to.equal('Nieuwe afspraak');
    expect(store.plan.agreements).to.have.length(4); // not saved yet
    await expect(el).to.be.accessible();

    // Leaving it empty shows the error.
    what.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    expect(item.querySelector('[part="field-error"]')).to.not.equal(null);

    const changed = planChange(el);
    await sendKeys({ type: 'Vraag de wijkkrant' });
    const event = await changed;
    await elementUpdated(el);
    expect(event.detail.plan.agreements).to.have.length(5);
    const saved = store.plan.agreements[4];
    expect(saved?.what).to.equal('Vraag de wijkkrant');
    expect(saved).to.not.have.property('condition');
    expect(saved?.id).to.not.equal('a'); // 'a' was taken
    expect(el.shadowRoot?.activeElement).to.equal(what); // typing goes on in the same field
    expect(text(card(root, saved?.id ?? '').querySelector('h3'))).to.equal('5. Eigen afspraak');
    expect(parsePlan(serializePlan(store.plan)).ok).to.equal(true);
  });

  it('reorders by keyboard, keeps focus on the moved control and announces the position', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const down = field<HTMLButtonElement>(card(root, 'a-C8'), 'move-down-button');
    expect(down.getAttribute('aria-label')).to.equal('Omlaag: Bel de trekkers');
    expect(field<HTMLButtonElement>(card(root, 'a-C8'), 'move-up-button').disabled).to.equal(true);
    down.focus();

    const changed = planChange(el);
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect(event.detail.plan.agreements.map((a) => a.id)).to.deep.equal(['a-I8', 'a-C8', 'a', 'a-owner-duties']);
    expect(ids(store)).to.deep.equal(['a-I8', 'a-C8', 'a', 'a-owner-duties']);
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 2 van 4');
    expect(cards(root).map((c) => c.dataset.agreement)).to.deep.equal(['a-I8', 'a-C8', 'a', 'a-owner-duties']);
    expect(text(card(root, 'a-C8').querySelector('h3'))).to.match(/^2\. /);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C8'), 'move-down-button'));

    await sendKeys({ press: ' ' });
    await elementUpdated(el);
    await sendKeys({ press: ' ' });
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 4 van 4');
    expect(ids(store)).to.deep.equal(['a-I8', 'a', 'a-owner-duties', 'a-C8']);
    // At the bottom "move down" is unavailable; focus went to "move up" of the same agreement.
    expect(field<HTMLButtonElement>(card(root, 'a-C8'), 'move-down-button').disabled).to.equal(true);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C8'), 'move-up-button'));

    await sendKeys({ press: 'Enter' });
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 3 van 4');
    expect(ids(store)).to.deep.equal(['a-I8', 'a', 'a-C8', 'a-owner-duties']);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C8'), 'move-up-button'));
    await expect(el).to.be.accessible();
  });

  it('deletes immediately and undoes at the same position', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const original = store.plan;
    const remove = field<HTMLButtonElement>(card(root, 'a-I8'), 'delete-button');
    expect(remove.getAttribute('aria-label')).to.equal('Verwijderen: Maak het formulier korter');
    remove.focus();
    let changed = planChange(el);
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.plan.agreements.map((a) => a.id)).to.deep.equal(['a-C8', 'a', 'a-owner-duties']);
    await elementUpdated(el);
    expect(cards(root)).to.have.length(3);

    const undoRegion = root.querySelector('[part~="undo"]');
    expect(undoRegion?.getAttribute('role')).to.equal('status');
    expect(text(undoRegion)).to.contain('Afspraak verwijderd: Maak het formulier korter');
    const undo = button(root, 'Ongedaan maken');
    expect(el.shadowRoot?.activeElement).to.equal(undo);
    await expect(el).to.be.accessible();

    changed = planChange(el);
    await sendKeys({ press: 'Enter' });
    await changed;
    await elementUpdated(el);
    expect(store.plan).to.deep.equal(original);
    expect(cards(root).map((c) => c.dataset.agreement)).to.deep.equal(['a-C8', 'a-I8', 'a', 'a-owner-duties']);
    expect(await announced(el)).to.equal('Afspraak teruggezet op positie 2 van 4');
    expect(el.shadowRoot?.activeElement).to.equal(card(root, 'a-I8').querySelector('h3'));
    expect(root.querySelector('[data-undo]')).to.equal(null);
  });

  it('exports CSV, Markdown, iCalendar and JSON that imports back without loss', async () => {
    const { el, store } = await setup({ plan: fullPlan() });

    const json = el.exportText('json');
    expect(json).to.equal(serializePlan(store.plan, { model: initiativeModel }));
    expect((JSON.parse(json) as { model: unknown }).model).to.deep.equal({
      id: 'actie-default',
      version: initiativeModel.version,
    });
    const other = await setup({ plan: { agreements: [{ id: 'x', what: 'Iets anders', who: '', status: 'open' }] } });
    const changed = planChange(other.el);
    expect(other.el.importText(json)).to.equal(true);
    expect((await changed).detail.plan).to.deep.equal(store.plan);
    expect(other.store.plan).to.deep.equal(store.plan);
    expect(other.el.exportText('json')).to.equal(json);
    expect(await announced(other.el)).to.equal('Actieplan ingelezen: 4 afspraken');

    const csv = el.exportText('csv');
    expect(csv.startsWith('\uFEFFWat;Wie;Wanneer;Status;Voorwaarde;Notitie\r\n')).to.equal(true);
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(5);
    expect(csv).to.contain(`Bel de trekkers;Fatima;${daysFromToday(-10)};bezig;${titleOf('C8')};`);

    const md = el.exportText('md');
    expect(md.startsWith('# Actieplan\n')).to.equal(true);
    expect(md).to.contain('**te laat**');

    const ics = el.exportText('ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
    expect(ics).to.contain(`DTSTART;VALUE=DATE:${daysFromToday(-10).replace(/-/g, '')}`);
    const uid = /UID:a-C8@([^\r]+)/.exec(ics)?.[1];
    expect(uid).to.match(/^plan-[0-9a-f]{8}\.actie$/);
    expect(other.el.exportText('ics')).to.not.contain(`@${uid ?? ''}`); // another session, other UIDs

    expect(el.exportFileName('csv')).to.equal(`actie-actieplan-${today()}.csv`);
    expect(el.exportFileName('ics')).to.equal(`actie-actieplan-${today()}.ics`);
  });

  it('exports and prints what the session says: the initiative, titles and notes, never an id', async () => {
    const { el, root } = await setup({
      intake: INTAKE,
      answers: ANSWERS,
      notes: { A1: 'Ze willen vooral de buurt ontmoeten', A9: 'Piet trekt', C8: 'Bel eerst Fatima' },
      plan: fullPlan(),
    });
    const ids = /\b(C8|I8|owner-duties|a-C8|a-I8|a-owner-duties)\b/;
    const md = el.exportText('md');
    expect(md.split('\n')[0]).to.equal('# Actieplan: Buurtmoestuin De Linde');
    expect(md).to.contain(`| ${titleOf('C8')} | Bel eerst Fatima |`);
    expect(md).to.contain(`| ${titleOf('owner-duties')} |`);
    const csv = el.exportText('csv');
    expect(csv).to.contain(`;${titleOf('C8')};Bel eerst Fatima\r\n`);
    const ics = el.exportText('ics');
    expect(ics).to.contain('NAME:Actieplan: Buurtmoestuin De Linde');
    expect(ics.replace(/\r\n /g, '')).to.contain('SUMMARY:Buurtmoestuin De Linde: Bel de trekkers');
    const readable = ics
      .replace(/\r\n /g, '')
      .split('\r\n')
      .filter((line) => !line.startsWith('UID:'));
    for (const exported of [md, csv, readable.join('\n')]) expect(exported).to.not.match(ids);

    // The print: headed by the initiative, with the notes; the card shows the note too.
    const print = root.querySelector('[part="print-view"]');
    expect(text(print?.querySelector('.print-title'))).to.equal('Actieplan: Buurtmoestuin De Linde');
    expect(text(print)).to.contain('Bel eerst Fatima');
    expect(text(print)).to.not.match(ids);
    expect(text(field(card(root, 'a-C8'), 'agreement-note'))).to.equal('Uw notitie: Bel eerst Fatima');
    // A plan made with another version of the questions names its points in words, not by id.
    el.importText(serializePlan({ agreements: [{ id: 'z', condition: 'Z9', what: 'Oud punt', who: '', status: 'open' }] }));
    await elementUpdated(el);
    expect(text(card(root, 'z').querySelector('h3'))).to.equal('1. Een punt uit een andere versie van de vragen');
  });

  it('offers one download control in plain words: a button for each, one press downloads', async () => {
    const { el, root } = await setup({ plan: fullPlan() });
    const list = root.querySelector('[part~="download-list"]') as HTMLUListElement;
    expect(text(root.getElementById(list.getAttribute('aria-labelledby') ?? ''))).to.equal(
      'Waarvoor wilt u het actieplan gebruiken?',
    );
    const labels = [...list.querySelectorAll('button')].map((b) => text(b));
    expect(labels).to.deep.equal(['Om te lezen of te printen', 'Voor Excel', 'Voor uw agenda', 'Om later verder te gaan']);
    expect(labels.join(' ')).to.not.match(/markdown|json|csv|ics/i);
    expect(text(list)).to.not.match(/markdown/i);
    // Each button is described by the line below it: what it gives, and the kind of file.
    const csv = list.querySelector('[data-download="csv"]') as HTMLButtonElement;
    expect(text(root.getElementById(csv.getAttribute('aria-describedby') ?? ''))).to.equal(
      'Een tabel met de afspraken en uw notities, voor Excel of een ander rekenprogramma (.csv).',
    );
    expect(list.querySelector('[data-download="print"]')?.getAttribute('part')).to.equal('button print-button');
    await expect(el).to.be.accessible();

    const originalClick = HTMLAnchorElement.prototype.click;
    const originalCreate = URL.createObjectURL;
    const links: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    // The Blob itself (fetching its blob: URL back reports the type without parameters in WebKit).
    let blob: Blob | undefined;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return originalCreate.call(URL, object);
    };
    try {
      // By keyboard: Tab from "Om te lezen of te printen" to "Voor Excel", Enter downloads.
      (list.querySelector('[data-download="print"]') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(csv);
      await sendKeys({ press: 'Enter' });
      expect(links[0]?.download).to.equal(`actie-actieplan-${today()}.csv`);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
    }
    expect(blob?.type).to.equal('text/csv;charset=utf-8');
    // What the file holds is the export, byte order mark first (Blob.text() reads past it).
    expect([...new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0)).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await blob?.text()).to.equal(el.exportText('csv').slice(1));
    expect(await announced(el)).to.equal(`Gedownload: actie-actieplan-${today()}.csv`);
    expect(root.querySelector('[part~="download-error"]'), 'no alert when it worked').to.equal(null);

    // A browser that cannot make the file: an alert says so and what to do instead; no "Gedownload".
    URL.createObjectURL = () => {
      throw new Error('blocked');
    };
    try {
      csv.click();
      await el.updateComplete;
    } finally {
      URL.createObjectURL = originalCreate;
    }
    const alert = root.querySelector('[part~="download-error"]');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.include('Het bestand kon niet worden gemaakt');
    expect(text(alert)).to.include('Om te lezen of te printen');
    await expect(el).to.be.accessible();
  });

  it('keeps the calendar entry with its reason, and doing nothing, while no agreement has a date', async () => {
    const { el, root } = await setup({
      plan: { agreements: [{ id: 'a', what: 'Bel de trekkers', who: '', status: 'open' }] },
    });
    // It stays in the list, focusable, with why; pressing it downloads nothing.
    const ics = root.querySelector<HTMLButtonElement>('[data-download="ics"]');
    expect(ics?.getAttribute('aria-disabled')).to.equal('true');
    expect(text(root.getElementById(ics?.getAttribute('aria-describedby') ?? ''))).to.equal(
      'Dit kan pas als minstens één afspraak een datum heeft.',
    );
    const originalClick = HTMLAnchorElement.prototype.click;
    let downloads = 0;
    HTMLAnchorElement.prototype.click = () => downloads++;
    try {
      ics?.focus();
      expect(root.activeElement).to.equal(ics);
      await sendKeys({ press: 'Enter' });
      ics?.click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(downloads).to.equal(0);
    expect(await announced(el)).to.equal('');
    expect(el.exportText('ics')).to.not.contain('BEGIN:VEVENT');
    await expect(el).to.be.accessible();
  });

  it('shows an error summary for a damaged file, focuses it and changes nothing', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const before = store.plan;
    let events = 0;
    el.addEventListener('actie-plan-change', () => events++);

    expect(
      el.importText('{"format":"actie-plan","formatVersion":1,"agreements":[{"id":"a","what":"x","who":"","status":"later"}'),
    ).to.equal(false);
    await elementUpdated(el);
    const summary = root.querySelector<HTMLElement>('[data-import-errors]');
    expect(summary?.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot?.activeElement).to.equal(summary);
    expect(text(summary?.querySelector('h2'))).to.equal('Dit bestand kan niet worden ingelezen');
    expect(text(summary)).to.contain(
      'Het bestand is beschadigd, of het is geen .json-bestand. Er is niets veranderd aan uw actieplan.',
    );
    expect(store.plan).to.equal(before);
    expect(cards(root)).to.have.length(4);
    await expect(el).to.be.accessible();

    // A valid JSON file that is not ours, and one with a wrong field, both with their own message.
    el.importText('[1, 2, 3]');
    await elementUpdated(el);
    expect(text(root.querySelector('[data-import-errors]'))).to.contain('Dit is geen actieplan of sessie van ACTIE.');
    el.importText(
      JSON.stringify({ format: 'actie-plan', formatVersion: 1, agreements: [{ id: 'a', what: 'x', who: '', status: 'later' }] }),
    );
    await elementUpdated(el);
    // In plain words: what is wrong, where, and what to do; the technical text stays closed.
    const wrong = root.querySelector('[data-import-errors]') as HTMLElement;
    expect(text(wrong)).to.contain('Het is een actieplan, maar er klopt iets niet in.');
    expect(text(wrong.querySelector('[part~="import-problems"]'))).to.equal('afspraak 1: status');
    expect(text(wrong)).to.contain('Kies het bestand dat u eerder bewaarde met ‘Om later verder te gaan’');
    const technical = wrong.querySelector('details') as HTMLDetailsElement;
    expect(technical.open).to.equal(false);
    expect(text(technical.querySelector('summary'))).to.equal('Technische details');
    expect(text(technical)).to.contain('/agreements/0/status');
    expect(technical.querySelector('ul')?.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
    expect(store.plan).to.equal(before);
    expect(events).to.equal(0);

    // A good file afterwards clears the summary.
    expect(el.importText(serializePlan({ agreements: [{ id: 'b', what: 'Nieuw', who: '', status: 'open' }] }))).to.equal(true);
    await elementUpdated(el);
    expect(root.querySelector('[data-import-errors]')).to.equal(null);
    expect(ids(store)).to.deep.equal(['b']);
  });

  it('imports a plan saved by release 0.1: agreements kept, links carried over to the new questions, and said so', async () => {
    const { el, store, root } = await setup();
    const text0 = await (await fetch('/packages/rules/test/fixtures/release-0.1/plan.json')).text();
    expect(el.importText(text0)).to.equal(true);
    await settle(store);
    await elementUpdated(el);
    // The model's migration from 1: T6 (applying) is now I8, I2 (mandate) I4, and the combined
    // "support fits" condition the question T14. The agreements and their ids stay.
    expect(store.plan.agreements.map((a) => [a.id, a.condition])).to.deep.equal([
      ['a-T6', 'I8'],
      ['a-I2', 'I4'],
      ['a-toerusting-support-fits', 'T14'],
      ['a-eigen', undefined],
    ]);
    expect(store.plan.agreements[0]?.who).to.equal('Fatima (wijkteam)');
    const notice = root.querySelector('[part~="import-notice"]');
    expect(text(notice)).to.equal(
      `Dit plan is gemaakt met versie 1.0 van de vragen. Bij 3 afspraken is het punt waar ze over gaan aangepast aan versie ${initiativeModel.version}. De afspraken zelf zijn niet veranderd.`,
    );
    expect(text(card(root, 'a-T6').querySelector('h3'))).to.equal(`1. ${titleOf('I8')}`);
    await expect(el).to.be.accessible();
  });

  it('imports a session file with a plan through the file field', async () => {
    const { el, store, root } = await setup();
    const session = createSession(initiativeModel, { answers: { A3: 'no' } }, { plan: fullPlan() });
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('No file input');
    expect(input.accept).to.contain('.json');
    const transfer = new DataTransfer();
    transfer.items.add(new File([serializeSession(session)], 'sessie.json', { type: 'application/json' }));
    input.files = transfer.files;
    const changed = planChange(el);
    input.dispatchEvent(new Event('change'));
    await changed;
    expect(store.plan).to.deep.equal(fullPlan());
    expect(await announced(el)).to.equal('Actieplan ingelezen: 4 afspraken');
    expect(cards(root)).to.have.length(4);
    await el.updateComplete;
    expect(text(root.querySelector('[part~="chosen-files"]'))).to.equal('Gekozen: sessie.json');

    // A session without a plan says so.
    transfer.items.clear();
    transfer.items.add(new File([serializeSession(createSession(initiativeModel, { answers: {} }))], 'leeg.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root.querySelector('[data-import-errors]'), 'no error summary');
    expect(text(root.querySelector('[data-import-errors]'))).to.contain('Dit sessiebestand heeft nog geen actieplan.');
    expect(store.plan).to.deep.equal(fullPlan());
  });

  it('in print media shows the table and hides the form and buttons (Chromium only: print media emulation)', async function () {
    if (!canEmulateMedia) this.skip();
    const { root } = await setup({ plan: fullPlan() });
    const visible = (selector: string): boolean => (root.querySelector(selector) as Element).checkVisibility();
    await emulateMedia({ media: 'print' });
    try {
      expect(visible('[part="print-view"]')).to.equal(true);
      expect(visible('[part~="print-table"]')).to.equal(true);
      expect(visible('[part~="list"]')).to.equal(false);
      expect(visible('[part~="exports"]')).to.equal(false);
      expect(visible('[part~="download-button"]')).to.equal(false);
      expect(visible('[part~="propose-button"]')).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints a read-only table of the agreements', async () => {
    const { root } = await setup({ plan: fullPlan() });
    const rows = [...root.querySelectorAll('[part="print-table"] tbody tr')];
    expect(rows).to.have.length(4);
    expect(text(rows[0])).to.contain('Bel de trekkers');
    expect(text(rows[0])).to.contain('(Te laat)');
    expect(root.querySelector('[part="print-view"] button, [part="print-view"] input')).to.equal(null);
    const visible = (selector: string): boolean => (root.querySelector(selector) as Element).checkVisibility();
    expect(visible('[part="print-view"]')).to.equal(false);
    expect(visible('[part~="list"]')).to.equal(true);

    const originalPrint = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      button(root, 'Om te lezen of te printen').click();
    } finally {
      window.print = originalPrint;
    }
    expect(printed).to.equal(1);
  });

  it('speaks English with lang="en"', async () => {
    const { el, store, root } = await setup({ lang: 'en', plan: fullPlan(), answers: ANSWERS });
    expect(text(root.querySelector('[part="overview"] h2'))).to.equal('Action plan');
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('2 agreements are overdue');
    expect(text(field(card(root, 'a-C8'), 'overdue-badge'))).to.equal('Overdue');
    expect([...card(root, 'a-C8').querySelectorAll('label')].map((l) => text(l))).to.deep.equal([
      'What, agreement 1',
      'Who, agreement 1',
      'By when, agreement 1',
      'Status, agreement 1',
    ]);
    expect(field(card(root, 'a-C8'), 'move-down-button').getAttribute('aria-label')).to.equal('Move down: Bel de trekkers');
    expect(el.exportText('csv').startsWith('\uFEFFWhat,Who,When,Status,Condition,Note\r\n')).to.equal(true);
    expect(el.exportFileName('json')).to.equal(`actie-action-plan-${today()}.json`);
    expect([...root.querySelectorAll('[part~="download-list"] button')].map((b) => text(b))).to.deep.equal([
      'To read or print',
      'For Excel',
      'For your calendar',
      'To continue later',
    ]);
    await expect(el).to.be.accessible();

    // C8 is on the plan already: the proposal fills it up to five points from the results.
    button(root, 'Propose from the results').click();
    await waitUntil(() => root.querySelector('[data-proposal]'), 'no proposal shown');
    const panel = root.querySelector('[data-proposal]') as HTMLElement;
    expect(text(panel.querySelector('h3'))).to.equal(`Proposal: ${PROPOSAL_SIZE - 1} points to start with`);
    expect(text(panel)).to.contain('Why now: a decisive point');
    button(panel, 'Put these on the plan').click();
    await settle(store);
    expect(await announced(el)).to.equal(`${PROPOSAL_SIZE - 1} agreements added`);
    const a3 = store.result?.needsWork.find((c) => c.id === 'A3');
    expect(store.plan.agreements.find((a) => a.condition === 'A3')?.what).to.equal(localize(a3?.actionPoint?.agreement, 'en'));

    // A wrong file, in English on an English page.
    el.importText('[1, 2, 3]');
    await elementUpdated(el);
    const wrong = root.querySelector('[data-import-errors]');
    expect(text(wrong?.querySelector('h2'))).to.equal('This file cannot be imported');
    expect(text(wrong)).to.contain('This is not an ACTIE action plan or session.');
    expect(text(wrong?.querySelector('summary'))).to.equal('Technical details');
  });

  it('resumes the plan from storage with the same session id', async () => {
    const sessionId = uniqueSessionId('plan-resume');
    try {
      const first = await setup({ storage: 'local', sessionId, plan: fullPlan() });
      first.session.remove();

      const second = await setup({ storage: 'local', sessionId });
      expect(second.store.plan).to.deep.equal(fullPlan());
      expect(cards(second.root).map((c) => c.dataset.agreement)).to.deep.equal(['a-C8', 'a-I8', 'a', 'a-owner-duties']);
      second.session.remove();
    } finally {
      localStorage.removeItem(`actie:${sessionId}`);
    }
  });

  it('fits a 320 px wide column without scrolling sideways', async () => {
    // The element lays itself out by its container (container queries), not the viewport; the
    // page at a 320 px viewport is checked end to end in every engine (e2e/layout.test.js).
    const { el, root } = await setup({ plan: fullPlan() });
    el.style.inlineSize = '320px';
    await nextFrame();
    expect(el.clientWidth).to.be.at.most(320);
    for (const node of [
      el,
      ...root.querySelectorAll<HTMLElement>('[part~="agreement"], [part~="fields"], [part~="download-list"]'),
    ]) {
      expect(node.scrollWidth, node.getAttribute('part') ?? node.localName).to.be.at.most(node.clientWidth);
    }
  });

  it('works standalone, outside <actie-session>', async () => {
    const el = await fixture<ActieActionPlanElement>(
      html`<actie-action-plan storage="none" session-id=${uniqueSessionId('plan-alone')}></actie-action-plan>`,
    );
    const root = el.shadowRoot as ShadowRoot;
    button(root, 'Afspraak toevoegen').click();
    await elementUpdated(el);
    await sendKeys({ type: 'Bel de trekkers' });
    await elementUpdated(el);
    expect(el.plan.agreements.map((a) => a.what)).to.deep.equal(['Bel de trekkers']);
    expect(cards(root)).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
