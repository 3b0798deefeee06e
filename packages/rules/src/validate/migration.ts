import {
  ANSWER_VALUES,
  type AnswerValue,
  type ConditionMigration,
  type LocalizedText,
  type ModelMigration,
  type QuestionChange,
  type QuestionMigration,
} from '../model/types.js';
import { own, repeated, type Checker, type Path } from './checker.js';

const CHANGES: readonly QuestionChange[] = ['kept', 'moved', 'split', 'merged', 'replaced', 'removed'];
const MAJOR_PATTERN = /^\d{1,4}$/;

type TextCheck = (value: unknown, path: Path, what: string) => LocalizedText | undefined;

/**
 * Check a model's `migrations`: each names an older major version, and says of every old
 * question and condition where it went. Targets must exist in this model. @internal
 */
export function checkMigrations(
  c: Checker,
  value: unknown,
  t: TextCheck,
  version: string,
  questions: ReadonlySet<string>,
  conditions: ReadonlySet<string>,
): ModelMigration[] | undefined {
  const major = Number(version.split('.')[0]);
  const seen = new Set<string>();
  const spec = { list: 'The list of migrations', item: 'A migration', keys: ['from', 'questions', 'conditions'], max: 20 };
  return c.items(value, ['migrations'], spec, (m, path): ModelMigration | undefined => {
    const from = own(m, 'from');
    if (typeof from !== 'string' || !MAJOR_PATTERN.test(from) || Number(from) >= major) {
      c.add(
        [...path, 'from'],
        from === undefined ? 'required' : 'invalid-value',
        `"from" must be an older major version of this model as text, such as "1" (this model is version ${version}).`,
      );
      return undefined;
    }
    if (repeated(seen, from)) c.add([...path, 'from'], 'duplicate-id', `There are two migrations from version ${from}.`);
    const qs = checkQuestionMigrations(c, own(m, 'questions'), [...path, 'questions'], t, questions);
    const cs = checkConditionMigrations(c, own(m, 'conditions'), [...path, 'conditions'], conditions);
    if (!qs || !cs) return undefined;
    return { from, questions: qs, conditions: cs };
  });
}

/**
 * A list of what became of the questions or conditions of the older version: each item names an
 * old id in `from`, once, and has the fields `keys` besides, checked by `check`.
 */
function checkFromOld<T>(
  c: Checker,
  value: unknown,
  path: Path,
  kind: 'question' | 'condition',
  keys: readonly string[],
  check: (item: Record<string, unknown>, path: Path, from: string | undefined) => T | undefined,
): T[] | undefined {
  const seen = new Set<string>();
  const spec = { list: `The list of ${kind} migrations`, item: `A ${kind} migration`, keys: ['from', ...keys] };
  return c.items(value, path, spec, (item, at) => {
    const from = c.id(own(item, 'from'), [...at, 'from'], `The old ${kind} id`);
    if (repeated(seen, from)) c.add([...at, 'from'], 'duplicate-id', `Old ${kind} "${from}" is listed twice.`);
    return check(item, at, from);
  });
}

function checkQuestionMigrations(
  c: Checker,
  value: unknown,
  path: Path,
  t: TextCheck,
  questions: ReadonlySet<string>,
): QuestionMigration[] | undefined {
  const keys = ['change', 'to', 'text', 'reanswer'];
  return checkFromOld(c, value, path, 'question', keys, (q, qPath, from): QuestionMigration | undefined => {
    const change = c.oneOf(own(q, 'change'), CHANGES, [...qPath, 'change'], 'The change');
    const to = checkTargets(c, own(q, 'to'), [...qPath, 'to'], change, questions);
    const reanswer = checkReanswer(c, own(q, 'reanswer'), [...qPath, 'reanswer'], change);
    const text = own(q, 'text') === undefined ? undefined : t(own(q, 'text'), [...qPath, 'text'], 'The old question text');
    const needsText = change !== undefined && (!['kept', 'moved'].includes(change) || (reanswer?.length ?? 0) > 0);
    if (needsText && own(q, 'text') === undefined) {
      c.add(
        [...qPath, 'text'],
        'required',
        'The old question text is missing. It is needed when the old answer does not carry over: it is quoted in the note and shown to the user.',
      );
      return undefined;
    }
    if (!from || !change || !to || !reanswer || (own(q, 'text') !== undefined && !text)) return undefined;
    return { from, change, to, ...(text ? { text } : {}), ...(reanswer.length ? { reanswer } : {}) };
  });
}

function checkTargets(
  c: Checker,
  value: unknown,
  path: Path,
  change: QuestionChange | undefined,
  questions: ReadonlySet<string>,
): string[] | undefined {
  const list = c.list(value ?? [], path, 'The list of new question ids', 0, 20);
  if (!list || !change) return undefined;
  const ids: string[] = [];
  for (const [i, id] of list.entries()) {
    const known = c.reference(id, questions, [...path, i], 'a question of this model');
    if (known === undefined) return undefined;
    ids.push(known);
  }
  const wanted: Record<QuestionChange, [number, number]> = {
    kept: [1, 1],
    moved: [1, 1],
    merged: [1, 1],
    replaced: [1, 1],
    split: [2, 20],
    removed: [0, 0],
  };
  const [min, max] = wanted[change];
  if (ids.length < min || ids.length > max) {
    const expected = min === max ? (min === 0 ? 'no question ids' : 'exactly one question id') : `${min} or more question ids`;
    c.add(path, 'invalid-value', `A "${change}" question has ${expected} in "to", but this one has ${ids.length}.`);
    return undefined;
  }
  return ids;
}

function checkReanswer(c: Checker, value: unknown, path: Path, change: QuestionChange | undefined): AnswerValue[] | undefined {
  if (value === undefined) return [];
  if (change !== undefined && change !== 'kept' && change !== 'moved') {
    c.add(
      path,
      'invalid-value',
      `"reanswer" only applies to kept and moved questions; a "${change}" question gets a new answer anyway.`,
    );
    return undefined;
  }
  const list = c.list(value, path, 'The list of answers that need a new answer', 1, ANSWER_VALUES.length);
  if (!list) return undefined;
  const out: AnswerValue[] = [];
  for (const [i, v] of list.entries()) {
    const answer = c.oneOf(v, ANSWER_VALUES, [...path, i], 'An answer');
    if (!answer) return undefined;
    out.push(answer);
  }
  return out;
}

function checkConditionMigrations(
  c: Checker,
  value: unknown,
  path: Path,
  conditions: ReadonlySet<string>,
): ConditionMigration[] | undefined {
  return checkFromOld(c, value ?? [], path, 'condition', ['to'], (m, cPath, from): ConditionMigration | undefined => {
    const given = own(m, 'to');
    const to = given === undefined ? undefined : c.reference(given, conditions, [...cPath, 'to'], 'a condition of this model');
    if (given !== undefined && to === undefined) return undefined;
    if (!from) return undefined;
    return to !== undefined ? { from, to } : { from };
  });
}
