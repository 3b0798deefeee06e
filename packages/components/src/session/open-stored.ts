import { openSession, type ActieModel } from '@actie/rules';
import { readStoredState, type MigrationNotice, type OpenedSession } from './stored-state.js';
import type { SetAsideCode } from './web-storage.js';

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
