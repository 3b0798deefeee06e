import {
  ANSWER_VALUES,
  type ActieModel,
  type AnswerValue,
  type IntakeQuestion,
  type IntakeValue,
  type ValidAssessmentInput,
} from '../model/types.js';
import { fail, ok, type Result, type ValidationError } from '../result.js';
import { Checker, LIMITS, RESERVED_KEYS, own, quote, truncate, type Path } from './checker.js';
import { checkedModel, modelErrors } from '../model/trusted.js';
import { parseJsonText } from './json.js';

/**
 * What {@link checkAnswers} found: the valid part of the input (always usable) and the problems.
 * @internal
 */
export interface CheckedAnswers {
  readonly value: ValidAssessmentInput;
  readonly errors: readonly ValidationError[];
}

/**
 * Check one participant's answers against a model.
 *
 * Accepts `{ intake?, answers, notes? }` as an object or JSON text. Answers are
 * `'yes' | 'partly' | 'no' | 'dont-know'` per question id; `null` means not answered. Returns the
 * cleaned input, or every problem with a JSON Pointer (e.g. `/answers/A9`) and a message. Never
 * throws.
 */
export function validateAnswers(model: ActieModel, input: unknown): Result<ValidAssessmentInput> {
  const usable = checkedModel(model);
  if (!usable.ok) return modelErrors(usable.errors);
  const checked = checkAnswers(usable.value, input);
  return checked.errors.length ? fail(checked.errors) : ok(checked.value);
}

/**
 * Like {@link validateAnswers}, but keeps every valid entry next to the errors, so a caller can
 * go on with what is good (scoring does; nothing valid is lost because of one bad entry).
 * @internal
 */
export function checkAnswers(model: ActieModel, input: unknown, base: Path = []): CheckedAnswers {
  const parsed = parseJsonText(input, 'answers file');
  if (!parsed.ok) return { value: { answers: {} }, errors: parsed.errors };
  const c = new Checker();
  try {
    const value = readInput(c, model, parsed.value, base);
    return { value, errors: c.errors };
  } catch (error) {
    return {
      value: { answers: {} },
      errors: [{ path: '', code: 'type', message: `The answers could not be read: ${String(error)}.` }],
    };
  }
}

function readInput(c: Checker, model: ActieModel, input: unknown, base: Path): ValidAssessmentInput {
  const root = c.record(input, base, 'The answers file');
  if (!root) return { answers: {} };
  c.knownKeys(root, ['intake', 'answers', 'notes'], base, 'The answers file');
  const questionIds = questionIdsOf(model);

  // Question ids match ID_PATTERN, so an accepted id is never "__proto__": plain assignment is safe.
  const answers: Record<string, AnswerValue> = {};
  const rawAnswers = own(root, 'answers');
  const answerRecord = rawAnswers === undefined ? undefined : c.record(rawAnswers, [...base, 'answers'], 'The answers');
  if (rawAnswers === undefined)
    c.add([...base, 'answers'], 'required', 'The answers are missing; use {} when nothing is answered yet.');
  const answerIds = answerRecord && Object.keys(answerRecord);
  if (answerRecord && answerIds && sizeOk(c, answerIds.length, [...base, 'answers'], 'The answers')) {
    for (const id of answerIds) {
      const value = answerRecord[id];
      if (isAnswerValue(value) && questionIds.has(id)) {
        answers[id] = value;
        continue;
      }
      const path = [...base, 'answers', id];
      if (reserved(c, id, path, 'An answer')) continue;
      if (!questionIds.has(id)) {
        c.add(path, 'unknown-reference', `There is no question "${truncate(id)}" in model "${model.id}" ${model.version}.`);
        continue;
      }
      if (value !== null) {
        c.add(
          path,
          'invalid-value',
          `The answer to ${id} is ${quote(value)}; use one of ${ANSWER_VALUES.map((v) => `"${v}"`).join(', ')} (or null for no answer).`,
        );
      }
    }
  }

  const notes: [string, string][] = [];
  const rawNotes = own(root, 'notes');
  const noteRecord = rawNotes === undefined ? undefined : c.record(rawNotes, [...base, 'notes'], 'The notes');
  if (noteRecord && sizeOk(c, Object.keys(noteRecord).length, [...base, 'notes'], 'The notes')) {
    for (const [id, value] of Object.entries(noteRecord)) {
      const path = [...base, 'notes', id];
      if (reserved(c, id, path, 'A note')) continue;
      if (!questionIds.has(id)) {
        c.add(path, 'unknown-reference', `There is a note for "${truncate(id)}", but no such question in model "${model.id}".`);
      } else if (typeof value !== 'string') {
        c.add(path, 'type', `The note for ${id} must be text, but it is ${quote(value)}.`);
      } else if (value.length > LIMITS.note) {
        c.add(path, 'too-large', `The note for ${id} is ${value.length} characters long; at most ${LIMITS.note} are allowed.`);
      } else if (value !== '') {
        notes.push([id, value]);
      }
    }
  }

  const intake: [string, IntakeValue][] = [];
  const rawIntake = own(root, 'intake');
  const intakeRecord = rawIntake === undefined ? undefined : c.record(rawIntake, [...base, 'intake'], 'The intake');
  if (intakeRecord && sizeOk(c, Object.keys(intakeRecord).length, [...base, 'intake'], 'The intake')) {
    const byId = intakeQuestionsOf(model);
    for (const [id, value] of Object.entries(intakeRecord)) {
      const path = [...base, 'intake', id];
      if (reserved(c, id, path, 'An intake answer')) continue;
      const question = byId.get(id);
      if (!question) {
        c.add(
          path,
          'unknown-reference',
          `There is no intake question "${truncate(id)}". Intake questions: ${[...byId.keys()].join(', ')}.`,
        );
        continue;
      }
      if (value === null || value === '') continue;
      if (question.kind === 'choices') {
        const list = checkChoices(c, value, path, id, question);
        if (list?.length) intake.push([id, list]);
      } else if (typeof value !== 'string') {
        c.add(path, 'type', `The intake answer "${id}" must be text, but it is ${quote(value)}.`);
      } else if (question.kind === 'choice') {
        const values = (question.options ?? []).map((o) => o.value);
        if (values.includes(value)) intake.push([id, value]);
        else c.add(path, 'invalid-value', `The intake answer "${id}" is ${quote(value)}; use one of: ${values.join(', ')}.`);
      } else {
        const max = question.maxLength ?? 200;
        if (value.length <= max) intake.push([id, value]);
        else
          c.add(path, 'too-large', `The intake answer "${id}" is ${value.length} characters long; at most ${max} are allowed.`);
      }
    }
  }

  const result: { intake?: Record<string, IntakeValue>; answers: Record<string, AnswerValue>; notes?: Record<string, string> } = {
    answers,
  };
  if (intake.length) result.intake = Object.fromEntries(intake);
  if (notes.length) result.notes = Object.fromEntries(notes);
  return result;
}

