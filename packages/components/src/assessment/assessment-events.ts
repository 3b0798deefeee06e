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

/**
 * `change` of `<actie-assessment>`: after every answer given or cleared in the form. Bubbles and
 * crosses shadow roots. Its name is the native one, so it is in {@link ActieAssessmentEventMap}
 * (the element's own map), not in the global `HTMLElementEventMap`, where `change` is a plain `Event`.
 */
export class AssessmentChangeEvent extends CustomEvent<AssessmentChangeDetail> {
  static readonly eventName = 'change';
  constructor(detail: AssessmentChangeDetail) {
    super(AssessmentChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/**
 * `actie-complete` of `<actie-assessment>`: when the participant finishes on "check your
 * answers". Bubbles, crosses shadow roots; cancelable: `preventDefault()` keeps the focus where it
 * is (the host moves it itself).
 */
export class AssessmentCompleteEvent extends CustomEvent<AssessmentCompleteDetail> {
  static readonly eventName = 'actie-complete';
  constructor(detail: AssessmentCompleteDetail) {
    super(AssessmentCompleteEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

/** Every event `<actie-assessment>` dispatches, by name (with those of any HTML element). */
export interface ActieAssessmentEventMap extends HTMLElementEventMap {
  change: AssessmentChangeEvent;
  'actie-complete': AssessmentCompleteEvent;
}

declare global {
  interface HTMLElementEventMap {
    'actie-complete': AssessmentCompleteEvent;
  }
}
