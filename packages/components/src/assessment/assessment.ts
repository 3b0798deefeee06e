import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ANSWER_VALUES,
  LIMITS,
  type ActieModel,
  type AnswerValue,
  type Answers,
  type Area,
  type AssessmentResult,
  type IntakeQuestion,
  type Question,
  type SessionFile,
} from '@actie/rules';
import { ActieElement } from '../shared/actie-element.js';
import { baseStyles } from '../shared/styles.js';
import { icon } from '../shared/icons.js';
import { formatNumber } from '../shared/i18n/format.js';
import type { SessionStore, StoreChangeDetail } from '../session/store.js';
import { assessmentStyles } from './assessment.styles.js';
import './assessment.strings.js';

/**
 * Detail of the `change` event of `<actie-assessment>` (a `CustomEvent` with the native name).
 */
export interface AssessmentChangeDetail {
  /** The question id, e.g. `A1`. */
  readonly question: string;
  /** The new answer; `undefined` when the answer was cleared and the question is open again. */
  readonly value: AnswerValue | undefined;
  /** All answers after the change. */
  readonly answers: Answers;
}

/** Detail of the `actie-complete` event of `<actie-assessment>`. */
export interface AssessmentCompleteDetail {
  /** The session as a file (the same as "download my answers"), with intake, answers and notes. */
  readonly session: SessionFile;
  /** The score of the answers. Open questions count as unknown. */
  readonly result: AssessmentResult;
}

/** The `change` event of `<actie-assessment>`. */
export type AssessmentChangeEvent = CustomEvent<AssessmentChangeDetail>;

/** The `actie-complete` event of `<actie-assessment>`. */
export type AssessmentCompleteEvent = CustomEvent<AssessmentCompleteDetail>;

/** One step of the form. */
type Step =
  | { readonly id: 'intake'; readonly kind: 'intake'; readonly title: string }
  | { readonly id: string; readonly kind: 'area'; readonly title: string; readonly area: Area }
  | { readonly id: 'review'; readonly kind: 'review'; readonly title: string };

