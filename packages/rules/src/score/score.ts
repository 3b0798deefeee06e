import {
  SUPPORT_ROLES,
  type ActieModel,
  type AdviceContext,
  type AnswerValue,
  type AssessmentInput,
  type Condition,
  type IntakeAnswers,
  type Level,
  type LocalizedText,
  type RoleDescription,
  type SupportRole,
  type ValidAssessmentInput,
} from '../model/types.js';
import type { ValidationError } from '../result.js';
import { checkAnswers } from '../validate/answers.js';
import { isValidatedModel } from '../model/trusted.js';
import { ruleQuestions } from '../validate/rule.js';
import { engineFor, type RuleOutcome, type Truth } from './engine.js';
import type {
  ActionPoint,
  AreaResult,
  AssessmentResult,
  ConditionResult,
  DecisiveAnswer,
  RoleAdvice,
  Status,
  Verdict,
  VerdictCounts,
} from './types.js';

/**
 * Score one participant's answers: which conditions already go well, which need work and which
 * cannot be judged yet, per area and overall, with the action points that apply and a suggested
 * support role.
 *
 * Every comparison in the model's rules is evaluated by json-rules-engine, and each condition's
 * rule is read over those results in three-valued logic. A condition whose outcome depends on
 * an unanswered or "don't know" question is `unknown`, never `needs-work`; a "don't know" adds a
 * "find this out" action point. json-rules-engine is loaded on the first call (a chunk of its
 * own in a page's bundle).
 *
 * Never rejects on its input: invalid answer entries are left out and reported in `errors`; an
 * invalid model gives an empty result with the model's errors. It rejects only when
 * json-rules-engine itself (or, for a model not known to be valid, the validation code) cannot be
 * loaded (a page that lost its network); the next call tries again.
 *
 * @param model - A model from {@link validateModel} or a built-in model such as `initiativeModel`.
 *   Other objects are validated first.
 * @param input - `{ intake?, answers, notes? }`.
 */
export async function score(model: ActieModel, input: AssessmentInput | string): Promise<AssessmentResult> {
  let checkedModel: ActieModel = model;
  if (!isValidatedModel(model)) {
    // Only a model not known to be valid needs the validation code: loaded then (in a bundle, a
    // chunk that scoring with a built-in model never fetches).
    const { validateModel } = await import('../validate/model.js');
    const validated = validateModel(model);
    if (!validated.ok) return emptyResult(model, validated.errors);
    checkedModel = validated.value;
  }
  const checked = checkAnswers(checkedModel, input);
  return scoreChecked(checkedModel, checked.value, checked.errors);
}

