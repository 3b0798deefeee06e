import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActieModel, AssessmentInput, AssessmentResult, ConditionResult } from '../dist/index.js';
import { score, validateModel } from '../dist/index.js';
import { statusOf } from '../dist/score/score.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import {
  QUESTION_IDS,
  RISK_QUESTIONS,
  allFavourable,
  allUnfavourable,
  answerAll,
  miniModel,
  seededAnswers,
  setAt,
  tri,
  valueOf,
} from './helpers.js';

function condition(result: AssessmentResult, id: string): ConditionResult {
  const found = result.conditions.find((c) => c.id === id);
  assert.ok(found, `no condition ${id}`);
  return found;
}

/** The conditions that read more than one question. */
const COMBINED = ['animo-motive-fits', 'inbedding-continuity', 'empathie-clear-and-timely'];
/** The questions read by combined conditions: they have no condition of their own. */
const IN_COMBINED = ['A1', 'A9', 'I10', 'I11', 'E12', 'E5', 'E6'];
/** Conditions in the default model: one per question, except those the combined ones read. */
const CONDITIONS = 44 - IN_COMBINED.length + COMBINED.length;

describe('score: the default model', () => {
  it('has 44 questions scored through 40 conditions in five areas', async () => {
    const result = await score(initiativeModel, { answers: {} });
    assert.equal(QUESTION_IDS.length, 44);
    assert.equal(CONDITIONS, 40);
    assert.equal(result.conditions.length, CONDITIONS);
    // Animo 7 questions, A1 and A9 in one condition: 6; Contacten 6; Toerusting 10; Inbedding 11,
    // I10 and I11 in one: 10; Empathie 10, E12, E5 and E6 in one: 8.
    assert.deepEqual(
      result.areas.map((a) => [a.id, a.counts.total]),
      [
        ['animo', 6],
        ['contacten', 6],
        ['toerusting', 10],
        ['inbedding', 10],
        ['empathie', 8],
      ],
    );
    for (const id of COMBINED)
      assert.ok(
        result.conditions.some((c) => c.id === id),
        id,
      );
    for (const id of IN_COMBINED) assert.ok(!result.conditions.some((c) => c.id === id), `${id} has its own condition`);
    assert.deepEqual(result.model, { id: 'actie-default', version: '3.0' });
  });
});