/**
 * The answer to an intake question of kind `choices`: a list of its option values, each at most
 * once, an exclusive option alone. A single value is read as a list of one. Returns the options in
 * the model's order, or undefined with the problems reported.
 */
function checkChoices(c: Checker, value: unknown, path: Path, id: string, question: IntakeQuestion): string[] | undefined {
  const options = question.options ?? [];
  const values = options.map((o) => o.value);
  const given: unknown[] =
    typeof value === 'string' ? [value] : Array.isArray(value) ? c.dense(value, path, `The intake answer "${id}"`) : [];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    c.add(path, 'type', `The intake answer "${id}" must be a list of options, but it is ${quote(value)}.`);
    return undefined;
  }
  if (given.length > values.length) {
    c.add(path, 'too-large', `The intake answer "${id}" has ${given.length} options; there are only ${values.length}.`);
    return undefined;
  }
  const before = c.errors.length;
  const chosen = new Set<string>();
  given.forEach((v, i) => {
    const at = typeof value === 'string' ? path : [...path, i];
    if (typeof v !== 'string' || !values.includes(v))
      c.add(at, 'invalid-value', `The intake answer "${id}" holds ${quote(v)}; use options from: ${values.join(', ')}.`);
    else if (chosen.has(v)) c.add(at, 'duplicate-id', `The intake answer "${id}" holds "${v}" twice.`);
    else chosen.add(v);
  });
  const exclusive = options.find((o) => o.exclusive && chosen.has(o.value));
  if (exclusive && chosen.size > 1)
    c.add(
      path,
      'invalid-value',
      `The intake answer "${id}" holds "${exclusive.value}", which cannot be combined with other options.`,
    );
  return c.errors.length === before ? values.filter((v) => chosen.has(v)) : undefined;
}

const questionIdCache = new WeakMap<ActieModel, ReadonlySet<string>>();

/** The question ids of a model, computed once per model. */
export function questionIdsOf(model: ActieModel): ReadonlySet<string> {
  let ids = questionIdCache.get(model);
  if (!ids) {
    ids = new Set(model.areas.flatMap((a) => a.questions.map((q) => q.id)));
    questionIdCache.set(model, ids);
  }
  return ids;
}

const intakeQuestionCache = new WeakMap<ActieModel, ReadonlyMap<string, IntakeQuestion>>();

/** The intake questions of a model by id, computed once per model. */
function intakeQuestionsOf(model: ActieModel): ReadonlyMap<string, IntakeQuestion> {
  let byId = intakeQuestionCache.get(model);
  if (!byId) {
    byId = new Map(model.intake.map((q) => [q.id, q]));
    intakeQuestionCache.set(model, byId);
  }
  return byId;
}

function sizeOk(c: Checker, size: number, path: Path, what: string): boolean {
  if (size <= LIMITS.entries) return true;
  c.add(path, 'too-large', `${what} have ${size} entries; at most ${LIMITS.entries} are accepted.`);
  return false;
}

/** Whether a value is one of the four answers. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'string' && (ANSWER_VALUES as readonly string[]).includes(value);
}

/** A key that may never be an id (`__proto__`, `constructor`, `prototype`): reported as `reserved-key`. */
function reserved(c: Checker, id: string, path: Path, what: string): boolean {
  if (!RESERVED_KEYS.has(id)) return false;
  c.add(path, 'reserved-key', `${what} has the key "${id}", a reserved word that is never a question id.`);
  return true;
}
