import type { AnswerValue, Level, LocalizedText, SupportRole } from '../model/types.js';
import type { ValidationError } from '../result.js';

/** The status of one condition: it goes well, it needs work, or it cannot be judged yet. */
export type Status = 'good' | 'needs-work' | 'unknown';

/**
 * The verdict on a group of conditions (an area, or the whole assessment), read from their counts
 * (see `statusOf`): `good` when (almost) nothing needs work, `mixed` when some goes well and some
 * needs work, `needs-work` when at least as much needs work as goes well, `unknown` when more than
 * half cannot be judged yet. Shown with the counts beside it, never alone.
 */
export type Verdict = Status | 'mixed';

/** How many conditions have each status. */
export interface StatusCounts {
  readonly good: number;
  /** Conditions that need work, offers not included (see {@link VerdictCounts.offers}). */
  readonly needsWork: number;
  readonly unknown: number;
  readonly total: number;
}

/** The counts a verdict reads (see `statusOf`): an area's, or the whole assessment's. */
export interface VerdictCounts extends StatusCounts {
  /**
   * Conditions that need work but are offers in this situation (see {@link ActionPoint.offer}):
   * shown as "if they ask", not counted as needing work nor in the verdict. Part of `total`.
   * Always 0 for a team.
   */
  readonly offers: number;
  /** Of `needsWork`, the decisive points (`key`): one of them keeps the verdict from `good`. */
  readonly keyNeedsWork: number;
}

/** One answer that decided a condition's status. `answer` is undefined when unanswered. */
export interface DecisiveAnswer {
  readonly question: string;
  readonly answer: AnswerValue | undefined;
}

/**
 * A direction to consider: for a condition that needs work (`improve`), a "find this out" for
 * "don't know" (`find-out`), or a point of attention that follows from the situation (`attention`).
 */
export interface ActionPoint {
  /** `<condition id>` for an improvement, `<condition id>/find-out` for a "find this out", `attention/<id>` for a point of attention. */
  readonly id: string;
  /** The condition it is about, or for `attention` the point of attention's id. */
  readonly condition: string;
  readonly area: string;
  readonly kind: 'improve' | 'find-out' | 'attention';
  /** How the point is named: the condition's concern (for `find-out` its title), or the point of attention's title. */
  readonly title: LocalizedText;
  /**
   * Who is to act: `organisation` for policy, budgets, procedures and internal cooperation (the
   * agreement belongs to the organisation, not only to one plan), `frontline` for the work with
   * this initiative.
   */
  readonly level: Level;
  /** A decisive point (see `prioritise`). */
  readonly key: boolean;
  /** The initiators ask for help with it (the intake fits the point's `requestedWhen`; see `prioritise`). */
  readonly requested: boolean;
  /**
   * An offer rather than a task: the suggested stance is one of stepping back (its role has
   * `offerOnly`, and does not name the point in `offerExcept`), or the situation fits the point's
   * `offerWhen`. Offer it if they ask: it is not proposed as an agreement and is left out of the
   * verdicts. Points of attention and "find this out" points are never offers.
   */
  readonly offer: boolean;
  /** The advice, already chosen for the intake's phase and role ("U kunt …": an explanation). */
  readonly text: LocalizedText;
  /**
   * What to agree on, in the imperative: the "what" of an agreement on the action plan. For an
   * improvement the condition's agreement text (its advice when it has none); for a "find this
   * out" the same as {@link text}.
   */
  readonly agreement: LocalizedText;
  /** The questions this point is about. */
  readonly questions: readonly string[];
}

/**
 * A condition as a result names it, one participant's ({@link ConditionResult}) or a team's
 * (`ConditionTeamResult`): its id and area, how it reads, who is to act, whether it is decisive,
 * and the questions it reads.
 */
export interface ConditionOutline {
  readonly id: string;
  readonly area: string;
  /** The condition's neutral name. */
  readonly title: LocalizedText;
  /** How it reads when it goes well: the condition's strength, else its title. */
  readonly strength: LocalizedText;
  /** How it reads when it needs work: the condition's concern, else its title. */
  readonly concern: LocalizedText;
  /** Who is to act when it needs work (see {@link ActionPoint.level}). */
  readonly level: Level;
  /** A decisive point. */
  readonly key: boolean;
  /** Every question the condition's rule reads, in model order. */
  readonly questions: readonly string[];
}

/** The outcome for one condition. */
export interface ConditionResult extends ConditionOutline {
  readonly status: Status;
  /** It needs work, but in this situation it is an offer (see {@link ActionPoint.offer}): not in `needsWork`, but in `offers`. */
  readonly offer: boolean;
  /** The answers that decided the status (for `unknown`: the open or "don't know" ones). */
  readonly decisive: readonly DecisiveAnswer[];
  /** The action point for this condition, if it needs work or has a "don't know". */
  readonly actionPoint?: ActionPoint;
}

/** The outcome for one area. */
export interface AreaResult {
  readonly id: string;
  readonly status: Verdict;
  readonly counts: VerdictCounts;
}

/** The suggested support role and how it compares with the role the respondent takes now. */
export interface RoleAdvice {
  readonly suggested: SupportRole;
  /** The role the respondent takes now, from the intake; undefined when not given or unsure. */
  readonly current: SupportRole | undefined;
  /** True when a current role is given and differs from the suggestion. */
  readonly differs: boolean;
  /** Why this role is suggested. */
  readonly reason: LocalizedText;
  /** The role rule that decided, or undefined for the model's default role. */
  readonly rule: string | undefined;
}

/** The outcome of scoring one participant's answers. */
export interface AssessmentResult {
  readonly model: { readonly id: string; readonly version: string };
  /** Every condition in model order. */
  readonly conditions: readonly ConditionResult[];
  /** Every area in model order. Its verdict reads the counts of its conditions (see `statusOf`). */
  readonly areas: readonly AreaResult[];
  /** The verdict over all conditions, by the same rule as an area's. */
  readonly overall: { readonly status: Verdict; readonly counts: VerdictCounts };
  /** The conditions that already go well. */
  readonly good: readonly ConditionResult[];
  /** The conditions that need work, offers not included. */
  readonly needsWork: readonly ConditionResult[];
  /**
   * The conditions that need work but are offers in this situation (e.g. when the stance is to
   * step back): to offer if they ask, not to press. Not in the verdicts.
   */
  readonly offers: readonly ConditionResult[];
  /** The conditions that cannot be judged yet. */
  readonly unknown: readonly ConditionResult[];
  /**
   * The action points that apply: points of attention first, then improvements, then things to
   * find out, each in model order. `prioritise` picks the few to agree on first.
   */
  readonly actionPoints: readonly ActionPoint[];
  /** The suggested stance; undefined for a model that gives no role advice (`roles: []`). */
  readonly role: RoleAdvice | undefined;
  /** How many questions are answered (including "don't know") out of all. */
  readonly progress: { readonly answered: number; readonly total: number };
  /**
   * Problems in the input. Entries that were wrong are left out of the scoring (as unanswered);
   * an invalid model gives no conditions at all. Empty when all is well.
   */
  readonly errors: readonly ValidationError[];
}