describe('score: the contract', () => {
  it('every question answered favourably: every condition and area good, no improve points', async () => {
    const answers = allFavourable();
    // The risk questions are answered "no", the rest "yes".
    assert.deepEqual(RISK_QUESTIONS, ['A11', 'A12', 'C10', 'T7', 'I8', 'E16']);
    for (const id of RISK_QUESTIONS) assert.equal(answers[id], 'no');
    assert.equal(answers['A1'], 'yes');

    const result = await score(initiativeModel, { answers });
    assert.deepEqual(result.errors, []);
    for (const c of result.conditions) assert.equal(c.status, 'good', c.id);
    for (const a of result.areas) {
      assert.equal(a.status, 'good', a.id);
      assert.equal(a.counts.good, a.counts.total, a.id);
    }
    assert.equal(result.overall.status, 'good');
    assert.deepEqual(result.overall.counts, {
      good: CONDITIONS,
      needsWork: 0,
      unknown: 0,
      offers: 0,
      keyNeedsWork: 0,
      total: CONDITIONS,
    });
    assert.equal(result.good.length, CONDITIONS);
    assert.deepEqual(result.needsWork, []);
    assert.deepEqual(result.unknown, []);
    // No intake: no point of attention either.
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 44, total: 44 });
    // What goes well reads as a strength, never as the question: also a risk question answered "no".
    const a12 = condition(result, 'A12');
    assert.equal(a12.strength['nl'], 'U ziet geen tekenen dat de trekkers het te druk krijgen');
    for (const c of result.good) assert.ok(!c.strength['nl']?.endsWith('?'), `${c.id} reads as a strength`);
  });

  it('every question answered unfavourably: every condition needs work, each with an improve point and an agreement', async () => {
    const answers = allUnfavourable();
    for (const id of RISK_QUESTIONS) assert.equal(answers[id], 'yes');

    const result = await score(initiativeModel, { answers });
    for (const c of result.conditions) {
      assert.equal(c.status, 'needs-work', c.id);
      assert.equal(c.actionPoint?.kind, 'improve', c.id);
      // The agreement is a short instruction, not the "U kunt …" explanation.
      assert.notDeepEqual(c.actionPoint.agreement, c.actionPoint.text, c.id);
      assert.ok(!c.actionPoint.agreement['nl']?.startsWith('U kunt'), c.id);
      // A point that needs work is named by its concern, not by its question.
      assert.deepEqual(c.actionPoint.title, c.concern, c.id);
      assert.ok(!c.concern['nl']?.endsWith('?'), c.id);
    }
    for (const a of result.areas) assert.equal(a.status, 'needs-work', a.id);
    assert.equal(result.overall.status, 'needs-work');
    assert.deepEqual(result.overall.counts, {
      good: 0,
      needsWork: CONDITIONS,
      unknown: 0,
      offers: 0,
      // The decisive points: T7, I1, animo-motive-fits, empathie-clear-and-timely.
      keyNeedsWork: 4,
      total: CONDITIONS,
    });
    assert.equal(result.actionPoints.length, CONDITIONS);
    assert.ok(result.actionPoints.every((p) => p.kind === 'improve'));
    // Action points follow the conditions' model order.
    assert.deepEqual(
      result.actionPoints.map((p) => p.condition),
      result.conditions.map((c) => c.id),
    );
    // Points for the organisation are marked: the questions at the organisation's level.
    const forOrganisation = result.actionPoints.filter((p) => p.level === 'organisation').map((p) => p.condition);
    assert.deepEqual(forOrganisation, [
      'A10',
      'A11',
      'I1',
      'I2',
      'I4',
      'I14',
      'I15',
      'I16',
      'I8',
      'I17',
      'inbedding-continuity',
      'I12',
      'E13',
    ]);
  });

  it('nothing answered: every condition and area unknown, no action points', async () => {
    const result = await score(initiativeModel, { answers: {} });
    for (const c of result.conditions) {
      assert.equal(c.status, 'unknown', c.id);
      assert.equal(c.actionPoint, undefined, c.id);
    }
    for (const a of result.areas) assert.equal(a.status, 'unknown', a.id);
    assert.equal(result.overall.status, 'unknown');
    assert.deepEqual(result.overall.counts, {
      good: 0,
      needsWork: 0,
      unknown: CONDITIONS,
      offers: 0,
      keyNeedsWork: 0,
      total: CONDITIONS,
    });
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 0, total: 44 });
  });

  it("everything 'dont-know': all unknown, one find-out point per condition, never needs work", async () => {
    const result = await score(initiativeModel, { answers: answerAll(() => 'dont-know') });
    assert.equal(result.needsWork.length, 0);
    assert.equal(result.unknown.length, CONDITIONS);
    assert.equal(result.actionPoints.length, CONDITIONS);
    for (const c of result.conditions) {
      assert.equal(c.status, 'unknown', c.id);
      assert.equal(c.actionPoint?.kind, 'find-out', c.id);
      assert.equal(c.actionPoint.id, `${c.id}/find-out`);
      assert.deepEqual(c.actionPoint.questions, c.questions);
      // A find-out point can go on the plan as it reads.
      assert.deepEqual(c.actionPoint.agreement, c.actionPoint.text);
    }
    // "Don't know" counts as answered.
    assert.deepEqual(result.progress, { answered: 44, total: 44 });

    // The find-out text names what to find out, after the model's prefix.
    const a3 = result.conditions.find((c) => c.id === 'A3');
    assert.equal(
      a3?.actionPoint?.text['en'],
      'Find this out: Do other residents support the initiative, beyond the group that leads it?',
    );
    assert.ok(a3.actionPoint.text['nl']?.startsWith('Zoek dit uit: Steunen ook andere buurtbewoners het initiatief'));
    const clear = result.conditions.find((c) => c.id === 'empathie-clear-and-timely');
    assert.deepEqual(clear?.actionPoint?.questions, ['E12', 'E5', 'E6']);
    assert.equal(
      clear.actionPoint.text['en'],
      'Find this out: Has it been agreed within how many days the initiators get an answer when they ask something? Have you agreed with the initiators who does what? Have you told the initiators what your organisation can and cannot do for them?',
    );
  });
});