/** Score input that is already known to be valid for the model. @internal */
export async function scoreChecked(
  model: ActieModel,
  input: ValidAssessmentInput,
  errors: readonly ValidationError[] = [],
): Promise<AssessmentResult> {
  const answers = input.answers;
  const intake: IntakeAnswers = input.intake ?? {};
  const outcome = await engineFor(model).run(answers, intake);
  const facts = modelFacts(model);
  const role = roleAdvice(model, outcome.roleRules, intake);
  const stance = role && model.roles.find((r) => r.id === role.suggested);
  const situation: Situation = { intake, stance: role?.suggested, offering: stance?.offerOnly === true ? stance : undefined };

  // One pass over the conditions builds everything that lists them; the lists keep model order.
  const count = model.conditions.length;
  const conditions = new Array<ConditionResult>(count);
  const good: ConditionResult[] = [];
  const needsWork: ConditionResult[] = [];
  const offers: ConditionResult[] = [];
  const unknown: ConditionResult[] = [];
  const improve: ActionPoint[] = [];
  const findOut: ActionPoint[] = [];
  // Each area's counts, filled in the pass below (`total` after it).
  const areaCounts = model.areas.map(noCounts);
  for (let i = 0; i < count; i++) {
    const condition = model.conditions[i] as Condition;
    const result = conditionResult(model, facts, i, condition, outcome.conditions[i], answers, situation);
    conditions[i] = result;
    const tally = areaCounts[facts.conditionArea[i] ?? -1];
    if (result.status === 'good') {
      good.push(result);
      if (tally) tally.good++;
    } else if (result.offer) {
      offers.push(result);
      if (tally) tally.offers++;
    } else if (result.status === 'needs-work') {
      needsWork.push(result);
      if (tally) {
        tally.needsWork++;
        if (result.key) tally.keyNeedsWork++;
      }
    } else {
      unknown.push(result);
      if (tally) tally.unknown++;
    }
    const point = result.actionPoint;
    if (point) (point.kind === 'improve' ? improve : findOut).push(point);
  }
  const areas: AreaResult[] = model.areas.map((area, k) => {
    const counts = areaCounts[k] as Writable<VerdictCounts>;
    counts.total = counts.good + counts.needsWork + counts.unknown + counts.offers;
    return { id: area.id, status: statusOf(counts), counts };
  });
  const overallCounts: VerdictCounts = {
    good: good.length,
    needsWork: needsWork.length,
    unknown: unknown.length,
    offers: offers.length,
    keyNeedsWork: needsWork.filter((c) => c.key).length,
    total: count,
  };
  let answered = 0;
  for (const id in answers) if (Object.prototype.hasOwnProperty.call(answers, id) && facts.order.has(id)) answered++;
  const attention: ActionPoint[] = [];
  model.attention.forEach((point, i) => {
    if (outcome.attention[i] !== true) return;
    attention.push({
      id: `attention/${point.id}`,
      condition: point.id,
      area: point.area,
      kind: 'attention',
      title: point.title,
      level: point.level,
      key: point.key === true,
      requested: false,
      offer: false,
      text: point.text,
      agreement: point.agreement,
      questions: [],
    });
  });

  return {
    model: { id: model.id, version: model.version },
    conditions,
    areas,
    overall: { status: statusOf(overallCounts), counts: overallCounts },
    good,
    needsWork,
    offers,
    unknown,
    actionPoints: [...attention, ...improve, ...findOut],
    role,
    progress: { answered, total: facts.order.size },
    errors,
  };
}

/** An object of type T still being filled in. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

function noCounts(): Writable<VerdictCounts> {
  return { good: 0, needsWork: 0, unknown: 0, offers: 0, keyNeedsWork: 0, total: 0 };
}

/** What scoring needs to know of a model, computed once per model. */
interface ModelFacts {
  /** Question id → position in the model. */
  readonly order: ReadonlyMap<string, number>;
  readonly questionText: ReadonlyMap<string, LocalizedText>;
  /** Per condition, in model order: the questions its rule reads, in model order. */
  readonly conditionQuestions: readonly (readonly string[])[];
  /** Per condition, in model order: the index of its area in `model.areas`. */
  readonly conditionArea: readonly number[];
  /** Sorts question ids into model order. */
  readonly byOrder: (a: string, b: string) => number;
  /** "Find this out" texts already made, by the questions they name (joined with a line break). */
  readonly findOutTexts: Map<string, LocalizedText>;
}

/** What the advice of a condition depends on besides its answers. */
interface Situation {
  readonly intake: IntakeAnswers;
  /** The suggested stance (undefined for a model without role advice). */
  readonly stance: SupportRole | undefined;
  /** The suggested stance when it makes points offers (its role has `offerOnly`). */
  readonly offering: RoleDescription | undefined;
}

const factsCache = new WeakMap<ActieModel, ModelFacts>();

function modelFacts(model: ActieModel): ModelFacts {
  let facts = factsCache.get(model);
  if (!facts) {
    const order = new Map<string, number>();
    const questionText = new Map<string, LocalizedText>();
    for (const area of model.areas) {
      for (const q of area.questions) {
        order.set(q.id, order.size);
        questionText.set(q.id, q.text);
      }
    }
    const byOrder = (a: string, b: string): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
    const areaIndex = new Map(model.areas.map((area, k) => [area.id, k]));
    facts = {
      order,
      questionText,
      conditionQuestions: model.conditions.map((c) => [...ruleQuestions(c.when)].sort(byOrder)),
      conditionArea: model.conditions.map((c) => areaIndex.get(c.area) ?? -1),
      byOrder,
      findOutTexts: new Map(),
    };
    factsCache.set(model, facts);
  }
  return facts;
}

