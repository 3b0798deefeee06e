import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { ActieModel, AnswerValue, AssessmentInput, AssessmentResult, ErrorCode, Result, Status } from '../dist/index.js';
import {
  ANSWER_VALUES,
  createSession,
  parseSession,
  score,
  serializeSession,
  validateAnswers,
  validateModel,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { FAVOURABLE, QUESTION_IDS, getAt, miniModel, setAt } from './helpers.js';

const NUM_RUNS = 250;
/** A hang or a blow-up fails the test instead of stalling the suite. */
const TIMEOUT = { timeout: 60_000 };
/** Far above what any one call needs; only a pathological slowdown crosses it. */
const SLOW_CALL_MS = 2_000;

const CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'type',
  'required',
  'unknown-key',
  'reserved-key',
  'duplicate-id',
  'unknown-reference',
  'invalid-value',
  'too-large',
  'too-deep',
  'invalid-json',
  'model-mismatch',
  'unsupported-version',
  'not-actie-file',
]);
const POINTER = /^(\/([^~/]|~[01])*)*$/;

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Keys that attack prototypes, mixed with the field names the validators look for. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constantFrom(
    'answers',
    'intake',
    'notes',
    'format',
    'formatVersion',
    'model',
    'id',
    'version',
    'languages',
    'areas',
    'questions',
    'conditions',
    'when',
    'all',
    'any',
    'not',
    'fact',
    'path',
    'operator',
    'value',
    'roleRules',
    'texts',
    'nl',
    'en',
  ),
  fc.constantFrom(...QUESTION_IDS),
  fc.string({ maxLength: 8 }),
);

/** A value that would pollute a prototype if it were ever assigned through `__proto__`. */
const pollutant = fc.constant({ polluted: 'yes' });

const { hostile } = fc.letrec((tie) => ({
  hostile: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    pollutant,
    tie('object'),
    tie('array'),
  ),
  // fast-check's dictionary defines "__proto__" as an own key, like JSON.parse does.
  object: fc.dictionary(hostileKey, tie('hostile'), { maxKeys: 6 }),
  array: fc.array(tie('hostile'), { maxLength: 4 }),
}));

/** Any input from outside: JSON values, JS values of every kind, hostile objects, JSON text. */
const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.object(),
  fc.dictionary(hostileKey, hostile),
  hostile,
  hostile.map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.json(),
  fc.string(),
);

/** Every JSON Pointer into a JSON document (below the root). */
function pointers(doc: unknown, prefix = '', into: string[] = []): string[] {
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => {
      into.push(`${prefix}/${i}`);
      pointers(item, `${prefix}/${i}`, into);
    });
  } else if (typeof doc === 'object' && doc !== null) {
    for (const [key, value] of Object.entries(doc)) {
      const token = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      into.push(token);
      pointers(value, token, into);
    }
  }
  return into;
}

/** Values that are valid somewhere: answers, intake values, ids, texts, versions, null. */
const plausible = fc.constantFrom<unknown>(
  'yes',
  'partly',
  'no',
  'dont-know',
  null,
  '',
  'idea',
  'joint',
  'stimulerend',
  'A1',
  'intake',
  '1.0',
  '2.0',
  2,
  1,
  3,
  'actie-session',
  'actie-default',
  'all',
  'equal',
  'in',
  ['yes'],
  { nl: 'x', en: 'y' },
  {},
  [],
);

/**
 * A valid document with one member replaced, or one member added (on a list: an extra property
 * that is not an index), with a hostile or a plausible value.
 */
function mutated(doc: unknown): fc.Arbitrary<unknown> {
  const paths = pointers(doc);
  return fc
    .tuple(fc.constantFrom(...paths), fc.boolean(), hostileKey, fc.oneof(hostile, plausible))
    .map(([pointer, add, key, value]) => {
      const parent = getAt(doc, pointer);
      // A list's own `length` cannot be redefined (fast-check's strings include it now and then):
      // another property that is not an index is added there instead.
      const extra = Array.isArray(parent) && key === 'length' ? 'extra' : key;
      const target =
        add && typeof parent === 'object' && parent !== null
          ? `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`
          : pointer;
      return setAt(doc, target, value);
    });
}

