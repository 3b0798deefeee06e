import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { initiativeModel } from '@actie/rules/models/initiative';
import '../src/assessment.js';
import type { ActieAssessmentElement, AssessmentChangeEvent, AssessmentCompleteEvent } from '../src/assessment.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { SessionStore } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';

const TOTAL = initiativeModel.areas.reduce((n, a) => n + a.questions.length, 0);

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

describe('<actie-assessment>', () => {
  it('opens on the intake with a step list, progress and optional intake questions', async () => {
    const el = await render(uniqueSessionId('intake'));
    const store = storeOf(el);
    expect(text(q(el, '#step-heading'))).to.equal('Over het initiatief');
    expect(text(q(el, '[part="step-number"]'))).to.equal('Stap 1 van 7');
    const steps = qa(el, 'nav[aria-label] li button');
    expect(steps.map((b) => text(b.querySelector('.step-button__title')))).to.deep.equal([
      'Over het initiatief',
      'Animo',
      'Contacten',
      'Toerusting',
      'Inbedding',
      'Empathie',
      'Overzicht en afronden',
    ]);
    expect(steps[0]?.getAttribute('aria-current')).to.equal('step');
    expect(steps[1]?.hasAttribute('aria-current')).to.equal(false);
    expect(text(steps[1])).to.include('0 van 8 beantwoord');
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`0 van ${TOTAL} vragen beantwoord`);
    expect(q(el, 'progress').getAttribute('aria-label')).to.equal('Voortgang');

    // Choice questions are radio groups; the text question has a limit and a counter.
    const groups = qa(el, 'fieldset');
    expect(groups.map((f) => text(f.querySelector('legend')))).to.include('In welke fase is het initiatief nu?');
    const running = qa<HTMLInputElement>(el, 'input[name="intake-phase"]').find((i) => i.value === 'running');
    running?.click();
    await settle(store);
    expect(store.intake).to.deep.equal({ phase: 'running' });
    expect(text(steps[0])).to.include('1 van 7 ingevuld');

    const topic = q<HTMLInputElement>(el, '#intake-topic-input');
    expect(topic.maxLength).to.equal(200);
    expect(text(q(el, `label[for="intake-topic-input"]`))).to.equal('Waar gaat het initiatief over?');
    topic.focus();
    await sendKeys({ type: 'Buurttuin' });
    await settle(store);
    expect(store.intake['topic']).to.equal('Buurttuin');
    expect(text(q(el, '#intake-topic-count'))).to.equal('9 van 200 tekens gebruikt');
    await expect(el).to.be.accessible();
  });

  it('shows every area as a step: letter, title, summary and a radio group per question', async () => {
    const el = await render(uniqueSessionId('areas'));
    for (const [i, area] of initiativeModel.areas.entries()) {
      await goToStep(el, area.title['nl'] ?? '');
      expect(text(q(el, '[part="step-number"]'))).to.equal(`Stap ${i + 2} van 7`);
      expect(text(q(el, '#step-heading'))).to.equal(`${area.letter} ${area.title['nl']}`);
      expect(text(q(el, '[part="step-summary"]'))).to.include(area.summary['nl'] ?? '');
      expect(q(el, '[aria-current="step"]').textContent).to.include(area.title['nl']);
      const fieldsets = qa(el, 'fieldset[part="question"]');
      expect(fieldsets).to.have.length(area.questions.length);
      for (const [n, question] of area.questions.entries()) {
        const fieldset = fieldsets[n];
        if (!fieldset) throw new Error('missing fieldset');
        expect(text(fieldset.querySelector('legend'))).to.equal(`${question.id} ${question.text['nl']}`);
        const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
        expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['Ja', 'Deels', 'Nee', 'Weet ik niet']);
        expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
        expect(text(fieldset.querySelector('summary'))).to.equal(`Meer uitleg bij vraag ${question.id}`);
      }
      await expect(el).to.be.accessible();
    }
  });

  it('answering updates the answers, fires change and updates the progress', async () => {
    const el = await render(uniqueSessionId('answer'));
    const store = storeOf(el);
    await goToStep(el, 'Animo');
    setTimeout(() => void answer(el, 'A1', 'Deels'));
    const event = await oneEvent<AssessmentChangeEvent>(el, 'change');
    expect(event.detail).to.deep.equal({ question: 'A1', value: 'partly', answers: { A1: 'partly' } });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(store);
    expect(store.answers).to.deep.equal({ A1: 'partly' });
    expect(q<HTMLInputElement>(el, '#question-A1 input[value="partly"]').checked).to.equal(true);
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`1 van ${TOTAL} vragen beantwoord`);
    expect(q<HTMLProgressElement>(el, 'progress').value).to.equal(1);
    expect(text(q(el, '[aria-current="step"]'))).to.include('1 van 8 beantwoord');
    await expect(el).to.be.accessible();
  });

  it('saves a note for a question', async () => {
    const el = await render(uniqueSessionId('note'));
    const store = storeOf(el);
    await goToStep(el, 'Animo');
    const toggle = q<HTMLButtonElement>(el, '#question-A2 [part="note-toggle"]');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(q(el, '#note-A2').hidden).to.equal(true);
    toggle.click();
    await waitUntil(() => active(el)?.id === 'note-input-A2', 'note field focused');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(q(el, 'label[for="note-input-A2"]'))).to.equal('Notitie (optioneel) bij vraag A2');
    expect(q<HTMLTextAreaElement>(el, '#note-input-A2').maxLength).to.equal(2000);
    await sendKeys({ type: 'Vragen aan Fatima' });
    await settle(store);
    expect(store.notes).to.deep.equal({ A2: 'Vragen aan Fatima' });
    expect(text(q(el, '#note-count-A2'))).to.equal('17 van 2.000 tekens gebruikt');
    await expect(el).to.be.accessible();
  });

  it('clears an answer so the question is open again', async () => {
    const el = await render(uniqueSessionId('clear'));
    const store = storeOf(el);
    await goToStep(el, 'Contacten');
    await answer(el, 'C2', 'Nee');
    const clear = q<HTMLButtonElement>(el, '#question-C2 [part="clear-button"]');
    expect(text(clear)).to.equal('Antwoord wissen bij vraag C2');
    setTimeout(() => clear.click());
    const event = await oneEvent<AssessmentChangeEvent>(el, 'change');
    expect(event.detail.question).to.equal('C2');
    expect(event.detail.value).to.equal(undefined);
    await settle(store);
    expect(store.answers).to.deep.equal({});
    expect(qa<HTMLInputElement>(el, '#question-C2 input').some((i) => i.checked)).to.equal(false);
    expect(qa(el, '#question-C2 [part="clear-button"]')).to.have.length(0);
    expect((active(el) as HTMLInputElement | null)?.name).to.equal('answer-C2');
    await waitUntil(() => text(q(el, '[part="announcer"]')).includes('C2'), 'announced');
    expect(text(q(el, '[part="announcer"]'))).to.equal('Het antwoord bij vraag C2 is gewist. De vraag staat weer open.');
    await expect(el).to.be.accessible();
  });

  it('jumps between steps: saves the step, focuses the heading and announces it', async () => {
    const el = await render(uniqueSessionId('jump'));
    const store = storeOf(el);
    await goToStep(el, 'Toerusting');
    expect(store.step).to.equal('toerusting');
    expect(active(el)).to.equal(q(el, '#step-heading'));
    await waitUntil(() => text(q(el, '[part="announcer"]')) !== '', 'announced');
    expect(text(q(el, '[part="announcer"]'))).to.equal('Stap 4 van 7: Toerusting');

    q<HTMLButtonElement>(el, '[part="next-button"]').click();
    await waitUntil(() => store.step === 'inbedding', 'next');
    await waitUntil(() => active(el) === q(el, '#step-heading'), 'heading focused');
    expect(text(q(el, '#step-heading'))).to.equal('I Inbedding');
    expect(text(q(el, '[part="previous-button"]'))).to.equal('Vorige: Toerusting');
    q<HTMLButtonElement>(el, '[part="previous-button"]').click();
    await waitUntil(() => store.step === 'toerusting', 'previous');
    await waitUntil(() => text(q(el, '[part="announcer"]')) === 'Stap 4 van 7: Toerusting', 'announced again');
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
    q<HTMLButtonElement>(el, '#question-I2 [part="note-toggle"]').click();
    q(el, '#question-I2 details').setAttribute('open', '');
    await settle(storeOf(el));
    const base = q(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of qa(el, '*')) {
      expect(node.getBoundingClientRect().right, `${node.tagName}.${node.className}`).to.be.at.most(
        el.getBoundingClientRect().right + 1,
      );
    }
    for (const option of qa(el, '[part="option"]')) expect(option.getBoundingClientRect().height).to.be.at.least(44);
    for (const button of qa(el, '[part="step-list-toggle"], [part="next-button"], [part="previous-button"]')) {
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    }
    q<HTMLButtonElement>(el, '[part="step-list-toggle"]').click();
    await el.updateComplete;
    for (const button of qa(el, '[part~="step-button"]')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    for (const link of qa(el, '[part="note-toggle"], [part="help-toggle"]')) {
      const box = link.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the step list compact in a narrow column: one button that opens the list, folded again after a choice', async () => {
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
    // The list takes one row: the first question follows close below the step list.
    expect(q(el, '[part="step-list"]').getBoundingClientRect().height).to.be.below(2 * 44 + 16);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const buttons = qa<HTMLButtonElement>(el, '[part~="step-button"]');
    expect(buttons.every(visible)).to.equal(true);
    await expect(el).to.be.accessible();
    const area = store.model?.areas[0];
    buttons.find((b) => text(b).includes(area?.title.nl ?? '-'))?.click();
    await waitUntil(() => store.step === area?.id, 'moved to the first area');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(qa(el, '[part~="step-button"]').some(visible)).to.equal(false);

    // In a wide column the list is always there, without the button.
    wrapper.style.inlineSize = '1000px';
    await nextFrame();
    expect(visible(toggle)).to.equal(false);
    expect(qa(el, '[part~="step-button"]').every(visible)).to.equal(true);
  });

  it('lists open questions on the review step and jumps to one', async () => {
    const el = await render(uniqueSessionId('review'));
    const store = storeOf(el);
    await goToStep(el, 'Animo');
    await answer(el, 'A1', 'Ja');
    await answer(el, 'A2', 'Ja');
    await goToStep(el, 'Overzicht en afronden');
    const animo = qa(el, '[part="review-area"]')[0];
    expect(text(animo)).to.include('Animo: 2 van 8 beantwoord, 6 open');
    const open = qa(el, '[part="open-question-button"]');
    expect(open).to.have.length(TOTAL - 2);
    expect(text(open[0])).to.include('A3');
    expect(text(q(el, '[part="open-warning"]'))).to.include(`Er staan nog ${TOTAL - 2} vragen open. U kunt toch afronden.`);
    expect(text(q(el, '[part="open-warning"]'))).to.include('nog onbekend');
    await expect(el).to.be.accessible();

    const t5 = open.find((b) => text(b).startsWith('T5'));
    t5?.click();
    await waitUntil(() => active(el)?.id === 'question-T5', 'question focused');
    expect(store.step).to.equal('toerusting');
    expect(text(q(el, '#step-heading'))).to.equal('T Toerusting');
  });

  it('finishes with open questions: actie-complete has the session and a matching result', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('complete')}>
        <actie-assessment></actie-assessment>
      </actie-session>`,
    );
    const el = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await settle(session.store);
    expect(storeOf(el)).to.equal(session.store);
    await goToStep(el, 'Animo');
    await answer(el, 'A3', 'Ja');
    await answer(el, 'A4', 'Nee');
    await answer(el, 'A5', 'Weet ik niet');
    await goToStep(el, 'Overzicht en afronden');
    setTimeout(() => q<HTMLButtonElement>(el, '[part="finish-button"]').click());
    const event = await oneEvent<AssessmentCompleteEvent>(el, 'actie-complete');
    expect(event.composed).to.equal(true);
    const { session: file, result } = event.detail;
    expect(file.answers).to.deep.equal({ A3: 'yes', A4: 'no', A5: 'dont-know' });
    const status = (id: string): string | undefined => result.conditions.find((c) => c.id === id)?.status;
    expect(status('A3')).to.equal('good');
    expect(status('A4')).to.equal('needs-work');
    expect(status('A5')).to.equal('unknown');
    expect(status('C1')).to.equal('unknown');
    expect(result.progress).to.deep.equal({ answered: 3, total: TOTAL });

    await waitUntil(() => active(el)?.id === 'confirmation', 'confirmation focused');
    expect(text(q(el, '[part="confirmation"]'))).to.include('Uw antwoorden zijn afgerond');
    await expect(el).to.be.accessible();
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
    expect(text(q(el, '[part="progress-text"]'))).to.equal(`0 of ${TOTAL} questions answered`);
    expect(q(el, 'nav').getAttribute('aria-label')).to.equal('Steps of the questionnaire');
    expect(text(q(el, '[part="next-button"]'))).to.equal('Next: Enthusiasm');
    expect(text(q(el, '[part="delete-button"]'))).to.equal('Delete my answers');
    await expect(el).to.be.accessible();
    await goToStep(el, 'Enthusiasm');
    expect(qa(el, '#question-A1 [part="option"]').map(text)).to.deep.equal(['Yes', 'Partly', 'No', "Don't know"]);
    expect(text(q(el, '#question-A1 summary'))).to.equal('More information for question A1');
    expect(text(q(el, '#question-A1 [part="note-toggle"]'))).to.equal('Add a note for question A1');
    await answer(el, 'A1', 'Yes');
    expect(text(q(el, '[aria-current="step"]'))).to.include('1 of 8 answered');
    await expect(el).to.be.accessible();
  });

  it('shows the model error summary with paths inside <actie-session> with an invalid model', async () => {
    const session = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('invalid')} .model=${{ invalid: true }}>
        <actie-assessment></actie-assessment>
      </actie-session>`,
    );
    const el = session.querySelector('actie-assessment') as ActieAssessmentElement;
    await settle(session.store);
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

  it('resumes where the participant was after a reload (step, answers, notes)', async () => {
    const id = uniqueSessionId('resume');
    try {
      const first = await render(id, 'local');
      await goToStep(first, 'Animo');
      await answer(first, 'A1', 'Ja');
      storeOf(first).setNote('A1', 'Met de trekkers gesproken');
      await goToStep(first, 'Toerusting');
      await answer(first, 'T2', 'Nee');
      first.remove();

      const saved = JSON.parse(localStorage.getItem(`actie:${id}`) ?? '{}') as { ui?: { step?: string } };
      expect(saved.ui?.step).to.equal('toerusting');

      const second = await render(id, 'local');
      expect(text(q(second, '#step-heading'))).to.equal('T Toerusting');
      expect(q<HTMLInputElement>(second, '#question-T2 input[value="no"]').checked).to.equal(true);
      await expect(second).to.be.accessible();
      second.remove();

      // A fresh store reads the browser's copy: same step, answers and notes.
      const session = await fixture<ActieSessionElement>(
        html`<actie-session session-id=${id}><actie-assessment></actie-assessment></actie-session>`,
      );
      const third = session.querySelector('actie-assessment') as ActieAssessmentElement;
      await settle(session.store);
      expect(storeOf(third)).to.equal(session.store);
      expect(text(q(third, '#step-heading'))).to.equal('T Toerusting');
      expect(session.store.answers).to.deep.equal({ A1: 'yes', T2: 'no' });
      await goToStep(third, 'Animo');
      expect(q<HTMLInputElement>(third, '#question-A1 input[value="yes"]').checked).to.equal(true);
      expect(q<HTMLTextAreaElement>(third, '#note-input-A1').value).to.equal('Met de trekkers gesproken');
      expect(q(third, '#note-A1').hidden).to.equal(false);
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
      await answer(el, 'E1', 'Ja');
      expect(localStorage.getItem(`actie:${id}`)).to.not.equal(null);
      expect(text(q(el, '[part="privacy"]'))).to.include('alleen in deze browser bewaard');

      q<HTMLButtonElement>(el, '[part="delete-button"]').click();
      await waitUntil(() => active(el)?.id === 'delete-cancel', 'cancel focused');
      expect(text(q(el, '[part="delete-confirm"]'))).to.include('Weet u zeker');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => active(el)?.id === 'delete-button', 'back on the delete button');
      expect(store.answers).to.deep.equal({ E1: 'yes' });

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
    // 46 questions and seven intake questions, one key press at a time.
    this.timeout(90_000);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button" id="before">Before</button>
        <actie-assessment storage="none" session-id=${uniqueSessionId('keyboard')}></actie-assessment>
      </div>`,
    );
    const el = wrapper.querySelector('actie-assessment') as ActieAssessmentElement;
    const store = storeOf(el);
    await settle(store);
    let completed: AssessmentCompleteEvent['detail'] | undefined;
    el.addEventListener('actie-complete', (event) => {
      completed = event.detail;
    });
    wrapper.querySelector<HTMLButtonElement>('#before')?.focus();

    let answered = 0;
    let typedTopic = false;
    let sawFocusVisible = false;
    for (let i = 0; i < 2000 && !completed; i++) {
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
        const before = store.step;
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => store.step !== before && active(el)?.id === 'step-heading', 'moved to the next step');
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
    await waitUntil(() => active(el)?.id === 'confirmation', 'confirmation focused');
    await aTimeout(0);
    await expect(el).to.be.accessible();
  });
});
