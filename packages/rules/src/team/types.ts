/**
 * Types of a team result: several participants' sessions of one model version, combined.
 *
 * A team result holds counts only. It never carries a participant's name, notes or free-text
 * intake answers; file names (sources) appear only in {@link TeamResult.rejected}.
 *
 * @packageDocumentation
 */

import type { ActieModel, AnswerValue, LocalizedText, Level } from '../model/types.js';
import type { ValidationError } from '../result.js';
import type { ActionPoint, ConditionOutline, Status, StatusCounts, Verdict, VerdictCounts } from '../score/types.js';
import type { MigrationReport } from '../session/migrate.js';

/**
 * One participant's session as given to `aggregate`.
 *
 * `data` is a session file as an object or as JSON text (what "download my answers" produces).
 * `source` names it in {@link RejectedSession} when it cannot be used, e.g. the file name; it is
 * never copied into the combined result.
 */
export interface TeamSessionInput {
  /** A file name or another label, used only to report a session that cannot be combined. */
  readonly source: string;
  /** The session file: a parsed JSON value or JSON text. */
  readonly data: unknown;
}

/** A session that was not combined, with the reasons. */
export interface RejectedSession {
  /** The {@link TeamSessionInput.source} of the session. */
  readonly source: string;
  /** What is wrong, with JSON Pointer paths into the session file. Never empty. */
  readonly errors: readonly ValidationError[];
}

/**
 * A session saved with an older major version of the model, carried over before it was combined.
 * Its answers to questions that changed meaning count as unanswered until the participant answers
 * them again.
 */
export interface MigratedTeamSession {
  /** The {@link TeamSessionInput.source} of the session. */
  readonly source: string;
  /** The model version it was saved with, e.g. `1.0`. */
  readonly from: string;
  /** What the migration did. */
  readonly report: MigrationReport;
}

/**
 * How strongly participants disagree: `strong` when the team is divided (the smaller side has at
 * least two participants and is at least a third of those who took a side), `mild` when one or a
 * few see it differently from the rest. See `disagreementLevel` and docs/team.md.
 */
export type DisagreementLevel = 'strong' | 'mild';

/** How many participants gave each answer to a question; `unanswered` counts those who left it open. */
export type AnswerCounts = Readonly<Record<AnswerValue | 'unanswered', number>>;

/** The team's answers to one question. */
export interface QuestionTeamResult {
  /** The question id, e.g. `I1`. */
  readonly question: string;
  /** The area the question belongs to. */
  readonly area: string;
  /** The level that usually knows the answer, from the model. */
  readonly level: Level;
  /** How many participants gave each answer. The five counts add up to the participants. */
  readonly counts: AnswerCounts;
  /** Answers that are the question's favourable one (`yes`, or `no` for a risk question). */
  readonly favourable: number;
  /** Answers that are not favourable: the other one of `yes`/`no`, and `partly`. */
  readonly unfavourable: number;
  /**
   * True when at least one participant answered favourably and at least one did not (e.g. one
   * says yes, another no or partly). "Don't know" and open answers never make a disagreement.
   */
  readonly disagreement: boolean;
  /** How strong the disagreement is; absent when there is none. */
  readonly disagreementLevel?: DisagreementLevel;
}

/** The team's outcome for one condition. */
export interface ConditionTeamResult extends ConditionOutline {
  /** How many participants have each individual status for this condition; `total` is all participants. */
  readonly counts: StatusCounts;
  /**
   * The team status: `unknown` when no participant has a known status; otherwise `good` when more
   * participants have it good than needing work, and `needs-work` when at least as many have it
   * needing work (a tie is `needs-work`). See `docs/team.md`.
   */
  readonly status: Status;
  /**
   * True when at least one participant has this condition good and another has it needing work,
   * or when the answers to one of its questions diverge ({@link QuestionTeamResult.disagreement}).
   */
  readonly disagreement: boolean;
  /**
   * `strong` when the participants' statuses, or the answers to one of its questions, are divided
   * (`disagreementLevel`: at least two on the smaller side, and at least a third); `mild`
   * otherwise; absent when nobody disagrees.
   */
  readonly disagreementLevel?: DisagreementLevel;
  /**
   * How evenly divided the team is, from 0 (everybody who took a side agrees) to 0.5 (evenly
   * split): the smaller side's share of the participants with a known status, or of those with a
   * favourable or unfavourable answer to one of its questions, whichever is larger.
   */
  readonly division: number;
  /** Participants who answered at least one of its questions ("don't know" counts as an answer). */
  readonly answered: number;
  /** {@link answered} as a share of all participants, from 0 to 1 (0 when there are none). */
  readonly answeredShare: number;
}

