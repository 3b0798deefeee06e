/**
 * Property tests of every exported function that reads input from outside, under three kinds of
 * hostile input (issue 12): lists with empty slots, callers changing the exported constants, and
 * input far over the limits. Each must return errors (or a result with errors), never throw, never
 * hang, and never let a caller loosen what validation accepts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as rules from '../dist/index.js';
import type { ActieModel, AssessmentInput, Result, SessionFile, TeamSessionInput, ValidationError } from '../dist/index.js';
import {
  AGREEMENT_STATUSES,
  ANSWER_VALUES,
  LIMITS,
  aggregate,
  createSession,
  formatResult,
  formatTeamResult,
  parsePlan,
  parseSession,
  planToCsv,
  planToICalendar,
  planToMarkdown,
  score,
  serializePlan,
  serializeSession,
  sessionInput,
  validateAnswers,
  validateModel,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { getAt, miniModel, setAt } from './helpers.js';

const TIMEOUT = { timeout: 120_000 };
/** Far above what any one call needs; only reading something whole that should be refused crosses it. */
const SLOW_CALL_MS = 2_000;
const NOW = new Date('2026-11-02T09:15:00.000Z');

// ---------------------------------------------------------------------------------------------
// Documents

const modelJson = JSON.parse(JSON.stringify(initiativeModel)) as unknown;
const sessionJson = JSON.parse(
  serializeSession(
    createSession(
      initiativeModel,
      { intake: { phase: 'idea' }, answers: { A1: 'yes', T11: 'no' }, notes: { A1: 'note' } },
      {
        now: NOW,
        plan: {
          agreements: [
            { id: 'a', condition: 'A1', what: 'x', who: '', when: '2027-01-01', status: 'open' },
            { id: 'b', what: 'y', who: 'z', status: 'done' },
          ],
        },
      },
    ),
  ),
) as unknown;
const planJson = JSON.parse(serializePlan((sessionJson as { plan: rules.ActionPlan }).plan)) as unknown;
const answersJson: unknown = { intake: { phase: 'running' }, answers: { A1: 'yes', C10: 'no' }, notes: { A1: 'n' } };

