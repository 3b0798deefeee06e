import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, Answers, AssessmentResult, QuestionForm, SessionFile } from '@actie/rules';
import { ActieElement } from '../shared/actie-element.js';
import { baseStyles } from '../shared/styles.js';
import type { StoreChange, StoreChangeDetail } from '../session/store.js';
import { assessmentStyles } from './assessment.styles.js';
import { questionStyles } from './questions.styles.js';
import type { AssessmentKey } from './assessment.strings.js';
import { areaStep, intakeStep } from './questions.js';
import { privacy, reviewStep, stepNavigation } from './review.js';
import { currentIndex, progress, stepList, steps } from './steps.js';
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

/** Changes of what was entered (not of the step, the model or storage). */
const ENTERED: ReadonlySet<StoreChange> = new Set(['answers', 'intake', 'notes', 'reflections', 'import', 'reset']);

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
 * @csspart note-textarea - The note's `<textarea>` (and the reflection's).
 * @csspart reflection - The "Wat gaat goed? Wat pakken we op?" section at the end of an area step.
 * @csspart reflection-title - Its heading.
 * @csspart reflection-textarea - Its `<textarea>`.
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
 * @csspart finish-error - The alert beside "Finish" when finishing does not work (part of the check did not load).
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
 * @cssproperty --actie-assessment-reflection-title-font-size - Size of the reflection's heading. Default `1.125rem`.
 * @cssproperty --actie-assessment-hint-color - Counter and hint colour. Default: the muted colour.
 * @cssproperty --actie-assessment-help-background-color - Help text background. Default: the subtle background.
 * @cssproperty --actie-assessment-divider-border-color - Lines between sections. Default: the border colour.
 * @cssproperty --actie-assessment-scroll-margin-block-start - Space kept above a heading scrolled into view. Default `1rem`.
 */
export class ActieAssessmentElement extends ActieElement<AssessmentKey> {
  static override properties = {
    ...ActieElement.properties,
    noteOpen: { state: true },
    confirmingDelete: { state: true },
    stepsOpen: { state: true },
    deleted: { state: true },
    finished: { state: true },
    finishFailed: { state: true },
  };

  static override styles = [baseStyles, assessmentStyles, questionStyles];

  protected readonly stringsGroup = 'assessment';
  /** The form shows only the questions: the rest of the model loads with the first answer. @internal */
  protected override readonly questionsSuffice = true;

  /** Notes the participant opened or closed by hand (question id → open). @internal */
  declare noteOpen: ReadonlyMap<string, boolean>;
  /** Whether "delete my answers" asks for confirmation. @internal */
  declare confirmingDelete: boolean;
  /** Whether the step list is open on a narrow screen (where it is folded by default). @internal */
  declare stepsOpen: boolean;
  /** Whether the answers were just deleted (a status says so until the next change). @internal */
  declare deleted: boolean;
  /** Whether the participant finished (the confirmation shows until the next change). @internal */
  declare finished: boolean;
  /**
   * Whether the last "finish" could not be completed (the scoring code or the rest of the model
   * did not load): an alert beside the button says so until something is entered again.
   * @internal
   */
  declare finishFailed: boolean;

  /** Finishing waits for the scoring; a second click meanwhile does nothing. */
  #finishing = false;

  constructor() {
    super();
    this.noteOpen = new Map();
    this.confirmingDelete = false;
    this.stepsOpen = false;
    this.deleted = false;
    this.finished = false;
    this.finishFailed = false;
  }

  protected override storeChanged(detail: StoreChangeDetail): void {
    const change = detail.change;
    // Something entered changed: the "finished" confirmation no longer holds.
    if (ENTERED.has(change)) this.finished = this.finishFailed = false;
    if (change === 'import' || change === 'reset') this.noteOpen = new Map();
  }

  protected override storeConnected(): void {
    this.finished = this.finishFailed = false;
    this.confirmingDelete = false;
    this.noteOpen = new Map();
  }

  // ---- actions -------------------------------------------------------------------------------

