/**
 * What changed between two versions of a model ({@link diffModels}), item by item, and whether
 * sessions and plans saved with the older one need a migration to open with the newer one.
 *
 * Items are compared field by field without a list of the fields a model has: a field added to
 * the model format later is compared like the others.
 *
 * @packageDocumentation
 */

import { fail, ok, type Result, type ValidationError } from '../result.js';
import { byKey, changedFields, diffValue, type ChangedField, type ChangedValue } from './diff-values.js';
import { checkedModel } from './trusted.js';
import type { ActieModel } from './types.js';

export type { ChangedField, ChangedValue };

/** The items of a list that the newer model added, removed or changed (items in both whose fields differ). */
export interface ListChanges<Item, Changed> {
  readonly added: readonly Item[];
  readonly removed: readonly Item[];
  readonly changed: readonly Changed[];
}

/** An item in both models whose fields differ. */
export interface ChangedItem {
  readonly id: string;
  /** The fields that differ, in the newer model's order, then the fields only the older one has. */
  readonly fields: readonly ChangedField[];
}

/** A question and its area (in the model it is in). */
export interface QuestionAt {
  readonly id: string;
  readonly area: string;
}

/** A question in another area than before. */
export interface MovedQuestion {
  readonly id: string;
  /** Its area in the older model. */
  readonly from: string;
  /** Its area in the newer model. */
  readonly to: string;
}

/** A question in both models whose fields differ; `area` is its area in the newer model. */
export interface ChangedQuestion extends ChangedItem {
  readonly area: string;
}

/** An option of a choice intake question. */
export interface IntakeOptionAt {
  /** The intake question id. */
  readonly question: string;
  /** The option's `value`. */
  readonly value: string;
}

/** An option of an intake question in both models whose fields differ (its label, its level). */
export interface ChangedIntakeOption extends IntakeOptionAt {
  readonly fields: readonly ChangedField[];
}

/**
 * Why files saved with the older model need a migration (or may need one):
 *
 * - `other-model`: the two models have different ids, so the newer one does not open the older one's files;
 * - `major-version`: the newer model has a higher major version, so it opens the older one's files only
 *   through a migration from that major version;
 * - `question-removed`, `condition-removed`, `area-removed` (reflections are saved per area),
 *   `intake-question-removed`, `intake-option-removed`;
 * - `favourable-changed`: the answer that means "this goes well" is another one now;
 * - `rule-changed`: a condition's rule (`when`) differs;
 * - `intake-kind-changed`: an intake question changed between choice and text;
 * - `intake-shorter`: a text intake question accepts fewer characters than before;
 * - `question-text-changed` (a "maybe"): answers given to the old text fit the new one only when
 *   its meaning stayed the same.
 */
export type MigrationReasonKind =
  | 'other-model'
  | 'major-version'
  | 'question-removed'
  | 'condition-removed'
  | 'area-removed'
  | 'intake-question-removed'
  | 'intake-option-removed'
  | 'favourable-changed'
  | 'rule-changed'
  | 'intake-kind-changed'
  | 'intake-shorter'
  | 'question-text-changed';

/** One reason why files saved with the older model need a migration. */
export interface MigrationReason {
  readonly kind: MigrationReasonKind;
  /** `yes` when files need a migration because of it, `maybe` when that depends on what the change means. */
  readonly need: 'yes' | 'maybe';
  /** The question, condition, area or intake question it is about; the model id for `other-model` and `major-version`. */
  readonly id: string;
  /** The intake option, for `intake-option-removed`. */
  readonly option?: string;
}

/** Whether files saved with the older model need a migration to open with the newer one, and whether it has one. */
export interface MigrationVerdict {
  /** `yes`, `maybe` (only reasons that depend on meaning, such as a reworded question) or `no`. */
  readonly needed: 'yes' | 'maybe' | 'no';
  /** Every reason: first those that need a migration (model, questions, conditions, areas, intake), then the maybes. */
  readonly reasons: readonly MigrationReason[];
  /**
   * Whether the newer model carries the older one's files over: it has the same id, a higher major
   * version, and a `migrations` entry `from` the older one's major version.
   */
  readonly handled: boolean;
  /** The older model's major version, e.g. `2`. */
  readonly fromMajor: string;
  /** The newer model's major version. */
  readonly toMajor: string;
  /**
   * When `handled`: the questions and conditions of the older model that its migration entry does not
   * list. An unlisted question's saved answers are not carried over (they are listed as removed), and
   * an action plan's link to an unlisted condition is dropped. Empty otherwise.
   */
  readonly unlisted: { readonly questions: readonly string[]; readonly conditions: readonly string[] };
}

