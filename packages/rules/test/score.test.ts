import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActieModel, AssessmentResult, ConditionResult } from '../dist/index.js';
import { actieModel, score, validateModel } from '../dist/index.js';
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

function area(result: AssessmentResult, id: string): AssessmentResult['areas'][number] {
  const found = result.areas.find((a) => a.id === id);
  assert.ok(found, `no area ${id}`);
  return found;
}

/** The three conditions that read two questions each. */
const COMBINED = ['animo-motive-known', 'toerusting-support-fits', 'empathie-clear-and-timely'];
/** The six questions read by combined conditions: they have no condition of their own. */
const IN_COMBINED = ['A1', 'A2', 'T4', 'T5', 'E3', 'E5'];

describe('score: the default model', () => {
  it('has 38 questions scored through 35 conditions in five areas', async () => {
    const result = await score(actieModel, { answers: {} });
    assert.equal(QUESTION_IDS.length, 38);
    assert.equal(result.conditions.length, 38 - IN_COMBINED.length + COMBINED.length);
    assert.deepEqual(
      result.areas.map((a) => [a.id, a.counts.total]),
      [
        ['animo', 7],
        ['contacten', 7],
        ['toerusting', 6],
        ['inbedding', 8],
        ['empathie', 7],
      ],
    );
    for (const id of COMBINED) assert.ok(result.conditions.some((c) => c.id === id), id);
    for (const id of IN_COMBINED) assert.ok(!result.conditions.some((c) => c.id === id), `${id} has its own condition`);
    assert.deepEqual(result.model, { id: 'actie-default', version: '1.0' });
  });
});

describe('score: the contract', () => {
  it('every question answered favourably: every condition and area good, no improve points', async () => {
    const answers = allFavourable();
    // The risk questions are answered "no", the rest "yes".
    for (const id of RISK_QUESTIONS) assert.equal(answers[id], 'no');
    assert.equal(answers['A1'], 'yes');

    const result = await score(actieModel, { answers });
    assert.deepEqual(result.errors, []);
    for (const c of result.conditions) assert.equal(c.status, 'good', c.id);
    for (const a of result.areas) {
      assert.equal(a.status, 'good', a.id);
      assert.equal(a.counts.good, a.counts.total, a.id);
    }
    assert.equal(result.overall.status, 'good');
    assert.deepEqual(result.overall.counts, { good: 35, needsWork: 0, unknown: 0, total: 35 });
    assert.equal(result.good.length, 35);
    assert.deepEqual(result.needsWork, []);
    assert.deepEqual(result.unknown, []);
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 38, total: 38 });
  });

  it('every question answered unfavourably: every condition needs work, each with an improve point', async () => {
    const answers = allUnfavourable();
    for (const id of RISK_QUESTIONS) assert.equal(answers[id], 'yes');

    const result = await score(actieModel, { answers });
    for (const c of result.conditions) {
      assert.equal(c.status, 'needs-work', c.id);
      assert.equal(c.actionPoint?.kind, 'improve', c.id);
    }
    for (const a of result.areas) assert.equal(a.status, 'needs-work', a.id);
    assert.equal(result.overall.status, 'needs-work');
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 35, unknown: 0, total: 35 });
    assert.equal(result.actionPoints.length, 35);
    assert.ok(result.actionPoints.every((p) => p.kind === 'improve'));
    // Action points follow the conditions' model order.
    assert.deepEqual(
      result.actionPoints.map((p) => p.condition),
      result.conditions.map((c) => c.id),
    );
  });

  it('nothing answered: every condition and area unknown, no action points', async () => {
    const result = await score(actieModel, { answers: {} });
    for (const c of result.conditions) {
      assert.equal(c.status, 'unknown', c.id);
      assert.equal(c.actionPoint, undefined, c.id);
    }
    for (const a of result.areas) assert.equal(a.status, 'unknown', a.id);
    assert.equal(result.overall.status, 'unknown');
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 0, unknown: 35, total: 35 });
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 0, total: 38 });
  });

  it("everything 'dont-know': all unknown, one find-out point per condition, never needs work", async () => {
    const result = await score(actieModel, { answers: answerAll(() => 'dont-know') });
    assert.equal(result.needsWork.length, 0);
    assert.equal(result.unknown.length, 35);
    assert.equal(result.actionPoints.length, 35);
    for (const c of result.conditions) {
      assert.equal(c.status, 'unknown', c.id);
      assert.equal(c.actionPoint?.kind, 'find-out', c.id);
      assert.equal(c.actionPoint.id, `${c.id}/find-out`);
      assert.deepEqual(c.actionPoint.questions, c.questions);
    }
    // "Don't know" counts as answered.
    assert.deepEqual(result.progress, { answered: 38, total: 38 });

    // The find-out text names what to find out, after the model's prefix.
    const a3 = result.conditions.find((c) => c.id === 'A3');
    assert.equal(
      a3?.actionPoint?.text['en'],
      'Find this out: Does the initiative have support in the neighbourhood, beyond the small group leading it?',
    );
    assert.ok(a3.actionPoint.text['nl']?.startsWith('Zoek dit uit: Heeft het initiatief steun in de buurt'));
    const fits = result.conditions.find((c) => c.id === 'toerusting-support-fits');
    assert.deepEqual(fits?.actionPoint?.questions, ['T4', 'T5']);
    assert.equal(
      fits.actionPoint.text['en'],
      'Find this out: Have the initiators said themselves what they want help with? ' +
        'Do you give the help that is asked for, and leave the rest of the work with the residents?',
    );
  });
});