describe('score: single-question conditions', () => {
  it("'partly' needs work, with the question's own action point, agreement and concern", async () => {
    const result = await score(initiativeModel, { answers: { A3: 'partly' } });
    const a3 = condition(result, 'A3');
    assert.equal(a3.status, 'needs-work');
    assert.deepEqual(a3.decisive, [{ question: 'A3', answer: 'partly' }]);
    assert.deepEqual(a3.actionPoint, {
      id: 'A3',
      condition: 'A3',
      area: 'animo',
      kind: 'improve',
      title: {
        nl: 'Buiten de eigen groep heeft het initiatief nog weinig steun in de buurt',
        en: 'Beyond its own group, the initiative has little support in the neighbourhood yet',
      },
      level: 'frontline',
      key: false,
      offer: false,
      requested: false,
      text: {
        nl: 'U kunt de initiatiefnemers helpen om buren naar hun mening te vragen, bijvoorbeeld langs de deuren of op een bijeenkomst. Wat ze met de reacties doen, kiezen zij zelf.',
        en: 'Consider helping the initiators ask neighbours for their views, for example door to door or at a meeting. What they do with the responses is their choice.',
      },
      agreement: {
        nl: 'Help de initiatiefnemers om buren naar hun mening te vragen, bijvoorbeeld langs de deuren of op een bijeenkomst.',
        en: 'Help the initiators ask neighbours for their views, for example door to door or at a meeting.',
      },
      questions: ['A3'],
    });
  });

  it("a risk question (favourable 'no'): 'yes' and 'partly' need work, 'no' is good", async () => {
    for (const id of RISK_QUESTIONS) {
      assert.equal(condition(await score(initiativeModel, { answers: { [id]: 'yes' } }), id).status, 'needs-work', id);
      assert.equal(condition(await score(initiativeModel, { answers: { [id]: 'partly' } }), id).status, 'needs-work', id);
      assert.equal(condition(await score(initiativeModel, { answers: { [id]: 'no' } }), id).status, 'good', id);
    }
    const a12 = condition(await score(initiativeModel, { answers: { A12: 'yes' } }), 'A12');
    assert.equal(
      a12.actionPoint?.text['en'],
      'Consider asking how the people leading it are doing. Perhaps tasks can move to others, or the plan can be made a step smaller.',
    );
    assert.equal(a12.concern['nl'], 'De trekkers lijken het te druk te krijgen');
  });

  it("a normal question answered 'no' needs work; 'yes' is good", async () => {
    const result = await score(initiativeModel, { answers: { C8: 'no', C9: 'yes' } });
    assert.equal(condition(result, 'C8').status, 'needs-work');
    assert.equal(condition(result, 'C9').status, 'good');
    assert.equal(condition(result, 'C9').actionPoint, undefined);
  });

  it("a 'dont-know' is unknown with a find-out point; an unanswered question has none", async () => {
    const result = await score(initiativeModel, { answers: { I4: 'dont-know' } });
    const i4 = condition(result, 'I4');
    assert.equal(i4.status, 'unknown');
    assert.equal(i4.actionPoint?.kind, 'find-out');
    assert.equal(i4.actionPoint.id, 'I4/find-out');
    assert.deepEqual(i4.decisive, [{ question: 'I4', answer: 'dont-know' }]);
    const i14 = condition(result, 'I14');
    assert.equal(i14.status, 'unknown');
    assert.equal(i14.actionPoint, undefined);
    assert.deepEqual(i14.decisive, [{ question: 'I14', answer: undefined }]);
    assert.deepEqual(
      result.actionPoints.map((p) => p.id),
      ['I4/find-out'],
    );
  });

  it('lists points of attention, then improvements, then things to find out, each in model order', async () => {
    const result = await score(initiativeModel, {
      intake: { stake: 'yes' },
      answers: { E15: 'dont-know', A3: 'no', C2: 'dont-know', I1: 'partly', A10: 'yes' },
    });
    assert.deepEqual(
      result.actionPoints.map((p) => p.id),
      ['attention/owner-duties', 'A3', 'I1', 'C2/find-out', 'E15/find-out'],
    );
  });
});

