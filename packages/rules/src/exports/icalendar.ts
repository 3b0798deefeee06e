/**
 * The action plan as iCalendar (RFC 5545): one all-day event per agreement with a deadline.
 *
 * @packageDocumentation
 */

import { usableModel } from '../model/trusted.js';
import { reportStrings } from '../report/strings.js';
import { conditionLabel, planTopic, type PlanContext } from './table.js';
import { isIsoDate } from '../dates.js';
import type { ActionPlan } from '../plan/types.js';

/**
 * Options of {@link planToICalendar}: language, model and intake as for every plan export (see
 * {@link PlanContext}; notes stay out of a calendar), the moment of the export and the calendar's
 * name and UIDs.
 */
export interface ICalendarOptions extends PlanContext {
  /** The moment of the export, written as `DTSTAMP` of every event (RFC 5545 requires one). */
  readonly now: Date;
  /**
   * Right-hand side of every `UID` (`<agreement id>@<uidDomain>`); default `actie`. Agreement ids
   * are unique within one plan only, so give each plan its own value (e.g.
   * `wijkteam-noord.example.nl`) when several plans go into the same calendar.
   */
  readonly uidDomain?: string;
  /**
   * Calendar name (`NAME` and `X-WR-CALNAME`); default "Actieplan" / "Action plan", followed by
   * what the plan is about (`Actieplan: Buurtmoestuin De Linde`).
   */
  readonly calendarName?: string;
}

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
 *   `DTSTART;VALUE=DATE` and `DTEND;VALUE=DATE` (the next day, exclusive), `SUMMARY` (what, after
 *   what the plan is about: `Buurtmoestuin De Linde: Bel de trekkers`), `DESCRIPTION` (what the
 *   plan is about, who, status and the condition's title, one per line; never an internal id)
 *   and `TRANSP:TRANSPARENT` (a deadline
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
  // A model that cannot be used is left out: the export then names no points, as without one.
  const model = usableModel(options.model);
  if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime()))
    throw new RangeError('planToICalendar: options.now must be a valid Date.');
  const lang = options.lang ?? 'nl';
  const s = reportStrings(lang).plan;
  const domain = options.uidDomain ?? 'actie';
  const topic = planTopic(options.intake, model, lang, reportStrings(lang).initiative);
  const name = options.calendarName ?? (topic ? `${s.title}: ${topic.text}` : s.title);
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
    const condition = conditionLabel(a.condition, model, lang);
    const description = [
      ...(topic ? [`${topic.label}: ${topic.text}`] : []),
      ...(a.who ? [`${s.columns.who}: ${a.who}`] : []),
      `${s.columns.status}: ${s.status[a.status]}`,
      ...(condition ? [`${s.columns.condition}: ${condition}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icalText(`${a.id}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      `SUMMARY:${icalText(topic ? `${topic.text}: ${a.what}` : a.what)}`,
      `DESCRIPTION:${icalText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
