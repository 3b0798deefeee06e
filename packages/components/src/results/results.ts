import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  formatResult,
  modelSources,
  prioritise,
  serializeSession,
  speaksToInitiators,
  type ActieModel,
  type ActionPlan,
  type AssessmentResult,
  type LocalizedText,
} from '@actie/rules';
import type { CommonKey } from '../shared/common.strings.js';
import { ActieElement, type StringValues } from '../shared/actie-element.js';
import { areaLetterStyles } from '../shared/area-letter.js';
import { conditionCardStyles } from '../shared/condition-card.js';
import { downloadText } from '../shared/download.js';
import { downloadList, downloadListStyles } from '../shared/download-list.js';
import { baseStyles } from '../shared/styles.js';
import { resultStyles } from '../shared/result-styles.js';
import { icon } from '../shared/result-icons.js';
import { fill, today } from '../shared/i18n/format.js';
import { areaSection, sourceList, type AreaSectionContext } from './area-section.js';
import { overview, resultsHeader } from './overview.js';
import { resultsStyles } from './results.styles.js';
import { nlJe, type ResultsKey } from './results.strings.js';
import './results.strings.js';

/** How many priorities "Begin hier" shows. */
const START_HERE = 3;

/** What this element reads of another ACTIE element (a form, a plan): its store and its render. */
interface SessionElement {
  readonly store?: unknown;
  readonly updateComplete?: Promise<unknown>;
}

let instances = 0;

