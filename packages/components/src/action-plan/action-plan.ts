import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ActionPlan, Agreement, AgreementStatus } from '@actie/rules';
import { ActieElement } from '../shared/actie-element.js';
import { areaLetterStyles } from '../shared/area-letter.js';
import { downloadText } from '../shared/download.js';
import { downloadListStyles } from '../shared/download-list.js';
import { baseStyles } from '../shared/styles.js';
import { resultStyles } from '../shared/result-styles.js';
import { today } from '../shared/i18n/format.js';
import { withAgreementMoved } from '../session/plan-changes.js';
import type { StoreChangeDetail } from '../session/store.js';
import { agreementCard } from './agreement-card.js';
import { AgreementEditing } from './agreement-editing.js';
import { actionPlanStyles } from './action-plan.styles.js';
import type { PlanKey } from './action-plan.strings.js';
import { EXPORTS, exportPlan, exportsSection, type PlanExportFormat } from './plan-files.js';
import { PlanImport } from './plan-import.js';
import { agreementNotes, conditionInfo, planTopic, statusLabel } from './plan-labels.js';
import { planEmpty, planOverview, undoRegion } from './plan-overview.js';
import { PlanProposals } from './plan-proposals.js';
import type { Proposal } from './proposal.js';
import { printView, type ConditionInfo } from './print-view.js';
import './action-plan.strings.js';

export type { PlanExportFormat } from './plan-files.js';
export type { Proposal } from './proposal.js';

let instances = 0;

/**
 * @summary The action plan: agreements on what will be done, who does it, by when, and how far it
 * is (open, in progress, done), each linked to the condition it addresses. A plan is a few
 * priorities: "Stel voor vanuit de resultaten" shows at most five points from the results, the
 * most important first and why (by `prioritise` of @actie/rules), and adds them only when asked;
 * after that, one more at a time. Editable, reorderable by keyboard, deletable with undo; overdue
 * agreements stand out. One control takes the plan away by what it is for (to read or print, for
 * Excel, for your calendar, to continue later), headed by the initiative's name and with the
 * participant's notes, never an internal id; imports a plan or a session file, with errors in
 * the page's language.
 *
 * While an `<actie-assessment>` works with the session and the participant has not finished the
 * questions, the plan shows one line instead ("Het actieplan verschijnt hier als u de vragen
 * heeft afgerond.").
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
 * @event actie-plan-change - After every change made in this element (a proposal accepted, add, edit, move, delete, undo, import). Detail: `{ plan: ActionPlan }` (the whole new plan).
 *   Fired by the session store, so a listener on `<actie-session>` hears every plan change, also those made in `<actie-results>` or `<actie-team-overview>`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart live - The polite live region that announces changes (visually hidden).
 * @csspart loading - The "loading the model" status.
 * @csspart error-summary - The model error summary, and the error summary after a failed import.
 * @csspart notice - Storage notices.
 * @csspart heading - Every section heading (h2).
 * @csspart intro - The sentence under the main heading.
 * @csspart not-yet - The one line shown while the participant has not finished the questions.
 * @csspart empty - The explanation shown while the plan has no agreements.
 * @csspart overview - The top section: heading, counts, overdue summary and toolbar.
 * @csspart total - The "this plan has n agreements" line.
 * @csspart counts - The list of counts by status.
 * @csspart count - One count in that list.
 * @csspart overdue-summary - The "n agreements are overdue" line.
 * @csspart toolbar - The row with the propose and add buttons.
 * @csspart button - Every button.
 * @csspart propose-button - The "propose from the results" button (later "add one more point").
 * @csspart add-button - The "add agreement" button.
 * @csspart remaining - How many points from the results are not on the plan yet.
 * @csspart proposal-note - Why nothing was proposed (nothing answered, nothing needs work, only offers, all on the plan).
 * @csspart proposal - The proposal shown before it is added: heading, points, buttons.
 * @csspart proposal-heading - Its heading (takes focus when it opens).
 * @csspart proposal-list - The list of proposed points.
 * @csspart proposal-item - One proposed point: name, agreement, why it ranks there.
 * @csspart accept-button - "Zet deze op het plan".
 * @csspart cancel-button - "Annuleren".
 * @csspart undo - The status region that offers to undo the last delete.
 * @csspart undo-button - The undo button.
 * @csspart list - The ordered list of agreements.
 * @csspart agreement - One agreement card (a list item).
 * @csspart agreement-heading - The heading of an agreement: position and condition title.
 * @csspart agreement-area - The area of the linked condition (letter and title).
 * @csspart agreement-note - A note the participant wrote on a question of the linked condition.
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
 * @csspart exports - The section with the download control and the import.
 * @csspart downloads - The download control: its heading (a question) and list.
 * @csspart downloads-heading - Its heading (h3), "Waarvoor wilt u het actieplan gebruiken?".
 * @csspart subheading - The heading of the download control (h3; also `downloads-heading`).
 * @csspart download-list - The list of what the plan can be taken away as: to read or print, for Excel, for your calendar, to continue later.
 * @csspart download-option - One of them: its button and the line below it.
 * @csspart download-hint - What it gives, below its button (for the calendar without a date: why not yet).
 * @csspart print-button - The button "Om te lezen of te printen", which prints.
 * @csspart download-button - The buttons that download a file (for Excel, for your calendar, to continue later).
 * @csspart download-error - The alert below the list when a file could not be made, with what to do instead.
 * @csspart details - The closed "technical details" of a failed import.
 * @csspart import-problems - Where a file that could not be imported is wrong, in plain words.
 * @csspart import - The import field (hint, button, status and the hidden file input).
 * @csspart import-input - The native file input (hidden: the choose-button opens its picker).
 * @csspart choose-button - The button that opens the file picker ("Actieplan inlezen"); also has the part `button`.
 * @csspart chosen-files - The text beside it: no file chosen yet, or the name of the file chosen.
 * @csspart print-view - What is shown only in print: the title with the initiative's name, the date and the table.
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
 * @cssproperty --actie-action-plan-proposal-border-color - Border of the proposal shown before it is added. Default: the accent colour.
 * @cssproperty --actie-action-plan-proposal-border-width - Its border width (twice as wide while focus is inside). Default: the shared border width.
 * @cssproperty --actie-action-plan-note-border-color - The bar beside a participant's note on an agreement. Default: the border colour.
 * @cssproperty --actie-action-plan-undo-background-color - Background of the undo region. Default: the subtle background.
 * @cssproperty --actie-action-plan-print-font-size - Text size in print. Default: `10.5pt`.
 * @cssproperty --actie-action-plan-print-border-color - Lines of the printed table. Default: `#000000`.
 */
