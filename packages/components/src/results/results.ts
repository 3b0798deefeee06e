import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatResult, serializeSession, type ActieModel, type ActionPlan, type AssessmentResult } from '@actie/rules';
import { ActieElement } from '../shared/actie-element.js';
import { areaLetterStyles } from '../shared/area-letter.js';
import { conditionCardStyles } from '../shared/condition-card.js';
import { downloadText } from '../shared/download.js';
import { baseStyles } from '../shared/styles.js';
import { resultStyles } from '../shared/result-styles.js';
import { icon } from '../shared/result-icons.js';
import { today } from '../shared/i18n/format.js';
import { areaSection, type AreaSectionContext } from './area-section.js';
import { overview, printHeader } from './overview.js';
import { resultsStyles } from './results.styles.js';
import type { ResultsKey } from './results.strings.js';
import './results.strings.js';

let instances = 0;

/**
 * @summary The results of one participant: per ACTIE area what already goes well, what needs work
 * (with the deciding answers and an action point to put on the action plan) and what is not known
 * yet; an at-a-glance picture of the five areas; the suggested support role and why; the area's
 * research and sources; "download my answers" for the team overview; and a print / PDF report.
 *
 * Printing uses the browser's own print. The element's print styles hide buttons and the form,
 * show a header with the model title, today's date and the intake, and keep every condition on
 * one page. Page size and margins cannot be set from inside a shadow root: the host page may add
 * `@page { size: A4; margin: 18mm; }` to its own stylesheet.
 *
 * @event actie-plan-change - When a condition is added to the action plan. Detail: `{ plan: ActionPlan }` (the whole new plan).
 *   Fired by the session store, so a listener on `<actie-session>` hears it from every element.
 *
 * @csspart base - The wrapper of everything.
 * @csspart live - The polite live region that announces additions and downloads (visually hidden).
 * @csspart loading - The "loading the model" status.
 * @csspart error-summary - The model error summary.
 * @csspart notice - Storage notices.
 * @csspart calculating - The "calculating" status shown until the first score is ready.
 * @csspart empty - The message shown when nothing has been answered yet.
 * @csspart print-header - The header that only shows in print: title, date and intake.
 * @csspart print-title - The model title in the print header.
 * @csspart print-date - The date in the print header.
 * @csspart intake - The intake summary (a description list) in the print header.
 * @csspart overview - The overview section: counts, picture and role.
 * @csspart heading - Every section heading (h2).
 * @csspart subheading - Every heading inside a section (h3, h4), except condition titles.
 * @csspart counts - The list of overall counts.
 * @csspart progress - The "you answered x of y questions" line.
 * @csspart area-rule - The sentence that says how an area's status is read.
 * @csspart role-same - Shown when the suggested role is the role the respondent named.
 * @csspart chart - The figure around the picture of the areas.
 * @csspart chart-image - The SVG picture itself.
 * @csspart chart-caption - The caption of the picture.
 * @csspart legend - The key to the picture's patterns.
 * @csspart role - The suggested role box.
 * @csspart role-differs - The note that the suggested role differs from the current one.
 * @csspart actions - The "save and print" section.
 * @csspart field - The wrapper of the name label, hint and field.
 * @csspart buttons - The row of download and print buttons.
 * @csspart name-label - The label of the optional name field.
 * @csspart name-hint - The hint that the file carries no name unless one is added.
 * @csspart name-input - The optional name field.
 * @csspart button - Every button.
 * @csspart download-button - The "download my answers" button.
 * @csspart report-button - The "download report" button (Markdown text with the results and reflections).
 * @csspart reflection - What the participant wrote on an area ("Wat gaat goed? Wat pakken we op?").
 * @csspart print-button - The "print everything" and "print this area" buttons.
 * @csspart add-button - The "add to action plan" buttons.
 * @csspart area - The section of one area.
 * @csspart area-header - The row with an area's heading and its print button.
 * @csspart area-heading - The heading of an area (letter, title and status).
 * @csspart area-letter - The letter of an area.
 * @csspart area-status - The status label and icon of an area.
 * @csspart area-summary - What an area is about.
 * @csspart condition-list - A list of conditions (needs work, good or unknown).
 * @csspart condition - One condition.
 * @csspart condition-title - The title of a condition.
 * @csspart answers - The deciding answers of a condition.
 * @csspart action-point - The action point of a condition.
 * @csspart on-plan - The "on the action plan" text that replaces the add button.
 * @csspart research - Background from research and practice, for an area.
 * @csspart sources - The list of sources of an area.
 * @csspart source - One source.
 * @csspart attribution - Where the model comes from.
 *
 * @cssproperty --actie-results-chart-good-color - Colour of "good" segments. Default: the shared good colour.
 * @cssproperty --actie-results-chart-needs-work-color - Colour of the "needs work" stripes. Default: the shared needs-work colour.
 * @cssproperty --actie-results-chart-unknown-color - Colour of the "unknown" dots. Default: the shared unknown colour.
 * @cssproperty --actie-results-chart-background-color - Background behind stripes, dots and numbers. Default: the page background.
 * @cssproperty --actie-results-chart-color - Colour of letters and numbers in the picture. Default: the text colour.
 * @cssproperty --actie-results-chart-max-inline-size - Widest the picture gets. Default: `36rem`.
 * @cssproperty --actie-results-caption-color - Colour of the picture's caption. Default: the muted colour.
 * @cssproperty --actie-results-role-border-color - Border of the role box. Default: the border colour.
 * @cssproperty --actie-results-role-border-radius - Corner radius of the role box. Default: the shared radius.
 * @cssproperty --actie-results-role-padding-block - Padding above and below in the role box. Default: the shared space.
 * @cssproperty --actie-results-role-padding-inline - Padding left and right in the role box. Default: the shared space.
 * @cssproperty --actie-results-label-font-weight - Weight of the name label. Default: `700`.
 * @cssproperty --actie-results-hint-color - Colour of the name hint. Default: the muted colour.
 * @cssproperty --actie-results-input-background-color - Background of the name field. Default: the page background.
 * @cssproperty --actie-results-input-border-color - Border colour of the name field. Default: the border colour.
 * @cssproperty --actie-results-input-border-width - Border width of the name field. Default: the shared border width.
 * @cssproperty --actie-results-input-border-radius - Corner radius of the name field. Default: the shared radius.
 * @cssproperty --actie-results-input-color - Text colour of the name field. Default: the text colour.
 * @cssproperty --actie-results-input-max-inline-size - Widest the name field gets. Default: `24rem`.
 * @cssproperty --actie-results-input-padding-inline - Padding left and right in the name field. Default: `0.5em`.
 * @cssproperty --actie-results-area-border-color - Line above each area. Default: the border colour.
 * @cssproperty --actie-results-area-border-width - Thickness of that line. Default: `2px`.
 * @cssproperty --actie-results-area-padding-block-start - Space between that line and the heading. Default: the shared space.
 * @cssproperty --actie-results-area-status-font-size - Size of the status next to an area title. Default: `1rem`.
 * @cssproperty --actie-results-letter-background-color - Background of the area letter. Default: the accent colour.
 * @cssproperty --actie-results-letter-color - Colour of the area letter. Default: the colour on accent.
 * @cssproperty --actie-results-letter-border-radius - Corner radius of the area letter. Default: the shared radius.
 * @cssproperty --actie-results-summary-color - Colour of an area's summary. Default: the muted colour.
 * @cssproperty --actie-results-condition-border-color - Line before a condition (overridden per status). Default: the border colour.
 * @cssproperty --actie-results-condition-border-width - Thickness of that line. Default: `0.3em`.
 * @cssproperty --actie-results-condition-padding-block - Padding above and below a condition. Default: `0.25em`.
 * @cssproperty --actie-results-condition-padding-inline - Padding left and right of a condition. Default: `0.75em`.
 * @cssproperty --actie-results-condition-title-font-size - Size of a condition title. Default: `1rem`.
 * @cssproperty --actie-results-answers-color - Colour of the deciding answers. Default: the muted colour.
 * @cssproperty --actie-results-on-plan-color - Colour of "on the action plan". Default: the good colour.
 * @cssproperty --actie-results-attribution-color - Colour of the attribution and of the sentence on how an area is read. Default: the muted colour.
 * @cssproperty --actie-results-attribution-font-size - Size of those texts. Default: `0.875em`.
 * @cssproperty --actie-results-reflection-border-color - Line before the participant's reflection. Default: the border colour.
 * @cssproperty --actie-results-reflection-border-width - Thickness of that line. Default: `0.3em`.
 * @cssproperty --actie-results-print-font-size - Text size in print. Default: `10.5pt`.
 */