function conditionResult(
  model: ActieModel,
  facts: ModelFacts,
  index: number,
  condition: Condition,
  outcome: RuleOutcome | undefined,
  answers: Readonly<Record<string, AnswerValue>>,
  situation: Situation,
): ConditionResult {
  const questions = facts.conditionQuestions[index] ?? [];
  const level: Level = condition.level ?? 'frontline';
  const key = condition.key === true;
  const concern = condition.concern ?? condition.title;
  const status = outcomeStatus(outcome);
  const decisiveIds = outcome?.decisive ?? questions;
  const sorted = decisiveIds.length > 1 ? [...decisiveIds].sort(facts.byOrder) : decisiveIds;
  const decisive: DecisiveAnswer[] = new Array<DecisiveAnswer>(sorted.length);
  let dontKnow: string[] | undefined;
  for (let k = 0; k < sorted.length; k++) {
    const question = sorted[k] as string;
    const answer = Object.prototype.hasOwnProperty.call(answers, question) ? answers[question] : undefined;
    decisive[k] = { question, answer };
    if (answer === 'dont-know') (dontKnow ??= []).push(question);
  }

  let offer = false;
  let actionPoint: ActionPoint | undefined;
  if (status === 'needs-work') {
    const advice = adviceFor(condition, situation.intake, situation.stance);
    offer =
      (situation.offering !== undefined && !(situation.offering.offerExcept ?? []).includes(condition.id)) ||
      (condition.offerWhen ?? []).some((when) => variantFits(when, situation.intake, situation.stance));
    actionPoint = {
      id: condition.id,
      condition: condition.id,
      area: condition.area,
      kind: 'improve',
      title: concern,
      level,
      key,
      requested:
        condition.requestedWhen !== undefined && variantFits(condition.requestedWhen, situation.intake, situation.stance),
      offer,
      text: advice.text,
      agreement: advice.agreement,
      questions: sorted.slice(),
    };
  } else if (status === 'unknown' && dontKnow) {
    const textKey = dontKnow.join('\n');
    let text = facts.findOutTexts.get(textKey);
    if (!text) {
      text = Object.freeze(
        findOutText(
          model,
          dontKnow.map((id) => facts.questionText.get(id) ?? {}),
        ),
      );
      facts.findOutTexts.set(textKey, text);
    }
    actionPoint = {
      id: `${condition.id}/find-out`,
      condition: condition.id,
      area: condition.area,
      kind: 'find-out',
      title: condition.title,
      level,
      key,
      requested: false,
      offer: false,
      text,
      agreement: text,
      questions: dontKnow,
    };
  }
  // One literal in the result's final shape (no spreads: they cost more than the rest of this function).
  const result: Writable<ConditionResult> = {
    id: condition.id,
    area: condition.area,
    status,
    title: condition.title,
    strength: condition.strength ?? condition.title,
    concern,
    level,
    key,
    offer,
    questions,
    decisive,
  };
  if (actionPoint) result.actionPoint = actionPoint;
  return result;
}

/**
 * A condition's status from its rule's outcome: `good` when the rule holds, `needs-work` when it
 * fails on known answers, `unknown` when it depends on an open or "don't know" answer. @internal
 */
export function outcomeStatus(outcome: RuleOutcome | undefined): Status {
  const truth = outcome?.truth;
  return truth === true ? 'good' : truth === false ? 'needs-work' : 'unknown';
}

/** Whether an advice variant's context fits the intake and the suggested stance. @internal */
export function variantFits(when: AdviceContext, intake: IntakeAnswers, stance: SupportRole | undefined): boolean {
  for (const key of Object.keys(when)) {
    const values = when[key] ?? [];
    const given = key === 'stance' ? stance : Object.prototype.hasOwnProperty.call(intake, key) ? intake[key] : undefined;
    if (given === undefined) return false;
    if (typeof given === 'string' ? !values.includes(given) : !given.some((v) => values.includes(v))) return false;
  }
  return true;
}

/**
 * The condition's advice and agreement for the situation: of the first variant that fits the
 * intake and the suggested stance, else the condition's own. A variant without an agreement of its
 * own takes the condition's. @internal
 */
