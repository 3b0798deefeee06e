/**
 * What a report says instead of the result when the model it was given cannot be used: the
 * model's problems, each with where it is, so the person who made the model can fix it.
 */

import { checkedModel, modelErrors } from '../model/trusted.js';
import type { ActieModel } from '../model/types.js';

const HEADING = {
  nl: 'Dit rapport kan niet worden gemaakt: het model heeft fouten',
  en: 'This report cannot be made: the model has mistakes',
} as const;

/**
 * The model when it can be used (a built-in model, one from `validateModel`, or one that passes
 * the same check), else the report text that lists its problems (Markdown escaped by
 * `escapeMarkdown` when `md`). Never throws.
 */
export function modelOrProblems(
  model: unknown,
  lang: string,
  md: boolean,
  escapeMarkdown: (text: string) => string,
): { readonly model: ActieModel; readonly problems?: undefined } | { readonly model?: undefined; readonly problems: string } {
  const checked = checkedModel(model);
  if (checked.ok) return { model: checked.value };
  const heading = lang.toLowerCase().startsWith('nl') ? HEADING.nl : HEADING.en;
  const errors = modelErrors(checked.errors).errors;
  const text = (value: string): string => (md ? escapeMarkdown(value) : value);
  const lines = [
    md ? `# ${text(heading)}` : `${heading}\n${'='.repeat(heading.length)}`,
    '',
    ...errors.map((e) => `- ${e.path ? `${md ? `\`${e.path}\`` : e.path}: ` : ''}${text(e.message)}`),
  ];
  return { problems: `${lines.join('\n')}\n` };
}
