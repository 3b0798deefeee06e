/**
 * The action plan as CSV for spreadsheet programs.
 *
 * @packageDocumentation
 */

import { usableModel } from '../model/trusted.js';
import { reportStrings } from '../report/strings.js';
import { COLUMNS, cells, conditionNotes, type PlanContext } from './table.js';
import type { ActionPlan } from '../plan/types.js';

/**
 * Options of {@link planToCsv}: language, model, intake and notes as for every plan export (see
 * {@link PlanContext}), and the separator.
 */
export interface CsvOptions extends PlanContext {
  /**
   * Field separator; default `,` (RFC 4180). `;` suits spreadsheet programs set to Dutch, which
   * expect it when a file is opened by double-clicking. Fields holding either are quoted anyway.
   */
  readonly separator?: ',' | ';';
}

/** A field that a spreadsheet program would read as a formula (or that hides one). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A CSV field: guarded against formula injection, then quoted per RFC 4180 when needed.
 *
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula (and some
 * skip a leading tab or line break first), so text typed by a user could call out to other
 * programs or leak data when the file is opened. Such a field gets a leading apostrophe, which
 * the programs read as "this is text". The apostrophe stays visible in some programs; that is
 * the accepted trade-off (OWASP, "CSV Injection").
 */
function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^[ \t]|[ \t]$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The plan as CSV: one row per agreement with the columns what, who, when, status and condition
 * (headers in the chosen language). The condition is named by its title from the model, never by
 * its id (empty without a model). With `notes`, a last column "Notitie" / "Note" holds the notes
 * on the questions the agreement's condition reads, one per line.
 *
 * - Starts with a byte order mark (U+FEFF), so spreadsheet programs read é, ë and ĳ as UTF-8.
 * - RFC 4180: fields holding a comma, semicolon, double quote, CR or LF, or starting or ending
 *   with a space or tab, are put in double quotes, with quotes inside doubled. Rows end with CRLF.
 * - Deadlines are ISO dates (`2027-03-31`), empty when there is none.
 * - Formula injection guard: a field starting with `=`, `+`, `-`, `@`, tab, CR or LF gets a
 *   leading apostrophe (`'`), so it is shown as text and never run as a formula.
 */
export function planToCsv(plan: ActionPlan, options: CsvOptions = {}): string {
  // A model that cannot be used is left out: the export then names no points, as without one.
  const model = usableModel(options.model);
  const lang = options.lang ?? 'nl';
  const separator = options.separator ?? ',';
  const strings = reportStrings(lang);
  const s = strings.plan;
  const withNotes = options.notes !== undefined;
  const row = (values: readonly string[]): string => values.map(csvField).join(separator) + '\r\n';
  let out = '\uFEFF' + row([...COLUMNS.map((col) => s.columns[col]), ...(withNotes ? [strings.note] : [])]);
  for (const a of plan.agreements) {
    const c = cells(a, s, model, lang);
    const note = withNotes ? [conditionNotes(a.condition, model, options.notes).join('\n')] : [];
    out += row([...COLUMNS.map((col) => c[col]), ...note]);
  }
  return out;
}
