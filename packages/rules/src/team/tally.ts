/**
 * Counting a group of participants: per question the answers, per condition the statuses and the
 * questions that made it need work, and from those the group's result. @internal
 *
 * @packageDocumentation
 */

import {
  ANSWER_VALUES,
  type ActieModel,
  type AnswerValue,
  type Condition,
  type IntakeAnswers,
  type Level,
  type LocalizedText,
  type Question,
  type ValidAssessmentInput,
} from '../model/types.js';
import { adviceFor, countStatuses, findOutText, statusOf } from '../score/score.js';
import type { ActionPoint, Status, StatusCounts } from '../score/types.js';
import { ruleQuestions } from '../validate/rule.js';
import type { AreaTeamResult, ConditionTeamResult, DisagreementLevel, QuestionTeamResult, TeamGroupResult } from './types.js';

/** Answer slots of a tally: the four answers in {@link ANSWER_VALUES} order, then "unanswered". */
const SLOTS = ANSWER_VALUES.length + 1;

const UNANSWERED = ANSWER_VALUES.length;

const ANSWER_SLOT: ReadonlyMap<string, number> = new Map(ANSWER_VALUES.map((v, i) => [v, i]));

/** Status slots of a tally. */
const GOOD = 0;

const NEEDS_WORK = 1;

const UNKNOWN = 2;

/**
 * The team status of a condition from the participants' individual statuses: `unknown` when no
 * participant has a known status; `good` when more participants have it good than needing work;
 * otherwise `needs-work` (so a tie is `needs-work`: when half the team sees a problem, it is worth
 * attention). Participants with an unknown status do not count either way.
 */
export function teamStatus(counts: Pick<StatusCounts, 'good' | 'needsWork'>): Status {
  if (counts.good + counts.needsWork === 0) return 'unknown';
  return counts.good > counts.needsWork ? 'good' : 'needs-work';
}

/**
 * How strongly two sides differ (see docs/team.md, "Disagreement"): `undefined` when one side is
 * empty (everybody who took a side agrees); `strong` when the team is divided, that is the smaller
 * side has at least {@link STRONG_MINIMUM} participants and is at least a third of both sides
 * together; otherwise `mild` (one or a few see it differently from the rest). So one dissenter is
 * never a strong difference, whatever the size of the team; two against two, or three against
 * five, is.
 *
 * @param a - Participants on one side: answered favourably, or have the condition good.
 * @param b - Participants on the other: answered "deels" or the opposite, or have it needing work.
 */
export function disagreementLevel(a: number, b: number): DisagreementLevel | undefined {
  const smaller = Math.min(a, b);
  if (smaller <= 0) return undefined;
  return smaller >= STRONG_MINIMUM && smaller * 3 >= a + b ? 'strong' : 'mild';
}

/** The fewest participants on the smaller side of a strong difference. */
export const STRONG_MINIMUM = 2;

/** One participant, reduced to what a tally needs. */
export interface Encoded {
  /** Per question (model order): its answer slot. */
  readonly answers: Uint8Array;
  /** Per condition (model order): its status slot. */
  readonly statuses: Uint8Array;
  /** Per condition: the questions that made it need work (empty unless it needs work). */
  readonly decisive: readonly (readonly string[])[];
  /** The intake answers that choose advice variants. */
  readonly context: Readonly<Record<string, string>>;
}

/** What combining needs to know of a model, computed once per model. */
export interface ModelIndex {
  readonly model: ActieModel;
  readonly questions: readonly Question[];
  readonly questionArea: readonly string[];
  /** Question id → position in {@link questions}. */
  readonly order: ReadonlyMap<string, number>;
  readonly conditions: readonly Condition[];
  /** Per condition: the positions of the questions its rule reads, in model order. */
  readonly conditionQuestions: readonly (readonly number[])[];
  encode(input: ValidAssessmentInput, statuses: readonly Status[], decisive: readonly (readonly string[])[]): Encoded;
  levelOf(intake: IntakeAnswers | undefined): Level | undefined;
}

