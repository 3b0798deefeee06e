/**
 * The groups of a team result apart from the whole team: respondent levels (hidden when too small
 * to stay anonymous), companion models such as the initiators' own view (compared question by
 * question), the reflections per area, and sessions given twice. @internal
 *
 * @packageDocumentation
 */

import type { ActieModel, Correspondence, Level, ValidAssessmentInput } from '../model/types.js';
import type { Result, ValidationError } from '../result.js';
import { engineFor } from '../score/engine.js';
import { outcomeStatus } from '../score/score.js';
import type { Status } from '../score/types.js';
import type { SessionFile } from '../session/format.js';
import type { MigrationReport } from '../session/migrate.js';
import { Tally, teamStatus, type Encoded, type ModelIndex } from './tally.js';
import type {
  AreaReflections,
  CompanionView,
  HiddenLevels,
  QuestionTeamResult,
  TeamGroupResult,
  TeamLevelResults,
  ViewComparison,
  ViewSide,
} from './types.js';

/** The levels a respondent can answer from, in the order results show them. */
export const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/** A companion model and how its questions map onto the team model's. */
export interface Companion {
  readonly model: ActieModel;
  /** The companion's correspondence entry that names the team model. */
  readonly correspondence: Correspondence;
}

/** One readable session, before it is scored. */
export interface ReadSession {
  readonly source: string;
  /** Position in the input list. */
  readonly at: number;
  /** Index into the companions, or undefined for a session of the team model. */
  readonly companion: number | undefined;
  readonly input: ValidAssessmentInput;
  readonly reflections: Readonly<Record<string, string>>;
  readonly migration: MigrationReport | undefined;
  /** What makes two files the same session: the session id, or for older files their content. */
  readonly key: string;
  readonly updatedAt: string;
}

/** Participants of one model: their tally and what they wrote per area. */
export class Group {
  readonly index: ModelIndex;
  readonly tally: Tally;
  readonly #reflections = new Map<string, string[]>();

  constructor(index: ModelIndex) {
    this.index = index;
    this.tally = new Tally(index);
  }

  /** Score one participant by the rules of `score`, without building a whole AssessmentResult. */
  async score(input: ValidAssessmentInput): Promise<Result<Encoded>> {
    const model = this.index.model;
    try {
      const outcome = await engineFor(model).run(input.answers, input.intake ?? {});
      const outcomes = outcome.conditions;
      const statuses: Status[] = outcomes.map(outcomeStatus);
      const decisive = outcomes.map((o, c) => (statuses[c] === 'needs-work' ? (o?.decisive ?? NONE) : NONE));
      return { ok: true, value: this.index.encode(input, statuses, decisive) };
    } catch (error) {
      return {
        ok: false,
        errors: [{ path: '', code: 'invalid-value', message: `This session could not be scored: ${String(error)}.` }],
      };
    }
  }

  add(participant: Encoded, reflections: Readonly<Record<string, string>>): void {
    this.tally.add(participant);
    for (const [area, text] of Object.entries(reflections)) {
      const trimmed = text.trim();
      if (!trimmed) continue;
      const list = this.#reflections.get(area) ?? [];
      list.push(trimmed);
      this.#reflections.set(area, list);
    }
  }

  /** The reflections per area in model order; each area's texts sorted, so their order says nothing about who wrote them. */
  reflections(): AreaReflections[] {
    return this.index.model.areas.flatMap((area) => {
      const texts = this.#reflections.get(area.id);
      return texts?.length ? [{ area: area.id, texts: [...texts].sort((a, b) => a.localeCompare(b, 'nl')) }] : [];
    });
  }
}

const NONE: readonly string[] = [];

/**
 * The level groups to show. A level is shown when it has at least `min` participants; smaller
 * levels are merged ("other levels", shown only when together they reach `min`). When the
 * participants outside every shown group are fewer than `min` (but not none), no level is shown:
 * their answers could be read as the difference between the whole team and the levels shown.
 */
export function levelGroups(
  index: ModelIndex,
  byLevel: ReadonlyMap<Level, readonly Encoded[]>,
  unknownLevel: number,
  min: number,
): { shown: TeamLevelResults; hidden?: HiddenLevels } {
  const present = LEVELS.filter((l) => (byLevel.get(l)?.length ?? 0) > 0);
  const size = (l: Level): number => byLevel.get(l)?.length ?? 0;
  const large = present.filter((l) => size(l) >= min);
  const small = present.filter((l) => size(l) < min);
  const smallTotal = small.reduce((sum, l) => sum + size(l), 0);
  // The merged group is shown when big enough, unless it would simply be the whole team again.
  const mergedShown = small.length > 0 && smallTotal >= min && (large.length > 0 || unknownLevel > 0);
  const outside = unknownLevel + (mergedShown ? 0 : smallTotal);
  const anyShown = large.length > 0 || mergedShown;
  if (anyShown && outside > 0 && outside < min) {
    return {
      shown: {},
      hidden: { levels: present, participants: present.reduce((sum, l) => sum + size(l), 0), reason: 'difference' },
    };
  }
  const shown: Partial<Record<Level, TeamGroupResult>> = {};
  for (const level of large) shown[level] = tallyOf(index, byLevel.get(level) ?? []).result();
  if (!small.length) return { shown };
  const group = mergedShown
    ? tallyOf(
        index,
        small.flatMap((l) => byLevel.get(l) ?? []),
      ).result()
    : undefined;
  return { shown, hidden: { levels: small, participants: smallTotal, reason: 'small', ...(group ? { group } : {}) } };
}

