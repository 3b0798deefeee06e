import { actieModelNl } from './actie-model-nl.js';
import { initiativeEnTexts } from './builtin/initiative-en.js';
import { withLanguage } from './parts.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The default ACTIE model, the ACTIE-check of one initiative: five areas (Animo, Contacten,
 * Toerusting, Inbedding, Empathie) with questions in Dutch and English, for the professionals
 * who support it. Derived from the ACTIE-model of "Burgers maken hun buurt" (Platform31, 2013).
 * Complete and frozen; pass it to `score`.
 *
 * Shipped as trusted data: validated when the package is built and tested, not when it is
 * imported or used. Made of `actieModelNl` and the English texts, so a bundle that has the Dutch
 * model already adds only the English.
 */
export const actieModel: ActieModel = /*#__PURE__*/ trustedModel(withLanguage(actieModelNl, 'en', initiativeEnTexts));
