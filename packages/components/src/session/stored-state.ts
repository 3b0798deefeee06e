import type { ActieModel, LocalizedText, MigrationReport, SessionFile, openSession } from '@actie/rules';

/** A session file opened for the current model (what `openSession` gives). */
export type OpenedSession = Extract<ReturnType<typeof openSession>, { ok: true }>['value'];

/**
 * What a migration to the current version of the questions changed, in short: shown as a notice
 * until the person closes it, and used to mark the questions that need a new answer.
 */
export interface MigrationNotice {
  /** The model version the answers were saved with, e.g. `1.0`. */
  readonly from: string;
  /** The version they were carried over to, e.g. `2.0`. */
  readonly to: string;
  /** How many answers carried over. */
  readonly carried: number;
  /** Questions of the current version that need a new answer (the earlier answer is in their note). */
  readonly reanswer: readonly string[];
  /** Old question ids whose answers no longer have a question. */
  readonly removed: readonly string[];
  /** The texts of those old questions (old id → text), where the migration gives them: the notice names them so. */
  readonly removedTexts: Readonly<Record<string, LocalizedText>>;
  /** Intake questions of the current version without an answer after the migration: to answer now. */
  readonly openIntake: readonly string[];
  /** Intake answers that no longer exist: the question id and the answer (an option that is gone). */
  readonly removedIntake: readonly { readonly question: string; readonly value: string }[];
}

/** The wrapper written to Web Storage (see docs/embedding.md, "The stored value"). */
export interface StoredState {
  readonly format: 'actie-store';
  readonly formatVersion: 1;
  readonly session: SessionFile;
  readonly ui: { readonly step: string; readonly page?: number; readonly migration?: MigrationNotice };
}

/** The stored text of a session, the step and page it is on and an open migration notice. */
export function storedText(session: SessionFile, step: string, migration: MigrationNotice | undefined, page = 0): string {
  const ui = { step, ...(page > 0 ? { page } : {}), ...(migration ? { migration } : {}) };
  const state: StoredState = { format: 'actie-store', formatVersion: 1, session, ui };
  return JSON.stringify(state);
}

/** A stored text read back (untrusted): the session inside it and the UI state, or why it cannot be used. */
export type ReadStoredState =
  | {
      readonly ok: true;
      readonly session: unknown;
      readonly step: string;
      /** The page within the step (0: the first). */
      readonly page: number;
      readonly migration: MigrationNotice | undefined;
    }
  | { readonly ok: false; readonly code: 'corrupt' | 'format' };

/** Read the wrapper of a stored text. The session inside is checked by the rules package, not here. */
export function readStoredState(raw: string): ReadStoredState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'corrupt' };
  }
  const wrapper = parsed as Partial<StoredState> | null;
  if (!wrapper || typeof wrapper !== 'object' || wrapper.format !== 'actie-store' || wrapper.formatVersion !== 1) {
    return { ok: false, code: 'format' };
  }
  const ui: unknown = wrapper.ui;
  const uiRecord = ui && typeof ui === 'object' ? (ui as Record<string, unknown>) : undefined;
  const step = typeof uiRecord?.['step'] === 'string' ? uiRecord['step'] : '';
  const page = uiRecord?.['page'];
  return {
    ok: true,
    session: wrapper.session,
    step,
    page: typeof page === 'number' && Number.isInteger(page) && page > 0 && page < 1000 ? page : 0,
    migration: readMigrationNotice(uiRecord?.['migration']),
  };
}

/** The short notice of a migration report. */
export function migrationNotice(report: MigrationReport): MigrationNotice {
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

/** A text per language read back from storage (untrusted): kept when it is one. */
function readText(value: unknown): LocalizedText | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 20) return undefined;
  const kept = entries.filter((e): e is [string, string] => e[0].length <= 16 && typeof e[1] === 'string');
  return kept.length ? Object.fromEntries(kept.map(([lang, text]) => [lang, text.slice(0, 1000)])) : undefined;
}

/** A migration notice read back from storage (untrusted): kept only when it has the right shape. */
export function readMigrationNotice(value: unknown): MigrationNotice | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const texts = (list: unknown): list is string[] =>
    Array.isArray(list) && list.length <= 500 && list.every((x) => typeof x === 'string' && x.length <= 64);
  if (typeof v['from'] !== 'string' || typeof v['to'] !== 'string' || typeof v['carried'] !== 'number') return undefined;
  if (!texts(v['reanswer']) || !texts(v['removed'])) return undefined;
  // Saved before these were kept: none.
  const removedTexts: Record<string, LocalizedText> = {};
  const savedTexts = v['removedTexts'];
  if (typeof savedTexts === 'object' && savedTexts !== null) {
    for (const id of v['removed']) {
      const text = readText((savedTexts as Record<string, unknown>)[id]);
      if (text) removedTexts[id] = text;
    }
  }
  const savedIntake = v['removedIntake'];
  const removedIntake = Array.isArray(savedIntake)
    ? savedIntake
        .slice(0, 500)
        .filter(
          (r): r is { question: string; value: string } =>
            typeof r === 'object' &&
            r !== null &&
            typeof (r as Record<string, unknown>)['question'] === 'string' &&
            typeof (r as Record<string, unknown>)['value'] === 'string',
        )
        .map((r) => ({ question: r.question.slice(0, 64), value: r.value.slice(0, 200) }))
    : [];
  return {
    from: v['from'].slice(0, 16),
    to: v['to'].slice(0, 16),
    carried: v['carried'],
    reanswer: [...v['reanswer']],
    removed: [...v['removed']],
    removedTexts,
    openIntake: texts(v['openIntake']) ? [...v['openIntake']] : [],
    removedIntake,
  };
}

/** The language of notes written when answers are carried over: the page's, if the model has it. */
export function notesLanguage(model: ActieModel): string {
  const page = typeof document === 'undefined' ? '' : (document.documentElement.lang.toLowerCase().split('-')[0] ?? '');
  return model.languages.includes(page) ? page : (model.languages[0] ?? 'nl');
}
