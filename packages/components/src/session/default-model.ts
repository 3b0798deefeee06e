import { actieModelNl, type ActieModel } from '@actie/rules';

/**
 * The default model as a page uses it: with its Dutch texts only (`actieModelNl`, half the bytes)
 * until an element speaks English; from then on the complete model with Dutch and English
 * (`actieModel`, fetched then, a chunk of its own). Both have the same questions, ids, rules and
 * version, so what was entered stays as it is when one replaces the other.
 */
let complete: ActieModel | undefined;
const waiting = new Set<(model: ActieModel) => void>();

/** The default model now: the complete one once English was needed, else the Dutch-only one. */
export function defaultModel(): ActieModel {
  return complete ?? actieModelNl;
}

/** Whether a model is the Dutch-only default model (which the complete one will replace). */
export function isDutchDefault(model: ActieModel): boolean {
  return model === actieModelNl;
}

/**
 * Be told (once) when the complete default model is there. Returns a function that stops
 * listening. Only while the default model is still the Dutch-only one: see {@link defaultModel}.
 */
export function whenCompleteDefault(listener: (model: ActieModel) => void): () => void {
  waiting.add(listener);
  return () => waiting.delete(listener);
}

/**
 * Load the complete default model (with English) and hand it to every session still using the
 * Dutch-only one. Called the first time an element speaks English (controllers/language.ts).
 */
export async function loadCompleteDefault(): Promise<void> {
  const model = (await import('./builtin/initiative.js')).actieModel;
  complete = model;
  const listeners = [...waiting];
  waiting.clear();
  for (const listener of listeners) listener(model);
}
