/**
 * Action plan exports: CSV for spreadsheets, Markdown for a wiki or an e-mail, iCalendar for
 * calendars, and JSON that {@link parsePlan} reads back without loss.
 *
 * Pure functions: no DOM, no Node APIs. They return text; saving it (a download, a file, the
 * clipboard) is up to the caller.
 *
 * @packageDocumentation
 */

import { localize } from '../localize.js';
import type { ActieModel } from '../model/types.js';
import { attributionLines, escapeMarkdown } from '../report/result.js';
import { reportStrings, type PlanStrings } from '../report/strings.js';
import { fail, ok, type Result } from '../result.js';
import { parseSession, readPlan, SESSION_FORMAT, isIsoDate } from '../session/format.js';
import { Checker, isRecord, own, quote } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import type { ActionPlan, Agreement } from './types.js';

/** The value of `format` in a plan file written by {@link serializePlan}. */
export const PLAN_FORMAT = 'actie-plan';

/**
 * The plan file format version this package writes. It reads 1 and 2; version 2 added the model
 * the plan was made with, so its links to conditions can be carried over to a later version.
 */
export const PLAN_FORMAT_VERSION = 2;

/** A plan file as {@link serializePlan} writes it. */
export interface PlanFile {
  readonly format: typeof PLAN_FORMAT;
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  /** The model (and version) the plan's condition links refer to, when known. */
  readonly model?: { readonly id: string; readonly version: string };
  readonly agreements: readonly Agreement[];
}

/** Options of {@link serializePlan}. */
export interface SerializePlanOptions {
  /** The model the plan was made with; recorded so the plan can be carried over to a later version. */
  readonly model?: Pick<ActieModel, 'id' | 'version'>;
}

/** Options of {@link planToCsv}. */
export interface CsvOptions {
  /** Language of the header row and the status labels: `nl` (default) or `en`. */
  readonly lang?: string;
  /** When given, the condition column shows the condition's title after its id. */
  readonly model?: ActieModel;
  /**
   * Field separator; default `,` (RFC 4180). `;` suits spreadsheet programs set to Dutch, which
   * expect it when a file is opened by double-clicking. Fields holding either are quoted anyway.
   */
  readonly separator?: ',' | ';';
}

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

/** Options of {@link planToICalendar}. */
export interface ICalendarOptions {
  /** Language of the event descriptions: `nl` (default) or `en`. */
  readonly lang?: string;
  /** When given, event descriptions show the condition's title after its id. */
  readonly model?: ActieModel;
  /** The moment of the export, written as `DTSTAMP` of every event (RFC 5545 requires one). */
  readonly now: Date;
  /**
   * Right-hand side of every `UID` (`<agreement id>@<uidDomain>`); default `actie`. Agreement ids
   * are unique within one plan only, so give each plan its own value (e.g.
   * `wijkteam-noord.example.nl`) when several plans go into the same calendar.
   */
  readonly uidDomain?: string;
  /** Calendar name (`NAME` and `X-WR-CALNAME`); default "Actieplan" / "Action plan". */
  readonly calendarName?: string;
}

/**
 * Whether an agreement is past its deadline: it is not done and its deadline lies before today.
 *
 * @param agreement - The agreement.
 * @param today - Today as `YYYY-MM-DD` (the user's local date).
 * @throws RangeError when `today` is not a date like `2027-03-31` (a programmer error).
 */
export function isOverdue(agreement: Agreement, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError(`isOverdue: today must be a date like "2027-03-31", got "${today}".`);
  return agreement.status !== 'done' && !!agreement.when && agreement.when < today;
}

// ---------------------------------------------------------------------------------------------
// JSON

/**
 * Write a plan file: JSON `{ format: "actie-plan", formatVersion: 1, agreements }`, two-space
 * indent, ending with a newline. Agreement fields are written in a fixed order (id, condition,
 * what, who, when, status) and fields that are not part of an agreement are left out, so
 * `serializePlan(parsePlan(serializePlan(plan)).value)` gives the same text.
 */
