import { html, nothing, type TemplateResult } from 'lit';
import {
  openPlan,
  parsePlan,
  planToCsv,
  planToICalendar,
  planToMarkdown,
  serializePlan,
  type ActieModel,
  type ActionPlan,
  type Agreement,
  type IntakeAnswers,
  type Notes,
  type Result,
  type ValidationError,
} from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { downloadList } from '../shared/download-list.js';
import { fileChooser } from '../shared/file-picker.js';
import { today } from '../shared/i18n/format.js';
import { errorSummary } from '../shared/error-summary.js';
import type { PlanKey } from './action-plan.strings.js';

/** The export formats of `<actie-action-plan>`'s `exportText`. */
export type PlanExportFormat = 'csv' | 'md' | 'ics' | 'json';

/** File extension and MIME type per export format. */
export const EXPORTS: Readonly<Record<PlanExportFormat, { readonly ext: string; readonly type: string }>> = {
  csv: { ext: 'csv', type: 'text/csv' },
  md: { ext: 'md', type: 'text/markdown' },
  ics: { ext: 'ics', type: 'text/calendar' },
  json: { ext: 'json', type: 'application/json' },
};

/** A short, stable hash of a text (FNV-1a, 32 bits), as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The CSV separator spreadsheet programs expect: `;` where decimals are written with a comma. */
function csvSeparator(lang: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

/** What an export needs besides the plan. */
export interface ExportOptions {
  readonly lang: string;
  readonly model: ActieModel | undefined;
  /** The session's intake: what the plan is about heads the exports. */
  readonly intake: IntakeAnswers;
  /** The session's notes: those on an agreement's questions go with it (CSV, Markdown). */
  readonly notes: Notes;
  /** The plan's title (Markdown heading). */
  readonly title: string;
  /** The session id: iCalendar UIDs differ per session, so plans do not overwrite each other. */
  readonly sessionId: string;
}

/** The plan as text in an export format. */
export function exportPlan(plan: ActionPlan, format: PlanExportFormat, o: ExportOptions): string {
  const withModel = o.model ? { model: o.model } : {};
  const context = { lang: o.lang, ...withModel, intake: o.intake };
  switch (format) {
    case 'csv':
      return planToCsv(plan, { ...context, notes: o.notes, separator: csvSeparator(o.lang) });
    case 'md':
      return planToMarkdown(plan, { ...context, notes: o.notes, title: o.title, today: today() });
    case 'ics':
      return planToICalendar(plan, { ...context, now: new Date(), uidDomain: `plan-${hash(o.sessionId)}.actie` });
    case 'json':
      return serializePlan(plan, withModel);
  }
}

/** Why an import failed, as the key of a sentence for the person: by the errors' codes, never their English text. */
export function importReason(errors: readonly ValidationError[]): PlanKey {
  const codes = new Set(errors.map((e) => e.code));
  if (codes.has('invalid-json')) return 'reasonDamaged';
  if (codes.has('too-large') && errors.some((e) => e.path === '')) return 'reasonTooLarge';
  if (codes.has('unsupported-version')) return 'reasonVersion';
  if (codes.has('not-actie-file')) return 'reasonNotOurs';
  if (errors.some((e) => e.path === '/plan' && e.code === 'required')) return 'reasonNoPlan';
  return 'reasonInvalid';
}

/** The field of an agreement a problem is in, in words ("wat", "de status"). */
const FIELDS: Readonly<Record<string, PlanKey>> = {
  what: 'fieldWhat',
  who: 'fieldWho',
  when: 'fieldWhen',
  status: 'fieldStatus',
  id: 'fieldId',
  condition: 'fieldCondition',
};

/**
 * Where a file is wrong, in plain words: "afspraak 2: wanneer", from the errors' JSON paths (in a
 * plan file or a session's plan). At most five, each once.
 */
export function importProblems(el: Texts<PlanKey>, errors: readonly ValidationError[]): string[] {
  const places = errors.map((e) => {
    const match = /^(?:\/plan)?\/agreements\/(\d+)(?:\/([^/]+))?/.exec(e.path);
    if (!match) return el.t('problemFile');
    const position = el.n(Number(match[1]) + 1);
    if (!match[2]) return el.t('problemAgreement', { position });
    const field = FIELDS[match[2]];
    return el.t('problemField', { position, field: field ? el.t(field).toLowerCase() : el.t('fieldOther') });
  });
  return [...new Set(places)].slice(0, 5);
}

/**
 * The error summary of a failed import (takes focus), or the notice of what an import carried over.
 * It says in plain words what is wrong, where, and what to do; the technical messages (in English,
 * with JSON paths) are in a closed "Technische details" disclosure for whoever helps.
 */
export function importErrors(
  el: Texts<PlanKey>,
  id: string,
  errors: readonly ValidationError[] | undefined,
  reason: PlanKey | undefined,
  notice: string | undefined,
): TemplateResult | typeof nothing {
  if (!errors) return notice ? html`<p part="import-notice" class="notice">${notice}</p>` : nothing;
  const headingId = `${id}-import-errors`;
  const why = reason ?? importReason(errors);
  const where = why === 'reasonInvalid' ? importProblems(el, errors) : [];
  return errorSummary({
    headingId,
    heading: el.t('importErrorTitle'),
    level: 2,
    kind: 'import',
    className: 'import-errors',
    body: html`<p>${el.t(why)} ${el.t('importNothingChanged')}</p>
      ${
        where.length
          ? html`<p>${el.t('importWhere')}</p>
              <ul part="import-problems">
                ${where.map((place) => html`<li>${place}</li>`)}
              </ul>`
          : nothing
      }
      <p>${el.t('importWhatToDo')}</p>`,
    detailsLabel: el.t('technicalDetails'),
    details: errors.slice(0, 20),
  });
}

/**
 * A plan file, or a session file with a plan (JSON text), read against the model: a plan made
 * with an older version of the questions gets its links to points carried over, with a notice
 * that says so. Errors by JSON path when it cannot be used.
 */
export function readPlanText(
  el: Texts<PlanKey>,
  model: ActieModel | undefined,
  text: string,
): Result<{ readonly plan: ActionPlan; readonly notice: string | undefined }> {
  const parsed = model ? openPlan(model, text) : parsePlan(text);
  if (!parsed.ok) return parsed;
  const { plan, migration } = 'agreements' in parsed.value ? { plan: parsed.value, migration: undefined } : parsed.value;
  const notice = migration
    ? el.t(migration.agreements.length === 1 ? 'importedMigratedOne' : 'importedMigrated', {
        from: migration.from,
        to: migration.to,
        count: el.n(migration.agreements.length),
      })
    : undefined;
  return { ok: true, value: { plan, notice } };
}

/** The text of a file the person chose; a file the browser cannot read is an error, never thrown. */
export async function readFileText(
  file: File,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly errors: readonly ValidationError[] }> {
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    const message = `The file could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, errors: [{ path: '', code: 'invalid-json', message }] };
  }
}

/** What the exports section needs of the element besides its texts. */
export interface ExportsContext {
  readonly el: Texts<PlanKey>;
  readonly id: string;
  /** The name of the file chosen last for import. */
  readonly chosen: string;
  readonly download: (format: PlanExportFormat) => void;
  /** Why the last download could not be made; empty when it worked. */
  readonly downloadError: string;
  readonly print: () => void;
  readonly fileChosen: (event: Event) => void;
}

/**
 * The download control (`downloadList`), with what the plan can be taken away as, named by what it
 * is for: to read or print, for Excel, for your calendar, to continue later; then the import of a
 * plan file.
 */
export function exportsSection(c: ExportsContext, agreements: readonly Agreement[]): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-exports`;
  // A calendar file needs a date; until one is set, the entry says so and does nothing.
  const hasDates = agreements.some((a) => !!a.when);
  return html`<section part="exports" class="section exports" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t(agreements.length ? 'exportsTitle' : 'importTitle')}</h2>
    ${
      agreements.length
        ? downloadList({
            id: c.id,
            heading: el.t('exportsLegend'),
            error: c.downloadError || undefined,
            entries: [
              {
                key: 'print',
                part: 'print-button',
                print: true,
                label: el.t('exportRead'),
                hint: el.t('exportReadHint'),
                act: c.print,
              },
              {
                key: 'csv',
                part: 'download-button',
                label: el.t('exportCsv'),
                hint: el.t('exportCsvHint'),
                act: () => c.download('csv'),
              },
              {
                key: 'ics',
                part: 'download-button',
                label: el.t('exportIcs'),
                hint: el.t(hasDates ? 'exportIcsHint' : 'exportIcsNone'),
                unavailable: !hasDates,
                act: () => c.download('ics'),
              },
              {
                key: 'json',
                part: 'download-button',
                label: el.t('exportJson'),
                hint: el.t('exportJsonHint'),
                act: () => c.download('json'),
              },
            ],
          })
        : nothing
    }
    <div part="import" class="field import">
      ${fileChooser({
        id: `${c.id}-import`,
        inputPart: 'import-input',
        hint: el.t('importHint'),
        label: el.t('importLabel'),
        chosen: c.chosen ? [c.chosen] : [],
        el,
        change: c.fileChosen,
      })}
    </div>
  </section>`;
}
