import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  AGREEMENT_STATUSES,
  LIMITS,
  draftPlan,
  isIsoDate,
  isOverdue,
  openPlan,
  parsePlan,
  planToCsv,
  planToICalendar,
  planToMarkdown,
  proposeAgreement,
  serializePlan,
  type ActionPlan,
  type Agreement,
  type AgreementStatus,
  type ValidationError,
} from '@actie/rules';
import { ActieElement, downloadText } from '../shared/actie-element.js';
import { baseStyles } from '../shared/styles.js';
import { fileChooser } from '../shared/file-picker.js';
import { icon } from '../shared/icons.js';
import { formatDate, formatNumber, today } from '../shared/i18n/format.js';
import type { ActiePlanChangeDetail } from '../shared/events.js';
import type { StoreChangeDetail } from '../session/store.js';
import { actionPlanStyles } from './action-plan.styles.js';
import type { PlanStrings } from './action-plan.strings.js';
import './action-plan.strings.js';

/** The export formats of {@link ActieActionPlanElement.exportText}. */
export type PlanExportFormat = 'csv' | 'md' | 'ics' | 'json';

/** File extension and MIME type per export format. */
const EXPORTS: Readonly<Record<PlanExportFormat, { readonly ext: string; readonly type: string }>> = {
  csv: { ext: 'csv', type: 'text/csv' },
  md: { ext: 'md', type: 'text/markdown' },
  ics: { ext: 'ics', type: 'text/calendar' },
  json: { ext: 'json', type: 'application/json' },
};

const STATUS_KEYS: Readonly<Record<AgreementStatus, keyof PlanStrings>> = {
  open: 'statusOpen',
  busy: 'statusBusy',
  done: 'statusDone',
};

/** Longest "who", as the plan file format accepts it. */
const WHO_MAX_LENGTH = 200;

let instances = 0;

/** A short, stable hash of a text (FNV-1a, 32 bits), as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A text cut to about `max` characters at a word boundary, for accessible names. */
function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The last agreement deleted, and where it was, for "undo". */
interface DeletedAgreement {
  readonly agreement: Agreement;
  readonly index: number;
}

/** What to focus after the next render. */
type FocusTarget =
  | { readonly kind: 'move'; readonly id: string; readonly control: 'up' | 'down' }
  | { readonly kind: 'heading' | 'what'; readonly id: string }
  | { readonly kind: 'undo' | 'add' | 'import-errors' };

