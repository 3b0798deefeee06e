import { createSession } from '@actie/rules/core';
import type { ActieModel, ActionPlan, AnswerValue, IntakeAnswers, SessionFile } from '@actie/rules';
import { EMPTY_PLAN } from './plan-changes.js';
import type { MigrationNotice } from './stored-state.js';

/** What one participant entered, and where they are: the data of a {@link SessionStore}, never changed in place. */
export interface SessionData {
  readonly intake: IntakeAnswers;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly notes: Readonly<Record<string, string>>;
  readonly plan: ActionPlan;
  /** What the participant wrote per area ("Wat gaat goed? Wat pakken we op?"): area id → text. */
  readonly reflections: Readonly<Record<string, string>>;
  /**
   * The session's id, made at the first change and kept across saves, downloads and re-imports,
   * so the team overview counts the same session handed in twice once.
   */
  readonly id?: string | undefined;
  /** The step of the assessment the participant is on (empty: the start). */
  readonly step: string;
  /** The page within that step (0: the first; a step shows a few questions per page). */
  readonly page: number;
  readonly createdAt?: string | undefined;
  readonly updatedAt?: string | undefined;
  /** What carrying the answers over to the current version of the questions changed, until closed. */
  readonly migration?: MigrationNotice | undefined;
}

/** A session with nothing entered. */
export const EMPTY_SESSION: SessionData = {
  intake: {},
  answers: {},
  notes: {},
  reflections: {},
  plan: EMPTY_PLAN,
  step: '',
  page: 0,
};

/** Whether nothing has been entered (the step does not count). */
export function isEmptySession(data: SessionData): boolean {
  return (
    !Object.keys(data.answers).length &&
    !Object.keys(data.intake).length &&
    !Object.keys(data.notes).length &&
    !Object.keys(data.reflections).length &&
    !data.plan.agreements.length
  );
}

/** The session as a file, as "download my answers" gives it. */
export function sessionFileOf(model: ActieModel, data: SessionData, participant?: string): SessionFile {
  return createSession(
    model,
    { intake: data.intake, answers: data.answers, notes: data.notes },
    {
      ...(data.createdAt ? { createdAt: data.createdAt } : {}),
      ...(data.updatedAt ? { now: new Date(data.updatedAt) } : {}),
      ...(participant ? { participant } : {}),
      ...(data.id ? { id: data.id } : {}),
      reflections: data.reflections,
      plan: data.plan,
    },
  );
}

/** A record with one entry set, or removed when `value` is empty (`undefined` or `''`). */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  if (value === undefined || value === '') return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  return { ...record, [key]: value };
}
