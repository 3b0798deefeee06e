import type { AnswerValue, Answers, AssessmentResult, SessionFile } from '@actie/rules';

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

declare global {
  interface HTMLElementEventMap {
    'actie-complete': AssessmentCompleteEvent;
  }
}