  /** Go to a step: save it, focus its heading (or a question), scroll there and announce it. */
  /** @internal */
  async goTo(stepId: string, focusQuestion?: string): Promise<void> {
    const store = this.store;
    const model = store?.questions;
    if (!store || !model) return;
    this.deleted = false;
    this.confirmingDelete = false;
    this.stepsOpen = false;
    store.setStep(stepId);
    this.focusAfter.focus(
      (root) => (focusQuestion ? this.#byId(root, `question-${focusQuestion}`) : null) ?? this.#byId(root, 'step-heading'),
      { scroll: 'start' },
    );
    await this.updateComplete;
    const list = steps(this, model);
    const index = currentIndex(list, store.step);
    const step = list[index];
    if (step) {
      this.announcer.announce(
        this.t('announceStep', { current: this.n(index + 1), total: this.n(list.length), title: step.title }),
      );
    }
  }

  #byId(root: HTMLElement | DocumentFragment, id: string): HTMLElement | null {
    return root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  /** @internal */
  answer(question: string, value: AnswerValue | undefined): void {
    const store = this.store;
    if (!store) return;
    this.deleted = false;
    store.setAnswer(question, value);
    this.dispatchEvent(
      new CustomEvent<AssessmentChangeDetail>('change', {
        bubbles: true,
        composed: true,
        detail: { question, value, answers: store.answers },
      }),
    );
  }

  /** @internal */
  async clearAnswer(question: string): Promise<void> {
    this.answer(question, undefined);
    this.announcer.announce(this.t('answerCleared', { id: question }));
    // The clear button is gone: put focus on the first option of the question.
    this.focusAfter.focus((root) =>
      this.#byId(root, `question-${question}`)?.querySelector<HTMLInputElement>('input[type="radio"]'),
    );
    await this.updateComplete;
  }

  /** @internal */
  async clearIntake(question: string): Promise<void> {
    this.store?.setIntake(question, '');
    this.focusAfter.focus((root) =>
      this.#byId(root, `intake-${question}`)?.querySelector<HTMLInputElement>('input[type="radio"]'),
    );
    await this.updateComplete;
  }

  /** @internal */
  async toggleNote(question: string, open: boolean): Promise<void> {
    this.noteOpen = new Map([...this.noteOpen, [question, open]]);
    if (open) this.focusAfter.focusId(`note-input-${question}`);
    await this.updateComplete;
  }

  /** @internal */
  async finish(): Promise<void> {
    const store = this.store;
    if (!store || this.#finishing) return;
    this.#finishing = true;
    this.finishFailed = false;
    const result = await store.settled();
    const session = store.toSessionFile();
    this.#finishing = false;
    if (!result || !session) {
      this.finishFailed = true;
      return;
    }
    const detail: AssessmentCompleteDetail = { session, result };
    this.emit('actie-complete', detail);
    this.finished = true;
    this.focusAfter.focusId('confirmation', { scroll: 'nearest' });
    await this.updateComplete;
  }

  /** @internal */
  async askDelete(): Promise<void> {
    this.confirmingDelete = true;
    this.focusAfter.focusId('delete-cancel');
    await this.updateComplete;
  }

  /** @internal */
  async cancelDelete(): Promise<void> {
    this.confirmingDelete = false;
    this.focusAfter.focusId('delete-button');
    await this.updateComplete;
  }

  /** @internal */
  async confirmDelete(): Promise<void> {
    const store = this.store;
    if (!store) return;
    store.clear(); // forgets answers, notes, intake, plan and step, and removes the saved copy
    this.confirmingDelete = false;
    this.finished = false;
    this.noteOpen = new Map();
    this.deleted = true;
    this.announcer.announce(this.t('deleted'));
    this.focusAfter.focusId('step-heading', { scroll: 'start' });
    await this.updateComplete;
  }

  /** @internal */
  onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.cancelDelete();
    }
  }

  /** @internal */
  answeredCount(questions: readonly QuestionForm[]): number {
    const answers = this.store?.answers ?? {};
    return questions.filter((q) => answers[q.id] !== undefined).length;
  }

  /** @internal */
  touched(): void {
    this.deleted = false;
  }

  /** @internal */
  toggleSteps(): void {
    this.stepsOpen = !this.stepsOpen;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const store = this.store;
    // The questions are enough: the form shows while the rest of the default model loads.
    const model = store?.questions;
    if (!store || !model) return this.renderModelState();

    const list = steps(this, model);
    const index = currentIndex(list, store.step);
    const step = list[index] ?? list[0];
    if (!step) return nothing;

    // lang in the shadow DOM: hyphenation (hyphens: auto) goes by the element's language.
    return html`<div part="base" class="assessment" lang=${this.language}>
      ${this.renderStorageNotices()} ${progress(this, model)}
      <div part="layout" class="layout">
        ${stepList(this, list, index)}
        <section part="step" class="step" aria-labelledby="step-heading">
          ${this.deleted ? html`<p part="status" class="notice">${this.t('deleted')}</p>` : nothing}
          <p part="step-number" class="step-number">
            ${this.t('stepOf', { current: this.n(index + 1), total: this.n(list.length) })}
          </p>
          ${step.kind === 'intake' ? intakeStep(this, model) : step.kind === 'area' ? areaStep(this, step.area) : reviewStep(this, model)}
          ${stepNavigation(this, list, index)}
        </section>
      </div>
      ${privacy(this, store)} ${this.announcer.render('announcer', { atomic: true })}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'actie-complete': AssessmentCompleteEvent;
  }
}