describe('score: single-question conditions', () => {
  it("'partly' needs work, with the question's own action point", async () => {
    const result = await score(actieModel, { answers: { A3: 'partly' } });
    const a3 = condition(result, 'A3');
    assert.equal(a3.status, 'needs-work');
    assert.deepEqual(a3.decisive, [{ question: 'A3', answer: 'partly' }]);
    assert.deepEqual(a3.actionPoint, {
      id: 'A3',
      condition: 'A3',
      area: 'animo',
      kind: 'improve',
      text: {
        nl: 'U kunt helpen om buren naar hun mening te vragen, bijvoorbeeld met een korte rondgang langs de deuren of een bijeenkomst. Zo kan de groep ook groeien.',
        en: 'Consider helping to ask neighbours for their views, for example by going door to door or holding a meeting. This can also help the group grow.',
      },
      questions: ['A3'],
    });
  });

  it("a risk question (favourable 'no'): 'yes' and 'partly' need work, 'no' is good", async () => {
    for (const id of RISK_QUESTIONS) {
      assert.equal(condition(await score(actieModel, { answers: { [id]: 'yes' } }), id).status, 'needs-work', id);
      assert.equal(condition(await score(actieModel, { answers: { [id]: 'partly' } }), id).status, 'needs-work', id);
      assert.equal(condition(await score(actieModel, { answers: { [id]: 'no' } }), id).status, 'good', id);
    }
    const a8 = condition(await score(actieModel, { answers: { A8: 'yes' } }), 'A8');
    assert.equal(
      a8.actionPoint?.text['en'],
      'Consider asking how the people leading it are doing. Perhaps tasks can move to others, or the plan can be made a step smaller.',
    );
  });

  it("a normal question answered 'no' needs work; 'yes' is good", async () => {
    const result = await score(actieModel, { answers: { C3: 'no', C6: 'yes' } });
    assert.equal(condition(result, 'C3').status, 'needs-work');
    assert.equal(condition(result, 'C6').status, 'good');
    assert.equal(condition(result, 'C6').actionPoint, undefined);
  });

  it("a 'dont-know' is unknown with a find-out point; an unanswered question has none", async () => {
    const result = await score(actieModel, { answers: { I4: 'dont-know' } });
    const i4 = condition(result, 'I4');
    assert.equal(i4.status, 'unknown');
    assert.equal(i4.actionPoint?.kind, 'find-out');
    assert.equal(i4.actionPoint.id, 'I4/find-out');
    assert.deepEqual(i4.decisive, [{ question: 'I4', answer: 'dont-know' }]);
    const i5 = condition(result, 'I5');
    assert.equal(i5.status, 'unknown');
    assert.equal(i5.actionPoint, undefined);
    assert.deepEqual(i5.decisive, [{ question: 'I5', answer: undefined }]);
    assert.deepEqual(result.actionPoints.map((p) => p.id), ['I4/find-out']);
  });

  it('lists improvements before things to find out, each in model order', async () => {
    const result = await score(actieModel, {
      answers: { E8: 'dont-know', A3: 'no', C1: 'dont-know', I1: 'partly', A4: 'yes' },
    });
    assert.deepEqual(
      result.actionPoints.map((p) => p.id),
      ['A3', 'I1', 'C1/find-out', 'E8/find-out'],
    );
  });
});

