/**
 * A plan is a few priorities (docs/rules.md): which points come first, written from the rule and
 * the situations it is for, not from the current output.
 *
 * - what the situation brings (the owner's duties, giving the lead back) comes before everything;
 * - then decisive points, then what the initiators ask for themselves, then advice written for
 *   this phase or lead, then the rest; a flat "no" before a "partly";
 * - a proposal holds five agreements at most; the rest can be added later, never twice;
 * - a capable initiative that asks for nothing gets offers, and offers are never proposed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue, AssessmentResult, IntakeValue } from '../dist/index.js';
import { PROPOSAL_SIZE, draftPlan, prioritise, score } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { allFavourable } from './helpers.js';

async function scored(intake: Record<string, IntakeValue>, changes: Record<string, AnswerValue>): Promise<AssessmentResult> {
  const result = await score(initiativeModel, { intake, answers: { ...allFavourable(), ...changes } });
  assert.deepEqual(result.errors, []);
  return result;
}

const order = (result: AssessmentResult, options?: Parameters<typeof prioritise>[2]): string[] =>
  prioritise(initiativeModel, result, options).map((p) => p.point.condition);

/** A buurtkamer that residents have run for ten years, with its own worries. */
const BUURTKAMER = { phase: 'continuing', origin: 'residents', lead: 'residents', stake: 'no', request: ['money'] };

describe('prioritise: the order of the rule', () => {
  it('a ten-year-old buurtkamer that asks for money: the money question comes first, with advice for a continuing initiative', async () => {
    // Money short, know-how partly there, no contact with other initiatives, volunteers short:
    // only the money was asked for.
    const result = await scored(BUURTKAMER, { T9: 'no', T3: 'partly', C5: 'no', T2: 'no' });
    const priorities = prioritise(initiativeModel, result);
    assert.equal(priorities[0]?.point.condition, 'T9');
    assert.equal(priorities[0]?.reason, 'requested');
    // A starter's budget is not what a ten-year-old initiative needs.
    assert.match(priorities[0]?.point.agreement['nl'] ?? '', /meer jaren/);
    assert.doesNotMatch(priorities[0]?.point.agreement['nl'] ?? '', /budget voor bewonersinitiatieven/);
    // The rest follow, each once.
    assert.deepEqual(priorities.map((p) => p.point.condition).sort(), ['C5', 'T2', 'T3', 'T9']);
  });

  it('what the initiators did not ask for does not rank as requested', async () => {
    const result = await scored({ ...BUURTKAMER, request: ['advice'] }, { T9: 'no', T3: 'partly' });
    const priorities = prioritise(initiativeModel, result);
    assert.deepEqual(
      priorities.map((p) => [p.point.condition, p.reason]),
      [
        ['T3', 'requested'],
        // T9's advice is written for a continuing initiative: situational, below what was asked.
        ['T9', 'situational'],
      ],
    );
  });

  it('advice written for this phase ranks above advice that fits any phase', async () => {
    // C2 (working with organisations nearby) has no advice of its own for a continuing
    // initiative, and comes first in the model; T9 (money) has.
    const result = await scored({ ...BUURTKAMER, request: ['nothing'] }, { C2: 'no', T9: 'no' });
    assert.deepEqual(order(result), ['T9', 'C2']);
  });

  it('a decisive point comes before what was asked for', async () => {
    // T7 (a professional does work the initiators want to do themselves) is a decisive point.
    const result = await scored(BUURTKAMER, { T9: 'no', T7: 'yes' });
    assert.deepEqual(
      prioritise(initiativeModel, result).map((p) => [p.point.condition, p.reason]),
      [
        ['T7', 'key'],
        ['T9', 'requested'],
      ],
    );
  });

  it('what the situation brings comes before everything: the owner’s duties when the organisation has a stake', async () => {
    const result = await scored({ ...BUURTKAMER, stake: 'yes' }, { T9: 'no', T7: 'yes' });
    const priorities = prioritise(initiativeModel, result);
    assert.deepEqual(
      priorities.slice(0, 3).map((p) => [p.point.condition, p.reason]),
      [
        ['owner-duties', 'situation'],
        ['T7', 'key'],
        ['T9', 'requested'],
      ],
    );
  });

  it('giving the lead back comes first when a professional leads a residents’ idea', async () => {
    // T7: a professional does work the initiators want to or can do themselves.
    const result = await scored(
      { phase: 'running', origin: 'residents', lead: 'professional', request: ['nothing'] },
      { T7: 'yes' },
    );
    assert.deepEqual(order(result).slice(0, 2), ['lead-back', 'T7']);
  });

  it('within a rank, a flat "no" comes before a "partly", whatever the model’s order', async () => {
    // C2 comes before E2 in the model, neither has advice for this phase; E2 is answered "no",
    // C2 "partly".
    // (They ask for people to help out, so the stance is not to step back, which makes C2 an offer.)
    const result = await scored({ ...BUURTKAMER, request: ['hands'] }, { C2: 'partly', E2: 'no' });
    assert.deepEqual(order(result), ['E2', 'C2']);
  });

  it('"find this out" points only on request, and then last', async () => {
    const result = await scored(BUURTKAMER, { T9: 'dont-know', C5: 'no' });
    assert.deepEqual(order(result), ['C5']);
    assert.deepEqual(order(result, { findOut: true }), ['C5', 'T9']);
  });

  it('a capable initiative that asks for nothing: its offers are never proposed', async () => {
    // Residents lead, have what they need and ask for nothing: the stance is to step back. A
    // question about the initiative that still needs work becomes an offer; one about the
    // organisation stays a task.
    const result = await scored(
      { phase: 'running', origin: 'residents', lead: 'residents', request: ['nothing'] },
      { C5: 'no', E2: 'no' },
    );
    assert.equal(result.role?.suggested, 'loslatend');
    const offers = result.actionPoints.filter((p) => p.offer).map((p) => p.condition);
    assert.ok(offers.includes('C5'), 'C5 is about the initiative: an offer');
    assert.ok(!order(result).includes('C5'));
    assert.equal(
      draftPlan(result, 'nl', undefined, { model: initiativeModel }).agreements.some((a) => a.condition === 'C5'),
      false,
    );
  });

  it('excludes what the plan already covers', async () => {
    const result = await scored(BUURTKAMER, { T9: 'no', C5: 'no' });
    assert.deepEqual(order(result, { exclude: ['T9'] }), ['C5']);
  });

  it('never throws: a result without points gives an empty list', async () => {
    const result = await scored(BUURTKAMER, {});
    assert.deepEqual(order(result), []);
  });
});

