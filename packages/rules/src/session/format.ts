import type { ActieModel, IntakeValue, ValidAssessmentInput } from '../model/types.js';
import { checkedModel, modelErrors } from '../model/trusted.js';
import { AGREEMENT_STATUSES, type ActionPlan, type Agreement } from '../plan/types.js';
import { fail, ok, pointer, type Result, type ValidationError } from '../result.js';
import { checkAnswers } from '../validate/answers.js';
import { Checker, LIMITS, own, quote, repeated, truncate, type Path } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import { isIsoDate } from '../dates.js';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, SESSION_ID_MAX, type SessionFile } from './create.js';

export {
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  createSession,
  newSessionId,
  serializeSession,
  type CreateSessionOptions,
  type SessionFile,
} from './create.js';

/**
 * Read a session file (object or JSON text) of any supported format version, migrating older
 * versions to the current one. Checks the structure only; use {@link sessionInput} to check the
 * answers against a model. Never throws.
 *
 * Format version 1 (the first draft) kept each answer with its note:
 * `{ format, formatVersion: 1, modelId, modelVersion, savedAt, intake, answers: { A1: { value, note } } }`.
 */
export function parseSession(input: unknown): Result<SessionFile> {
  const parsed = parseJsonText(input, 'session file');
  if (!parsed.ok) return parsed;
  try {
    const c = new Checker();
    const session = readSession(c, parsed.value);
    return session && !c.failed ? ok(session) : fail(c.errors);
  } catch (error) {
    return fail([{ path: '', code: 'type', message: `The session file could not be read: ${String(error)}.` }]);
  }
}

function readSession(c: Checker, value: unknown): SessionFile | undefined {
  const root = c.record(value, [], 'The session file');
  if (!root) return undefined;
  if (own(root, 'format') !== SESSION_FORMAT) {
    c.add(
      ['format'],
      'not-actie-file',
      `This is not an ACTIE session file: "format" should be "${SESSION_FORMAT}", but it is ${quote(own(root, 'format'))}.`,
    );
    return undefined;
  }
  const version = own(root, 'formatVersion');
  if (version === 1) return migrateV1(c, root);
  if (version !== 2 && version !== SESSION_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > SESSION_FORMAT_VERSION;
    c.add(
      ['formatVersion'],
      'unsupported-version',
      newer
        ? `This session file has format version ${version}, made by a newer ACTIE; this version reads up to ${SESSION_FORMAT_VERSION}. Update ACTIE to open it.`
        : `Format version ${quote(version)} is not known; this version reads 1 to ${SESSION_FORMAT_VERSION}.`,
    );
    return undefined;
  }
  const keys = [
    'format',
    'formatVersion',
    'model',
    'createdAt',
    'updatedAt',
    'participant',
    'intake',
    'answers',
    'notes',
    'plan',
  ];
  c.knownKeys(root, version === 2 ? keys : [...keys, 'id', 'reflections'], [], 'The session file');
  const idValue = own(root, 'id');
  let id: string | undefined;
  if (idValue !== undefined) {
    id = c.text(idValue, ['id'], 'The session id', SESSION_ID_MAX);
  }
  const reflectionsValue = own(root, 'reflections');
  const reflections =
    reflectionsValue === undefined ? undefined : stringMap(c, reflectionsValue, ['reflections'], 'The reflections');
  for (const [area, text] of Object.entries(reflections ?? {})) {
    if (text.length > LIMITS.note) {
      c.add(
        ['reflections', area],
        'too-large',
        `The reflection on "${area}" is ${text.length} characters long; at most ${LIMITS.note} are allowed.`,
      );
    }
  }
  const modelRef = c.record(own(root, 'model'), ['model'], 'The model reference');
  const modelId = modelRef ? c.text(own(modelRef, 'id'), ['model', 'id'], 'The model id', LIMITS.id) : undefined;
  const modelVersion = modelRef ? c.text(own(modelRef, 'version'), ['model', 'version'], 'The model version', 16) : undefined;
  const createdAt = timestamp(c, own(root, 'createdAt'), ['createdAt'], 'createdAt');
  const updatedAt = timestamp(c, own(root, 'updatedAt'), ['updatedAt'], 'updatedAt');
  let participant: { name: string } | undefined;
  const p = own(root, 'participant');
  if (p !== undefined) {
    const rec = c.record(p, ['participant'], 'The participant');
    const name = rec ? c.text(own(rec, 'name'), ['participant', 'name'], 'The participant name', 200) : undefined;
    if (name) participant = { name };
  }
  const intake = stringMap(c, own(root, 'intake') ?? {}, ['intake'], 'The intake', true);
  const answers = stringMap(c, own(root, 'answers') ?? {}, ['answers'], 'The answers');
  const notes = stringMap(c, own(root, 'notes') ?? {}, ['notes'], 'The notes');
  const plan = own(root, 'plan') === undefined ? undefined : readPlan(c, own(root, 'plan'), ['plan']);
  if (!modelId || !modelVersion || !createdAt || !updatedAt || !intake || !answers || !notes || c.failed) return undefined;
  return {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    ...(id ? { id } : {}),
    model: { id: modelId, version: modelVersion },
    createdAt,
    updatedAt,
    ...(participant ? { participant } : {}),
    intake,
    answers: answers as SessionFile['answers'],
    notes,
    ...(reflections && Object.keys(reflections).length ? { reflections } : {}),
    ...(plan ? { plan } : {}),
  };
}