const indexCache = new WeakMap<ActieModel, ModelIndex>();

export function modelIndex(model: ActieModel): ModelIndex {
  const cached = indexCache.get(model);
  if (cached) return cached;
  const questions: Question[] = [];
  const questionArea: string[] = [];
  for (const area of model.areas) {
    for (const q of area.questions) {
      questions.push(q);
      questionArea.push(area.id);
    }
  }
  const order = new Map(questions.map((q, i) => [q.id, i]));
  const conditionQuestions = model.conditions.map((c) =>
    [...ruleQuestions(c.when)].flatMap((id) => (order.has(id) ? [order.get(id) ?? 0] : [])).sort((a, b) => a - b),
  );
  // The intake question that says who answered: `respondent`, else any choice whose options carry a level.
  const withLevels = model.intake.filter((q) => q.kind === 'choice' && (q.options ?? []).some((o) => o.level));
  const respondent = withLevels.find((q) => q.id === 'respondent') ?? withLevels[0];
  const levelByValue = new Map<string, Level>();
  for (const option of respondent?.options ?? []) if (option.level) levelByValue.set(option.value, option.level);
  const statusSlot: Readonly<Record<Status, number>> = { good: GOOD, 'needs-work': NEEDS_WORK, unknown: UNKNOWN };
  // The intake answers that choose advice variants (the one-option questions); shared by the whole
  // group, they choose the team's advice too.
  const contextKeys = model.intake.filter((q) => q.kind === 'choice').map((q) => q.id);

  const index: ModelIndex = {
    model,
    questions,
    questionArea,
    order,
    conditions: model.conditions,
    conditionQuestions,
    encode(input, statuses, decisive) {
      const answers = new Uint8Array(questions.length);
      const given: Readonly<Record<string, AnswerValue>> = input.answers;
      for (let i = 0; i < questions.length; i++) {
        const id = (questions[i] as Question).id;
        const value = Object.prototype.hasOwnProperty.call(given, id) ? given[id] : undefined;
        answers[i] = value === undefined ? UNANSWERED : (ANSWER_SLOT.get(value) ?? UNANSWERED);
      }
      const codes = new Uint8Array(statuses.length);
      for (let i = 0; i < statuses.length; i++) codes[i] = statusSlot[statuses[i] as Status];
      const intake = input.intake ?? {};
      const context: Record<string, string> = {};
      for (const key of contextKeys) {
        const value = Object.prototype.hasOwnProperty.call(intake, key) ? intake[key] : undefined;
        if (typeof value === 'string') context[key] = value;
      }
      return { answers, statuses: codes, decisive, context };
    },
    levelOf(intake) {
      if (!respondent || !intake || !Object.prototype.hasOwnProperty.call(intake, respondent.id)) return undefined;
      const value = intake[respondent.id];
      return typeof value === 'string' ? levelByValue.get(value) : undefined;
    },
  };
  indexCache.set(model, index);
  return index;
}

/** Running counts for one group of participants; linear in participants × (questions + conditions). */
export class Tally {
  readonly #index: ModelIndex;
  #participants = 0;
  /** Question i, slot s at `i * SLOTS + s`. */
  readonly #answers: Uint32Array;
  /** Condition i, status s at `i * 3 + s`. */
  readonly #statuses: Uint32Array;
  /** Per condition: participants who answered at least one of its questions. */
  readonly #answered: Uint32Array;
  /** Per condition: the questions that made it need work for someone. */
  readonly #decisive: Set<string>[];
  /** Per context key: the value every participant who gave one shares, or null when they differ. */
  readonly #context = new Map<string, string | null>();

  constructor(index: ModelIndex) {
    this.#index = index;
    this.#answers = new Uint32Array(index.questions.length * SLOTS);
    this.#statuses = new Uint32Array(index.conditions.length * 3);
    this.#answered = new Uint32Array(index.conditions.length);
    this.#decisive = index.conditions.map(() => new Set<string>());
  }

  /** How many participants were added. */
  get participants(): number {
    return this.#participants;
  }

