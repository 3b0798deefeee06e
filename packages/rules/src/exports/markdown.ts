/**
 * The action plan as Markdown, for a wiki or an e-mail.
 *
 * @packageDocumentation
 */

import { usableModel } from '../model/trusted.js';
import { attributionLines, escapeMarkdown } from '../report/writer.js';
import { reportStrings } from '../report/strings.js';
import { COLUMNS, cells, conditionNotes, isOverdue, planTopic, type PlanContext } from './table.js';
import type { ActionPlan } from '../plan/types.js';

/**
 * Options of {@link planToMarkdown}: language, model, intake and notes as for every plan export
 * (see {@link PlanContext}), the title and today.
 */
export interface MarkdownOptions extends PlanContext {
  /**
   * The level-1 heading; default "Actieplan" / "Action plan". What the plan is about (see
   * {@link PlanContext.intake}) follows it after a colon: `# Actieplan: Buurtmoestuin De Linde`.
   * An empty string leaves the title out (the topic alone heads the plan, when there is one).
   */
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
 * The plan as a Markdown table (GitHub Flavored Markdown), for a wiki or an e-mail: a heading with
 * what the plan is about, then one row per agreement with what, who, when, status and condition
 * (named by its title from the model, never by its id). With `notes`, and when an agreement has
 * any, a column "Notitie" / "Note" holds the notes on the questions its condition reads.
 *
 * Every text is escaped, so user text shows as written and never becomes markup: `|` cannot end
 * a cell, `*`, `_`, `[`, `<` and the like stay characters, and line breaks become spaces. With
 * `today`, the deadline of an agreement that is not done and is past due is followed by a bold
 * "te laat" / "overdue". An empty plan gives the heading and one sentence instead of a table.
 */
export function planToMarkdown(plan: ActionPlan, options: MarkdownOptions = {}): string {
  // A model that cannot be used is left out: the export then names no points, as without one.
  const model = usableModel(options.model);
  const lang = options.lang ?? 'nl';
  const strings = reportStrings(lang);
  const s = strings.plan;
  const topic = planTopic(options.intake, model, lang, strings.initiative);
  const heading = [options.title ?? s.title, topic?.text ?? ''].filter(Boolean).join(': ');
  const lines: string[] = [];
  if (heading) lines.push(`# ${mdText(heading)}`, '');
  if (!plan.agreements.length) {
    lines.push(s.empty);
    return lines.join('\n') + '\n';
  }
  const notes = plan.agreements.map((a) => conditionNotes(a.condition, model, options.notes).map(mdText).join(' / '));
  const withNotes = notes.some(Boolean);
  const row = (values: readonly string[]): string => `| ${values.join(' | ')} |`;
  const headers = [...COLUMNS.map((col) => mdText(s.columns[col])), ...(withNotes ? [mdText(strings.note)] : [])];
  lines.push(row(headers));
  lines.push(row(headers.map(() => '---')));
  plan.agreements.forEach((a, i) => {
    const c = cells(a, s, model, lang);
    const values = COLUMNS.map((col) => mdText(c[col]));
    if (options.today !== undefined && isOverdue(a, options.today)) values[2] = `${values[2] ?? ''} **${mdText(s.overdue)}**`;
    lines.push(row(withNotes ? [...values, notes[i] ?? ''] : values));
  });
  if (model) {
    lines.push('');
    attributionLines(model, lang, true, lines);
  }
  return lines.join('\n').trimEnd() + '\n';
}