const defaultModelJson = JSON.parse(JSON.stringify(initiativeModel)) as unknown;
const sessionJson = JSON.parse(
  serializeSession(
    createSession(
      initiativeModel,
      { intake: { phase: 'idea', origin: 'joint' }, answers: { A1: 'yes', T11: 'no', E14: 'dont-know' }, notes: { A1: 'note' } },
      {
        now: new Date('2026-01-01T00:00:00Z'),
        participant: 'P',
        plan: { agreements: [{ id: 'a', what: 'x', who: '', status: 'open' }] },
      },
    ),
  ),
) as unknown;
const v1SessionJson: unknown = {
  format: 'actie-session',
  formatVersion: 1,
  modelId: 'actie-default',
  modelVersion: '1.0',
  savedAt: '2026-01-01T00:00:00Z',
  intake: { phase: 'idea' },
  answers: { A1: { value: 'yes', note: 'n' }, A2: { value: 'no' } },
};
const answersJson: unknown = { intake: { phase: 'running', topic: 'x' }, answers: { A1: 'yes', C10: 'no' }, notes: { A1: 'n' } };

const answerValue = fc.constantFrom<AnswerValue>('yes', 'partly', 'no', 'dont-know');
const answerMap = fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, answerValue])), {
  requiredKeys: [],
}) as fc.Arbitrary<Record<string, AnswerValue>>;
/** The answer to an intake question of kind `choices`: an exclusive option alone, or any of the others (in model order). */
const choices = (exclusive: readonly string[], others: readonly string[]): fc.Arbitrary<string[]> =>
  fc.oneof(
    fc.constantFrom(...exclusive).map((value) => [value]),
    fc.subarray([...others], { minLength: 1 }),
  );
const intakeMap = fc.record(
  {
    topic: fc.constantFrom('Moestuin', 'Speeltuin aan de Lindelaan'),
    goal: fc.constant('Buren leren elkaar kennen.'),
    phase: fc.constantFrom('idea', 'starting', 'running', 'continuing', 'closing'),
    origin: fc.constantFrom('residents', 'professional', 'joint'),
    lead: fc.constantFrom('residents', 'professional', 'together'),
    stake: fc.constantFrom('yes', 'no', 'unsure'),
    vulnerable: fc.constantFrom('yes', 'no', 'unsure'),
    request: choices(['nothing', 'unknown'], ['advice', 'money', 'means', 'contacts', 'rules', 'hands', 'task']),
    moments: choices(['none', 'unknown'], ['start', 'events', 'setbacks', 'accounting', 'funding-ends']),
    role: fc.constantFrom('stimulerend', 'faciliterend', 'coproducerend', 'loslatend', 'opdrachtgevend', 'unsure'),
    respondent: fc.constantFrom('professional', 'civil-servant', 'manager', 'administrator'),
  },
  { requiredKeys: [] },
);

const modelInput = fc.oneof(anyInput, mutated(defaultModelJson), mutated(miniModel()));
const answersInput = fc.oneof(
  anyInput,
  mutated(answersJson),
  mutated(sessionJson),
  fc.record({ intake: intakeMap, answers: answerMap }, { requiredKeys: ['answers'] }),
);
const sessionInputArb = fc.oneof(anyInput, mutated(sessionJson), mutated(v1SessionJson));

// ---------------------------------------------------------------------------------------------
// Shape checks

function timed<T>(what: string, run: () => T): T {
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  assert.ok(ms < SLOW_CALL_MS, `${what} took ${Math.round(ms)} ms`);
  return value;
}

async function timedAsync<T>(what: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  assert.ok(ms < SLOW_CALL_MS, `${what} took ${Math.round(ms)} ms`);
  return value;
}

function assertErrors(errors: unknown): void {
  assert.ok(Array.isArray(errors), 'errors is a list');
  for (const e of errors as unknown[]) {
    assert.equal(typeof e, 'object');
    const error = e as Record<string, unknown>;
    assert.deepEqual(Object.keys(error).sort(), ['code', 'message', 'path']);
    assert.equal(typeof error['path'], 'string');
    assert.match(error['path'] as string, POINTER);
    assert.ok(CODES.has(error['code'] as ErrorCode), `unknown code ${String(error['code'])}`);
    assert.equal(typeof error['message'], 'string');
    assert.ok((error['message'] as string).length > 0);
  }
}

