import { html, nothing } from 'lit';
import {
  aggregate,
  builtinCompanions,
  serializeTeamResult,
  type ActieModel,
  type ActionPlan,
  type TeamResult,
} from '@actie/rules';
import { LatestRun } from '../session/latest-run.js';
import { ActieElement } from '../shared/actie-element.js';
import { areaLetterStyles } from '../shared/area-letter.js';
import { conditionCardStyles } from '../shared/condition-card.js';
import { downloadText } from '../shared/download.js';
import { baseStyles } from '../shared/styles.js';
import { resultStyles } from '../shared/result-styles.js';
import { today } from '../shared/i18n/format.js';
import type { StoreChangeDetail } from '../session/store.js';
import { FileDrop, READ_SLICE, readFiles, withFileProblems, type ReadFile } from './file-drop.js';
import { importSection, type ImportedFile } from './import-section.js';
import { canAddToPlan, teamResult } from './team-result.js';
import type { ConditionSort, DisagreementFilter } from './team-condition.js';
import { minGroupSizeOption, teamActionText, timed, yieldToBrowser } from './team-options.js';
import { TeamFiles } from './team-files.js';
import { teamGridStyles } from './team-grid.styles.js';
import { CardBudget } from './card-budget.js';
import { TextsVersion } from './render-memo.js';
import { teamOverviewStyles } from './team-overview.styles.js';
import type { TeamKey } from './team-overview.strings.js';
import './team-overview.strings.js';

let instances = 0;

/** A file as {@link ActieTeamOverviewElement.addFiles} takes it. */
export interface TeamFileInput {
  readonly name: string;
  readonly text: string;
}

