import type { ActieModel } from './types.js';

/** Models known to be valid and complete: returned by `validateModel`, or built in. */
const validated = new WeakSet();

/** Whether a value is a model that `validateModel` returned or a built-in model (so it need not be checked again). */
export function isValidatedModel(value: unknown): value is ActieModel {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Freeze an object graph so a shared model cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Freeze a model and remember it as valid, without checking it. Only for models already checked:
 * the output of `validateModel`, and the built-in models, which are `validateModel`'s output
 * written out at build time (src/model/builtin/, checked by the tests). @internal
 */
export function trustedModel(model: ActieModel): ActieModel {
  validated.add(deepFreeze(model));
  return model;
}