export class ActieResultsElement extends ActieElement<ResultsKey> {
  static override properties = {
    ...ActieElement.properties,
    printArea: { attribute: 'print-area', reflect: true },
    participantName: { state: true },
  };

  static override styles = [baseStyles, resultStyles, areaLetterStyles, conditionCardStyles, resultsStyles];

  protected readonly stringsGroup = 'results';

  /**
   * While printing one area: its id. Set by the "print this area" buttons and removed after
   * printing; a host may also set it before calling `window.print()` itself.
   */
  declare printArea: string | undefined;

  /** The name typed in the optional name field (empty: the file carries no name). @internal */
  declare participantName: string;

  /** A prefix for ids in the shadow root (unique per instance, for SVG patterns). */
  readonly #id = `actie-results-${++instances}`;

  constructor() {
    super();
    this.printArea = undefined;
    this.participantName = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  // ---- public methods -------------------------------------------------------------------------

  /**
   * The session file "download my answers" gives, as JSON text: intake, answers, notes and plan,
   * with the participant's name only when one was typed. Undefined while the model is not ready.
   */
  sessionFileText(): string | undefined {
    const name = this.participantName.trim();
    const file = this.store?.toSessionFile(name || undefined);
    return file ? serializeSession(file) : undefined;
  }

  /** The file name of "download my answers", e.g. `actie-antwoorden-2026-11-30.json`. */
  sessionFileName(): string {
    return this.t('fileName', { date: today() });
  }

  /** Offer the session file as a download. */
  downloadAnswers(): void {
    const text = this.sessionFileText();
    if (text === undefined) return;
    const file = this.sessionFileName();
    downloadText(text, file);
    this.announcer.announce(this.t('downloaded', { file }));
  }

  /**
   * The results as a report in Markdown (readable as plain text): per area what goes well, what
   * needs work and what is not known yet, the suggested role, and the participant's reflections.
   * Undefined until there is a result.
   */
  reportText(): string | undefined {
    const store = this.store;
    const model = store?.model;
    const result = store?.result;
    if (!store || !model || !result) return undefined;
    return formatResult(model, result, { lang: this.language, format: 'md', reflections: store.reflections });
  }

  /** Offer the report (see {@link reportText}) as a download. */
  downloadReport(): void {
    const text = this.reportText();
    if (text === undefined) return;
    const file = this.t('reportFileName', { date: today() });
    downloadText(text, file, 'text/markdown');
    this.announcer.announce(this.t('reportDownloaded', { file }));
  }

  /**
   * Print the results with the browser's print dialog: everything, or only one area (by id).
   * Resolves after the print dialog was opened (and, in most browsers, closed again).
   */
  async print(area?: string): Promise<void> {
    this.printArea = area;
    await this.updateComplete;
    window.print();
  }

  /**
   * Put a condition that needs work, or a point to find out, on the action plan (once), with its
   * agreement text as "what". Returns the new plan.
   */
  addToPlan(conditionId: string): ActionPlan | undefined {
    const store = this.store;
    const condition = store?.result?.conditions.find((c) => c.id === conditionId);
    if (!store || !condition?.actionPoint) return undefined;
    if (store.isOnPlan(condition.id)) return store.plan;
    const plan = store.addToPlan(condition.id, this.mt(condition.actionPoint.agreement), this);
    this.announcer.announce(this.t('added', { title: this.mt(condition.title) }));
    return plan;
  }

  // ---- internals ------------------------------------------------------------------------------

  #afterPrint = (): void => {
    this.printArea = undefined;
  };