/**
 * @summary The team view: import several participants' answer files (file picker or drag and
 * drop), see first the at most five points to discuss ("Bespreek eerst", printable alone as the
 * meeting's agenda), then the initiators' own view, every condition against the groups in one
 * grid that fits a screen, every point per area with the filter (strong, mild or no difference)
 * and the order right above it, what participants wrote; put conditions on the shared action
 * plan, and export the team result as JSON. One file alone is not a team yet: it says so.
 *
 * Groups with fewer than `min-group-size` participants (default 3) are not shown on their own,
 * the respondent levels and the initiators alike; the overview says why. A file given twice
 * counts once; files of another model are refused.
 *
 * The imported files stay in this element (never in the session store or in Web Storage): they
 * are other people's answers. The team view never needs or shows a name: the team result holds
 * counts only. File names are shown in the file list and, for files that could not be used, in
 * the error summary.
 *
 * The action plan is the session's: inside an `<actie-session>`, an `<actie-action-plan>` shows
 * the agreements added here.
 *
 * @event actie-plan-change - When a condition is added to the action plan. Detail: `{ plan: ActionPlan }` (the whole new plan).
 *   Fired by the session store, so a listener on `<actie-session>` hears it from every element.
 *
 * @csspart base - The wrapper of everything.
 * @csspart live - The polite live region that announces removals, additions to the plan and downloads (visually hidden).
 * @csspart loading - The "loading the model" status.
 * @csspart error-summary - The model error summary, and the summary of files that were not used.
 * @csspart notice - Storage notices.
 * @csspart heading - Every section heading (h2).
 * @csspart subheading - Every heading inside a section (h3) other than a point's name.
 * @csspart import - The import section.
 * @csspart drop-zone - The area around the file input that also accepts dropped files.
 * @csspart hint - The hint below the label (mentions dropping files).
 * @csspart file-input - The native file input (multiple, .json; hidden: the choose-button opens its picker).
 * @csspart choose-button - The button that opens the file picker; also has the part `button`.
 * @csspart chosen-files - The text beside it: no file chosen yet, or the names of the files chosen or dropped.
 * @csspart import-status - The polite status: "reading files…", then how many were read and not used.
 * @csspart import-progress - With many files, while they are read: how many of them so far, in words and as a progress bar (not announced).
 * @csspart file-list - The list of imported files.
 * @csspart file - One imported file.
 * @csspart file-name - The name of an imported file.
 * @csspart attribution - Where the questions come from, below the team result.
 * @csspart file-migrated - Says that a file was answered with an older version of the questions and carried over.
 * @csspart file-status - Whether a file is used, or why not (icon and text).
 * @csspart button - Every button.
 * @csspart remove-button - The "remove" button of a file.
 * @csspart clear-button - The "clear all" button.
 * @csspart empty - The explanation shown before any file is imported.
 * @csspart none-used - The message when no imported file could be used, or only the initiators' files (which need the team's).
 * @csspart one-file - The message when only one participant's file is used: not a team yet.
 * @csspart option-error - The error shown for a bad `min-group-size` value (the default is used).
 * @csspart file-duplicate - The status of a file that repeats another one (also has the part `file-status`).
 * @csspart overview - The team result in short: participants, small groups, counts.
 * @csspart participants - The number of participants and their split by level.
 * @csspart companion-count - How many initiators (or another companion group) took part, apart from the team.
 * @csspart hidden-levels - Why levels are not shown on their own, or from how many participants a group is shown.
 * @csspart duplicates - The notice of files given more than once (which file repeats which).
 * @csspart discuss-first - "Bespreek eerst": at most five points to discuss first, with why (printable alone: the agenda).
 * @csspart agenda - The list of those points.
 * @csspart agenda-item - One of them.
 * @csspart agenda-title - Its area letter and name (by its concern when it needs work).
 * @csspart agenda-reason - Its team status and why it is discussed first, in words.
 * @csspart agenda-button - The "print the agenda" button (also has the part `button`).
 * @csspart grid-section - Every point in one overview that fits a screen: the filter, a table per area, the key.
 * @csspart grid - One table of the overview: an area's conditions against the groups (also has the part `area`).
 * @csspart grid-legend - The key to the overview's marks (also has the part `legend`).
 * @csspart filters - The filter and the order of the conditions, right above the tables they change.
 * @csspart filter - The radio buttons: all, strong, mild or no difference.
 * @csspart sort - The select with the order of the conditions within an area.
 * @csspart filter-status - How many points the filter shows (a polite status).
 * @csspart counts - The overall counts by team status.
 * @csspart legend - The key to the bars' patterns and the key to the overview (disclosures).
 * @csspart companion - The section of a companion group, such as the initiators.
 * @csspart companion-hidden - Why a companion group's answers are not shown (too few participants).
 * @csspart companion-summary - On how many corresponding questions the group sees it differently.
 * @csspart comparison - A table of corresponding questions: the team's view and the group's (those that differ; the others in `companion-same`).
 * @csspart companion-same - The disclosure with the corresponding questions on which the views do not differ.
 * @csspart differs - The "views differ" mark on a pair of questions (also has the part `tag`).
 * @csspart companion-reflections - What the companion group wrote per area.
 * @csspart reflections-section - The section with what the team wrote per area.
 * @csspart reflections - The list of what the team wrote per area.
 * @csspart area - One table of the overview: an area's conditions (also has the part `grid`).
 * @csspart area-letter - The letter of an area (in the captions, "Bespreek eerst" and the comparison).
 * @csspart area-status - The team status of an area, in its table's caption.
 * @csspart condition - One condition in the overview: its row and the row of its details (a `tbody`).
 * @csspart condition-title - The header cell of a condition's row, with its title as the toggle.
 * @csspart toggle - The button in a condition's row that opens and closes its details (aria-expanded).
 * @csspart condition-details - The cell with a condition's details, below its row (only while open).
 * @csspart point-name - In the details: the condition named as in a single report (its concern when it needs work).
 * @csspart tag - A tag: the difference on a condition or question, "views differ" in the comparison.
 * @csspart strength - The "strong difference" or "mild difference" tag (also has the part `tag`).
 * @csspart participant-statuses - How many participants have a condition good, needing work or unknown.
 * @csspart levels - A condition's team status per level.
 * @csspart question-list - The list of questions of a condition.
 * @csspart question - One question with its distribution.
 * @csspart question-text - The id and text of a question.
 * @csspart distribution - The bar with its numbers as text.
 * @csspart bar - The distribution bar (inline SVG with role="img").
 * @csspart distribution-counts - The numbers of the bar as text.
 * @csspart add-button - The "add to action plan" buttons.
 * @csspart on-plan - The "on the action plan" text that replaces the add button.
 * @csspart export - The export section.
 * @csspart download-button - The "download team result (JSON)" button.
 *
 * @cssproperty --actie-team-overview-attribution-color - Colour of the attribution. Default: the muted colour.
 * @cssproperty --actie-team-overview-attribution-font-size - Size of the attribution. Default: `0.875em`.
 * @cssproperty --actie-team-overview-hint-color - Colour of hints. Default: the muted colour.
 * @cssproperty --actie-team-overview-label-font-weight - Weight of the file input label. Default: `700`.
 * @cssproperty --actie-team-overview-drop-zone-background-color - Background of the drop zone. Default: the subtle background.
 * @cssproperty --actie-team-overview-drop-zone-border-color - Dashed border of the drop zone. Default: the border colour.
 * @cssproperty --actie-team-overview-drop-zone-border-width - Border width of the drop zone. Default: `2px`.
 * @cssproperty --actie-team-overview-drop-zone-border-radius - Corner radius of the drop zone. Default: the shared radius.
 * @cssproperty --actie-team-overview-drop-zone-padding-block - Padding above and below in the drop zone. Default: the shared space.
 * @cssproperty --actie-team-overview-drop-zone-padding-inline - Padding left and right in the drop zone. Default: the shared space.
 * @cssproperty --actie-team-overview-drop-zone-active-background-color - Background while files are dragged over. Default: the page background.
 * @cssproperty --actie-team-overview-drop-zone-active-border-color - Border while files are dragged over. Default: the accent colour.
 * @cssproperty --actie-team-overview-file-border-color - Line below each imported file. Default: the border colour.
 * @cssproperty --actie-team-overview-legend-border-color - Border of the legend box. Default: the border colour.
 * @cssproperty --actie-team-overview-legend-border-radius - Corner radius of the legend box. Default: the shared radius.
 * @cssproperty --actie-team-overview-letter-background-color - Background of the area letter. Default: the accent colour.
 * @cssproperty --actie-team-overview-letter-color - Colour of the area letter. Default: the colour on accent.
 * @cssproperty --actie-team-overview-letter-border-radius - Corner radius of the area letter. Default: the shared radius.
 * @cssproperty --actie-team-overview-heading-status-font-size - Size of the status in headings. Default: `1rem`.
 * @cssproperty --actie-team-overview-tag-border-color - Border of the "discussion point" tag. Default: `currentColor`.
 * @cssproperty --actie-team-overview-tag-border-radius - Corner radius of that tag. Default: the shared radius.
 * @cssproperty --actie-team-overview-tag-color - Text colour of that tag. Default: the text colour.
 * @cssproperty --actie-team-overview-tag-font-size - Text size of that tag. Default: `0.875em`.
 * @cssproperty --actie-team-overview-condition-border-color - Line before a condition (overridden per team status). Default: the border colour.
 * @cssproperty --actie-team-overview-condition-border-width - Thickness of that line. Default: `0.3em`.
 * @cssproperty --actie-team-overview-condition-padding-block - Padding above and below a condition. Default: `0.25em`.
 * @cssproperty --actie-team-overview-condition-padding-inline - Padding left and right of a condition. Default: `0.75em`.
 * @cssproperty --actie-team-overview-condition-title-font-size - Size of a condition title. Default: `1.125rem`.
 * @cssproperty --actie-team-overview-counts-color - Colour of the numbers next to bars and of participant counts. Default: the muted colour.
 * @cssproperty --actie-team-overview-counts-font-size - Size of the numbers next to bars. Default: `0.875em`.
 * @cssproperty --actie-team-overview-bar-inline-size - Width of a distribution bar. Default: `10rem`.
 * @cssproperty --actie-team-overview-bar-favourable-color - Colour of favourable answers in bars. Default: the shared good colour.
 * @cssproperty --actie-team-overview-bar-unfavourable-color - Colour of unfavourable answers in bars. Default: the shared needs-work colour.
 * @cssproperty --actie-team-overview-bar-unknown-color - Colour of "don't know" in bars. Default: the shared unknown colour.
 * @cssproperty --actie-team-overview-bar-background-color - Background behind patterns and of empty segments. Default: the page background.
 * @cssproperty --actie-team-overview-bar-outline-color - Outline of "not answered" segments and of the bar. Default: the border colour.
 * @cssproperty --actie-team-overview-on-plan-color - Colour of "on the action plan". Default: the good colour.
 * @cssproperty --actie-team-overview-area-border-color - Line above each area. Default: the border colour.
 * @cssproperty --actie-team-overview-area-border-width - Thickness of that line. Default: `2px`.
 * @cssproperty --actie-team-overview-area-padding-block-start - Space between that line and the heading. Default: the shared space.
 * @cssproperty --actie-team-overview-grid-font-size - Text size of the overview tables. Default: `0.875rem`.
 * @cssproperty --actie-team-overview-grid-border-color - Cell borders of the overview tables. Default: the border colour.
 */
