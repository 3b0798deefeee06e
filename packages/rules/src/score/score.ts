import type {
  ActieModel,
  AnswerValue,
  AssessmentInput,
  ValidAssessmentInput,
  Condition,
  IntakeAnswers,
  LocalizedText,
  SupportRole,
} from '../model/types.js';
import type { ValidationError } from '../result.js';
import { checkAnswers } from '../validate/answers.js';
import { isValidatedModel } from '../model/trusted.js';
import { ruleQuestions } from '../validate/rule.js';
import { engineFor, type RuleOutcome } from './engine.js';
import type {
  ActionPoint,
  AreaResult,
  AssessmentResult,
  ConditionResult,
  DecisiveAnswer,
  RoleAdvice,
  Status,
  StatusCounts,
} from './types.js';

const ROLES: readonly SupportRole[] = ['stimulerend', 'faciliterend', 'coproducerend'];

/**
 * Score one participant's answers: which conditions already go well, which need work and which
 * cannot be judged yet, per area and overall, with the action points that apply and a suggested
 * support role.
 *
 * Every condition's rule is evaluated by json-rules-engine. A condition whose outcome depends on
 * an unanswered or "don't know" question is `unknown`, never `needs-work`; a "don't know" adds a
 * "find this out" action point. json-rules-engine is loaded on the first call (a chunk of its
 * own in a page's bundle).
 *
 * Never rejects on its input: invalid answer entries are left out and reported in `errors`; an
 * invalid model gives an empty result with the model's errors. It rejects only when
 * json-rules-engine itself (or, for a model not known to be valid, the validation code) cannot be
 * loaded (a page that lost its network); the next call tries again.
 *
 * @param model - A model from {@link validateModel} or a built-in model such as `actieModel`.
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

  // One pass over the conditions builds everything that lists them; the lists keep model order.
  const count = model.conditions.length;
  const conditions = new Array<ConditionResult>(count);
  const good: ConditionResult[] = [];
  const needsWork: ConditionResult[] = [];
  const unknown: ConditionResult[] = [];
  const improve: ActionPoint[] = [];
  const findOut: ActionPoint[] = [];
  const areaTallies = model.areas.map(() => ({ good: 0, needsWork: 0, unknown: 0 }));
  for (let i = 0; i < count; i++) {
    const condition = model.conditions[i] as Condition;
    const result = conditionResult(model, facts, i, condition, outcome.conditions[i], answers, intake);
    conditions[i] = result;
    const tally = areaTallies[facts.conditionArea[i] ?? -1];
    if (result.status === 'good') {
      good.push(result);
      if (tally) tally.good++;
    } else if (result.status === 'needs-work') {
      needsWork.push(result);
      if (tally) tally.needsWork++;
    } else {
      unknown.push(result);
      if (tally) tally.unknown++;
    }
    const point = result.actionPoint;
    if (point) (point.kind === 'improve' ? improve : findOut).push(point);
  }
  const areas: AreaResult[] = model.areas.map((area, k) => {
    const tally = areaTallies[k] ?? { good: 0, needsWork: 0, unknown: 0 };
    const counts: StatusCounts = {
      good: tally.good,
      needsWork: tally.needsWork,
      unknown: tally.unknown,
      total: tally.good + tally.needsWork + tally.unknown,
    };
    return { id: area.id, status: statusOf(counts), counts };
  });
  const overallCounts: StatusCounts = {
    good: good.length,
    needsWork: needsWork.length,
    unknown: unknown.length,
    total: count,
  };
  let answered = 0;
  for (const id in answers) if (Object.prototype.hasOwnProperty.call(answers, id) && facts.order.has(id)) answered++;

  return {
    model: { id: model.id, version: model.version },
    conditions,
    areas,
    overall: { status: statusOf(overallCounts), counts: overallCounts },
    good,
    needsWork,
    unknown,
    actionPoints: improve.length && findOut.length ? [...improve, ...findOut] : improve.length ? improve : findOut,
    role: roleAdvice(model, outcome.roleRules, intake),
    progress: { answered, total: facts.order.size },
    errors,
  };
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
  intake: IntakeAnswers,
): ConditionResult {
  const questions = facts.conditionQuestions[index] ?? [];
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

  if (status === 'needs-work') {
    const text = adviceFor(condition, intake);
    const actionPoint: ActionPoint = {
      id: condition.id,
      condition: condition.id,
      area: condition.area,
      kind: 'improve',
      text,
      agreement: condition.agreement ?? text,
      questions: sorted.slice(),
    };
    return { id: condition.id, area: condition.area, status, title: condition.title, questions, decisive, actionPoint };
  }
  if (status === 'unknown' && dontKnow) {
    const key = dontKnow.join('\n');
    let text = facts.findOutTexts.get(key);
    if (!text) {
      text = Object.freeze(
        findOutText(
          model,
          dontKnow.map((id) => facts.questionText.get(id) ?? {}),
        ),
      );
      facts.findOutTexts.set(key, text);
    }
    const actionPoint: ActionPoint = {
      id: `${condition.id}/find-out`,
      condition: condition.id,
      area: condition.area,
      kind: 'find-out',
      text,
      agreement: text,
      questions: dontKnow,
    };
    return { id: condition.id, area: condition.area, status, title: condition.title, questions, decisive, actionPoint };
  }
  return { id: condition.id, area: condition.area, status, title: condition.title, questions, decisive };
}

/**
 * A condition's status from its rule's outcome: `good` when the rule holds, `needs-work` when it
 * fails on known answers, `unknown` when it depends on an open or "don't know" answer. @internal
 */