/** What differs between two models, by id, and what it means for files saved with the older one. */
export interface ModelDiff {
  /** The older model's id and version. */
  readonly before: { readonly id: string; readonly version: string };
  /** The newer model's id and version. */
  readonly after: { readonly id: string; readonly version: string };
  /** Whether anything at all differs (the version included). */
  readonly changed: boolean;
  readonly questions: ListChanges<QuestionAt, ChangedQuestion> & {
    readonly moved: readonly MovedQuestion[];
  };
  /** The conditions of the complete models (so also the single-question conditions a model gets). */
  readonly conditions: ListChanges<string, ChangedItem>;
  readonly intake: ListChanges<string, ChangedItem> & {
    /** Intake questions whose fields other than `options` differ. */
    readonly changed: readonly ChangedItem[];
    /** Options of intake questions that are in both models. */
    readonly options: ListChanges<IntakeOptionAt, ChangedIntakeOption>;
  };
  /**
   * Everything else that differs, value by value: the model's title and attribution, areas (without
   * their questions), roles, role rules, texts, migrations, correspondence and any other field (the
   * id and version are in `before` and `after`). Lists whose items have an `id` (or a `value`) are
   * matched by it, other lists by position.
   */
  readonly other: readonly ChangedValue[];
  readonly migration: MigrationVerdict;
}

type Fields = Readonly<Record<string, unknown>>;

/**
 * Compare two versions of a model: the questions, conditions and intake questions (and options)
 * added, removed, moved to another area or changed (with the fields that differ), every other
 * value that differs (by JSON Pointer), and whether sessions and plans saved with `before` need a
 * migration to open with `after` and whether `after` declares one.
 *
 * A migration is needed (`yes`) when a question, condition, area, intake question or intake option
 * is removed, a favourable answer or a condition's rule changed, an intake question changed kind
 * or accepts fewer characters, the major version went up, or the ids differ. A changed question
 * text is a `maybe`: the saved answers still fit when only the wording changed, not when the
 * meaning did. Added items and changed advice, help or titles need none.
 *
 * Models that did not come from `validateModel` or `loadBuiltinModel` are checked first; a model
 * with mistakes gives its errors (each message says which of the two it is about), never an
 * exception. Pure: reads the two models and returns new data.
 *
 * @param older - The older model (whose saved files are to open with `newer`).
 * @param newer - The newer model.
 *
 * @example
 * ```ts
 * const diff = diffModels((await loadBuiltinModel('initiative'))!, mine);
 * if (diff.ok && diff.value.migration.needed === 'yes' && !diff.value.migration.handled) console.log(diff.value.migration.reasons);
 * ```
 */
export function diffModels(older: ActieModel, newer: ActieModel): Result<ModelDiff> {
  const before = checkedModel(older);
  const after = checkedModel(newer);
  if (!before.ok || !after.ok) {
    const name = (which: string, errors: readonly ValidationError[]): ValidationError[] =>
      errors.map((e) => ({ ...e, message: `In the ${which} model: ${e.message}` }));
    return fail([...(before.ok ? [] : name('older', before.errors)), ...(after.ok ? [] : name('newer', after.errors))]);
  }
  return ok(diffChecked(before.value, after.value));
}

function diffChecked(before: ActieModel, after: ActieModel): ModelDiff {
  const questions = diffQuestions(before, after);
  const conditions = diffItems(before.conditions, after.conditions, 'id');
  const intake = diffIntake(before, after);
  const other: ChangedValue[] = [];
  diffValue(rest(before), rest(after), [], other);
  const identity = (m: ActieModel): { id: string; version: string } => ({ id: m.id, version: m.version });
  const any = (list: ListChanges<unknown, unknown>): boolean => list.added.length + list.removed.length + list.changed.length > 0;
  const changed =
    before.id !== after.id ||
    before.version !== after.version ||
    any(questions) ||
    questions.moved.length > 0 ||
    any(conditions) ||
    any(intake) ||
    any(intake.options) ||
    other.length > 0;
  const areasGone = before.areas.filter((a) => !after.areas.some((b) => b.id === a.id)).map((a) => a.id);
  return {
    before: identity(before),
    after: identity(after),
    changed,
    questions,
    conditions,
    intake,
    other,
    migration: verdict(before, after, { questions, conditions, intake, areasGone }),
  };
}

function diffQuestions(before: ActieModel, after: ActieModel): ModelDiff['questions'] {
  const old = questionsOf(before);
  const now = questionsOf(after);
  const result = {
    added: [] as QuestionAt[],
    removed: [] as QuestionAt[],
    moved: [] as MovedQuestion[],
    changed: [] as ChangedQuestion[],
  };
  for (const [id, q] of old) if (!now.has(id)) result.removed.push({ id, area: q.area });
  for (const [id, q] of now) {
    const was = old.get(id);
    if (!was) {
      result.added.push({ id, area: q.area });
      continue;
    }
    if (was.area !== q.area) result.moved.push({ id, from: was.area, to: q.area });
    const fields = changedFields(was.fields, q.fields, ['id']);
    if (fields.length) result.changed.push({ id, area: q.area, fields });
  }
  return result;
}

