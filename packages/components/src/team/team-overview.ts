import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  aggregate,
  proposeAgreement,
  serializeTeamResult,
  type ActieModel,
  type ActionPlan,
  type Area,
  type AreaTeamResult,
  type ConditionTeamResult,
  type Level,
  type QuestionTeamResult,
  type Question,
  type RejectedSession,
  type Status,
  type TeamResult,
  type ValidationError,
} from '@actie/rules';
import { ActieElement, downloadText } from '../shared/actie-element.js';
import type { ActiePlanChangeDetail } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { fileChooser } from '../shared/file-picker.js';
import { icon, statusIcon } from '../shared/icons.js';
import { formatNumber, today } from '../shared/i18n/format.js';
import type { StoreChangeDetail } from '../session/store.js';
import { answerSwatch, distributionBar, BAR_ANSWERS, type BarAnswer } from './distribution-bar.js';
import { teamOverviewStyles } from './team-overview.styles.js';
import type { TeamStrings } from './team-overview.strings.js';
import './team-overview.strings.js';

let instances = 0;

/** Files larger than this are not read (a session file is a few kilobytes). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file could not even be handed to `aggregate`. */
type FileProblem = 'unreadable' | 'too-large';

/** A file the facilitator imported. Kept in the element only: these are other people's answers. */
interface ImportedFile {
  /** Unique per element, for keyed rendering. */
  readonly key: number;
  /** The file name, made unique within the list (it is the `source` given to `aggregate`). */
  readonly name: string;
  readonly text: string | undefined;
  readonly problem?: FileProblem;
}

/** A file as {@link ActieTeamOverviewElement.addFiles} takes it. */
export interface TeamFileInput {
  readonly name: string;
  readonly text: string;
}

const LEGEND_LABELS: Readonly<Record<BarAnswer, keyof TeamStrings>> = {
  yes: 'legendYes',
  partly: 'legendPartly',
  no: 'legendNo',
  'dont-know': 'legendDontKnow',
  unanswered: 'legendUnanswered',
};

const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/** Where a focus should go after the next render. */
type FocusTarget =
  | { readonly kind: 'errors' }
  | { readonly kind: 'input' }
  | { readonly kind: 'remove'; readonly key: number }
  | { readonly kind: 'on-plan'; readonly id: string };

/**
 * @summary The team view: import several participants' answer files (file picker or drag and
 * drop), see the combined result per ACTIE area with the distribution of answers per question,
 * discuss the points the team disagrees on first, put conditions on the shared action plan, and
 * export the team result as JSON.
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
 *
 * @csspart base - The wrapper of everything.
 * @csspart live - The polite live region that announces removals, additions to the plan and downloads (visually hidden).
 * @csspart loading - The "loading the model" status.
 * @csspart error-summary - The model error summary, and the summary of files that were not used.
 * @csspart notice - Storage notices.
 * @csspart heading - Every section heading (h2).
 * @csspart subheading - Every heading inside a section (h3) other than a condition title.
 * @csspart import - The import section.
 * @csspart drop-zone - The area around the file input that also accepts dropped files.
 * @csspart hint - The hint below the label (mentions dropping files).
 * @csspart file-input - The native file input (multiple, .json; hidden: the choose-button opens its picker).
 * @csspart choose-button - The button that opens the file picker; also has the part `button`.
 * @csspart chosen-files - The text beside it: no file chosen yet, or the names of the files chosen or dropped.
 * @csspart import-status - The polite status: "reading files…", then how many were read and not used.
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
 * @csspart none-used - The message when no imported file could be used.
 * @csspart overview - The team result overview: participants, counts and legend.
 * @csspart participants - The number of participants and their split by level.
 * @csspart counts - The overall counts by team status.
 * @csspart legend - The key to the bars' patterns.
 * @csspart discussion - The discussion points section.
 * @csspart discussion-list - The ordered list of discussion points.
 * @csspart discussion-point - One discussion point (a condition the team disagrees on).
 * @csspart area - The section of one area.
 * @csspart area-heading - The heading of an area (letter, title and team status).
 * @csspart area-letter - The letter of an area (also in discussion point titles).
 * @csspart area-status - The team status of an area.
 * @csspart area-counts - The counts of an area's conditions by team status.
 * @csspart condition-list - The list of an area's conditions.
 * @csspart condition - One condition of an area.
 * @csspart condition-title - The title of a condition or discussion point.
 * @csspart team-status - The team status of a condition (icon and text).
 * @csspart tag - The "discussion point" tag on a condition.
 * @csspart participant-statuses - How many participants have a condition good, needing work or unknown.
 * @csspart levels - A condition's team status per level.
 * @csspart details - The disclosure with a condition's answers per question.
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
 */