describe('score: area and overall verdicts read the counts (statusOf)', () => {
  const verdict = (good: number, needsWork: number, unknown: number, keyNeedsWork = 0, offers = 0): string =>
    statusOf({ good, needsWork, unknown, offers, keyNeedsWork, total: good + needsWork + unknown + offers });

  it('goes well only when (almost) nothing needs work: at most one in eight judged points', () => {
    assert.equal(verdict(7, 0, 0), 'good');
    assert.equal(verdict(7, 1, 0), 'good', 'one of eight');
    assert.equal(verdict(6, 1, 0), 'mixed', 'one of seven is more than one in eight');
    assert.equal(verdict(35, 5, 0), 'good', 'five of forty');
    assert.equal(verdict(34, 6, 0), 'mixed');
  });

  it('a decisive point that needs work keeps the verdict from "good"', () => {
    assert.equal(verdict(7, 1, 0, 1), 'mixed', 'one of eight, but a decisive one');
    assert.equal(verdict(35, 5, 0, 1), 'mixed');
    assert.equal(verdict(1, 1, 0, 1), 'needs-work', 'a tie still needs work');
  });

  it('offers (only if they ask) do not count: a capable initiative that is left alone goes well', () => {
    assert.equal(verdict(6, 0, 0, 0, 5), 'good', 'five offers, nothing pressed');
    assert.equal(verdict(1, 0, 1, 0, 6), 'good', 'half of the rest unknown is judged');
    assert.equal(verdict(1, 0, 2, 0, 6), 'unknown', 'more than half of the rest is not');
    assert.equal(verdict(0, 0, 2, 0, 1), 'unknown');
    assert.equal(verdict(0, 0, 0, 0, 3), 'unknown', 'only offers: nothing to judge');
  });

  it('a mixed picture is called mixed, never "good": 18 of 38 judged points to work on', () => {
    assert.equal(verdict(20, 18, 8), 'mixed');
    assert.equal(verdict(3, 2, 0), 'mixed');
  });

  it('needs work when at least as many points need work as go well', () => {
    assert.equal(verdict(3, 3, 1), 'needs-work', 'a tie needs attention');
    assert.equal(verdict(0, 1, 0), 'needs-work');
    assert.equal(verdict(2, 5, 0), 'needs-work');
  });

  it('unknown when more than half cannot be judged yet, even if some need work; exactly half is judged on the rest', () => {
    assert.equal(verdict(2, 1, 4), 'unknown');
    assert.equal(verdict(4, 0, 4), 'good');
    assert.equal(verdict(0, 0, 0), 'unknown', 'no points at all');
  });

  it("an area's verdict and the overall verdict follow the rule, and 'dont-know' counts as unknown, not as needing work", async () => {
    const result = await score(initiativeModel, { answers: answerAll((id) => (RISK_QUESTIONS.includes(id) ? 'no' : 'yes')) });
    assert.equal(result.overall.status, 'good');
    for (const a of result.areas) assert.equal(a.status, statusOf(a.counts), `${a.id} follows statusOf`);
    const some = await score(initiativeModel, {
      answers: answerAll((id, i) =>
        i % 3 === 0 ? 'dont-know' : i % 3 === 1 ? (RISK_QUESTIONS.includes(id) ? 'yes' : 'no') : 'yes',
      ),
    });
    assert.equal(some.overall.status, statusOf(some.overall.counts));
    assert.ok(some.overall.counts.unknown > 0 && some.needsWork.length > 0);
    assert.ok(some.unknown.every((c) => c.decisive.every((d) => d.answer === 'dont-know' || d.answer === undefined)));
  });
});

