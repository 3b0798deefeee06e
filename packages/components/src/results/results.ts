import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  proposeAgreement,
  serializeSession,
  type ActieModel,
  type ActionPlan,
  type AnswerValue,
  type Area,
  type AreaResult,
  type AssessmentResult,
  type ConditionResult,
  type Status,
} from '@actie/rules';
import { ActieElement, downloadText } from '../shared/actie-element.js';
import type { ActiePlanChangeDetail } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { icon, statusIcon } from '../shared/icons.js';
import { formatDate, formatNumber, today } from '../shared/i18n/format.js';
import { areaChart, legendSwatch, CHART_STATUSES } from './area-chart.js';
import { resultsStyles } from './results.styles.js';
import type { ResultsStrings } from './results.strings.js';
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
 * @cssproperty --actie-results-print-font-size - Text size in print. Default: `10.5pt`.
 */
export class ActieResultsElement extends ActieElement {
  static override properties = {
    ...ActieElement.properties,
    printArea: { attribute: 'print-area', reflect: true },
    participantName: { state: true },
    announcement: { state: true },
  };

  static override styles = [baseStyles, resultsStyles];

  protected readonly stringsGroup = 'results';

  /**
   * While printing one area: its id. Set by the "print this area" buttons and removed after
   * printing; a host may also set it before calling `window.print()` itself.
   */
  declare printArea: string | undefined;

  /** The name typed in the optional name field (empty: the file carries no name). */
  declare participantName: string;

  /** The text of the polite live region. */
  declare announcement: string;

  /** A prefix for ids in the shadow root (unique per instance, for SVG patterns). */
  readonly #id = `actie-results-${++instances}`;

  /** The condition whose "on the plan" text should take focus after the next render. */
  #focusOnPlan: string | undefined;

  constructor() {
    super();
    this.printArea = undefined;
    this.participantName = '';
    this.announcement = '';
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
    this.#announce(this.t('downloaded', { file }));
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
    if (this.#onPlan(condition.id)) return store.plan;
    const what = this.mt(condition.actionPoint.agreement);
    const plan: ActionPlan = {
      agreements: [...store.plan.agreements, proposeAgreement(condition.id, what, store.plan.agreements)],
    };
    store.setPlan(plan);
    this.#announce(this.t('added', { title: this.mt(condition.title) }));
    this.emit<ActiePlanChangeDetail>('actie-plan-change', { plan });
    return plan;
  }

  // ---- internals ------------------------------------------------------------------------------

  #afterPrint = (): void => {
    this.printArea = undefined;
  };