describe('draftPlan: a proposal is a few priorities', () => {
  /** Twelve points that need work, none asked for. */
  const MANY: Record<string, AnswerValue> = Object.fromEntries(
    ['A3', 'A5', 'C2', 'C4', 'C5', 'T2', 'T3', 'T10', 'I2', 'I4', 'E2', 'E9'].map((id) => [id, 'no']),
  );

  it(`proposes at most ${PROPOSAL_SIZE} agreements, the first of the order`, async () => {
    const result = await scored(BUURTKAMER, { ...MANY, T9: 'no' });
    const plan = draftPlan(result, 'nl', undefined, { model: initiativeModel });
    assert.equal(plan.agreements.length, PROPOSAL_SIZE);
    assert.deepEqual(
      plan.agreements.map((a) => a.condition),
      order(result).slice(0, PROPOSAL_SIZE),
    );
    assert.equal(plan.agreements[0]?.condition, 'T9');
    // Who and when are for the team.
    for (const a of plan.agreements) assert.deepEqual([a.who, a.when, a.status], ['', undefined, 'open']);
  });

  it('asking again adds the next ones, never one twice; every point can be reached', async () => {
    const result = await scored(BUURTKAMER, { ...MANY, T9: 'no' });
    let plan = draftPlan(result, 'nl', undefined, { model: initiativeModel });
    const all = order(result);
    while (plan.agreements.length < all.length) {
      const before = plan.agreements.length;
      plan = draftPlan(result, 'nl', plan, { model: initiativeModel });
      assert.ok(plan.agreements.length > before, 'each request adds something');
    }
    assert.deepEqual(
      plan.agreements.map((a) => a.condition),
      all,
    );
    assert.equal(draftPlan(result, 'nl', plan, { model: initiativeModel }).agreements.length, all.length);
  });

  it('limit: one at a time, or all at once', async () => {
    const result = await scored(BUURTKAMER, MANY);
    assert.equal(draftPlan(result, 'nl', undefined, { limit: 1 }).agreements.length, 1);
    assert.equal(draftPlan(result, 'nl', undefined, { limit: Infinity }).agreements.length, 12);
  });

  it('in English too, with the agreement text of the variant', async () => {
    const result = await scored(BUURTKAMER, { T9: 'no' });
    const plan = draftPlan(result, 'en', undefined, { model: initiativeModel });
    assert.match(plan.agreements[0]?.what ?? '', /several years/);
  });
});