describe('score: the combined condition empathie-clear-and-timely (E12, E5 and E6)', () => {
  const clear = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>): Promise<ConditionResult> =>
    condition(await score(initiativeModel, { answers }), 'empathie-clear-and-timely');

  it('reads E12, E5 and E6, in model order', async () => {
    assert.deepEqual((await clear({})).questions, ['E12', 'E5', 'E6']);
  });

  it('yes + yes + yes is good, with every answer decisive, and reads as a strength', async () => {
    const c = await clear({ E12: 'yes', E5: 'yes', E6: 'yes' });
    assert.equal(c.status, 'good');
    assert.deepEqual(c.decisive, [
      { question: 'E12', answer: 'yes' },
      { question: 'E5', answer: 'yes' },
      { question: 'E6', answer: 'yes' },
    ]);
    assert.equal(c.actionPoint, undefined);
    assert.equal(
      c.strength['nl'],
      'De afspraken zijn duidelijk, met een termijn voor antwoord, wie wat doet en wat wel en niet kan',
    );
  });

  it('one "no" needs work, decided by that answer alone, with the condition\'s advice and agreement', async () => {
    const c = await clear({ E12: 'yes', E5: 'no', E6: 'yes' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'E5', answer: 'no' }]);
    assert.deepEqual(c.actionPoint?.questions, ['E5']);
    assert.equal(
      c.actionPoint.text['en'],
      'Consider agreeing with the initiators within how many days they get an answer, writing down briefly who does what, and saying what your organisation cannot do.',
    );
    assert.equal(
      c.actionPoint.agreement['nl'],
      'Spreek een termijn voor antwoord af, en zet op één blad wie wat doet en wat uw organisatie niet kan doen.',
    );
    assert.equal(c.actionPoint.key, true, 'a decisive point');
  });

  it("no + dont-know needs work, decided by the 'no' (a known 'no' settles it)", async () => {
    const c = await clear({ E12: 'no', E5: 'dont-know' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'E12', answer: 'no' }]);
    assert.equal(c.actionPoint?.kind, 'improve');
    assert.deepEqual(c.actionPoint.questions, ['E12']);
  });

  it('partly + partly needs work, with both decisive', async () => {
    const c = await clear({ E12: 'partly', E5: 'partly', E6: 'yes' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [
      { question: 'E12', answer: 'partly' },
      { question: 'E5', answer: 'partly' },
    ]);
  });

  it('yes + yes + unanswered is unknown, waiting for E6, without a find-out point', async () => {
    const c = await clear({ E12: 'yes', E5: 'yes' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'E6', answer: undefined }]);
    assert.equal(c.actionPoint, undefined);
  });

  it('yes + dont-know is unknown with a find-out point for the "don\'t know" only', async () => {
    const c = await clear({ E12: 'yes', E5: 'dont-know', E6: 'yes' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'E5', answer: 'dont-know' }]);
    assert.equal(c.actionPoint?.kind, 'find-out');
    assert.equal(c.actionPoint.id, 'empathie-clear-and-timely/find-out');
    assert.deepEqual(c.actionPoint.questions, ['E5']);
  });

  it('decisive answers are listed in model order whatever the input order', async () => {
    const c = await clear({ E6: 'no', E12: 'no' });
    assert.deepEqual(c.decisive, [
      { question: 'E12', answer: 'no' },
      { question: 'E6', answer: 'no' },
    ]);
  });
});