/**
 * @summary The action plan: agreements on what will be done, who does it, by when, and how far it
 * is (open, in progress, done), each linked to the condition it addresses. Proposed from the
 * results (one agreement per condition that needs work), editable, reorderable by keyboard,
 * deletable with undo; overdue agreements stand out. Exports to CSV, Markdown, iCalendar and
 * JSON, imports JSON (a plan or a session file) and prints as a clean table.
 *
 * The plan lives in the session store; every change made here is saved there (and so in the
 * browser when storage allows) and announced with `actie-plan-change`. A new agreement is only
 * saved once its "what" is filled in; an emptied "what" is kept on screen with an error and not
 * saved until it is filled again, so the saved plan is always one that can be read back.
 *
 * Printing uses the browser's own print: buttons and form fields are hidden and the agreements are
 * printed as a table. Page size and margins cannot be set from inside a shadow root: the host page
 * may add `@page { size: A4; margin: 18mm; }` to its own stylesheet.
 *
 * @event actie-plan-change - After every change made in this element (propose, add, edit, move, delete, undo, import). Detail: `{ plan: ActionPlan }` (the whole new plan).
 *
 * @csspart base - The wrapper of everything.
 * @csspart live - The polite live region that announces changes (visually hidden).
 * @csspart loading - The "loading the model" status.
 * @csspart error-summary - The model error summary, and the error summary after a failed import.
 * @csspart notice - Storage notices.
 * @csspart heading - Every section heading (h2).
 * @csspart intro - The sentence under the main heading.
 * @csspart empty - The explanation shown while the plan has no agreements.
 * @csspart overview - The top section: heading, counts, overdue summary and toolbar.
 * @csspart total - The "this plan has n agreements" line.
 * @csspart counts - The list of counts by status.
 * @csspart count - One count in that list.
 * @csspart overdue-summary - The "n agreements are overdue" line.
 * @csspart toolbar - The row with the propose and add buttons.
 * @csspart button - Every button.
 * @csspart propose-button - The "propose from the results" button.
 * @csspart add-button - The "add agreement" button.
 * @csspart undo - The status region that offers to undo the last delete.
 * @csspart undo-button - The undo button.
 * @csspart list - The ordered list of agreements.
 * @csspart agreement - One agreement card (a list item).
 * @csspart agreement-heading - The heading of an agreement: position and condition title.
 * @csspart agreement-area - The area of the linked condition (letter and title).
 * @csspart area-letter - The letter of that area.
 * @csspart badges - The row of badges of an agreement.
 * @csspart overdue-badge - The "overdue" badge.
 * @csspart done-badge - The "done" badge.
 * @csspart fields - The group of form fields of an agreement.
 * @csspart field - One field (label, hint, control, error).
 * @csspart label - A field label.
 * @csspart hint - A field hint.
 * @csspart field-error - The inline error of an empty "what".
 * @csspart what-input - The "what" text area.
 * @csspart who-input - The "who" text field.
 * @csspart when-input - The "by when" date field.
 * @csspart status-select - The status drop-down.
 * @csspart agreement-actions - The row with move and delete buttons of an agreement.
 * @csspart move-up-button - The "move up" button.
 * @csspart move-down-button - The "move down" button.
 * @csspart delete-button - The "delete" button.
 * @csspart exports - The section with downloads, import and print.
 * @csspart export-buttons - The row of download buttons.
 * @csspart export-button - Each download button.
 * @csspart export-note - The note shown instead of the calendar download, and the JSON hint.
 * @csspart import - The import field (hint, button, status and the hidden file input).
 * @csspart import-input - The native file input (hidden: the choose-button opens its picker).
 * @csspart choose-button - The button that opens the file picker ("Actieplan inlezen"); also has the part `button`.
 * @csspart chosen-files - The text beside it: no file chosen yet, or the name of the file chosen.
 * @csspart print-button - The print button.
 * @csspart print-view - The read-only table that is shown only in print.
 * @csspart print-table - That table.
 * @csspart attribution - Where the questions come from, below the printed table.
 * @csspart import-notice - What an import of a plan made with an older version of the questions changed.
 *
 * @cssproperty --actie-action-plan-card-background-color - Background of an agreement card. Default: the page background.
 * @cssproperty --actie-action-plan-card-border-color - Border of an agreement card. Default: the border colour.
 * @cssproperty --actie-action-plan-card-border-width - Border width of an agreement card. Default: the shared border width.
 * @cssproperty --actie-action-plan-card-border-radius - Corner radius of an agreement card. Default: the shared radius.
 * @cssproperty --actie-action-plan-card-padding-block - Padding above and below in a card. Default: the shared space.
 * @cssproperty --actie-action-plan-card-padding-inline - Padding left and right in a card. Default: the shared space.
 * @cssproperty --actie-action-plan-card-overdue-border-color - Border of an overdue card (also drawn thicker at the start). Default: the needs-work colour.
 * @cssproperty --actie-action-plan-card-done-border-color - Border of a done card. Default: the good colour.
 * @cssproperty --actie-action-plan-card-new-border-style - Border style of a new, unsaved card. Default: `dashed`.
 * @cssproperty --actie-action-plan-heading-font-size - Size of an agreement heading. Default: `1.1rem`.
 * @cssproperty --actie-action-plan-position-color - Colour of the position number in a heading. Default: the muted colour.
 * @cssproperty --actie-action-plan-area-color - Colour of the area line. Default: the muted colour.
 * @cssproperty --actie-action-plan-letter-background-color - Background of the area letter. Default: the accent colour.
 * @cssproperty --actie-action-plan-letter-color - Colour of the area letter. Default: the colour on accent.
 * @cssproperty --actie-action-plan-letter-border-radius - Corner radius of the area letter. Default: the shared radius.
 * @cssproperty --actie-action-plan-badge-border-radius - Corner radius of badges. Default: the shared radius.
 * @cssproperty --actie-action-plan-badge-padding-inline - Padding left and right in badges. Default: `0.5em`.
 * @cssproperty --actie-action-plan-overdue-color - Text and border of the overdue badge and summary. Default: the needs-work colour.
 * @cssproperty --actie-action-plan-overdue-background-color - Background of the overdue badge and summary. Default: the page background.
 * @cssproperty --actie-action-plan-done-color - Text and border of the done badge. Default: the good colour.
 * @cssproperty --actie-action-plan-done-background-color - Background of the done badge. Default: the page background.
 * @cssproperty --actie-action-plan-label-font-weight - Weight of field labels. Default: `700`.
 * @cssproperty --actie-action-plan-hint-color - Colour of field hints. Default: the muted colour.
 * @cssproperty --actie-action-plan-input-background-color - Background of fields. Default: the page background.
 * @cssproperty --actie-action-plan-input-border-color - Border of fields. Default: the border colour.
 * @cssproperty --actie-action-plan-input-border-width - Border width of fields. Default: the shared border width.
 * @cssproperty --actie-action-plan-input-border-radius - Corner radius of fields. Default: the shared radius.
 * @cssproperty --actie-action-plan-input-color - Text colour of fields. Default: the text colour.
 * @cssproperty --actie-action-plan-input-padding-inline - Padding left and right in fields. Default: `0.5em`.
 * @cssproperty --actie-action-plan-input-invalid-border-color - Border of a field with an error. Default: the needs-work colour.
 * @cssproperty --actie-action-plan-error-color - Colour of an inline error. Default: the needs-work colour.
 * @cssproperty --actie-action-plan-action-padding-inline - Padding left and right in the move and delete buttons. Default: `0.5em`.
 * @cssproperty --actie-action-plan-undo-background-color - Background of the undo region. Default: the subtle background.
 * @cssproperty --actie-action-plan-print-font-size - Text size in print. Default: `10.5pt`.
 * @cssproperty --actie-action-plan-print-border-color - Lines of the printed table. Default: `#000000`.
 */
