import { organisationModelData } from '../generated/organisation.js';
import { trustedModel } from '../trusted.js';
import type { ActieModel } from '../types.js';

/**
 * The organisation scan (built-in name `organisation`): the five areas at the level of the
 * organisation, for policymakers, managers, elected officials and staff across the organisation.
 * Complete and frozen. Its source is `packages/rules/models/organisation.yaml`.
 *
 * `import { organisationModel } from '@actie/rules/models/organisation'`, or
 * `await loadBuiltinModel('organisation')` from `@actie/rules`.
 */
export const organisationModel: ActieModel = /*#__PURE__*/ trustedModel(organisationModelData);
