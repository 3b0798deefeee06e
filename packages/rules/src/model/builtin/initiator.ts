import { initiatorModelData } from '../generated/initiator.js';
import { trustedModel } from '../trusted.js';
import type { ActieModel } from '../types.js';

/**
 * The initiators' own questions (built-in name `initiator`): a short set in plain "je"-form for
 * the initiators themselves, whose questions mirror questions of the default model (see its
 * `correspondence`). Complete and frozen. Its source is `packages/rules/models/initiator.yaml`.
 *
 * `import { initiatorModel } from '@actie/rules/models/initiator'`, or
 * `await loadBuiltinModel('initiator')` from `@actie/rules`.
 */
export const initiatorModel: ActieModel = /*#__PURE__*/ trustedModel(initiatorModelData);