export class ActieActionPlanElement extends ActieElement {
  static override properties = {
    ...ActieElement.properties,
    announcement: { state: true },
    pending: { state: true },
    lastDeleted: { state: true },
    importErrors: { state: true },
    importNotice: { state: true },
  };

  static override styles = [baseStyles, actionPlanStyles];

  protected readonly stringsGroup = 'plan';

  /** The text of the polite live region. */
  declare announcement: string;

  /** A new agreement whose "what" is not filled in yet: shown, not saved. */
  declare pending: Agreement | undefined;

  /** The last deleted agreement, offered for undo. */
  declare lastDeleted: DeletedAgreement | undefined;

  /** The problems of the last failed import (shown in an error summary). */
  declare importErrors: readonly ValidationError[] | undefined;

  /** What the last import carried over from an older version of the questions, shown until the next import. */
  declare importNotice: string | undefined;

  /** A prefix for ids in the shadow root. */
  readonly #id = `actie-plan-${++instances}`;

  /** "What" texts typed but not saved because they are empty, by agreement id. */
  readonly #whatDrafts = new Map<string, string>();

  /** Whether the pending agreement's "what" has been left empty once (then its error shows). */
  #pendingTouched = false;

  #focusTarget: FocusTarget | undefined;

  constructor() {
    super();
    this.announcement = '';
    this.pending = undefined;
    this.lastDeleted = undefined;
    this.importErrors = undefined;
    this.importNotice = undefined;
  }

  // ---- public methods -------------------------------------------------------------------------

  /** The current plan (from the session store). */
  get plan(): ActionPlan {
    return this.store?.plan ?? { agreements: [] };
  }

