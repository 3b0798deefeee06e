import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { localize, parseSession, type ActionPlan, type AnswerValue } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/results.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { SessionStore } from '../src/session/store.js';
import { canEmulateMedia, settle, uniqueSessionId } from './helpers.js';

/** A realistic half-finished session: a residents' initiative that is running. */
const PARTIAL_INTAKE: Readonly<Record<string, string>> = {
  phase: 'running',
  origin: 'residents',
  role: 'stimulerend',
  respondent: 'professional',
  topic: 'Moestuin bij het buurthuis',
  lead: 'residents',
};
const PARTIAL_ANSWERS: Readonly<Record<string, AnswerValue>> = {
  A1: 'yes',
  A2: 'no',
  A3: 'partly',
  A4: 'yes',
  A5: 'yes',
  A8: 'yes',
  C1: 'yes',
  C2: 'dont-know',
  C7: 'no',
  T1: 'yes',
  T2: 'partly',
  T3: 'no',
  T5: 'yes',
  T6: 'yes',
  I1: 'no',
  I5: 'dont-know',
  E1: 'yes',
  E3: 'yes',
  E5: 'partly',
  E7: 'no',
};

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
    plan?: ActionPlan;
  } = {},
): Promise<Setup> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session storage="none" session-id=${uniqueSessionId('results')} lang=${options.lang ?? 'nl'}>
      <actie-results></actie-results>
    </actie-session>`,
  );
  const store = session.store;
  for (const [id, value] of Object.entries(options.intake ?? {})) store.setIntake(id, value);
  for (const [id, value] of Object.entries(options.answers ?? {})) store.setAnswer(id, value);
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

function condition(root: ShadowRoot, id: string): HTMLElement {
  const item = root.querySelector<HTMLElement>(`li[data-condition="${id}"]`);
  if (!item) throw new Error(`No condition ${id}`);
  return item;
}

const allFavourable: Record<string, AnswerValue> = Object.fromEntries(
  initiativeModel.areas.flatMap((a) => a.questions.map((q) => [q.id, q.favourable])),
);

describe('<actie-results>', () => {
  it('with nothing answered shows a friendly message that points to the questions', async () => {
    const { el, root } = await setup();
    expect(text(root.querySelector('[part~="empty"]'))).to.contain('Vul eerst de vragen in');
    expect(root.querySelector('svg[role="img"]')).to.equal(null);
    expect(root.querySelectorAll('section[data-area]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the overall counts, every area and the deciding answers for a partial session', async () => {
    const { el, store, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const result = store.result;
    if (!result) throw new Error('no result');
    const counts = result.overall.counts;
    const overview = text(root.querySelector('[part~="counts"]'));
    expect(overview).to.contain(`${counts.good} gaan al goed`);
    expect(overview).to.contain(`${counts.needsWork} vragen aandacht`);
    expect(overview).to.contain(`${counts.unknown} nog onbekend`);
    expect(text(root.querySelector('[part~="progress"]'))).to.equal(
      `U heeft ${Object.keys(PARTIAL_ANSWERS).length} van de 46 vragen beantwoord.`,
    );
    // The rule behind an area's status, in one sentence.
    expect(text(root.querySelector('[part~="area-rule"]'))).to.equal(
      'Zo lezen we een onderdeel: het gaat goed als meer punten goed gaan dan aandacht vragen, en is nog onbekend als meer dan de helft van de punten onbekend is.',
    );

    // Five areas, each with its letter, title and status in the heading.
    const headings = [...root.querySelectorAll('section[data-area] h2')].map((h) => text(h));
    expect(headings).to.have.length(5);
    expect(headings[0]).to.match(/^A Animo .*Vraagt aandacht$/);

    // A condition that needs work: its answer, its action point and the add button.
    const a3 = condition(root, 'A3');
    expect(a3.closest('ul')?.getAttribute('aria-labelledby')).to.match(/needs-work$/);
    expect(text(a3.querySelector('[part~="answers"]'))).to.equal('Uw antwoord: A3: deels');
    const a3Result = result.conditions.find((c) => c.id === 'A3');
    expect(text(a3.querySelector('[part~="action-point"]'))).to.contain(localize(a3Result?.actionPoint?.text, 'nl'));
    expect(button(a3, 'Zet op actieplan')).to.not.equal(undefined);

    // A "don't know" answer shows as unknown with a point to find out, which can go on the plan too.
    const c2 = condition(root, 'C2');
    expect(text(c2.querySelector('[part~="answers"]'))).to.equal('Uw antwoord: C2: weet ik niet');
    expect(text(c2.querySelector('[part~="action-point"]'))).to.match(/^Zoek dit uit:/);
    expect(button(c2, 'Zet op actieplan')).to.not.equal(undefined);
    // A point that goes well has no button.
    expect(condition(root, 'A4').querySelector('button')).to.equal(null);

    // An unanswered question shows as not answered.
    expect(text(condition(root, 'A6').querySelector('[part~="answers"]'))).to.equal('Uw antwoord: A6: niet beantwoord');

    // Background and sources, with their authors; the Animo source with a web address is a link.
    const animo = area(root, 'animo');
    expect([...animo.querySelectorAll('h3')].map((h) => text(h))).to.include('Achtergrond uit onderzoek en praktijk');
    expect(text(animo.querySelector('[part~="research"]'))).to.equal(localize(initiativeModel.areas[0]?.research, 'nl'));
    const link = animo.querySelector<HTMLAnchorElement>('[part~="source"] a');
    expect(link?.href).to.equal('https://www.buurtwijs.nl/content/vind-je-balans-met-het-actie-model');
    expect(animo.querySelectorAll('[part~="source"]')).to.have.length(3);
    expect(text(animo.querySelector('[part~="source"]'))).to.equal(
      'Burgers maken hun buurt. Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker (2013), Platform31.',
    );

    expect(text(root.querySelector('[part~="attribution"]'))).to.contain('Burgers maken hun buurt');
    expect(text(root.querySelector('[part~="attribution"]'))).to.contain(
      'niet gemaakt of goedgekeurd door Movisie of Platform31',
    );
    // Strict CSP: no inline style attributes anywhere.
    expect(root.querySelectorAll('[style]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('describes every area with its counts in the picture’s accessible name, and fills segments with patterns', async () => {
    const { store, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const chart = root.querySelector('svg[role="img"]');
    if (!chart) throw new Error('no chart');
    const name = chart.getAttribute('aria-label') ?? '';
    for (const areaResult of store.result?.areas ?? []) {
      const model = initiativeModel.areas.find((a) => a.id === areaResult.id);
      const { good, needsWork, unknown } = areaResult.counts;
      expect(name).to.contain(`${localize(model?.title, 'nl')}: ${good} goed, ${needsWork} aandacht, ${unknown} onbekend`);
    }
    expect(name.match(/goed/g)).to.have.length(5);

    // The letters A C T I E label the bars.
    expect([...chart.querySelectorAll('.chart__letter')].map((t) => t.textContent)).to.deep.equal(['A', 'C', 'T', 'I', 'E']);

    // Needs-work and unknown segments use patterns that exist in this element; good is solid.
    const patterned = [...chart.querySelectorAll('rect.chart__segment[fill]')];
    expect(patterned.length).to.be.greaterThan(0);
    for (const rect of patterned) {
      const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill') ?? '')?.[1] ?? '';
      expect(root.getElementById(id)?.tagName).to.equal('pattern');
    }
    expect(chart.querySelector('rect.chart__segment--good')?.hasAttribute('fill')).to.equal(false);

    // A visible legend with the same three patterns.
    const legend = [...root.querySelectorAll('[part~="legend"] li')].map((li) => text(li));
    expect(legend).to.deep.equal(['Gaat al goed (dicht vlak)', 'Vraagt aandacht (schuine strepen)', 'Nog onbekend (stippen)']);
  });

  it('puts a condition on the action plan, fires actie-plan-change and replaces the button', async () => {
    const { el, store, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const add = button(condition(root, 'A3'), 'Zet op actieplan');
    if (!add) throw new Error('no add button');
    expect(add.getAttribute('part')).to.contain('add-button');
    setTimeout(() => add.click());
    const event = await oneEvent(el, 'actie-plan-change');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);

    // The plan's "what" is the agreement text (an instruction), not the "U kunt …" advice.
    const a3Agreement = localize(store.result?.conditions.find((c) => c.id === 'A3')?.actionPoint?.agreement, 'nl');
    expect(a3Agreement).to.match(/^Help de initiatiefnemers/);
    expect(store.plan.agreements).to.deep.equal([{ id: 'a-A3', condition: 'A3', what: a3Agreement, who: '', status: 'open' }]);
    expect(event.detail.plan).to.deep.equal(store.plan);

    await settle(store);
    await elementUpdated(el);
    const a3 = condition(root, 'A3');
    expect(a3.querySelector('button')).to.equal(null);
    const onPlan = a3.querySelector('[part~="on-plan"]');
    expect(text(onPlan)).to.equal('Staat op het actieplan');
    expect(root.activeElement).to.equal(onPlan);
    expect(text(root.querySelector('[part~="live"]'))).to.contain('Toegevoegd aan het actieplan');
    await expect(el).to.be.accessible();

    // A second condition gets its own agreement.
    button(condition(root, 'T3'), 'Zet op actieplan')?.click();
    await settle(store);
    expect(store.plan.agreements.map((a) => a.condition)).to.deep.equal(['A3', 'T3']);

    // A point to find out goes on the plan as "Zoek dit uit: …".
    button(condition(root, 'C2'), 'Zet op actieplan')?.click();
    await settle(store);
    const findOut = store.plan.agreements.find((a) => a.condition === 'C2');
    expect(findOut?.what).to.match(/^Zoek dit uit: Werken de initiatiefnemers samen met organisaties in de buurt\?/);
    await elementUpdated(el);
    expect(text(condition(root, 'C2').querySelector('[part~="on-plan"]'))).to.equal('Staat op het actieplan');
  });

  it('adds to the plan with the keyboard', async () => {
    const { el, store, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    button(condition(root, 'A8'), 'Zet op actieplan')?.focus();
    await sendKeys({ press: 'Enter' });
    await settle(store);
    await elementUpdated(el);
    expect(store.plan.agreements.map((a) => a.condition)).to.deep.equal(['A8']);
    expect(root.activeElement?.getAttribute('data-on-plan')).to.equal('A8');
  });

  it('shows conditions already on the plan as text, not as a button', async () => {
    const plan: ActionPlan = {
      agreements: [{ id: 'a-A3', condition: 'A3', what: 'Buren vragen', who: 'Sanne', status: 'busy' }],
    };
    const { el, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS, plan });
    expect(text(condition(root, 'A3').querySelector('[part~="on-plan"]'))).to.equal('Staat op het actieplan');
    expect(condition(root, 'A3').querySelector('button')).to.equal(null);
    expect(button(condition(root, 'T3'), 'Zet op actieplan')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('explains the suggested role and notes when it differs from the current role', async () => {
    const { root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const role = root.querySelector('[part~="role"]');
    // The residents lead, but lack time and know-how (T2 partly, T3 no): facilitating with targeted support.
    expect(text(role?.querySelector('h3'))).to.equal('Voorgestelde rol: Faciliterend');
    expect(text(role)).to.contain('gerichte steun');
    // It differs from the role named in the intake: said so, with an invitation to choose deliberately.
    expect(text(role?.querySelector('[part~="role-differs"]'))).to.equal(
      'U koos zelf voor de rol Stimulerend. Op grond van uw antwoorden past Faciliterend misschien beter. Bespreek of u bewust voor uw rol kiest.',
    );
    expect(role?.querySelector('[part~="role-same"]')).to.equal(null);
  });

  it('shows no role note when the current role is the suggested one', async () => {
    const { root } = await setup({ intake: { ...PARTIAL_INTAKE, role: 'faciliterend' }, answers: PARTIAL_ANSWERS });
    expect(text(root.querySelector('[part~="role"] h3'))).to.equal('Voorgestelde rol: Faciliterend');
    expect(root.querySelector('[part~="role-differs"]')).to.equal(null);
    expect(text(root.querySelector('[part~="role-same"]'))).to.equal('Dit is ook de rol die u nu heeft.');
  });

  it('with every answer favourable shows only what goes well', async () => {
    const { el, store, root } = await setup({ intake: { origin: 'residents' }, answers: allFavourable });
    const counts = store.result?.overall.counts;
    expect(counts?.good).to.equal(counts?.total);
    expect(text(root.querySelector('[part~="counts"]'))).to.contain(`${counts?.total ?? 0} gaan al goed`);
    expect(text(root.querySelector('[part~="counts"]'))).to.contain('0 vragen aandacht');
    expect(button(root, 'Zet op actieplan')).to.equal(undefined);
    const subheadings = [...root.querySelectorAll('section[data-area] h3')].map((h) => text(h));
    expect(subheadings).to.not.include('Vraagt aandacht');
    expect(subheadings.filter((h) => h === 'Gaat al goed')).to.have.length(5);
    // A risk question answered "no" is favourable.
    expect(text(condition(root, 'A8').querySelector('[part~="answers"]'))).to.equal('Uw antwoord: A8: nee');
    await expect(el).to.be.accessible();
  });

  it('speaks English when the page asks for it', async () => {
    const { el, root } = await setup({ lang: 'en', intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    expect(text(root.querySelector('[part~="overview"] h2'))).to.equal('Your results at a glance');
    expect(text(root.querySelector('[part~="counts"]'))).to.match(/\d+ need work/);
    expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).to.match(
      /^Overview per area\. Enthusiasm: \d+ going well/,
    );
    expect(text(condition(root, 'A3').querySelector('[part~="answers"]'))).to.equal('Your answer: A3: partly');
    expect(button(condition(root, 'A3'), 'Add to action plan')).to.not.equal(undefined);
    expect(text(root.querySelector('[part~="role"] h3'))).to.equal('Suggested role: Facilitating');
    expect(text(root.querySelector('[part~="role-differs"]'))).to.contain(
      'Discuss whether you are choosing your role deliberately.',
    );
    expect(button(root, 'Download my answers')).to.not.equal(undefined);
    expect(button(area(root, 'animo'), 'Print this area')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('gives a session file without a name that parseSession accepts', async () => {
    const { el, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const input = root.querySelector<HTMLInputElement>('[part~="name-input"]');
    expect(input?.value).to.equal('');
    expect(text(root.querySelector('[part~="name-hint"]'))).to.equal(
      'Het bestand bevat geen naam, tenzij u hier zelf een naam invult.',
    );
    expect(input?.getAttribute('aria-describedby')).to.equal(root.querySelector('[part~="name-hint"]')?.id);

    const parsed = parseSession(el.sessionFileText());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.participant).to.equal(undefined);
    expect(parsed.value.answers).to.deep.equal(PARTIAL_ANSWERS);
    expect(parsed.value.intake).to.deep.equal(PARTIAL_INTAKE);
    expect(el.sessionFileText()).to.not.contain('participant');
    expect(el.sessionFileName()).to.match(/^actie-antwoorden-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('downloads the answers with the name only when one was typed', async () => {
    const { el, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    root.querySelector<HTMLInputElement>('[part~="name-input"]')?.focus();
    await sendKeys({ type: 'Sanne' });
    await elementUpdated(el);

    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const revokeObjectURL = URL.revokeObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      button(root, 'Download mijn antwoorden')?.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
      setTimeout(() => (URL.revokeObjectURL = revokeObjectURL), 1500);
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/^actie-antwoorden-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseSession(await blobs[0]?.text());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.participant).to.deep.equal({ name: 'Sanne' });
    await elementUpdated(el);
    await el.updateComplete;
    expect(text(root.querySelector('[part~="live"]'))).to.contain('gedownload');
    await expect(el).to.be.accessible();
  });

  it('prints one area: sets print-area while printing and removes it afterwards', async () => {
    const { el, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const print = window.print;
    const calls: (string | null)[] = [];
    window.print = () => {
      calls.push(el.getAttribute('print-area'));
    };
    try {
      button(area(root, 'toerusting'), 'Dit onderdeel afdrukken')?.click();
      await el.updateComplete;
      await elementUpdated(el);
      expect(calls).to.deep.equal(['toerusting']);
      expect(area(root, 'toerusting').classList.contains('area--printing')).to.equal(true);
      expect(area(root, 'animo').classList.contains('area--printing')).to.equal(false);

      window.dispatchEvent(new Event('afterprint'));
      await elementUpdated(el);
      expect(el.hasAttribute('print-area')).to.equal(false);

      button(root, 'Alles afdrukken')?.click();
      await el.updateComplete;
      await elementUpdated(el);
      expect(calls).to.deep.equal(['toerusting', null]);
    } finally {
      window.print = print;
    }
  });

  it('prints a clean report: header shown, buttons and the form hidden, conditions kept whole (Chromium only: print media emulation)', async function () {
    if (!canEmulateMedia) this.skip();
    const { el, root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const display = (node: Element | null | undefined): string => (node ? getComputedStyle(node).display : 'missing');
    expect(display(root.querySelector('[part~="print-header"]'))).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(display(root.querySelector('[part~="print-header"]'))).to.equal('block');
      expect([...root.querySelectorAll('button')].every((b) => display(b) === 'none')).to.equal(true);
      expect(display(root.querySelector('[part~="actions"]'))).to.equal('none');
      expect(getComputedStyle(condition(root, 'A3')).breakInside).to.equal('avoid');
      expect(display(root.querySelector('[part~="overview"]'))).to.equal('block');
      expect(root.querySelectorAll('section[data-area]')).to.have.length(5);
      expect([...root.querySelectorAll('section[data-area]')].every((s) => display(s) === 'block')).to.equal(true);

      // Printing one area: only that area (and the header) is shown.
      el.printArea = 'inbedding';
      await el.updateComplete;
      expect(el.getAttribute('print-area')).to.equal('inbedding');
      expect(display(root.querySelector('[part~="overview"]'))).to.equal('none');
      const shown = [...root.querySelectorAll('section[data-area]')].filter((s) => display(s) !== 'none');
      expect(shown.map((s) => s.getAttribute('data-area'))).to.deep.equal(['inbedding']);
      expect(display(root.querySelector('[part~="print-header"]'))).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('has a print header with the title, the date and the intake', async () => {
    const { root } = await setup({ intake: PARTIAL_INTAKE, answers: PARTIAL_ANSWERS });
    const header = root.querySelector('[part~="print-header"]');
    expect(header?.classList.contains('print-only')).to.equal(true);
    expect(text(header?.querySelector('[part~="print-title"]'))).to.equal(localize(initiativeModel.title, 'nl'));
    const date = new Intl.DateTimeFormat('nl', { dateStyle: 'long' }).format(new Date());
    expect(text(header?.querySelector('[part~="print-date"]'))).to.equal(`Datum: ${date}`);
    const phase = initiativeModel.intake.find((q) => q.id === 'phase');
    const running = phase?.options?.find((o) => o.value === 'running');
    const intake = text(header?.querySelector('[part~="intake"]'));
    expect(intake).to.contain(localize(phase?.text, 'nl'));
    expect(intake).to.contain(localize(running?.label, 'nl'));
    expect(intake).to.contain('Moestuin bij het buurthuis');
    // The form and buttons are marked so print hides them.
    expect(root.querySelector('[part~="actions"]')?.classList.contains('no-print')).to.equal(true);
  });
});
