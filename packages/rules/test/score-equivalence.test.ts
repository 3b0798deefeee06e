/**
 * Scoring gives exactly the results it gave before it was made faster (issue 21), on 300
 * generated answer sets over the three built-in models: varied intakes, answers from all open to
 * all given, "don't know" included (test/score-inputs.ts).
 *
 * Two checks, each on its own:
 * - every result, and the team result of each model's answer sets, against the fixture
 *   test/fixtures/score-equivalence/results.json, written once from main before the change
 *   (commit 7b2a4bd) by make.ts beside it: the SHA-256 of the whole JSON text, so any field that
 *   changes fails, with the statuses and role to tell where;
 * - each condition's status and decisive questions, the suggested role and the points of
 *   attention against a plain evaluation of the model's rules in three-valued logic, written
 *   here from the documented rules and sharing no code with the package.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ActieModel, AssessmentInput, AssessmentResult, RuleCondition, RuleLeaf } from '../dist/index.js';
import * as rules from '../dist/index.js';
import {
  EQUIVALENCE_MODELS,
  builtinModel,
  digest,
  equivalenceInputs,
  equivalenceSessions,
  sha256,
  type ResultDigest,
} from './score-inputs.js';

interface Fixture {
  readonly teams: Readonly<Record<string, string>>;
  readonly results: Readonly<Record<string, readonly ResultDigest[]>>;
}
const fixture = JSON.parse(readFileSync(new URL('fixtures/score-equivalence/results.json', import.meta.url), 'utf8')) as Fixture;

// ---- the plain evaluation --------------------------------------------------------------------

/** A rule's truth (undefined: it depends on an open or "don't know" answer) and the questions that decided it. */
interface Plain {
  readonly truth: boolean | undefined;
  readonly decisive: readonly string[];
}

