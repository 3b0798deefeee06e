import { initiativeNlDetailsData } from '../generated/initiative-nl-details.js';
import { joinModel } from '../parts.js';
import { trustedModel } from '../trusted.js';
import type { ActieModel } from '../types.js';
import { initiativeQuestionsNl } from './initiative-nl-questions.js';

/**
 * The default model with its Dutch texts only (`languages: ['nl']`): the same questions, ids, rules
 * and version as {@link initiativeModel}, so answers, session files and results are
 * interchangeable; about half the bytes, for pages and tools that never show English. Complete
 * and frozen. Made from {@link initiativeQuestionsNl} and the rest of the model, so a bundle that
 * has the questions already adds only the rest.
 *
 * `import { initiativeModelNl } from '@actie/rules/models/initiative-nl'`
 */
export const initiativeModelNl: ActieModel = /*#__PURE__*/ trustedModel(
  joinModel(initiativeQuestionsNl, initiativeNlDetailsData),
);