  add(p: Encoded): void {
    this.#participants++;
    const answers = this.#answers;
    for (let i = 0; i < p.answers.length; i++) increment(answers, i * SLOTS + (p.answers[i] ?? UNANSWERED));
    const statuses = this.#statuses;
    const conditionQuestions = this.#index.conditionQuestions;
    for (let c = 0; c < p.statuses.length; c++) {
      increment(statuses, c * 3 + (p.statuses[c] ?? UNKNOWN));
      const qs = conditionQuestions[c] ?? NONE_NUMBERS;
      for (const q of qs) {
        if (p.answers[q] !== UNANSWERED) {
          increment(this.#answered, c);
          break;
        }
      }
      const decisive = p.decisive[c];
      if (decisive?.length) for (const id of decisive) this.#decisive[c]?.add(id);
    }
    for (const key of Object.keys(p.context)) {
      const value = p.context[key];
      if (value === undefined) continue;
      const shared = this.#context.get(key);
      if (shared === undefined) this.#context.set(key, value);
      else if (shared !== value) this.#context.set(key, null);
    }
  }

  result(): TeamGroupResult {
    const {
      model,
      questions: modelQuestions,
      questionArea,
      conditions: modelConditions,
      conditionQuestions,
      order,
    } = this.#index;
    const n = this.#participants;

    const questions: QuestionTeamResult[] = modelQuestions.map((q, i) => {
      const at = (slot: number): number => this.#answers[i * SLOTS + slot] ?? 0;
      const counts = {
        yes: at(ANSWER_VALUES.indexOf('yes')),
        partly: at(ANSWER_VALUES.indexOf('partly')),
        no: at(ANSWER_VALUES.indexOf('no')),
        'dont-know': at(ANSWER_VALUES.indexOf('dont-know')),
        unanswered: at(UNANSWERED),
      };
      const favourable = q.favourable === 'yes' ? counts.yes : counts.no;
      const opposite = q.favourable === 'yes' ? counts.no : counts.yes;
      const unfavourable = counts.partly + opposite;
      const level = disagreementLevel(favourable, unfavourable);
      return {
        question: q.id,
        area: questionArea[i] ?? '',
        level: q.level,
        counts,
        favourable,
        unfavourable,
        disagreement: level !== undefined,
        ...(level ? { disagreementLevel: level } : {}),
      };
    });

    const splits: Split[] = [];
    const conditions: ConditionTeamResult[] = modelConditions.map((condition, c) => {
      const good = this.#statuses[c * 3 + GOOD] ?? 0;
      const needsWork = this.#statuses[c * 3 + NEEDS_WORK] ?? 0;
      const unknown = this.#statuses[c * 3 + UNKNOWN] ?? 0;
      const qs = conditionQuestions[c] ?? NONE_NUMBERS;
      let split: Split = { minority: Math.min(good, needsWork), sides: good + needsWork, order: c };
      let questionDisagrees = false;
      let strong = disagreementLevel(good, needsWork) === 'strong';
      for (const q of qs) {
        const result = questions[q];
        if (!result) continue;
        questionDisagrees ||= result.disagreement;
        strong ||= result.disagreementLevel === 'strong';
        const candidate = {
          minority: Math.min(result.favourable, result.unfavourable),
          sides: result.favourable + result.unfavourable,
          order: c,
        };
        if (compareSplits(candidate, split) < 0) split = candidate;
      }
      splits.push(split);
      const answered = this.#answered[c] ?? 0;
      const disagreement = (good > 0 && needsWork > 0) || questionDisagrees;
      const strength: DisagreementLevel | undefined = strong ? 'strong' : disagreement ? 'mild' : undefined;
      return {
        id: condition.id,
        area: condition.area,
        title: condition.title,
        strength: condition.strength ?? condition.title,
        concern: condition.concern ?? condition.title,
        level: condition.level ?? 'frontline',
        key: condition.key === true,
        questions: qs.map((q) => modelQuestions[q]?.id ?? ''),
        counts: { good, needsWork, unknown, total: n },
        status: teamStatus({ good, needsWork }),
        disagreement,
        ...(strength ? { disagreementLevel: strength } : {}),
        division: split.sides ? split.minority / split.sides : 0,
        answered,
        answeredShare: n ? answered / n : 0,
      };
    });

    const byArea = new Map<string, ConditionTeamResult[]>(model.areas.map((a) => [a.id, []]));
    for (const c of conditions) byArea.get(c.area)?.push(c);
    const areas: AreaTeamResult[] = model.areas.map((area) => {
      const inArea = byArea.get(area.id) ?? [];
      const counts = countStatuses(inArea);
      return { id: area.id, status: statusOf(counts), counts, disagreements: inArea.filter((c) => c.disagreement).length };
    });
    const overallCounts = countStatuses(conditions);

    // Strong disagreements first (a divided team), then mild ones; within each, the most divided first.
    const rank = (c: ConditionTeamResult): number => (c.disagreementLevel === 'strong' ? 0 : 1);
    const disagreements = conditions
      .map((c, i) => ({ c, split: splits[i] as Split }))
      .filter((x) => x.c.disagreement)
      .sort((a, b) => rank(a.c) - rank(b.c) || compareSplits(a.split, b.split))
      .map((x) => x.c);

    return {
      participants: n,
      questions,
      conditions,
      areas,
      overall: { status: statusOf(overallCounts), counts: overallCounts },
      disagreements,
      actionPoints: this.#actionPoints(conditions, questions, order),
    };
  }

  #actionPoints(
    conditions: readonly ConditionTeamResult[],
    questions: readonly QuestionTeamResult[],
    order: ReadonlyMap<string, number>,
  ): ActionPoint[] {
    const { model, conditions: modelConditions, questions: modelQuestions } = this.#index;
    const context: Record<string, string> = {};
    for (const [key, value] of this.#context) if (value !== null) context[key] = value;
    const byOrder = (a: string, b: string): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
    const improve: ActionPoint[] = [];
    const findOut: ActionPoint[] = [];
    conditions.forEach((c, i) => {
      const condition = modelConditions[i];
      if (!condition) return;
      if (c.status === 'needs-work') {
        const decisive = [...(this.#decisive[i] ?? [])].sort(byOrder);
        const advice = adviceFor(condition, context);
        improve.push({
          id: c.id,
          condition: c.id,
          area: c.area,
          kind: 'improve',
          title: c.concern,
          level: c.level,
          key: c.key,
          requested: false,
          offer: false,
          text: advice.text,
          agreement: advice.agreement,
          questions: decisive.length ? decisive : c.questions,
        });
      } else if (c.status === 'unknown') {
        const open = c.questions.filter((id) => (questions[order.get(id) ?? -1]?.counts['dont-know'] ?? 0) > 0);
        if (!open.length) return;
        const texts: LocalizedText[] = open.map((id) => modelQuestions[order.get(id) ?? -1]?.text ?? {});
        const text = findOutText(model, texts);
        findOut.push({
          id: `${c.id}/find-out`,
          condition: c.id,
          area: c.area,
          kind: 'find-out',
          title: c.title,
          level: c.level,
          key: c.key,
          requested: false,
          offer: false,
          text,
          agreement: text,
          questions: open,
        });
      }
    });
    return [...improve, ...findOut];
  }
}

const NONE_NUMBERS: readonly number[] = [];

function increment(counts: Uint32Array, at: number): void {
  counts[at] = (counts[at] ?? 0) + 1;
}

/** How divided a group is on a condition: the smaller side out of those who took a side. */
interface Split {
  readonly minority: number;
  readonly sides: number;
  /** Model order, the last tie-breaker. */
  readonly order: number;
}

/**
 * Order splits most divided first: the larger minority share (compared exactly, without
 * rounding), then more participants taking a side, then model order.
 */
function compareSplits(a: Split, b: Split): number {
  const share = b.minority * a.sides - a.minority * b.sides;
  if (share !== 0) return share;
  if (a.sides !== b.sides) return b.sides - a.sides;
  return a.order - b.order;
}
