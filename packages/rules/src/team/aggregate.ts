import type { ActieModel, Level, ValidAssessmentInput } from '../model/types.js';
import type { ValidationError } from '../result.js';
import { engineFor } from '../score/engine.js';
import { modelIdentity, outcomeStatus } from '../score/score.js';
import type { Status, StatusCounts } from '../score/types.js';
import { openSession, type MigrationReport } from '../session/migrate.js';
import { LIMITS } from '../validate/checker.js';
import { isValidatedModel, validateModel } from '../validate/model.js';
import { Tally, modelIndex } from './tally.js';
import type { MigratedTeamSession, RejectedSession, TeamGroupResult, TeamResult, TeamSessionInput } from './types.js';

/** The levels a respondent can answer from, in the order results show them. */
const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/**
 * Combine several participants' sessions of one model version into a team result.
 *
 * Per question it counts the answers; per condition it counts the participants' individual
 * statuses (from the same scoring as `score`) and derives the team status with
 * {@link teamStatus}; it flags a **disagreement** wherever some participants have a condition
 * good and others needing work, or answer one of its questions favourably and others not. Per area
 * and overall it counts the team statuses. The same is done per respondent level (frontline,
 * organisation) when the intake says who answered.
 *
 * Never rejects on bad input: a session that is not a valid session file, is for another
 * model or another major version, or has answers that do not fit the model is listed in
 * `rejected` with its `source` and every reason, and the rest is still combined. When `sessions`
 * is not a list, or holds more than `LIMITS.sessions` entries, nothing is combined and `errors`
 * says why.
 *
 * The result carries no names: a participant's name, notes and free-text intake answers are
 * never copied into it, and sources appear only in `rejected`.
 *
 * @param model - A model from `validateModel` or the default `actieModel`; other objects are
 *   validated first (when invalid, nothing is combined and `errors` says why).
 * @param sessions - The sessions, each with a source label (e.g. the file name) and the session
 *   file as an object or JSON text.
 *
 * @example
 * ```ts
 * const team = await aggregate(actieModel, files.map((f) => ({ source: f.name, data: f.text })));
 * for (const r of team.rejected) console.warn(r.source, r.errors[0]?.message);
 * for (const c of team.disagreements) console.log(c.id, c.counts);
 * ```
 */
export async function aggregate(model: ActieModel, sessions: readonly TeamSessionInput[]): Promise<TeamResult> {
  const listProblem = sessionListProblem(sessions);
  if (listProblem) return emptyTeamResult(model, [], [listProblem]);
  let checkedModel: ActieModel = model;
  if (!isValidatedModel(model)) {
    const validated = validateModel(model);
    if (!validated.ok) return invalidModelResult(model, sessions, validated.errors);
    checkedModel = validated.value;
  }
  const index = modelIndex(checkedModel);
  const all = new Tally(index);
  const byLevel = new Map<Level, Tally>();
  const rejected: RejectedSession[] = [];
  const migrated: MigratedTeamSession[] = [];
  let unknownLevel = 0;

  for (let i = 0; i < sessions.length; i++) {
    const { source, data } = readEntry(sessions, i);
    const input = sessionFor(checkedModel, data);
    if (!input.ok) {
      rejected.push({ source, errors: input.errors });
      continue;
    }
    if (input.migration) migrated.push({ source, from: input.migration.from, report: input.migration });
    let statuses: readonly Status[];
    let decisive: readonly (readonly string[])[];
    try {
      // The rules of `score`, without building a whole AssessmentResult per participant.
      const outcome = await engineFor(checkedModel).run(input.value.answers, input.value.intake ?? {});
      const outcomes = checkedModel.conditions.map((c) => outcome.conditions.get(c.id));
      statuses = outcomes.map(outcomeStatus);
      decisive = outcomes.map((o, c) => (statuses[c] === 'needs-work' ? (o?.decisive ?? NONE) : NONE));
    } catch (error) {
      rejected.push({
        source,
        errors: [{ path: '', code: 'invalid-value', message: `This session could not be scored: ${String(error)}.` }],
      });
      continue;
    }
    const participant = index.encode(input.value, statuses, decisive);
    all.add(participant);
    const level = index.levelOf(input.value.intake);
    if (level) {
      let tally = byLevel.get(level);
      if (!tally) byLevel.set(level, (tally = new Tally(index)));
      tally.add(participant);
    } else {
      unknownLevel++;
    }
  }

  const levels: Partial<Record<Level, TeamGroupResult>> = {};
  for (const level of LEVELS) {
    const tally = byLevel.get(level);
    if (tally) levels[level] = tally.result();
  }
  return {
    model: { id: checkedModel.id, version: checkedModel.version },
    ...all.result(),
    byLevel: levels,
    unknownLevel,
    rejected,
    migrated,
    errors: [],
  };
}

