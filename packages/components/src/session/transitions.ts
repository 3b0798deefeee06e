import { newSessionId } from '@actie/rules/core';
import type { ActionPlan, AnswerValue, IntakeValue } from '@actie/rules';
import { withEntry, type SessionData } from './session-data.js';

// The changes of a session as pure functions: old data in, new data out, never changed in place.
// A change that changes nothing gives the same object back, so the store can skip it. The changes
// that open a file or a stored text are in ./open-stored.ts, with the code loaded on demand.

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
