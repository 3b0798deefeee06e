import { initiativeModelData } from './builtin/initiative.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The default ACTIE model, the ACTIE-check of one initiative: five areas (Animo, Contacten,
 * Toerusting, Inbedding, Empathie) with questions in Dutch and English, for the professionals
 * who support it. Derived from the ACTIE-model of "Burgers maken hun buurt" (Platform31, 2013).
 * Complete and frozen; pass it to `score`.
 *
 * Shipped as trusted data: validated when the package is built and tested, not when it is
 * imported or used.
 */
export const actieModel: ActieModel = /*#__PURE__*/ trustedModel(initiativeModelData);
