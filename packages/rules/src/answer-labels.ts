/** How an answer reads in a report, a note or an export, per language (Dutch first). */

import type { AnswerValue } from './model/types.js';

/** The label of each answer, and of no answer (`none`). */
export type AnswerLabels = Readonly<Record<AnswerValue | 'none', string>>;

const NL: AnswerLabels = { yes: 'ja', partly: 'deels', no: 'nee', 'dont-know': 'weet ik niet', none: 'niet beantwoord' };
const EN: AnswerLabels = { yes: 'yes', partly: 'partly', no: 'no', 'dont-know': "don't know", none: 'not answered' };

/** The answer labels for a language tag: Dutch for `nl…`, English otherwise. */
export function answerLabels(lang: string): AnswerLabels {
  return lang.toLowerCase().startsWith('nl') ? NL : EN;
}