export class ActieTeamOverviewElement extends ActieElement<TeamKey> {
  static override properties = {
    ...ActieElement.properties,
    teamResult: { state: true },
    filter: { state: true },
    sort: { state: true },
    minGroupSize: { attribute: 'min-group-size' },
    printPart: { attribute: 'print-part', reflect: true },
  };

  static override styles = [baseStyles, resultStyles, areaLetterStyles, conditionCardStyles, teamOverviewStyles, teamGridStyles];

  protected readonly stringsGroup = 'team';

  /** The combined result of the imported files; undefined while there are none. Read only. */
  declare teamResult: TeamResult | undefined;

  /**
   * The smallest group shown on its own, respondent levels and the initiators alike (attribute
   * `min-group-size`, `aggregate`'s `minGroupSize` and `minCompanionGroupSize`): a whole number
   * from 1 to 100, default 3. A bad value is shown as an error and the default is used.
   */
  declare minGroupSize: string | undefined;

  /**
   * While printing one part: its name (`agenda`: "Bespreek eerst" alone, on one A4 page). Set by
   * the "print the agenda" button and removed after printing; a host may also set it before
   * calling `window.print()` itself, and hide the rest of its page while it is set
   * (`body:has(actie-team-overview[print-part]) ...`).
   */
  declare printPart: 'agenda' | undefined;