export function outcomeStatus(outcome: RuleOutcome | undefined): Status {
  const truth = outcome?.truth;
  return truth === true ? 'good' : truth === false ? 'needs-work' : 'unknown';
}

/** The condition's advice for the intake's phase and role: the first variant that fits, else the default. @internal */
export function adviceFor(condition: Condition, intake: IntakeAnswers): LocalizedText {
  const phase = intake['phase'];
  const role = intake['role'];
  for (const variant of condition.variants ?? []) {
    const phaseFits = !variant.when.phase || (phase !== undefined && variant.when.phase.includes(phase));
    const roleFits = !variant.when.role || (role !== undefined && variant.when.role.includes(role));
    if (phaseFits && roleFits) return variant.text;
  }
  return condition.action;
}

/** The "find this out" text for questions answered "don't know", in every model language. @internal */
export function findOutText(model: ActieModel, questions: readonly LocalizedText[]): LocalizedText {
  return Object.fromEntries(
    model.languages.map((lang) => [lang, `${model.texts.findOut[lang] ?? ''}: ${questions.map((q) => q[lang] ?? '').join(' ')}`]),
  );
}

function roleAdvice(model: ActieModel, outcomes: readonly (RuleOutcome | undefined)[], intake: IntakeAnswers): RoleAdvice {
  const currentValue = intake['role'];
  const current = ROLES.find((r) => r === currentValue);
  // Role rules are sorted by priority, highest first; the first that surely holds decides.
  const rule = model.roleRules.find((_, i) => outcomes[i]?.truth === true);
  const suggested = rule?.role ?? model.defaultRole;
  return {
    suggested,
    current,
    differs: current !== undefined && current !== suggested,
    reason: rule?.reason ?? model.texts.defaultRoleReason,
    rule: rule?.id,
  };
}

/** Count statuses. */
export function countStatuses(items: readonly { readonly status: Status }[]): StatusCounts {
  let good = 0;
  let needsWork = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.status === 'good') good++;
    else if (item.status === 'needs-work') needsWork++;
    else unknown++;
  }
  return { good, needsWork, unknown, total: items.length };
}

/**
 * The status of a group of conditions (an area, or the whole assessment), read as a balance:
 * `unknown` when more than half of them are unknown (or there are none); otherwise `good` when more
 * of them go well than need work, and `needs-work` when at least as many need work as go well.
 *
 * In one sentence, as the results show it: an area goes well when more of its points go well than
 * need work, and is still unknown when more than half of its points are unknown.
 */
export function statusOf(counts: StatusCounts): Status {
  if (counts.total === 0 || counts.unknown * 2 > counts.total) return 'unknown';
  return counts.good > counts.needsWork ? 'good' : 'needs-work';
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
  const counts: StatusCounts = { good: 0, needsWork: 0, unknown: 0, total: 0 };
  return {
    model: { id, version },
    conditions: [],
    areas: [],
    overall: { status: 'unknown', counts },
    good: [],
    needsWork: [],
    unknown: [],
    actionPoints: [],
    role: { suggested: 'faciliterend', current: undefined, differs: false, reason: {}, rule: undefined },
    progress: { answered: 0, total: 0 },
    errors,
  };
}
