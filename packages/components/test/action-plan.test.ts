import { elementUpdated, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  createSession,
  localize,
  parsePlan,
  serializePlan,
  serializeSession,
  type ActionPlan,
  type AnswerValue,
} from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/action-plan.js';
import type { ActieActionPlanElement } from '../src/action-plan/action-plan.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { ActiePlanChangeDetail } from '../src/shared/events.js';
import type { SessionStore } from '../src/session/store.js';
import { today } from '../src/shared/i18n/format.js';
import { canEmulateMedia, settle, uniqueSessionId } from './helpers.js';

/** Three conditions that need work (A3, C1, T3), one that goes well (E1). */
const ANSWERS: Readonly<Record<string, AnswerValue>> = { A3: 'no', C1: 'partly', T3: 'no', E1: 'yes' };

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
      { id: 'a-C3', condition: 'C3', what: 'Bel de trekkers', who: 'Fatima', when: daysFromToday(-10), status: 'busy' },
      {
        id: 'a-T6',
        condition: 'T6',
        what: 'Maak het formulier korter',
        who: 'Team Subsidies',
        when: daysFromToday(30),
        status: 'open',
      },
      { id: 'a', what: 'Plan een buurtavond', who: '', when: daysFromToday(-1), status: 'open' },
      {
        id: 'a-I3',
        condition: 'I3',
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
  for (const [id, value] of Object.entries(options.answers ?? {})) store.setAnswer(id, value);
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

  it('proposes one open agreement per condition that needs work, once', async () => {
    const { el, store, root } = await setup({ answers: ANSWERS });
    const needsWork = store.result?.needsWork.map((c) => c.id) ?? [];
    expect(needsWork).to.have.members(['A3', 'C1', 'T3']);

    const propose = button(root, 'Stel voor vanuit de resultaten');
    propose.focus();
    const changed = planChange(el);
    propose.click();
    const event = await changed;
    await settle(store);
    expect(event.detail.plan).to.deep.equal(store.plan);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(store.plan.agreements.map((a) => a.condition)).to.deep.equal(['A3', 'C1', 'T3']);
    expect(store.plan.agreements.every((a) => a.status === 'open' && a.who === '' && !a.when)).to.equal(true);
    const c1 = store.result?.needsWork.find((c) => c.id === 'C1');
    // The "what" is the condition's agreement text: an instruction, not the "U kunt …" advice.
    expect(store.plan.agreements[1]?.what).to.equal(localize(c1?.actionPoint?.agreement, 'nl'));
    expect(store.plan.agreements[1]?.what).to.match(/^Help de initiatiefnemers/);
    expect(await announced(el)).to.equal('3 afspraken toegevoegd');

    // The cards show the condition title and the area letter; focus went to the first new one.
    const first = card(root, 'a-A3');
    const a3 = initiativeModel.conditions.find((c) => c.id === 'A3');
    expect(text(first.querySelector('h3'))).to.equal(`1. ${localize(a3?.title, 'nl')}`);
    expect(text(field(first, 'agreement-area'))).to.equal('A Onderdeel: Animo');
    expect(el.shadowRoot?.activeElement).to.equal(first.querySelector('h3'));
    await expect(el).to.be.accessible();

    // A second click adds nothing.
    button(root, 'Stel voor vanuit de resultaten').click();
    await settle(store);
    expect(await announced(el)).to.equal('Er waren geen nieuwe verbeterpunten');
    expect(store.plan.agreements).to.have.length(3);
    expect(cards(root)).to.have.length(3);

    // A new condition that needs work is added after the existing ones.
    store.setAnswer('I1', 'no');
    await settle(store);
    expect(await el.proposeFromResults()).to.equal(1);
    expect(ids(store)).to.deep.equal(['a-A3', 'a-C1', 'a-T3', 'a-I1']);
    expect(await announced(el)).to.equal('1 afspraak toegevoegd');
  });

  it('shows the full plan with counts, overdue badges and a summary', async () => {
    const { el, root } = await setup({ plan: fullPlan() });
    expect(cards(root)).to.have.length(4);
    expect(text(root.querySelector('[part="total"]'))).to.equal('Dit actieplan heeft 4 afspraken.');
    const counts = [...root.querySelectorAll('[part="count"]')].map(text);
    expect(counts).to.deep.equal(['Open: 2', 'Bezig: 1', 'Klaar: 1']);
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('2 afspraken zijn te laat');

    // Overdue: a past date and not done. The badge has an icon and text, not colour only.
    const overdue = field(card(root, 'a-C3'), 'overdue-badge');
    expect(text(overdue)).to.equal('Te laat');
    expect(overdue.querySelector('svg.icon')).to.not.equal(null);
    expect(card(root, 'a').querySelector('[part="overdue-badge"]')).to.not.equal(null);
    // Not overdue: a future date, or done (even with a past date).
    expect(card(root, 'a-T6').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(card(root, 'a-I3').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(text(field(card(root, 'a-I3'), 'done-badge'))).to.equal('Klaar');

    // Fields with visible labels and the saved values.
    const c3 = card(root, 'a-C3');
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
    expect(card(root, 'a-C3').querySelector('[part="overdue-badge"]')).to.equal(null);
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('1 afspraak is te laat');
  });

  it('saves edits in the store and announces every change', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const t6 = card(root, 'a-T6');

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
    expect(ids(store)).to.deep.equal(['a-C3', 'a-T6', 'a', 'a-I3']);
    expect(store.plan.agreements[0]).to.deep.equal(fullPlan().agreements[0]);
  });

  it('keeps an empty "what" on screen with an error and does not save it', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const c3 = card(root, 'a-C3');
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
    const down = field<HTMLButtonElement>(card(root, 'a-C3'), 'move-down-button');
    expect(down.getAttribute('aria-label')).to.equal('Omlaag: Bel de trekkers');
    expect(field<HTMLButtonElement>(card(root, 'a-C3'), 'move-up-button').disabled).to.equal(true);
    down.focus();

    const changed = planChange(el);
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect(event.detail.plan.agreements.map((a) => a.id)).to.deep.equal(['a-T6', 'a-C3', 'a', 'a-I3']);
    expect(ids(store)).to.deep.equal(['a-T6', 'a-C3', 'a', 'a-I3']);
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 2 van 4');
    expect(cards(root).map((c) => c.dataset.agreement)).to.deep.equal(['a-T6', 'a-C3', 'a', 'a-I3']);
    expect(text(card(root, 'a-C3').querySelector('h3'))).to.match(/^2\. /);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C3'), 'move-down-button'));

    await sendKeys({ press: ' ' });
    await elementUpdated(el);
    await sendKeys({ press: ' ' });
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 4 van 4');
    expect(ids(store)).to.deep.equal(['a-T6', 'a', 'a-I3', 'a-C3']);
    // At the bottom "move down" is unavailable; focus went to "move up" of the same agreement.
    expect(field<HTMLButtonElement>(card(root, 'a-C3'), 'move-down-button').disabled).to.equal(true);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C3'), 'move-up-button'));

    await sendKeys({ press: 'Enter' });
    expect(await announced(el)).to.equal('Afspraak verplaatst naar positie 3 van 4');
    expect(ids(store)).to.deep.equal(['a-T6', 'a', 'a-C3', 'a-I3']);
    expect(el.shadowRoot?.activeElement).to.equal(field(card(root, 'a-C3'), 'move-up-button'));
    await expect(el).to.be.accessible();
  });

  it('deletes immediately and undoes at the same position', async () => {
    const { el, store, root } = await setup({ plan: fullPlan() });
    const original = store.plan;
    const remove = field<HTMLButtonElement>(card(root, 'a-T6'), 'delete-button');
    expect(remove.getAttribute('aria-label')).to.equal('Verwijderen: Maak het formulier korter');
    remove.focus();
    let changed = planChange(el);
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.plan.agreements.map((a) => a.id)).to.deep.equal(['a-C3', 'a', 'a-I3']);
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
    expect(cards(root).map((c) => c.dataset.agreement)).to.deep.equal(['a-C3', 'a-T6', 'a', 'a-I3']);
    expect(await announced(el)).to.equal('Afspraak teruggezet op positie 2 van 4');
    expect(el.shadowRoot?.activeElement).to.equal(card(root, 'a-T6').querySelector('h3'));
    expect(root.querySelector('[data-undo]')).to.equal(null);
  });

  it('exports CSV, Markdown, iCalendar and JSON that imports back without loss', async () => {
    const { el, store } = await setup({ plan: fullPlan() });

    const json = el.exportText('json');
    expect(json).to.equal(serializePlan(store.plan, { model: initiativeModel }));
    expect((JSON.parse(json) as { model: unknown }).model).to.deep.equal({ id: 'actie-default', version: '2.0' });
    const other = await setup({ plan: { agreements: [{ id: 'x', what: 'Iets anders', who: '', status: 'open' }] } });
    const changed = planChange(other.el);
    expect(other.el.importText(json)).to.equal(true);
    expect((await changed).detail.plan).to.deep.equal(store.plan);
    expect(other.store.plan).to.deep.equal(store.plan);
    expect(other.el.exportText('json')).to.equal(json);
    expect(await announced(other.el)).to.equal('Actieplan ingelezen: 4 afspraken');

    const csv = el.exportText('csv');
    expect(csv.startsWith('\uFEFFWat;Wie;Wanneer;Status;Voorwaarde\r\n')).to.equal(true);
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(5);
    expect(csv).to.contain('Bel de trekkers;Fatima;');

    const md = el.exportText('md');
    expect(md.startsWith('# Actieplan\n')).to.equal(true);
    expect(md).to.contain('**te laat**');

    const ics = el.exportText('ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(4);
    expect(ics).to.contain(`DTSTART;VALUE=DATE:${daysFromToday(-10).replace(/-/g, '')}`);
    const uid = /UID:a-C3@([^\r]+)/.exec(ics)?.[1];
    expect(uid).to.match(/^plan-[0-9a-f]{8}\.actie$/);
    expect(other.el.exportText('ics')).to.not.contain(`@${uid ?? ''}`); // another session, other UIDs

    expect(el.exportFileName('csv')).to.equal(`actie-actieplan-${today()}.csv`);
    expect(el.exportFileName('ics')).to.equal(`actie-actieplan-${today()}.ics`);
  });

  it('downloads with the right file name and type', async () => {
    const { el, root } = await setup({ plan: fullPlan() });
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
      root.querySelector<HTMLButtonElement>('[data-export="csv"]')?.click();
      const link = links[0];
      expect(link?.download).to.equal(`actie-actieplan-${today()}.csv`);
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
    }
    expect(blob?.type).to.equal('text/csv;charset=utf-8');
    expect(await announced(el)).to.equal(`Gedownload: actie-actieplan-${today()}.csv`);
  });

  it('explains the calendar export when no agreement has a date', async () => {
    const { el, root } = await setup({
      plan: { agreements: [{ id: 'a', what: 'Bel de trekkers', who: '', status: 'open' }] },
    });
    expect(root.querySelector('[data-export="ics"]')).to.equal(null);
    expect(text(root.querySelector('[data-ics-note]'))).to.contain('kan pas als minstens één afspraak een datum heeft');
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
    const details = text(root.querySelector('[data-import-errors]'));
    expect(details).to.contain('Er staan fouten in het bestand.');
    expect(details).to.contain('/agreements/0/status');
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
    // T6 (applying) moved to I8 and I2 (mandate and time) split into I4 and I5 in version 2.0.
    expect(store.plan.agreements.map((a) => [a.id, a.condition])).to.deep.equal([
      ['a-T6', 'I8'],
      ['a-I2', 'I4'],
      ['a-toerusting-support-fits', 'toerusting-support-fits'],
      ['a-eigen', undefined],
    ]);
    expect(store.plan.agreements[0]?.who).to.equal('Fatima (wijkteam)');
    const notice = root.querySelector('[part~="import-notice"]');
    expect(text(notice)).to.equal(
      'Dit plan is gemaakt met versie 1.0 van de vragen. Bij 2 afspraken is het punt waar ze over gaan aangepast aan versie 2.0. De afspraken zelf zijn niet veranderd.',
    );
    expect(text(card(root, 'a-T6').querySelector('h3'))).to.contain('papierwerk');
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
      expect(visible('[part~="print-button"]')).to.equal(false);
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
      button(root, 'Afdrukken').click();
    } finally {
      window.print = originalPrint;
    }
    expect(printed).to.equal(1);
  });

  it('speaks English with lang="en"', async () => {
    const { el, store, root } = await setup({ lang: 'en', plan: fullPlan(), answers: ANSWERS });
    expect(text(root.querySelector('[part="overview"] h2'))).to.equal('Action plan');
    expect(text(root.querySelector('[part="overdue-summary"]'))).to.equal('2 agreements are overdue');
    expect(text(field(card(root, 'a-C3'), 'overdue-badge'))).to.equal('Overdue');
    expect([...card(root, 'a-C3').querySelectorAll('label')].map((l) => text(l))).to.deep.equal([
      'What, agreement 1',
      'Who, agreement 1',
      'By when, agreement 1',
      'Status, agreement 1',
    ]);
    expect(field(card(root, 'a-C3'), 'move-down-button').getAttribute('aria-label')).to.equal('Move down: Bel de trekkers');
    expect(el.exportText('csv').startsWith('\uFEFFWhat,Who,When,Status,Condition\r\n')).to.equal(true);
    expect(el.exportFileName('json')).to.equal(`actie-action-plan-${today()}.json`);
    await expect(el).to.be.accessible();

    button(root, 'Propose from the results').click();
    await settle(store);
    expect(await announced(el)).to.equal('3 agreements added');
    const a3 = store.result?.needsWork.find((c) => c.id === 'A3');
    expect(store.plan.agreements.find((a) => a.condition === 'A3')?.what).to.equal(localize(a3?.actionPoint?.agreement, 'en'));
  });

  it('resumes the plan from storage with the same session id', async () => {
    const sessionId = uniqueSessionId('plan-resume');
    try {
      const first = await setup({ storage: 'local', sessionId, plan: fullPlan() });
      first.session.remove();

      const second = await setup({ storage: 'local', sessionId });
      expect(second.store.plan).to.deep.equal(fullPlan());
      expect(cards(second.root).map((c) => c.dataset.agreement)).to.deep.equal(['a-C3', 'a-T6', 'a', 'a-I3']);
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
      ...root.querySelectorAll<HTMLElement>('[part~="agreement"], [part~="fields"], [part~="export-buttons"]'),
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