  /** Which conditions the points per area show. @internal */
  declare filter: DisagreementFilter;

  /** The order of the conditions within an area. @internal */
  declare sort: ConditionSort;

  /** Cards the user opened or closed (by key), overriding the default (open when the team disagrees). */
  #opened = new Map<string, boolean>();

  /** A prefix for ids in the shadow root (unique per instance, for SVG patterns). */
  readonly #id = `actie-team-${++instances}`;
  readonly #files = new TeamFiles(this, {
    unnamed: (n) => this.t('unnamed', { n: this.n(n) }),
    numbered: (name, n) => this.t('duplicateName', { name, n }),
  });
  /** Combining the files: the latest combination wins. */
  readonly #combining = new LatestRun();
  /** The files the team result was made of (a file added since shows no status yet). */
  #combined: ReadonlySet<ImportedFile> = new Set();
  /** The companion models the team result was combined with (for their questions' texts). */
  #companions: readonly ActieModel[] = [];
  readonly #drop = new FileDrop(this, (files) => void this.#read(files));
  /** Condition cards drawn a slice at a time after a new result. */
  readonly #cards = new CardBudget(this, 3);
  /** Changes with the language and the string overrides: parts drawn once are drawn again then. */
  readonly #texts = new TextsVersion(this);

  constructor() {
    super();
    this.teamResult = undefined;
    this.filter = 'all';
    this.sort = 'model';
    this.printPart = undefined;
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

  /** The imported files, in the order they were added. @internal */
  get files(): readonly ImportedFile[] {
    return this.#files.files;
  }

  /** True while files are being read and combined. @internal */
  get reading(): boolean {
    return this.#files.reading;
  }

  /**
   * Add answer files (session files as "download my answers" makes them) and combine everything
   * again. The file input and drag and drop use this too. Resolves when the new team result is
   * shown. Files that cannot be used are listed with the reasons; the rest is combined.
   */
  async addFiles(files: readonly TeamFileInput[]): Promise<void> {
    await this.#add(files.map((f) => ({ name: f.name, text: f.text })));
  }

  /** Remove one imported file (by its name in the list) and combine the rest again. */
  async removeFile(name: string): Promise<void> {
    const index = this.files.findIndex((f) => f.name === name);
    if (index < 0) return;
    const next = this.files[index + 1] ?? this.files[index - 1];
    this.#files.removeAt(index);
    this.focusAfter.focus((root) =>
      next
        ? root.querySelector<HTMLElement>(`[data-file="${next.key}"] [data-remove]`)
        : root.querySelector<HTMLElement>('[part~="choose-button"]'),
    );
    this.announcer.announce(this.t('removed', { file: name }));
    await this.#reaggregate();
  }

  /** Forget every imported file. */
  async clearFiles(): Promise<void> {
    this.#files.clear();
    this.#drop.clear();
    this.focusAfter.focus((root) => root.querySelector<HTMLElement>('[part~="choose-button"]'));
    this.announcer.announce(this.t('cleared'));
    await this.#reaggregate();
  }

  /** Wait until the team result reflects the current files (useful in tests). */
  async settled(): Promise<TeamResult | undefined> {
    await this.#combining.settled();
    await this.updateComplete;
    await this.#cards.complete();
    return this.teamResult;
  }

  /** The team result as JSON text (what "download team result" gives); undefined without files. */
  teamResultText(): string | undefined {
    return this.teamResult ? serializeTeamResult(this.teamResult) : undefined;
  }

  /** The file name of the download, e.g. `actie-teamresultaat-2026-11-30.json`. */
  teamResultFileName(): string {
    return this.t('fileName', { date: today() });
  }

  /** Offer the team result as a JSON download. */
  downloadTeamResult(): void {
    const text = this.teamResultText();
    if (text === undefined) return;
    const file = this.teamResultFileName();
    downloadText(text, file);
    this.announcer.announce(this.t('downloaded', { file }));
  }

  /**
   * Print with the browser's print dialog: the whole team result, or only the points to discuss
   * first (`agenda`: one A4 page, the meeting's agenda).
   */
  async print(part?: 'agenda'): Promise<void> {
    this.printPart = part;
    await this.updateComplete;
    window.print();
  }

  /**
   * Put a condition on the session's action plan (once), with the team's action point (or the
   * condition's advice) as "what". Only for conditions that need work or have a disagreement.
   * Returns the new plan.
   */
  addToPlan(conditionId: string): ActionPlan | undefined {
    const store = this.store;
    const condition = this.teamResult?.conditions.find((c) => c.id === conditionId);
    if (!store || !condition || !canAddToPlan(condition)) return undefined;
    if (store.isOnPlan(condition.id)) return store.plan;
    const plan = store.addToPlan(condition.id, this.mt(teamActionText(this.teamResult, store.model, condition)), this);
    this.announcer.announce(this.t('added', { title: this.mt(condition.title) }));
    return plan;
  }

  // ---- internals ------------------------------------------------------------------------------

  #afterPrint = (): void => {
    this.printPart = undefined;
  };

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('minGroupSize') && this.files.length) void this.#reaggregate();
  }

  protected override storeChanged(detail: StoreChangeDetail): void {
    if (detail.change === 'model') void this.#reaggregate();
  }

  async #read(files: readonly File[]): Promise<void> {
    if (!files.length) return;
    await this.#files.busy(async () => {
      this.#files.status = this.t('reading');
      // Many files are read a slice at a time: each slice joins the list as it is read, and a
      // progress bar shows how far it is (shown, not announced: the status says "reading" once and
      // the summary at the end). They are combined once all are read.
      const added: ImportedFile[] = [];
      await readFiles(files, (read, done, total) => {
        added.push(...this.#files.add(read));
        if (total > READ_SLICE) this.#files.progress = { read: done, total };
      });
      this.#files.progress = undefined;
      await this.#combine(added);
    });
  }

  /** Add files read already (see addFiles), and combine. */
  async #add(entries: readonly ReadFile[]): Promise<void> {
    if (!entries.length) return;
    await this.#files.busy(async () => {
      this.#files.status = this.t('reading');
      await this.#combine(this.#files.add(entries));
    });
  }

  /** Combine every file after `added` joined them; then say how many of those were read and used. */
  async #combine(added: readonly ImportedFile[]): Promise<void> {
    if (!added.length) return;
    await this.#reaggregate();
    await this.settled();
    const rejected = new Set((this.teamResult?.rejected ?? []).map((r) => r.source));
    const unused = added.filter((f) => rejected.has(f.name)).length;
    this.#files.status = this.t('readSummary', {
      read: this.count('read', added.length),
      unused: this.count('unused', unused),
    });
    if (unused > 0) this.focusAfter.focus((root) => root.querySelector<HTMLElement>('[data-file-errors]'));
  }

  /** Combine the current files again; a newer call supersedes an older one. */
  #reaggregate(): Promise<void> {
    const model = this.store?.model;
    const files = this.files;
    if (!files.length || !model) {
      // No files: no result. No model yet (loading or invalid): combine once it is ready (storeChanged).
      this.#combining.cancel();
      if (!files.length) this.teamResult = undefined;
      return Promise.resolve();
    }
    return this.#combining.run(
      // Each step in a task of its own (the file list, combining, the result), so the browser
      // can paint in between.
      async () => {
        await yieldToBrowser();
        // The built-in models compared with the team (for the default model the initiators'
        // questions, nothing else), loaded now and kept to show their questions. When they cannot
        // be loaded, aggregate tries once more and refuses their files with the reason.
        const companions = await builtinCompanions(model).catch(() => undefined);
        const result = await timed(
          'actie-team-aggregate',
          aggregate(
            model,
            files.map((f) => ({ source: f.name, data: f.text })),
            // Pauses every 20 files, so the page keeps painting while a large team is combined.
            {
              // One smallest group for all: the levels and the initiators alike.
              minGroupSize: minGroupSizeOption(this.minGroupSize).size,
              minCompanionGroupSize: minGroupSizeOption(this.minGroupSize).size,
              pause: yieldToBrowser,
              ...(companions ? { companions } : {}),
            },
          ),
        );
        await yieldToBrowser();
        return { result, companions: companions ?? [] };
      },
      ({ result, companions }) => {
        // A first result of many files is drawn in stages (the file statuses, the overview and
        // grid, the other sections, then the cards); a result that replaces one stays in place.
        const staged = this.teamResult === undefined && files.length > READ_SLICE;
        this.teamResult = withFileProblems(result, files);
        this.#companions = companions;
        this.#combined = new Set(files);
        this.#cards.reset(staged);
      },
    );
  }

  // ---- rendering ------------------------------------------------------------------------------

  #renderOptionError(): unknown {
    const option = minGroupSizeOption(this.minGroupSize);
    if (option.error === undefined) return nothing;
    return html`<p part="option-error" class="notice notice--error" role="alert">
      ${this.t('optionError', { value: option.error, min: this.n(option.size) })}
    </p>`;
  }

  protected override render(): unknown {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const model = this.store?.model;
    const team = this.teamResult;
    return html`<div part="base">
      ${this.renderStorageNotices()} ${this.announcer.render('live')} ${this.#renderOptionError()}
      ${importSection({
        el: this,
        id: this.#id,
        drop: this.#drop,
        files: this.files,
        team,
        combined: this.#combined,
        status: this.#files.status,
        progress: this.#files.progress,
        texts: this.#texts.token,
        remove: (name) => void this.removeFile(name),
        clear: () => void this.clearFiles(),
      })}
      ${
        !this.files.length
          ? html`<div part="empty" class="notice">
              <h2 part="heading">${this.t('emptyTitle')}</h2>
              <p>${this.t('emptyHow')}</p>
              <p>${this.t('emptyAnonymous')}</p>
            </div>`
          : model && team && team.participants === 1 && !this.reading
            ? html`<p part="one-file" class="notice">${this.t('oneFile')}</p>`
            : model && team && team.participants > 1
              ? teamResult({
                  el: this,
                  id: this.#id,
                  model,
                  team,
                  companions: this.#companions,
                  filter: this.filter,
                  sort: this.sort,
                  texts: this.#texts.token,
                  setFilter: (filter) => (this.filter = filter),
                  setSort: (sort) => (this.sort = sort),
                  reached: this.#cards.reached,
                  isOpen: (key, byDefault) => this.#opened.get(key) ?? byDefault,
                  toggle: (key, byDefault) => {
                    this.#opened.set(key, !(this.#opened.get(key) ?? byDefault));
                    this.requestUpdate();
                  },
                  isOnPlan: (condition) => this.store?.isOnPlan(condition) ?? false,
                  addToPlan: (condition, focusKey) => {
                    // Keep keyboard users in place: focus moves to the text that replaces the button.
                    this.focusAfter.focus((root) => root.querySelector<HTMLElement>(`[data-on-plan="${CSS.escape(focusKey)}"]`));
                    this.addToPlan(condition);
                  },
                  download: () => this.downloadTeamResult(),
                  printAgenda: () => void this.print('agenda'),
                })
              : team && !this.reading
                ? html`<p part="none-used" class="notice">${this.#noneUsed(team)}</p>`
                : nothing
      }
    </div>`;
  }

  /**
   * Why there is no team result: no file could be used, or only files of a companion group (the
   * initiators), whose answers are shown beside the team's and so need the team's files too.
   */
  #noneUsed(team: TeamResult): string {
    const companions = team.views.reduce((n, view) => n + view.participants, 0);
    return companions > 0 ? this.t('onlyCompanions', { count: this.n(companions) }) : this.t('noneUsed');
  }
}
