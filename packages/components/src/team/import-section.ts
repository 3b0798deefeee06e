import { html, nothing, type TemplateResult } from 'lit';
import {
  BUILTIN_MODEL_INFO,
  type MigratedTeamSession,
  type RejectedSession,
  type TeamResult,
  type ValidationError,
} from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { fileChooser } from '../shared/file-picker.js';
import { icon, statusIcon } from '../shared/result-icons.js';
import type { FileDrop } from './file-drop.js';
import { memo } from './render-memo.js';
import { duplicatesBySource, sessionModelId } from './team-options.js';
import { errorSummary } from '../shared/error-summary.js';
import type { TeamKey } from './team-overview.strings.js';

/** A file the facilitator imported. Kept in the element only: these are other people's answers. */
export interface ImportedFile {
  /** Unique per element, for keyed rendering. */
  readonly key: number;
  /** The file name, made unique within the list (it is the `source` given to `aggregate`). */
  readonly name: string;
  readonly text: string | undefined;
  readonly problem?: 'unreadable' | 'too-large';
}

/** What the import section needs of `<actie-team-overview>` besides its texts. */
export interface ImportContext {
  readonly el: Texts<TeamKey>;
  readonly id: string;
  readonly drop: FileDrop;
  readonly files: readonly ImportedFile[];
  readonly team: TeamResult | undefined;
  /** The files `team` was made of: only these show how they were used. */
  readonly combined: ReadonlySet<ImportedFile>;
  readonly status: string;
  /** How far reading many files is, while it lasts. */
  readonly progress?: { readonly read: number; readonly total: number } | undefined;
  /** Replaced whenever the texts change (language, overrides), so the file list is drawn again. */
  readonly texts: object;
  readonly remove: (name: string) => void;
  readonly clear: () => void;
}

/** The import: drop zone with the file chooser, the status, files not used, and the list of files. */
export function importSection(c: ImportContext): TemplateResult {
  const { el, drop } = c;
  const headingId = `${c.id}-import`;
  const rejected = new Map((c.team?.rejected ?? []).map((r) => [r.source, r]));
  const duplicates = duplicatesBySource(c.team);
  const migrated = new Map((c.team?.migrated ?? []).map((m) => [m.source, m]));
  return html`<section part="import" class="section import-section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('importTitle')}</h2>
    <p>${el.t('importIntro')}</p>
    <div
      part="drop-zone"
      class="drop-zone ${drop.dragging ? 'drop-zone--active' : ''}"
      @dragenter=${drop.onDragOver}
      @dragover=${drop.onDragOver}
      @dragleave=${drop.onDragLeave}
      @drop=${drop.onDrop}
    >
      ${fileChooser({
        id: `${c.id}-files`,
        inputPart: 'file-input',
        multiple: true,
        hint: el.t('fileHint'),
        label: el.t('fileLabel'),
        chosen: drop.chosen,
        el,
        change: drop.onInputChange,
      })}
    </div>
    <p part="import-status" class="import-status" role="status" aria-live="polite">${c.status}</p>
    ${c.progress ? importProgress(c, c.progress) : nothing} ${fileErrors(c)}
    ${
      c.files.length
        ? html`<h3 part="subheading">${el.t('filesTitle')}</h3>
            <ul part="file-list" class="files">
              ${c.files.map((file) => {
                const state = {
                  combined: c.team !== undefined && c.combined.has(file),
                  rejected: rejected.get(file.name),
                  sameAs: duplicates.get(file.name),
                  migrated: migrated.get(file.name),
                };
                // Drawn again only when its status changes: not for each new file or status text.
                return memo([file, c.texts, state.combined, state.rejected, state.sameAs, state.migrated], () =>
                  fileItem(c, file, state),
                );
              })}
            </ul>
            <div class="buttons">
              <button part="button clear-button" class="button" type="button" @click=${c.clear}>
                ${icon('remove')} ${el.t('clearAll')}
              </button>
            </div>`
        : nothing
    }
  </section>`;
}

/** What the list shows of a file: whether the files are combined, and if so how this one was used. */
interface FileState {
  readonly combined: boolean;
  readonly rejected: RejectedSession | undefined;
  /** The file this one repeats. */
  readonly sameAs: string | undefined;
  readonly migrated: MigratedTeamSession | undefined;
}

