import type { AnswerValue, LocalizedText, SupportRole } from '../model/types.js';
import type { ValidationError } from '../result.js';

/** The status of a condition, an area or the whole assessment. */
export type Status = 'good' | 'needs-work' | 'unknown';

/** How many conditions have each status. */
export interface StatusCounts {
  readonly good: number;
  readonly needsWork: number;
  readonly unknown: number;
  readonly total: number;
}

/** One answer that decided a condition's status. `answer` is undefined when unanswered. */
export interface DecisiveAnswer {
  readonly question: string;
  readonly answer: AnswerValue | undefined;
}

/** A direction to consider: for a condition that needs work, or a "find this out" for "don't know". */
export interface ActionPoint {
  /** `<condition id>` for an improvement, `<condition id>/find-out` for a "find this out". */
  readonly id: string;
  readonly condition: string;
  readonly area: string;
  readonly kind: 'improve' | 'find-out';
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

/** The outcome for one condition. */
export interface ConditionResult {
  readonly id: string;
  readonly area: string;
  readonly status: Status;
  readonly title: LocalizedText;
  /** Every question the condition's rule reads, in model order. */
  readonly questions: readonly string[];
  /** The answers that decided the status (for `unknown`: the open or "don't know" ones). */
  readonly decisive: readonly DecisiveAnswer[];
  /** The action point for this condition, if it needs work or has a "don't know". */
  readonly actionPoint?: ActionPoint;
}

/** The outcome for one area. */
export interface AreaResult {
  readonly id: string;
  readonly status: Status;
  readonly counts: StatusCounts;
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
  /** Every area in model order. Its status reads the balance of its conditions (see `statusOf`). */
  readonly areas: readonly AreaResult[];
  /** The status over all conditions, by the same rule as an area's. */
  readonly overall: { readonly status: Status; readonly counts: StatusCounts };
  /** The conditions that already go well. */
  readonly good: readonly ConditionResult[];
  /** The conditions that need work. */
  readonly needsWork: readonly ConditionResult[];
  /** The conditions that cannot be judged yet. */
  readonly unknown: readonly ConditionResult[];
  /** The action points that apply: improvements first, then things to find out. */
  readonly actionPoints: readonly ActionPoint[];
  readonly role: RoleAdvice;
  /** How many questions are answered (including "don't know") out of all. */
  readonly progress: { readonly answered: number; readonly total: number };
  /**
   * Problems in the input. Entries that were wrong are left out of the scoring (as unanswered);
   * an invalid model gives no conditions at all. Empty when all is well.
   */
  readonly errors: readonly ValidationError[];
}
