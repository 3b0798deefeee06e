/**
 * Shared fixtures for the @actie/rules suites: a small custom model, JSON Pointer editing of
 * plain JSON documents, and Result unpacking. Not a test file itself (the runner picks up
 * `*.test.ts` only).
 */
import assert from 'node:assert/strict';
import type { Answers, AnswerValue, Result, ValidationError } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';

/** Every question id of the default model, in model order. */
export const QUESTION_IDS: readonly string[] = initiativeModel.areas.flatMap((a) => a.questions.map((q) => q.id));

/** The favourable answer of every question of the default model. */
export const FAVOURABLE: ReadonlyMap<string, 'yes' | 'no'> = new Map(
  initiativeModel.areas.flatMap((a) => a.questions.map((q) => [q.id, q.favourable] as const)),
);

/** The risk questions of the default model, whose favourable answer is `no`. */
export const RISK_QUESTIONS: readonly string[] = QUESTION_IDS.filter((id) => FAVOURABLE.get(id) === 'no');

/** Every question answered with `pick(id)`. */
export function answerAll(pick: (id: string, index: number) => AnswerValue): Record<string, AnswerValue> {
  return Object.fromEntries(QUESTION_IDS.map((id, i) => [id, pick(id, i)]));
}

/** Every question answered favourably. */
export function allFavourable(): Answers {
  return answerAll((id) => FAVOURABLE.get(id) ?? 'yes');
}

/** Every question answered unfavourably (the opposite of the favourable answer). */
export function allUnfavourable(): Answers {
  return answerAll((id) => (FAVOURABLE.get(id) === 'no' ? 'yes' : 'no'));
}

/** A small deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHOICES: readonly (AnswerValue | undefined)[] = ['yes', 'partly', 'no', 'dont-know', undefined];

/** A pseudo-random answer map (some questions left open) for seed `seed`. */
export function seededAnswers(seed: number): Answers {
  const next = prng(seed);
  const out: Record<string, AnswerValue> = {};
  for (const id of QUESTION_IDS) {
    const value = CHOICES[Math.floor(next() * CHOICES.length)];
    if (value !== undefined) out[id] = value;
  }
  return out;
}

/** A text in the three languages of the mini model. */
export function tri(label: string): Record<string, string> {
  return { nl: `${label} (nl)`, en: `${label} (en)`, fy: `${label} (fy)` };
}

/**
 * A minimal custom model as plain JSON: one area with two questions (Q1 favourable `yes`, Q2 a
 * risk question, favourable `no`), in Dutch, English and Frisian, with one intake question and
 * its own roles, role rules and texts. Fresh on every call, so tests may change it.
 */
export function miniModel(): Record<string, unknown> {
  return {
    id: 'mini',
    version: '2.1',
    languages: ['nl', 'en', 'fy'],
    title: tri('Mini model'),
    attribution: tri('Written for the tests'),
    intake: [
      {
        id: 'phase',
        kind: 'choice',
        text: tri('Phase?'),
        options: [
          { value: 'early', label: tri('Early') },
          { value: 'late', label: tri('Late') },
        ],
      },
    ],
    areas: [
      {
        id: 'solo',
        letter: 'S',
        title: tri('Solo'),
        summary: tri('The only area'),
        research: tri('No research'),
        sources: [{ title: 'A book', publisher: 'A publisher', year: 2020 }],
        questions: [
          {
            id: 'Q1',
            text: tri('Question one'),
            actor: 'initiative',
            level: 'frontline',
            favourable: 'yes',
            action: tri('Do one'),
          },
          {
            id: 'Q2',
            text: tri('Question two'),
            actor: 'organisation',
            level: 'organisation',
            favourable: 'no',
            action: tri('Do two'),
          },
        ],
      },
    ],
    roles: [
      { id: 'stimulerend', colour: 'rood', title: tri('Stim'), description: tri('Stim role') },
      { id: 'faciliterend', colour: 'blauw', title: tri('Fac'), description: tri('Fac role') },
      { id: 'coproducerend', colour: 'wit', title: tri('Co'), description: tri('Co role') },
    ],
    roleRules: [
      {
        id: 'early-and-risky',
        role: 'stimulerend',
        priority: 10,
        when: {
          all: [
            { fact: 'intake', path: 'phase', operator: 'equal', value: 'early' },
            { fact: 'Q2', operator: 'equal', value: 'yes' },
          ],
        },
        reason: tri('Early and risky'),
      },
    ],
    defaultRole: 'coproducerend',
    texts: { findOut: tri('Find out'), defaultRoleReason: tri('Default reason') },
  };
}

/** Marker for {@link setAt}: remove the member instead of setting it. */
export const REMOVE: unique symbol = Symbol('remove');

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  assert.ok(pointer.startsWith('/'), `not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * A deep copy of a JSON document with the member at `pointer` set to `value` (or removed with
 * {@link REMOVE}). Members are defined as own data properties, so `__proto__` becomes a key; on a
 * list, a token that is not an index becomes an extra (non-index) property of the list.
 */
export function setAt<T>(doc: T, pointer: string, value: unknown): T {
  const copy = structuredClone(doc);
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  assert.ok(last !== undefined, 'cannot replace the whole document');
  let node: unknown = copy;
  for (const token of tokens) {
    assert.ok(isContainer(node), `no container at ${token} in ${pointer}`);
    assert.ok(Object.prototype.hasOwnProperty.call(node, token), `nothing at ${token} in ${pointer}`);
    node = (node as Record<string, unknown>)[token];
  }
  assert.ok(isContainer(node), `no container for ${pointer}`);
  if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(last)) {
    if (value === REMOVE) node.splice(Number(last), 1);
    else node[Number(last)] = value;
  } else if (value === REMOVE) {
    Reflect.deleteProperty(node, last);
  } else {
    Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The value at `pointer` in a JSON document, or undefined. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (!isContainer(node)) return undefined;
    node = Array.isArray(node)
      ? node[Number(token)]
      : Object.prototype.hasOwnProperty.call(node, token)
        ? node[token]
        : undefined;
  }
  return node;
}

/** The value of a successful Result; fails the test with the errors otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok)
    assert.fail(`expected ok, got errors:\n${result.errors.map((e) => `${e.path} ${e.code}: ${e.message}`).join('\n')}`);
  return result.value;
}

/** The errors of a failed Result; fails the test if it succeeded. */
export function errorsOf(result: Result<unknown>): readonly ValidationError[] {
  if (result.ok) assert.fail('expected errors, but the input was accepted');
  assert.ok(result.errors.length > 0, 'a failure must carry at least one error');
  return result.errors;
}

/** The one error at `path` (fails if there is none or more than one). */
export function errorAt(errors: readonly ValidationError[], path: string): ValidationError {
  const found = errors.filter((e) => e.path === path);
  assert.equal(
    found.length,
    1,
    `expected one error at "${path}", got:\n${errors.map((e) => `${e.path} ${e.code}: ${e.message}`).join('\n')}`,
  );
  const [error] = found;
  assert.ok(error);
  return error;
}

/** Every key that occurs anywhere in a JSON value. */
export function allKeys(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, into);
  else if (isContainer(value)) {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      allKeys(child, into);
    }
  }
  return into;
}