function fileItem(c: ImportContext, file: ImportedFile, { combined, rejected, sameAs, migrated }: FileState): TemplateResult {
  const { el } = c;
  return html`<li part="file" class="file" data-file=${file.key}>
    <span class="file__info">
      <span part="file-name" class="file__name">${file.name}</span>
      ${
        combined
          ? rejected
            ? html`<span part="file-status" class="status status--needs-work">
                ${statusIcon('needs-work')} ${el.t('fileUnused', { reason: reason(el, rejected.errors, file.text) })}
              </span>`
            : sameAs !== undefined
              ? html`<span part="file-status file-duplicate" class="status status--unknown">
                  ${statusIcon('unknown')} ${el.t('fileDuplicate', { file: sameAs })}
                </span>`
              : html`<span part="file-status" class="status status--good">${statusIcon('good')} ${el.t('fileUsed')}</span>`
          : nothing
      }
      ${
        combined && migrated
          ? html`<span part="file-migrated" class="file__migrated">
              ${el.t('fileMigrated', { from: migrated.from, count: el.n(migrated.report.reanswer.length) })}
            </span>`
          : nothing
      }
    </span>
    <button
      part="button remove-button"
      class="button button--subtle"
      type="button"
      data-remove
      @click=${() => c.remove(file.name)}
    >
      ${icon('remove')} ${el.t('remove')}<span class="visually-hidden">: ${file.name}</span>
    </button>
  </li>`;
}

function fileErrors({ el, id, team, files }: ImportContext): TemplateResult | typeof nothing {
  const rejected = team?.rejected ?? [];
  if (!rejected.length) return nothing;
  const headingId = `${id}-file-errors`;
  return errorSummary({
    headingId,
    heading: el.count('errorTitle', rejected.length),
    level: 3,
    kind: 'files',
    body: html`<ul>
        ${rejected.map((r) => {
          const text = files.find((f) => f.name === r.source)?.text;
          return html`<li data-source=${r.source}>
            ${el.t('errorFile', { file: r.source, reason: reason(el, r.errors, text) })}
          </li>`;
        })}
      </ul>
      <p>${el.t('errorIntro')}</p>`,
    detailsLabel: el.t('technicalDetails'),
    details: rejected.flatMap((r) => r.errors.slice(0, 5).map((e) => ({ ...e, source: r.source }))),
  });
}

/**
 * A short reason, for people, why a file was not used: by the errors' codes, never their English
 * text. A session of another model names that model (read from the file's `model.id`).
 */
export function reason(el: Texts<TeamKey>, errors: readonly ValidationError[], text?: string): string {
  const codes = new Set(errors.map((e) => e.code));
  const first = errors[0];
  if (codes.has('unsupported-version')) return el.t('reasonVersion');
  const id = sessionModelId(text);
  const builtin = Object.values(BUILTIN_MODEL_INFO).find((m) => m.id === id);
  // A built-in companion model (the initiators' questions) whose code could not be downloaded:
  // the file names it, so "required" here is the model, not a missing id (see aggregate).
  if (builtin && errors.some((e) => e.code === 'required' && e.path === '/model/id')) {
    return el.t('reasonModelNotLoaded', { model: `${el.mt(builtin.title)} (${builtin.id})` });
  }
  if (id !== undefined && errors.some((e) => e.code === 'model-mismatch' && e.path === '/model/id')) {
    return el.t('reasonOtherModel', { model: builtin ? `${el.mt(builtin.title)} (${id})` : id });
  }
  if (codes.has('model-mismatch')) return el.t('reasonModel');
  if (codes.has('invalid-json')) return el.t('reasonDamaged');
  if (codes.has('too-large')) return el.t('reasonTooLarge');
  if (codes.has('not-actie-file') || (first?.path === '' && first.code === 'type')) return el.t('reasonNotSession');
  if (first?.path === '' && first.code === 'required') return el.t('reasonUnreadable');
  return el.t('reasonInvalid');
}

/** How far reading many files is: words and a progress bar, shown but not announced (the status is). */
function importProgress(c: ImportContext, { read, total }: { readonly read: number; readonly total: number }): TemplateResult {
  const id = `${c.id}-import-progress`;
  return html`<p part="import-progress" class="import-progress">
    <span id=${id}>${c.el.t('readingProgress', { read: c.el.n(read), total: c.el.n(total) })}</span>
    <progress max=${total} value=${read} aria-labelledby=${id}></progress>
  </p>`;
}