function migrateV1(c: Checker, root: Record<string, unknown>): SessionFile | undefined {
  c.knownKeys(
    root,
    ['format', 'formatVersion', 'modelId', 'modelVersion', 'savedAt', 'intake', 'answers'],
    [],
    'The session file',
  );
  const modelId = c.text(own(root, 'modelId'), ['modelId'], 'The model id', LIMITS.id);
  const modelVersion = c.text(own(root, 'modelVersion'), ['modelVersion'], 'The model version', 16);
  const savedAt = timestamp(c, own(root, 'savedAt'), ['savedAt'], 'savedAt');
  const intake = stringMap(c, own(root, 'intake') ?? {}, ['intake'], 'The intake');
  const rawAnswers = c.record(own(root, 'answers') ?? {}, ['answers'], 'The answers');
  const answers: Record<string, string> = {};
  const notes: Record<string, string> = {};
  if (rawAnswers) {
    for (const [id, entry] of Object.entries(rawAnswers)) {
      const rec = c.record(entry, ['answers', id], `The answer to ${id}`);
      if (!rec) continue;
      const value = own(rec, 'value');
      const note = own(rec, 'note');
      if (typeof value === 'string') answers[id] = value;
      else if (value !== undefined && value !== null)
        c.add(['answers', id, 'value'], 'type', `The answer to ${id} must be text.`);
      if (typeof note === 'string' && note !== '') notes[id] = note;
      else if (note !== undefined && typeof note !== 'string')
        c.add(['answers', id, 'note'], 'type', `The note for ${id} must be text.`);
    }
  }
  if (!modelId || !modelVersion || !savedAt || !intake || c.failed) return undefined;
  return {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    model: { id: modelId, version: modelVersion },
    createdAt: savedAt,
    updatedAt: savedAt,
    intake,
    answers: answers as SessionFile['answers'],
    notes,
  };
}

function timestamp(c: Checker, value: unknown, path: Path, what: string): string | undefined {
  if (typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value))) return value;
  c.add(path, value === undefined ? 'required' : 'invalid-value', `${what} must be a date and time like "2026-11-30T10:00:00Z".`);
  return undefined;
}

/**
 * A record of text values (a session's notes and reflections), or for the intake also lists of
 * text (the answer to an intake question of kind `choices`). Whether the values fit the model is
 * checked when the session is opened against it.
 */
function stringMap(c: Checker, value: unknown, path: Path, what: string): Record<string, string> | undefined;
function stringMap(c: Checker, value: unknown, path: Path, what: string, lists: true): Record<string, IntakeValue> | undefined;
function stringMap(c: Checker, value: unknown, path: Path, what: string, lists = false): Record<string, IntakeValue> | undefined {
  const rec = c.record(value, path, what);
  if (!rec) return undefined;
  const entries = Object.entries(rec);
  if (entries.length > LIMITS.entries) {
    c.add(path, 'too-large', `${what} have ${entries.length} entries; at most ${LIMITS.entries} are accepted.`);
    return undefined;
  }
  const out: [string, IntakeValue][] = [];
  for (const [key, v] of entries) {
    if (typeof v === 'string') out.push([key, v]);
    else if (lists && Array.isArray(v) && v.length <= LIMITS.entries && v.every((x): x is string => typeof x === 'string'))
      out.push([key, [...v]]);
    else if (v !== null)
      c.add(
        [...path, key],
        'type',
        `${what}: "${key}" must be text${lists ? ' or a list of options' : ''}, but it is ${quote(v)}.`,
      );
  }
  return Object.fromEntries(out);
}

