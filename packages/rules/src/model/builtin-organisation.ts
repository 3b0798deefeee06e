import { organisationModelData } from './builtin/organisation.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The organisation scan: the same five areas at the level of the organisation (policy, budgets
 * and procedures, room for initiatives, staff, contact and follow-up, learning), for
 * policymakers, managers, elected officials and staff across the organisation. Complete and frozen.
 *
 * A module of its own, so that `loadBuiltinModel` (catalogue.ts) can load it with `import()` (a chunk of
 * its own in a bundle).
 */
export const organisationModel: ActieModel = /*#__PURE__*/ trustedModel(organisationModelData);
