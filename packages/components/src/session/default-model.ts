import type { ActieModel, ModelQuestions } from '@actie/rules';
import { initiativeQuestionsNl } from '@actie/rules/models/initiative-nl-questions';

/**
 * The default model as a page gets it, in three steps, each a superset of the one before (the same
 * ids, questions and version, so what was entered fits every step):
 *
 * 1. its Dutch questions (`initiativeQuestionsNl`, in the main code): enough to show the form and
 *    fill it in;
 * 2. the whole model with its Dutch texts (`initiativeModelNl`): a chunk of its own, loaded when
 *    something first needs more than the questions (scoring, saving, reading saved answers, the
 *    results, the plan, the team overview);
 * 3. the complete model with Dutch and English (`initiativeModel`): a chunk of its own, loaded the first
 *    time an element speaks English.
 */
let complete: ActieModel | undefined;
let dutch: ActieModel | undefined;
const waiting = new Set<(model: ActieModel) => void>();

/** The default model's questions: always there (see step 1 above). */
export const defaultQuestions: ModelQuestions = initiativeQuestionsNl;

/** The whole default model as far as it is loaded: the complete one, else the Dutch one, else undefined. */
export function loadedDefault(): ActieModel | undefined {
  return complete ?? dutch;
}

/** Whether this is the complete default model (with English), which nothing will replace. */
export function isCompleteDefault(model: ActieModel): boolean {
  return model === complete;
}

/**
 * The whole default model: the one loaded already, else the Dutch one, loaded now. Rejects when its
 * chunk cannot be loaded.
 */
export async function loadDefault(): Promise<ActieModel> {
  const loaded = loadedDefault();
  if (loaded) return loaded;
  const model = (await import('./builtin/initiative-nl.js')).initiativeModelNl;
  dutch = model;
  return complete ?? model;
}

/**
 * Be told (once) when the complete default model is there. Returns a function that stops
 * listening. Only while the default model is not the complete one: see {@link isCompleteDefault}.
 */
export function whenCompleteDefault(listener: (model: ActieModel) => void): () => void {
  waiting.add(listener);
  return () => waiting.delete(listener);
}

/** The languages whose model texts are not in the main code: loaded before an element first speaks one. */
export const LATER_MODEL_LANGUAGES: readonly string[] = ['en'];

/**
 * Make the model texts in `lang` available (one of {@link LATER_MODEL_LANGUAGES}; nothing to do
 * for another): for English the complete default model. The only thing the elements' side asks of
 * the staged default model (controllers/language.ts, before the first render in that language).
 */
export function loadModelTexts(lang: string): Promise<void> {
  return LATER_MODEL_LANGUAGES.includes(lang) ? loadCompleteDefault() : Promise.resolve();
}

/**
 * Load the complete default model (with English) and hand it to every session still using the
 * questions or the Dutch-only model.
 */
async function loadCompleteDefault(): Promise<void> {
  const model = (await import('./builtin/initiative.js')).initiativeModel;
  complete = model;
  const listeners = [...waiting];
  waiting.clear();
  for (const listener of listeners) listener(model);
}
