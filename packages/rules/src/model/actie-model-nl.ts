import { initiativeModelNlData } from './builtin/initiative-nl.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The default ACTIE model with its Dutch texts only (`languages: ['nl']`): the same questions,
 * ids, rules and version as `actieModel`, so answers, session files and results are
 * interchangeable; about half the bytes, for pages and tools that never show English. Complete
 * and frozen, shipped as trusted data like `actieModel`.
 */
export const actieModelNl: ActieModel = /*#__PURE__*/ trustedModel(initiativeModelNlData);
