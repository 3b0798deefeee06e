import { validateModel } from '../validate/model.js';
import { defaultModelSource } from './default-model.js';
import { initiatorModelSource } from './initiator-model.js';
import { organisationModelSource } from './organisation-model.js';
import type { ActieModel, ActieModelInput } from './types.js';

function load(source: ActieModelInput): ActieModel {
  const checked = validateModel(source);
  if (!checked.ok) {
    // The built-in models ship with the package; if one is invalid that is a bug in this package.
    const detail = checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    throw new Error(`The built-in model "${source.id}" is invalid:\n${detail}`);
  }
  return checked.value;
}

/**
 * The default ACTIE model, the ACTIE-check of one initiative: five areas (Animo, Contacten,
 * Toerusting, Inbedding, Empathie) with questions in Dutch and English, for the professionals
 * who support it. Derived from the ACTIE-model of "Burgers maken hun buurt" (Platform31, 2013).
 * Complete and frozen; pass it to `score`.
 */
export const actieModel: ActieModel = load(defaultModelSource);

/**
 * The organisation scan: the same five areas at the level of the organisation (policy, budgets
 * and procedures, room for initiatives, staff, contact and follow-up, learning), for
 * policymakers, managers, elected officials and staff across the organisation. Complete and frozen.
 */
export const organisationModel: ActieModel = load(organisationModelSource);

/**
 * The initiators' own view: a short set in plain "je"-form for the initiators themselves, whose
 * questions mirror questions of {@link actieModel} (see its `correspondence`). Complete and frozen.
 */
export const initiatorModel: ActieModel = load(initiatorModelSource);

/** The names of the built-in models, as `<actie-session model-name>` and `actie --model` take them. */
export type BuiltinModelName = 'initiative' | 'organisation' | 'initiator';

/** Every built-in model by name, in the order to list them. */
export const BUILTIN_MODELS: Readonly<Record<BuiltinModelName, ActieModel>> = Object.freeze({
  initiative: actieModel,
  organisation: organisationModel,
  initiator: initiatorModel,
});

/** The built-in model with this name, or undefined when there is none. */
export function builtinModel(name: string): ActieModel | undefined {
  return Object.prototype.hasOwnProperty.call(BUILTIN_MODELS, name) ? BUILTIN_MODELS[name as BuiltinModelName] : undefined;
}
