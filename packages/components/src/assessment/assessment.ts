import { html, nothing, type TemplateResult } from 'lit';
import type { IntakeQuestion, QuestionForm } from '@actie/rules';
import type { FocusFinder } from '../controllers/focus-after-render.js';
import { baseStyles } from '../shared/styles.js';
import { RESULTS_STEP, type SessionStore } from '../session/store.js';
import { assessmentStyles } from './assessment.styles.js';
import { questionStyles } from './questions.styles.js';
import { AssessmentCompleteEvent, type ActieAssessmentEventMap, type AssessmentCompleteDetail } from './assessment-events.js';
import { adoptCheckStyles, checkView, loadCheck } from './check-view.js';
import type { GoTo } from './context.js';
import { finishedBar } from './finished.js';
import { AssessmentForm } from './form.js';
import { CHECK_STEP, pageCount, pageOf, placeOf, questionsOn, steps, type Place, type Step } from './pages.js';
import { privacy } from './privacy.js';
import { focusAndShow, resultsHeading } from './results-focus.js';
import { pageText, questionPage, stepNavigation } from './step-page.js';
import { progress, stepList } from './steps.js';
import './assessment.strings.js';

export type { ActieAssessmentEventMap, AssessmentChangeDetail, AssessmentCompleteDetail } from './assessment-events.js';
export { AssessmentChangeEvent, AssessmentCompleteEvent } from './assessment-events.js';

/** The id of what to focus for a question: a text field itself, else the question's group. */
function fieldId(step: Step, question: IntakeQuestion | QuestionForm): string {
  if (step.kind !== 'intake') return `question-${question.id}`;
  return (question as IntakeQuestion).kind === 'text' ? `intake-${question.id}-input` : `intake-${question.id}`;
}

/** The field of a question (or `reflection`) to focus on a step's page. */
function field(root: HTMLElement | DocumentFragment, step: Step, question: string): HTMLElement | null {
  const byId = (id: string): HTMLElement | null => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (question === 'reflection') return byId(`reflection-${step.id}-input`);
  const found = step.questions.find((q) => q.id === question);
  return found ? byId(fieldId(step, found)) : null;
}

/**
 * `addEventListener` and `removeEventListener` of `<actie-assessment>` typed by
 * {@link ActieAssessmentEventMap} (`change` included), beside the untyped ones they add to.
 */
type Listen<Options> = <K extends keyof ActieAssessmentEventMap>(
  type: K,
  listener: (this: ActieAssessmentElement, event: ActieAssessmentEventMap[K]) => unknown,
  options?: boolean | Options,
) => void;

// The typed listener methods, declared (no code of their own: HTMLElement's do the work).
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging -- the interface adds overloads to the class below, nothing else */
export interface ActieAssessmentElement {
  addEventListener: Listen<AddEventListenerOptions> & HTMLElement['addEventListener'];
  removeEventListener: Listen<EventListenerOptions> & HTMLElement['removeEventListener'];
}