/** The team's outcome for one area. */
export interface AreaTeamResult {
  readonly id: string;
  /** The area's verdict from its conditions' team statuses, by the same rule as one participant's area. */
  readonly status: Verdict;
  /** How many of its conditions have each team status (a team has no offers). */
  readonly counts: VerdictCounts;
  /** How many of its conditions have a disagreement. */
  readonly disagreements: number;
}

/** The combined result of a group of participants: the whole team, or one level of it. */
export interface TeamGroupResult {
  /** How many participants were combined. */
  readonly participants: number;
  /** Every question in model order. */
  readonly questions: readonly QuestionTeamResult[];
  /** Every condition in model order. */
  readonly conditions: readonly ConditionTeamResult[];
  /** Every area in model order. */
  readonly areas: readonly AreaTeamResult[];
  /** The verdict over all conditions' team statuses, by the same rule as an area's. */
  readonly overall: { readonly status: Verdict; readonly counts: VerdictCounts };
  /** The conditions with a disagreement: strong ones first, then mild; each the most divided first. */
  readonly disagreements: readonly ConditionTeamResult[];
  /**
   * Action points for the team: an improvement for every condition whose team status is
   * `needs-work`, then a "find this out" for every `unknown` condition someone answered
   * "don't know". Improvements use the condition's advice for the intake context all
   * participants share (phase, role); otherwise its default advice.
   */
  readonly actionPoints: readonly ActionPoint[];
}

/**
 * The combined result per respondent level; a level is present only when at least
 * {@link TeamResult.minGroupSize} participants answered from it.
 */
export type TeamLevelResults = Readonly<Partial<Record<Level, TeamGroupResult>>>;

/**
 * Respondent levels that are not shown on their own, so that nobody can be recognised in them.
 *
 * - `small`: these levels have fewer than {@link TeamResult.minGroupSize} participants each. They
 *   are merged into one group, shown only when together they reach the minimum.
 * - `difference`: every level is hidden. Showing the large levels would let anyone read the
 *   answers of the few remaining participants (a small level, or those whose level is unknown)
 *   as the difference between the whole team and the levels shown.
 */
export interface HiddenLevels {
  /** The levels not shown on their own, in display order. */
  readonly levels: readonly Level[];
  /** How many participants they hold together. */
  readonly participants: number;
  /** Why they are hidden. */
  readonly reason: 'small' | 'difference';
  /** Their combined result ("other levels"), only when together they reach the minimum group size. */
  readonly group?: TeamGroupResult;
}

/** What participants wrote under "Wat gaat goed? Wat pakken we op?" for one area, without names. */
export interface AreaReflections {
  readonly area: string;
  /** The texts, sorted, so their order says nothing about who wrote them. */
  readonly texts: readonly string[];
}

/** One side of a comparison of two groups' answers to corresponding questions. */
export interface ViewSide {
  /** The question id in that group's model. */
  readonly question: string;
  /** Participants who answered favourably. */
  readonly favourable: number;
  /** Participants who answered "partly" or the opposite. */
  readonly unfavourable: number;
  /** The group's view, by the team rule (majority of those who took a side; a tie needs work). */
  readonly status: Status;
}

/** The team's and the other group's answers to one pair of corresponding questions. */
export interface ViewComparison {
  readonly area: string;
  readonly team: ViewSide;
  readonly other: ViewSide;
  /** True when both groups have a view and the views differ. */
  readonly differs: boolean;
}

