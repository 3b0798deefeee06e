// The built-in models are shipped as trusted data (src/model/builtin/, written by
// scripts/builtin-models.js and checked by the tests): importing them validates nothing.
import { actieModel } from './actie-model.js';
import { actieModelNl } from './actie-model-nl.js';
import { actieModelNlQuestions } from './actie-model-nl-questions.js';
import { initiatorModelData } from './builtin/initiator.js';
import { organisationModelData } from './builtin/organisation.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

export { actieModel, actieModelNl, actieModelNlQuestions };

/**
 * The organisation scan: the same five areas at the level of the organisation (policy, budgets
 * and procedures, room for initiatives, staff, contact and follow-up, learning), for
 * policymakers, managers, elected officials and staff across the organisation. Complete and frozen.
 */
export const organisationModel: ActieModel = /*#__PURE__*/ trustedModel(organisationModelData);

/**
 * The initiators' own view: a short set in plain "je"-form for the initiators themselves, whose
 * questions mirror questions of {@link actieModel} (see its `correspondence`). Complete and frozen.
 */
export const initiatorModel: ActieModel = /*#__PURE__*/ trustedModel(initiatorModelData);

/** The names of the built-in models, as `<actie-session model-name>` and `actie --model` take them. */
export type BuiltinModelName = 'initiative' | 'organisation' | 'initiator';

/** Every built-in model by name, in the order to list them. */
export const BUILTIN_MODELS: Readonly<Record<BuiltinModelName, ActieModel>> = /*#__PURE__*/ Object.freeze({
  initiative: actieModel,
  organisation: organisationModel,
  initiator: initiatorModel,
});

/** The built-in model with this name, or undefined when there is none. */
export function builtinModel(name: string): ActieModel | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN_MODELS, name) ? BUILTIN_MODELS[name as BuiltinModelName] : undefined;
}
