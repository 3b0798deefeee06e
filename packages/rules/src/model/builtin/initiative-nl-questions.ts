import { initiativeNlQuestionsData } from '../generated/initiative-nl-questions.js';
import { deepFreeze } from '../freeze.js';
import type { ModelQuestions } from '../types.js';

/**
 * The questions of the default model with its Dutch texts only ({@link initiativeModelNl}): what a
 * form needs to show them (intake, areas, questions, attribution), without advice, rules or
 * research, and without the help texts of the area questions ("more information": they come with
 * the rest, which a page loads when the first answer is given). For a page that shows the first question while the rest of the model loads: it cannot
 * be scored; the complete model has the same ids and version, so what was entered fits it. Frozen.
 *
 * `import { initiativeQuestionsNl } from '@actie/rules/models/initiative-nl-questions'`
 */
export const initiativeQuestionsNl: ModelQuestions = /*#__PURE__*/ deepFreeze(initiativeNlQuestionsData);