describe('score: advice follows the situation (variants)', () => {
  async function advice(
    intake: Record<string, unknown>,
    id: string,
    answers: Record<string, string>,
  ): Promise<{ text: string; agreement: string }> {
    const result = await score(initiativeModel, { intake: intake as never, answers: answers as never });
    const point = condition(result, id).actionPoint;
    assert.ok(point, `${id} has an action point`);
    return { text: point.text['en'] ?? '', agreement: point.agreement['en'] ?? '' };
  }

  it("money: a starter is pointed to a small budget, a ten-year-old initiative to lasting arrangements, never to a starters' course", async () => {
    const plain = await advice({}, 'T9', { T9: 'no' });
    assert.match(plain.text, /which fund, grant or sponsor fits it/);
    const starting = await advice({ phase: 'starting' }, 'T9', { T9: 'no' });
    assert.match(starting.text, /small amount is often enough to start/);
    assert.match(starting.agreement, /first, small application/);
    const continuing = await advice({ phase: 'continuing' }, 'T9', { T9: 'partly' });
    assert.match(continuing.text, /arrangement for several years/);
    assert.match(continuing.text, /A starter’s budget or a beginners’ course does not fit here/);
    assert.match(continuing.agreement, /money arrangement for several years/);
    const closing = await advice({ phase: 'closing' }, 'T9', { T9: 'no' });
    assert.match(closing.agreement, /remaining money/);
  });

  it('skills: a course or coach for starters, targeted help from someone experienced for a group that has run a while', async () => {
    assert.match((await advice({ phase: 'idea' }, 'T3', { T3: 'no' })).text, /short course or a coach/);
    const running = await advice({ phase: 'running' }, 'T3', { T3: 'no' });
    assert.match(running.text, /targeted help with one question/);
    assert.doesNotMatch(running.agreement, /course/);
  });

  it('embedding: support beyond this year is a multi-year arrangement for a lasting initiative', async () => {
    assert.match((await advice({ phase: 'continuing' }, 'I12', { I12: 'no' })).agreement, /arrangement for several years/);
    assert.match((await advice({ phase: 'starting' }, 'I12', { I12: 'no' })).agreement, /how long your organisation can support/);
  });

  it('a variant keyed on the suggested stance: a commission when residents take a task over', async () => {
    const task = await advice({ request: ['task'] }, 'empathie-clear-and-timely', { E5: 'no' });
    assert.match(task.text, /the agreements belong in a commission/);
    assert.match(task.agreement, /in a commission/);
  });

  it("the first matching variant wins, and without intake the condition's own advice stands", async () => {
    const plain = await advice({}, 'empathie-clear-and-timely', { E5: 'no' });
    assert.match(plain.text, /^Consider agreeing with the initiators within how many days/);
    // Closing comes before the stance variants in the model: a closing phase wins over a commission.
    const both = await advice({ phase: 'closing', request: ['task'] }, 'empathie-clear-and-timely', { E5: 'no' });
    assert.match(both.text, /^When wrapping up/);
  });

  it('variants change only the advice, never the status', async () => {
    const plain = await score(initiativeModel, { answers: { T9: 'no', T3: 'partly' } });
    const early = await score(initiativeModel, { intake: { phase: 'idea' }, answers: { T9: 'no', T3: 'partly' } });
    assert.deepEqual(
      plain.conditions.map((c) => c.status),
      early.conditions.map((c) => c.status),
    );
  });
});

describe('score: progress and input errors', () => {
  it("progress counts answered questions, 'dont-know' included", async () => {
    const result = await score(initiativeModel, { answers: { A1: 'yes', C2: 'dont-know', E14: 'no' } });
    assert.deepEqual(result.progress, { answered: 3, total: 44 });
  });

  it('reports invalid entries with JSON Pointer paths and still scores the valid ones', async () => {
    const result = await score(initiativeModel, {
      intake: { phase: 'idea', origin: 'professional', lead: 'someone', request: ['money', 'gold'] },
      answers: { A3: 'yes', X9: 'yes', A10: 'maybe', C10: 'yes' },
      notes: { Z1: 'note on nothing' },
    } as unknown as AssessmentInput);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [
        ['/answers/X9', 'unknown-reference'],
        ['/answers/A10', 'invalid-value'],
        ['/notes/Z1', 'unknown-reference'],
        ['/intake/lead', 'invalid-value'],
        ['/intake/request/1', 'invalid-value'],
      ],
    );
    for (const e of result.errors) assert.ok(e.message.length > 10, e.message);
    assert.equal(condition(result, 'A3').status, 'good');
    assert.equal(condition(result, 'C10').status, 'needs-work');
    assert.equal(condition(result, 'A10').status, 'unknown');
    assert.deepEqual(result.progress, { answered: 2, total: 44 });
    // The valid intake entries still count: a professional's idea that is only beginning.
    assert.equal(result.role?.rule, 'professional-start');
  });

  it('input that is not an object is an error, scored as nothing answered', async () => {
    const result = await score(initiativeModel, 'not json');
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [['', 'invalid-json']],
    );
    assert.equal(result.unknown.length, CONDITIONS);
    const missing = await score(initiativeModel, {} as AssessmentInput);
    assert.deepEqual(
      missing.errors.map((e) => [e.path, e.code]),
      [['/answers', 'required']],
    );
  });

  it('accepts the input as JSON text', async () => {
    const result = await score(initiativeModel, JSON.stringify({ answers: { A3: 'no' } }));
    assert.deepEqual(result.errors, []);
    assert.equal(condition(result, 'A3').status, 'needs-work');
  });

  it('an invalid model resolves with its errors and no conditions', async () => {
    const broken = { id: 'broken', version: '1.0', languages: ['nl'] } as unknown as ActieModel;
    const result = await score(broken, { answers: { A1: 'yes' } });
    assert.deepEqual(result.conditions, []);
    assert.deepEqual(result.areas, []);
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.model, { id: 'broken', version: '1.0' });
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 0, unknown: 0, offers: 0, keyNeedsWork: 0, total: 0 });
    const paths = result.errors.map((e) => e.path);
    for (const p of ['/title', '/attribution', '/intake', '/areas']) assert.ok(paths.includes(p), p);
    // Not even an object.
    const nothing = await score(null as unknown as ActieModel, { answers: {} });
    assert.deepEqual(
      nothing.errors.map((e) => [e.path, e.code]),
      [['', 'type']],
    );
  });

  it('a model that was not produced by validateModel is validated first and then scored', async () => {
    const copy = JSON.parse(JSON.stringify(initiativeModel)) as ActieModel;
    const answers = seededAnswers(7);
    assert.deepEqual(await score(copy, { answers }), await score(initiativeModel, { answers }));
  });
});