/** Write a team result as JSON text (two-space indent, ends with a newline), e.g. to export it. */
export function serializeTeamResult(team: TeamResult): string {
  return JSON.stringify(team, null, 2) + '\n';
}

const NONE: readonly string[] = [];

/** Why the list of sessions cannot be combined at all: not a list, or too long. */
function sessionListProblem(sessions: unknown): ValidationError | undefined {
  let length: unknown;
  try {
    length = Array.isArray(sessions) ? sessions.length : undefined;
  } catch {
    length = undefined;
  }
  if (typeof length !== 'number') {
    return { path: '', code: 'type', message: 'The sessions must be a list of { source, data }; nothing was combined.' };
  }
  if (length > LIMITS.sessions) {
    return {
      path: '',
      code: 'too-large',
      message: `There are ${length} sessions; at most ${LIMITS.sessions} are combined at once. Nothing was combined.`,
    };
  }
  return undefined;
}

/** Read one entry of the input list; a malformed entry still gets a source so it can be reported. */
function readEntry(sessions: readonly TeamSessionInput[], i: number): { source: string; data: unknown } {
  const fallback = `#${i + 1}`;
  try {
    if (!(i in sessions)) return { source: fallback, data: undefined };
    const entry: unknown = sessions[i];
    if (typeof entry !== 'object' || entry === null) return { source: fallback, data: undefined };
    const record = entry as Record<string, unknown>;
    const source = typeof record['source'] === 'string' && record['source'] !== '' ? record['source'] : fallback;
    return { source, data: record['data'] };
  } catch {
    return { source: fallback, data: undefined };
  }
}

/** A session file, read and checked against the model. */
function sessionFor(
  model: ActieModel,
  data: unknown,
): { ok: true; value: ValidAssessmentInput; migration?: MigrationReport } | { ok: false; errors: readonly ValidationError[] } {
  if (data === undefined) {
    return { ok: false, errors: [{ path: '', code: 'required', message: 'There is no session data.' }] };
  }
  const opened = openSession(model, data);
  if (!opened.ok) return opened;
  return { ok: true, value: opened.value.input, ...(opened.value.migration ? { migration: opened.value.migration } : {}) };
}

function invalidModelResult(
  model: unknown,
  sessions: readonly TeamSessionInput[],
  errors: readonly ValidationError[],
): TeamResult {
  const reason: ValidationError = {
    path: '',
    code: 'invalid-value',
    message: 'Not combined: the model is invalid (see the model errors).',
  };
  const rejected = Array.from({ length: sessions.length }, (_, i) => ({
    source: readEntry(sessions, i).source,
    errors: [reason],
  }));
  return emptyTeamResult(model, rejected, errors);
}

/** A team result of nobody, with the problems that stopped combining. */
function emptyTeamResult(model: unknown, rejected: readonly RejectedSession[], errors: readonly ValidationError[]): TeamResult {
  const { id, version } = modelIdentity(model);
  const counts: StatusCounts = { good: 0, needsWork: 0, unknown: 0, total: 0 };
  return {
    model: { id, version },
    participants: 0,
    questions: [],
    conditions: [],
    areas: [],
    overall: { status: 'unknown', counts },
    disagreements: [],
    actionPoints: [],
    byLevel: {},
    unknownLevel: 0,
    rejected,
    migrated: [],
    errors,
  };
}