describe('score: area and overall status (statusOf)', () => {
  it('needs work as soon as one condition needs work', async () => {
    const answers = { A1: 'yes', A2: 'yes', A3: 'yes', A4: 'yes', A5: 'yes', A6: 'yes', A7: 'yes', A8: 'yes' } as const;
    const result = await score(actieModel, { answers });
    assert.deepEqual(area(result, 'animo'), {
      id: 'animo',
      status: 'needs-work',
      counts: { good: 6, needsWork: 1, unknown: 0, total: 7 },
    });
  });

  it('unknown when more than half of the conditions are unknown', async () => {
    // motive known (A1+A2), A3, A4 good; A5..A8 open: 3 good, 4 unknown of 7.
    const result = await score(actieModel, { answers: { A1: 'yes', A2: 'yes', A3: 'yes', A4: 'yes' } });
    assert.deepEqual(area(result, 'animo'), {
      id: 'animo',
      status: 'unknown',
      counts: { good: 3, needsWork: 0, unknown: 4, total: 7 },
    });
    // The other areas have nothing answered.
    assert.equal(area(result, 'contacten').status, 'unknown');
  });

  it('good when at most half are unknown and none needs work', async () => {
    const result = await score(actieModel, {
      answers: { A1: 'yes', A2: 'yes', A3: 'yes', A4: 'yes', A5: 'yes' },
    });
    assert.deepEqual(area(result, 'animo'), {
      id: 'animo',
      status: 'good',
      counts: { good: 4, needsWork: 0, unknown: 3, total: 7 },
    });
  });

  it('exactly half unknown is still good (toerusting has 6 conditions)', async () => {
    const half = await score(actieModel, { answers: { T1: 'yes', T2: 'yes', T3: 'yes' } });
    assert.deepEqual(area(half, 'toerusting'), {
      id: 'toerusting',
      status: 'good',
      counts: { good: 3, needsWork: 0, unknown: 3, total: 6 },
    });
    const less = await score(actieModel, { answers: { T1: 'yes', T2: 'yes' } });
    assert.equal(area(less, 'toerusting').status, 'unknown');
  });

  it("'dont-know' answers count as unknown in the area, not as needs work", async () => {
    const result = await score(actieModel, {
      answers: { A1: 'dont-know', A2: 'yes', A3: 'dont-know', A4: 'yes', A5: 'yes', A6: 'yes', A7: 'yes', A8: 'no' },
    });
    assert.deepEqual(area(result, 'animo'), {
      id: 'animo',
      status: 'good',
      counts: { good: 5, needsWork: 0, unknown: 2, total: 7 },
    });
  });

  it('the overall status follows the same rule over all 35 conditions', async () => {
    // Animo (7 conditions) and Contacten (7) all good, plus T1, T2, T3: 17 good, 18 unknown.
    const answers = {
      A1: 'yes', A2: 'yes', A3: 'yes', A4: 'yes', A5: 'yes', A6: 'yes', A7: 'yes', A8: 'no',
      C1: 'yes', C2: 'yes', C3: 'yes', C4: 'yes', C5: 'yes', C6: 'yes', C7: 'no',
      T1: 'yes', T2: 'yes', T3: 'yes',
    } as const;
    const result17 = await score(actieModel, { answers });
    assert.deepEqual(result17.overall, { status: 'unknown', counts: { good: 17, needsWork: 0, unknown: 18, total: 35 } });
    // One more good condition: 18 good, 17 unknown.
    const result18 = await score(actieModel, { answers: { ...answers, T6: 'yes' } });
    assert.deepEqual(result18.overall, { status: 'good', counts: { good: 18, needsWork: 0, unknown: 17, total: 35 } });
    // One 'partly' anywhere makes the whole needs-work.
    const result19 = await score(actieModel, { answers: { ...answers, T6: 'yes', I8: 'partly' } });
    assert.deepEqual(result19.overall, { status: 'needs-work', counts: { good: 18, needsWork: 1, unknown: 16, total: 35 } });
  });
});