const INTAKE = 'intake';
const REVIEW = 'review';
const DEFAULT_TEXT_MAX = 200;

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * @summary A step-by-step ACTIE questionnaire: intake, one step per area, then a review to finish.
 *
 * Every question is a native radio group (fieldset and legend) with yes / partly / no / don't
 * know, a "more information" toggle and an optional note. A step list shows where the participant
 * is and which steps are complete. Every change is saved to the chosen storage at once; a reload
 * opens the same step with the same answers. Questions may be left open: they count as unknown.
 * Makes no network requests (except fetching `model-src` when the page asks for it).
 *
 * Use it alone (`<actie-assessment storage="local">`) or inside `<actie-session>` to share the
 * session with the results and the action plan.
 *
 * @event change - After every answer or cleared answer (a `CustomEvent`, bubbles, composed).
 *   Detail: `{ question: string, value: AnswerValue | undefined, answers: Answers }`; `value` is
 *   `undefined` when the answer was cleared. Intake and note changes do not fire it.
 * @event actie-complete - When the participant finishes on the review step (open questions are
 *   allowed and count as unknown). Detail: `{ session: SessionFile, result: AssessmentResult }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A storage notice (storage blocked, or saves set aside).
 * @csspart loading - The text shown while a custom model loads.
 * @csspart error-summary - The list of problems when the model cannot be used.
 * @csspart progress-area - The progress area at the top (text and bar).
 * @csspart progress-text - "12 of 38 questions answered" (a polite live region).
 * @csspart progress - The native `<progress>` element.
 * @csspart layout - The grid with the step list and the current step.
 * @csspart step-list - The `<nav>` with the list of steps.
 * @csspart step-list-toggle - On narrow screens: the button that shows or hides the list of steps ("Alle stappen").
 * @csspart step-list-item - One `<li>` of the step list.
 * @csspart step-button - The button of a step in the step list.
 * @csspart step-button-current - Also on the button of the current step.
 * @csspart step-letter - The letter badge of an area (in the step list and the step heading).
 * @csspart step-count - The count of a step in the step list ("5 of 8 answered").
 * @csspart step-complete - The check mark of a step whose questions are all answered.
 * @csspart step - The current step (a `<section>`).
 * @csspart step-number - "Step 2 of 7" above the step heading.
 * @csspart step-heading - The heading of the current step (receives focus on navigation).
 * @csspart step-summary - The area summary and the step's introduction.
 * @csspart status - A short status text in the step (after "delete my answers").
 * @csspart question - A question: `<fieldset>` for a choice, a `<div>` for a text intake question.
 * @csspart question-legend - The question text (`<legend>`, or `<label>` for text questions).
 * @csspart question-id - The question id ("A1") in small text.
 * @csspart options - The group of answer options.
 * @csspart option - One answer option (`<label>` around the radio and its text).
 * @csspart radio - The native radio input.
 * @csspart option-label - The text of an answer option.
 * @csspart help - The `<details>` with the help text.
 * @csspart help-toggle - The `<summary>` "More information".
 * @csspart help-text - The help text.
 * @csspart question-actions - The row with "clear answer" and the note toggle.
 * @csspart clear-button - "Clear answer".
 * @csspart note-toggle - The button that shows or hides the note.
 * @csspart note - The note field and its label.
 * @csspart note-label - The label of the note.
 * @csspart note-textarea - The note's `<textarea>`.
 * @csspart text-input - A text input of the intake.
 * @csspart hint - A character counter or hint below a text field.
 * @csspart step-navigation - The row with the previous and next buttons.
 * @csspart previous-button - The button to the previous step.
 * @csspart next-button - The button to the next step.
 * @csspart review-areas - The list of areas with their counts on the review step.
 * @csspart review-area - One area in that list.
 * @csspart open-questions - The list of open questions on the review step.
 * @csspart open-question-button - A button that jumps to an open question.
 * @csspart open-warning - The note that open questions count as unknown.
 * @csspart finish-button - "Finish".
 * @csspart confirmation - The confirmation after finishing (receives focus).
 * @csspart privacy - The bottom section: where answers are kept, and "delete my answers".
 * @csspart delete-button - "Delete my answers".
 * @csspart delete-confirm - The inline confirmation of "delete my answers".
 * @csspart delete-confirm-button - "Yes, delete everything".
 * @csspart delete-cancel-button - "No, keep them".
 * @csspart announcer - The visually hidden live region that announces steps and changes.
 * @csspart attribution - "About this check" on the first step: where the questions come from.
 * @csspart reanswer - The note on a question that is new or changed since the answers were saved.
 *
 * @cssproperty --actie-assessment-attribution-color - Colour of "about this check" on the first step. Default: the muted colour.
 * @cssproperty --actie-assessment-attribution-font-size - Size of that text. Default: `0.875em`.
 * @cssproperty --actie-assessment-column-gap - Space between the step list and the step. Default `var(--actie-space, 1rem) * 1.5`.
 * @cssproperty --actie-assessment-row-gap - Space between the blocks of the layout. Default `var(--actie-space, 1rem)`.
 * @cssproperty --actie-assessment-step-list-inline-size - Width of the step list beside the form (wide screens). Default `16em`.
 * @cssproperty --actie-assessment-progress-accent-color - Colour of the progress bar. Default: the accent colour.
 * @cssproperty --actie-assessment-progress-block-size - Height of the progress bar. Default `0.75rem`.
 * @cssproperty --actie-assessment-step-button-background-color - Step list button background. Default: the page background.
 * @cssproperty --actie-assessment-step-button-color - Step list button text colour. Default: the text colour.
 * @cssproperty --actie-assessment-step-button-border-color - Step list button border. Default: the border colour.
 * @cssproperty --actie-assessment-step-button-border-radius - Step list button corners. Default: the border radius.
 * @cssproperty --actie-assessment-step-button-min-block-size - Step list button height. Default `44px`.
 * @cssproperty --actie-assessment-step-button-padding-block - Step list button padding top and bottom. Default `0.4em`.
 * @cssproperty --actie-assessment-step-button-padding-inline - Step list button padding at the sides. Default `0.5em`.
 * @cssproperty --actie-assessment-step-button-current-background-color - Current step background. Default: the subtle background.
 * @cssproperty --actie-assessment-step-button-current-color - Current step text colour. Default: the text colour.
 * @cssproperty --actie-assessment-step-button-current-border-color - Current step border. Default: the accent colour.
 * @cssproperty --actie-assessment-step-letter-background-color - Letter badge background. Default: the accent colour.
 * @cssproperty --actie-assessment-step-letter-color - Letter badge text. Default: the colour on the accent.
 * @cssproperty --actie-assessment-step-letter-border-radius - Letter badge corners. Default `50%` (a circle).
 * @cssproperty --actie-assessment-step-letter-inline-size - Letter badge size. Default `2em`.
 * @cssproperty --actie-assessment-step-count-color - "5 of 8 answered" colour. Default: the muted colour.
 * @cssproperty --actie-assessment-step-complete-color - Check mark colour. Default: the "good" colour.
 * @cssproperty --actie-assessment-step-number-color - "Step 2 of 7" colour. Default: the muted colour.
 * @cssproperty --actie-assessment-question-background-color - Question background. Default: the page background.
 * @cssproperty --actie-assessment-question-border-color - Question border. Default: the border colour.
 * @cssproperty --actie-assessment-question-border-radius - Question corners. Default: the border radius.
 * @cssproperty --actie-assessment-question-padding-block - Question padding top and bottom. Default `var(--actie-space, 1rem)`.
 * @cssproperty --actie-assessment-question-padding-inline - Question padding at the sides. Default `var(--actie-space, 1rem)`.
 * @cssproperty --actie-assessment-question-margin-block-end - Space below a question. Default `var(--actie-space, 1rem)`.
 * @cssproperty --actie-assessment-question-legend-font-weight - Question text weight. Default `700`.
 * @cssproperty --actie-assessment-question-id-color - Question id colour. Default: the muted colour.
 * @cssproperty --actie-assessment-question-id-font-size - Question id size. Default `0.875em`.
 * @cssproperty --actie-assessment-option-background-color - Answer option background. Default: the page background.
 * @cssproperty --actie-assessment-option-border-color - Answer option border. Default: the border colour.
 * @cssproperty --actie-assessment-option-border-radius - Answer option corners. Default: the border radius.
 * @cssproperty --actie-assessment-option-min-block-size - Answer option height (the whole option is clickable). Default `44px`.
 * @cssproperty --actie-assessment-option-padding-block - Answer option padding top and bottom. Default `0.4em`.
 * @cssproperty --actie-assessment-option-padding-inline - Answer option padding at the sides. Default `0.75em`.
 * @cssproperty --actie-assessment-option-hover-border-color - Answer option border on hover. Default: the accent colour.
 * @cssproperty --actie-assessment-option-checked-background-color - Chosen option background. Default: the subtle background.
 * @cssproperty --actie-assessment-option-checked-border-color - Chosen option border. Default: the accent colour.
 * @cssproperty --actie-assessment-radio-accent-color - Colour of the radio buttons. Default: the accent colour.
 * @cssproperty --actie-assessment-radio-inline-size - Size of the radio buttons. Default `1.25em`.
 * @cssproperty --actie-assessment-input-background-color - Text field background. Default: the page background.
 * @cssproperty --actie-assessment-input-color - Text field text. Default: the text colour.
 * @cssproperty --actie-assessment-input-border-color - Text field border. Default: the border colour.
 * @cssproperty --actie-assessment-input-border-radius - Text field corners. Default: the border radius.
 * @cssproperty --actie-assessment-input-padding-block - Text field padding top and bottom. Default `0.4em`.
 * @cssproperty --actie-assessment-input-padding-inline - Text field padding at the sides. Default `0.6em`.
 * @cssproperty --actie-assessment-input-max-inline-size - Widest a text field gets. Default `40em`.
 * @cssproperty --actie-assessment-note-min-block-size - Height of the note field. Default `6em`.
 * @cssproperty --actie-assessment-hint-color - Counter and hint colour. Default: the muted colour.
 * @cssproperty --actie-assessment-help-background-color - Help text background. Default: the subtle background.
 * @cssproperty --actie-assessment-divider-border-color - Lines between sections. Default: the border colour.
 * @cssproperty --actie-assessment-scroll-margin-block-start - Space kept above a heading scrolled into view. Default `1rem`.
 */
export class ActieAssessmentElement extends ActieElement {
  static override styles = [baseStyles, assessmentStyles];

  protected readonly stringsGroup = 'assessment';

  /** Notes the participant opened or closed by hand (question id → open). */
  #noteOpen = new Map<string, boolean>();
  /** Text for the visually hidden live region. */
  #announcement = '';
  #confirmingDelete = false;
  /** Whether the step list is open on a narrow screen (where it is folded by default). */
  #stepsOpen = false;
  #deleted = false;
  #finished = false;
  #finishing = false;

  protected override storeChanged(detail: StoreChangeDetail): void {
    const change = detail.change;
    if (change === 'answers' || change === 'intake' || change === 'notes' || change === 'import' || change === 'reset') {
      this.#finished = false;
    }
    if (change === 'import' || change === 'reset') this.#noteOpen.clear();
  }

  protected override storeConnected(store: SessionStore): void {
    void store;
    this.#finished = false;
    this.#confirmingDelete = false;
    this.#noteOpen.clear();
  }

  // ---- steps ---------------------------------------------------------------------------------

  #steps(model: ActieModel): Step[] {
    return [
      { id: INTAKE, kind: 'intake', title: this.t('intakeTitle') },
      ...model.areas.map((area): Step => ({ id: area.id, kind: 'area', title: this.mt(area.title), area })),
      { id: REVIEW, kind: 'review', title: this.t('reviewTitle') },
    ];
  }

  /** Index of the current step: the saved one when it exists in this model, else the intake. */
  #currentIndex(steps: readonly Step[]): number {
    const saved = this.store?.step ?? '';
    const index = steps.findIndex((s) => s.id === saved);
    return index < 0 ? 0 : index;
  }

  #answeredCount(questions: readonly Question[]): number {
    const answers = this.store?.answers ?? {};
    return questions.filter((q) => answers[q.id] !== undefined).length;
  }

  #allQuestions(model: ActieModel): Question[] {
    return model.areas.flatMap((a) => [...a.questions]);
  }

  #n(value: number): string {
    return formatNumber(value, this.language);
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Go to a step: save it, focus its heading (or a question), scroll there and announce it. */
  async #goTo(stepId: string, focusQuestion?: string): Promise<void> {
    const store = this.store;
    const model = store?.model;
    if (!store || !model) return;
    this.#deleted = false;
    this.#confirmingDelete = false;
    this.#stepsOpen = false;
    store.setStep(stepId);
    this.requestUpdate();
    await this.updateComplete;
    const steps = this.#steps(model);
    const index = this.#currentIndex(steps);
    const step = steps[index];
    if (step) {
      this.#announce(this.t('announceStep', { current: this.#n(index + 1), total: this.#n(steps.length), title: step.title }));
    }
    const target = focusQuestion ? this.#byId(`question-${focusQuestion}`) : this.#byId('step-heading');
    this.#focus(target ?? this.#byId('step-heading'));
  }

  #byId(id: string): HTMLElement | null {
    return (this.renderRoot as DocumentFragment).getElementById(id);
  }

  #focus(target: HTMLElement | null, block: ScrollLogicalPosition = 'start'): void {
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /** Say something in the polite live region (cleared first, so the same text is said again). */
  #announce(text: string): void {
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.#announcement = text;
      this.requestUpdate();
    });
  }

  #answer(question: string, value: AnswerValue | undefined): void {
    const store = this.store;
    if (!store) return;
    this.#deleted = false;
    store.setAnswer(question, value);
    this.dispatchEvent(
      new CustomEvent<AssessmentChangeDetail>('change', {
        bubbles: true,
        composed: true,
        detail: { question, value, answers: store.answers },
      }),
    );
  }

  async #clearAnswer(question: string): Promise<void> {
    this.#answer(question, undefined);
    this.#announce(this.t('answerCleared', { id: question }));
    await this.updateComplete;
    // The clear button is gone: put focus on the first option of the question.
    this.#byId(`question-${question}`)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  async #clearIntake(question: string): Promise<void> {
    this.store?.setIntake(question, '');
    await this.updateComplete;
    this.#byId(`intake-${question}`)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }

  async #toggleNote(question: string, open: boolean): Promise<void> {
    this.#noteOpen.set(question, open);
    this.requestUpdate();
    await this.updateComplete;
    if (open) this.#byId(`note-input-${question}`)?.focus();
  }

  async #finish(): Promise<void> {
    const store = this.store;
    if (!store || this.#finishing) return;
    this.#finishing = true;
    const result = await store.settled();
    const session = store.toSessionFile();
    this.#finishing = false;
    if (!result || !session) {
      this.requestUpdate();
      return;
    }
    this.emit<AssessmentCompleteDetail>('actie-complete', { session, result });
    this.#finished = true;
    this.requestUpdate();
    await this.updateComplete;
    this.#focus(this.#byId('confirmation'), 'nearest');
  }

  async #askDelete(): Promise<void> {
    this.#confirmingDelete = true;
    this.requestUpdate();
    await this.updateComplete;
    this.#byId('delete-cancel')?.focus();
  }

  async #cancelDelete(): Promise<void> {
    this.#confirmingDelete = false;
    this.requestUpdate();
    await this.updateComplete;
    this.#byId('delete-button')?.focus();
  }

  async #confirmDelete(): Promise<void> {
    const store = this.store;
    if (!store) return;
    store.clear(); // forgets answers, notes, intake, plan and step, and removes the saved copy
    this.#confirmingDelete = false;
    this.#finished = false;
    this.#noteOpen.clear();
    this.#deleted = true;
    this.#announce(this.t('deleted'));
    this.requestUpdate();
    await this.updateComplete;
    this.#focus(this.#byId('step-heading'));
  }

  #onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.#cancelDelete();
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return modelState;
    const store = this.store;
    const model = store?.model;
    if (!store || !model) return nothing;

    const steps = this.#steps(model);
    const index = this.#currentIndex(steps);
    const step = steps[index] ?? steps[0];
    if (!step) return nothing;

    // lang in the shadow DOM: hyphenation (hyphens: auto) goes by the element's language.
    return html`<div part="base" class="assessment" lang=${this.language}>
      ${this.renderStorageNotices()} ${this.#renderProgress(model)}
      <div part="layout" class="layout">
        ${this.#renderStepList(steps, index)}
        <section part="step" class="step" aria-labelledby="step-heading">
          ${this.#deleted ? html`<p part="status" class="notice">${this.t('deleted')}</p>` : nothing}
          <p part="step-number" class="step-number">
            ${this.t('stepOf', { current: this.#n(index + 1), total: this.#n(steps.length) })}
          </p>
          ${
            step.kind === 'intake'
              ? this.#renderIntake(model)
              : step.kind === 'area'
                ? this.#renderArea(step.area)
                : this.#renderReview(model)
          }
          ${this.#renderStepNavigation(steps, index)}
        </section>
      </div>
      ${this.#renderPrivacy(store)}
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.#announcement}
      </div>
    </div>`;
  }

  #renderProgress(model: ActieModel): TemplateResult {
    const questions = this.#allQuestions(model);
    const answered = this.#answeredCount(questions);
    const total = questions.length;
    return html`<div part="progress-area" class="progress">
      <p part="progress-text" class="progress__text" role="status">
        ${this.t('progressText', { answered: this.#n(answered), total: this.#n(total) })}
      </p>
      <progress
        part="progress"
        class="progress__bar"
        max=${Math.max(total, 1)}
        .value=${answered}
        aria-label=${this.t('progressLabel')}
      ></progress>
    </div>`;
  }

  #renderStepList(steps: readonly Step[], current: number): TemplateResult {
    const intake = this.store?.intake ?? {};
    const open = this.#stepsOpen;
    // Narrow containers show only a button for the list (the current step is named above the
    // heading), so the first question stays on the first screen of a phone; wide ones show the list.
    return html`<nav part="step-list" class="step-list ${open ? 'step-list--open' : ''}" aria-label=${this.t('stepListLabel')}>
      <button
        part="step-list-toggle"
        class="button step-list__toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="step-list-items"
        @click=${() => {
          this.#stepsOpen = !open;
          this.requestUpdate();
        }}
      >
        ${icon(open ? 'up' : 'down')} ${this.t('stepListToggle')}
      </button>
      <ol class="step-list__items" id="step-list-items">
        ${steps.map((step, i) => {
          let count: string | undefined;
          let complete = false;
          if (step.kind === 'area') {
            const answered = this.#answeredCount(step.area.questions);
            const total = step.area.questions.length;
            count = this.t('answeredCount', { answered: this.#n(answered), total: this.#n(total) });
            complete = answered === total;
          } else if (step.kind === 'intake') {
            const questions = this.store?.model?.intake ?? [];
            const answered = questions.filter((q) => (intake[q.id] ?? '') !== '').length;
            count = this.t('intakeCount', { answered: this.#n(answered), total: this.#n(questions.length) });
            complete = questions.length > 0 && answered === questions.length;
          }
          const isCurrent = i === current;
          return html`<li part="step-list-item" class="step-list__item">
            <button
              part=${isCurrent ? 'step-button step-button-current' : 'step-button'}
              class="step-button"
              type="button"
              aria-current=${isCurrent ? 'step' : nothing}
              @click=${() => void this.#goTo(step.id)}
            >
              <span part="step-letter" class="step-letter ${step.kind === 'area' ? '' : 'step-letter--empty'}" aria-hidden="true"
                >${step.kind === 'area' ? step.area.letter : ''}</span
              >
              <span class="step-button__text">
                <span class="step-button__title">${step.title}</span>
                ${count ? html`<span part="step-count" class="step-button__count">${count}</span>` : nothing}
              </span>
              ${
                complete
                  ? html`<span part="step-complete" class="step-button__complete"
                      >${icon('good')}<span class="visually-hidden">${this.t('complete')}</span></span
                    >`
                  : nothing
              }
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  #renderHeading(title: string, letter?: string): TemplateResult {
    return html`<h2 part="step-heading" class="step-heading" id="step-heading" tabindex="-1">
      ${letter ? html`<span part="step-letter" class="step-letter">${letter}</span> ` : nothing}${title}
    </h2>`;
  }

  /** The help text behind a "More information" toggle; `context` names the question for screen readers. */
  #renderHelp(help: Question['help'], context: string): TemplateResult | typeof nothing {
    const text = this.mt(help);
    if (!text) return nothing;
    return html`<details part="help" class="help">
      <summary part="help-toggle" class="help__toggle">
        ${this.t('moreInfo')}<span class="visually-hidden"> ${context}</span>
      </summary>
      <p part="help-text" class="help__text">${text}</p>
    </details>`;
  }

  // -- intake

  #renderIntake(model: ActieModel): TemplateResult {
    return html`${this.#renderHeading(this.t('intakeTitle'))}
      <p part="step-summary" class="step-summary">${this.t('intakeIntro')}</p>
      ${model.intake.map((q) => (q.kind === 'text' ? this.#renderIntakeText(q) : this.#renderIntakeChoice(q)))}
      <section part="attribution" class="attribution" aria-labelledby="attribution-heading">
        <h3 id="attribution-heading" class="attribution__heading">${this.t('aboutTitle')}</h3>
        <p>${this.mt(model.attribution)}</p>
      </section>`;
  }

  #renderIntakeChoice(q: IntakeQuestion): TemplateResult {
    const value = this.store?.intake[q.id] ?? '';
    const name = `intake-${q.id}`;
    return html`<fieldset part="question" class="question" id=${name}>
      <legend part="question-legend" class="question__legend">${this.mt(q.text)}</legend>
      <div part="options" class="options">
        ${(q.options ?? []).map(
          (option) =>
            html`<label part="option" class="option">
              <input
                part="radio"
                class="option__radio"
                type="radio"
                name=${name}
                value=${option.value}
                .checked=${live(value === option.value)}
                @change=${() => {
                  this.#deleted = false;
                  this.store?.setIntake(q.id, option.value);
                }}
              />
              <span part="option-label" class="option__label">${this.mt(option.label)}</span>
            </label>`,
        )}
      </div>
      ${this.#renderHelp(q.help, this.t('questionContext', { id: this.mt(q.text) }))}
      ${
        value
          ? html`<div part="question-actions" class="question__actions">
              <button part="clear-button" class="link-button" type="button" @click=${() => void this.#clearIntake(q.id)}>
                ${this.t('clearAnswer')}<span class="visually-hidden">
                  ${this.t('questionContext', { id: this.mt(q.text) })}</span
                >
              </button>
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  #renderIntakeText(q: IntakeQuestion): TemplateResult {
    const value = this.store?.intake[q.id] ?? '';
    const max = q.maxLength ?? DEFAULT_TEXT_MAX;
    const id = `intake-${q.id}`;
    return html`<div part="question" class="question question--text" id=${id}>
      <label part="question-legend" class="question__legend" for=${`${id}-input`}>${this.mt(q.text)}</label>
      ${this.#renderHelp(q.help, this.t('questionContext', { id: this.mt(q.text) }))}
      <input
        part="text-input"
        class="text-input"
        id=${`${id}-input`}
        type="text"
        maxlength=${max}
        aria-describedby=${`${id}-count`}
        .value=${live(value)}
        @input=${(event: InputEvent) => {
          this.#deleted = false;
          this.store?.setIntake(q.id, (event.target as HTMLInputElement).value);
        }}
      />
      <p part="hint" class="hint" id=${`${id}-count`}>
        ${this.t('textCount', { count: this.#n(value.length), max: this.#n(max) })}
      </p>
    </div>`;
  }

  // -- area

  #renderArea(area: Area): TemplateResult {
    return html`${this.#renderHeading(this.mt(area.title), area.letter)}
      <div part="step-summary" class="step-summary">
        <p>${this.mt(area.summary)}</p>
        <p>${this.t('areaIntro')}</p>
      </div>
      ${area.questions.map((q) => this.#renderQuestion(q))}`;
  }

  #renderQuestion(q: Question): TemplateResult {
    const store = this.store;
    const value = store?.answers[q.id];
    const note = store?.notes[q.id] ?? '';
    const noteOpen = this.#noteOpen.get(q.id) ?? note !== '';
    const name = `answer-${q.id}`;
    const context = html`<span class="visually-hidden"> ${this.t('questionContext', { id: q.id })}</span>`;
    return html`<fieldset part="question" class="question" id=${`question-${q.id}`} tabindex="-1">
      <legend part="question-legend" class="question__legend">
        <span part="question-id" class="question__id">${q.id}</span>
        <span class="question__text">${this.mt(q.text)}</span>
      </legend>
      ${store?.needsNewAnswer(q.id) ? html`<p part="reanswer" class="notice reanswer">${this.t('needsNewAnswer')}</p>` : nothing}
      <div part="options" class="options">
        ${ANSWER_VALUES.map(
          (answer) =>
            html`<label part="option" class="option">
              <input
                part="radio"
                class="option__radio"
                type="radio"
                name=${name}
                value=${answer}
                .checked=${live(value === answer)}
                @change=${() => this.#answer(q.id, answer)}
              />
              <span part="option-label" class="option__label">${this.answerLabel(answer)}</span>
            </label>`,
        )}
      </div>
      ${this.#renderHelp(q.help, this.t('questionContext', { id: q.id }))}
      <div part="question-actions" class="question__actions">
        ${
          value !== undefined
            ? html`<button part="clear-button" class="link-button" type="button" @click=${() => void this.#clearAnswer(q.id)}>
                ${this.t('clearAnswer')}${context}
              </button>`
            : nothing
        }
        <button
          part="note-toggle"
          class="link-button"
          type="button"
          aria-expanded=${noteOpen ? 'true' : 'false'}
          aria-controls=${`note-${q.id}`}
          @click=${() => void this.#toggleNote(q.id, !noteOpen)}
        >
          ${this.t(noteOpen ? 'noteHide' : note ? 'noteShow' : 'noteAdd')}${context}
        </button>
      </div>
      <div part="note" class="note" id=${`note-${q.id}`} ?hidden=${!noteOpen}>
        <label part="note-label" class="note__label" for=${`note-input-${q.id}`}>${this.t('noteLabel')}${context}</label>
        <textarea
          part="note-textarea"
          class="note__textarea"
          id=${`note-input-${q.id}`}
          rows="3"
          maxlength=${LIMITS.note}
          aria-describedby=${`note-count-${q.id}`}
          .value=${live(note)}
          @input=${(event: InputEvent) => store?.setNote(q.id, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p part="hint" class="hint" id=${`note-count-${q.id}`}>
          ${this.t('textCount', { count: this.#n(note.length), max: this.#n(LIMITS.note) })}
        </p>
      </div>
    </fieldset>`;
  }

  // -- review

  #renderReview(model: ActieModel): TemplateResult {
    const answers = this.store?.answers ?? {};
    const open = model.areas.flatMap((area) =>
      area.questions.filter((q) => answers[q.id] === undefined).map((q) => ({ area, q })),
    );
    return html`${this.#renderHeading(this.t('reviewTitle'))}
      <p part="step-summary" class="step-summary">${this.t('reviewIntro')}</p>
      <h3>${this.t('reviewAreasTitle')}</h3>
      <ul part="review-areas" class="review-areas">
        ${model.areas.map((area) => {
          const answered = this.#answeredCount(area.questions);
          const total = area.questions.length;
          return html`<li part="review-area" class="review-area">
            <span part="step-letter" class="step-letter" aria-hidden="true">${area.letter}</span>
            <span class="review-area__text">
              <strong>${this.mt(area.title)}</strong>:
              ${this.t('reviewAreaCounts', { answered: this.#n(answered), total: this.#n(total), open: this.#n(total - answered) })}
            </span>
            ${
              answered === total
                ? html`<span part="step-complete" class="step-button__complete"
                    >${icon('good')}<span class="visually-hidden">${this.t('complete')}</span></span
                  >`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <h3>${this.t('openTitle')}</h3>
      ${
        open.length
          ? html`<p>${this.t('openIntro')}</p>
              <ul part="open-questions" class="open-questions">
                ${open.map(
                  ({ area, q }) =>
                    html`<li>
                      <button
                        part="open-question-button"
                        class="link-button open-question"
                        type="button"
                        @click=${() => void this.#goTo(area.id, q.id)}
                      >
                        <span class="question__id">${q.id}</span> ${this.mt(q.text)}
                      </button>
                    </li>`,
                )}
              </ul>`
          : html`<p>${this.t('noOpen')}</p>`
      }
      <div class="finish">
        ${
          open.length
            ? html`<p part="open-warning" class="notice">
                ${open.length === 1 ? this.t('openWarningOne') : this.t('openWarningMany', { open: this.#n(open.length) })}
              </p>`
            : nothing
        }
        <button part="finish-button" class="button button--primary" type="button" @click=${() => void this.#finish()}>
          ${this.t('finish')}
        </button>
      </div>
      ${
        this.#finished
          ? html`<section
              part="confirmation"
              class="notice confirmation"
              id="confirmation"
              tabindex="-1"
              aria-labelledby="confirmation-heading"
            >
              <h3 id="confirmation-heading" class="confirmation__heading">${icon('good')} ${this.t('finishedTitle')}</h3>
              <p>${this.t('finishedText')}</p>
            </section>`
          : nothing
      }`;
  }

  #renderStepNavigation(steps: readonly Step[], index: number): TemplateResult {
    const previous = steps[index - 1];
    const next = steps[index + 1];
    return html`<div part="step-navigation" class="step-navigation">
      ${
        previous
          ? html`<button part="previous-button" class="button" type="button" @click=${() => void this.#goTo(previous.id)}>
              ${this.t('previous', { title: previous.title })}
            </button>`
          : nothing
      }
      ${
        next
          ? html`<button
              part="next-button"
              class="button button--primary step-navigation__next"
              type="button"
              @click=${() => void this.#goTo(next.id)}
            >
              ${this.t('next', { title: next.title })}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderPrivacy(store: SessionStore): TemplateResult {
    const mode = store.storageMode;
    const text = this.t(mode === 'local' ? 'storageLocal' : mode === 'session' ? 'storageSession' : 'storageNone');
    return html`<section part="privacy" class="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading" class="privacy__heading">${this.t('privacyTitle')}</h2>
      <p>${text}</p>
      ${
        this.#confirmingDelete
          ? html`<div
              part="delete-confirm"
              class="notice notice--error delete-confirm"
              role="group"
              aria-labelledby="delete-question"
              @keydown=${(event: KeyboardEvent) => this.#onConfirmKeydown(event)}
            >
              <p id="delete-question">${this.t('deleteQuestion')}</p>
              <div class="delete-confirm__actions">
                <button
                  part="delete-confirm-button"
                  class="button button--primary"
                  type="button"
                  id="delete-confirm"
                  @click=${() => void this.#confirmDelete()}
                >
                  ${this.t('deleteConfirm')}
                </button>
                <button
                  part="delete-cancel-button"
                  class="button"
                  type="button"
                  id="delete-cancel"
                  @click=${() => void this.#cancelDelete()}
                >
                  ${this.t('deleteCancel')}
                </button>
              </div>
            </div>`
          : html`<button
              part="delete-button"
              class="button"
              type="button"
              id="delete-button"
              @click=${() => void this.#askDelete()}
            >
              ${icon('remove')} ${this.t('deleteButton')}
            </button>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'actie-complete': AssessmentCompleteEvent;
  }
}