  /** What the area sections need (built per render). */
  #areaContext(): AreaSectionContext {
    return {
      el: this,
      id: this.#id,
      printArea: this.printArea,
      isOnPlan: (condition) => this.store?.isOnPlan(condition) ?? false,
      addToPlan: (condition) => {
        // Keep keyboard users in place: focus moves to the text that replaces the button.
        this.focusAfter.focus((root) => root.querySelector<HTMLElement>(`[data-on-plan="${CSS.escape(condition)}"]`));
        this.addToPlan(condition);
      },
      print: (area) => void this.print(area),
      reflection: (area) => this.store?.reflections[area] ?? '',
    };
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const store = this.store;
    const model = store?.model;
    const result = store?.result;
    return html`<div part="base">
      ${this.renderStorageNotices()} ${this.announcer.render('live')}
      ${
        store && model && !Object.keys(store.answers).length
          ? html`<div part="empty" class="notice">
              <h2 part="heading">${this.t('emptyTitle')}</h2>
              <p>${this.t('emptyText')}</p>
            </div>`
          : !model || !result
            ? store?.scoringProblem
              ? html`<p part="notice" class="notice notice--error" role="alert">${this.t('scoringFailed')}</p>`
              : html`<p part="calculating" role="status" aria-live="polite">${this.t('calculating')}</p>`
            : this.#renderResults(model, result)
      }
    </div>`;
  }

  #renderResults(model: ActieModel, result: AssessmentResult): TemplateResult {
    const areaResults = new Map(result.areas.map((a) => [a.id, a]));
    const context = this.#areaContext();
    return html`${printHeader(this, model, this.store?.intake ?? {})} ${overview(this, this.#id, model, result)}
      ${this.#renderActions()}
      ${model.areas.map((area) => {
        const areaResult = areaResults.get(area.id);
        return areaResult ? areaSection(context, area, areaResult, result) : nothing;
      })}
      <p part="attribution" class="attribution">${this.mt(model.attribution)}</p>`;
  }

  #renderActions(): TemplateResult {
    const headingId = `${this.#id}-actions`;
    const nameId = `${this.#id}-name`;
    const hintId = `${this.#id}-name-hint`;
    return html`<section part="actions" class="section no-print" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.t('actionsTitle')}</h2>
      <p>${this.t('exportText')}</p>
      <div part="field" class="field">
        <label part="name-label" for=${nameId}>${this.t('nameLabel')}</label>
        <p part="name-hint" class="field__hint" id=${hintId}>${this.t('nameHint')}</p>
        <input
          part="name-input"
          class="input"
          id=${nameId}
          type="text"
          autocomplete="name"
          maxlength="200"
          aria-describedby=${hintId}
          .value=${live(this.participantName)}
          @input=${(event: Event) => {
            this.participantName = (event.target as HTMLInputElement).value;
          }}
        />
      </div>
      <div part="buttons" class="buttons">
        <button part="button download-button" class="button button--primary" type="button" @click=${() => this.downloadAnswers()}>
          ${icon('download')} ${this.t('download')}
        </button>
        <button part="button report-button" class="button" type="button" @click=${() => this.downloadReport()}>
          ${icon('download')} ${this.t('downloadReport')}
        </button>
        <button part="button print-button" class="button" type="button" @click=${() => void this.print()}>
          ${icon('print')} ${this.t('printAll')}
        </button>
      </div>
      <p>${this.t('printHint')}</p>
    </section>`;
  }
}
