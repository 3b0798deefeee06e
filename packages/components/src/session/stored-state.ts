import type { LocalizedText, SessionFile, openSession } from '@actie/rules';

// The value kept in Web Storage: its types and how it is written (on every save). Reading it back
// is in ./read-stored.ts, with the code loaded on demand (see ./on-demand.ts).

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
