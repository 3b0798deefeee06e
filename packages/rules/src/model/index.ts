// The built-in models are shipped as trusted data (src/model/builtin/, written by
// scripts/builtin-models.js and checked by the tests): importing them validates nothing.
// This module holds all of them; catalogue.ts knows them without loading them.
import { actieModel } from './actie-model.js';
import { actieModelNl } from './actie-model-nl.js';
import { actieModelNlQuestions } from './actie-model-nl-questions.js';
import { initiatorModel } from './builtin-initiator.js';
import { organisationModel } from './builtin-organisation.js';
import type { BuiltinModelName } from './types.js';
import type { ActieModel } from './types.js';

export { actieModel, actieModelNl, actieModelNlQuestions, initiatorModel, organisationModel };
export type { BuiltinModelName };

/**
 * Every built-in model by name, in the order to list them. Importing it brings in all three
 * models; to know them without loading them, or to load one, see `BUILTIN_MODEL_INFO` and
 * `loadBuiltinModel`.
 */
export const BUILTIN_MODELS: Readonly<Record<BuiltinModelName, ActieModel>> = /*#__PURE__*/ Object.freeze({
  initiative: actieModel,
  organisation: organisationModel,
  initiator: initiatorModel,
});

/** The built-in model with this name, or undefined when there is none. */
export function builtinModel(name: string): ActieModel | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN_MODELS, name) ? BUILTIN_MODELS[name as BuiltinModelName] : undefined;
}