export function adviceFor(
  condition: Condition,
  intake: IntakeAnswers,
  stance?: SupportRole,
): { readonly text: LocalizedText; readonly agreement: LocalizedText } {
  const fallback = condition.agreement ?? condition.action;
  for (const variant of condition.variants ?? []) {
    if (variantFits(variant.when, intake, stance))
      return { text: variant.text, agreement: variant.agreement ?? (condition.agreement ? fallback : variant.text) };
  }
  return { text: condition.action, agreement: fallback };
}

/** The "find this out" text for questions answered "don't know", in every model language. @internal */
export function findOutText(model: ActieModel, questions: readonly LocalizedText[]): LocalizedText {
  return Object.fromEntries(
    model.languages.map((lang) => [lang, `${model.texts.findOut[lang] ?? ''}: ${questions.map((q) => q[lang] ?? '').join(' ')}`]),
  );
}

function roleAdvice(model: ActieModel, truths: readonly Truth[], intake: IntakeAnswers): RoleAdvice | undefined {
  if (!model.roles.length || !model.defaultRole) return undefined;
  const currentValue = intake['role'];
  const current = SUPPORT_ROLES.find((r) => r === currentValue);
  // Role rules are sorted by priority, highest first; the first that surely holds decides.
  const rule = model.roleRules.find((_, i) => truths[i] === true);
  const suggested = rule?.role ?? model.defaultRole;
  return {
    suggested,
    current,
    differs: current !== undefined && current !== suggested,
    reason: rule?.reason ?? model.texts.defaultRoleReason ?? {},
    rule: rule?.id,
  };
}

/** Count statuses, with offers and decisive points apart (see {@link VerdictCounts}). */
export function countStatuses(
  items: readonly { readonly status: Status; readonly key?: boolean; readonly offer?: boolean }[],
): VerdictCounts {
  let good = 0;
  let needsWork = 0;
  let unknown = 0;
  let offers = 0;
  let keyNeedsWork = 0;
  for (const item of items) {
    if (item.status === 'good') good++;
    else if (item.status === 'needs-work') {
      if (item.offer) offers++;
      else {
        needsWork++;
        if (item.key) keyNeedsWork++;
      }
    } else unknown++;
  }
  return { good, needsWork, unknown, offers, keyNeedsWork, total: items.length };
}

/**
 * The verdict on a group of conditions (an area, or the whole assessment), from their counts:
 *
 * - offers (points to offer only if they ask) do not count;
 * - `unknown` when more than half of the rest cannot be judged yet (or there are none);
 * - `good` when (almost) nothing needs work: none, or at most one in eight of the points that
 *   could be judged, and no decisive point (`key`);
 * - `needs-work` when at least as many need work as go well;
 * - `mixed` otherwise: some go well, and more than one in eight, or a decisive one, need work.
 *
 * So a check with 18 of 38 judged points to work on is `mixed`, never `good`; the counts are
 * always shown beside the verdict.
 */
export function statusOf(counts: VerdictCounts): Verdict {
  const counted = counts.total - counts.offers;
  if (counted <= 0 || counts.unknown * 2 > counted) return 'unknown';
  const judged = counts.good + counts.needsWork;
  if (counts.needsWork >= counts.good && counts.needsWork > 0) return 'needs-work';
  if (counts.needsWork * 8 <= judged && counts.keyNeedsWork === 0) return 'good';
  return 'mixed';
}

/**
 * The id and version of something that should be a model, as far as they can be read (empty
 * strings otherwise). For results about a model that failed validation. @internal
 */
export function modelIdentity(model: unknown): { id: string; version: string } {
  let id = '';
  let version = '';
  try {
    const record = typeof model === 'object' && model !== null ? (model as Record<string, unknown>) : {};
    if (typeof record['id'] === 'string') id = record['id'];
    if (typeof record['version'] === 'string') version = record['version'];
  } catch {
    // A hostile object; the errors already say the model is unusable.
  }
  return { id, version };
}

function emptyResult(model: unknown, errors: readonly ValidationError[]): AssessmentResult {
  const { id, version } = modelIdentity(model);
  const counts = noCounts();
  return {
    model: { id, version },
    conditions: [],
    areas: [],
    overall: { status: 'unknown', counts },
    good: [],
    needsWork: [],
    offers: [],
    unknown: [],
    actionPoints: [],
    role: undefined,
    progress: { answered: 0, total: 0 },
    errors,
  };
}