/**
 * @summary A step-by-step ACTIE questionnaire: intake, one step per area, then "check your answers" and finish.
 *
 * Every question is a native radio group (fieldset and legend) with yes / partly / no / don't
 * know, a "more information" toggle and an optional note (a note with text stays open where its
 * question is). A step shows at most three questions per page, with "previous" and "next"; a
 * compact step list ("Step 2 of 7", all steps behind a button on a narrow screen, beside the form
 * on a wide one) shows where the participant is. Every change is saved to the chosen storage at
 * once; a reload opens the same step and page with the same answers. Questions may be left open:
 * they count as unknown. The last step lists every answer and note with a way to change each.
 * "Finish" sets the session's step to `results` (`RESULTS_STEP`): the form shrinks to a short
 * "finished" bar, results and plan elements of the session show their content, and focus moves
 * to the heading of the session's `<actie-results>` (see `actie-complete`).
 * Makes no network requests (except fetching `model-src` when the page asks for it).
 *
 * Use it alone (`<actie-assessment storage="local">`) or inside `<actie-session>` to share the
 * session with the results and the action plan.
 *
 * @event change - After every answer or cleared answer (a `CustomEvent`, bubbles, composed).
 *   Detail: `{ question: string, value: AnswerValue | undefined, answers: Answers }`; `value` is
 *   `undefined` when the answer was cleared. Intake and note changes do not fire it.
 * @event actie-complete - When the participant finishes on "check your answers" (open questions
 *   are allowed and count as unknown), after the session's step became `results`. Bubbles, is
 *   composed and cancelable. Detail: `{ session: SessionFile, result: AssessmentResult }`. Unless
 *   a listener calls `preventDefault()` (to move focus itself), focus then moves to the first
 *   `part="heading"` of an `<actie-results>` of the same session, else to the "finished" bar.
 *
 * @csspart base - The wrapper of everything.
 * @csspart notice - A storage notice (storage blocked, or saves set aside).
 * @csspart loading - The text shown while a custom model loads, or "check your answers" (a chunk of its own).
 * @csspart error-summary - The list of problems when the model cannot be used.
 * @csspart progress-area - The progress area at the top (text and bar).
 * @csspart skip-link - "Go to the first question": the first thing to Tab to, shown when it has focus.
 * @csspart progress-text - "12 of 38 questions answered" (a polite live region).
 * @csspart progress - The native `<progress>` element.
 * @csspart layout - The grid with the step list and the current step.
 * @csspart step-list - The `<nav>` with "Step 2 of 7" and the list of steps.
 * @csspart step-list-toggle - In a narrow container: the button that shows or hides the list of steps ("Alle stappen").
 * @csspart step-list-item - One `<li>` of the step list.
 * @csspart step-button - The button of a step in the step list.
 * @csspart step-button-current - Also on the button of the current step.
 * @csspart step-letter - The letter badge of an area (in the step list and the step heading).
 * @csspart step-count - The count of a step in the step list ("5 of 8 answered").
 * @csspart step-complete - The check mark of a step whose questions are all answered.
 * @csspart step - The current step (a `<section>`).
 * @csspart step-number - "Step 2 of 7" at the start of the step list.
 * @csspart step-heading - The heading of the current step (receives focus on navigation).
 * @csspart page-number - "Questions 4 to 6 of 7" under the step heading.
 * @csspart step-intro - The folded introduction of a step (`<details>`).
 * @csspart step-intro-toggle - Its `<summary>` "About this step".
 * @csspart step-summary - The area summary and the step's introduction (in the folded introduction), and the introduction of "check your answers".
 * @csspart status - A short status text in the step (after "delete my answers").
 * @csspart question - A question: `<fieldset>` for a choice, a `<div>` for a text intake question.
 * @csspart question-legend - The question text (`<legend>`, or `<label>` for text questions).
 * @csspart question-number - "Question 2 of 7" in small text at the start of a question.
 * @csspart options - The group of answer options.
 * @csspart option - One answer option (`<label>` around the radio and its text).
 * @csspart radio - The native radio input.
 * @csspart option-label - The text of an answer option.
 * @csspart help - The `<details>` with the help text.
 * @csspart help-toggle - The `<summary>` "More information".
 * @csspart help-text - The help text.
 * @csspart question-actions - The row with "clear answer" and the note toggle.
 * @csspart clear-button - "Clear answer".
 * @csspart note-toggle - The button that shows or hides an empty note (a note with text is always shown).
 * @csspart note - The note field and its label.
 * @csspart note-label - The label of the note.
 * @csspart note-textarea - The note's `<textarea>` (and the reflection's).
 * @csspart reflection - The "Wat gaat goed? Wat pakken we op?" section on the last page of an area step.
 * @csspart reflection-title - Its heading.
 * @csspart reflection-textarea - Its `<textarea>`.
 * @csspart text-input - A text input of the intake.
 * @csspart hint - A character counter or hint below a text field.
 * @csspart step-navigation - The row with the previous and next buttons.
 * @csspart previous-button - The button to the previous page or step.
 * @csspart next-button - The button to the next page or step.
 * @csspart back-to-check-button - "Back to your answers", after "change" on "check your answers".
 * @csspart check-counts - "You answered 40 of 46 questions." on "check your answers".
 * @csspart open-section - The list of open questions on "check your answers", with its heading.
 * @csspart open-questions - That list.
 * @csspart open-question-button - A button that goes to an open question.
 * @csspart check-area - The answers of one step on "check your answers" (a section with a heading).
 * @csspart check-heading - Its heading.
 * @csspart check-list - Its summary list (`<dl>`).
 * @csspart check-row - One question with its answer and "change".
 * @csspart check-question - The question (`<dt>`).
 * @csspart check-answer - The answer, or "Not answered" (`<dd>`), with the note.
 * @csspart check-note - The note with an answer.
 * @csspart check-actions - The `<dd>` with "change".
 * @csspart change-button - "Change": goes to the question.
 * @csspart finish - The section with "Finish" at the end of "check your answers".
 * @csspart open-warning - The note that open questions count as unknown.
 * @csspart finish-button - "Finish".
 * @csspart finish-error - The alert beside "Finish" when finishing does not work (part of the check did not load).
 * @csspart check-error - The alert in place of "check your answers" when its code could not be loaded.
 * @csspart finished - The short bar the form becomes after finishing.
 * @csspart finished-heading - Its heading "Finished" (receives focus when the session has no results element).
 * @csspart finished-text - "You have finished the questions: 40 of 46 answered."
 * @csspart review-button - "View or change your answers": back to "check your answers".
 * @csspart privacy - The bottom section: where answers are kept, and "delete my answers".
 * @csspart delete-button - "Delete my answers".
 * @csspart delete-confirm - The inline confirmation of "delete my answers".
 * @csspart delete-confirm-button - "Yes, delete everything".
 * @csspart delete-cancel-button - "No, keep them".
 * @csspart announcer - The visually hidden live region that announces steps and changes.
 * @csspart attribution - "About this check" on the last page of the first step: where the questions come from.
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
 * @cssproperty --actie-assessment-question-number-color - "Question 2 of 7" colour. Default: the muted colour.
 * @cssproperty --actie-assessment-question-number-font-size - "Question 2 of 7" size. Default `0.875em`.
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
export class ActieAssessmentElement extends AssessmentForm {
  static override styles = [baseStyles, assessmentStyles, questionStyles];

  /** "Check your answers": loaded when the participant is on the step before it. */
  readonly #check = this.lazy(loadCheck, (code) => adoptCheckStyles(this, code));

  /** Finishing waits for the scoring; a second click meanwhile does nothing. */
  #finishing = false;
  /** The store this form told it works with it (results and plan wait for "finish" meanwhile). */
  #form: { readonly store: SessionStore; readonly release: () => void } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attachForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.release();
    this.#form = undefined;
  }

  /** Tell the store a form works with it (once per store; moved to another session: that one). */
  #attachForm(): void {
    const store = this.store;
    if (!this.isConnected || !store || this.#form?.store === store) return;
    this.#form?.release();
    this.#form = { store, release: store.attachForm() };
  }

  protected override storeConnected(): void {
    this.finishFailed = false;
    this.confirmingDelete = false;
    this.noteOpen = new Map();
    this.changing = undefined;
    this.#attachForm();
  }

  // ---- moving through the form ---------------------------------------------------------------

  /** The steps and where the participant is; undefined while there are no questions. */
  #where(): { readonly list: Step[]; readonly place: Place } | undefined {
    const store = this.store;
    const model = store?.questions;
    if (!store || !model) return undefined;
    const list = steps(this, model);
    return { list, place: placeOf(list, store.step, store.page) };
  }

  /** Go to a page of a step and save it; focus `find` (else the heading), scroll there, announce it. */
  async #move(stepId: string, page: number, find?: FocusFinder): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.deleted = false;
    this.confirmingDelete = false;
    this.stepsOpen = false;
    // "Check your answers" is its own chunk (loaded already on the step before it, as a rule):
    // the step opens with its content, so focus finds what it looks for there.
    if (stepId === CHECK_STEP) await this.#check.ready();
    store.setStep(stepId, page);
    this.focusAfter.focus((root) => find?.(root) ?? root.querySelector<HTMLElement>('#step-heading'), { scroll: 'start' });
    await this.updateComplete;
    const where = this.#where();
    if (!where) return;
    const { list, place } = where;
    const values = { current: this.n(place.index + 1), total: this.n(list.length), title: place.step.title };
    this.announcer.announce(
      place.step.questions.length
        ? this.t('announcePage', { ...values, questions: pageText(this, place) })
        : this.t('announceStep', values),
    );
  }

  /** Go to a step: a page of it, or the page of a question, which gets focus. @internal */
  async goTo(stepId: string, options: GoTo = {}): Promise<void> {
    const where = this.#where();
    if (!where) return;
    const step = where.list.find((s) => s.id === stepId) ?? where.list[0];
    if (!step) return;
    if (options.returnTo !== undefined) this.changing = options.returnTo;
    if (step.kind === 'check') this.changing = undefined;
    const question = options.question;
    const page = question === 'reflection' ? pageCount(step) - 1 : question ? pageOf(step, question) : (options.page ?? 0);
    await this.#move(step.id, page, question ? (root) => field(root, step, question) : undefined);
  }

  /** @internal */
  async backToCheck(): Promise<void> {
    const button = this.changing;
    this.changing = undefined;
    await this.#move(CHECK_STEP, 0, button ? (root) => root.querySelector<HTMLElement>(`#${CSS.escape(button)}`) : undefined);
  }

  /** From the "finished" bar back to "check your answers" (results and plan wait again). @internal */
  async review(): Promise<void> {
    await this.#move(CHECK_STEP, 0);
  }

  /** The skip link: focus the first question of the page. @internal */
  focusFirstQuestion(id: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (target) focusAndShow(target);
  }

  /**
   * "Finish": score, set the step to `results`, fire `actie-complete`, and (unless a listener
   * prevented it) move focus to the results of the session. @internal
   */
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
    this.changing = undefined;
    store.setStep(RESULTS_STEP);
    const detail: AssessmentCompleteDetail = { session, result };
    const moveFocus = this.dispatchEvent(new AssessmentCompleteEvent(detail));
    this.announcer.announce(this.t('announceFinished'));
    await this.updateComplete;
    if (!moveFocus) return;
    const heading = await resultsHeading(this, store);
    if (heading) {
      // The results element makes its heading focusable; one of an older version may not have.
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      focusAndShow(heading);
    } else {
      this.focusAfter.focusId('finished-heading', { scroll: 'start' });
      await this.updateComplete;
    }
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    const store = this.store;
    // The questions are enough: the form shows while the rest of the default model loads.
    const model = store?.questions;
    const where = this.#where();
    if (!store || !model || !where) return this.renderModelState();
    const { list, place } = where;

    // lang in the shadow DOM: hyphenation (hyphens: auto) goes by the element's language.
    if (store.finished) {
      return html`<div part="base" class="assessment" lang=${this.language}>
        ${this.renderStorageNotices()} ${finishedBar(this, model)} ${this.announcer.render('announcer', { atomic: true })}
      </div>`;
    }
    const check = place.step.kind === 'check';
    if (list[list.indexOf(place.step) + 1]?.kind === 'check') this.#check.get();
    const first = questionsOn<IntakeQuestion | QuestionForm>(place.step.questions, place.page)[0]?.question;
    return html`<div part="base" class="assessment" lang=${this.language}>
      ${
        first
          ? html`<button
              part="skip-link"
              class="skip-link link-button"
              type="button"
              @click=${() => this.focusFirstQuestion(fieldId(place.step, first))}
            >
              ${this.t('skipLink')}
            </button>`
          : nothing
      }
      ${this.renderStorageNotices()} ${progress(this, model)}
      <div part="layout" class="layout">
        ${stepList(this, list, place)}
        <section part="step" class="step" aria-labelledby="step-heading">
          ${this.deleted ? html`<p part="status" class="notice">${this.t('deleted')}</p>` : nothing}
          ${check ? checkView(this, this.#check, list) : questionPage(this, place, model)} ${stepNavigation(this, list, place)}
        </section>
      </div>
      ${privacy(this, store)} ${this.announcer.render('announcer', { atomic: true })}
    </div>`;
  }
}
