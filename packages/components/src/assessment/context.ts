import type { AnswerValue, QuestionForm } from '@actie/rules';
import type { SessionStore } from '../session/store.js';
import type { Texts } from '../shared/actie-element.js';
import type { AssessmentKey } from './assessment.strings.js';

/** Where to go: a step id, and on it a page, or the page of a question (whose field then gets focus). */
export interface GoTo {
  /** The page of the step (0: the first); ignored when `question` is given. */
  readonly page?: number;
  /** A question (or `reflection-<area>`) to focus: its page is shown. */
  readonly question?: string;
  /**
   * Coming from "check your answers": the id of the button there to return focus to (a button on
   * the page takes the participant back).
   */
  readonly returnTo?: string;
}

/**
 * What the step templates of `<actie-assessment>` use of the element: texts, state and actions.
 * The element itself is passed (its members for these are internal).
 */
export interface AssessmentContext extends Texts<AssessmentKey> {
  readonly store: SessionStore | undefined;
  /** Notes the participant opened or closed by hand (question id → open). */
  readonly noteOpen: ReadonlyMap<string, boolean>;
  /** Whether the step list is open on a narrow screen. */
  readonly stepsOpen: boolean;
  readonly confirmingDelete: boolean;
  /** Whether the last finish failed (the check's code or model did not load). */
  readonly finishFailed: boolean;
  /** Set when the participant came from "check your answers": the id of the button to return to there. */
  readonly changing: string | undefined;
  answeredCount(questions: readonly QuestionForm[]): number;
  /** Go to a step (a page of it, or the page of a question, which gets focus). */
  goTo(stepId: string, options?: GoTo): Promise<void>;
  /** Back to "check your answers", to the "change" button of the question just changed. */
  backToCheck(): Promise<void>;
  /** Focus the first question of the page (the skip link), by the id of its field. */
  focusFirstQuestion(id: string): void;
  /** Back from "finished" to "check your answers". */
  review(): Promise<void>;
  /** Something was entered: the "answers deleted" status goes. */
  touched(): void;
  answer(question: string, value: AnswerValue | undefined): void;
  clearAnswer(question: string, number: number): Promise<void>;
  clearIntake(question: string): Promise<void>;
  toggleNote(question: string, open: boolean): Promise<void>;
  toggleSteps(): void;
  finish(): Promise<void>;
  askDelete(): Promise<void>;
  cancelDelete(): Promise<void>;
  confirmDelete(): Promise<void>;
  onConfirmKeydown(event: KeyboardEvent): void;
}
