import type { ActieModel, Level } from '../model/types.js';
import type { Result, ValidationError } from '../result.js';
import { modelIdentity } from '../score/score.js';
import type { VerdictCounts } from '../score/types.js';
import { openSession } from '../session/migrate.js';
import { LIMITS, isRecord, own } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import { isValidatedModel, validateModel } from '../validate/model.js';
import {
  Group,
  LEVELS,
  companionView,
  companionsFor,
  findDuplicates,
  levelGroups,
  sessionKey,
  type Companion,
  type ReadSession,
} from './groups.js';
import { loadCompanions, type UnavailableCompanion } from './companions.js';
import { modelIndex, type Encoded } from './tally.js';
import type { AggregateOptions, MigratedTeamSession, RejectedSession, TeamResult, TeamSessionInput } from './types.js';

/** Default of {@link AggregateOptions.minGroupSize}. */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/** Default of {@link AggregateOptions.minCompanionGroupSize}. */
export const DEFAULT_MIN_COMPANION_GROUP_SIZE = 3;

/**
 * Combine several participants' sessions of one model version into a team result.
 *
 * Per question it counts the answers; per condition it counts the participants' individual
 * statuses (from the same scoring as `score`) and derives the team status with
 * {@link teamStatus}; it flags a **disagreement** wherever some participants have a condition
 * good and others needing work, or answer one of its questions favourably and others not:
 * `strong` when one says "ja" and another "nee", `mild` when the only other answer is "deels".
 * Per area and overall it counts the team statuses.
 *
 * The same is done per respondent level (frontline, organisation) when the intake says who
 * answered, for levels of at least `minGroupSize` participants (default 3); smaller levels are
 * merged, and when the few participants left over could be read as the difference between the
 * team and the levels shown, no level is shown at all (see {@link HiddenLevels}).
 *
 * Sessions of a companion model, such as the initiators' own questions (`initiatorModel`), are
 * combined as their own group and compared with the team's answers question by question; they
 * are never pooled with the team. A session given twice (the same session id, or for older files
 * the same content) counts once: the one saved last.
 *
 * Never rejects on bad input: a session that is not a valid session file, is for another
 * model or another major version, or has answers that do not fit the model is listed in
 * `rejected` with its `source` and every reason, and the rest is still combined. When `sessions`
 * is not a list, holds more than `LIMITS.sessions` entries, or the options are invalid, nothing
 * is combined and `errors` says why.
 *
 * The result carries no names: a participant's name, notes and free-text intake answers are
 * never copied into it, and sources appear only in `rejected`, `duplicates` and `migrated`. The
 * reflections participants wrote for the team are included, sorted, without names.
 *
 * @param model - A model from `validateModel` or a built-in model; other objects are validated
 *   first (when invalid, nothing is combined and `errors` says why).
 * @param sessions - The sessions, each with a source label (e.g. the file name) and the session
 *   file as an object or JSON text.
 * @param options - The smallest groups shown, and the companion models.
 *
 * @example
 * ```ts
 * const team = await aggregate(initiativeModel, files.map((f) => ({ source: f.name, data: f.text })));
 * for (const r of team.rejected) console.warn(r.source, r.errors[0]?.message);
 * for (const c of team.disagreements) console.log(c.id, c.disagreementLevel, c.counts);
 * ```
 */