  /**
   * The plan as text in an export format: `csv` (with a byte order mark; `;` as separator in
   * languages that write decimals with a comma, such as Dutch, `,` otherwise), `md` (Markdown,
   * overdue deadlines marked), `ics` (iCalendar: one all-day event per agreement with a date) or
   * `json` (the plan file that {@link importText} reads back without loss).
   */
  exportText(format: PlanExportFormat): string {
    const plan = this.plan;
    const lang = this.language;
    const model = this.store?.model;
    const withModel = model ? { model } : {};
    switch (format) {
      case 'csv':
        return planToCsv(plan, { lang, ...withModel, separator: this.#csvSeparator() });
      case 'md':
        return planToMarkdown(plan, { lang, ...withModel, title: this.#s('title'), today: today() });
      case 'ics':
        return planToICalendar(plan, {
          lang,
          ...withModel,
          now: new Date(),
          uidDomain: this.#uidDomain(),
          calendarName: this.#s('title'),
        });
      case 'json':
        return serializePlan(plan, withModel);
    }
  }

  /** The download file name of an export, e.g. `actie-actieplan-2026-11-30.csv`. */
  exportFileName(format: PlanExportFormat): string {
    return this.#s('fileName', { date: today(), ext: EXPORTS[format].ext });
  }

  /** Offer an export as a download. */
  download(format: PlanExportFormat): void {
    const file = this.exportFileName(format);
    downloadText(this.exportText(format), file, EXPORTS[format].type);
    this.#announce(this.#s('downloaded', { file }));
  }

  /**
   * Replace the plan with the one in a plan file or a session file with a plan (JSON text).
   * Returns whether it worked. On failure nothing changes: an error summary shows what is wrong
   * and takes focus.
   */
  importText(text: string): boolean {
    const model = this.store?.model;
    // A plan made with an older version of the questions gets its links to points carried over.
    const parsed = model ? openPlan(model, text) : parsePlan(text);
    if (!parsed.ok) {
      this.#showImportErrors(parsed.errors);
      return false;
    }
    const { plan, migration } = 'agreements' in parsed.value ? { plan: parsed.value, migration: undefined } : parsed.value;
    this.importErrors = undefined;
    this.pending = undefined;
    this.lastDeleted = undefined;
    this.#whatDrafts.clear();
    this.#setPlan(plan);
    const imported = this.#count('imported', plan.agreements.length);
    this.importNotice = migration
      ? this.#s(migration.agreements.length === 1 ? 'importedMigratedOne' : 'importedMigrated', {
          from: migration.from,
          to: migration.to,
          count: this.#n(migration.agreements.length),
        })
      : undefined;
    this.#announce(this.importNotice ? `${imported} ${this.importNotice}` : imported);
    return true;
  }

  /** Read a file chosen by the person and import it (see {@link importText}). */
  async importFile(file: File): Promise<boolean> {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.#showImportErrors(
        [
          {
            path: '',
            code: 'invalid-json',
            message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
        'reasonUnreadable',
      );
      return false;
    }
    return this.importText(text);
  }

  /**
   * Add one open agreement for every condition that needs work and is not on the plan yet, with
   * the condition's agreement text as "what". Returns how many were added.
   */
  async proposeFromResults(): Promise<number> {
    const store = this.store;
    if (!store) return 0;
    const result = await store.settled();
    if (!result) return 0;
    const before = store.plan;
    const after = draftPlan(result, this.language, before);
    const added = after.agreements.length - before.agreements.length;
    if (added > 0) {
      // Proposed ids are `a-<condition>`; a new agreement being typed has `a` or `a-<number>`, so
      // they never clash (and that one checks again when it is saved).
      const agreements = after.agreements;
      this.#setPlan(after);
      const first = agreements[before.agreements.length];
      // The button stays where it is unless the plan was empty (then the empty state goes away).
      if (!before.agreements.length && !this.pending && first) this.#focusTarget = { kind: 'heading', id: first.id };
      this.#announce(this.#count('proposed', added));
    } else {
      this.#announce(this.#s('proposedNone'));
    }
    return added;
  }

  /**
   * Start a new agreement without a condition and focus its "what" field. It is saved as soon as
   * "what" is filled in. While one is being made, this focuses that one again.
   */
  addAgreement(): void {
    if (!this.pending) {
      this.pending = { id: this.#freshId(undefined, this.plan.agreements), what: '', who: '', status: 'open' };
      this.#pendingTouched = false;
    }
    this.#focusTarget = { kind: 'what', id: this.pending.id };
    this.requestUpdate();
  }

  /** Move an agreement one place up (-1) or down (+1). Returns whether it moved. */
  moveAgreement(id: string, delta: -1 | 1): boolean {
    const agreements = [...this.plan.agreements];
    const from = agreements.findIndex((a) => a.id === id);
    const to = from + delta;
    const agreement = agreements[from];
    if (from < 0 || !agreement || to < 0 || to >= agreements.length) return false;
    agreements.splice(from, 1);
    agreements.splice(to, 0, agreement);
    this.#setPlan({ agreements });
    this.#focusTarget = { kind: 'move', id, control: delta < 0 ? 'up' : 'down' };
    this.#announce(this.#s('moved', { position: this.#n(to + 1), total: this.#n(agreements.length) }));
    return true;
  }

  /** Delete an agreement; the last one deleted can be restored with {@link undoDelete}. */
  deleteAgreement(id: string): void {
    if (this.pending?.id === id) {
      this.pending = undefined;
      this.#focusTarget = { kind: 'add' };
      this.#announce(this.#s('discarded'));
      return;
    }
    const index = this.plan.agreements.findIndex((a) => a.id === id);
    const agreement = this.plan.agreements[index];
    if (!agreement) return;
    this.#whatDrafts.delete(id);
    this.lastDeleted = { agreement, index };
    this.#setPlan({ agreements: this.plan.agreements.filter((a) => a.id !== id) });
    this.#focusTarget = { kind: 'undo' };
  }

  /** Put the last deleted agreement back where it was. Returns whether there was one. */
  undoDelete(): boolean {
    const deleted = this.lastDeleted;
    if (!deleted) return false;
    const agreements = [...this.plan.agreements];
    const taken = agreements.some((a) => a.id === deleted.agreement.id) || this.pending?.id === deleted.agreement.id;
    const agreement = taken
      ? {
          ...deleted.agreement,
          id: this.#freshId(deleted.agreement.condition, [...agreements, ...(this.pending ? [this.pending] : [])]),
        }
      : deleted.agreement;
    const index = Math.min(deleted.index, agreements.length);
    agreements.splice(index, 0, agreement);
    this.lastDeleted = undefined;
    this.#setPlan({ agreements });
    this.#focusTarget = { kind: 'heading', id: agreement.id };
    this.#announce(this.#s('restored', { position: this.#n(index + 1), total: this.#n(agreements.length) }));
    return true;
  }

  /** Print the plan with the browser's print dialog (a table of the agreements, no buttons). */
  print(): void {
    window.print();
  }

  // ---- internals ------------------------------------------------------------------------------

  protected override storeChanged(detail: StoreChangeDetail): void {
    if (detail.change === 'reset') {
      this.pending = undefined;
      this.lastDeleted = undefined;
      this.importErrors = undefined;
      this.importNotice = undefined;
    }
    const ids = new Set(this.plan.agreements.map((a) => a.id));
    for (const id of [...this.#whatDrafts.keys()]) if (!ids.has(id)) this.#whatDrafts.delete(id);
  }

  /** Save a new plan in the store and tell the page. */
  #setPlan(plan: ActionPlan): void {
    const store = this.store;
    if (!store) return;
    store.setPlan(plan);
    this.#emitChange();
  }

  #emitChange(): void {
    const detail: ActiePlanChangeDetail = { plan: this.plan };
    this.emit('actie-plan-change', detail);
  }

  #update(id: string, changes: Partial<Omit<Agreement, 'id'>>): void {
    const store = this.store;
    if (!store) return;
    store.updateAgreement(id, changes);
    this.#emitChange();
  }

  /** An agreement id not used in `existing`. */
  #freshId(condition: string | undefined, existing: readonly Agreement[]): string {
    return proposeAgreement(condition, '-', existing).id;
  }

  #showImportErrors(errors: readonly ValidationError[], reason?: keyof PlanStrings): void {
    this.importErrors = errors;
    this.#importReason = reason;
    this.#focusTarget = { kind: 'import-errors' };
  }

  #importReason: keyof PlanStrings | undefined;

