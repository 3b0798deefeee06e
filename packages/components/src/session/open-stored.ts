import { createSession, newSessionId } from '@actie/rules/core';
import { openSession, sessionInput, type ActieModel, type MigrationReport, type ValidationError } from '@actie/rules';
import { EMPTY_PLAN } from './plan-changes.js';
import { readStoredState } from './read-stored.js';
import { EMPTY_SESSION, type SessionData } from './session-data.js';
import { storedText, type MigrationNotice, type OpenedSession } from './stored-state.js';
import type { SetAsideCode } from './web-storage.js';

// The changes of a session that open a file or a stored text: pure functions as in
// ./transitions.ts, but part of the code loaded on demand (./on-demand-code.ts), since they need
// the rules package's file checks.

/**
 * Open a stored text for a model: the session in it (carried over to the model's version when it
 * was saved with an older one), or why it cannot be used (for the person, in English) and the
 * code it is set aside with.
 */
export function openStored(
  model: ActieModel,
  raw: string,
  lang: string,
):
  | {
      readonly ok: true;
      readonly opened: OpenedSession;
      readonly step: string;
      readonly page: number;
      readonly migration: MigrationNotice | undefined;
    }
  | { readonly ok: false; readonly code: SetAsideCode; readonly reason: string } {
  const stored = readStoredState(raw);
  if (!stored.ok) {
    const reason =
      stored.code === 'corrupt'
        ? 'The saved answers are damaged and cannot be read.'
        : 'The saved answers are in a format this version does not know.';
    return { ok: false, code: stored.code, reason };
  }
  const opened = openSession(model, stored.session, { lang });
  if (!opened.ok) {
    const codes = opened.errors.map((e) => e.code);
    const code = codes.includes('unsupported-version')
      ? 'format'
      : codes.includes('model-mismatch')
        ? 'model-mismatch'
        : 'corrupt';
    return { ok: false, code, reason: opened.errors.map((e) => e.message).join(' ') };
  }
  return { ok: true, opened: opened.value, step: stored.step, page: stored.page, migration: stored.migration };
}

/** A session file taken from another device: what it holds replaces what was entered (step and page stay), or why it cannot be used. */
export function imported(
  model: ActieModel,
  input: unknown,
  data: SessionData,
):
  | { readonly ok: true; readonly data: SessionData; readonly migration: MigrationReport | undefined }
  | { readonly ok: false; readonly errors: readonly ValidationError[] } {
  // A file saved with an older version of the questions is carried over (the person still has the original file).
  const opened = openSession(model, input, { lang: notesLanguage(model) });
  if (!opened.ok) return opened;
  const { session, migration } = opened.value;
  const notice = migration ? migrationNotice(migration) : undefined;
  return { ok: true, migration, data: { ...data, ...enteredIn(opened.value), createdAt: session.createdAt, migration: notice } };
}

/** A stored session read back: what it holds, or why it cannot be used (to be kept aside). */
export type Restored =
  | { readonly ok: true; readonly data: SessionData; readonly migration: MigrationReport | undefined }
  | { readonly ok: false; readonly reason: string; readonly code: SetAsideCode };

/**
 * The session stored as `raw`, read for a model (carried over to its version when it was saved
 * with an older one). From another tab, the step and page stay this tab's own.
 */
export function restored(model: ActieModel, raw: string, data: SessionData, fromOtherTab: boolean): Restored {
  const stored = openStored(model, raw, notesLanguage(model));
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
  model: ActieModel,
  data: SessionData,
): { readonly aside: string; readonly data: SessionData } | undefined {
  const { intake, answers, notes, reflections, step, page, migration } = data;
  const file = createSession(model, { intake, answers, notes }, { reflections });
  if (sessionInput(model, file).ok) return undefined;
  return { aside: storedText(file, step, migration, page), data: EMPTY_SESSION };
}

/** Intake, answers, notes, reflections, plan and id of an opened session file (a file without an id gets one). */
function enteredIn(opened: OpenedSession): Pick<SessionData, 'intake' | 'answers' | 'notes' | 'reflections' | 'plan' | 'id'> {
  return {
    intake: { ...(opened.input.intake ?? {}) },
    answers: { ...opened.input.answers },
    notes: { ...(opened.input.notes ?? {}) },
    reflections: { ...(opened.session.reflections ?? {}) },
    plan: opened.session.plan ?? EMPTY_PLAN,
    id: opened.session.id ?? newSessionId(),
  };
}

/** The short notice of a migration report. */
function migrationNotice(report: MigrationReport): MigrationNotice {
  return {
    from: report.from,
    to: report.to,
    carried: report.carried.length,
    reanswer: report.reanswer.map((r) => r.question),
    removed: report.removed.map((r) => r.question),
    removedTexts: Object.fromEntries(
      report.removed.filter((r) => Object.keys(r.text).length > 0).map((r) => [r.question, { ...r.text }]),
    ),
    openIntake: [...report.openIntake],
    removedIntake: report.removedIntake.map((r) => ({ question: r.question, value: r.value })),
  };
}

/** The language of notes written when answers are carried over: the page's, if the model has it. */
function notesLanguage(model: ActieModel): string {
  const page = typeof document === 'undefined' ? '' : (document.documentElement.lang.toLowerCase().split('-')[0] ?? '');
  return model.languages.includes(page) ? page : (model.languages[0] ?? 'nl');
}