describe('score: custom models', () => {
  it('scores a custom model with its own languages, conditions, roles and texts', async () => {
    const model = valueOf(validateModel(miniModel()));
    const bad = await score(model, { intake: { phase: 'early' }, answers: { Q1: 'dont-know', Q2: 'yes' } });
    assert.deepEqual(bad.errors, []);
    assert.deepEqual(
      bad.conditions.map((c) => [c.id, c.status]),
      [
        ['Q1', 'unknown'],
        ['Q2', 'needs-work'],
      ],
    );
    assert.deepEqual(
      bad.actionPoints.map((p) => p.id),
      ['Q2', 'Q1/find-out'],
    );
    assert.equal(bad.actionPoints[1]?.text['fy'], 'Find out (fy): Question one (fy)');
    assert.deepEqual(bad.areas, [
      { id: 'solo', status: 'needs-work', counts: { good: 0, needsWork: 1, unknown: 1, offers: 0, keyNeedsWork: 0, total: 2 } },
    ]);
    assert.equal(bad.role?.suggested, 'stimulerend');
    assert.equal(bad.role?.rule, 'early-and-risky');
    assert.equal(bad.role?.reason['fy'], 'Early and risky (fy)');

    const good = await score(model, { intake: { phase: 'late' }, answers: { Q1: 'yes', Q2: 'no' } });
    assert.equal(good.overall.status, 'good');
    assert.equal(good.role?.suggested, 'coproducerend');
    assert.equal(good.role?.rule, undefined);
    assert.equal(good.role?.reason['fy'], 'Default reason (fy)');
    // Answers to questions of the default model are not questions of this one.
    const foreign = await score(model, { answers: { A1: 'yes' } });
    assert.deepEqual(
      foreign.errors.map((e) => e.path),
      ['/answers/A1'],
    );
  });

  it('a custom condition combining both questions with "any" replaces their own conditions', async () => {
    const input = setAt(miniModel(), '/conditions', [
      {
        id: 'either',
        area: 'solo',
        title: tri('Either'),
        when: {
          any: [
            { fact: 'Q1', operator: 'equal', value: 'yes' },
            { fact: 'Q2', operator: 'in', value: ['no'] },
          ],
        },
        action: tri('Fix either'),
        variants: [{ when: { phase: ['late'] }, text: tri('Late fix') }],
      },
    ]);
    const model = valueOf(validateModel(input));
    assert.deepEqual(
      model.conditions.map((c) => c.id),
      ['either'],
    );

    const run = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>, intake: Record<string, string> = {}) =>
      condition(await score(model, { intake, answers }), 'either');
    // any: one true part is enough, and decides alone.
    const one = await run({ Q1: 'no', Q2: 'no' });
    assert.equal(one.status, 'good');
    assert.deepEqual(one.decisive, [{ question: 'Q2', answer: 'no' }]);
    // any: false only when every part is known and false.
    const both = await run({ Q1: 'partly', Q2: 'yes' }, { phase: 'late' });
    assert.equal(both.status, 'needs-work');
    assert.deepEqual(
      both.decisive.map((d) => d.question),
      ['Q1', 'Q2'],
    );
    assert.equal(both.actionPoint?.text['en'], 'Late fix (en)');
    // any: a false part and an open part is still open.
    const open = await run({ Q1: 'no', Q2: 'dont-know' });
    assert.equal(open.status, 'unknown');
    assert.deepEqual(open.actionPoint?.questions, ['Q2']);
  });

  it('"not" and "notEqual" in a custom condition', async () => {
    const input = setAt(miniModel(), '/conditions', [
      {
        id: 'calm',
        area: 'solo',
        title: tri('Calm'),
        when: {
          all: [{ not: { fact: 'Q2', operator: 'equal', value: 'yes' } }, { fact: 'Q1', operator: 'notEqual', value: 'no' }],
        },
        action: tri('Calm down'),
      },
    ]);
    const model = valueOf(validateModel(input));
    const status = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>) =>
      condition(await score(model, { answers }), 'calm').status;
    assert.equal(await status({ Q1: 'partly', Q2: 'partly' }), 'good');
    assert.equal(await status({ Q1: 'yes', Q2: 'yes' }), 'needs-work');
    assert.equal(await status({ Q1: 'no', Q2: 'no' }), 'needs-work');
    assert.equal(await status({ Q1: 'yes', Q2: 'dont-know' }), 'unknown');
    assert.equal(await status({ Q1: 'dont-know', Q2: 'yes' }), 'needs-work');
  });
});

