import type { ActionPlan, AnswerValue, IntakeAnswers } from '@actie/rules';
import { EMPTY_SESSION, isEmptySession, type SessionData } from './session-data.js';
import type { MigrationNotice } from './stored-state.js';

/**
 * The reading side of a {@link SessionStore}: what one participant entered and where they are.
 * The store changes `data` (always a new object, never in place) and tells its listeners.
 */
export abstract class SessionView extends EventTarget {
  /** @internal */
  protected data: SessionData = EMPTY_SESSION;

  get intake(): IntakeAnswers {
    return this.data.intake;
  }

  get answers(): Readonly<Record<string, AnswerValue>> {
    return this.data.answers;
  }

  get notes(): Readonly<Record<string, string>> {
    return this.data.notes;
  }

  get plan(): ActionPlan {
    return this.data.plan;
  }

  /** What the participant wrote per area ("Wat gaat goed? Wat pakken we op?"): area id → text. */
  get reflections(): Readonly<Record<string, string>> {
    return this.data.reflections;
  }

  /** The step of the assessment the participant is on (empty: the start). */
  get step(): string {
    return this.data.step;
  }

  /** The page within the step the participant is on (0: the first). */
  get page(): number {
    return this.data.page;
  }

  /** What the last carrying over to the current version of the questions changed, until closed. */
  get migration(): MigrationNotice | undefined {
    return this.data.migration;
  }

  /** Whether a question needs a new answer because the version of the questions changed. */
  needsNewAnswer(question: string): boolean {
    return !!this.data.migration?.reanswer.includes(question) && this.data.answers[question] === undefined;
  }

  /** Whether anything has been entered. */
  get isEmpty(): boolean {
    return isEmptySession(this.data);
  }

  /** Whether a condition is on the action plan. */
  isOnPlan(condition: string): boolean {
    return this.data.plan.agreements.some((a) => a.condition === condition);
  }
}
