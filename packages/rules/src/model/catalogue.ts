// What is known of the built-in models without loading them: their names, ids, versions, titles
// and which model each mirrors (builtin/table.ts, written by scripts/builtin-models.js from the
// models themselves and checked by the tests), and a loader per model. A page that needs one
// built-in model, or only the title of one, need not carry all of them.
import { builtinModelTable } from './builtin/table.js';
import { deepFreeze } from './trusted.js';
import type { ActieModel, LocalizedText } from './types.js';

/** The names of the built-in models, as `<actie-session model-name>` and `actie --model` take them. */
export type BuiltinModelName = 'initiative' | 'organisation' | 'initiator';

/** A model whose questions a built-in model mirrors: its id and major version (a `correspondence` entry without its question pairs). */
export interface BuiltinCorrespondence {
  /** The id of the model mirrored. */
  readonly model: string;
  /** Its major version, such as `"2"`. */
  readonly version: string;
}

/** What identifies a built-in model, known without loading it. */
export interface BuiltinModelInfo {
  /** Its name, as in `BUILTIN_MODELS`. */
  readonly name: BuiltinModelName;
  /** The model's `id`. */
  readonly id: string;
  /** The model's `version`. */
  readonly version: string;
  /** The model's `title`, in every language it has. */
  readonly title: LocalizedText;
  /** Every model it declares a `correspondence` to, in the model's order. */
  readonly correspondence: readonly BuiltinCorrespondence[];
}

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