describe('score: concurrency', () => {
  it('200 overlapping score calls give the same results as 200 sequential ones', async () => {
    const intakes: Record<string, string>[] = [{ origin: 'residents', phase: 'idea' }, { origin: 'joint' }, {}];
    const inputs: AssessmentInput[] = Array.from({ length: 200 }, (_, i) => ({
      intake: intakes[i % 3] ?? {},
      answers: seededAnswers(i + 1),
    }));
    // The inputs really differ.
    assert.ok(new Set(inputs.map((x) => JSON.stringify(x.answers))).size > 190);

    const sequential: AssessmentResult[] = [];
    for (const input of inputs) sequential.push(await score(initiativeModel, input));
    const parallel = await Promise.all(inputs.map((input) => score(initiativeModel, input)));
    assert.equal(parallel.length, 200);
    for (let i = 0; i < inputs.length; i++) assert.deepEqual(parallel[i], sequential[i], `input ${i}`);

    // Calls that start while others are half-way through their run (a few microtasks apart):
    // json-rules-engine keeps one run status per engine, so an unguarded run that starts just
    // as another finishes would skip all its rules.
    const staggered = await Promise.all(
      inputs.map(async (input, i) => {
        for (let tick = 0; tick < i % 50; tick++) await Promise.resolve();
        return score(initiativeModel, input);
      }),
    );
    for (let i = 0; i < inputs.length; i++) assert.deepEqual(staggered[i], sequential[i], `staggered input ${i}`);
    // And the results are not all alike.
    assert.ok(new Set(sequential.map((r) => JSON.stringify(r.overall.counts))).size > 20);
  });

  it('overlapping calls on two models do not mix', async () => {
    const mini = valueOf(validateModel(miniModel()));
    const [a, b, c, d] = await Promise.all([
      score(initiativeModel, { answers: allFavourable() }),
      score(mini, { answers: { Q1: 'no', Q2: 'yes' } }),
      score(initiativeModel, { answers: allUnfavourable() }),
      score(mini, { answers: { Q1: 'yes', Q2: 'no' } }),
    ]);
    assert.equal(a.overall.status, 'good');
    assert.deepEqual(b.overall.counts, { good: 0, needsWork: 2, unknown: 0, offers: 0, keyNeedsWork: 0, total: 2 });
    assert.equal(c.needsWork.length, CONDITIONS);
    assert.deepEqual(d.overall.counts, { good: 2, needsWork: 0, unknown: 0, offers: 0, keyNeedsWork: 0, total: 2 });
  });
});
