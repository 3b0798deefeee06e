/**
 * The action plan as Markdown, for a wiki or an e-mail.
 *
 * @packageDocumentation
 */

import type { ActieModel } from '../model/types.js';
import { attributionLines, escapeMarkdown } from '../report/result.js';
import { reportStrings } from '../report/strings.js';
import { COLUMNS, cells, isOverdue } from './table.js';
import type { ActionPlan } from '../plan/types.js';

/** Options of {@link planToMarkdown}. */
export interface MarkdownOptions {
  /** Language of the heading, the column headers and the status labels: `nl` (default) or `en`. */
  readonly lang?: string;
  /** When given, the condition column shows the condition's title after its id. */
  readonly model?: ActieModel;
  /** The level-1 heading; default "Actieplan" / "Action plan". An empty string leaves it out. */
  readonly title?: string;
  /** Today as `YYYY-MM-DD`; when given, deadlines of overdue agreements get a marker. */
  readonly today?: string;
}

/**
 * Text for Markdown (a heading or a table cell): {@link escapeMarkdown} (which also escapes `|`
 * and joins lines), plus `&` so entities stay text, and any line break left over becomes a space.
 */
function mdText(text: string): string {
  return escapeMarkdown(text)
    .replace(/&/g, '\\&')
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

/**
 * The plan as a Markdown table (GitHub Flavored Markdown), for a wiki or an e-mail: a heading,
 * then one row per agreement with what, who, when, status and condition.
 *
 * Every text is escaped, so user text shows as written and never becomes markup: `|` cannot end
 * a cell, `*`, `_`, `[`, `<` and the like stay characters, and line breaks become spaces. With
 * `today`, the deadline of an agreement that is not done and is past due is followed by a bold
 * "te laat" / "overdue". An empty plan gives the heading and one sentence instead of a table.
 */
export function planToMarkdown(plan: ActionPlan, options: MarkdownOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const s = reportStrings(lang).plan;
  const title = options.title ?? s.title;
  const lines: string[] = [];
  if (title) lines.push(`# ${mdText(title)}`, '');
  if (!plan.agreements.length) {
    lines.push(s.empty);
    return lines.join('\n') + '\n';
  }
  const row = (values: readonly string[]): string => `| ${values.join(' | ')} |`;
  lines.push(row(COLUMNS.map((col) => mdText(s.columns[col]))));
  lines.push(row(COLUMNS.map(() => '---')));
  for (const a of plan.agreements) {
    const c = cells(a, s, options.model, lang);
    const values = COLUMNS.map((col) => mdText(c[col]));
    if (options.today !== undefined && isOverdue(a, options.today)) values[2] = `${values[2] ?? ''} **${mdText(s.overdue)}**`;
    lines.push(row(values));
  }
  if (options.model) {
    lines.push('');
    attributionLines(options.model, lang, true, lines);
  }
  return lines.join('\n').trimEnd() + '\n';
}
