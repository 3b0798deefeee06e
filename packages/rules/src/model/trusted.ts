import type { Result, ValidationError } from '../result.js';
import { deepFreeze } from './freeze.js';
import type { ActieModel } from './types.js';

export { deepFreeze } from './freeze.js';

/** Models known to be valid and complete: returned by `validateModel`, or built in. */
const validated = new WeakSet();

/** Whether a value is a model that `validateModel` returned or a built-in model (so it need not be checked again). */
export function isValidatedModel(value: unknown): value is ActieModel {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/**
 * Freeze a model and remember it as valid, without checking it. Only for models already checked:
 * the output of `validateModel`, and the built-in models, which are `validateModel`'s output
 * compiled at build time from their data files (scripts/models.js). @internal
 */
export function trustedModel(model: ActieModel): ActieModel {
  validated.add(deepFreeze(model));
  return model;
}

/** The model check, once `validateModel` is loaded (it registers itself; see {@link checkedModel}). */
let modelCheck: ((value: unknown) => Result<ActieModel>) | undefined;

/** Called by the validation module when it loads. @internal */
export function registerModelCheck(check: (value: unknown) => Result<ActieModel>): void {
  modelCheck = check;
}

/** Why a model that was never checked cannot be used where the model check is not loaded. */
const UNCHECKED: readonly ValidationError[] = Object.freeze([
  Object.freeze({
    path: '',
    code: 'invalid-value' as const,
    message: 'This model has not been checked: pass it through validateModel() first, and use the model it returns.',
  }),
]);

/**
 * A model as the functions that take one need it: a built-in model or one from `validateModel` as
 * it is; any other value checked as `validateModel` checks it (when the check is loaded, as it is
 * with the package's main entry), with its errors otherwise. Never throws. @internal
 */
export function checkedModel(value: unknown): Result<ActieModel> {
  if (isValidatedModel(value)) return { ok: true, value };
  if (modelCheck) return modelCheck(value);
  return { ok: false, errors: UNCHECKED };
}

/**
 * A model given as optional context (to name points by their title, to order advice), or
 * undefined when it is missing or cannot be used: the function then works as without one instead
 * of throwing. @internal
 */
export function usableModel(value: unknown): ActieModel | undefined {
  if (value === undefined || value === null) return undefined;
  const checked = checkedModel(value);
  return checked.ok ? checked.value : undefined;
}

/**
 * The errors of a model that cannot be used, as the result of a function that took it: each says
 * it is about the model (its path is a JSON Pointer into the model, not into the other input). @internal
 */
export function modelErrors(errors: readonly ValidationError[]): { ok: false; errors: ValidationError[] } {
  return {
    ok: false,
    errors: errors.map((e) => ({ ...e, message: e.message.startsWith('This model') ? e.message : `In the model: ${e.message}` })),
  };
}
