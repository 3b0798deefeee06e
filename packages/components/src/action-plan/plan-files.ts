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
  type Result,
  type ValidationError,
} from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { fileChooser } from '../shared/file-picker.js';
import { icon } from '../shared/result-icons.js';
import { today } from '../shared/i18n/format.js';
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
  /** The plan's title (Markdown heading, calendar name). */
  readonly title: string;
  /** The session id: iCalendar UIDs differ per session, so plans do not overwrite each other. */
  readonly sessionId: string;
}

/** The plan as text in an export format. */
export function exportPlan(plan: ActionPlan, format: PlanExportFormat, o: ExportOptions): string {
  const withModel = o.model ? { model: o.model } : {};
  switch (format) {
    case 'csv':
      return planToCsv(plan, { lang: o.lang, ...withModel, separator: csvSeparator(o.lang) });
    case 'md':
      return planToMarkdown(plan, { lang: o.lang, ...withModel, title: o.title, today: today() });
    case 'ics':
      return planToICalendar(plan, {
        lang: o.lang,
        ...withModel,
        now: new Date(),
        uidDomain: `plan-${hash(o.sessionId)}.actie`,
        calendarName: o.title,
      });
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

/** The error summary of a failed import (takes focus), or the notice of what an import carried over. */
export function importErrors(
  el: Texts<PlanKey>,
  id: string,
  errors: readonly ValidationError[] | undefined,
  reason: PlanKey | undefined,
  notice: string | undefined,
): TemplateResult | typeof nothing {
  if (!errors) return notice ? html`<p part="import-notice" class="notice">${notice}</p>` : nothing;
  const headingId = `${id}-import-errors`;
  return html`<div
    part="error-summary"
    class="notice notice--error import-errors"
    role="alert"
    tabindex="-1"
    data-import-errors
    aria-labelledby=${headingId}
  >
    <h2 part="heading" id=${headingId}>${el.t('importErrorTitle')}</h2>
    <p>${el.t(reason ?? importReason(errors))} ${el.t('importNothingChanged')}</p>
    <p>${el.t('technicalDetails')}</p>
    <ul>
      ${errors.slice(0, 20).map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
    </ul>
  </div>`;
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
  readonly print: () => void;
  readonly fileChosen: (event: Event) => void;
}

/** Downloads in every format, print, and import of a plan file. */
export function exportsSection(c: ExportsContext, agreements: readonly Agreement[]): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-exports`;
  const importId = `${c.id}-import`;
  const importHintId = `${c.id}-import-hint`;
  const hasDates = agreements.some((a) => !!a.when);
  const button = (format: PlanExportFormat, label: PlanKey): TemplateResult =>
    html`<button
      part="button export-button"
      class="button"
      type="button"
      data-export=${format}
      @click=${() => c.download(format)}
    >
      ${icon('download')} ${el.t(label)}
    </button>`;
  return html`<section part="exports" class="section exports" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t(agreements.length ? 'exportsTitle' : 'importTitle')}</h2>
    ${
      agreements.length
        ? html`<p>${el.t('exportsText')}</p>
            <div part="export-buttons" class="buttons">
              ${button('csv', 'exportCsv')} ${button('md', 'exportMd')} ${hasDates ? button('ics', 'exportIcs') : nothing}
              ${button('json', 'exportJson')}
            </div>
            ${hasDates ? nothing : html`<p part="export-note" class="hint" data-ics-note>${el.t('exportIcsNone')}</p>`}
            <p part="export-note" class="hint">${el.t('exportJsonHint')}</p>
            <div class="buttons">
              <button part="button print-button" class="button" type="button" @click=${c.print}>
                ${icon('print')} ${el.t('print')}
              </button>
            </div>
            <p class="hint">${el.t('printHint')}</p>`
        : nothing
    }
    <div part="import" class="field import">
      <p part="hint" class="hint" id=${importHintId}>${el.t('importHint')}</p>
      <input
        part="import-input"
        class="file-input"
        id=${importId}
        type="file"
        accept=".json,application/json"
        hidden
        @change=${c.fileChosen}
      />
      ${fileChooser({
        inputId: importId,
        label: el.t('importLabel'),
        hintId: importHintId,
        status: c.chosen ? el.tc('fileChosen', { names: c.chosen }) : el.tc('fileNone'),
      })}
    </div>
  </section>`;
}
