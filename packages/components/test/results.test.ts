import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { localize, parseSession, prioritise, type ActionPlan, type AnswerValue } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/results.js';
import '../src/assessment.js';
import '../src/action-plan.js';
import type { ActieAssessmentElement } from '../src/assessment.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { RESULTS_STEP, type SessionStore } from '../src/session/store.js';
import { canEmulateMedia, settle, uniqueSessionId } from './helpers.js';

/** A residents' initiative that is running, as a professional who chose a stimulating role sees it. */
const INTAKE: Readonly<Record<string, string>> = {
  phase: 'running',
  origin: 'residents',
  role: 'stimulerend',
  respondent: 'professional',
  topic: 'Moestuin bij het buurthuis',
  lead: 'residents',
};

/**
 * Part of the check: "Support that fits what drives them" reads two questions (they told why: A1,
 * it was discussed: A9), answered yes and no; stakeholders' thresholds (A11) are for the
 * organisation; a "don't know" (C2) is a point to find out; the rest of Animo goes well.
 */
const ANSWERS: Readonly<Record<string, AnswerValue>> = {
  A1: 'yes',
  A9: 'no',
  A3: 'partly',
  A10: 'yes',
  A5: 'yes',
  A11: 'yes',
  A12: 'no',
  C2: 'dont-know',
  C8: 'no',
  T9: 'no',
  T12: 'no',
  E12: 'partly',
};

const NOTES: Readonly<Record<string, string>> = {
  A1: 'Ze vertelden het bij de koffie.',
  A9: 'Nog niet aan toegekomen.',
};

/** The point made from A1 and A9. */
const MOTIVE = initiativeModel.conditions.find((c) => JSON.stringify(c.when).includes('"A9"'));

const nl = (text: Parameters<typeof localize>[0]): string => localize(text, 'nl', initiativeModel.languages);
const questionText = (id: string): string => nl(initiativeModel.areas.flatMap((a) => a.questions).find((q) => q.id === id)?.text);

interface Setup {
  session: ActieSessionElement;
  store: SessionStore;
  el: ActieResultsElement;
  root: ShadowRoot;
}

