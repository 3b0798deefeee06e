import type { LocalizedText } from '@actie/rules';
import type { MigrationNotice, ReadStoredState, StoredState } from './stored-state.js';

// Reading the value kept in Web Storage back (untrusted text): part of the code loaded on demand
// (./on-demand-code.ts), as a stored session is opened only with it.

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