export class ActieActionPlanElement extends ActieElement<PlanKey> {
  static override properties = {
    ...ActieElement.properties,
    downloadError: { state: true },
  };

  /** Why the last download could not be made (an alert below the download control); empty when it worked. @internal */
  declare downloadError: string;

  static override styles = [baseStyles, resultStyles, areaLetterStyles, downloadListStyles, actionPlanStyles];

  protected readonly stringsGroup = 'plan';

  constructor() {
    super();
    this.downloadError = '';
  }

  /** A prefix for ids in the shadow root. @internal */
  readonly idPrefix = `actie-plan-${++instances}`;

  /** The agreements being edited: the new one, emptied "what" texts, the last one deleted. @internal */
  readonly editing = new AgreementEditing(this);

  /** The proposal from the results, before it is added. */
  readonly #proposals = new PlanProposals(this, {
    announce: (text) => this.announcer.announce(text),
    setPlan: (plan) => this.#setPlan(plan),
    focus: (target) => {
      if (typeof target === 'object') this.#focusAgreement(target.agreement, 'heading');
      else
        this.focusAfter.focus((root) =>
          root.querySelector<HTMLElement>(target === 'proposal' ? '[data-proposal-heading]' : '[data-propose]'),
        );
    },
  });

  /** Reading a plan file: the error summary, or what it carried over. */
  readonly #import = new PlanImport(this, {
    setPlan: (plan) => {
      this.editing.reset();
      this.#setPlan(plan);
    },
    announce: (text) => this.announcer.announce(text),
    focusErrors: () => this.focusAfter.focus((root) => root.querySelector<HTMLElement>('[data-import-errors]')),
  });

  // ---- public methods -------------------------------------------------------------------------

  /** The current plan (from the session store). */
  get plan(): ActionPlan {
    return this.store?.plan ?? { agreements: [] };
  }

  /**
   * The plan as text in an export format: `csv` (with a byte order mark; `;` as separator in
   * languages that write decimals with a comma, such as Dutch, `,` otherwise), `md` (Markdown,
   * overdue deadlines marked), `ics` (iCalendar: one all-day event per agreement with a date) or
   * `json` (the plan file that {@link importText} reads back without loss). CSV, Markdown and
   * iCalendar name what the plan is about (the intake's topic) and linked points by their titles,
   * never by an id; CSV and Markdown carry the notes on each agreement's questions.
   */
  exportText(format: PlanExportFormat): string {
    return exportPlan(this.plan, format, {
      lang: this.language,
      model: this.store?.model,
      intake: this.store?.intake ?? {},
      notes: this.store?.notes ?? {},
      title: this.t('title'),
      sessionId: this.store?.sessionId ?? '',
    });
  }

  /** The download file name of an export, e.g. `actie-actieplan-2026-11-30.csv`. */
  exportFileName(format: PlanExportFormat): string {
    return this.t('fileName', { date: today(), ext: EXPORTS[format].ext });
  }

  /** Offer an export as a download. */
  download(format: PlanExportFormat): void {
    const file = this.exportFileName(format);
    if (downloadText(this.exportText(format), file, EXPORTS[format].type)) {
      this.downloadError = '';
      this.announcer.announce(this.t('downloaded', { file }));
    } else {
      this.downloadError = this.t('downloadFailed');
    }
  }

  /**
   * Replace the plan with the one in a plan file or a session file with a plan (JSON text).
   * Returns whether it worked. On failure nothing changes: an error summary says in plain words
   * what is wrong and takes focus.
   */
  importText(text: string): boolean {
    return this.#import.text(text);
  }

  /** Read a file chosen by the person and import it (see {@link importText}). */
  importFile(file: File): Promise<boolean> {
    return this.#import.file(file);
  }

  /** The points from the results shown before they are added (see {@link showProposal}); undefined when none is. */
  get proposal(): Proposal | undefined {
    return this.#proposals.proposal;
  }

  /** Why the last "propose" found nothing, in words; until the answers or the plan change. @internal */
  get proposalNote(): string | undefined {
    return this.#proposals.note;
  }

  /**
   * Show the next points from the results, before adding them: the first time (until the plan
   * holds five points from the results) at most five, the most important first (`prioritise`
   * of @actie/rules), later one more at a time; with why each ranks there. Focus moves to the
   * proposal. When there is nothing to propose, says why (nothing answered yet, nothing needs
   * work, only offers, all on the plan). Returns how many points are shown.
   */
  showProposal(): Promise<number> {
    return this.#proposals.show();
  }

  /**
   * Add the points shown by {@link showProposal} as open agreements ("what" is the point's
   * agreement text; who and when are for the team). Focus moves to the first one added. Returns
   * how many were added.
   */
  acceptProposal(): number {
    return this.#proposals.accept();
  }

  /** Close the proposal without adding anything; focus goes back to the propose button. */
  cancelProposal(): void {
    this.#proposals.cancel();
  }

  /**
   * Propose and add at once (what {@link showProposal} then {@link acceptProposal} do, for a
   * script). Returns how many agreements were added.
   */
  async proposeFromResults(): Promise<number> {
    return (await this.showProposal()) ? this.acceptProposal() : 0;
  }

  /**
   * Start a new agreement without a condition and focus its "what" field. It is saved as soon as
   * "what" is filled in. While one is being made, this focuses that one again.
   */
  addAgreement(): void {
    this.#focusAgreement(this.editing.start(), 'what');
  }

  /** Move an agreement one place up (-1) or down (+1). Returns whether it moved. */
  moveAgreement(id: string, delta: -1 | 1): boolean {
    const moved = withAgreementMoved(this.plan, id, delta);
    if (!moved) return false;
    this.#setPlan(moved.plan);
    this.#focusMove(id, delta < 0 ? 'up' : 'down');
    this.announcer.announce(this.t('moved', { position: this.n(moved.to + 1), total: this.n(moved.plan.agreements.length) }));
    return true;
  }

  /** Delete an agreement; the last one deleted can be restored with {@link undoDelete}. */
  deleteAgreement(id: string): void {
    const removed = this.editing.remove(id);
    if (removed === 'discarded') {
      this.focusAfter.focus((root) => root.querySelector<HTMLElement>('[data-add]'));
      this.announcer.announce(this.t('discarded'));
    } else if (removed === 'deleted') {
      this.focusAfter.focus((root) => root.querySelector<HTMLElement>('[data-undo]'));
    }
  }

  /** Put the last deleted agreement back where it was. Returns whether there was one. */
  undoDelete(): boolean {
    const restored = this.editing.undo();
    if (!restored) return false;
    this.#focusAgreement(restored.agreement.id, 'heading');
    this.announcer.announce(this.t('restored', { position: this.n(restored.index + 1), total: this.n(restored.total) }));
    return true;
  }

  /** Print the plan with the browser's print dialog (a table of the agreements, no buttons). */
  print(): void {
    window.print();
  }

  // ---- internals ------------------------------------------------------------------------------

  protected override storeChanged(detail: StoreChangeDetail): void {
    const { change } = detail;
    if (change === 'reset') {
      this.editing.reset();
      this.#import.reset();
    }
    this.#proposals.storeChanged(change);
    this.editing.prune();
  }

  /** Save a new plan in the store (which tells the page with `actie-plan-change`). */
  #setPlan(plan: ActionPlan): void {
    this.store?.setPlan(plan, this);
  }

  /** Focus an agreement's heading or its "what" field after the next render. */
  #focusAgreement(id: string, what: 'heading' | 'what'): void {
    this.focusAfter.focus((root) =>
      root.querySelector<HTMLElement>(`[data-agreement="${CSS.escape(id)}"] [data-focus="${what}"]`),
    );
  }

  /** After a move: focus the same move button, or the other one when it is now disabled. */
  #focusMove(id: string, control: 'up' | 'down'): void {
    this.focusAfter.focus((root) => {
      const card = root.querySelector(`[data-agreement="${CSS.escape(id)}"]`);
      const wanted = card?.querySelector<HTMLButtonElement>(`[data-move="${control}"]`);
      if (wanted && !wanted.disabled) return wanted;
      return card?.querySelector<HTMLButtonElement>(`[data-move="${control === 'up' ? 'down' : 'up'}"]`);
    });
  }

  /** @internal */
  planStatusLabel(status: AgreementStatus): string {
    return statusLabel(this, status);
  }

  /** Title, area letter and area title of the condition an agreement addresses. @internal */
  planCondition(agreement: Agreement): ConditionInfo {
    return conditionInfo(this, this.store?.model, agreement);
  }

  /** What the plan is about: the initiative's name from the intake. @internal */
  planTopic(): string {
    return planTopic(this.store?.model, this.store?.intake ?? {});
  }

  /** The participant's notes on the questions of an agreement's condition. @internal */
  planNotes(agreement: Agreement): readonly string[] {
    return agreementNotes(this.store?.result, this.store?.notes ?? {}, agreement);
  }

  /** Whether the next proposal is "one more point", and how many points are not on the plan yet. @internal */
  proposalState(): { readonly more: boolean; readonly remaining: number } {
    return this.#proposals.state();
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    // While the questions are being answered, the plan waits: one line, not a growing page (and
    // nothing here needs the model yet, so reading it, which loads all of it, waits too).
    const waiting = !!this.store?.hasForm && !this.store.finished;
    const modelState = waiting && this.store.questions ? nothing : this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    if (waiting) {
      return html`<div part="base" class="base">
        ${this.announcer.render('live')}
        <p part="not-yet" class="hint" data-not-yet>${this.t('notYet')}</p>
      </div>`;
    }
    const agreements = this.plan.agreements;
    const empty = !agreements.length && !this.editing.pending;
    const now = today();
    return html`<div part="base" class="base">
      ${this.renderStorageNotices()} ${this.announcer.render('live')} ${this.#import.render()}
      <div class="screen-only">
        ${empty ? planEmpty(this) : planOverview(this, agreements, now)} ${undoRegion(this)}
        ${empty ? nothing : this.#renderList(agreements, now)}
        ${exportsSection(
          {
            el: this,
            id: this.idPrefix,
            chosen: this.#import.chosen,
            download: (format) => this.download(format),
            downloadError: this.downloadError,
            print: () => this.print(),
            fileChosen: (event) => void this.#import.chosenIn(event.target as HTMLInputElement),
          },
          agreements,
        )}
      </div>
      ${printView(this, agreements, now)}
    </div>`;
  }

  #renderList(agreements: readonly Agreement[], now: string): TemplateResult {
    const items = this.editing.pending ? [...agreements, this.editing.pending] : agreements;
    return html`<ol part="list" class="agreements" aria-label=${this.t('listLabel')}>
      ${repeat(
        items,
        (a) => a.id,
        (a, i) => agreementCard(this, a, i, agreements.length, a === this.editing.pending, now),
      )}
    </ol>`;
  }
}