/** Every JSON Pointer of a list (with at least one item) in a document. */
function listPointers(doc: unknown, prefix = '', into: string[] = []): string[] {
  if (typeof doc !== 'object' || doc === null) return into;
  if (Array.isArray(doc) && doc.length > 0) into.push(prefix);
  for (const [key, value] of Object.entries(doc))
    listPointers(value, `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, into);
  return into;
}

/** A document with empty slots in one of its lists: an item deleted, or the length set beyond the items. */
function holey(doc: unknown): fc.Arbitrary<unknown> {
  const lists = listPointers(doc);
  return fc
    .tuple(fc.constantFrom(...lists), fc.nat(), fc.boolean(), fc.integer({ min: 1, max: 3 }))
    .map(([pointer, n, remove, extra]) => {
      const copy = structuredClone(doc);
      const list = pointer === '' ? copy : getAt(copy, pointer);
      assert.ok(Array.isArray(list));
      if (remove) Reflect.deleteProperty(list, n % list.length);
      else list.length += extra;
      return copy;
    });
}

/** Values that are far over a limit, built once and shared (setAt does not copy the value it sets). */
const sparseHuge: unknown[] = [];
sparseHuge.length = 2 ** 32 - 1;
const sparseBillion: unknown[] = [];
sparseBillion.length = 1_000_000_000;
const longText = 'x'.repeat(1_000_000);
const manyKeys = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, 'yes']));
const deepNesting = (() => {
  let node: unknown = { fact: 'A1', operator: 'equal', value: 'yes' };
  for (let i = 0; i < 50_000; i++) node = { not: node };
  return node;
})();
const hugeJsonText = `{"answers":{},"pad":"${'y'.repeat(rules.LIMITS.text * 500)}"}`;
const huge = fc.constantFrom<unknown>(sparseHuge, sparseBillion, longText, manyKeys, deepNesting, hugeJsonText);

/** A document with one member (anywhere, or a new one) set to a huge value. */
function overLarge(doc: unknown): fc.Arbitrary<unknown> {
  const members: string[] = [];
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      members.push(pointer);
      walk(value, pointer);
    }
  };
  walk(doc, '');
  return fc.tuple(fc.constantFrom(...members), huge).map(([pointer, value]) => setAt(doc, pointer, value));
}

// ---------------------------------------------------------------------------------------------
// Checks

function timed<T>(what: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  assert.ok(performance.now() - start < SLOW_CALL_MS, `${what} took ${Math.round(performance.now() - start)} ms`);
  return value;
}

async function timedAsync<T>(what: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  assert.ok(performance.now() - start < SLOW_CALL_MS, `${what} took ${Math.round(performance.now() - start)} ms`);
  return value;
}

function assertErrors(errors: readonly ValidationError[]): void {
  assert.ok(Array.isArray(errors));
  assert.ok(errors.length <= 1000);
  for (const e of errors) {
    assert.deepEqual(Object.keys(e).sort(), ['code', 'message', 'path']);
    assert.match(e.path, /^(\/([^~/]|~[01])*)*$/);
    assert.ok(e.message.length > 0 && !e.message.includes('[object'), e.message);
  }
}

function assertResult(result: Result<unknown>): void {
  if (!result.ok) {
    assert.ok(result.errors.length > 0);
    assertErrors(result.errors);
  }
}

/** Every exported function that reads input from outside, run on it, and what follows when it is accepted. */
async function everyInputFunction(input: unknown): Promise<void> {
  const model = timed('validateModel', () => validateModel(input));
  assertResult(model);
  if (model.ok) {
    const result = await timedAsync('score', () => score(model.value, { answers: {} }));
    assertErrors(result.errors);
    formatResult(model.value, result, { format: 'md' });
  }
  const scored = await timedAsync('score(model)', () => score(input as ActieModel, { answers: { A1: 'yes' } }));
  assertErrors(scored.errors);
  formatResult(initiativeModel, await timedAsync('score(answers)', () => score(initiativeModel, input as AssessmentInput)), {
    lang: 'en',
  });

  assertResult(timed('validateAnswers', () => validateAnswers(initiativeModel, input)));
  const session = timed('parseSession', () => parseSession(input));
  assertResult(session);
  if (session.ok) assertResult(sessionInput(initiativeModel, session.value));
  assertResult(timed('sessionInput', () => sessionInput(initiativeModel, input as SessionFile)));

  const plan = timed('parsePlan', () => parsePlan(input));
  assertResult(plan);
  if (plan.ok) {
    planToCsv(plan.value, { model: initiativeModel });
    planToMarkdown(plan.value, { today: '2027-01-01' });
    planToICalendar(plan.value, { now: NOW });
    assert.ok(parsePlan(serializePlan(plan.value)).ok);
  }

  const team = await timedAsync('aggregate', () =>
    aggregate(initiativeModel, [
      { source: 'given', data: input },
      { source: 'good', data: sessionJson },
    ]),
  );
  assertErrors(team.errors);
  for (const r of team.rejected) assertErrors(r.errors);
  formatTeamResult(initiativeModel, team, { format: 'md' });
  const asList = await timedAsync('aggregate(list)', () => aggregate(initiativeModel, input as TeamSessionInput[]));
  assertErrors(asList.errors);
}

// ---------------------------------------------------------------------------------------------

describe('hostile input: lists with empty slots', () => {
  it('every input function gives errors with a path for a list with empty slots, and never throws', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          holey(modelJson),
          holey(miniModel()),
          holey(sessionJson),
          holey(planJson),
          fc.anything({ withSparseArray: true, maxDepth: 3 }),
          fc.constant(Object.assign(new Array<unknown>(2), { 1: { source: 'a', data: sessionJson } })),
        ),
        async (input) => {
          await everyInputFunction(input);
          // A document with a hole is never accepted as it is.
          if (
            listPointers(input).some((p) => {
              const l = p === '' ? input : getAt(input, p);
              return Array.isArray(l) && Array.from(l.keys()).some((i) => !(i in l));
            })
          ) {
            assert.ok(!validateModel(input).ok && !parsePlan(input).ok && !parseSession(input).ok);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the error points at the empty slot', () => {
    const model = structuredClone(modelJson) as { areas: { sources: unknown[] }[] };
    Reflect.deleteProperty(model.areas[1]?.sources ?? [], 0);
    const errors = validateModel(model);
    assert.ok(!errors.ok);
    assert.deepEqual(
      errors.errors.map((e) => e.path),
      ['/areas/1/sources/0'],
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** Ways a caller might try to change the exported constants. Each either throws or does nothing. */
const TAMPERINGS: readonly [string, () => unknown][] = [
  ['ANSWER_VALUES.push', () => (ANSWER_VALUES as string[]).push('maybe')],
  ['ANSWER_VALUES[0] =', () => ((ANSWER_VALUES as string[])[0] = 'maybe')],
  ['ANSWER_VALUES.length = 0', () => ((ANSWER_VALUES as string[]).length = 0)],
  ['ANSWER_VALUES.splice', () => (ANSWER_VALUES as string[]).splice(0, 4, 'maybe')],
  ['ANSWER_VALUES.sort', () => (ANSWER_VALUES as string[]).sort()],
  ['ANSWER_VALUES.fill', () => (ANSWER_VALUES as string[]).fill('maybe')],
  ['ANSWER_VALUES define', () => Object.defineProperty(ANSWER_VALUES, '4', { value: 'maybe' })],
  ['ANSWER_VALUES prototype', () => Object.setPrototypeOf(ANSWER_VALUES, { includes: () => true })],
  ['AGREEMENT_STATUSES.push', () => (AGREEMENT_STATUSES as string[]).push('later')],
  ['AGREEMENT_STATUSES.pop', () => (AGREEMENT_STATUSES as string[]).pop()],
  ['AGREEMENT_STATUSES[2] =', () => ((AGREEMENT_STATUSES as string[])[2] = 'later')],
  ['LIMITS.text =', () => ((LIMITS as { text: number }).text = 1e9)],
  ['LIMITS.list =', () => ((LIMITS as { list: number }).list = 1e9)],
  ['LIMITS.note =', () => ((LIMITS as { note: number }).note = 1e9)],
  ['LIMITS.entries =', () => ((LIMITS as { entries: number }).entries = 1e9)],
  ['LIMITS.ruleDepth =', () => ((LIMITS as { ruleDepth: number }).ruleDepth = 1e9)],
  ['LIMITS.sessions =', () => ((LIMITS as { sessions: number }).sessions = 1e12)],
  ['delete LIMITS.text', () => delete (LIMITS as { text?: number }).text],
  ['LIMITS define', () => Object.defineProperty(LIMITS, 'note', { value: 1e9 })],
  ['initiativeModel favourable', () => ((initiativeModel.areas[0]?.questions[0] as { favourable: string }).favourable = 'no')],
  ['initiativeModel conditions.push', () => (initiativeModel.conditions as unknown[]).push({})],
  ['initiativeModel languages', () => ((initiativeModel.languages as string[])[0] = 'de')],
];

/** Inputs whose outcome depends on the constants: answers, statuses, lengths, depths. */
function probes(): unknown {
  const text = 'x'.repeat(LIMITS.text + 1);
  return {
    maybe: validateAnswers(initiativeModel, { answers: { A1: 'maybe' } }),
    yes: validateAnswers(initiativeModel, { answers: { A1: 'yes', A12: 'no' } }),
    longNote: validateAnswers(initiativeModel, { answers: {}, notes: { A1: 'n'.repeat(2001) } }),
    later: parsePlan({ agreements: [{ id: 'a', what: 'x', who: '', status: 'later' }] }),
    done: parsePlan({ agreements: [{ id: 'a', what: 'x', who: '', status: 'done' }] }),
    longTitle: validateModel(setAt(miniModel(), '/title/nl', text)),
    deepRule: validateModel(
      setAt(miniModel(), '/conditions', [
        { id: 'c', area: 'solo', title: { nl: 'c', en: 'c', fy: 'c' }, action: { nl: 'a', en: 'a', fy: 'a' }, when: deepNesting },
      ]),
    ),
    model: JSON.stringify(initiativeModel),
  };
}

describe('hostile input: changing the exported constants', () => {
  it('every exported object is deeply frozen', () => {
    const frozen = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      assert.ok(Object.isFrozen(value), `${path} is frozen`);
      for (const [key, child] of Object.entries(value)) frozen(child, `${path}.${key}`);
    };
    let objects = 0;
    for (const [name, value] of Object.entries(rules)) {
      if (typeof value !== 'object' || value === null) continue;
      frozen(value, name);
      objects++;
    }
    assert.ok(objects >= 4, 'ANSWER_VALUES, AGREEMENT_STATUSES, LIMITS and initiativeModel at least');
  });

  it('no sequence of changes to the constants changes what validation accepts', TIMEOUT, async () => {
    const before = probes();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...TAMPERINGS), { minLength: 1, maxLength: 4 }),
        fc.oneof(fc.constant(answersJson), fc.constant(planJson), fc.constant(sessionJson), holey(miniModel())),
        async (tamperings, input) => {
          for (const [, tamper] of tamperings) {
            try {
              tamper();
            } catch (error) {
              // Frozen objects refuse changes with a TypeError in strict code.
              assert.ok(error instanceof TypeError, String(error));
            }
          }
          assert.deepEqual(probes(), before, tamperings.map(([name]) => name).join(', '));
          await everyInputFunction(input);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe('hostile input: far over the limits', () => {
  it('every input function refuses over-large input quickly, without throwing', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          overLarge(modelJson),
          overLarge(miniModel()),
          overLarge(sessionJson),
          overLarge(planJson),
          overLarge(answersJson),
          huge,
        ),
        async (input) => {
          await everyInputFunction(input);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('JSON text over 2,000,000 characters is refused before it is parsed', () => {
    const text = `{"answers":{},"x":"${'y'.repeat(2_000_000)}"}`;
    for (const result of [validateModel(text), validateAnswers(initiativeModel, text), parseSession(text), parsePlan(text)]) {
      assert.ok(!result.ok);
      assert.deepEqual(
        result.errors.map((e) => [e.path, e.code]),
        [['', 'too-large']],
      );
    }
  });
});
