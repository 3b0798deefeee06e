import type { ActionPlan, AnswerValue, IntakeAnswers } from '@actie/rules';
import { EMPTY_SESSION, isEmptySession, type SessionData } from './session-data.js';
import type { MigrationNotice } from './stored-state.js';
import type { SessionListener, SessionUpdate, StoreChange, StoreChangeDetail } from './store-types.js';

/**
 * The reading side of a {@link SessionStore}: what one participant entered and where they are,
 * and who follows it. The store replaces `data` (always a new object, never changed in place)
 * and then calls {@link notify}: the elements get `actie-store-change`, the subscribers
 * (persistence, scoring) the new and the old data.
 */
export abstract class SessionView extends EventTarget {
  /** @internal */
  protected data: SessionData = EMPTY_SESSION;
  /** The data the last notification told of: the `old` of the next one. */
  #told: SessionData = EMPTY_SESSION;
  readonly #listeners = new Set<SessionListener>();

  /** Be told of every change after the elements are (see {@link SessionUpdate}); returns the function that stops it. */
  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tell the elements (`actie-store-change`, not for `opened`) and then the subscribers what changed. @internal */
  protected notify(change: StoreChange | 'opened', extra: Pick<SessionUpdate, 'origin' | 'stored'> = {}): void {
    const update: SessionUpdate = { change, now: this.data, old: this.#told, ...extra };
    this.#told = this.data;
    if (change !== 'opened') {
      const detail: StoreChangeDetail = extra.origin ? { change, origin: extra.origin } : { change };
      this.dispatchEvent(new CustomEvent<StoreChangeDetail>('actie-store-change', { detail }));
    }
    for (const listener of [...this.#listeners]) listener(update);
  }

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
