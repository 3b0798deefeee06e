import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieAssessmentElement, AssessmentChangeEvent, AssessmentCompleteEvent } from '../src/assessment.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { SessionStore } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';

const TOTAL = initiativeModel.areas.reduce((n, a) => n + a.questions.length, 0);
const AREAS = initiativeModel.areas;
const INTAKE = initiativeModel.intake;
const [ANIMO, CONTACTEN, TOERUSTING] = AREAS as [(typeof AREAS)[number], (typeof AREAS)[number], (typeof AREAS)[number]];
/** The ids of the questions of an area, in the order the form asks them. */
const ids = (area: (typeof AREAS)[number]): string[] => area.questions.map((q) => q.id);
/** The Dutch text of a question of the model. */
const questionText = (id: string): string =>
  AREAS.flatMap((a) => a.questions).find((q) => q.id === id)?.text['nl'] ?? `no question ${id}`;

/** The store an element works with (protected API, read here as a user of the page would see its effects). */
function storeOf(el: ActieAssessmentElement): SessionStore {
  const store = (el as unknown as { store: SessionStore | undefined }).store;
  if (!store) throw new Error('No store');
  return store;
}

function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Not found: ${selector}`);
  return found;
}

function qa<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The visible text of a node, whitespace collapsed. */
function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function active(el: Element): Element | null {
  return el.shadowRoot?.activeElement ?? null;
}

async function render(id: string, storage: 'none' | 'local' = 'none'): Promise<ActieAssessmentElement> {
  const el = await fixture<ActieAssessmentElement>(
    html`<actie-assessment storage=${storage} session-id=${id}></actie-assessment>`,
  );
  await settle(storeOf(el));
  return el;
}

/** The ids of the questions on the page shown. */
function shown(el: Element): string[] {
  return qa(el, '[part~="step"] [part~="question"]').map((f) => f.id.replace(/^(question|intake)-/, ''));
}

/** Click "next" (or "previous") and wait until the step or page changed and the heading has focus. */
async function move(el: ActieAssessmentElement, which: 'next' | 'previous'): Promise<void> {
  const store = storeOf(el);
  const before = `${store.step}/${store.page}`;
  q<HTMLButtonElement>(el, `[part~="${which}-button"]`).click();
  await waitUntil(() => `${store.step}/${store.page}` !== before && active(el)?.id === 'step-heading', `${which} moved`);
  await settle(store);
}

/** Click the step list button whose text contains `title`. */
async function goToStep(el: ActieAssessmentElement, title: string): Promise<void> {
  const button = qa(el, '[part~="step-button"]').find((b) => text(b).includes(title));
  if (!button) throw new Error(`No step "${title}"`);
  button.click();
  await waitUntil(() => text(q(el, '#step-heading')).includes(title), `heading ${title}`);
  await settle(storeOf(el));
}

/** Click an answer option (the label, as a user would). */
async function answer(el: ActieAssessmentElement, question: string, label: string): Promise<void> {
  const option = qa(el, `#question-${question} label`).find((l) => text(l) === label);
  if (!option) throw new Error(`No option ${label} for ${question}`);
  option.click();
  await settle(storeOf(el));
}

