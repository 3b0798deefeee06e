import { createSession, newSessionId } from '@actie/rules/core';
import type { ActieModel, ActionPlan, AnswerValue, IntakeValue, MigrationReport } from '@actie/rules';
import type { OnDemand } from './on-demand.js';
import { migrationNotice, notesLanguage, storedText, type OpenedSession } from './stored-state.js';
import { EMPTY_SESSION, enteredIn, withEntry, type SessionData } from './session-data.js';
import type { SetAsideCode } from './web-storage.js';

// The changes of a session as pure functions: old data in, new data out, never changed in place.
// A change that changes nothing gives the same object back, so the store can skip it.

/** One answer set, or cleared (undefined). */
export function withAnswer(data: SessionData, question: string, value: AnswerValue | undefined): SessionData {
  if (data.answers[question] === value) return data;
  return { ...data, answers: withEntry(data.answers, question, value) };
}

/** The note of a question set, or cleared (empty text). */
export function withNote(data: SessionData, question: string, text: string): SessionData {
  if ((data.notes[question] ?? '') === text) return data;
  return { ...data, notes: withEntry(data.notes, question, text) };
}

/** One intake answer set: an option or text (empty clears it), or the options chosen (an empty list clears it). */
export function withIntake(data: SessionData, question: string, value: IntakeValue): SessionData {
  const key = (v: IntakeValue | undefined): string => (v === undefined ? '' : typeof v === 'string' ? v : `[${v.join(',')}]`);
  const was = key(data.intake[question]);
  if (was === key(value) || (was === '' && key(value) === '[]')) return data;
  const cleared = typeof value === 'string' ? value : value.length ? value : undefined;
  return { ...data, intake: withEntry(data.intake, question, cleared) };
}

/** The reflection on an area set, or cleared (empty text). */
export function withReflection(data: SessionData, area: string, text: string): SessionData {
  if ((data.reflections[area] ?? '') === text) return data;
  return { ...data, reflections: withEntry(data.reflections, area, text) };
}

/** Where the participant is: a step and a page in it (0, the first, for anything but a positive whole number). */
export function withStep(data: SessionData, step: string, page: number): SessionData {
  const at = Number.isInteger(page) && page > 0 ? page : 0;
  if (data.step === step && data.page === at) return data;
  return { ...data, step, page: at };
}

/** Another action plan. */
export function withPlan(data: SessionData, plan: ActionPlan): SessionData {
  return { ...data, plan };
}

/** Something was entered at `now` (ISO 8601): the session gets its id and creation time once, and a new update time. */
export function touched(data: SessionData, now: string): SessionData {
  return { ...data, id: data.id ?? newSessionId(), createdAt: data.createdAt ?? now, updatedAt: now };
}

/** The notice about answers carried over closed. */
export function withoutMigration(data: SessionData): SessionData {
  return data.migration ? { ...data, migration: undefined } : data;
}

/** A session file taken from another device: what it holds replaces what was entered; step and page stay. */
export function imported(data: SessionData, opened: OpenedSession, migration: MigrationReport | undefined): SessionData {
  return {
    ...data,
    ...enteredIn(opened),
    createdAt: opened.session.createdAt,
    migration: migration ? migrationNotice(migration) : undefined,
  };
}

/** A stored session read back: what it holds, or why it cannot be used (to be kept aside). */
export type Restored =
  | { readonly ok: true; readonly data: SessionData; readonly migration: MigrationReport | undefined }
  | { readonly ok: false; readonly reason: string; readonly code: SetAsideCode };

/**
 * The session stored as `raw`, read for a model (carried over to its version when it was saved
 * with an older one). From another tab, the step and page stay this tab's own.
 */
export function restored(code: OnDemand, model: ActieModel, raw: string, data: SessionData, fromOtherTab: boolean): Restored {
  const stored = code.openStored(model, raw, notesLanguage(model));
  if (!stored.ok) return stored;
  const { session, migration } = stored.opened;
  return {
    ok: true,
    migration,
    data: {
      ...enteredIn(stored.opened),
      step: fromOtherTab ? data.step : stored.step,
      page: fromOtherTab ? data.page : stored.page,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
      migration: migration ? migrationNotice(migration) : stored.migration,
    },
  };
}

/**
 * What was entered, checked against a new model: undefined when it fits, else the stored text
 * of it (to be kept aside) and the empty session that replaces it. Nothing is dropped unseen.
 */
export function refitted(
  code: OnDemand,
  model: ActieModel,
  data: SessionData,
): { readonly aside: string; readonly data: SessionData } | undefined {
  const { intake, answers, notes, reflections, step, page, migration } = data;
  const file = createSession(model, { intake, answers, notes }, { reflections });
  if (code.sessionInput(model, file).ok) return undefined;
  return { aside: storedText(file, step, migration, page), data: EMPTY_SESSION };
}