export function serializePlan(plan: ActionPlan, options: SerializePlanOptions = {}): string {
  const file: PlanFile = {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    ...(options.model ? { model: { id: options.model.id, version: options.model.version } } : {}),
    agreements: plan.agreements.map((a) => ({
      id: a.id,
      ...(a.condition !== undefined ? { condition: a.condition } : {}),
      what: a.what,
      who: a.who,
      ...(a.when ? { when: a.when } : {}),
      status: a.status,
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Read an action plan from JSON text or a parsed value. Accepts
 *
 * - a plan file written by {@link serializePlan} (`"format": "actie-plan"`),
 * - a session file (`"format": "actie-session"`, any version `parseSession` reads) that holds a
 *   plan; the whole session is checked, and only its plan is returned,
 * - a bare `{ "agreements": [...] }`.
 *
 * A leading byte order mark is ignored. Never throws: a file that is not one of these, or is
 * damaged anywhere, gives errors with JSON Pointer paths and no value at all.
 */
export function parsePlan(input: unknown): Result<ActionPlan> {
  const parsed = parseJsonText(input, 'action plan file');
  if (!parsed.ok) return parsed;
  try {
    return readPlanFile(parsed.value);
  } catch (error) {
    return fail([{ path: '', code: 'type', message: `The action plan file could not be read: ${String(error)}.` }]);
  }
}

const NOT_OURS =
  'Expected an action plan exported by ACTIE ("format": "actie-plan"), an ACTIE session file with a plan ("format": "actie-session"), or an object with "agreements".';

function readPlanFile(value: unknown): Result<ActionPlan> {
  const c = new Checker();
  if (!isRecord(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : quote(value);
    c.add([], 'not-actie-file', `This is not an ACTIE action plan: the file holds ${kind}, not an object. ${NOT_OURS}`);
    return fail(c.errors);
  }
  const format = own(value, 'format');
  if (format === SESSION_FORMAT) {
    const session = parseSession(value);
    if (!session.ok) return session;
    if (!session.value.plan) {
      c.add(
        ['plan'],
        'required',
        'This session file has no action plan yet. Make a plan first, or import the session as answers.',
      );
      return fail(c.errors);
    }
    return ok(session.value.plan);
  }
  if (format === undefined) {
    if (own(value, 'agreements') === undefined) {
      c.add([], 'not-actie-file', `This is not an ACTIE action plan: it has no "format" and no "agreements". ${NOT_OURS}`);
      return fail(c.errors);
    }
    const plan = readPlan(c, value, []);
    return plan && !c.failed ? ok(plan) : fail(c.errors);
  }
  if (format !== PLAN_FORMAT) {
    c.add(['format'], 'not-actie-file', `This is not an ACTIE action plan: "format" is ${quote(format)}. ${NOT_OURS}`);
    return fail(c.errors);
  }
  const version = own(value, 'formatVersion');
  if (version !== 1 && version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > PLAN_FORMAT_VERSION;
    c.add(
      ['formatVersion'],
      version === undefined ? 'required' : 'unsupported-version',
      newer
        ? `This action plan has format version ${version}, made by a newer ACTIE; this version reads up to ${PLAN_FORMAT_VERSION}. Update ACTIE to open it.`
        : `Format version ${version === undefined ? 'is missing' : quote(version) + ' is not known'}; this version reads 1 and ${PLAN_FORMAT_VERSION}.`,
    );
    return fail(c.errors);
  }
  c.knownKeys(
    value,
    version === 1 ? ['format', 'formatVersion', 'agreements'] : ['format', 'formatVersion', 'model', 'agreements'],
    [],
    'The action plan file',
  );
  const model = own(value, 'model');
  if (model !== undefined) {
    const ref = c.record(model, ['model'], 'The model reference');
    if (ref) {
      c.knownKeys(ref, ['id', 'version'], ['model'], 'The model reference');
      c.text(own(ref, 'id'), ['model', 'id'], 'The model id', 64);
      const v = own(ref, 'version');
      if (typeof v !== 'string' || !/^\d{1,4}\.\d{1,4}$/.test(v))
        c.add(['model', 'version'], 'invalid-value', 'The model version must be text like "2.0" (major.minor).');
    }
  }
  // readPlan checks the keys of the object it gets, so hand it the plan part only; paths stay
  // the same because the agreements sit at the root in both.
  const plan = readPlan(c, { agreements: own(value, 'agreements') }, []);
  return plan && !c.failed ? ok(plan) : fail(c.errors);
}

// ---------------------------------------------------------------------------------------------
// Shared

type Column = keyof PlanStrings['columns'];

const COLUMNS: readonly Column[] = ['what', 'who', 'when', 'status', 'condition'];

function conditionLabel(id: string | undefined, model: ActieModel | undefined, lang: string): string {
  if (!id) return '';
  const condition = model?.conditions.find((c) => c.id === id);
  const title = condition && model ? localize(condition.title, lang, model.languages) : '';
  return title ? `${id} · ${title}` : id;
}

/** The cells of one agreement, as plain text, in {@link COLUMNS} order. */
function cells(a: Agreement, s: PlanStrings, model: ActieModel | undefined, lang: string): Record<Column, string> {
  return {
    what: a.what,
    who: a.who,
    when: a.when ?? '',
    status: s.status[a.status],
    condition: conditionLabel(a.condition, model, lang),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

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
 * (headers in the chosen language).
 *
 * - Starts with a byte order mark (U+FEFF), so spreadsheet programs read é, ë and ĳ as UTF-8.
 * - RFC 4180: fields holding a comma, semicolon, double quote, CR or LF, or starting or ending
 *   with a space or tab, are put in double quotes, with quotes inside doubled. Rows end with CRLF.
 * - Deadlines are ISO dates (`2027-03-31`), empty when there is none.
 * - Formula injection guard: a field starting with `=`, `+`, `-`, `@`, tab, CR or LF gets a
 *   leading apostrophe (`'`), so it is shown as text and never run as a formula.
 */
export function planToCsv(plan: ActionPlan, options: CsvOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const separator = options.separator ?? ',';
  const s = reportStrings(lang).plan;
  const row = (values: readonly string[]): string => values.map(csvField).join(separator) + '\r\n';
  let out = '\uFEFF' + row(COLUMNS.map((col) => s.columns[col]));
  for (const a of plan.agreements) {
    const c = cells(a, s, options.model, lang);
    out += row(COLUMNS.map((col) => c[col]));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Markdown

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

// ---------------------------------------------------------------------------------------------
// iCalendar

/**
 * A TEXT value (RFC 5545 §3.3.11): line breaks (CRLF, CR or LF) become `\n`; backslash,
 * semicolon and comma get a backslash; the US-ASCII control characters that TEXT may not hold
 * (CONTROL: U+0000-U+0008, U+000A-U+001F, U+007F) are dropped. Tab stays, and so do the C1
 * controls U+0080-U+009F: they are NON-US-ASCII, which TEXT allows.
 */
function icalText(value: string): string {
  let out = '';
  for (const ch of value.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\' || ch === ';' || ch === ',') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if ((code < 0x20 && ch !== '\t') || code === 0x7f) continue;
    else out += ch;
  }
  return out;
}

/** Octets of one code point (or a lone surrogate, written as U+FFFD) in UTF-8. */
function utf8Length(unit: string): number {
  let n = 0;
  for (const ch of unit) {
    const code = ch.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Fold a content line (RFC 5545 §3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with one space. Never splits a multi-byte character or an escape
 * sequence such as `\,`.
 */
function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const unit of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const n = utf8Length(unit);
    if (width + n > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += unit;
    width += n;
  }
  return out;
}

/** `YYYYMMDD` of an ISO date, and of the day after it. */
function icalDates(when: string): { start: string; end: string } {
  const [y = 0, m = 1, d = 1] = when.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const basic = (date: string): string => date.replace(/-/g, '');
  return { start: basic(when), end: basic(next.toISOString().slice(0, 10)) };
}

/** A UTC date-time in iCalendar basic format, e.g. `20261102T091500Z`. */
function icalDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * The plan as an iCalendar file (RFC 5545, `.ics`): one all-day event per agreement that has a
 * deadline, on the day of the deadline. Agreements without a deadline are left out; a plan
 * without any deadline gives a calendar without events.
 *
 * - `VCALENDAR` with `VERSION:2.0`, `PRODID`, `CALSCALE:GREGORIAN`, `METHOD:PUBLISH` and the
 *   calendar name (`NAME`, RFC 7986, and `X-WR-CALNAME` for older programs).
 * - Each `VEVENT` has `UID` `<agreement id>@<uidDomain>` (stable, so importing an updated plan
 *   again updates the events instead of adding copies), `DTSTAMP` from `now` in UTC,
 *   `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` (the next day, exclusive), `SUMMARY` (what),
 *   `DESCRIPTION` (who, status and condition, one per line) and `TRANSP:TRANSPARENT` (a deadline
 *   does not make anyone busy). No `STATUS`: the event statuses (tentative, confirmed,
 *   cancelled) say whether an event takes place, not how far the work is; that is in the
 *   description.
 * - Text escaping: `\` → `\\`, `;` → `\;`, `,` → `\,`, line breaks → `\n`; US-ASCII control
 *   characters other than tab are dropped (C1 controls, U+0080-U+009F, are allowed and kept).
 * - Lines are folded at 75 octets of UTF-8 without splitting a character; lines end with CRLF.
 *
 * @throws RangeError when `now` is not a valid date, or a deadline is not a date like
 *   `2027-03-31` (programmer errors: plans from {@link parsePlan} always have valid deadlines).
 */
export function planToICalendar(plan: ActionPlan, options: ICalendarOptions): string {
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime()))
    throw new RangeError('planToICalendar: options.now must be a valid Date.');
  const lang = options.lang ?? 'nl';
  const s = reportStrings(lang).plan;
  const domain = options.uidDomain ?? 'actie';
  const name = options.calendarName ?? s.title;
  const stamp = icalDateTime(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ACTIE toolkit//@actie/rules//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icalText(name)}`,
    `X-WR-CALNAME:${icalText(name)}`,
  ];
  for (const a of plan.agreements) {
    if (!a.when) continue;
    if (!isIsoDate(a.when))
      throw new RangeError(
        `planToICalendar: agreement "${a.id}" has deadline "${a.when}", which is not a date like "2027-03-31".`,
      );
    const { start, end } = icalDates(a.when);
    const description = [
      ...(a.who ? [`${s.columns.who}: ${a.who}`] : []),
      `${s.columns.status}: ${s.status[a.status]}`,
      ...(a.condition ? [`${s.columns.condition}: ${conditionLabel(a.condition, options.model, lang)}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icalText(`${a.id}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      `SUMMARY:${icalText(a.what)}`,
      `DESCRIPTION:${icalText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
