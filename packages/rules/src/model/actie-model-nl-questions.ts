import { initiativeNlQuestionsData } from './builtin/initiative-nl-questions.js';
import { deepFreeze } from './trusted.js';
import type { ModelQuestions } from './types.js';

/**
 * The questions of {@link actieModelNl} (the default model with its Dutch texts only): what a form
 * needs to show them (intake, areas, questions, attribution), about 40% of the model's bytes. For a
 * page that shows the first question while the rest of the model loads: it cannot be scored; the
 * complete model has the same ids and version, so what was entered fits it. Frozen.
 */
export const actieModelNlQuestions: ModelQuestions = /*#__PURE__*/ deepFreeze(initiativeNlQuestionsData);
