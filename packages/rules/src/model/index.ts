import { validateModel } from '../validate/model.js';
import { defaultModelSource } from './default-model.js';
import type { ActieModel } from './types.js';

function loadDefaultModel(): ActieModel {
  const checked = validateModel(defaultModelSource);
  if (!checked.ok) {
    // The default model ships with the package; if it is invalid that is a bug in this package.
    const detail = checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
    throw new Error(`The built-in ACTIE model is invalid:\n${detail}`);
  }
  return checked.value;
}

/**
 * The default ACTIE model: five areas (Animo, Contacten, Toerusting, Inbedding, Empathie) with
 * questions in Dutch and English, derived from the ACTIE-model of "Burgers maken hun buurt"
 * (Platform31, 2013). Complete and frozen; pass it to `score`.
 */
export const actieModel: ActieModel = loadDefaultModel();
