// What is known of the built-in models without loading them: their names, ids, versions, titles
// and which model each mirrors (generated/table.ts, written by scripts/models.js from the models'
// data files when the package is built), and a loader per model. A page that needs one built-in
// model, or only the title of one, need not carry all of them.
import { builtinModelTable } from './generated/table.js';
import { deepFreeze } from './freeze.js';
import type { ActieModel, BuiltinModelInfo, BuiltinModelName } from './types.js';

export type { BuiltinCorrespondence, BuiltinModelInfo, BuiltinModelName } from './types.js';

/**
 * What identifies each built-in model (id, version, title, the models it mirrors), by name
 * (`initiative`, `organisation`, `initiator`, the order to list them in), without the models
 * themselves: a few hundred bytes instead of all three models. Load a model with
 * {@link loadBuiltinModel}. Frozen.
 */
export const BUILTIN_MODEL_INFO: Readonly<Record<BuiltinModelName, BuiltinModelInfo>> =
  /*#__PURE__*/ deepFreeze(builtinModelTable);

/** One dynamic `import()` per model, so a bundler makes each a chunk of its own. */
const LOADERS: Readonly<Record<BuiltinModelName, () => Promise<ActieModel>>> = {
  initiative: async () => (await import('./builtin/initiative.js')).initiativeModel,
  organisation: async () => (await import('./builtin/organisation.js')).organisationModel,
  initiator: async () => (await import('./builtin/initiator.js')).initiatorModel,
};

/**
 * Load the built-in model with this name: the same frozen object as the model's own module exports
 * (`initiative` is the complete `initiativeModel` of `@actie/rules/models/initiative`). Resolves to
 * `undefined` for another name. In a bundle each model is a chunk of its own, fetched on the first
 * call; the promise rejects only when that chunk cannot be loaded (a network failure).
 *
 * @example
 * ```ts
 * const model = await loadBuiltinModel('initiator');
 * ```
 */
export async function loadBuiltinModel(name: string): Promise<ActieModel | undefined> {
  if (!Object.prototype.hasOwnProperty.call(LOADERS, name)) return undefined;
  return LOADERS[name as BuiltinModelName]();
}

/**
 * Which built-in model a saved file belongs to: the name of the built-in model whose id the file's
 * `model.id` names (a session file, a plan file, or its JSON text), or `undefined` when the file
 * names none (a custom model, plain answers, or not a file of ours). Never throws. Load that model
 * with {@link loadBuiltinModel}; the file's own version is checked when it is opened.
 *
 * @example
 * ```ts
 * const name = builtinModelOf(text) ?? 'initiative';
 * const model = await loadBuiltinModel(name);
 * ```
 */
export function builtinModelOf(file: unknown): BuiltinModelName | undefined {
  let value = file;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  try {
    const model = typeof value === 'object' && value !== null ? (value as { model?: unknown }).model : undefined;
    const id = typeof model === 'object' && model !== null ? (model as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return undefined;
    return (Object.keys(builtinModelTable) as BuiltinModelName[]).find((name) => builtinModelTable[name].id === id);
  } catch {
    // A hostile object (a getter that throws): it names no model.
    return undefined;
  }
}