export class ActieTeamOverviewElement extends ActieElement {
  static override properties = {
    ...ActieElement.properties,
    files: { state: true },
    teamResult: { state: true },
    reading: { state: true },
    importStatus: { state: true },
    announcement: { state: true },
    dragging: { state: true },
  };

  static override styles = [baseStyles, teamOverviewStyles];

  protected readonly stringsGroup = 'team';

  /** The imported files, in the order they were added. */
  declare files: readonly ImportedFile[];

  /** The combined result of the imported files; undefined while there are none. Read only. */
  declare teamResult: TeamResult | undefined;

  /** True while files are being read and combined. */
  declare reading: boolean;

  /** The text of the visible, polite import status. */
  declare importStatus: string;

  /** The text of the visually hidden polite live region. */
  declare announcement: string;

  /** True while files are dragged over the drop zone. */
  declare dragging: boolean;

  /** A prefix for ids in the shadow root (unique per instance, for SVG patterns). */
  readonly #id = `actie-team-${++instances}`;
  #nextKey = 0;
  /** How many imports are being read or combined. */
  #busy = 0;
  #run = 0;
  #latest: Promise<void> = Promise.resolve();
  #focusTarget: FocusTarget | undefined;

  constructor() {
    super();
    this.files = [];
    this.teamResult = undefined;
    this.reading = false;
    this.importStatus = '';
    this.announcement = '';
    this.dragging = false;
  }