/** A lone assessment (storage "none") after a button `#before` on the page, to Tab from. */
async function afterButton(name: string): Promise<ActieAssessmentElement> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button type="button" id="before">Before</button>
      <actie-assessment storage="none" session-id=${uniqueSessionId(name)}></actie-assessment>
    </div>`,
  );
  return wrapper.querySelector('actie-assessment') as ActieAssessmentElement;
}

describe('<actie-assessment>', () => {
  it('opens on the intake: step 1 of 7, progress, three questions, the introduction folded', async () => {
    const el = await render(uniqueSessionId('intake'));
    const store = storeOf(el);
    expect(text(q(el, '#step-heading'))).to.equal('Over het initiatief');
    expect(text(q(el, '[part="step-number"]'))).to.equal('Stap 1 van 7');
    expect(text(q(el, '[part="page-number"]'))).to.equal(`Vragen 1 tot en met 3 van ${INTAKE.length}`);
    const steps = qa(el, 'nav[aria-label] li button');
    expect(steps.map((b) => text(b.querySelector('.step-button__title')))).to.deep.equal([
      'Over het initiatief',
      ...AREAS.map((a) => a.title['nl']),
      'Controleer uw antwoorden',
    ]);
    expect(steps[0]?.getAttribute('aria-current')).to.equal('step');
    expect(steps[1]?.hasAttribute('aria-current')).to.equal(false);
    expect(text(steps[1])).to.include(`0 van ${ANIMO.questions.length} beantwoord`);
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`0 van ${TOTAL} vragen beantwoord`);
    expect(q(el, 'progress').getAttribute('aria-label')).to.equal('Voortgang');

    // The introduction is there, folded; the first page has the first three intake questions.
    const intro = q<HTMLDetailsElement>(el, '[part="step-intro"]');
    expect(intro.open).to.equal(false);
    expect(text(intro.querySelector('summary'))).to.equal('Uitleg bij deze stap');
    expect(text(intro)).to.include('Deze vragen zijn niet verplicht.');
    expect(shown(el)).to.deep.equal(INTAKE.slice(0, 3).map((i) => i.id));
    expect(text(q(el, `label[for="intake-topic-input"]`))).to.equal(`Vraag 1 van ${INTAKE.length} ${INTAKE[0]?.text['nl']}`);

    // A choice question is a radio group; the text question has a limit and a counter.
    const phase = INTAKE.findIndex((i) => i.id === 'phase');
    expect(text(q(el, '#intake-phase legend'))).to.equal(
      `Vraag ${phase + 1} van ${INTAKE.length} In welke fase is het initiatief nu?`,
    );
    qa<HTMLInputElement>(el, 'input[name="intake-phase"]')
      .find((i) => i.value === 'running')
      ?.click();
    await settle(store);
    expect(store.intake).to.deep.equal({ phase: 'running' });
    expect(text(steps[0])).to.include(`1 van ${INTAKE.length} ingevuld`);
    const topic = q<HTMLInputElement>(el, '#intake-topic-input');
    expect(topic.maxLength).to.equal(200);
    topic.focus();
    await sendKeys({ type: 'Buurttuin' });
    await settle(store);
    expect(store.intake['topic']).to.equal('Buurttuin');
    expect(text(q(el, '#intake-topic-count'))).to.equal('9 van 200 tekens gebruikt');
    await expect(el).to.be.accessible();
  });

  it('shows every area in pages of at most three questions, numbered, without question codes', async () => {
    const el = await render(uniqueSessionId('areas'));
    for (const [i, area] of AREAS.entries()) {
      await goToStep(el, area.title['nl'] ?? '');
      expect(text(q(el, '[part="step-number"]'))).to.equal(`Stap ${i + 2} van 7`);
      expect(text(q(el, '#step-heading'))).to.equal(`${area.letter} ${area.title['nl']}`);
      expect(text(q(el, '[part="step-summary"]'))).to.include(area.summary['nl'] ?? '');
      expect(q(el, '[aria-current="step"]').textContent).to.include(area.title['nl']);
      const total = area.questions.length;
      for (let page = 0; page * 3 < total; page++) {
        const expected = ids(area).slice(page * 3, page * 3 + 3);
        expect(shown(el), `${area.id}, page ${page + 1}`).to.deep.equal(expected);
        const last = Math.min(page * 3 + 3, total);
        expect(text(q(el, '[part="page-number"]'))).to.equal(
          page * 3 + 1 === last ? `Vraag ${last} van ${total}` : `Vragen ${page * 3 + 1} tot en met ${last} van ${total}`,
        );
        for (const [n, id] of expected.entries()) {
          const fieldset = q(el, `#question-${id}`);
          // Numbered by its place in the step; the model's code (A9, T15, ...) is not shown.
          expect(text(fieldset.querySelector('legend'))).to.equal(`Vraag ${page * 3 + n + 1} van ${total} ${questionText(id)}`);
          expect(text(fieldset)).to.not.include(id);
          const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
          expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['Ja', 'Deels', 'Nee', 'Weet ik niet']);
          expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
          expect(text(fieldset.querySelector('summary'))).to.equal(`Meer uitleg bij vraag ${page * 3 + n + 1}`);
        }
        // The reflection closes the area, on its last page only.
        expect(qa(el, '[part~="reflection"]')).to.have.length(last === total ? 1 : 0);
        if (page === 0) await expect(el).to.be.accessible();
        if (last < total) {
          expect(text(q(el, '[part~="next-button"]'))).to.equal('Volgende vragen');
          await move(el, 'next');
        }
      }
      const next = AREAS[i + 1]?.title['nl'] ?? 'Controleer uw antwoorden';
      expect(text(q(el, '[part~="next-button"]'))).to.equal(`Volgende: ${next}`);
    }
  });

  it('answering updates the answers, fires change and updates the progress', async () => {
    const el = await render(uniqueSessionId('answer'));
    const store = storeOf(el);
    await goToStep(el, 'Animo');
    const [first] = ids(ANIMO) as [string];
    setTimeout(() => void answer(el, first, 'Deels'));
    const event = await oneEvent<AssessmentChangeEvent>(el, 'change');
    expect(event.detail).to.deep.equal({ question: first, value: 'partly', answers: { [first]: 'partly' } });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(store);
    expect(store.answers).to.deep.equal({ [first]: 'partly' });
    expect(q<HTMLInputElement>(el, `#question-${first} input[value="partly"]`).checked).to.equal(true);
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`1 van ${TOTAL} vragen beantwoord`);
    expect(q<HTMLProgressElement>(el, 'progress').value).to.equal(1);
    expect(text(q(el, '[aria-current="step"]'))).to.include(`1 van ${ANIMO.questions.length} beantwoord`);
    await expect(el).to.be.accessible();
  });

  it('a note stays visible and editable where its question is', async () => {
    const el = await render(uniqueSessionId('note'));
    const store = storeOf(el);
    await goToStep(el, 'Animo');
    const second = ids(ANIMO)[1] as string;
    const toggle = q<HTMLButtonElement>(el, `#question-${second} [part="note-toggle"]`);
    expect(text(toggle)).to.equal('Notitie toevoegen bij vraag 2');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, `#note-${second}`).hidden).to.equal(true);
    toggle.click();
    await waitUntil(() => active(el)?.id === `note-input-${second}`, 'note field focused');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Notitie verbergen bij vraag 2');
    expect(text(q(el, `label[for="note-input-${second}"]`))).to.equal('Notitie (optioneel) bij vraag 2');
    expect(q<HTMLTextAreaElement>(el, `#note-input-${second}`).maxLength).to.equal(2000);
    await sendKeys({ type: 'Vragen aan Fatima' });
    await settle(store);
    expect(store.notes).to.deep.equal({ [second]: 'Vragen aan Fatima' });
    expect(text(q(el, `#note-count-${second}`))).to.equal('17 van 2.000 tekens gebruikt');
    // A note with text cannot be folded away: no toggle, the field stays.
    expect(qa(el, `#question-${second} [part="note-toggle"]`)).to.have.length(0);
    await expect(el).to.be.accessible();

    // Elsewhere and back: the note is there, open, and can be changed.
    await move(el, 'next');
    await move(el, 'previous');
    expect(q(el, `#note-${second}`).hidden).to.equal(false);
    const field = q<HTMLTextAreaElement>(el, `#note-input-${second}`);
    expect(field.value).to.equal('Vragen aan Fatima');
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' en Joost' });
    await settle(store);
    expect(store.notes[second]).to.equal('Vragen aan Fatima en Joost');
  });

  it('clears an answer so the question is open again', async () => {
    const el = await render(uniqueSessionId('clear'));
    const store = storeOf(el);
    await goToStep(el, 'Contacten');
    const [first] = ids(CONTACTEN) as [string];
    await answer(el, first, 'Nee');
    const clear = q<HTMLButtonElement>(el, `#question-${first} [part="clear-button"]`);
    expect(text(clear)).to.equal('Antwoord wissen bij vraag 1');
    setTimeout(() => clear.click());
    const event = await oneEvent<AssessmentChangeEvent>(el, 'change');
    expect(event.detail.question).to.equal(first);
    expect(event.detail.value).to.equal(undefined);
    await settle(store);
    expect(store.answers).to.deep.equal({});
    expect(qa<HTMLInputElement>(el, `#question-${first} input`).some((i) => i.checked)).to.equal(false);
    expect(qa(el, `#question-${first} [part="clear-button"]`)).to.have.length(0);
    expect((active(el) as HTMLInputElement | null)?.name).to.equal(`answer-${first}`);
    await waitUntil(() => text(q(el, '[part="announcer"]')).includes('gewist'), 'announced');
    expect(text(q(el, '[part="announcer"]'))).to.equal('Het antwoord bij vraag 1 is gewist. De vraag staat weer open.');
    await expect(el).to.be.accessible();
  });

  it('moves page by page and step by step: saves step and page, focuses the heading and announces it', async () => {
    const el = await render(uniqueSessionId('jump'));
    const store = storeOf(el);
    await goToStep(el, 'Toerusting');
    expect([store.step, store.page]).to.deep.equal(['toerusting', 0]);
    expect(active(el)).to.equal(q(el, '#step-heading'));
    await waitUntil(() => text(q(el, '[part="announcer"]')) !== '', 'announced');
    const total = TOERUSTING.questions.length;
    expect(text(q(el, '[part="announcer"]'))).to.equal(`Stap 4 van 7: Toerusting. Vragen 1 tot en met 3 van ${total}`);
    // On the first page "previous" goes to the last page of the step before.
    expect(text(q(el, '[part~="previous-button"]'))).to.equal('Vorige: Contacten');

    await move(el, 'next');
    expect([store.step, store.page]).to.deep.equal(['toerusting', 1]);
    expect(shown(el)).to.deep.equal(ids(TOERUSTING).slice(3, 6));
    await waitUntil(() => text(q(el, '[part="announcer"]')).includes('4 tot en met 6'), 'announced');
    expect(text(q(el, '[part="announcer"]'))).to.equal(`Stap 4 van 7: Toerusting. Vragen 4 tot en met 6 van ${total}`);
    expect(text(q(el, '[part~="previous-button"]'))).to.equal('Vorige vragen');
    await move(el, 'previous');
    expect([store.step, store.page]).to.deep.equal(['toerusting', 0]);
    await move(el, 'previous');
    expect(store.step).to.equal('contacten');
    expect(store.page).to.equal(Math.ceil(CONTACTEN.questions.length / 3) - 1);
    expect(shown(el)).to.include(ids(CONTACTEN).at(-1));
    await expect(el).to.be.accessible();
  });

  it('scrolls without animation when the user prefers reduced motion', async () => {
    const el = await render(uniqueSessionId('motion'));
    const calls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (options?: ScrollIntoViewOptions | boolean) {
      calls.push(options);
    };
    // The preference as the page sees it (media emulation exists only in Chromium's protocol).
    const matchMedia = window.matchMedia;
    let reduce = true;
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion')
        ? ({ media: query, matches: reduce && query.includes('reduce') } as MediaQueryList)
        : matchMedia.call(window, query);
    try {
      await goToStep(el, 'Animo');
      reduce = false;
      await goToStep(el, 'Contacten');
    } finally {
      Element.prototype.scrollIntoView = original;
      window.matchMedia = matchMedia;
    }
    expect(calls).to.deep.equal([
      { block: 'start', behavior: 'auto' },
      { block: 'start', behavior: 'smooth' },
    ]);
  });

  it('shows the model error summary with paths inside <actie-session> with an invalid model', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('invalid')} .model=${{ invalid: true }}>
        <actie-assessment></actie-assessment>
      </actie-session>`,
    );
    const el = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await settle(session.store);
    await el.updateComplete; // with the notices' code, loaded the first time there is one
    const summary = q(el, '[part="error-summary"]');
    expect(summary.getAttribute('role')).to.equal('alert');
    const paths = [...summary.querySelectorAll('code')].map(text);
    expect(paths).to.include('/invalid');
    expect(paths).to.include('/id');
    expect(qa(el, 'fieldset')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while a model loads', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('loading')}>
        <actie-assessment></actie-assessment>
      </actie-session>`,
    );
    const el = session.querySelector('actie-assessment') as ActieAssessmentElement;
    // A fetch that never answers: no network involved.
    void session.store.loadModel('/models/slow.json', () => new Promise<Response>(() => undefined));
    await el.updateComplete;
    expect(text(q(el, '[part="loading"]'))).to.equal('Het model wordt geladen…');
    expect(qa(el, 'fieldset')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('reports a model-src that cannot be loaded (404)', async () => {
    const id = uniqueSessionId('missing');
    const el = await fixture<ActieAssessmentElement>(
      html`<actie-assessment storage="none" session-id=${id} model-src="/no-such-model-${id}.json"></actie-assessment>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="error-summary"]'), 'error summary', { timeout: 5000 });
    expect(text(q(el, '[part="error-summary"]'))).to.include('404');
    await expect(el).to.be.accessible();
  });

  it('reflows at 320 px: no horizontal scrolling, large answer targets', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="narrow">
        <actie-assessment storage="none" session-id=${uniqueSessionId('narrow')}></actie-assessment>
      </div>`,
    );
    wrapper.style.inlineSize = '320px';
    const el = wrapper.querySelector('actie-assessment') as ActieAssessmentElement;
    await settle(storeOf(el));
    await goToStep(el, 'Inbedding');
    const [first] = shown(el) as [string];
    q<HTMLButtonElement>(el, `#question-${first} [part="note-toggle"]`).click();
    q(el, `#question-${first} details`).setAttribute('open', '');
    q(el, '[part="step-intro"]').setAttribute('open', '');
    await settle(storeOf(el));
    const base = q(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of qa(el, '*')) {
      if (node.matches('.skip-link, .skip-link *')) continue; // out of sight until focused
      expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className}`).to.be.at.most(
        el.getBoundingClientRect().right + 1,
      );
    }
    for (const option of qa(el, '[part="option"]')) expect(option.getBoundingClientRect().height).to.be.at.least(44);
    for (const button of qa(el, '[part="step-list-toggle"], [part~="next-button"], [part~="previous-button"]')) {
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
    q<HTMLButtonElement>(el, '[part="step-list-toggle"]').click();
    await el.updateComplete;
    for (const button of qa(el, '[part~="step-button"]')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    for (const link of qa(el, '[part="note-toggle"], [part="help-toggle"], [part="step-intro-toggle"]')) {
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the step list compact in a narrow column: "Step 1 of 7" and one button that opens the list', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <actie-assessment storage="none" session-id=${uniqueSessionId('compact')}></actie-assessment>
      </div>`,
    );
    wrapper.style.inlineSize = '390px';
    const el = wrapper.querySelector('actie-assessment') as ActieAssessmentElement;
    const store = storeOf(el);
    await settle(store);
    const toggle = q<HTMLButtonElement>(el, '[part="step-list-toggle"]');
    const visible = (node: Element): boolean => node.getClientRects().length > 0;
    expect(visible(toggle)).to.equal(true);
    expect(text(toggle)).to.equal('Alle stappen');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(qa(el, '[part~="step-button"]').some(visible), 'the list is folded').to.equal(false);
    // "Step 1 of 7" and the button share one row: the step list is one button high.
    const list = q(el, '[part="step-list"]').getBoundingClientRect();
    expect(list.height).to.be.below(44 + 16);
    const number = q(el, '[part="step-number"]').getBoundingClientRect();
    expect(number.bottom).to.be.at.most(toggle.getBoundingClientRect().bottom + 1);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const buttons = qa<HTMLButtonElement>(el, '[part~="step-button"]');
    expect(buttons.every(visible)).to.equal(true);
    await expect(el).to.be.accessible();
    buttons.find((b) => text(b).includes('Animo'))?.click();
    await waitUntil(() => store.step === 'animo', 'moved to the first area');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(qa(el, '[part~="step-button"]').some(visible)).to.equal(false);

    // In a wide column the list is always there, without the button.
    wrapper.style.inlineSize = '1000px';
    await nextFrame();
    expect(visible(toggle)).to.equal(false);
    expect(qa(el, '[part~="step-button"]').every(visible)).to.equal(true);
  });

  it('a skip link, the first stop of Tab, goes to the first question of the page', async () => {
    const el = await afterButton('skip');
    const store = storeOf(el);
    await settle(store);
    store.setStep('animo', 1);
    await settle(store);
    const skip = q<HTMLButtonElement>(el, '[part="skip-link"]');
    expect(text(skip)).to.equal('Naar de eerste vraag');
    // Out of sight until it has focus.
    const hidden = skip.getBoundingClientRect();
    expect(hidden.bottom <= 0 || hidden.top >= innerHeight, 'not in view before it has focus').to.equal(true);
    el.parentElement?.querySelector<HTMLButtonElement>('#before')?.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(skip);
    const seen = skip.getBoundingClientRect();
    expect(seen.height).to.be.at.least(24);
    expect(seen.top).to.be.at.least(el.getBoundingClientRect().top - 1);
    await sendKeys({ press: 'Enter' });
    const fourth = ids(ANIMO)[3] as string;
    await waitUntil(() => active(el)?.id === `question-${fourth}`, 'the first question of page 2 has focus');
    // The next Tab lands in its answers.
    await sendKeys({ press: 'Tab' });
    expect((active(el) as HTMLInputElement | null)?.name).to.equal(`answer-${fourth}`);
    await expect(el).to.be.accessible();
  });

  it('check your answers: every answer and note by step, the open ones plainly, each with "change" there and back', async () => {
    const el = await render(uniqueSessionId('check'));
    const store = storeOf(el);
    const [a1, a2] = ids(ANIMO) as [string, string];
    const t8 = ids(TOERUSTING)[7] as string;
    store.setIntake('topic', 'Buurttuin');
    store.setIntake('phase', 'running');
    store.setAnswer(a1, 'yes');
    store.setNote(a1, 'Met de trekkers gesproken');
    store.setAnswer(a2, 'no');
    store.setReflection('animo', 'Goed: de trekkers. Oppakken: geld.');
    await goToStep(el, 'Controleer uw antwoorden');
    expect(text(q(el, '#step-heading'))).to.equal('Controleer uw antwoorden');
    expect(text(q(el, '[part="check-counts"]'))).to.equal(`U heeft 2 van ${TOTAL} vragen beantwoord.`);

    // Every step is a group; every question a row: question, answer (or "Niet beantwoord"), note, "Wijzig".
    const groups = qa(el, '[part="check-area"]');
    expect(groups.map((g) => text(g.querySelector('h3')))).to.deep.equal([
      'Over het initiatief',
      ...AREAS.map((a) => `${a.letter} ${a.title['nl']}`),
    ]);
    const row = (key: string): HTMLElement => q(el, `[part="check-row"][data-key="${key}"]`);
    expect(text(row(a1).querySelector('dt'))).to.equal(`Vraag 1 van ${ANIMO.questions.length} ${questionText(a1)}`);
    expect(text(row(a1).querySelector('[part~="check-answer"]'))).to.equal('Ja Notitie: Met de trekkers gesproken');
    expect(text(row(a2).querySelector('[part~="check-answer"]'))).to.equal('Nee');
    expect(text(row(t8).querySelector('[part~="check-answer"]'))).to.equal('Niet beantwoord');
    expect(text(row('intake-topic').querySelector('[part~="check-answer"]'))).to.equal('Buurttuin');
    expect(text(row('intake-phase').querySelector('[part~="check-answer"]'))).to.equal(
      initiativeModel.intake.find((i) => i.id === 'phase')?.options?.find((o) => o.value === 'running')?.label['nl'] ?? '-',
    );
    expect(text(row('intake-goal').querySelector('[part~="check-answer"]'))).to.equal('Niet ingevuld');
    expect(text(row('reflection-animo').querySelector('[part~="check-answer"]'))).to.equal('Goed: de trekkers. Oppakken: geld.');
    expect(qa(el, '[part="check-row"]')).to.have.length(INTAKE.length + TOTAL + AREAS.length);
    expect(text(row(a2).querySelector('[part~="change-button"]'))).to.equal(
      `Wijzig antwoord op vraag 2 van ${ANIMO.title['nl']}`,
    );
    // The open questions are listed first, by step and number; no question codes on this step.
    const open = qa(el, '[part="open-question-button"]');
    expect(open).to.have.length(TOTAL - 2);
    expect(text(open[0])).to.equal(`Animo, vraag 3 van ${ANIMO.questions.length}: ${questionText(ids(ANIMO)[2] as string)}`);
    expect(text(q(el, '[part="step"]'))).to.not.match(new RegExp(`\\b(${AREAS.flatMap(ids).join('|')})\\b`));
    expect(text(q(el, '[part="open-warning"]'))).to.include(`Er staan nog ${TOTAL - 2} vragen open. U kunt toch afronden.`);
    await expect(el).to.be.accessible();

    // "Wijzig" goes to the question (its page, focus on it) and a button leads back to the same row.
    row(t8).querySelector<HTMLButtonElement>('[part~="change-button"]')?.click();
    await waitUntil(() => active(el)?.id === `question-${t8}`, 'the question has focus');
    expect([store.step, store.page]).to.deep.equal(['toerusting', 2]);
    await answer(el, t8, 'Deels');
    const back = q<HTMLButtonElement>(el, '[part~="back-to-check-button"]');
    expect(text(back)).to.equal('Terug naar uw antwoorden');
    back.click();
    await waitUntil(() => active(el)?.id === `change-${t8}`, 'back on the "change" button of that question');
    expect(store.step).to.equal('review');
    expect(text(row(t8).querySelector('[part~="check-answer"]'))).to.equal('Deels');

    // The reflection and an intake question can be changed the same way.
    row('reflection-animo').querySelector<HTMLButtonElement>('[part~="change-button"]')?.click();
    await waitUntil(() => active(el)?.id === 'reflection-animo-input', 'the reflection has focus');
    q<HTMLButtonElement>(el, '[part~="back-to-check-button"]').click();
    await waitUntil(() => active(el)?.id === 'change-reflection-animo', 'back');
    row('intake-goal').querySelector<HTMLButtonElement>('[part~="change-button"]')?.click();
    await waitUntil(() => active(el)?.id === 'intake-goal-input', 'the intake question has focus');
    expect(store.step).to.equal('intake');
    // Moving on from there, the way back stays until it is used.
    await move(el, 'next');
    expect(qa(el, '[part~="back-to-check-button"]')).to.have.length(1);
  });

  it('"Afronden": the step becomes "results", actie-complete, the form shrinks to a bar and focus moves to the results', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('complete')}>
        <actie-assessment></actie-assessment>
        <actie-results></actie-results>
      </actie-session>`,
    );
    const el = session.querySelector('actie-assessment') as ActieAssessmentElement;
    const store = session.store;
    await settle(store);
    expect(storeOf(el)).to.equal(store);
    expect(store.hasForm, 'the form works with the session').to.equal(true);
    const [a1, a2, a3] = ids(ANIMO) as [string, string, string];
    store.setAnswer(a1, 'yes');
    store.setAnswer(a2, 'no');
    store.setAnswer(a3, 'dont-know');
    await goToStep(el, 'Controleer uw antwoorden');
    setTimeout(() => q<HTMLButtonElement>(el, '[part="finish-button"]').click());
    const event = await oneEvent<AssessmentCompleteEvent>(el, 'actie-complete');
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect(store.step, 'the results are the step now').to.equal('results');
    expect(store.finished).to.equal(true);
    const { session: file, result } = event.detail;
    expect(file.answers).to.deep.equal({ [a1]: 'yes', [a2]: 'no', [a3]: 'dont-know' });
    expect(result.progress).to.deep.equal({ answered: 3, total: TOTAL });

    // Focus on the heading of the session's results; the form is a short bar.
    const results = session.querySelector('actie-results') as HTMLElement;
    await waitUntil(() => results.shadowRoot?.activeElement?.matches('[part~="heading"]'), 'the results heading has focus');
    await el.updateComplete;
    expect(qa(el, 'fieldset, [part~="step"]')).to.have.length(0);
    expect(text(q(el, '[part="finished"]'))).to.equal(
      `Afgerond U heeft de vragen afgerond: 3 van ${TOTAL} vragen beantwoord. Antwoorden bekijken of wijzigen`,
    );
    expect(el.getBoundingClientRect().height, 'a short bar').to.be.below(200);
    await expect(el).to.be.accessible();

    // "View or change": back to "check your answers"; the results wait again.
    q<HTMLButtonElement>(el, '[part="review-button"]').click();
    await waitUntil(() => active(el)?.id === 'step-heading', 'heading focused');
    expect(store.step).to.equal('review');
    expect(store.finished).to.equal(false);

    // A page that moves focus itself says so with preventDefault().
    session.addEventListener('actie-complete', (e) => e.preventDefault(), { once: true });
    q<HTMLButtonElement>(el, '[part="finish-button"]').click();
    await waitUntil(() => store.finished, 'finished again');
    await settle(store);
    expect(results.shadowRoot?.activeElement ?? null).to.equal(null);

    // The form goes: results and plan no longer wait for it.
    el.remove();
    expect(store.hasForm).to.equal(false);
  });

  it('alone (no results on the page), "Afronden" focuses the bar', async () => {
    const el = await render(uniqueSessionId('alone'));
    await goToStep(el, 'Controleer uw antwoorden');
    q<HTMLButtonElement>(el, '[part="finish-button"]').click();
    await waitUntil(() => active(el)?.id === 'finished-heading', 'the "finished" heading has focus');
    expect(text(q(el, '[part="finished-heading"]'))).to.equal('Afgerond');
    await waitUntil(() => text(q(el, '[part="announcer"]')) !== '', 'announced');
    expect(text(q(el, '[part="announcer"]'))).to.equal('De vragen zijn afgerond.');
  });

  it('speaks English when an ancestor has lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <actie-assessment storage="none" session-id=${uniqueSessionId('en')}></actie-assessment>
      </div>`,
    );
    const el = wrapper.querySelector('actie-assessment') as ActieAssessmentElement;
    await el.updateComplete; // the first English render waits for the English strings (a chunk of their own)
    await settle(storeOf(el));
    expect(text(q(el, '#step-heading'))).to.equal('About the initiative');
    expect(text(q(el, '[part="step-number"]'))).to.equal('Step 1 of 7');
    expect(text(q(el, '[part="page-number"]'))).to.equal(`Questions 1 to 3 of ${INTAKE.length}`);
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`0 of ${TOTAL} questions answered`);
    expect(q(el, 'nav').getAttribute('aria-label')).to.equal('Steps of the questionnaire');
    expect(text(q(el, '[part~="next-button"]'))).to.equal('Next questions');
    expect(text(q(el, '[part="skip-link"]'))).to.equal('Go to the first question');
    expect(text(q(el, '[part="delete-button"]'))).to.equal('Delete my answers');
    await expect(el).to.be.accessible();
    await goToStep(el, 'Enthusiasm');
    const [first] = ids(ANIMO) as [string];
    expect(qa(el, `#question-${first} [part="option"]`).map(text)).to.deep.equal(['Yes', 'Partly', 'No', "Don't know"]);
    expect(text(q(el, `#question-${first} summary`))).to.equal('More information for question 1');
    expect(text(q(el, `#question-${first} [part="note-toggle"]`))).to.equal('Add a note for question 1');
    await answer(el, first, 'Yes');
    expect(text(q(el, '[aria-current="step"]'))).to.include(`1 of ${ANIMO.questions.length} answered`);
    await goToStep(el, 'Check your answers');
    expect(text(q(el, '[part="check-counts"]'))).to.equal(`You answered 1 of ${TOTAL} questions.`);
    await expect(el).to.be.accessible();
  });

  it('resumes where the participant was after a reload (step, page, answers, notes)', async () => {
    const id = uniqueSessionId('resume');
    try {
      const first = await render(id, 'local');
      const [a1] = ids(ANIMO) as [string];
      const t4 = ids(TOERUSTING)[3] as string;
      await goToStep(first, 'Animo');
      await answer(first, a1, 'Ja');
      storeOf(first).setNote(a1, 'Met de trekkers gesproken');
      await goToStep(first, 'Toerusting');
      await move(first, 'next');
      await answer(first, t4, 'Nee');
      first.remove();

      const saved = JSON.parse(localStorage.getItem(`actie:${id}`) ?? '{}') as { ui?: { step?: string; page?: number } };
      expect(saved.ui).to.deep.equal({ step: 'toerusting', page: 1 });

      const second = await render(id, 'local');
      expect(text(q(second, '#step-heading'))).to.equal('T Toerusting');
      expect(shown(second)).to.deep.equal(ids(TOERUSTING).slice(3, 6));
      expect(q<HTMLInputElement>(second, `#question-${t4} input[value="no"]`).checked).to.equal(true);
      await expect(second).to.be.accessible();
      second.remove();

      // A fresh store reads the browser's copy: same step and page, answers and notes.
      const session = await fixture<ActieSessionElement>(
        html`<actie-session session-id=${id}><actie-assessment></actie-assessment></actie-session>`,
      );
      const third = session.querySelector('actie-assessment') as ActieAssessmentElement;
      await settle(session.store);
      expect(storeOf(third)).to.equal(session.store);
      expect([session.store.step, session.store.page]).to.deep.equal(['toerusting', 1]);
      expect(session.store.answers).to.deep.equal({ [a1]: 'yes', [t4]: 'no' });
      await goToStep(third, 'Animo');
      expect(q<HTMLInputElement>(third, `#question-${a1} input[value="yes"]`).checked).to.equal(true);
      expect(q<HTMLTextAreaElement>(third, `#note-input-${a1}`).value).to.equal('Met de trekkers gesproken');
      expect(q(third, `#note-${a1}`).hidden).to.equal(false);
    } finally {
      localStorage.removeItem(`actie:${id}`);
    }
  });

  it('deletes my answers after a keyboard-accessible confirmation', async () => {
    const id = uniqueSessionId('delete');
    try {
      const el = await render(id, 'local');
      const store = storeOf(el);
      await goToStep(el, 'Empathie');
      const [first] = ids(AREAS[4] ?? ANIMO) as [string];
      await answer(el, first, 'Ja');
      expect(localStorage.getItem(`actie:${id}`)).to.not.equal(null);
      expect(text(q(el, '[part="privacy"]'))).to.include('alleen in deze browser bewaard');

      q<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => active(el)?.id === 'delete-cancel', 'cancel focused');
      expect(text(q(el, '[part="delete-confirm"]'))).to.include('Weet u zeker');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => active(el)?.id === 'delete-button', 'back on the delete button');
      expect(store.answers).to.deep.equal({ [first]: 'yes' });

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'delete-cancel', 'cancel focused again');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)?.id).to.equal('delete-confirm');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => active(el)?.id === 'step-heading', 'intake heading focused');
      await settle(store);
      expect(store.answers).to.deep.equal({});
      expect(localStorage.getItem(`actie:${id}`)).to.equal(null);
      expect(text(q(el, '#step-heading'))).to.equal('Over het initiatief');
      expect(text(q(el, '[part="status"]'))).to.equal('Uw antwoorden zijn verwijderd. U bent terug bij de eerste stap.');
      await waitUntil(() => text(q(el, '[part="announcer"]')).includes('verwijderd'), 'announced');
      expect(text(q(el, '[part="progress-text"]'))).to.equal(`0 van ${TOTAL} vragen beantwoord`);
      await expect(el).to.be.accessible();
    } finally {
      localStorage.removeItem(`actie:${id}`);
    }
  });

  it('can be completed with the keyboard alone', async function () {
    // Every question and the intake, page by page, one key press at a time.
    this.timeout(120_000);
    const el = await afterButton('keyboard');
    const store = storeOf(el);
    await settle(store);
    let completed: AssessmentCompleteEvent['detail'] | undefined;
    el.addEventListener('actie-complete', (event) => {
      completed = event.detail;
    });
    el.parentElement?.querySelector<HTMLButtonElement>('#before')?.focus();

    let answered = 0;
    let typedTopic = false;
    let sawFocusVisible = false;
    for (let i = 0; i < 3000 && !completed; i++) {
      const current = active(el);
      const part = current?.getAttribute('part') ?? '';
      if (current instanceof HTMLInputElement && current.type === 'radio' && current.name.startsWith('answer-')) {
        const question = current.name.slice('answer-'.length);
        if (store.answers[question] === undefined) {
          sawFocusVisible ||= current.matches(':focus-visible');
          // Vary the answers: Space picks "yes", ArrowDown moves to and picks "partly".
          await sendKeys({ press: answered % 3 === 0 ? 'ArrowDown' : ' ' });
          answered++;
          continue;
        }
      }
      if (current instanceof HTMLInputElement && current.type === 'text' && !typedTopic) {
        await sendKeys({ type: 'Speeltuin' });
        typedTopic = true;
        continue;
      }
      if (part.includes('next-button')) {
        const before = `${store.step}/${store.page}`;
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => `${store.step}/${store.page}` !== before && active(el)?.id === 'step-heading', 'moved on');
        continue;
      }
      if (part.includes('finish-button')) {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => completed, 'completed');
        break;
      }
      await sendKeys({ press: 'Tab' });
    }

    expect(completed, 'actie-complete fired').to.not.equal(undefined);
    expect(answered).to.equal(TOTAL);
    expect(sawFocusVisible).to.equal(true);
    expect(completed?.result.progress.answered).to.equal(TOTAL);
    expect(completed?.session.intake).to.deep.equal({ topic: 'Speeltuin' });
    expect(Object.values(store.answers).every((v) => v === 'yes' || v === 'partly')).to.equal(true);
    await waitUntil(() => active(el)?.id === 'finished-heading', 'the "finished" heading has focus');
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });
});