describe('score: the combined condition toerusting-support-fits (T4 and T5)', () => {
  const fits = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>): Promise<ConditionResult> =>
    condition(await score(actieModel, { answers }), 'toerusting-support-fits');

  it('reads T4 and T5, in model order', async () => {
    assert.deepEqual((await fits({})).questions, ['T4', 'T5']);
  });

  it('yes + yes is good, with both answers decisive', async () => {
    const c = await fits({ T4: 'yes', T5: 'yes' });
    assert.equal(c.status, 'good');
    assert.deepEqual(c.decisive, [
      { question: 'T4', answer: 'yes' },
      { question: 'T5', answer: 'yes' },
    ]);
    assert.equal(c.actionPoint, undefined);
  });

  it('yes + no needs work, decided by T5 alone', async () => {
    const c = await fits({ T4: 'yes', T5: 'no' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'T5', answer: 'no' }]);
    assert.deepEqual(c.actionPoint?.questions, ['T5']);
    assert.equal(
      c.actionPoint.text['en'],
      'Consider asking the initiators what help they want, then checking together whether your support matches it, and stepping back where they can manage themselves.',
    );
  });

  it("no + dont-know needs work, decided by T4 (the known 'no' settles it)", async () => {
    const c = await fits({ T4: 'no', T5: 'dont-know' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'T4', answer: 'no' }]);
    assert.equal(c.actionPoint?.kind, 'improve');
    assert.deepEqual(c.actionPoint.questions, ['T4']);
  });

  it('partly + partly needs work, with both decisive', async () => {
    const c = await fits({ T4: 'partly', T5: 'partly' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [
      { question: 'T4', answer: 'partly' },
      { question: 'T5', answer: 'partly' },
    ]);
  });

  it('yes + unanswered is unknown, waiting for T5, without a find-out point', async () => {
    const c = await fits({ T4: 'yes' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'T5', answer: undefined }]);
    assert.equal(c.actionPoint, undefined);
  });

  it('yes + dont-know is unknown with a find-out point for T5 only', async () => {
    const c = await fits({ T4: 'yes', T5: 'dont-know' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'T5', answer: 'dont-know' }]);
    assert.equal(c.actionPoint?.kind, 'find-out');
    assert.equal(c.actionPoint.id, 'toerusting-support-fits/find-out');
    assert.deepEqual(c.actionPoint.questions, ['T5']);
  });

  it('decisive answers are listed in model order whatever the input order', async () => {
    const c = await fits({ T5: 'no', T4: 'no' });
    assert.deepEqual(c.decisive, [
      { question: 'T4', answer: 'no' },
      { question: 'T5', answer: 'no' },
    ]);
  });
});

