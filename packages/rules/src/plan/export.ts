/**
 * Action plan exports: CSV for spreadsheets, Markdown for a wiki or an e-mail, iCalendar for
 * calendars, and JSON that {@link parsePlan} reads back without loss. One module per format;
 * this one gathers them.
 *
 * Pure functions: no DOM, no Node APIs. They return text; saving it (a download, a file, the
 * clipboard) is up to the caller.
 *
 * @packageDocumentation
 */

export { PLAN_FORMAT, PLAN_FORMAT_VERSION, parsePlan, serializePlan } from './json.js';
export type { PlanFile, SerializePlanOptions } from './json.js';
export { isOverdue } from './table.js';
export { planToCsv } from './csv.js';
export type { CsvOptions } from './csv.js';
export { planToMarkdown } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { planToICalendar } from './icalendar.js';
export type { ICalendarOptions } from './icalendar.js';