/**
 * Sessions of another model whose questions mirror this one's (for example the initiators' own
 * questions next to the professionals'), combined as their own group and compared question by
 * question. Never pooled with the team.
 */
export interface CompanionView {
  readonly model: { readonly id: string; readonly version: string };
  /** What to call the group, from the companion model's correspondence, e.g. "initiatiefnemers". */
  readonly label: LocalizedText;
  readonly participants: number;
  /**
   * Whether the group is shown: only with at least {@link TeamResult.minCompanionGroupSize}
   * participants. When false, `group`, `comparison` and `reflections` are left out.
   */
  readonly shown: boolean;
  readonly group?: TeamGroupResult;
  /** Per pair of corresponding questions (in the team model's order), the two views. */
  readonly comparison: readonly ViewComparison[];
  readonly reflections: readonly AreaReflections[];
}

/** Options of `aggregate`. */
export interface AggregateOptions {
  /**
   * The smallest group shown on its own, so that nobody in it can be recognised: a respondent
   * level with fewer participants is merged with the other small levels. Default 3.
   */
  readonly minGroupSize?: number;
  /**
   * The smallest companion group (such as the initiators) shown. Default 3, as for the levels: a
   * pair of initiators could each read the other's answers from the group's.
   */
  readonly minCompanionGroupSize?: number;
  /**
   * Models whose sessions are combined as their own group next to the team (each with a
   * `correspondence` to the team's model). Default: the built-in models that have one (the
   * initiators' questions, for the default model).
   */
  readonly companions?: readonly ActieModel[];
  /**
   * Called, and awaited, after every 20 sessions read and every 20 scored. A browser passes a
   * function that yields to it (such as `() => new Promise((resolve) => setTimeout(resolve))`), so
   * combining a large team does not freeze the page. Default: no pauses.
   */
  readonly pause?: () => Promise<void>;
}

/** A session that was given twice (the same file, or a copy of it): counted once. */
export interface DuplicateSession {
  readonly source: string;
  /** The source of the session it repeats. */
  readonly sameAs: string;
}

/**
 * Several participants' sessions of one model version, combined: per question the distribution
 * of answers, per condition the team status and whether participants disagree, per area and
 * overall, and the same per respondent level.
 *
 * Plain data: `JSON.stringify` it (or use `serializeTeamResult`) to export it. Carries no names:
 * only counts, and the reflections participants wrote for the team (sorted, without names).
 */
export interface TeamResult extends TeamGroupResult {
  /** The model the sessions were combined for. */
  readonly model: { readonly id: string; readonly version: string };
  /** The same result for the participants of each level (frontline, organisation) large enough to show. */
  readonly byLevel: TeamLevelResults;
  /** Levels not shown on their own and why; absent when every level with participants is shown. */
  readonly hiddenLevels?: HiddenLevels;
  /** The smallest level shown on its own (the `minGroupSize` option). */
  readonly minGroupSize: number;
  /** The smallest companion group shown (the `minCompanionGroupSize` option). */
  readonly minCompanionGroupSize: number;
  /** How many participants answered from each level (counts only, also for levels not shown). */
  readonly participantsByLevel: Readonly<Partial<Record<Level, number>>>;
  /** Participants whose level is not known (no respondent in the intake, or one without a level). */
  readonly unknownLevel: number;
  /** Groups of companion models, such as the initiators' own view, each with its comparison. */
  readonly views: readonly CompanionView[];
  /** What the team wrote per area, in model order (areas nobody wrote about are left out). */
  readonly reflections: readonly AreaReflections[];
  /** Sessions given more than once, counted once, in input order. */
  readonly duplicates: readonly DuplicateSession[];
  /** Sessions that were not combined, in input order, each with its source and the reasons. */
  readonly rejected: readonly RejectedSession[];
  /** Sessions saved with an older version of the model that were carried over, in input order. */
  readonly migrated: readonly MigratedTeamSession[];
  /**
   * Problems that stopped combining altogether: the model is invalid, or the list of sessions is
   * not a list or too long. When not empty, nothing was combined. Usually empty.
   */
  readonly errors: readonly ValidationError[];
}