  /** Why an import failed, in the person's language. */
  #importReasonText(errors: readonly ValidationError[]): string {
    if (this.#importReason) return this.#s(this.#importReason);
    const codes = new Set(errors.map((e) => e.code));
    if (codes.has('invalid-json')) return this.#s('reasonDamaged');
    if (codes.has('too-large') && errors.some((e) => e.path === '')) return this.#s('reasonTooLarge');
    if (codes.has('unsupported-version')) return this.#s('reasonVersion');
    if (errors.some((e) => e.message.startsWith('This is not an ACTIE action plan'))) return this.#s('reasonNotOurs');
    if (errors.some((e) => e.path === '/plan' && e.code === 'required')) return this.#s('reasonNoPlan');
    return this.#s('reasonInvalid');
  }

  #announce(text: string): void {
    // Clear first so the same message is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** The CSV separator spreadsheet programs expect: `;` where decimals are written with a comma. */
  #csvSeparator(): ',' | ';' {
    const decimal = new Intl.NumberFormat(this.language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  }

  /** The right-hand side of iCalendar UIDs: differs per session, so plans do not overwrite each other. */
  #uidDomain(): string {
    return `plan-${hash(this.store?.sessionId ?? '')}.actie`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusTarget;
    if (!target) return;
    const element = this.#findFocusTarget(target);
    if (element) {
      this.#focusTarget = undefined;
      element.focus();
    }
  }

  #findFocusTarget(target: FocusTarget): HTMLElement | null {
    const root = this.renderRoot;
    switch (target.kind) {
      case 'undo':
        return root.querySelector<HTMLElement>('[data-undo]');
      case 'add':
        return root.querySelector<HTMLElement>('[data-add]');
      case 'import-errors':
        return root.querySelector<HTMLElement>('[data-import-errors]');
      case 'heading':
      case 'what':
        return root.querySelector<HTMLElement>(`[data-agreement="${CSS.escape(target.id)}"] [data-focus="${target.kind}"]`);
      case 'move': {
        const card = root.querySelector(`[data-agreement="${CSS.escape(target.id)}"]`);
        const wanted = card?.querySelector<HTMLButtonElement>(`[data-move="${target.control}"]`);
        if (wanted && !wanted.disabled) return wanted;
        return card?.querySelector<HTMLButtonElement>(`[data-move="${target.control === 'up' ? 'down' : 'up'}"]`) ?? null;
      }
    }
  }

  /** A UI string of this element, typed. */
  #s(key: keyof PlanStrings, values?: Readonly<Record<string, string | number>>): string {
    return this.t(key, values);
  }

  #n(value: number): string {
    return formatNumber(value, this.language);
  }

  /** A counted string: the `One` or `Other` form, by the language's plural rules. */
  #count(key: 'proposed' | 'total' | 'overdueSummary' | 'imported', count: number): string {
    const form = new Intl.PluralRules(this.language).select(count) === 'one' ? 'One' : 'Other';
    return this.#s(`${key}${form}`, { count: this.#n(count) });
  }

  #statusLabel(status: AgreementStatus): string {
    return this.#s(STATUS_KEYS[status]);
  }

  /** Title, area letter and area title of the condition an agreement addresses. */
  #condition(agreement: Agreement): { title: string; letter?: string; area?: string } {
    if (!agreement.condition) return { title: this.#s('freeAgreement') };
    const model = this.store?.model;
    const condition = model?.conditions.find((c) => c.id === agreement.condition);
    if (!model || !condition) return { title: this.#s('unknownCondition', { id: agreement.condition }) };
    const area = model.areas.find((a) => a.id === condition.area);
    return {
      title: this.mt(condition.title),
      ...(area ? { letter: area.letter, area: this.mt(area.title) } : {}),
    };
  }

  // ---- events from the form -------------------------------------------------------------------

  #onWhatInput(agreement: Agreement, isPending: boolean, value: string): void {
    if (isPending) {
      const pending = { ...agreement, what: value };
      if (value.trim() === '') {
        this.pending = pending;
        return;
      }
      // Filled in: save it at the end of the plan.
      const id = this.plan.agreements.some((a) => a.id === pending.id)
        ? this.#freshId(undefined, this.plan.agreements)
        : pending.id;
      this.pending = undefined;
      this.#pendingTouched = false;
      this.#setPlan({ agreements: [...this.plan.agreements, { ...pending, id }] });
      return;
    }
    if (value.trim() === '') {
      this.#whatDrafts.set(agreement.id, value);
      this.requestUpdate();
      return;
    }
    this.#whatDrafts.delete(agreement.id);
    this.#update(agreement.id, { what: value });
  }

  #onWhatChange(agreement: Agreement, isPending: boolean, value: string): void {
    if (isPending) {
      if (value.trim() === '') {
        this.#pendingTouched = true;
        this.requestUpdate();
      }
      return;
    }
    const trimmed = value.trim();
    if (trimmed && trimmed !== agreement.what) this.#update(agreement.id, { what: trimmed });
  }

  #onField(agreement: Agreement, isPending: boolean, changes: Partial<Omit<Agreement, 'id'>>): void {
    if (isPending) {
      this.pending = { ...agreement, ...changes };
      return;
    }
    this.#update(agreement.id, changes);
  }

  #onWhoChange(agreement: Agreement, isPending: boolean, value: string): void {
    const trimmed = value.trim();
    if (trimmed !== value) this.#onField(agreement, isPending, { who: trimmed });
  }

  #onWhen(agreement: Agreement, isPending: boolean, value: string): void {
    if (value !== '' && !isIsoDate(value)) return; // not a whole date yet
    if ((agreement.when ?? '') === value) return;
    this.#onField(agreement, isPending, { when: value });
  }

  /** The name of the file chosen last, for the status next to the button. */
  #chosen = '';

  async #onFileChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.#chosen = file.name;
    await this.importFile(file);
    input.value = ''; // so choosing the same file again imports it again
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const agreements = this.plan.agreements;
    const empty = !agreements.length && !this.pending;
    const now = today();
    return html`<div part="base" class="base">
      ${this.renderStorageNotices()}
      <div part="live" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#renderImportErrors()}
      <div class="screen-only">
        ${empty ? this.#renderEmpty() : this.#renderOverview(agreements, now)} ${this.#renderUndo()}
        ${empty ? nothing : this.#renderList(agreements, now)} ${this.#renderExports(agreements)}
      </div>
      ${this.#renderPrintView(agreements, now)}
    </div>`;
  }

  #renderToolbar(): TemplateResult {
    return html`<div part="toolbar" class="buttons">
      <button
        part="button propose-button"
        class="button button--primary"
        type="button"
        @click=${() => void this.proposeFromResults()}
      >
        ${icon('plus')} ${this.#s('propose')}
      </button>
      <button part="button add-button" class="button" type="button" data-add @click=${() => this.addAgreement()}>
        ${icon('plus')} ${this.#s('addAgreement')}
      </button>
    </div>`;
  }

  #renderEmpty(): TemplateResult {
    const headingId = `${this.#id}-title`;
    return html`<section part="empty" class="section empty notice" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('title')}</h2>
      <h3>${this.#s('emptyTitle')}</h3>
      <p>${this.#s('emptyText')}</p>
      <p>${this.#s('emptyHow')}</p>
      ${this.#renderToolbar()}
    </section>`;
  }

  #renderOverview(agreements: readonly Agreement[], now: string): TemplateResult {
    const headingId = `${this.#id}-title`;
    const overdue = agreements.filter((a) => isOverdue(a, now)).length;
    return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('title')}</h2>
      <p part="intro">${this.#s('intro')}</p>
      <p part="total" class="total">${this.#count('total', agreements.length)}</p>
      <ul part="counts" class="counts" aria-label=${this.#s('countsLabel')}>
        ${AGREEMENT_STATUSES.map(
          (status) =>
            html`<li part="count" class="count" data-status=${status}>
              ${this.#s('countStatus', { status: this.#statusLabel(status), count: this.#n(agreements.filter((a) => a.status === status).length) })}
            </li>`,
        )}
      </ul>
      ${
        overdue
          ? html`<p part="overdue-summary" class="overdue-summary">
              ${icon('needs-work')} ${this.#count('overdueSummary', overdue)}
            </p>`
          : nothing
      }
      ${this.#renderToolbar()}
    </section>`;
  }

  #renderUndo(): TemplateResult {
    const deleted = this.lastDeleted;
    return html`<div part="undo" class="undo ${deleted ? 'undo--active' : ''}" role="status">
      ${
        deleted
          ? html`<p class="undo__text">${this.#s('deleted', { what: deleted.agreement.what })}</p>
              <button part="button undo-button" class="button" type="button" data-undo @click=${() => this.undoDelete()}>
                ${this.#s('undo')}
              </button>`
          : nothing
      }
    </div>`;
  }

  #renderList(agreements: readonly Agreement[], now: string): TemplateResult {
    const items = this.pending ? [...agreements, this.pending] : agreements;
    return html`<ol part="list" class="agreements" aria-label=${this.#s('listLabel')}>
      ${repeat(
        items,
        (a) => a.id,
        (a, i) => this.#renderAgreement(a, i, agreements.length, a === this.pending, now),
      )}
    </ol>`;
  }

  #renderAgreement(agreement: Agreement, index: number, total: number, isPending: boolean, now: string): TemplateResult {
    const base = `${this.#id}-${agreement.id}`;
    const position = this.#n(index + 1);
    const condition = this.#condition(agreement);
    const overdue = !isPending && isOverdue(agreement, now);
    const done = agreement.status === 'done';
    const draft = this.#whatDrafts.get(agreement.id);
    const whatValue = isPending ? agreement.what : (draft ?? agreement.what);
    const whatError = isPending ? this.#pendingTouched && whatValue.trim() === '' : draft !== undefined;
    const context = this.#s('fieldContext', { position });
    const name = shorten(agreement.what.trim() || condition.title);
    const headingId = `${base}-heading`;
    const ids = {
      what: `${base}-what`,
      whatHint: `${base}-what-hint`,
      whatError: `${base}-what-error`,
      who: `${base}-who`,
      when: `${base}-when`,
      status: `${base}-status`,
    };
    const classes = [
      'agreement',
      overdue ? 'agreement--overdue' : '',
      done ? 'agreement--done' : '',
      isPending ? 'agreement--new' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<li part="agreement" class=${classes} data-agreement=${agreement.id}>
      <h3 part="agreement-heading" class="agreement__heading" id=${headingId} tabindex="-1" data-focus="heading">
        ${isPending ? this.#s('newAgreement') : html`<span class="agreement__position">${position}.</span> ${condition.title}`}
      </h3>
      ${
        condition.letter
          ? html`<p part="agreement-area" class="agreement__area">
              <span part="area-letter" class="letter" aria-hidden="true">${condition.letter}</span>
              ${this.#s('area', { area: condition.area ?? '' })}
            </p>`
          : nothing
      }
      ${
        overdue || done
          ? html`<p part="badges" class="badges">
              ${
                overdue
                  ? html`<span part="overdue-badge" class="badge badge--overdue"
                      >${icon('needs-work')} ${this.#s('overdue')}</span
                    >`
                  : nothing
              }
              ${done ? html`<span part="done-badge" class="badge badge--done">${icon('good')} ${this.#statusLabel('done')}</span>` : nothing}
            </p>`
          : nothing
      }
      <div part="fields" class="fields">
        <div part="field" class="field field--what">
          <label part="label" for=${ids.what}>${this.#s('fieldWhat')}<span class="visually-hidden">${context}</span></label>
          ${isPending && !whatError ? html`<p part="hint" class="hint" id=${ids.whatHint}>${this.#s('whatNew')}</p>` : nothing}
          ${
            whatError
              ? html`<p part="field-error" class="field-error" id=${ids.whatError}>
                  ${icon('needs-work')} ${this.#s('whatRequired')}
                </p>`
              : nothing
          }
          <textarea
            part="what-input"
            class="input textarea"
            id=${ids.what}
            data-focus="what"
            rows="3"
            required
            maxlength=${LIMITS.note}
            aria-invalid=${whatError ? 'true' : 'false'}
            aria-describedby=${whatError ? ids.whatError : isPending ? ids.whatHint : nothing}
            .value=${live(whatValue)}
            @input=${(e: Event) => this.#onWhatInput(agreement, isPending, (e.target as HTMLTextAreaElement).value)}
            @change=${(e: Event) => this.#onWhatChange(agreement, isPending, (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </div>
        <div part="field" class="field field--who">
          <label part="label" for=${ids.who}>${this.#s('fieldWho')}<span class="visually-hidden">${context}</span></label>
          <input
            part="who-input"
            class="input"
            id=${ids.who}
            type="text"
            maxlength=${WHO_MAX_LENGTH}
            autocomplete="off"
            .value=${live(agreement.who)}
            @input=${(e: Event) => this.#onField(agreement, isPending, { who: (e.target as HTMLInputElement).value })}
            @change=${(e: Event) => this.#onWhoChange(agreement, isPending, (e.target as HTMLInputElement).value)}
          />
        </div>
        <div part="field" class="field field--when">
          <label part="label" for=${ids.when}>${this.#s('fieldWhen')}<span class="visually-hidden">${context}</span></label>
          <input
            part="when-input"
            class="input"
            id=${ids.when}
            type="date"
            max="9999-12-31"
            .value=${live(agreement.when ?? '')}
            @change=${(e: Event) => this.#onWhen(agreement, isPending, (e.target as HTMLInputElement).value)}
          />
        </div>
        <div part="field" class="field field--status">
          <label part="label" for=${ids.status}>${this.#s('fieldStatus')}<span class="visually-hidden">${context}</span></label>
          <select
            part="status-select"
            class="input select"
            id=${ids.status}
            .value=${live(agreement.status)}
            @change=${(e: Event) => this.#onField(agreement, isPending, { status: (e.target as HTMLSelectElement).value as AgreementStatus })}
          >
            ${AGREEMENT_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${status === agreement.status}>${this.#statusLabel(status)}</option>`,
            )}
          </select>
        </div>
      </div>
      <div part="agreement-actions" class="agreement__actions">
        ${
          !isPending && total > 1
            ? html`<button
                  part="button move-up-button"
                  class="button button--subtle"
                  type="button"
                  data-move="up"
                  ?disabled=${index === 0}
                  aria-label=${this.#s('actionFor', { action: this.#s('moveUp'), what: name })}
                  @click=${() => this.moveAgreement(agreement.id, -1)}
                >
                  ${icon('up')} ${this.#s('moveUp')}
                </button>
                <button
                  part="button move-down-button"
                  class="button button--subtle"
                  type="button"
                  data-move="down"
                  ?disabled=${index === total - 1}
                  aria-label=${this.#s('actionFor', { action: this.#s('moveDown'), what: name })}
                  @click=${() => this.moveAgreement(agreement.id, 1)}
                >
                  ${icon('down')} ${this.#s('moveDown')}
                </button>`
            : nothing
        }
        <button
          part="button delete-button"
          class="button button--subtle"
          type="button"
          data-delete
          aria-label=${this.#s('actionFor', { action: this.#s('delete'), what: isPending ? this.#s('newAgreement') : name })}
          @click=${() => this.deleteAgreement(agreement.id)}
        >
          ${icon('remove')} ${this.#s('delete')}
        </button>
      </div>
    </li>`;
  }

  #renderImportErrors(): TemplateResult | typeof nothing {
    const errors = this.importErrors;
    if (!errors) {
      return this.importNotice ? html`<p part="import-notice" class="notice">${this.importNotice}</p>` : nothing;
    }
    const headingId = `${this.#id}-import-errors`;
    return html`<div
      part="error-summary"
      class="notice notice--error import-errors"
      role="alert"
      tabindex="-1"
      data-import-errors
      aria-labelledby=${headingId}
    >
      <h2 part="heading" id=${headingId}>${this.#s('importErrorTitle')}</h2>
      <p>${this.#importReasonText(errors)} ${this.#s('importNothingChanged')}</p>
      <p>${this.#s('technicalDetails')}</p>
      <ul>
        ${errors.slice(0, 20).map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
      </ul>
    </div>`;
  }

  #renderExports(agreements: readonly Agreement[]): TemplateResult {
    const headingId = `${this.#id}-exports`;
    const importId = `${this.#id}-import`;
    const importHintId = `${this.#id}-import-hint`;
    const hasDates = agreements.some((a) => !!a.when);
    return html`<section part="exports" class="section exports" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s(agreements.length ? 'exportsTitle' : 'importTitle')}</h2>
      ${
        agreements.length
          ? html`<p>${this.#s('exportsText')}</p>
              <div part="export-buttons" class="buttons">
                <button
                  part="button export-button"
                  class="button"
                  type="button"
                  data-export="csv"
                  @click=${() => this.download('csv')}
                >
                  ${icon('download')} ${this.#s('exportCsv')}
                </button>
                <button
                  part="button export-button"
                  class="button"
                  type="button"
                  data-export="md"
                  @click=${() => this.download('md')}
                >
                  ${icon('download')} ${this.#s('exportMd')}
                </button>
                ${
                  hasDates
                    ? html`<button
                        part="button export-button"
                        class="button"
                        type="button"
                        data-export="ics"
                        @click=${() => this.download('ics')}
                      >
                        ${icon('download')} ${this.#s('exportIcs')}
                      </button>`
                    : nothing
                }
                <button
                  part="button export-button"
                  class="button"
                  type="button"
                  data-export="json"
                  @click=${() => this.download('json')}
                >
                  ${icon('download')} ${this.#s('exportJson')}
                </button>
              </div>
              ${hasDates ? nothing : html`<p part="export-note" class="hint" data-ics-note>${this.#s('exportIcsNone')}</p>`}
              <p part="export-note" class="hint">${this.#s('exportJsonHint')}</p>
              <div class="buttons">
                <button part="button print-button" class="button" type="button" @click=${() => this.print()}>
                  ${icon('print')} ${this.#s('print')}
                </button>
              </div>
              <p class="hint">${this.#s('printHint')}</p>`
          : nothing
      }
      <div part="import" class="field import">
        <p part="hint" class="hint" id=${importHintId}>${this.#s('importHint')}</p>
        <input
          part="import-input"
          class="file-input"
          id=${importId}
          type="file"
          accept=".json,application/json"
          hidden
          @change=${(e: Event) => void this.#onFileChange(e)}
        />
        ${fileChooser({
          inputId: importId,
          label: this.#s('importLabel'),
          hintId: importHintId,
          status: this.#chosen ? this.tc('fileChosen', { names: this.#chosen }) : this.tc('fileNone'),
        })}
      </div>
    </section>`;
  }

  #renderPrintView(agreements: readonly Agreement[], now: string): TemplateResult {
    return html`<div part="print-view" class="print-only">
      <p class="print-title">${this.#s('title')}</p>
      <p>${this.#s('printDate', { date: formatDate(now, this.language) })}</p>
      ${
        agreements.length
          ? html`<table part="print-table" class="print-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">${this.#s('fieldWhat')}</th>
                  <th scope="col">${this.#s('fieldWho')}</th>
                  <th scope="col">${this.#s('fieldWhen')}</th>
                  <th scope="col">${this.#s('fieldStatus')}</th>
                  <th scope="col">${this.#s('columnCondition')}</th>
                </tr>
              </thead>
              <tbody>
                ${agreements.map((a, i) => {
                  const condition = this.#condition(a);
                  return html`<tr>
                    <td>${this.#n(i + 1)}</td>
                    <td>${a.what}</td>
                    <td>${a.who}</td>
                    <td>
                      ${a.when ? formatDate(a.when, this.language) : this.#s('noDate')}
                      ${isOverdue(a, now) ? html`<strong>(${this.#s('overdue')})</strong>` : nothing}
                    </td>
                    <td>${this.#statusLabel(a.status)}</td>
                    <td>${condition.letter ? `${condition.letter} · ` : ''}${condition.title}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : html`<p>${this.#s('emptyTitle')}</p>`
      }
      ${this.store?.model ? html`<p part="attribution" class="attribution">${this.mt(this.store.model.attribution)}</p>` : nothing}
    </div>`;
  }
}