/** Check an action plan read from outside. @internal */
export function readPlan(c: Checker, value: unknown, path: Path): ActionPlan | undefined {
  const rec = c.record(value, path, 'The action plan');
  if (!rec) return undefined;
  c.knownKeys(rec, ['agreements'], path, 'The action plan');
  const ids = new Set<string>();
  const spec = { list: 'The agreements', item: 'An agreement', keys: ['id', 'condition', 'what', 'who', 'when', 'status'] };
  const agreements = c.items(own(rec, 'agreements'), [...path, 'agreements'], spec, (a, aPath): Agreement | undefined => {
    const id = c.id(own(a, 'id'), [...aPath, 'id'], 'The agreement id');
    if (repeated(ids, id)) c.add([...aPath, 'id'], 'duplicate-id', `Agreement id "${id}" is used twice.`);
    const what = c.text(own(a, 'what'), [...aPath, 'what'], 'What will be done', LIMITS.note);
    const whoValue = own(a, 'who') ?? '';
    if (typeof whoValue !== 'string' || whoValue.length > 200)
      c.add([...aPath, 'who'], 'type', 'Who does it must be text of at most 200 characters.');
    const when = own(a, 'when');
    if (when !== undefined && when !== null && (typeof when !== 'string' || !isIsoDate(when)))
      c.add([...aPath, 'when'], 'invalid-value', `The deadline ${quote(when)} is not a date like "2027-03-31".`);
    const condition =
      own(a, 'condition') === undefined ? undefined : c.id(own(a, 'condition'), [...aPath, 'condition'], 'The condition id');
    const status = c.oneOf(own(a, 'status'), AGREEMENT_STATUSES, [...aPath, 'status'], 'The status');
    if (!id || !what || !status || typeof whoValue !== 'string') return undefined;
    return {
      id,
      ...(condition !== undefined ? { condition } : {}),
      what,
      who: whoValue,
      ...(typeof when === 'string' ? { when } : {}),
      status,
    };
  });
  return agreements ? { agreements } : undefined;
}

/**
 * The answers of a session file, checked against the model they are for.
 *
 * A session for another model, or for another major version of it, is reported with code
 * `model-mismatch` and not scored. Another minor version is accepted as long as every answer
 * still fits the model; answers to questions that no longer exist are reported.
 *
 * The session is checked as {@link parseSession} checks it first, so a value that is not a
 * session file (from JavaScript, or parsed JSON taken as one) gives that function's errors, with
 * their paths, instead of an exception. Never throws.
 */
export function sessionInput(model: ActieModel, session: SessionFile): Result<ValidAssessmentInput> {
  const usable = checkedModel(model);
  if (!usable.ok) return modelErrors(usable.errors);
  const parsed = parseSession(session);
  return parsed.ok ? answersOfSession(usable.value, parsed.value) : parsed;
}

/**
 * {@link sessionInput} for a session that {@link parseSession} (or a migration after it) returned,
 * without checking its structure a second time.
 * @internal
 */
export function answersOfSession(model: ActieModel, session: SessionFile): Result<ValidAssessmentInput> {
  const errors: ValidationError[] = [];
  if (session.model.id !== model.id) {
    errors.push({
      path: '/model/id',
      code: 'model-mismatch',
      message: `This session is for ${modelName(session.model.id)}, not for ${modelName(model.id)}; sessions of different question sets cannot be combined or scored together.`,
    });
  } else if (major(session.model.version) !== major(model.version)) {
    errors.push({
      path: '/model/version',
      code: 'model-mismatch',
      message: `This session is for version ${session.model.version} of the model; the current version ${model.version} asks different questions, so it cannot be scored with it.`,
    });
  }
  if (errors.length) return fail(errors);
  const checked = checkAnswers(model, { intake: session.intake, answers: session.answers, notes: session.notes });
  const areaIds = new Set(model.areas.map((a) => a.id));
  const reflectionErrors: ValidationError[] = Object.keys(session.reflections ?? {})
    .filter((area) => !areaIds.has(area))
    .map((area) => ({
      path: pointer('reflections', area),
      code: 'unknown-reference',
      message: `There is a reflection on "${truncate(area)}", which is not an area of model "${model.id}" (areas: ${[...areaIds].join(', ')}).`,
    }));
  const all = [...checked.errors, ...reflectionErrors];
  return all.length ? fail(all) : ok(checked.value);
}

/** What people call the built-in models, for messages; other models by their id. */
const MODEL_NAMES: Readonly<Record<string, string>> = {
  'actie-default': 'the ACTIE check of one initiative ("actie-default")',
  'actie-organisation': 'the organisation scan ("actie-organisation")',
  'actie-initiator': 'the initiators\' own questions ("actie-initiator")',
};

function modelName(id: string): string {
  return Object.prototype.hasOwnProperty.call(MODEL_NAMES, id) ? (MODEL_NAMES[id] as string) : `model "${truncate(id)}"`;
}

function major(version: string): string {
  return version.split('.')[0] ?? version;
}