/** Every question of a model by id, with its area, in model order. */
function questionsOf(model: ActieModel): Map<string, { area: string; fields: object }> {
  return new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, { area: a.id, fields: q }] as const)));
}

/** Items of two lists matched by `key`: those only in `before`, only in `after`, and those whose fields differ. */
function diffItems(
  before: readonly object[],
  after: readonly object[],
  key: string,
  skip: readonly string[] = [],
): ListChanges<string, ChangedItem> {
  const old = byKey(before, key);
  const now = byKey(after, key);
  const changed: ChangedItem[] = [];
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was) continue;
    const fields = changedFields(was, item, [key, ...skip]);
    if (fields.length) changed.push({ id, fields });
  }
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed,
  };
}

function diffIntake(before: ActieModel, after: ActieModel): ModelDiff['intake'] {
  const { added, removed, changed } = diffItems(before.intake, after.intake, 'id', ['options']);
  const options = { added: [] as IntakeOptionAt[], removed: [] as IntakeOptionAt[], changed: [] as ChangedIntakeOption[] };
  const old = new Map(before.intake.map((q) => [q.id, q]));
  for (const q of after.intake) {
    const was = old.get(q.id);
    if (!was) continue;
    const items = diffItems(was.options ?? [], q.options ?? [], 'value');
    options.added.push(...items.added.map((value) => ({ question: q.id, value })));
    options.removed.push(...items.removed.map((value) => ({ question: q.id, value })));
    options.changed.push(...items.changed.map((c) => ({ question: q.id, value: c.id, fields: c.fields })));
  }
  return { added, removed, changed, options };
}

/** The model without what is compared item by item (intake, conditions, the areas' questions) and without its id and version. */
function rest(model: ActieModel): Fields {
  const without = (item: object, keys: readonly string[]): Fields =>
    Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key)));
  return {
    ...without(model, ['id', 'version', 'intake', 'conditions']),
    areas: model.areas.map((area) => without(area, ['questions'])),
  };
}

function verdict(
  before: ActieModel,
  after: ActieModel,
  diff: Pick<ModelDiff, 'questions' | 'conditions' | 'intake'> & { areasGone: readonly string[] },
): MigrationVerdict {
  const reasons: MigrationReason[] = [];
  const yes = (kind: MigrationReasonKind, id: string, option?: string): void => {
    reasons.push({ kind, need: 'yes', id, ...(option !== undefined ? { option } : {}) });
  };
  const fromMajor = majorOf(before.version);
  const toMajor = majorOf(after.version);
  const sameModel = before.id === after.id;
  if (!sameModel) yes('other-model', after.id);
  else if (Number(toMajor) > Number(fromMajor)) yes('major-version', after.id);

  for (const q of diff.questions.removed) yes('question-removed', q.id);
  for (const q of diff.questions.changed) if (q.fields.some((f) => f.field === 'favourable')) yes('favourable-changed', q.id);
  for (const id of diff.conditions.removed) yes('condition-removed', id);
  for (const c of diff.conditions.changed) if (c.fields.some((f) => f.field === 'when')) yes('rule-changed', c.id);
  for (const id of diff.areasGone) yes('area-removed', id);
  for (const id of diff.intake.removed) yes('intake-question-removed', id);
  for (const c of diff.intake.changed) {
    if (c.fields.some((f) => f.field === 'kind')) yes('intake-kind-changed', c.id);
    else if (shorter(c.fields)) yes('intake-shorter', c.id);
  }
  for (const o of diff.intake.options.removed) yes('intake-option-removed', o.question, o.value);
  for (const q of diff.questions.changed) {
    if (q.fields.some((f) => f.field === 'text')) reasons.push({ kind: 'question-text-changed', need: 'maybe', id: q.id });
  }

  const entry = after.migrations.find((m) => m.from === fromMajor);
  const handled = sameModel && Number(toMajor) > Number(fromMajor) && entry !== undefined;
  const listedQuestions = new Set(entry?.questions.map((q) => q.from));
  const listedConditions = new Set(entry?.conditions.map((c) => c.from));
  return {
    needed: reasons.some((r) => r.need === 'yes') ? 'yes' : reasons.length ? 'maybe' : 'no',
    reasons,
    handled,
    fromMajor,
    toMajor,
    unlisted: handled
      ? {
          questions: [...questionsOf(before).keys()].filter((id) => !listedQuestions.has(id)),
          conditions: before.conditions.map((c) => c.id).filter((id) => !listedConditions.has(id)),
        }
      : { questions: [], conditions: [] },
  };
}

/** Whether a text intake question's longest answer went down (200 characters when absent). */
function shorter(fields: readonly ChangedField[]): boolean {
  const change = fields.find((f) => f.field === 'maxLength');
  if (!change) return false;
  const length = (v: unknown): number => (typeof v === 'number' ? v : 200);
  return length(change.after) < length(change.before);
}

function majorOf(version: string): string {
  return version.split('.')[0] ?? version;
}
