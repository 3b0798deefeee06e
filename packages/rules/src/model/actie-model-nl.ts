import { actieModelNlQuestions } from './actie-model-nl-questions.js';
import { initiativeNlDetailsData } from './builtin/initiative-nl-details.js';
import { joinModel } from './parts.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The default ACTIE model with its Dutch texts only (`languages: ['nl']`): the same questions,
 * ids, rules and version as `actieModel`, so answers, session files and results are
 * interchangeable; about half the bytes, for pages and tools that never show English. Complete
 * and frozen, shipped as trusted data like `actieModel`. Made from {@link actieModelNlQuestions}
 * and the rest of the model, so a bundle that has the questions already adds only the rest.
 */
export const actieModelNl: ActieModel = /*#__PURE__*/ trustedModel(joinModel(actieModelNlQuestions, initiativeNlDetailsData));