  #announce(text: string): void {
    // Clear first so the same message is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  #onPlan(conditionId: string): boolean {
    return this.store?.plan.agreements.some((a) => a.condition === conditionId) ?? false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusOnPlan !== undefined) {
      const target = this.renderRoot.querySelector<HTMLElement>(`[data-on-plan="${CSS.escape(this.#focusOnPlan)}"]`);
      if (target) {
        this.#focusOnPlan = undefined;
        target.focus();
      }
    }
  }

  /** A UI string of this element, typed. */
  #s(key: keyof ResultsStrings, values?: Readonly<Record<string, string | number>>): string {
    return this.t(key, values);
  }

  /** A counted string: the `One` or `Other` form, by the language's plural rules. */
  #count(key: 'countGood' | 'countNeedsWork' | 'countUnknown', count: number): string {
    const form = new Intl.PluralRules(this.language).select(count) === 'one' ? 'One' : 'Other';
    return this.#s(`${key}${form}`, { count: formatNumber(count, this.language) });
  }

  #answerLabel(answer: AnswerValue | undefined): string {
    return this.answerLabel(answer).toLocaleLowerCase(this.language);
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const model = this.store?.model;
    const result = this.store?.result;
    return html`<div part="base">
      ${this.renderStorageNotices()}
      <div part="live" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        !model || !result
          ? html`<p part="calculating" role="status" aria-live="polite">${this.#s('calculating')}</p>`
          : result.progress.answered === 0
            ? this.#renderEmpty()
            : this.#renderResults(model, result)
      }
    </div>`;
  }

  #renderEmpty(): TemplateResult {
    return html`<div part="empty" class="notice">
      <h2 part="heading">${this.#s('emptyTitle')}</h2>
      <p>${this.#s('emptyText')}</p>
    </div>`;
  }

  #renderResults(model: ActieModel, result: AssessmentResult): TemplateResult {
    const areaResults = new Map(result.areas.map((a) => [a.id, a]));
    return html`${this.#renderPrintHeader(model)} ${this.#renderOverview(model, result)} ${this.#renderActions()}
      ${model.areas.map((area) => {
        const areaResult = areaResults.get(area.id);
        return areaResult ? this.#renderArea(area, areaResult, result) : nothing;
      })}
      <p part="attribution" class="attribution">${this.mt(model.attribution)}</p>`;
  }

  #renderPrintHeader(model: ActieModel): TemplateResult {
    const intake = this.store?.intake ?? {};
    const rows = model.intake
      .filter((q) => (intake[q.id] ?? '') !== '')
      .map((q) => {
        const value = intake[q.id] ?? '';
        const option = q.options?.find((o) => o.value === value);
        return html`<dt>${this.mt(q.text)}</dt>
          <dd>${option ? this.mt(option.label) : value}</dd>`;
      });
    return html`<header part="print-header" class="print-only">
      <p part="print-title" class="print-title">${this.mt(model.title)}</p>
      <p part="print-date">${this.#s('printDate', { date: formatDate(today(), this.language) })}</p>
      ${
        rows.length
          ? html`<p><strong>${this.#s('intakeTitle')}</strong></p>
              <dl part="intake" class="intake">${rows}</dl>`
          : nothing
      }
    </header>`;
  }

  #renderOverview(model: ActieModel, result: AssessmentResult): TemplateResult {
    const counts = result.overall.counts;
    const areaResults = new Map(result.areas.map((a) => [a.id, a]));
    const areas = model.areas.flatMap((area) => {
      const r = areaResults.get(area.id);
      return r ? [{ area, result: r }] : [];
    });
    const label = this.#s('chartLabel', {
      areas: areas
        .map(({ area, result: r }) =>
          this.#s('chartArea', {
            title: this.mt(area.title),
            good: r.counts.good,
            needsWork: r.counts.needsWork,
            unknown: r.counts.unknown,
          }),
        )
        .join('; '),
    });
    const headingId = `${this.#id}-overview`;
    return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('overviewTitle')}</h2>
      <p>${this.#s('countsIntro', { total: formatNumber(counts.total, this.language) })}</p>
      <ul part="counts" class="counts">
        <li class="counts__item status status--good">${statusIcon('good')} ${this.#count('countGood', counts.good)}</li>
        <li class="counts__item status status--needs-work">
          ${statusIcon('needs-work')} ${this.#count('countNeedsWork', counts.needsWork)}
        </li>
        <li class="counts__item status status--unknown">
          ${statusIcon('unknown')} ${this.#count('countUnknown', counts.unknown)}
        </li>
      </ul>
      <p part="progress">
        ${this.#s('progress', {
          answered: formatNumber(result.progress.answered, this.language),
          total: formatNumber(result.progress.total, this.language),
        })}
      </p>
      <p part="area-rule" class="area-rule">${this.#s('areaRule')}</p>
      <figure part="chart" class="figure">
        ${areaChart({
          id: this.#id,
          label,
          areas: areas.map(({ area, result: r }) => ({ id: area.id, letter: area.letter, counts: r.counts })),
        })}
        <figcaption part="chart-caption" class="figcaption">
          ${this.#s('chartCaption')}
          <ul part="legend" class="legend" aria-label=${this.#s('legendLabel')}>
            ${CHART_STATUSES.map(
              (status) =>
                html`<li class="legend__item">
                  ${legendSwatch(this.#id, status)}
                  ${this.#s(status === 'good' ? 'legendGood' : status === 'needs-work' ? 'legendNeedsWork' : 'legendUnknown')}
                </li>`,
            )}
          </ul>
          <p class="legend__areas">${areas.map(({ area }) => `${area.letter}: ${this.mt(area.title)}`).join(', ')}</p>
        </figcaption>
      </figure>
      ${this.#renderRole(model, result)}
    </section>`;
  }

  #renderRole(model: ActieModel, result: AssessmentResult): TemplateResult {
    const roleTitle = (id: string | undefined): string => {
      const role = model.roles.find((r) => r.id === id);
      return role ? this.mt(role.title) : (id ?? '');
    };
    const role = result.role;
    const description = model.roles.find((r) => r.id === role.suggested)?.description;
    return html`<div part="role" class="role">
      <h3 part="subheading">${this.#s('roleTitle', { role: roleTitle(role.suggested) })}</h3>
      ${description ? html`<p>${this.mt(description)}</p>` : nothing}
      <h4 part="subheading">${this.#s('roleWhy')}</h4>
      <p>${this.mt(role.reason)}</p>
      ${
        role.differs
          ? html`<p part="role-differs" class="notice role__differs">
              ${this.#s('roleDiffers', { current: roleTitle(role.current), suggested: roleTitle(role.suggested) })}
            </p>`
          : nothing
      }
      ${role.current && !role.differs ? html`<p part="role-same">${this.#s('roleSame')}</p>` : nothing}
    </div>`;
  }

  #renderActions(): TemplateResult {
    const headingId = `${this.#id}-actions`;
    const nameId = `${this.#id}-name`;
    const hintId = `${this.#id}-name-hint`;
    return html`<section part="actions" class="section no-print" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('actionsTitle')}</h2>
      <p>${this.#s('exportText')}</p>
      <div part="field" class="field">
        <label part="name-label" for=${nameId}>${this.#s('nameLabel')}</label>
        <p part="name-hint" class="field__hint" id=${hintId}>${this.#s('nameHint')}</p>
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
          ${icon('download')} ${this.#s('download')}
        </button>
        <button part="button print-button" class="button" type="button" @click=${() => void this.print()}>
          ${icon('print')} ${this.#s('printAll')}
        </button>
      </div>
      <p>${this.#s('printHint')}</p>
    </section>`;
  }

  #renderArea(area: Area, areaResult: AreaResult, result: AssessmentResult): TemplateResult {
    const conditions = result.conditions.filter((c) => c.area === area.id);
    const byStatus = (status: Status): ConditionResult[] => conditions.filter((c) => c.status === status);
    const headingId = `${this.#id}-area-${area.id}`;
    const title = this.mt(area.title);
    const printing = this.printArea === area.id;
    return html`<section
      part="area"
      class="section area ${printing ? 'area--printing' : ''}"
      data-area=${area.id}
      aria-labelledby=${headingId}
    >
      <div part="area-header" class="area__header">
        <h2 part="heading area-heading" class="area__heading" id=${headingId}>
          <span part="area-letter" class="area__letter" aria-hidden="true">${area.letter}</span>
          <span>${title}</span>
          <span part="area-status" class="area__status status status--${areaResult.status}">
            ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span> ${this.statusLabel(areaResult.status)}
          </span>
        </h2>
        <button part="button print-button" class="button button--subtle" type="button" @click=${() => void this.print(area.id)}>
          ${icon('print')} ${this.#s('printArea')}<span class="visually-hidden">: ${title}</span>
        </button>
      </div>
      <p part="area-summary" class="area__summary">${this.mt(area.summary)}</p>
      ${this.#renderConditions('needs-work', byStatus('needs-work'), headingId)}
      ${this.#renderConditions('good', byStatus('good'), headingId)}
      ${this.#renderConditions('unknown', byStatus('unknown'), headingId)}
      <h3 part="subheading">${this.#s('researchTitle')}</h3>
      <p part="research">${this.mt(area.research)}</p>
      ${
        area.sources.length
          ? html`<h3 part="subheading">${this.#s('sourcesTitle')}</h3>
              <ul part="sources" class="sources">
                ${area.sources.map(
                  (source) =>
                    html`<li part="source" class="source">
                      ${
                        source.url && /^https?:\/\//.test(source.url)
                          ? html`<a href=${source.url}><cite>${source.title}</cite></a>`
                          : html`<cite>${source.title}</cite>`
                      }.
                      ${
                        source.authors
                          ? this.#s('sourceMetaAuthors', {
                              authors: source.authors,
                              publisher: source.publisher,
                              year: source.year,
                            })
                          : this.#s('sourceMeta', { publisher: source.publisher, year: source.year })
                      }.
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  #renderConditions(
    status: Status,
    conditions: readonly ConditionResult[],
    areaHeadingId: string,
  ): TemplateResult | typeof nothing {
    if (!conditions.length) return nothing;
    const listId = `${areaHeadingId}-${status}`;
    return html`<h3 part="subheading" id=${listId} class="conditions-heading status status--${status}">
        ${statusIcon(status)} ${this.statusLabel(status)}
      </h3>
      <ul part="condition-list" class="conditions" aria-labelledby=${listId}>
        ${conditions.map((c) => this.#renderCondition(c))}
      </ul>`;
  }

  #renderCondition(condition: ConditionResult): TemplateResult {
    const answers = condition.decisive.map((d) => `${d.question}: ${this.#answerLabel(d.answer)}`).join(', ');
    const point = condition.actionPoint;
    const title = this.mt(condition.title);
    return html`<li part="condition" class="condition condition--${condition.status}" data-condition=${condition.id}>
      <h4 part="condition-title" class="condition__title">${title}</h4>
      ${
        answers
          ? html`<p part="answers" class="condition__answers">
              ${this.#s(condition.decisive.length === 1 ? 'answersOne' : 'answersOther', { answers })}
            </p>`
          : nothing
      }
      ${
        point
          ? html`<p part="action-point" class="condition__action">
              ${point.kind === 'improve' ? html`<span class="condition__action-label">${this.#s('actionPoint')}</span>` : nothing}
              ${this.mt(point.text)}
            </p>`
          : nothing
      }
      ${
        point
          ? this.#onPlan(condition.id)
            ? html`<p part="on-plan" class="on-plan" tabindex="-1" data-on-plan=${condition.id}>
                ${icon('good')} ${this.#s('onPlan')}
              </p>`
            : html`<button
                part="button add-button"
                class="button"
                type="button"
                @click=${() => {
                  // Keep keyboard users in place: focus moves to the text that replaces the button.
                  this.#focusOnPlan = condition.id;
                  this.addToPlan(condition.id);
                }}
              >
                ${icon('plus')} ${this.#s('addToPlan')}<span class="visually-hidden">: ${title}</span>
              </button>`
          : nothing
      }
    </li>`;
  }
}
