import type { AnswerValue, QuestionForm } from '@actie/rules';
import { ActieElement } from '../shared/actie-element.js';
import type { StoreChange, StoreChangeDetail } from '../session/store.js';
import { AssessmentChangeEvent } from './assessment-events.js';
import type { AssessmentKey } from './assessment.strings.js';

/** Changes of what was entered (not of the step, the model or storage). */
const ENTERED: ReadonlySet<StoreChange> = new Set(['answers', 'intake', 'notes', 'reflections', 'import', 'reset']);

/**
 * The state and the answering of `<actie-assessment>`: answers, notes, clearing, "delete my
 * answers". Moving through the form, finishing and rendering are in the element itself.
 */
export abstract class AssessmentForm extends ActieElement<AssessmentKey> {
  static override properties = {
    ...ActieElement.properties,
    noteOpen: { state: true },
    confirmingDelete: { state: true },
    stepsOpen: { state: true },
    deleted: { state: true },
    finishFailed: { state: true },
    changing: { state: true },
  };

  protected readonly stringsGroup = 'assessment';

  /** Empty notes the participant opened or closed (question id → open). @internal */
  declare noteOpen: ReadonlyMap<string, boolean>;
  /** Whether "delete my answers" asks for confirmation. @internal */
  declare confirmingDelete: boolean;
  /** Whether the step list is open on a narrow screen (where it is folded by default). @internal */
  declare stepsOpen: boolean;
  /** Whether the answers were just deleted (a status says so until the next change). @internal */
  declare deleted: boolean;
  /**
   * Whether the last "finish" could not be completed (the scoring code or the rest of the model
   * did not load): an alert beside the button says so until something is entered again.
   * @internal
   */
  declare finishFailed: boolean;
  /** After "change" on "check your answers": the id of that button, to return to. @internal */
  declare changing: string | undefined;

  constructor() {
    super();
    this.noteOpen = new Map();
    this.confirmingDelete = false;
    this.stepsOpen = false;
    this.deleted = false;
    this.finishFailed = false;
    this.changing = undefined;
  }

  protected override storeChanged(detail: StoreChangeDetail): void {
    const change = detail.change;
    if (ENTERED.has(change)) this.finishFailed = false;
    if (change === 'import' || change === 'reset') {
      this.noteOpen = new Map();
      this.changing = undefined;
    }
  }

  /** @internal */
  answer(question: string, value: AnswerValue | undefined): void {
    const store = this.store;
    if (!store) return;
    this.deleted = false;
    store.setAnswer(question, value);
    this.dispatchEvent(new AssessmentChangeEvent({ question, value, answers: store.answers }));
  }

  /** @internal */
  async clearAnswer(question: string, number: number): Promise<void> {
    this.answer(question, undefined);
    this.announcer.announce(this.t('answerCleared', { number: this.n(number) }));
    // The clear button is gone: put focus on the first option of the question.
    this.focusAfter.focus((root) =>
      root
        .querySelector<HTMLElement>(`#${CSS.escape(`question-${question}`)}`)
        ?.querySelector<HTMLInputElement>('input[type="radio"]'),
    );
    await this.updateComplete;
  }

  /** @internal */
  async clearIntake(question: string): Promise<void> {
    this.store?.setIntake(question, '');
    this.focusAfter.focus((root) =>
      root
        .querySelector<HTMLElement>(`#${CSS.escape(`intake-${question}`)}`)
        ?.querySelector<HTMLInputElement>('input[type="radio"]'),
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
    this.noteOpen = new Map();
    this.changing = undefined;
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
}
