import { initiativeEnTexts } from '../generated/initiative-en.js';
import { withLanguage } from '../parts.js';
import { trustedModel } from '../trusted.js';
import type { ActieModel } from '../types.js';
import { initiativeModelNl } from './initiative-nl.js';

/**
 * The default ACTIE model, the ACTIE-check of one initiative (built-in name `initiative`): five
 * areas (Animo, Contacten, Toerusting, Inbedding, Empathie) with questions in Dutch and English,
 * for the professionals who support it. Derived from the ACTIE-model of "Burgers maken hun buurt"
 * (Platform31, 2013). Complete and frozen; pass it to `score`. Its source is
 * `packages/rules/models/initiative.yaml`.
 *
 * Validated when the package is built, not when it is imported or used. Made of
 * {@link initiativeModelNl} and the English texts, so a bundle that has the Dutch model already
 * adds only the English.
 *
 * `import { initiativeModel } from '@actie/rules/models/initiative'`, or
 * `await loadBuiltinModel('initiative')` from `@actie/rules`.
 */
export const initiativeModel: ActieModel = /*#__PURE__*/ trustedModel(withLanguage(initiativeModelNl, 'en', initiativeEnTexts));
