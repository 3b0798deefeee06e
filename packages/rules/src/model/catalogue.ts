// What is known of the built-in models without loading them: their names, ids, versions, titles
// and which model each mirrors (builtin/table.ts, written by scripts/builtin-models.js from the
// models themselves and checked by the tests), and a loader per model. A page that needs one
// built-in model, or only the title of one, need not carry all of them.
import { builtinModelTable } from './builtin/table.js';
import { deepFreeze } from './trusted.js';
import type { ActieModel, BuiltinModelInfo, BuiltinModelName } from './types.js';

export type { BuiltinCorrespondence, BuiltinModelInfo, BuiltinModelName } from './types.js';

/**
 * What identifies each built-in model (id, version, title, the models it mirrors), by name, in the
 * order of `BUILTIN_MODELS`, without the models themselves: a few hundred bytes instead of all
 * three models. Load a model with {@link loadBuiltinModel}. Frozen.
 */
export const BUILTIN_MODEL_INFO: Readonly<Record<BuiltinModelName, BuiltinModelInfo>> =
  /*#__PURE__*/ deepFreeze(builtinModelTable);

/** One dynamic `import()` per model, so a bundler makes each a chunk of its own. */
const LOADERS: Readonly<Record<BuiltinModelName, () => Promise<ActieModel>>> = {
  initiative: async () => (await import('./actie-model.js')).actieModel,
  organisation: async () => (await import('./builtin-organisation.js')).organisationModel,
  initiator: async () => (await import('./builtin-initiator.js')).initiatorModel,
};

/**
 * Load the built-in model with this name: the same frozen object as in `BUILTIN_MODELS`
 * (`initiative` is the complete `actieModel`). Resolves to `undefined` for another name. In a
 * bundle each model is a chunk of its own, fetched on the first call; the promise rejects only
 * when that chunk cannot be loaded (a network failure).
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