function assertResult(result: Result<unknown>): void {
  assert.equal(typeof result, 'object');
  if (result.ok) {
    assert.ok('value' in result);
    assert.ok(!('errors' in result));
  } else {
    assert.ok(result.errors.length > 0, 'a failure has errors');
    assert.ok(result.errors.length <= 1000, 'errors are capped');
    assertErrors(result.errors);
  }
}

const STATUSES: readonly Status[] = ['good', 'needs-work', 'unknown'];

/**
 * The documented area rule, written again from docs/model.md: offers do not count; unknown when
 * more than half of the rest are unknown; else needs work when at least as many need work as go
 * well, good when at most one in eight judged points needs work and no decisive one does, mixed in
 * between.
 */
function statusOf(counts: {
  good: number;
  needsWork: number;
  unknown: number;
  offers: number;
  keyNeedsWork: number;
  total: number;
}): string {
  const counted = counts.total - counts.offers;
  if (counted === 0 || counts.unknown * 2 > counted) return 'unknown';
  if (counts.needsWork > 0 && counts.needsWork >= counts.good) return 'needs-work';
  if (counts.needsWork * 8 <= counts.good + counts.needsWork && counts.keyNeedsWork === 0) return 'good';
  return 'mixed';
}

/** The documented shape and the bookkeeping invariants of an AssessmentResult. */
function assertAssessment(model: ActieModel, result: AssessmentResult): void {
  assertErrors(result.errors);
  assert.deepEqual(result.model, { id: model.id, version: model.version });
  assert.deepEqual(
    result.conditions.map((c) => c.id),
    model.conditions.map((c) => c.id),
  );
  assert.deepEqual(
    result.areas.map((a) => a.id),
    model.areas.map((a) => a.id),
  );
  for (const c of result.conditions) assert.ok(STATUSES.includes(c.status));
  assert.deepEqual(
    result.good,
    result.conditions.filter((c) => c.status === 'good'),
  );
  // What needs work is either pressed (needsWork) or an offer (offers): never both, never lost.
  assert.deepEqual(
    result.needsWork,
    result.conditions.filter((c) => c.status === 'needs-work' && !c.offer),
  );
  assert.deepEqual(
    result.offers,
    result.conditions.filter((c) => c.status === 'needs-work' && c.offer),
  );
  for (const c of result.conditions) {
    assert.equal(c.actionPoint?.offer ?? false, c.offer, c.id);
    if (c.offer) assert.equal(c.status, 'needs-work', c.id);
  }
  assert.deepEqual(
    result.unknown,
    result.conditions.filter((c) => c.status === 'unknown'),
  );

  let total = 0;
  for (const area of result.areas) {
    const inArea = result.conditions.filter((c) => c.area === area.id);
    const counts = area.counts;
    assert.equal(counts.good + counts.needsWork + counts.unknown + counts.offers, counts.total, area.id);
    assert.equal(counts.total, inArea.length);
    assert.equal(counts.good, inArea.filter((c) => c.status === 'good').length);
    assert.equal(counts.needsWork, inArea.filter((c) => c.status === 'needs-work' && !c.offer).length);
    assert.equal(counts.offers, inArea.filter((c) => c.offer).length);
    assert.equal(counts.keyNeedsWork, inArea.filter((c) => c.status === 'needs-work' && !c.offer && c.key).length);
    assert.equal(area.status, statusOf(counts), area.id);
    total += counts.total;
  }
  const o = result.overall.counts;
  assert.equal(o.total, result.conditions.length);
  assert.equal(total, o.total);
  assert.equal(o.good + o.needsWork + o.unknown + o.offers, o.total);
  assert.deepEqual(
    [o.good, o.needsWork, o.unknown, o.offers],
    [result.good.length, result.needsWork.length, result.unknown.length, result.offers.length],
  );
  assert.equal(result.overall.status, statusOf(o));

  // Every needs-work condition has an improvement point; good ones have none; the list of
  // action points is the improvements, then the things to find out, in condition order.
  for (const c of result.conditions) {
    if (c.status === 'needs-work') assert.equal(c.actionPoint?.kind, 'improve', c.id);
    if (c.status === 'good') assert.equal(c.actionPoint, undefined, c.id);
    if (c.status === 'unknown') {
      const dontKnow = c.decisive.filter((d) => d.answer === 'dont-know').map((d) => d.question);
      if (dontKnow.length) assert.deepEqual(c.actionPoint?.questions, dontKnow, c.id);
      else assert.equal(c.actionPoint, undefined, c.id);
    }
  }
  assert.deepEqual(result.actionPoints, [
    ...result.actionPoints.filter((p) => p.kind === 'attention'),
    ...result.conditions.flatMap((c) => (c.actionPoint?.kind === 'improve' ? [c.actionPoint] : [])),
    ...result.conditions.flatMap((c) => (c.actionPoint?.kind === 'find-out' ? [c.actionPoint] : [])),
  ]);
  assert.equal(
    result.progress.total,
    model.areas.reduce((n, a) => n + a.questions.length, 0),
  );
  assert.ok(result.progress.answered >= 0 && result.progress.answered <= result.progress.total);
  // Role advice exactly when the model has roles; a suggestion of a described role, from its rule.
  const role = result.role;
  assert.equal(role !== undefined, model.roles.length > 0);
  if (role) {
    assert.ok(model.roles.some((r) => r.id === role.suggested));
    if (role.rule !== undefined) assert.equal(model.roleRules.find((r) => r.id === role.rule)?.role, role.suggested);
    assert.equal(role.differs, role.current !== undefined && role.current !== role.suggested);
  }
}