export async function aggregate(
  model: ActieModel,
  sessions: readonly TeamSessionInput[],
  options: AggregateOptions = {},
): Promise<TeamResult> {
  const listProblem = sessionListProblem(sessions);
  if (listProblem) return emptyTeamResult(model, [], [listProblem]);
  let checkedModel: ActieModel = model;
  if (!isValidatedModel(model)) {
    const validated = validateModel(model);
    if (!validated.ok) return invalidModelResult(model, sessions, validated.errors);
    checkedModel = validated.value;
  }
  const settings = readOptions(checkedModel, options);
  if (!settings.ok) return emptyTeamResult(checkedModel, [], settings.errors);
  const { minGroupSize, minCompanionGroupSize, pause } = settings.value;
  // Without the companions option: the built-in models that mirror this one, loaded now (only those).
  let companions = settings.value.companions;
  let unavailable: readonly UnavailableCompanion[] = [];
  if (!companions) {
    const loaded = await loadCompanions(checkedModel);
    const found = companionsFor(checkedModel, loaded.models, false);
    if (!found.ok) return emptyTeamResult(checkedModel, [], found.errors);
    companions = found.value;
    unavailable = loaded.unavailable;
  }
  // Every PAUSE_EVERY sessions (read, then scored), let the caller breathe (a browser paints).
  const breathe = async (count: number): Promise<void> => {
    if (pause && count % PAUSE_EVERY === 0) await pause();
  };

  // First read every file, so that a session given twice is counted once (the latest save).
  const rejected: (RejectedSession & { at: number })[] = [];
  const read: ReadSession[] = [];
  for (let at = 0; at < sessions.length; at++) {
    const { source, data } = readEntry(sessions, at);
    const session = readSession(checkedModel, companions, unavailable, source, at, data);
    if (session.ok) read.push(session.value);
    else rejected.push({ source, at, errors: session.errors });
    await breathe(at + 1);
  }
  const duplicates = findDuplicates(read);

  const team = new Group(modelIndex(checkedModel));
  const views = companions.map((c) => new Group(modelIndex(c.model)));
  const byLevel = new Map<Level, Encoded[]>();
  const migrated: MigratedTeamSession[] = [];
  let unknownLevel = 0;
  let counted = 0;
  for (const session of read) {
    if (duplicates.has(session)) continue;
    await breathe(++counted);
    const group = session.companion === undefined ? team : (views[session.companion] ?? team);
    const scored = await group.score(session.input);
    if (!scored.ok) {
      rejected.push({ source: session.source, at: session.at, errors: scored.errors });
      continue;
    }
    if (session.migration) migrated.push({ source: session.source, from: session.migration.from, report: session.migration });
    group.add(scored.value, session.reflections);
    if (session.companion !== undefined) continue;
    const level = team.index.levelOf(session.input.intake);
    if (!level) unknownLevel++;
    else if (byLevel.has(level)) byLevel.get(level)?.push(scored.value);
    else byLevel.set(level, [scored.value]);
  }

  const teamResult = team.tally.result();
  const levels = levelGroups(team.index, byLevel, unknownLevel, minGroupSize);
  return {
    model: { id: checkedModel.id, version: checkedModel.version },
    ...teamResult,
    byLevel: levels.shown,
    ...(levels.hidden ? { hiddenLevels: levels.hidden } : {}),
    minGroupSize,
    minCompanionGroupSize,
    participantsByLevel: Object.fromEntries(LEVELS.flatMap((l) => (byLevel.has(l) ? [[l, byLevel.get(l)?.length ?? 0]] : []))),
    unknownLevel,
    views: companions.map((c, i) => companionView(teamResult, c, views[i] ?? team, minCompanionGroupSize)),
    reflections: team.reflections(),
    duplicates: read.flatMap((s) => {
      const kept = duplicates.get(s);
      return kept ? [{ source: s.source, sameAs: kept.source }] : [];
    }),
    rejected: rejected.sort((a, b) => a.at - b.at).map(({ source, errors }) => ({ source, errors })),
    migrated,
    errors: [],
  };
}

/** Write a team result as JSON text (two-space indent, ends with a newline), e.g. to export it. */
export function serializeTeamResult(team: TeamResult): string {
  return JSON.stringify(team, null, 2) + '\n';
}

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

/**
 * A session file, read and checked against the team's model, or against a companion model when it
 * was made with one.
 */
