import type { AnswerValue, QuestionForm } from '@actie/rules';
import type { SessionStore } from '../session/store.js';
import type { Texts } from '../shared/actie-element.js';
import type { AssessmentKey } from './assessment.strings.js';

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
  readonly finished: boolean;
  /** Whether the last finish failed (the check's code or model did not load). */
  readonly finishFailed: boolean;
  answeredCount(questions: readonly QuestionForm[]): number;
  /** Go to a step (and focus a question on it). */
  goTo(stepId: string, focusQuestion?: string): Promise<void>;
  /** Something was entered: the "answers deleted" status goes. */
  touched(): void;
  answer(question: string, value: AnswerValue | undefined): void;
  clearAnswer(question: string): Promise<void>;
  clearIntake(question: string): Promise<void>;
  toggleNote(question: string, open: boolean): Promise<void>;
  toggleSteps(): void;
  finish(): Promise<void>;
  askDelete(): Promise<void>;
  cancelDelete(): Promise<void>;
  confirmDelete(): Promise<void>;
  onConfirmKeydown(event: KeyboardEvent): void;
}