  // ---- public methods -------------------------------------------------------------------------

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
    this.files = this.files.filter((_, i) => i !== index);
    this.#focusTarget = next ? { kind: 'remove', key: next.key } : { kind: 'input' };
    this.#announce(this.#s('removed', { file: name }));
    await this.#reaggregate();
  }

  /** Forget every imported file. */
  async clearFiles(): Promise<void> {
    this.files = [];
    this.importStatus = '';
    this.#chosen = [];
    this.#focusTarget = { kind: 'input' };
    this.#announce(this.#s('cleared'));
    await this.#reaggregate();
  }

  /** Wait until the team result reflects the current files (useful in tests). */
  async settled(): Promise<TeamResult | undefined> {
    let pending: Promise<void>;
    do {
      pending = this.#latest;
      await pending;
    } while (pending !== this.#latest);
    await this.updateComplete;
    return this.teamResult;
  }

  /** The team result as JSON text (what "download team result" gives); undefined without files. */
  teamResultText(): string | undefined {
    return this.teamResult ? serializeTeamResult(this.teamResult) : undefined;
  }

  /** The file name of the download, e.g. `actie-teamresultaat-2026-11-30.json`. */
  teamResultFileName(): string {
    return this.#s('fileName', { date: today() });
  }

  /** Offer the team result as a JSON download. */
  downloadTeamResult(): void {
    const text = this.teamResultText();
    if (text === undefined) return;
    const file = this.teamResultFileName();
    downloadText(text, file);
    this.#announce(this.#s('downloaded', { file }));
  }

  /**
   * Put a condition on the session's action plan (once), with the team's action point (or the
   * condition's advice) as "what". Only for conditions that need work or have a disagreement.
   * Returns the new plan.
   */
  addToPlan(conditionId: string): ActionPlan | undefined {
    const store = this.store;
    const condition = this.teamResult?.conditions.find((c) => c.id === conditionId);
    if (!store || !condition || !this.#canAdd(condition)) return undefined;
    if (this.#onPlan(condition.id)) return store.plan;
    const plan: ActionPlan = {
      agreements: [...store.plan.agreements, proposeAgreement(condition.id, this.#actionText(condition), store.plan.agreements)],
    };
    store.setPlan(plan);
    this.#announce(this.#s('added', { title: this.mt(condition.title) }));
    this.emit<ActiePlanChangeDetail>('actie-plan-change', { plan });
    return plan;
  }

  // ---- internals ------------------------------------------------------------------------------

  protected override storeChanged(detail: StoreChangeDetail): void {
    if (detail.change === 'model') void this.#reaggregate();
  }

  /** A UI string of this element, typed. */
  #s(key: keyof TeamStrings, values?: Readonly<Record<string, string | number>>): string {
    return this.t(key, values);
  }

  #n(value: number): string {
    return formatNumber(value, this.language);
  }

  /** A counted string: the `One` or `Other` form, by the language's plural rules. */
  #count(
    key:
      'read' | 'unused' | 'errorTitle' | 'participants' | 'countGood' | 'countNeedsWork' | 'countUnknown' | 'areaDisagreements',
    count: number,
  ): string {
    const form = new Intl.PluralRules(this.language).select(count) === 'one' ? 'One' : 'Other';
    return this.#s(`${key}${form}`, { count: this.#n(count) });
  }

  #announce(text: string): void {
    // Clear first so the same message is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  async #readFiles(files: readonly File[]): Promise<void> {
    if (!files.length) return;
    this.#busy++;
    this.reading = true;
    this.importStatus = this.#s('reading');
    try {
      const entries = await Promise.all(
        files.map(async (file): Promise<Omit<ImportedFile, 'key'>> => {
          if (file.size > MAX_FILE_BYTES) return { name: file.name, text: undefined, problem: 'too-large' };
          try {
            return { name: file.name, text: await file.text() };
          } catch {
            return { name: file.name, text: undefined, problem: 'unreadable' };
          }
        }),
      );
      await this.#add(entries);
    } finally {
      this.#busy--;
      this.reading = this.#busy > 0;
    }
  }

  async #add(entries: readonly Omit<ImportedFile, 'key'>[]): Promise<void> {
    if (!entries.length) return;
    this.#busy++;
    this.reading = true;
    this.importStatus = this.#s('reading');
    try {
      await this.#combine(entries);
    } finally {
      this.#busy--;
      this.reading = this.#busy > 0;
    }
  }

  async #combine(entries: readonly Omit<ImportedFile, 'key'>[]): Promise<void> {
    const taken = new Set(this.files.map((f) => f.name));
    const added: ImportedFile[] = entries.map((entry) => {
      const key = ++this.#nextKey;
      const name = this.#uniqueName(entry.name || this.#s('unnamed', { n: this.#n(key) }), taken);
      taken.add(name);
      return { ...entry, key, name };
    });
    this.files = [...this.files, ...added];
    await this.#reaggregate();
    await this.settled();
    const rejected = new Set((this.teamResult?.rejected ?? []).map((r) => r.source));
    const unused = added.filter((f) => rejected.has(f.name)).length;
    this.importStatus = this.#s('readSummary', {
      read: this.#count('read', added.length),
      unused: this.#count('unused', unused),
    });
    if (unused > 0) this.#focusTarget = { kind: 'errors' };
  }

  /** "antwoorden.json", "antwoorden (2).json", ...: so each file in the list can be told apart. */
  #uniqueName(name: string, taken: ReadonlySet<string>): string {
    if (!taken.has(name)) return name;
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    for (let n = 2; ; n++) {
      const candidate = this.#s('duplicateName', { name: base, n }) + ext;
      if (!taken.has(candidate)) return candidate;
    }
  }

  /** Combine the current files again; a newer call supersedes an older one. */
  #reaggregate(): Promise<void> {
    const run = ++this.#run;
    const model = this.store?.model;
    const files = this.files;
    if (!files.length) {
      this.teamResult = undefined;
      this.#latest = Promise.resolve();
      return this.#latest;
    }
    if (!model) {
      // The model is loading (or invalid): combine once it is ready (storeChanged).
      this.#latest = Promise.resolve();
      return this.#latest;
    }
    this.#latest = aggregate(
      model,
      files.map((f) => ({ source: f.name, data: f.text })),
    ).then((result) => {
      if (run !== this.#run) return;
      this.teamResult = withFileProblems(result, files);
    });
    return this.#latest;
  }

  #onPlan(conditionId: string): boolean {
    return this.store?.plan.agreements.some((a) => a.condition === conditionId) ?? false;
  }

  #canAdd(condition: ConditionTeamResult): boolean {
    return condition.status === 'needs-work' || condition.disagreement;
  }

  /** The "what" of a new agreement: the team's action point, else the condition's advice. */
  /** The plan's "what" for a condition: the team action point's agreement text, else the model's. */
  #actionText(condition: ConditionTeamResult): string {
    const points = this.teamResult?.actionPoints.filter((p) => p.condition === condition.id) ?? [];
    const point = points.find((p) => p.kind === 'improve') ?? points[0];
    if (point) return this.mt(point.agreement);
    const modelCondition = this.store?.model?.conditions.find((c) => c.id === condition.id);
    return modelCondition ? this.mt(modelCondition.agreement ?? modelCondition.action) : this.mt(condition.title);
  }

  /** A short reason, for people, why a file was not used. */
  #reason(errors: readonly ValidationError[]): string {
    const codes = new Set(errors.map((e) => e.code));
    const first = errors[0];
    if (codes.has('unsupported-version')) return this.#s('reasonVersion');
    if (codes.has('model-mismatch')) return this.#s('reasonModel');
    if (codes.has('invalid-json')) return this.#s('reasonDamaged');
    if (codes.has('too-large')) return this.#s('reasonTooLarge');
    if (first?.path === '/format' || (first?.path === '' && first.code === 'type')) return this.#s('reasonNotSession');
    if (first?.path === '' && first.code === 'required') return this.#s('reasonUnreadable');
    return this.#s('reasonInvalid');
  }

  #onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.dragging = false;
  };

  #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    this.#chosen = files.map((f) => f.name);
    void this.#readFiles(files);
  };

  /** Names of the files chosen or dropped last, for the status beside the button. */
  #chosen: string[] = [];

  async #onFileChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = input.files ? [...input.files] : [];
    input.value = ''; // so choosing the same file again adds it again
    this.#chosen = files.map((f) => f.name);
    await this.#readFiles(files);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusTarget;
    if (!target) return;
    const element = this.#focusElement(target);
    if (element) {
      this.#focusTarget = undefined;
      element.focus();
    }
  }

  #focusElement(target: FocusTarget): HTMLElement | null {
    const root = this.renderRoot;
    switch (target.kind) {
      case 'errors':
        return root.querySelector<HTMLElement>('[data-file-errors]');
      case 'input':
        return root.querySelector<HTMLElement>('[part~="choose-button"]');
      case 'remove':
        return root.querySelector<HTMLElement>(`[data-file="${target.key}"] [data-remove]`);
      case 'on-plan':
        return root.querySelector<HTMLElement>(`[data-on-plan="${CSS.escape(target.id)}"]`);
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): unknown {
    const modelState = this.renderModelState();
    if (modelState !== nothing) return html`<div part="base">${modelState}</div>`;
    const model = this.store?.model;
    const team = this.teamResult;
    return html`<div part="base">
      ${this.renderStorageNotices()}
      <div part="live" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#renderImport(team)}
      ${
        !this.files.length
          ? this.#renderEmpty()
          : model && team && team.participants > 0
            ? this.#renderResult(model, team)
            : team && !this.reading
              ? html`<p part="none-used" class="notice">${this.#s('noneUsed')}</p>`
              : nothing
      }
    </div>`;
  }

  #renderImport(team: TeamResult | undefined): TemplateResult {
    const headingId = `${this.#id}-import`;
    const inputId = `${this.#id}-files`;
    const hintId = `${this.#id}-files-hint`;
    const rejected = new Map((team?.rejected ?? []).map((r) => [r.source, r]));
    return html`<section part="import" class="section import-section" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('importTitle')}</h2>
      <p>${this.#s('importIntro')}</p>
      <div
        part="drop-zone"
        class="drop-zone ${this.dragging ? 'drop-zone--active' : ''}"
        @dragenter=${this.#onDragOver}
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <p part="hint" class="hint" id=${hintId}>${this.#s('fileHint')}</p>
        <input
          part="file-input"
          class="file-input"
          id=${inputId}
          type="file"
          multiple
          accept=".json,application/json"
          hidden
          @change=${(e: Event) => void this.#onFileChange(e)}
        />
        ${fileChooser({
          inputId,
          label: this.#s('fileLabel'),
          hintId,
          status: this.#chosen.length ? this.tc('fileChosen', { names: this.#chosen.join(', ') }) : this.tc('fileNone'),
        })}
      </div>
      <p part="import-status" class="import-status" role="status" aria-live="polite">${this.importStatus}</p>
      ${this.#renderFileErrors(team)}
      ${
        this.files.length
          ? html`<h3 part="subheading">${this.#s('filesTitle')}</h3>
              <ul part="file-list" class="files">
                ${this.files.map((file) => this.#renderFile(file, rejected.get(file.name), team !== undefined))}
              </ul>
              <div class="buttons">
                <button part="button clear-button" class="button" type="button" @click=${() => void this.clearFiles()}>
                  ${icon('remove')} ${this.#s('clearAll')}
                </button>
              </div>`
          : nothing
      }
    </section>`;
  }

  #renderFile(file: ImportedFile, rejected: RejectedSession | undefined, combined: boolean): TemplateResult {
    const migrated = this.teamResult?.migrated.find((m) => m.source === file.name);
    return html`<li part="file" class="file" data-file=${file.key}>
      <span class="file__info">
        <span part="file-name" class="file__name">${file.name}</span>
        ${
          combined
            ? rejected
              ? html`<span part="file-status" class="status status--needs-work">
                  ${statusIcon('needs-work')} ${this.#s('fileUnused', { reason: this.#reason(rejected.errors) })}
                </span>`
              : html`<span part="file-status" class="status status--good">${statusIcon('good')} ${this.#s('fileUsed')}</span>`
            : nothing
        }
        ${
          combined && migrated
            ? html`<span part="file-migrated" class="file__migrated">
                ${this.#s('fileMigrated', { from: migrated.from, count: this.#n(migrated.report.reanswer.length) })}
              </span>`
            : nothing
        }
      </span>
      <button
        part="button remove-button"
        class="button button--subtle"
        type="button"
        data-remove
        @click=${() => void this.removeFile(file.name)}
      >
        ${icon('remove')} ${this.#s('remove')}<span class="visually-hidden">: ${file.name}</span>
      </button>
    </li>`;
  }

  #renderFileErrors(team: TeamResult | undefined): TemplateResult | typeof nothing {
    const rejected = team?.rejected ?? [];
    if (!rejected.length) return nothing;
    const headingId = `${this.#id}-file-errors`;
    return html`<div
      part="error-summary"
      class="notice notice--error error-summary"
      role="alert"
      tabindex="-1"
      data-file-errors
      aria-labelledby=${headingId}
    >
      <h3 part="subheading" id=${headingId}>${this.#count('errorTitle', rejected.length)}</h3>
      <ul>
        ${rejected.map((r) => html`<li data-source=${r.source}>${this.#s('errorFile', { file: r.source, reason: this.#reason(r.errors) })}</li>`)}
      </ul>
      <p>${this.#s('errorIntro')}</p>
      <details>
        <summary>${this.#s('technicalDetails')}</summary>
        <ul>
          ${rejected.flatMap((r) =>
            r.errors.slice(0, 5).map((e) => html`<li>${r.source}: <code>${e.path || '/'}</code> ${e.message}</li>`),
          )}
        </ul>
      </details>
    </div>`;
  }

  #renderEmpty(): TemplateResult {
    return html`<div part="empty" class="notice">
      <h2 part="heading">${this.#s('emptyTitle')}</h2>
      <p>${this.#s('emptyHow')}</p>
      <p>${this.#s('emptyAnonymous')}</p>
    </div>`;
  }

  #renderResult(model: ActieModel, team: TeamResult): TemplateResult {
    const areaResults = new Map(team.areas.map((a) => [a.id, a]));
    return html`${this.#renderOverview(team)} ${this.#renderDiscussion(model, team)}
      ${model.areas.map((area) => {
        const areaResult = areaResults.get(area.id);
        return areaResult ? this.#renderArea(model, area, areaResult, team) : nothing;
      })}
      ${this.#renderExport()}
      <p part="attribution" class="attribution">${this.mt(model.attribution)}</p>`;
  }

  #participantsText(team: TeamResult): string {
    const levels: string[] = [];
    for (const level of LEVELS) {
      const group = team.byLevel[level];
      if (group) levels.push(this.#s('levelCount', { count: this.#n(group.participants), level: this.#levelLabel(level) }));
    }
    if (team.unknownLevel > 0)
      levels.push(this.#s('levelCount', { count: this.#n(team.unknownLevel), level: this.#s('levelUnknown') }));
    const participants = this.#count('participants', team.participants);
    return levels.length ? this.#s('participantsSplit', { participants, levels: levels.join(', ') }) : participants;
  }

  #levelLabel(level: Level): string {
    return this.#s(level === 'frontline' ? 'levelFrontline' : 'levelOrganisation');
  }

  #renderOverview(team: TeamResult): TemplateResult {
    const headingId = `${this.#id}-result`;
    const counts = team.overall.counts;
    return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('resultTitle')}</h2>
      <p part="participants" class="participants">${this.#participantsText(team)}</p>
      <p>${this.#s('overallIntro', { total: this.#n(counts.total) })}</p>
      <ul part="counts" class="counts">
        <li class="status status--good">${statusIcon('good')} ${this.#count('countGood', counts.good)}</li>
        <li class="status status--needs-work">${statusIcon('needs-work')} ${this.#count('countNeedsWork', counts.needsWork)}</li>
        <li class="status status--unknown">${statusIcon('unknown')} ${this.#count('countUnknown', counts.unknown)}</li>
      </ul>
      <p class="hint">${this.#s('teamRule')}</p>
      <div part="legend" class="legend">
        <h3 part="subheading">${this.#s('legendTitle')}</h3>
        <p>${this.#s('legendText')}</p>
        <ul class="legend__list">
          ${BAR_ANSWERS.map(
            (answer) => html`<li class="legend__item">${answerSwatch(this.#id, answer)} ${this.#s(LEGEND_LABELS[answer])}</li>`,
          )}
        </ul>
      </div>
    </section>`;
  }

  #renderDiscussion(model: ActieModel, team: TeamResult): TemplateResult {
    const headingId = `${this.#id}-discussion`;
    return html`<section part="discussion" class="section discussion" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('discussionTitle')}</h2>
      ${
        team.disagreements.length
          ? html`<p>${this.#s('discussionIntro')}</p>
              <ol part="discussion-list" class="conditions">
                ${team.disagreements.map((c) => this.#renderDiscussionPoint(model, c, team))}
              </ol>`
          : html`<p>${this.#s('discussionNone')}</p>`
      }
    </section>`;
  }

  #renderDiscussionPoint(model: ActieModel, condition: ConditionTeamResult, team: TeamResult): TemplateResult {
    const area = model.areas.find((a) => a.id === condition.area);
    const context = `discussion-${condition.id}`;
    return html`<li part="discussion-point" class="condition condition--${condition.status}" data-condition=${condition.id}>
      <h3 part="condition-title" class="condition__title heading">
        ${area ? html`<span part="area-letter" class="letter">${area.letter}</span>` : nothing}
        <span>${this.mt(condition.title)}</span>
      </h3>
      ${this.#renderConditionMeta(condition, false)} ${this.#renderLevels(condition, team)}
      ${this.#renderQuestions(model, condition, team, context)} ${this.#renderAdd(condition, context)}
    </li>`;
  }

  /** Team status, participants' statuses and (optionally) the discussion tag of a condition. */
  #renderConditionMeta(condition: ConditionTeamResult, tag: boolean): TemplateResult {
    return html`<p class="meta">
        <span part="team-status" class="status status--${condition.status}">
          ${statusIcon(condition.status)} ${this.#s('teamStatus', { status: this.statusLabel(condition.status) })}
        </span>
        ${tag && condition.disagreement ? html`<span part="tag" class="tag">${this.#s('discussionTag')}</span>` : nothing}
      </p>
      <p part="participant-statuses" class="condition__counts">
        ${this.#s('participantStatuses', {
          good: this.#n(condition.counts.good),
          needsWork: this.#n(condition.counts.needsWork),
          unknown: this.#n(condition.counts.unknown),
        })}
      </p>`;
  }

  #renderLevels(condition: ConditionTeamResult, team: TeamResult): TemplateResult | typeof nothing {
    const levels = LEVELS.flatMap((level) => {
      const c = team.byLevel[level]?.conditions.find((x) => x.id === condition.id);
      return c ? [this.#s('levelStatus', { level: this.#levelLabel(level), status: this.#statusText(c.status) })] : [];
    });
    if (levels.length < 2) return nothing;
    return html`<p part="levels" class="condition__counts">${this.#s('byLevel', { levels: levels.join(', ') })}</p>`;
  }

  #statusText(status: Status): string {
    return this.statusLabel(status).toLocaleLowerCase(this.language);
  }

  #renderQuestions(model: ActieModel, condition: ConditionTeamResult, team: TeamResult, context: string): TemplateResult {
    const byId = new Map(team.questions.map((q) => [q.question, q]));
    const modelQuestions = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q] as const)));
    return html`<ul part="question-list" class="questions">
      ${condition.questions.map((id) => {
        const result = byId.get(id);
        const question = modelQuestions.get(id);
        return result && question ? this.#renderQuestion(question, result, context) : nothing;
      })}
    </ul>`;
  }

  /** The answer counts in words: "Ja 2, deels 1, nee 0, weet ik niet 0, niet beantwoord 0". */
  #distributionText(result: QuestionTeamResult): string {
    const text = BAR_ANSWERS.map(
      (answer) =>
        `${this.answerLabel(answer === 'unanswered' ? undefined : answer).toLocaleLowerCase(this.language)} ${this.#n(result.counts[answer])}`,
    ).join(', ');
    return text.charAt(0).toLocaleUpperCase(this.language) + text.slice(1);
  }

  #renderQuestion(question: Question, result: QuestionTeamResult, context: string): TemplateResult {
    const label = this.#distributionText(result);
    return html`<li part="question" class="question" data-question=${question.id}>
      <p part="question-text" class="question__text">
        ${this.#s('question', { id: question.id, text: this.mt(question.text) })}
        ${result.disagreement ? html`<span part="tag" class="tag">${this.#s('questionDiffers')}</span>` : nothing}
      </p>
      ${question.favourable === 'no' ? html`<p class="question__note">${this.#s('favourableNo')}</p>` : nothing}
      <div part="distribution" class="distribution">
        ${distributionBar({
          id: `${this.#id}-${context}-${question.id}`,
          counts: result.counts,
          favourable: question.favourable,
          label,
        })}
        <span part="distribution-counts" class="distribution__counts">${label}</span>
      </div>
    </li>`;
  }

  #renderAdd(condition: ConditionTeamResult, context: string): TemplateResult | typeof nothing {
    if (!this.#canAdd(condition)) return nothing;
    const title = this.mt(condition.title);
    if (this.#onPlan(condition.id)) {
      return html`<p part="on-plan" class="on-plan" tabindex="-1" data-on-plan=${context}>
        ${icon('good')} ${this.#s('onPlan')}
      </p>`;
    }
    return html`<button
      part="button add-button"
      class="button"
      type="button"
      @click=${() => {
        // Keep keyboard users in place: focus moves to the text that replaces the button.
        this.#focusTarget = { kind: 'on-plan', id: context };
        this.addToPlan(condition.id);
      }}
    >
      ${icon('plus')} ${this.#s('addToPlan')}<span class="visually-hidden">: ${title}</span>
    </button>`;
  }

  #renderArea(model: ActieModel, area: Area, areaResult: AreaTeamResult, team: TeamResult): TemplateResult {
    const headingId = `${this.#id}-area-${area.id}`;
    const conditions = team.conditions.filter((c) => c.area === area.id);
    const counts = areaResult.counts;
    return html`<section part="area" class="section area" data-area=${area.id} aria-labelledby=${headingId}>
      <h2 part="heading area-heading" class="heading" id=${headingId}>
        <span part="area-letter" class="letter" aria-hidden="true">${area.letter}</span>
        <span>${this.mt(area.title)}</span>
        <span part="area-status" class="status status--${areaResult.status}">
          ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span>
          ${this.#s('teamStatus', { status: this.statusLabel(areaResult.status) })}
        </span>
      </h2>
      <p part="area-counts" class="area__counts">
        ${this.#s('overallIntro', { total: this.#n(counts.total) })}
        ${[
          this.#count('countGood', counts.good),
          this.#count('countNeedsWork', counts.needsWork),
          this.#count('countUnknown', counts.unknown),
        ].join(', ')}.
        ${areaResult.disagreements ? this.#count('areaDisagreements', areaResult.disagreements) + '.' : ''}
      </p>
      <ul part="condition-list" class="conditions">
        ${conditions.map((c) => this.#renderCondition(model, c, team))}
      </ul>
    </section>`;
  }

  #renderCondition(model: ActieModel, condition: ConditionTeamResult, team: TeamResult): TemplateResult {
    const context = `area-${condition.id}`;
    const title = this.mt(condition.title);
    return html`<li part="condition" class="condition condition--${condition.status}" data-condition=${condition.id}>
      <h3 part="condition-title" class="condition__title">${title}</h3>
      ${this.#renderConditionMeta(condition, true)}
      <details part="details" class="details">
        <summary>${this.#s('answersDetails')}<span class="visually-hidden">: ${title}</span></summary>
        ${this.#renderQuestions(model, condition, team, context)}
      </details>
      ${this.#renderAdd(condition, context)}
    </li>`;
  }

  #renderExport(): TemplateResult {
    const headingId = `${this.#id}-export`;
    return html`<section part="export" class="section export-section" aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${this.#s('exportTitle')}</h2>
      <p>${this.#s('exportText')}</p>
      <p class="hint">${this.#s('exportNames')}</p>
      <div class="buttons">
        <button
          part="button download-button"
          class="button button--primary"
          type="button"
          @click=${() => this.downloadTeamResult()}
        >
          ${icon('download')} ${this.#s('download')}
        </button>
      </div>
    </section>`;
  }
}

/** Put the element's own reasons on files it could not read (they reached `aggregate` without data). */
function withFileProblems(result: TeamResult, files: readonly ImportedFile[]): TeamResult {
  const problems = new Map(files.filter((f) => f.problem).map((f) => [f.name, f.problem]));
  if (!problems.size) return result;
  return {
    ...result,
    rejected: result.rejected.map((r) => {
      const problem = problems.get(r.source);
      if (!problem) return r;
      const error: ValidationError =
        problem === 'too-large'
          ? {
              path: '',
              code: 'too-large',
              message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and was not read.`,
            }
          : { path: '', code: 'required', message: 'The file could not be read.' };
      return { source: r.source, errors: [error] };
    }),
  };
}
