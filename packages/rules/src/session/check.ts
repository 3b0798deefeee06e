import type { ActieModel, ValidAssessmentInput } from '../model/types.js';
import { fail, type Result, type ValidationError } from '../result.js';
import { answersOfSession, parseSession, SESSION_FORMAT, SESSION_FORMAT_VERSION } from './format.js';
import { checkAnswers } from '../validate/answers.js';
import { isRecord, own } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';

/**
 * A session file (object or JSON text) checked as a whole against a model: its structure
 * (`parseSession`) and its answers (`sessionInput`), with every problem reported at once. When
 * the structure has problems, the answers, intake and notes are still checked against the model
 * where they can be read, so a file is not fixed one round of errors at a time. Never throws.
 * @internal
 */
export function checkSessionFile(model: ActieModel, input: unknown): Result<ValidAssessmentInput> {
  const parsed = parseJsonText(input, 'session file');
  if (!parsed.ok) return parsed;
  // JSON text that holds a string is not parsed a second time.
  if (typeof parsed.value === 'string') {
    return fail([{ path: '', code: 'type', message: 'The session file must be an object, but it is text.' }]);
  }
  const session = parseSession(parsed.value);
  if (session.ok) return answersOfSession(model, session.value);
  try {
    return fail(merge(session.errors, answerErrors(model, parsed.value)));
  } catch {
    // Hostile input (a getter that throws): the structural errors say enough.
    return session;
  }
}

/** Problems of the answers part of a damaged current-version session for this model and major version. */
function answerErrors(model: ActieModel, value: unknown): readonly ValidationError[] {
  if (
    !isRecord(value) ||
    own(value, 'format') !== SESSION_FORMAT ||
    (own(value, 'formatVersion') !== 2 && own(value, 'formatVersion') !== SESSION_FORMAT_VERSION)
  ) {
    return [];
  }
  const ref = own(value, 'model');
  const id = isRecord(ref) ? own(ref, 'id') : undefined;
  const version = isRecord(ref) ? own(ref, 'version') : undefined;
  if (id !== model.id || typeof version !== 'string' || version.split('.')[0] !== model.version.split('.')[0]) return [];
  const part: Record<string, unknown> = { answers: {} };
  for (const key of ['intake', 'answers', 'notes'] as const) {
    const entry = own(value, key);
    if (isRecord(entry)) part[key] = entry;
  }
  return checkAnswers(model, part).errors;
}

/** `first`, then the errors of `more` at paths that `first` does not cover (the same path, or one inside it). */
function merge(first: readonly ValidationError[], more: readonly ValidationError[]): ValidationError[] {
  const covered = (path: string): boolean => first.some((e) => path === e.path || path.startsWith(e.path + '/'));
  return [...first, ...more.filter((e) => !covered(e.path))].slice(0, 1000);
}