function own(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/** A comparison as json-rules-engine's operators make it (the list operators are false on a fact that is not a list). */
function compare(fact: unknown, leaf: RuleLeaf): boolean {
  const value = leaf.value;
  switch (leaf.operator) {
    case 'equal':
      return fact === value;
    case 'notEqual':
      return fact !== value;
    case 'in':
      return (value as readonly unknown[]).includes(fact);
    case 'notIn':
      return !(value as readonly unknown[]).includes(fact);
    case 'contains':
      return Array.isArray(fact) && fact.includes(value);
    case 'doesNotContain':
      return Array.isArray(fact) && !fact.includes(value);
  }
}

/**
 * `all` is false when a part is false (decided by the false parts), else unknown when a part is
 * unknown (by the unknown parts), else true (by all parts); `any` the other way round; `not`
 * turns true and false and keeps what decided. A comparison on an open or "don't know" question is
 * unknown; an intake comparison is never unknown and names no question.
 */
function plain(node: RuleCondition, input: AssessmentInput): Plain {
  if ('all' in node || 'any' in node) {
    const decider = !('all' in node);
    const parts = ('all' in node ? node.all : node.any).map((child) => plain(child, input));
    const deciding = parts.filter((p) => p.truth === decider);
    const open = parts.filter((p) => p.truth === undefined);
    const [truth, chosen] = deciding.length ? [decider, deciding] : open.length ? [undefined, open] : [!decider, parts];
    return { truth, decisive: [...new Set(chosen.flatMap((p) => p.decisive))] };
  }
  if ('not' in node) {
    const inner = plain(node.not, input);
    return { truth: inner.truth === undefined ? undefined : !inner.truth, decisive: inner.decisive };
  }
  if (node.fact === 'intake') return { truth: compare(own(input.intake ?? {}, node.path ?? ''), node), decisive: [] };
  const answer = own(input.answers, node.fact);
  if (answer === undefined || answer === 'dont-know') return { truth: undefined, decisive: [node.fact] };
  return { truth: compare(answer, node), decisive: [node.fact] };
}

function checkPlain(model: ActieModel, input: AssessmentInput, result: AssessmentResult, where: string): void {
  const order = model.areas.flatMap((area) => area.questions.map((q) => q.id));
  model.conditions.forEach((condition, i) => {
    const expected = plain(condition.when, input);
    const got = result.conditions[i];
    assert.ok(got, `${where}: condition ${condition.id} is missing`);
    const status = expected.truth === true ? 'good' : expected.truth === false ? 'needs-work' : 'unknown';
    assert.equal(got.status, status, `${where}: status of ${condition.id}`);
    const decisive = [...expected.decisive].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    assert.deepEqual(
      got.decisive.map((d) => d.question),
      decisive,
      `${where}: decisive questions of ${condition.id}`,
    );
    for (const d of got.decisive) assert.equal(d.answer, own(input.answers, d.question), `${where}: answer to ${d.question}`);
  });
  const role = model.roleRules.find((rule) => plain(rule.when, input).truth === true);
  assert.equal(result.role?.suggested, model.roles.length ? (role?.role ?? model.defaultRole) : undefined, `${where}: role`);
  assert.equal(result.role?.rule, role?.id, `${where}: the rule that suggests the role`);
  const attention = model.attention.filter((point) => plain(point.when, input).truth === true).map((p) => `attention/${p.id}`);
  assert.deepEqual(
    result.actionPoints.filter((p) => p.kind === 'attention').map((p) => p.id),
    attention,
    `${where}: points of attention`,
  );
}

// ---- the tests -----------------------------------------------------------------------------

describe('score: results unchanged by the speed-up of issue 21', () => {
  for (const { name, count, seed } of EQUIVALENCE_MODELS) {
    it(`gives the recorded result for each of ${count} answer sets of the ${name} model, one by one and all at once`, async () => {
      const model = await builtinModel(rules, name);
      const inputs = equivalenceInputs(model, count, seed);
      const expected = fixture.results[name] ?? [];
      assert.equal(expected.length, count, `the fixture has ${count} results of the ${name} model`);
      const oneByOne: AssessmentResult[] = [];
      for (const input of inputs) oneByOne.push(await rules.score(model, input));
      oneByOne.forEach((result, i) => assert.deepEqual(digest(result), expected[i], `${name} answer set ${i}`));
      const atOnce = await Promise.all(inputs.map((input) => rules.score(model, input)));
      atOnce.forEach((result, i) => assert.deepEqual(digest(result), expected[i], `${name} answer set ${i}, scored at once`));
    });

    it(`agrees with a plain evaluation of the ${name} model's rules`, async () => {
      const model = await builtinModel(rules, name);
      const inputs = equivalenceInputs(model, count, seed);
      for (const [i, input] of inputs.entries())
        checkPlain(model, input, await rules.score(model, input), `${name} answer set ${i}`);
    });

    it(`gives the recorded team result for the ${name} model's answer sets`, async () => {
      const model = await builtinModel(rules, name);
      const team = await rules.aggregate(model, equivalenceSessions(rules, model, equivalenceInputs(model, count, seed)));
      assert.equal(team.rejected.length, 0, `no session of the ${name} model is refused`);
      assert.equal(sha256(team), fixture.teams[name], `the team result of the ${name} model`);
    });
  }

  it('agrees with the plain evaluation over more intakes than an engine keeps, each intake scored again later', async () => {
    const model = await builtinModel(rules, 'initiative');
    // 600 answer sets, nearly each with an intake of its own (an engine keeps the intake results of 256).
    const inputs = equivalenceInputs(model, 600, 2104);
    const variants = new Set(inputs.map((input) => JSON.stringify(input.intake ?? {})));
    assert.ok(variants.size > 400, `the answer sets have ${variants.size} intakes`);
    const order = [...inputs.keys(), ...inputs.keys()].map((i) => (i * 7) % inputs.length);
    for (const i of order) {
      const input = inputs[i] as AssessmentInput;
      checkPlain(model, input, await rules.score(model, input), `initiative answer set ${i} of 600`);
    }
  });
});