function tallyOf(index: ModelIndex, participants: readonly Encoded[]): Tally {
  const tally = new Tally(index);
  for (const p of participants) tally.add(p);
  return tally;
}

/** The companion models for a team model: those given, else the built-in ones with a correspondence to it. */
export function companionsFor(model: ActieModel, candidates: readonly ActieModel[], given: boolean): Result<Companion[]> {
  const errors: ValidationError[] = [];
  const companions: Companion[] = [];
  const major = majorOf(model.version);
  candidates.forEach((candidate, i) => {
    if (candidate.id === model.id) {
      if (given) {
        errors.push({
          path: `/companions/${i}`,
          code: 'invalid-value',
          message: `The companion model "${candidate.id}" is the team's own model; a companion must be another model.`,
        });
      }
      return;
    }
    const correspondence = correspondenceTo(candidate.correspondence, model.id, major);
    if (correspondence) companions.push({ model: candidate, correspondence });
    else if (given) {
      errors.push({
        path: `/companions/${i}/correspondence`,
        code: 'invalid-value',
        message: `The companion model "${candidate.id}" declares no correspondence to model "${model.id}" version ${major}, so its answers cannot be put next to the team's.`,
      });
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: companions };
}

/** A companion group, and per pair of corresponding questions the team's and the group's view. */
export function companionView(team: TeamGroupResult, companion: Companion, group: Group, min: number): CompanionView {
  const participants = group.tally.participants;
  const identity = { id: companion.model.id, version: companion.model.version };
  const label = companion.correspondence.group;
  if (participants < min) return { model: identity, label, participants, shown: false, comparison: [], reflections: [] };
  const result = group.tally.result();
  const teamQuestions = new Map(team.questions.map((q, i) => [q.question, { q, i }]));
  const theirs = new Map(result.questions.map((q) => [q.question, q]));
  const comparison = companion.correspondence.questions
    .flatMap((pair) => {
      const ours = teamQuestions.get(pair.corresponds);
      const other = theirs.get(pair.question);
      return ours && other ? [{ at: ours.i, pair: comparePair(ours.q, other) }] : [];
    })
    .sort((a, b) => a.at - b.at)
    .map((x) => x.pair);
  return { model: identity, label, participants, shown: true, group: result, comparison, reflections: group.reflections() };
}

function comparePair(team: QuestionTeamResult, other: QuestionTeamResult): ViewComparison {
  const side = (q: QuestionTeamResult): ViewSide => ({
    question: q.question,
    favourable: q.favourable,
    unfavourable: q.unfavourable,
    status: teamStatus({ good: q.favourable, needsWork: q.unfavourable }),
  });
  const ours = side(team);
  const theirs = side(other);
  return {
    area: team.area,
    team: ours,
    other: theirs,
    differs: ours.status !== 'unknown' && theirs.status !== 'unknown' && ours.status !== theirs.status,
  };
}

/**
 * Sessions given more than once: each repeat mapped to the one that is counted. Of files with
 * the same key, the one saved last counts (the first of them when saved at the same moment).
 */
export function findDuplicates(sessions: readonly ReadSession[]): Map<ReadSession, ReadSession> {
  const counted = new Map<string, ReadSession>();
  for (const s of sessions) {
    const earlier = counted.get(s.key);
    if (!earlier || s.updatedAt > earlier.updatedAt) counted.set(s.key, s);
  }
  const repeats = new Map<ReadSession, ReadSession>();
  for (const s of sessions) {
    const kept = counted.get(s.key);
    if (kept && kept !== s) repeats.set(s, kept);
  }
  return repeats;
}

/** What identifies a session file: its id, or for files without one (format 1 and 2) its content. */
export function sessionKey(session: SessionFile): string {
  if (session.id) return `id:${session.id}`;
  const sorted = (record: Readonly<Record<string, unknown>>): string =>
    JSON.stringify(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]]),
    );
  return [
    'content',
    session.model.id,
    session.model.version,
    session.createdAt,
    sorted(session.intake),
    sorted(session.answers),
    sorted(session.notes),
  ].join('\u0000');
}

export function majorOf(version: string): string {
  return version.split('.')[0] ?? version;
}

/**
 * The entry of a `correspondence` list that mirrors the model with this id and major version:
 * what makes a model a companion of that model (a model's own list, or the table of the built-in
 * models in ./companions.ts).
 */
export function correspondenceTo<T extends { readonly model: string; readonly version: string }>(
  list: readonly T[],
  id: string,
  major: string,
): T | undefined {
  return list.find((c) => c.model === id && c.version === major);
}
