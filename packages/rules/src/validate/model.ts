import type { ActieModel } from '../model/types.js';
import { registerModelCheck } from '../model/trusted.js';
import { defaultModelParts } from '../model/generated/defaults.js';
import type { Result } from '../result.js';
import { validateModelWith } from './model-check.js';

/**
 * Check a model from outside (an object, or JSON text) and complete it.
 *
 * Returns the complete model, with a single-question condition for every question that no
 * condition reads and the default model's roles, role rules and texts where the input has none;
 * or every problem found, each with a JSON Pointer into the input and a message a person
 * understands. Never throws.
 *
 * @example
 * ```ts
 * const checked = validateModel(JSON.parse(text));
 * if (!checked.ok) for (const e of checked.errors) console.error(`${e.path}: ${e.message}`);
 * ```
 */
export function validateModel(input: unknown): Result<ActieModel> {
  return validateModelWith(input, defaultModelParts);
}

// Functions that take a model (openSession, validateAnswers, …) check one that never went through
// validateModel as it would; they find this check once this module is loaded.
registerModelCheck(validateModel);

export { deepFreeze, isValidatedModel } from '../model/trusted.js';