/**
 * @summary The results of one participant, as a step of their own: headed by the initiative's name
 * or topic, the verdict with counts that add up, "Begin hier" (the first three priorities of
 * `prioritise`), a picture of the five areas and the suggested support role; then per ACTIE area
 * what needs work (concerns), what to offer only if they ask, what goes well (strengths) and what
 * is not known yet. Each point opens to every question behind it with the answer and the note, the
 * advice, and "Zet op actieplan" where an `<actie-action-plan>` works with the session. One
 * "Downloaden" list (the report to read or print; the answers to continue later or give to the
 * facilitator), and print.
 *
 * With an `<actie-assessment>` on the session (`store.hasForm`), the results show only a short
 * line until the participant presses "Afronden" (`store.finished`). After `actie-complete` from a
 * form on the same session (unless a listener calls `preventDefault()`), focus moves to the results'
 * heading; a host can do so itself with `focusHeading()`.
 *
 * For a model that speaks to the initiators themselves (no roles: `speaksToInitiators` in
 * @actie/rules, the built-in `initiator` set) the texts use "je", there is no role advice, and a
 * line asks them to discuss their answers with their contact person.
 *
 * Printing uses the browser's own print. The element's print styles hide buttons and the form,
 * open every point, show a header with the model title, today's date and the intake, keep each
 * point whole and an area's heading with what follows it. Page size and margins cannot be set
 * from inside a shadow root: the host page may add `@page { size: A4; margin: 18mm; }` to its own
 * stylesheet (examples/print.css also hides the host page's header and footer, and the rest of
 * the page while one area prints).
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
 * @csspart pending - The one line shown while the participant has not finished the questions.
 * @csspart results-header - The head of the results: the heading and the print header.
 * @csspart results-heading - The first heading ("Uw resultaten: <topic>"); focusable (`focusHeading()`).
 * @csspart print-header - The lines that only show in print: model title, date and intake.
 * @csspart print-title - The model title in the print header.
 * @csspart print-date - The date in the print header.
 * @csspart intake - The intake summary (a description list) in the print header.
 * @csspart overview - The overview section: verdict, counts, "Begin hier", picture and role.
 * @csspart heading - Every section heading (h2).
 * @csspart subheading - Every heading inside a section (h3, h4), except condition titles.
 * @csspart verdict - The overall verdict.
 * @csspart counts - The list of overall counts.
 * @csspart progress - The "you answered x of y questions" line.
 * @csspart points-note - Why there are fewer points than questions.
 * @csspart area-rule-details - The closed disclosure "Hoe lezen we een onderdeel?".
 * @csspart area-rule - The sentence that says how an area's status is read.
 * @csspart contact - For the initiators: "Bespreek je antwoorden met je contactpersoon".
 * @csspart start - "Begin hier": the first three priorities.
 * @csspart start-list - The numbered list of those priorities.
 * @csspart start-item - One priority: its concern, markers, area and advice.
 * @csspart marker - A small label after a point: decisive, for the organisation, with a note, on the plan.
 * @csspart role-same - Shown when the suggested role is the role the respondent named.
 * @csspart chart - The figure around the picture of the areas.
 * @csspart chart-image - The SVG picture itself.
 * @csspart chart-caption - The caption of the picture.
 * @csspart legend - The key to the picture's patterns.
 * @csspart role - The suggested role box.
 * @csspart role-differs - The note that the suggested role differs from the current one.
 * @csspart actions - The "save and print" section.
 * @csspart downloads - The one download control: its heading and list.
 * @csspart downloads-heading - Its heading ("Downloaden").
 * @csspart download-list - The list of files.
 * @csspart download-option - One file: its button and the line below it.
 * @csspart download-hint - What a file is for ("Om te lezen of te printen"), below its button.
 * @csspart download-type - The kind of file, in small text.
 * @csspart download-error - The alert when a file could not be made.
 * @csspart field - The wrapper of the name label, hint and field.
 * @csspart buttons - The row with the print button.
 * @csspart name-label - The label of the optional name field.
 * @csspart name-hint - The hint that the file carries no name unless one is added.
 * @csspart name-input - The optional name field.
 * @csspart button - Every button.
 * @csspart download-button - The entry for the answers file ("to continue later or give to the facilitator").
 * @csspart report-button - The entry for the report ("to read or print": text with the results, answers, notes and reflections).
 * @csspart reflection - What the participant wrote on an area ("Wat gaat goed? Wat pakken we op?").
 * @csspart print-button - The "print everything" and "print this area" buttons.
 * @csspart add-button - The "add to action plan" buttons.
 * @csspart area - The section of one area.
 * @csspart area-header - The row with an area's heading and its print button.
 * @csspart area-heading - The heading of an area (letter, title and status).
 * @csspart area-letter - The letter of an area.
 * @csspart area-status - The status label and icon of an area.
 * @csspart area-counts - The counts of an area, beside its verdict.
 * @csspart area-summary - What an area is about.
 * @csspart condition-list - A list of points (needs work, if they ask, going well, not known yet).
 * @csspart offers-intro - The line under "Als ze erom vragen".
 * @csspart condition - One point.
 * @csspart point - The disclosure of a point (closed by default, open in print).
 * @csspart point-summary - The line that opens it.
 * @csspart condition-title - The point as a person reads it: its concern, strength or title.
 * @csspart answers - Every question of a point with its answer and note.
 * @csspart answer - One answer.
 * @csspart note - The participant's note on a question.
 * @csspart action-point - The advice of a point.
 * @csspart on-plan - The "on the action plan" text that replaces the add button.
 * @csspart background - The closed disclosure with an area's background and sources.
 * @csspart background-summary - The line that opens it.
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
    downloadError: { state: true },
  };

  static override styles = [baseStyles, resultStyles, areaLetterStyles, conditionCardStyles, downloadListStyles, resultsStyles];

  protected readonly stringsGroup = 'results';

  /**
   * While printing one area: its id. Set by the "print this area" buttons and removed after
   * printing; a host may also set it before calling `window.print()` itself.
   */
  declare printArea: string | undefined;

  /** The name typed in the optional name field (empty: the file carries no name). @internal */
  declare participantName: string;

  /** Why the last download did not work, in the element's language (empty: it did). @internal */
  declare downloadError: string;

  /** A prefix for ids in the shadow root (unique per instance, for SVG patterns). */
  readonly #id = `actie-results-${++instances}`;

  /** Points closed before printing, to close again after. */
  #openedForPrint: HTMLDetailsElement[] = [];

  constructor() {
    super();
    this.printArea = undefined;
    this.participantName = '';
    this.downloadError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
    document.addEventListener('actie-complete', this.#completed);
    // "Zet op actieplan" shows only with a plan element on the session: one still loading counts once it is defined.
    if (!customElements.get('actie-action-plan')) {
      void customElements.whenDefined('actie-action-plan').then(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    document.removeEventListener('actie-complete', this.#completed);
  }

  // ---- public methods -------------------------------------------------------------------------

  /**
   * Whether the full results show: when no form works with the session (`store.hasForm`), or the
   * participant finished the questions (`store.finished`). Otherwise one short line says they
   * appear after "Afronden".
   */
  get showing(): boolean {
    const store = this.store;
    return !!store && (!store.hasForm || store.finished);
  }

  /**
   * Move focus to the results' first heading ("Uw resultaten: <topic>", part `results-heading`)
   * and scroll it to the top of the view. The element does this itself after `actie-complete`
   * from a form on the same session; a host that shows the results in another way can call it.
   * Resolves to false when there is no heading to focus (the results are not shown yet).
   */
  async focusHeading(): Promise<boolean> {
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('[part~="results-heading"]');
    if (!heading) return false;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
    return true;
  }

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

  /** Offer the session file as a download; a file that cannot be made is said in the page. */
  downloadAnswers(): void {
    const file = this.sessionFileName();
    this.#offer(this.sessionFileText(), file, 'application/json', this.t('downloaded', { file }));
  }

  /**
   * The results as a report in Markdown (readable as plain text): headed by the initiative's name
   * or topic, "Begin hier", per area what needs work, what to offer if they ask, what goes well
   * and what is not known yet, each point with every question, answer and note; the suggested
   * role; the participant's reflections. No internal ids. Undefined until there is a result.
   */
  reportText(): string | undefined {
    const store = this.store;
    const model = store?.model;
    const result = store?.result;
    if (!store || !model || !result) return undefined;
    return formatResult(model, result, {
      lang: this.language,
      format: 'md',
      intake: store.intake,
      answers: store.answers,
      notes: store.notes,
      reflections: store.reflections,
    });
  }

  /** Offer the report (see {@link reportText}) as a download; a file that cannot be made is said in the page. */
  downloadReport(): void {
    const file = this.t('reportFileName', { date: today() });
    this.#offer(this.reportText(), file, 'text/markdown', this.t('reportDownloaded', { file }));
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

  /**
   * A UI string; for a model that speaks to the initiators themselves, the je-form where it reads
   * differently (Dutch). A host's own strings win over both. @internal
   */
  override t(key: ResultsKey | CommonKey, values?: StringValues): string {
    const je = this.#informal() && this.language === 'nl' && !this.strings?.[key] ? nlJe[key as keyof typeof nlJe] : undefined;
    return je === undefined ? super.t(key, values) : fill(je, values);
  }

  // ---- internals ------------------------------------------------------------------------------

  /**
   * The model speaks to the initiators themselves ("je", no role advice). Read from the model as
   * far as it is loaded: a text does not load the rest of the model (a model that has not loaded
   * has shown none of its texts yet).
   */
  #informal(): boolean {
    const model = this.store?.loadedModel;
    return !!model && speaksToInitiators(model);
  }

  /** Whether an `<actie-action-plan>` works with this session: in the same `<actie-session>`, or alone with the same store. */
  #planHere(): boolean {
    const session = this.closest('actie-session');
    if (session) return !!session.querySelector('actie-action-plan');
    return [...document.querySelectorAll('actie-action-plan')].some((plan) => (plan as SessionElement).store === this.store);
  }

  #offer(text: string | undefined, file: string, type: string, done: string): void {
    if (text !== undefined && downloadText(text, file, type)) {
      this.downloadError = '';
      this.announcer.announce(done);
    } else {
      this.downloadError = this.t('downloadFailed');
    }
  }

  /**
   * After "Afronden" on a form of this session: focus the heading once the results show, unless
   * a listener called `preventDefault()` (the page moves focus itself) or the form already did.
   */
  #completed = (event: Event): void => {
    const form = event.composedPath()[0] as SessionElement | undefined;
    if (!form || form.store !== this.store) return;
    const session = this.closest('actie-session');
    if (session && session.querySelector('actie-results') !== this) return; // the first results of the session
    // After every listener and the form's own render (it may move focus itself).
    void Promise.resolve(form.updateComplete).then(async () => {
      await this.updateComplete;
      const heading = this.renderRoot.querySelector('[part~="results-heading"]');
      if (event.defaultPrevented || !heading || (this.renderRoot as ShadowRoot).activeElement === heading) return;
      await this.focusHeading();
    });
  };

  #beforePrint = (): void => {
    // Every point opens on paper; those that were closed close again afterwards.
    this.#openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[part~="point"]:not([open])')];
    for (const details of this.#openedForPrint) details.open = true;
  };

  #afterPrint = (): void => {
    this.printArea = undefined;
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint = [];
  };

  /** What the area sections need (built per render). */
  #areaContext(): AreaSectionContext {
    const store = this.store;
    const questions = new Map<string, LocalizedText>(
      (store?.model?.areas ?? []).flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)),
    );
    return {
      el: this,
      id: this.#id,
      printArea: this.printArea,
      planHere: this.#planHere(),
      isOnPlan: (condition) => store?.isOnPlan(condition) ?? false,
      addToPlan: (condition) => {
        // Keep keyboard users in place: focus moves to the text that replaces the button.
        this.focusAfter.focus((root) => root.querySelector<HTMLElement>(`[data-on-plan="${CSS.escape(condition)}"]`));
        this.addToPlan(condition);
      },
      print: (area) => void this.print(area),
      reflection: (area) => store?.reflections[area] ?? '',
      questionText: (question) => questions.get(question),
      answer: (question) => store?.answers[question],
      note: (question) => store?.notes[question] ?? '',
    };
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    const store = this.store;
    // While the questions are being answered, one line says the results come after "Afronden":
    // nothing here needs the model yet, so reading it (which loads all of it) waits too.
    const waiting = !this.showing && !!store?.questions;
    const modelState = waiting ? nothing : this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const model = waiting ? undefined : store?.model;
    const result = store?.result;
    return html`<div part="base">
      ${this.renderStorageNotices()} ${this.announcer.render('live')}
      ${
        !this.showing
          ? html`<p part="pending" class="pending">${this.t('pending')}</p>`
          : store && model && !Object.keys(store.answers).length
            ? html`<div part="empty" class="notice">
                <h2 part="heading results-heading" class="results-heading" tabindex="-1">${this.t('emptyTitle')}</h2>
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
    const headingId = `${this.#id}-heading`;
    return html`${resultsHeader(this, headingId, model, this.store?.intake ?? {})}
      ${overview(
        {
          el: this,
          id: this.#id,
          headingId,
          start: prioritise(model, result).slice(0, START_HERE),
          initiators: speaksToInitiators(model),
        },
        model,
        result,
      )}
      ${this.#renderActions()}
      ${model.areas.map((area) => {
        const areaResult = areaResults.get(area.id);
        return areaResult ? areaSection(context, area, areaResult, result) : nothing;
      })}
      <p part="attribution" class="attribution">${this.mt(model.attribution)}</p>
      <div part="print-sources" class="print-only print-sources">
        <h2 part="heading">${this.t('sourcesTitle')}</h2>
        ${sourceList(this, modelSources(model))}
      </div>`;
  }

  #renderActions(): TemplateResult {
    const headingId = `${this.#id}-actions`;
    const nameId = `${this.#id}-name`;
    const hintId = `${this.#id}-name-hint`;
    return html`<section part="actions" class="section actions no-print" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.t('actionsTitle')}</h2>
      ${downloadList({
        id: this.#id,
        heading: this.t('downloadsTitle'),
        entries: [
          {
            key: 'report',
            part: 'report-button',
            label: this.t('reportLabel'),
            hint: this.t('reportPurpose'),
            type: this.t('reportType'),
            act: () => this.downloadReport(),
          },
          {
            key: 'answers',
            part: 'download-button',
            label: this.t('answersLabel'),
            hint: this.t('answersPurpose'),
            type: this.t('answersType'),
            act: () => this.downloadAnswers(),
          },
        ],
        error: this.downloadError,
      })}
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
        <button part="button print-button" class="button" type="button" @click=${() => void this.print()}>
          ${icon('print')} ${this.t('printAll')}
        </button>
      </div>
      <p class="hint">${this.t('printHint')}</p>
    </section>`;
  }
}