async function setup(
  options: {
    lang?: string;
    intake?: Readonly<Record<string, string>>;
    answers?: Readonly<Record<string, AnswerValue>>;
    notes?: Readonly<Record<string, string>>;
    plan?: ActionPlan;
    /** Put an `<actie-action-plan>` in the session too. */
    withPlan?: boolean;
  } = {},
): Promise<Setup> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session storage="none" session-id=${uniqueSessionId('results')} lang=${options.lang ?? 'nl'}>
      <actie-results></actie-results>
      ${options.withPlan ? html`<actie-action-plan></actie-action-plan>` : ''}
    </actie-session>`,
  );
  const store = session.store;
  for (const [id, value] of Object.entries(options.intake ?? {})) store.setIntake(id, value);
  for (const [id, value] of Object.entries(options.answers ?? {})) store.setAnswer(id, value);
  for (const [id, text] of Object.entries(options.notes ?? {})) store.setNote(id, text);
  if (options.plan) store.setPlan(options.plan);
  await settle(store);
  const el = session.querySelector('actie-results') as ActieResultsElement;
  await elementUpdated(el);
  return { session, store, el, root: el.shadowRoot as ShadowRoot };
}

function text(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function button(root: ParentNode, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label));
}

function area(root: ShadowRoot, id: string): HTMLElement {
  const section = root.querySelector<HTMLElement>(`section[data-area="${id}"]`);
  if (!section) throw new Error(`No section for area ${id}`);
  return section;
}

function point(root: ShadowRoot, id: string): HTMLElement {
  const item = root.querySelector<HTMLElement>(`li[data-condition="${id}"]`);
  if (!item) throw new Error(`No point ${id}`);
  return item;
}

/** Open a point as a user would: a click on its summary line. */
async function open(el: ActieResultsElement, item: HTMLElement): Promise<HTMLDetailsElement> {
  const details = item.querySelector('details');
  if (!details) throw new Error('no details');
  details.querySelector('summary')?.click();
  await elementUpdated(el);
  return details;
}

/** Every internal id of the model (points, points of attention, questions) found as a word in a text. */
function idsIn(textToSearch: string): string[] {
  const questions = initiativeModel.areas.flatMap((a) => a.questions.map((q) => q.id));
  const ids = [...initiativeModel.conditions.map((c) => c.id), ...initiativeModel.attention.map((p) => p.id), ...questions];
  return ids.filter((id) => new RegExp(`(^|[^\\p{L}\\d-])${id}($|[^\\p{L}\\d-])`, 'u').test(textToSearch));
}

describe('<actie-results>', () => {
  it('with nothing answered shows a friendly message that points to the questions', async () => {
    const { el, root } = await setup();
    expect(text(root.querySelector('[part~="empty"]'))).to.contain('Vul eerst de vragen in');
    expect(root.querySelectorAll('section[data-area]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('the picture of the areas is one image with a name, its bars drawn as SVG (a bar per area, segments as wide as their counts)', async () => {
    const { root } = await setup({ intake: INTAKE, answers: ANSWERS });
    const chart = root.querySelector('[part~="chart-image"]');
    if (!(chart instanceof SVGSVGElement)) throw new Error('the chart is an inline SVG');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label'), 'it has a name').to.match(/\S/);
    const rows = chart.querySelectorAll('g.chart__row');
    expect(rows.length, 'a bar per area').to.equal(initiativeModel.areas.length);
    expect(chart.querySelector('defs') instanceof SVGDefsElement, 'its definitions are SVG').to.equal(true);
    expect(
      chart.querySelector('pattern') instanceof SVGPatternElement,
      'the fill patterns (grey print, forced colours) are SVG',
    ).to.equal(true);
    const segments = [...chart.querySelectorAll('rect.chart__segment')];
    expect(segments.length, 'segments drawn').to.be.greaterThan(0);
    for (const segment of segments) {
      expect(segment instanceof SVGRectElement, 'an SVG rectangle, not an HTML element of that name').to.equal(true);
      expect((segment as SVGRectElement).getBBox().width, 'it has a width').to.be.greaterThan(0);
    }
  });

  it('is headed by the topic; the verdict and counts add up, and it says why there are fewer points than questions', async () => {
    const { el, store, root } = await setup({ intake: INTAKE, answers: ANSWERS });
    const result = store.result;
    if (!result) throw new Error('no result');
    const heading = root.querySelector<HTMLElement>('[part~="results-heading"]');
    expect(text(heading)).to.equal('Uw resultaten: Moestuin bij het buurthuis');
    expect(heading?.tabIndex).to.equal(-1);

    const counts = result.overall.counts;
    expect(counts.good + counts.needsWork + counts.unknown + counts.offers).to.equal(counts.total);
    expect(text(root.querySelector('[part~="counts"]'))).to.equal(
      `${counts.good} gaan al goed ${counts.needsWork} vragen aandacht ${counts.unknown} nog onbekend`,
    );
    const questions = initiativeModel.areas.reduce((n, a) => n + a.questions.length, 0);
    expect(text(root.querySelector('[part~="progress"]'))).to.equal(
      `U heeft ${Object.keys(ANSWERS).length} van de ${questions} vragen beantwoord. ` +
        `De ${questions} vragen vormen samen ${initiativeModel.conditions.length} punten: soms horen twee vragen bij één punt.`,
    );
    // How an area is read: behind a closed disclosure.
    const rule = root.querySelector<HTMLDetailsElement>('[part~="area-rule-details"]');
    expect(rule?.open).to.equal(false);
    expect(text(rule)).to.contain('hooguit één op de acht punten');

    // "Begin hier": the first three priorities, in the order of prioritise().
    const start = [...root.querySelectorAll('[part~="start-item"] .start__title')].map((t) => text(t));
    if (!store.model) throw new Error('no model');
    expect(start).to.deep.equal(
      prioritise(store.model, result)
        .slice(0, 3)
        .map((p) => nl(p.point.title)),
    );

    // Five areas, each with its verdict and its counts; every point closed.
    const headings = [...root.querySelectorAll('section[data-area] h2')].map((h) => text(h));
    expect(headings).to.have.length(5);
    expect(text(area(root, 'animo').querySelector('[part~="area-counts"]'))).to.match(/^\d+ gaan al goed, \d+ vragen aandacht/);
    expect([...root.querySelectorAll('details[part~="point"]')].every((d) => !(d as HTMLDetailsElement).open)).to.equal(true);
    // Background and sources are closed too.
    expect((area(root, 'animo').querySelector('[part~="background"]') as HTMLDetailsElement).open).to.equal(false);
    // Strict CSP: no inline style attributes anywhere.
    expect(root.querySelectorAll('[style]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a point made from two questions shows both with their answers and the notes on them; no internal ids anywhere', async () => {
    const { el, store, root } = await setup({ intake: INTAKE, answers: ANSWERS, notes: NOTES });
    if (!MOTIVE) throw new Error('no point made from A1 and A9');
    const item = point(root, MOTIVE.id);
    expect(item.closest('ul')?.getAttribute('aria-labelledby')).to.match(/needs-work$/);
    const summary = text(item.querySelector('summary'));
    expect(summary).to.contain(nl(MOTIVE.concern));
    expect(summary).to.contain('beslissend punt');
    expect(summary).to.contain('met notitie');
    await open(el, item);
    const answers = [...item.querySelectorAll('[part~="answers"] li')].map((li) => text(li));
    expect(answers).to.deep.equal([
      `${questionText('A1')} Uw antwoord: ja Uw notitie: Ze vertelden het bij de koffie.`,
      `${questionText('A9')} Uw antwoord: nee Uw notitie: Nog niet aan toegekomen.`,
    ]);
    // The advice for this situation (a running initiative).
    const advice = store.result?.conditions.find((c) => c.id === MOTIVE.id)?.actionPoint?.text;
    expect(text(item.querySelector('[part~="action-point"]'))).to.equal(`Wat u kunt doen: ${nl(advice)}`);

    // A point of the organisation says so; what goes well reads as a strength.
    const a11 = initiativeModel.conditions.find((c) => c.id === 'A11');
    expect(a11?.level).to.equal('organisation');
    expect(text(point(root, 'A11').querySelector('summary'))).to.contain('voor de organisatie');
    const a5 = initiativeModel.conditions.find((c) => c.id === 'A5');
    expect(text(point(root, 'A5').querySelector('summary'))).to.equal(nl(a5?.strength));
    expect(point(root, 'A5').closest('ul')?.getAttribute('aria-labelledby')).to.match(/good$/);
    // A "don't know" is a point to find out.
    await open(el, point(root, 'C2'));
    expect(text(point(root, 'C2').querySelector('[part~="answer"]'))).to.equal('Uw antwoord: weet ik niet');
    expect(text(point(root, 'C2').querySelector('[part~="action-point"]'))).to.match(/^Zoek dit uit:/);

    // Open everything: still no condition id or question code in what a person reads.
    for (const details of root.querySelectorAll('details')) details.open = true;
    await elementUpdated(el);
    expect(idsIn(root.textContent ?? '')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('points to offer only if they ask stand under their own heading and are not counted', async () => {
    // An initiative that is closing: build-up points become offers.
    const { el, store, root } = await setup({ intake: { ...INTAKE, phase: 'closing' }, answers: ANSWERS });
    const offers = store.result?.offers ?? [];
    expect(offers.length).to.be.greaterThan(0);
    const first = offers[0];
    if (!first) throw new Error('no offer');
    const list = point(root, first.id).closest('ul');
    const heading = root.getElementById(list?.getAttribute('aria-labelledby') ?? '');
    expect(text(heading)).to.equal('Als ze erom vragen');
    expect(text(root.querySelector('[part~="counts"]'))).to.contain(`${offers.length} alleen als ze erom vragen`);
    expect(text(root.querySelector('[part~="area-rule"]'))).to.contain('tellen niet mee');
    await expect(el).to.be.accessible();
  });

  it('"Zet op actieplan" only where a plan works with the session: adding fires actie-plan-change and keeps focus in place', async () => {
    const alone = await setup({ intake: INTAKE, answers: ANSWERS });
    for (const details of alone.root.querySelectorAll('details')) details.open = true;
    await elementUpdated(alone.el);
    expect(button(alone.root, 'Zet op actieplan'), 'no plan on the page: no button').to.equal(undefined);

    const { el, store, root } = await setup({ intake: INTAKE, answers: ANSWERS, withPlan: true });
    const a3 = point(root, 'A3');
    await open(el, a3);
    const add = button(a3, 'Zet op actieplan');
    if (!add) throw new Error('no add button');
    add.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'actie-plan-change');
    expect(event.bubbles && event.composed).to.equal(true);
    const agreement = localize(store.result?.conditions.find((c) => c.id === 'A3')?.actionPoint?.agreement, 'nl');
    expect(store.plan.agreements).to.deep.equal([{ id: 'a-A3', condition: 'A3', what: agreement, who: '', status: 'open' }]);
    await settle(store);
    await elementUpdated(el);
    const onPlan = point(root, 'A3').querySelector('[part~="on-plan"]');
    expect(text(onPlan)).to.equal('Staat op het actieplan');
    expect(root.activeElement).to.equal(onPlan);
    expect(text(point(root, 'A3').querySelector('summary'))).to.contain('Staat op het actieplan');
    expect(text(root.querySelector('[part~="live"]'))).to.contain('Toegevoegd aan het actieplan');
    await expect(el).to.be.accessible();
  });

  it('explains the suggested role and notes when it differs from the current role', async () => {
    const { root } = await setup({ intake: INTAKE, answers: ANSWERS });
    const role = root.querySelector('[part~="role"]');
    expect(text(role?.querySelector('h3'))).to.match(/^Voorgestelde rol: /);
    expect(text(role?.querySelector('[part~="role-differs"]'))).to.match(/^U koos zelf voor de rol Stimulerend\./);
  });

  it('with a form on the session: one line until "Afronden", then the results, with focus on their heading', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('step')}>
        <actie-assessment></actie-assessment>
        <actie-results></actie-results>
      </actie-session>`,
    );
    const store = session.store;
    await waitUntil(() => store.modelState.status === 'ready', 'the model');
    for (const [id, value] of Object.entries(ANSWERS)) store.setAnswer(id, value);
    const detach = store.attachForm(); // what <actie-assessment> does (its own wiring)
    await settle(store);
    const el = session.querySelector('actie-results') as ActieResultsElement;
    const root = el.shadowRoot as ShadowRoot;
    await elementUpdated(el);
    expect(text(root.querySelector('[part~="pending"]'))).to.equal(
      'Uw resultaten verschijnen hier als u de vragen heeft afgerond.',
    );
    expect(root.querySelector('section[data-area]')).to.equal(null);
    await expect(el).to.be.accessible();

    // "Afronden": the step is the results, and the form says it is complete.
    store.setStep(RESULTS_STEP);
    const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await assessment.finish();
    await waitUntil(() => root.activeElement?.getAttribute('part')?.includes('results-heading'), 'focus on the heading');
    expect(root.querySelectorAll('section[data-area]')).to.have.length(5);
    detach();
  });

  it('one download list in plain words; the report keeps the topic, both answers and the notes; an error in Dutch', async () => {
    const { el, root } = await setup({ intake: INTAKE, answers: ANSWERS, notes: NOTES });
    const list = root.querySelector('[part~="download-list"]');
    expect(text(root.getElementById(list?.getAttribute('aria-labelledby') ?? ''))).to.equal('Downloaden');
    // Each button says what the file is; the line below it, what it is for and the kind of file.
    expect(
      [...(list?.querySelectorAll('button') ?? [])].map((b) => [
        text(b),
        text(root.getElementById(b.getAttribute('aria-describedby') ?? '')),
      ]),
    ).to.deep.equal([
      ['Verslag', 'Om te lezen of te printen tekstbestand (.md)'],
      ['Uw antwoorden', 'Om later verder te gaan of aan de begeleider te geven bestand voor deze check (.json)'],
    ]);
    expect(root.querySelectorAll('[part~="downloads"]')).to.have.length(1);

    const report = (el.reportText() ?? '').replace(/\\(.)/g, '$1');
    expect(report.split('\n')[0]).to.equal('# Moestuin bij het buurthuis');
    expect(report).to.contain(`Vraag: ${questionText('A1')} Antwoord: ja.`);
    expect(report).to.contain(`Vraag: ${questionText('A9')} Antwoord: nee.`);
    expect(report).to.contain('Notitie: Nog niet aan toegekomen.');
    expect(idsIn(report)).to.deep.equal([]);

    // The answers file, with the name only when one was typed.
    root.querySelector<HTMLInputElement>('[part~="name-input"]')?.focus();
    await sendKeys({ type: 'Sanne' });
    await elementUpdated(el);
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      button(root, 'Uw antwoorden')?.click();
      // A browser that cannot make the file: said in the page, in Dutch.
      URL.createObjectURL = () => {
        throw new Error('Blob URLs are blocked');
      };
      button(root, 'Verslag')?.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/^actie-antwoorden-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseSession(await blobs[0]?.text());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.participant).to.deep.equal({ name: 'Sanne' });
    expect(parsed.value.notes).to.deep.equal(NOTES);
    await elementUpdated(el);
    const error = root.querySelector('[part~="download-error"]');
    expect(error?.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.match(/^Het bestand kon niet worden gemaakt\./);
    await expect(el).to.be.accessible();
  });

  it('prints one area: sets print-area while printing and removes it afterwards', async () => {
    const { el, root } = await setup({ intake: INTAKE, answers: ANSWERS });
    const print = window.print;
    const calls: (string | null)[] = [];
    window.print = () => {
      calls.push(el.getAttribute('print-area'));
    };
    try {
      button(area(root, 'toerusting'), 'Dit onderdeel afdrukken')?.click();
      await el.updateComplete;
      expect(calls).to.deep.equal(['toerusting']);
      expect(area(root, 'toerusting').classList.contains('area--printing')).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await elementUpdated(el);
      expect(el.hasAttribute('print-area')).to.equal(false);
      button(root, 'Alles afdrukken')?.click();
      await el.updateComplete;
      expect(calls).to.deep.equal(['toerusting', null]);
    } finally {
      window.print = print;
    }
  });

  it('on paper: every point open, no buttons, an area kept with its heading (Chromium only: print media emulation)', async function () {
    if (!canEmulateMedia) this.skip();
    const { el, root } = await setup({ intake: INTAKE, answers: ANSWERS, notes: NOTES });
    const display = (node: Element | null | undefined): string => (node ? getComputedStyle(node).display : 'missing');
    expect(display(root.querySelector('[part~="print-header"]'))).to.equal('none');
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    try {
      expect(display(root.querySelector('[part~="print-header"]'))).to.equal('block');
      expect([...root.querySelectorAll('button')].every((b) => display(b) === 'none')).to.equal(true);
      expect(display(root.querySelector('[part~="actions"]'))).to.equal('none');
      expect([...root.querySelectorAll('details[part~="point"]')].every((d) => (d as HTMLDetailsElement).open)).to.equal(true);
      const note = [...root.querySelectorAll('[part~="note"]')].find((n) => text(n).includes('Nog niet aan toegekomen'));
      expect(note?.getClientRects().length, 'the note prints').to.be.greaterThan(0);
      const head = area(root, 'animo').querySelector('.area__head');
      expect(head ? getComputedStyle(head).breakAfter : '').to.equal('avoid');
      expect(getComputedStyle(point(root, 'A3')).breakInside).to.equal('avoid');

      // Printing one area: only that area (and the header) is shown.
      el.printArea = 'inbedding';
      await el.updateComplete;
      expect(display(root.querySelector('[part~="overview"]'))).to.equal('none');
      const shown = [...root.querySelectorAll('section[data-area]')].filter((s) => display(s) !== 'none');
      expect(shown.map((s) => s.getAttribute('data-area'))).to.deep.equal(['inbedding']);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
    }
    await elementUpdated(el);
    expect([...root.querySelectorAll('details[part~="point"]')].every((d) => !(d as HTMLDetailsElement).open)).to.equal(true);
  });

  it('speaks English when the page asks for it', async () => {
    const { el, root } = await setup({ lang: 'en', intake: INTAKE, answers: ANSWERS, withPlan: true });
    expect(text(root.querySelector('[part~="results-heading"]'))).to.equal('Your results: Moestuin bij het buurthuis');
    expect(text(root.querySelector('[part~="counts"]'))).to.match(/\d+ need work/);
    expect(text(root.querySelector('[part~="start"] h3'))).to.equal('Start here');
    await open(el, point(root, 'A3'));
    expect(text(point(root, 'A3').querySelector('[part~="answer"]'))).to.equal('Your answer: partly');
    expect(button(point(root, 'A3'), 'Add to action plan')).to.not.equal(undefined);
    expect(text(root.querySelector('[part~="download-list"]'))).to.contain('To continue later or to give to the facilitator');
    await expect(el).to.be.accessible();
  });
});