function readSession(
  model: ActieModel,
  companions: readonly Companion[],
  unavailable: readonly UnavailableCompanion[],
  source: string,
  at: number,
  data: unknown,
): Result<ReadSession> {
  if (data === undefined) {
    return { ok: false, errors: [{ path: '', code: 'required', message: 'There is no session data.' }] };
  }
  // The file's model says which model to open it with; openSession reports everything else.
  const json = parseJsonText(data, 'session file');
  const ref = json.ok && isRecord(json.value) ? own(json.value, 'model') : undefined;
  const id = isRecord(ref) ? own(ref, 'id') : undefined;
  const companion = id === model.id ? -1 : companions.findIndex((c) => c.model.id === id);
  const missing = companion < 0 && id !== model.id ? unavailable.find((u) => u.info.id === id) : undefined;
  if (missing) {
    const message =
      `This is a session of "${missing.info.title['en'] ?? missing.info.id}" (${missing.info.id}), which is combined ` +
      `beside the team's, but that model could not be loaded (${missing.reason}). Try again; if it keeps failing, reload the page.`;
    return { ok: false, errors: [{ path: '/model/id', code: 'required', message }] };
  }
  const target = companion >= 0 ? (companions[companion]?.model ?? model) : model;
  const opened = openSession(target, json.ok && typeof json.value !== 'string' ? json.value : data);
  if (!opened.ok) return opened;
  const { session, input, migration } = opened.value;
  return {
    ok: true,
    value: {
      source,
      at,
      companion: companion >= 0 ? companion : undefined,
      input,
      reflections: session.reflections ?? {},
      migration,
      key: sessionKey(session),
      updatedAt: session.updatedAt,
    },
  };
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
  const counts: VerdictCounts = { good: 0, needsWork: 0, unknown: 0, offers: 0, keyNeedsWork: 0, total: 0 };
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
    minGroupSize: DEFAULT_MIN_GROUP_SIZE,
    minCompanionGroupSize: DEFAULT_MIN_COMPANION_GROUP_SIZE,
    participantsByLevel: {},
    unknownLevel: 0,
    views: [],
    reflections: [],
    duplicates: [],
    rejected,
    migrated: [],
    errors,
  };
}

/** A value in a message: JSON where it can be written as JSON, else its type. */
function describe(value: unknown): string {
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** How many sessions are read (and scored) between two calls of the `pause` option. */
const PAUSE_EVERY = 20;

/** Most participants a group may be required to have before it is shown. */
const MAX_GROUP_SIZE = 100;

/**
 * The options, checked. The companions are those given, or undefined when none are given: then
 * they are the built-in models that mirror this one, loaded by `aggregate` (see ./companions.ts).
 */
function readOptions(
  model: ActieModel,
  options: unknown,
): Result<{
  minGroupSize: number;
  minCompanionGroupSize: number;
  companions: Companion[] | undefined;
  pause: (() => Promise<void>) | undefined;
}> {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    return { ok: false, errors: [{ path: '', code: 'type', message: 'The options must be an object; nothing was combined.' }] };
  }
  const record = options as Record<string, unknown>;
  const errors: ValidationError[] = [];
  const size = (key: string, fallback: number): number => {
    const value = own(record, key);
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_GROUP_SIZE) {
      errors.push({
        path: `/${key}`,
        code: 'invalid-value',
        message: `The option ${key} must be a whole number from 1 to ${MAX_GROUP_SIZE}; it is ${describe(value)}. Nothing was combined.`,
      });
      return fallback;
    }
    return value;
  };
  const minGroupSize = size('minGroupSize', DEFAULT_MIN_GROUP_SIZE);
  const minCompanionGroupSize = size('minCompanionGroupSize', DEFAULT_MIN_COMPANION_GROUP_SIZE);
  const pauseValue = own(record, 'pause');
  if (pauseValue !== undefined && typeof pauseValue !== 'function') {
    errors.push({ path: '/pause', code: 'type', message: 'The option pause must be a function that returns a promise.' });
  }
  const given = own(record, 'companions');
  const candidates: ActieModel[] = [];
  if (given !== undefined) {
    if (!Array.isArray(given)) {
      errors.push({ path: '/companions', code: 'type', message: 'The option companions must be a list of models.' });
    } else {
      (given as unknown[]).forEach((candidate, i) => {
        const checked = isValidatedModel(candidate) ? { ok: true as const, value: candidate } : validateModel(candidate);
        if (checked.ok) candidates.push(checked.value);
        else for (const e of checked.errors) errors.push({ ...e, path: `/companions/${i}${e.path}` });
      });
    }
  }
  if (errors.length) return { ok: false, errors };
  const companions = given === undefined ? undefined : companionsFor(model, candidates, true);
  if (companions && !companions.ok) return companions;
  return {
    ok: true,
    value: {
      minGroupSize,
      minCompanionGroupSize,
      companions: companions?.value,
      pause: typeof pauseValue === 'function' ? (pauseValue as () => Promise<void>) : undefined,
    },
  };
}