// ---------------------------------------------------------------------------------------------
// Prototype pollution watch

const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];
let ownKeysBefore: string[][] = [];

function assertNotPolluted(): void {
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'Object.prototype.polluted');
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
  PROTOTYPES.forEach(([name, proto], i) => {
    assert.deepEqual(Reflect.ownKeys(proto).map(String), ownKeysBefore[i], `${name} got new keys`);
  });
}

before(() => {
  ownKeysBefore = PROTOTYPES.map(([, proto]) => Reflect.ownKeys(proto).map(String));
});
after(assertNotPolluted);

// ---------------------------------------------------------------------------------------------

describe('property: no input makes the public functions throw', () => {
  it('validateModel returns a Result for any input, and an accepted model validates again unchanged', TIMEOUT, () => {
    fc.assert(
      fc.property(modelInput, (input) => {
        const result = timed('validateModel', () => validateModel(input));
        assertResult(result);
        if (result.ok) {
          const again = validateModel(JSON.parse(JSON.stringify(result.value)) as unknown);
          assert.ok(again.ok);
          assert.deepEqual(again.value, result.value);
        }
        assertNotPolluted();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('validateAnswers(initiativeModel, x) returns a Result for any input, and accepted answers are clean', TIMEOUT, () => {
    fc.assert(
      fc.property(answersInput, (input) => {
        const result = timed('validateAnswers', () => validateAnswers(initiativeModel, input));
        assertResult(result);
        if (result.ok) {
          for (const [id, value] of Object.entries(result.value.answers)) {
            assert.ok(QUESTION_IDS.includes(id), id);
            assert.ok(ANSWER_VALUES.includes(value), value);
          }
        }
        assertNotPolluted();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parseSession returns a Result for any input, and an accepted session survives a round trip', TIMEOUT, () => {
    fc.assert(
      fc.property(sessionInputArb, (input) => {
        const result = timed('parseSession', () => parseSession(input));
        assertResult(result);
        if (result.ok) {
          assert.equal(result.value.format, 'actie-session');
          assert.equal(result.value.formatVersion, 3);
          const again = parseSession(serializeSession(result.value));
          assert.ok(again.ok);
          assert.deepEqual(again.value, result.value);
        }
        assertNotPolluted();
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it(
    'score(initiativeModel, x) resolves for any input, with the documented shape and the same errors as validateAnswers',
    TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(answersInput, async (input) => {
          const result = await timedAsync('score', () => score(initiativeModel, input as AssessmentInput));
          assertAssessment(initiativeModel, result);
          const checked = validateAnswers(initiativeModel, input);
          assert.deepEqual(result.errors, checked.ok ? [] : checked.errors);
          assertNotPolluted();
        }),
        { numRuns: NUM_RUNS },
      );
    },
  );

  it(
    'score(x, answers) resolves for any model input: scored when valid, errors and no conditions otherwise',
    TIMEOUT,
    async () => {
      await fc.assert(
        fc.asyncProperty(modelInput, async (input) => {
          const result = await timedAsync('score', () => score(input as ActieModel, { answers: { A1: 'yes' } }));
          assertErrors(result.errors);
          const checked = validateModel(input);
          if (checked.ok) {
            assertAssessment(checked.value, result);
          } else {
            assert.deepEqual(result.errors, checked.errors);
            assert.deepEqual(result.conditions, []);
            assert.deepEqual(result.areas, []);
            assert.deepEqual(result.actionPoints, []);
          }
          assertNotPolluted();
        }),
        { numRuns: 150 },
      );
    },
  );

  it('hostile keys really reach the validators as own properties', () => {
    // The guard for the properties above: "__proto__" from JSON.parse and from fast-check is an
    // own key holding an object, the shape an unsafe assignment would turn into pollution.
    const parsed = JSON.parse('{"answers":{"__proto__":{"polluted":"yes"}}}') as { answers: object };
    assert.ok(Object.prototype.hasOwnProperty.call(parsed.answers, '__proto__'));
    fc.assert(
      fc.property(fc.dictionary(fc.constant('__proto__'), pollutant, { minKeys: 1 }), (d) =>
        Object.prototype.hasOwnProperty.call(d, '__proto__'),
      ),
      { numRuns: 5 },
    );
    const result = validateAnswers(initiativeModel, parsed);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [['/answers/__proto__', 'reserved-key']],
    );
    assertNotPolluted();
  });
});

// ---------------------------------------------------------------------------------------------

/** What the combined conditions of the default model read (docs/model.md); the rest read their own question. */
const COMBINED_READS: Readonly<Record<string, readonly string[]>> = {
  'animo-motive-fits': ['A1', 'A9'],
  'inbedding-continuity': ['I10', 'I11'],
  'empathie-clear-and-timely': ['E12', 'E5', 'E6'],
};
const READS: ReadonlyMap<string, readonly string[]> = new Map(
  initiativeModel.conditions.map((c) => [c.id, COMBINED_READS[c.id] ?? [c.id]]),
);

describe('property: valid answers give consistent statuses', () => {
  it('statuses follow the answer table and the area rule, for any valid answers and intake', TIMEOUT, async () => {
    // 44 questions in 40 conditions: the three combined ones read 2 + 2 + 3 questions.
    assert.deepEqual(
      initiativeModel.conditions.filter((c) => c.id in COMBINED_READS).map((c) => c.id),
      Object.keys(COMBINED_READS),
    );
    await fc.assert(
      fc.asyncProperty(answerMap, intakeMap, async (answers, intake) => {
        const result = await score(initiativeModel, { intake, answers });
        assert.deepEqual(result.errors, []);
        assertAssessment(initiativeModel, result);
        assert.equal(result.progress.answered, Object.keys(answers).length);

        for (const c of result.conditions) {
          const reads = READS.get(c.id);
          assert.ok(reads, c.id);
          assert.deepEqual(c.questions, reads);
          const given = reads.map((q) => answers[q]);
          const known = reads.filter((q) => answers[q] !== undefined && answers[q] !== 'dont-know');
          // Unanswered or "don't know" only: never needs work.
          if (known.length === 0) assert.equal(c.status, 'unknown', c.id);
          // Every part of the rule is "answer equals the favourable one".
          const fav = (q: string): string => FAVOURABLE.get(q) ?? 'yes';
          const expected: Status = reads.some(
            (q) => answers[q] !== undefined && answers[q] !== 'dont-know' && answers[q] !== fav(q),
          )
            ? 'needs-work'
            : given.every((a, i) => a === fav(reads[i] ?? ''))
              ? 'good'
              : 'unknown';
          assert.equal(c.status, expected, `${c.id}: ${JSON.stringify(given)}`);
          if (c.status === 'needs-work') {
            assert.equal(c.actionPoint?.kind, 'improve');
            // The decisive answers are exactly the unfavourable known ones.
            assert.deepEqual(
              c.decisive.map((d) => d.question),
              reads.filter((q) => answers[q] !== undefined && answers[q] !== 'dont-know' && answers[q] !== fav(q)),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scoring the same answers twice, or in parallel, gives the same result', TIMEOUT, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answerMap, { minLength: 2, maxLength: 12 }), async (maps) => {
        const parallel = await Promise.all(maps.map((answers) => score(initiativeModel, { answers })));
        for (const [i, answers] of maps.entries()) assert.deepEqual(parallel[i], await score(initiativeModel, { answers }));
      }),
      { numRuns: 40 },
    );
  });
});