describe('score: action point variants by intake phase and role', () => {
  const FITS_DEFAULT =
    'Consider asking the initiators what help they want, then checking together whether your support matches it, and stepping back where they can manage themselves.';
  const FITS_EARLY = 'At this stage the request is often still vague.';
  const FITS_RUNNING = 'The initiative is already running, and the request may have changed since the start.';
  const FITS_FACILITATING = 'In a facilitating role you follow the residents’ request.';

  async function fitsAdvice(intake: Record<string, string>): Promise<string> {
    const result = await score(actieModel, { intake, answers: { T4: 'no', T5: 'no' } });
    const text = condition(result, 'toerusting-support-fits').actionPoint?.text['en'];
    assert.ok(text !== undefined);
    return text;
  }

  it('uses the default text without intake, or when no variant fits', async () => {
    assert.equal(await fitsAdvice({}), FITS_DEFAULT);
    assert.equal(await fitsAdvice({ phase: 'closing' }), FITS_DEFAULT);
    assert.equal(await fitsAdvice({ role: 'stimulerend' }), FITS_DEFAULT);
  });

  it('picks the variant for the phase', async () => {
    assert.ok((await fitsAdvice({ phase: 'idea' })).startsWith(FITS_EARLY));
    assert.ok((await fitsAdvice({ phase: 'starting' })).startsWith(FITS_EARLY));
    assert.ok((await fitsAdvice({ phase: 'running' })).startsWith(FITS_RUNNING));
    assert.ok((await fitsAdvice({ phase: 'continuing' })).startsWith(FITS_RUNNING));
  });

  it('picks the variant for the role', async () => {
    assert.ok((await fitsAdvice({ role: 'faciliterend' })).startsWith(FITS_FACILITATING));
    assert.ok((await fitsAdvice({ phase: 'closing', role: 'faciliterend' })).startsWith(FITS_FACILITATING));
  });

  it('the first matching variant wins', async () => {
    // The phase variants come before the role variant in the model.
    assert.ok((await fitsAdvice({ phase: 'idea', role: 'faciliterend' })).startsWith(FITS_EARLY));
    // animo-motive-known lists the role variant first.
    const result = await score(actieModel, {
      intake: { phase: 'running', role: 'stimulerend' },
      answers: { A1: 'no', A2: 'yes' },
    });
    assert.ok(
      condition(result, 'animo-motive-known').actionPoint?.text['en']?.startsWith(
        'When you are the one getting residents moving, knowing what drives them matters even more',
      ),
    );
  });

  it('empathie-clear-and-timely: closing phase, co-producing role', async () => {
    const closing = await score(actieModel, { intake: { phase: 'closing' }, answers: { E3: 'no' } });
    assert.equal(
      condition(closing, 'empathie-clear-and-timely').actionPoint?.text['en'],
      'When wrapping up, consider agreeing what is still to come from your side and when, so nobody is left waiting.',
    );
    const coproducing = await score(actieModel, { intake: { role: 'coproducerend' }, answers: { E5: 'partly' } });
    assert.ok(
      condition(coproducing, 'empathie-clear-and-timely').actionPoint?.text['nl']?.startsWith(
        'Als u samen optrekt, is het extra belangrijk om te weten wie wat doet.',
      ),
    );
  });

  it('variants change only the advice, never the status', async () => {
    const plain = await score(actieModel, { answers: { T4: 'no', T5: 'yes' } });
    const early = await score(actieModel, { intake: { phase: 'idea' }, answers: { T4: 'no', T5: 'yes' } });
    assert.deepEqual(
      plain.conditions.map((c) => c.status),
      early.conditions.map((c) => c.status),
    );
  });
});

describe('score: the role suggestion', () => {
  async function role(intake: Record<string, string>, answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'> = {}) {
    return (await score(actieModel, { intake, answers })).role;
  }

  it('joint idea → coproducerend (joint-idea)', async () => {
    const r = await role({ origin: 'joint' });
    assert.equal(r.suggested, 'coproducerend');
    assert.equal(r.rule, 'joint-idea');
    assert.ok(r.reason['en']?.startsWith('Residents and professionals came up with the idea together.'));
  });

  it('professional idea → stimulerend (professional-idea)', async () => {
    const r = await role({ origin: 'professional' });
    assert.equal(r.suggested, 'stimulerend');
    assert.equal(r.rule, 'professional-idea');
  });

  it('an idea without backing (phase idea, A3 no) → stimulerend', async () => {
    const r = await role({ phase: 'idea', origin: 'residents' }, { A3: 'no' });
    assert.equal(r.suggested, 'stimulerend');
    assert.equal(r.rule, 'idea-without-backing');
    // A3 unknown: the rule does not surely hold, so it does not decide.
    const open = await role({ phase: 'idea' }, { A3: 'dont-know' });
    assert.equal(open.rule, undefined);
    assert.equal(open.suggested, 'faciliterend');
  });

  it('capable residents (T1, T2, T3 yes) → faciliterend (residents-capable)', async () => {
    const r = await role({ origin: 'residents' }, { T1: 'yes', T2: 'yes', T3: 'yes' });
    assert.equal(r.suggested, 'faciliterend');
    assert.equal(r.rule, 'residents-capable');
    // Without the residents' origin the same answers do not decide.
    assert.equal((await role({}, { T1: 'yes', T2: 'yes', T3: 'yes' })).rule, undefined);
  });

  it("residents' idea, support not putting them first (A5 partly) → faciliterend (residents-ownership)", async () => {
    const r = await role({ origin: 'residents' }, { A5: 'partly' });
    assert.equal(r.suggested, 'faciliterend');
    assert.equal(r.rule, 'residents-ownership');
  });

  it("residents' idea, missing skills, keen organisation → coproducerend", async () => {
    const r = await role({ origin: 'residents' }, { T3: 'partly', A4: 'yes', A5: 'yes' });
    assert.equal(r.suggested, 'coproducerend');
    assert.equal(r.rule, 'residents-need-skills-org-keen');
  });

  it('the highest priority rule decides', async () => {
    // joint-idea (100) beats idea-without-backing (80).
    assert.equal((await role({ origin: 'joint', phase: 'idea' }, { A3: 'no' })).rule, 'joint-idea');
    // residents-ownership (60) beats residents-need-skills-org-keen (50).
    assert.equal((await role({ origin: 'residents' }, { A5: 'no', T3: 'no', A4: 'yes' })).rule, 'residents-ownership');
  });

  it('no rule holds → the default role with its reason', async () => {
    const r = await role({});
    assert.equal(r.suggested, 'faciliterend');
    assert.equal(r.rule, undefined);
    assert.deepEqual(r.reason, actieModel.texts.defaultRoleReason);
    assert.ok(r.reason['en']?.startsWith('None of the rules quite matches these answers'));
  });

  it('compares with the role taken now', async () => {
    const differs = await role({ origin: 'joint', role: 'stimulerend' });
    assert.deepEqual([differs.suggested, differs.current, differs.differs], ['coproducerend', 'stimulerend', true]);
    const same = await role({ origin: 'joint', role: 'coproducerend' });
    assert.deepEqual([same.current, same.differs], ['coproducerend', false]);
    const unsure = await role({ origin: 'joint', role: 'unsure' });
    assert.deepEqual([unsure.current, unsure.differs], [undefined, false]);
    const none = await role({ origin: 'joint' });
    assert.deepEqual([none.current, none.differs], [undefined, false]);
  });
});

describe('score: progress and input errors', () => {
  it("progress counts answered questions, 'dont-know' included", async () => {
    const result = await score(actieModel, { answers: { A1: 'yes', C2: 'dont-know', E7: 'no' } });
    assert.deepEqual(result.progress, { answered: 3, total: 38 });
  });

  it('reports invalid entries with JSON Pointer paths and still scores the valid ones', async () => {
    const result = await score(actieModel, {
      intake: { phase: 'someday', origin: 'professional' },
      answers: { A3: 'yes', X9: 'yes', A4: 'maybe', C7: 'yes' },
      notes: { Z1: 'note on nothing' },
    });
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [
        ['/answers/X9', 'unknown-reference'],
        ['/answers/A4', 'invalid-value'],
        ['/notes/Z1', 'unknown-reference'],
        ['/intake/phase', 'invalid-value'],
      ],
    );
    for (const e of result.errors) assert.ok(e.message.length > 10, e.message);
    assert.equal(condition(result, 'A3').status, 'good');
    assert.equal(condition(result, 'C7').status, 'needs-work');
    assert.equal(condition(result, 'A4').status, 'unknown');
    assert.deepEqual(result.progress, { answered: 2, total: 38 });
    // The valid intake entry still counts.
    assert.equal(result.role.rule, 'professional-idea');
  });

  it('input that is not an object is an error, scored as nothing answered', async () => {
    const result = await score(actieModel, 'not json');
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['', 'invalid-json']]);
    assert.equal(result.unknown.length, 35);
    const missing = await score(actieModel, {});
    assert.deepEqual(missing.errors.map((e) => [e.path, e.code]), [['/answers', 'required']]);
  });

  it('accepts the input as JSON text', async () => {
    const result = await score(actieModel, JSON.stringify({ answers: { A3: 'no' } }));
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
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 0, unknown: 0, total: 0 });
    const paths = result.errors.map((e) => e.path);
    for (const p of ['/title', '/attribution', '/intake', '/areas']) assert.ok(paths.includes(p), p);
    // Not even an object.
    const nothing = await score(null as unknown as ActieModel, { answers: {} });
    assert.deepEqual(nothing.errors.map((e) => [e.path, e.code]), [['', 'type']]);
  });

  it('a model that was not produced by validateModel is validated first and then scored', async () => {
    const copy = JSON.parse(JSON.stringify(actieModel)) as ActieModel;
    const answers = seededAnswers(7);
    assert.deepEqual(await score(copy, { answers }), await score(actieModel, { answers }));
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
    assert.deepEqual(bad.actionPoints.map((p) => p.id), ['Q2', 'Q1/find-out']);
    assert.equal(bad.actionPoints[1]?.text['fy'], 'Find out (fy): Question one (fy)');
    assert.deepEqual(bad.areas, [{ id: 'solo', status: 'needs-work', counts: { good: 0, needsWork: 1, unknown: 1, total: 2 } }]);
    assert.equal(bad.role.suggested, 'stimulerend');
    assert.equal(bad.role.rule, 'early-and-risky');
    assert.equal(bad.role.reason['fy'], 'Early and risky (fy)');

    const good = await score(model, { intake: { phase: 'late' }, answers: { Q1: 'yes', Q2: 'no' } });
    assert.equal(good.overall.status, 'good');
    assert.equal(good.role.suggested, 'coproducerend');
    assert.equal(good.role.rule, undefined);
    assert.equal(good.role.reason['fy'], 'Default reason (fy)');
    // Answers to questions of the default model are not questions of this one.
    const foreign = await score(model, { answers: { A1: 'yes' } });
    assert.deepEqual(foreign.errors.map((e) => e.path), ['/answers/A1']);
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
    assert.deepEqual(model.conditions.map((c) => c.id), ['either']);

    const run = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>, intake: Record<string, string> = {}) =>
      condition(await score(model, { intake, answers }), 'either');
    // any: one true part is enough, and decides alone.
    const one = await run({ Q1: 'no', Q2: 'no' });
    assert.equal(one.status, 'good');
    assert.deepEqual(one.decisive, [{ question: 'Q2', answer: 'no' }]);
    // any: false only when every part is known and false.
    const both = await run({ Q1: 'partly', Q2: 'yes' }, { phase: 'late' });
    assert.equal(both.status, 'needs-work');
    assert.deepEqual(both.decisive.map((d) => d.question), ['Q1', 'Q2']);
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
          all: [
            { not: { fact: 'Q2', operator: 'equal', value: 'yes' } },
            { fact: 'Q1', operator: 'notEqual', value: 'no' },
          ],
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
    const inputs = Array.from({ length: 200 }, (_, i) => ({
      intake: i % 3 === 0 ? { origin: 'residents', phase: 'idea' } : i % 3 === 1 ? { origin: 'joint' } : {},
      answers: seededAnswers(i + 1),
    }));
    // The inputs really differ.
    assert.ok(new Set(inputs.map((x) => JSON.stringify(x.answers))).size > 190);

    const sequential: AssessmentResult[] = [];
    for (const input of inputs) sequential.push(await score(actieModel, input));
    const parallel = await Promise.all(inputs.map((input) => score(actieModel, input)));
    assert.equal(parallel.length, 200);
    for (let i = 0; i < inputs.length; i++) assert.deepEqual(parallel[i], sequential[i], `input ${i}`);

    // Calls that start while others are half-way through their run (a few microtasks apart):
    // json-rules-engine keeps one run status per engine, so an unguarded run that starts just
    // as another finishes would skip all its rules.
    const staggered = await Promise.all(
      inputs.map(async (input, i) => {
        for (let tick = 0; tick < i % 50; tick++) await Promise.resolve();
        return score(actieModel, input);
      }),
    );
    for (let i = 0; i < inputs.length; i++) assert.deepEqual(staggered[i], sequential[i], `staggered input ${i}`);
    // And the results are not all alike.
    assert.ok(new Set(sequential.map((r) => JSON.stringify(r.overall.counts))).size > 20);
  });

  it('overlapping calls on two models do not mix', async () => {
    const mini = valueOf(validateModel(miniModel()));
    const [a, b, c, d] = await Promise.all([
      score(actieModel, { answers: allFavourable() }),
      score(mini, { answers: { Q1: 'no', Q2: 'yes' } }),
      score(actieModel, { answers: allUnfavourable() }),
      score(mini, { answers: { Q1: 'yes', Q2: 'no' } }),
    ]);
    assert.equal(a.overall.status, 'good');
    assert.deepEqual(b.overall.counts, { good: 0, needsWork: 2, unknown: 0, total: 2 });
    assert.equal(c.needsWork.length, 35);
    assert.deepEqual(d.overall.counts, { good: 2, needsWork: 0, unknown: 0, total: 2 });
  });
});
