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
const COMBINED = ['animo-motive-fits', 'toerusting-support-fits', 'inbedding-continuity', 'empathie-clear-and-timely'];
/** The questions read by combined conditions: they have no condition of their own. */
const IN_COMBINED = ['A1', 'A2', 'T5', 'T6', 'I10', 'I11', 'E3', 'E5', 'E6'];
/** Conditions in the default model: one per question, except those the combined ones read. */
const CONDITIONS = 46 - IN_COMBINED.length + COMBINED.length;

describe('score: the default model', () => {
  it('has 46 questions scored through 41 conditions in five areas', async () => {
    const result = await score(initiativeModel, { answers: {} });
    assert.equal(QUESTION_IDS.length, 46);
    assert.equal(CONDITIONS, 41);
    assert.equal(result.conditions.length, CONDITIONS);
    assert.deepEqual(
      result.areas.map((a) => [a.id, a.counts.total]),
      [
        ['animo', 7],
        ['contacten', 7],
        ['toerusting', 7],
        ['inbedding', 12],
        ['empathie', 8],
      ],
    );
    for (const id of COMBINED)
      assert.ok(
        result.conditions.some((c) => c.id === id),
        id,
      );
    for (const id of IN_COMBINED) assert.ok(!result.conditions.some((c) => c.id === id), `${id} has its own condition`);
    assert.deepEqual(result.model, { id: 'actie-default', version: '2.0' });
  });
});

describe('score: the contract', () => {
  it('every question answered favourably: every condition and area good, no improve points', async () => {
    const answers = allFavourable();
    // The risk questions are answered "no", the rest "yes".
    assert.deepEqual(RISK_QUESTIONS, ['A6', 'A8', 'C7', 'T7', 'T8', 'I8']);
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
    assert.deepEqual(result.overall.counts, { good: CONDITIONS, needsWork: 0, unknown: 0, total: CONDITIONS });
    assert.equal(result.good.length, CONDITIONS);
    assert.deepEqual(result.needsWork, []);
    assert.deepEqual(result.unknown, []);
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 46, total: 46 });
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
    }
    for (const a of result.areas) assert.equal(a.status, 'needs-work', a.id);
    assert.equal(result.overall.status, 'needs-work');
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: CONDITIONS, unknown: 0, total: CONDITIONS });
    assert.equal(result.actionPoints.length, CONDITIONS);
    assert.ok(result.actionPoints.every((p) => p.kind === 'improve'));
    // Action points follow the conditions' model order.
    assert.deepEqual(
      result.actionPoints.map((p) => p.condition),
      result.conditions.map((c) => c.id),
    );
  });

  it('nothing answered: every condition and area unknown, no action points', async () => {
    const result = await score(initiativeModel, { answers: {} });
    for (const c of result.conditions) {
      assert.equal(c.status, 'unknown', c.id);
      assert.equal(c.actionPoint, undefined, c.id);
    }
    for (const a of result.areas) assert.equal(a.status, 'unknown', a.id);
    assert.equal(result.overall.status, 'unknown');
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 0, unknown: CONDITIONS, total: CONDITIONS });
    assert.deepEqual(result.actionPoints, []);
    assert.deepEqual(result.progress, { answered: 0, total: 46 });
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
    assert.deepEqual(result.progress, { answered: 46, total: 46 });

    // The find-out text names what to find out, after the model's prefix.
    const a3 = result.conditions.find((c) => c.id === 'A3');
    assert.equal(
      a3?.actionPoint?.text['en'],
      'Find this out: Does the initiative have support in the neighbourhood, beyond the small group leading it?',
    );
    assert.ok(a3.actionPoint.text['nl']?.startsWith('Zoek dit uit: Heeft het initiatief steun in de buurt'));
    const fits = result.conditions.find((c) => c.id === 'toerusting-support-fits');
    assert.deepEqual(fits?.actionPoint?.questions, ['T5', 'T6']);
    assert.equal(
      fits.actionPoint.text['en'],
      'Find this out: Have the initiators said themselves what they want help with? Do you give only the help the residents ask for?',
    );
  });
});

describe('score: single-question conditions', () => {
  it("'partly' needs work, with the question's own action point and agreement", async () => {
    const result = await score(initiativeModel, { answers: { A3: 'partly' } });
    const a3 = condition(result, 'A3');
    assert.equal(a3.status, 'needs-work');
    assert.deepEqual(a3.decisive, [{ question: 'A3', answer: 'partly' }]);
    assert.deepEqual(a3.actionPoint, {
      id: 'A3',
      condition: 'A3',
      area: 'animo',
      kind: 'improve',
      // Named by the question's concern, or its title, or (a question without either) its text.
      title: a3.concern,
      level: 'frontline',
      key: a3.key,
      offer: false,
      text: {
        nl: 'U kunt de initiatiefnemers helpen om buren naar hun mening te vragen, bijvoorbeeld langs de deuren of op een bijeenkomst. Zo kan de groep ook groeien.',
        en: 'Consider helping the initiators ask neighbours for their views, for example door to door or at a meeting. This can also help the group grow.',
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
    const a8 = condition(await score(initiativeModel, { answers: { A8: 'yes' } }), 'A8');
    assert.equal(
      a8.actionPoint?.text['en'],
      'Consider asking how the people leading it are doing. Perhaps tasks can move to others, or the plan can be made a step smaller.',
    );
  });

  it("a normal question answered 'no' needs work; 'yes' is good", async () => {
    const result = await score(initiativeModel, { answers: { C3: 'no', C6: 'yes' } });
    assert.equal(condition(result, 'C3').status, 'needs-work');
    assert.equal(condition(result, 'C6').status, 'good');
    assert.equal(condition(result, 'C6').actionPoint, undefined);
  });

  it("a 'dont-know' is unknown with a find-out point; an unanswered question has none", async () => {
    const result = await score(initiativeModel, { answers: { I4: 'dont-know' } });
    const i4 = condition(result, 'I4');
    assert.equal(i4.status, 'unknown');
    assert.equal(i4.actionPoint?.kind, 'find-out');
    assert.equal(i4.actionPoint.id, 'I4/find-out');
    assert.deepEqual(i4.decisive, [{ question: 'I4', answer: 'dont-know' }]);
    const i5 = condition(result, 'I5');
    assert.equal(i5.status, 'unknown');
    assert.equal(i5.actionPoint, undefined);
    assert.deepEqual(i5.decisive, [{ question: 'I5', answer: undefined }]);
    assert.deepEqual(
      result.actionPoints.map((p) => p.id),
      ['I4/find-out'],
    );
  });

  it('lists improvements before things to find out, each in model order', async () => {
    const result = await score(initiativeModel, {
      answers: { E8: 'dont-know', A3: 'no', C1: 'dont-know', I1: 'partly', A4: 'yes' },
    });
    assert.deepEqual(
      result.actionPoints.map((p) => p.id),
      ['A3', 'I1', 'C1/find-out', 'E8/find-out'],
    );
  });
});

describe('score: area and overall verdicts read the counts (statusOf)', () => {
  const verdict = (good: number, needsWork: number, unknown: number): string =>
    statusOf({ good, needsWork, unknown, total: good + needsWork + unknown });

  it('goes well only when (almost) nothing needs work: at most one in eight judged points', () => {
    assert.equal(verdict(7, 0, 0), 'good');
    assert.equal(verdict(7, 1, 0), 'good', 'one of eight');
    assert.equal(verdict(6, 1, 0), 'mixed', 'one of seven is more than one in eight');
    assert.equal(verdict(35, 5, 0), 'good', 'five of forty');
    assert.equal(verdict(34, 6, 0), 'mixed');
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

describe('score: the combined condition toerusting-support-fits (T5 and T6)', () => {
  const fits = async (answers: Record<string, 'yes' | 'partly' | 'no' | 'dont-know'>): Promise<ConditionResult> =>
    condition(await score(initiativeModel, { answers }), 'toerusting-support-fits');

  it('reads T5 and T6, in model order', async () => {
    assert.deepEqual((await fits({})).questions, ['T5', 'T6']);
  });

  it('yes + yes is good, with both answers decisive', async () => {
    const c = await fits({ T5: 'yes', T6: 'yes' });
    assert.equal(c.status, 'good');
    assert.deepEqual(c.decisive, [
      { question: 'T5', answer: 'yes' },
      { question: 'T6', answer: 'yes' },
    ]);
    assert.equal(c.actionPoint, undefined);
  });

  it('yes + no needs work, decided by T6 alone', async () => {
    const c = await fits({ T5: 'yes', T6: 'no' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'T6', answer: 'no' }]);
    assert.deepEqual(c.actionPoint?.questions, ['T6']);
    assert.equal(
      c.actionPoint.text['en'],
      'Consider asking the initiators what help they want, then checking together whether your support matches it, and stepping back where they can manage themselves.',
    );
    assert.equal(c.actionPoint.agreement['nl'], 'Vraag de initiatiefnemers welke hulp ze willen, en geef alleen die hulp.');
  });

  it("no + dont-know needs work, decided by T5 (the known 'no' settles it)", async () => {
    const c = await fits({ T5: 'no', T6: 'dont-know' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [{ question: 'T5', answer: 'no' }]);
    assert.equal(c.actionPoint?.kind, 'improve');
    assert.deepEqual(c.actionPoint.questions, ['T5']);
  });

  it('partly + partly needs work, with both decisive', async () => {
    const c = await fits({ T5: 'partly', T6: 'partly' });
    assert.equal(c.status, 'needs-work');
    assert.deepEqual(c.decisive, [
      { question: 'T5', answer: 'partly' },
      { question: 'T6', answer: 'partly' },
    ]);
  });

  it('yes + unanswered is unknown, waiting for T6, without a find-out point', async () => {
    const c = await fits({ T5: 'yes' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'T6', answer: undefined }]);
    assert.equal(c.actionPoint, undefined);
  });

  it('yes + dont-know is unknown with a find-out point for T6 only', async () => {
    const c = await fits({ T5: 'yes', T6: 'dont-know' });
    assert.equal(c.status, 'unknown');
    assert.deepEqual(c.decisive, [{ question: 'T6', answer: 'dont-know' }]);
    assert.equal(c.actionPoint?.kind, 'find-out');
    assert.equal(c.actionPoint.id, 'toerusting-support-fits/find-out');
    assert.deepEqual(c.actionPoint.questions, ['T6']);
  });

  it('decisive answers are listed in model order whatever the input order', async () => {
    const c = await fits({ T6: 'no', T5: 'no' });
    assert.deepEqual(c.decisive, [
      { question: 'T5', answer: 'no' },
      { question: 'T6', answer: 'no' },
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
    const result = await score(initiativeModel, { intake, answers: { T5: 'no', T6: 'no' } });
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
    // animo-motive-fits lists the role variant first.
    const result = await score(initiativeModel, {
      intake: { phase: 'running', role: 'stimulerend' },
      answers: { A1: 'no', A2: 'yes' },
    });
    assert.ok(
      condition(result, 'animo-motive-fits').actionPoint?.text['en']?.startsWith(
        'When you are the one getting residents moving, knowing what drives them matters even more',
      ),
    );
  });

  it('empathie-clear-and-timely: closing phase, co-producing role', async () => {
    const closing = await score(initiativeModel, { intake: { phase: 'closing' }, answers: { E3: 'no' } });
    assert.equal(
      condition(closing, 'empathie-clear-and-timely').actionPoint?.text['en'],
      'When wrapping up, consider agreeing what is still to come from your side and when, so nobody is left waiting.',
    );
    const coproducing = await score(initiativeModel, { intake: { role: 'coproducerend' }, answers: { E6: 'partly' } });
    assert.ok(
      condition(coproducing, 'empathie-clear-and-timely').actionPoint?.text['nl']?.startsWith(
        'Als u samen optrekt, is het extra belangrijk om te weten wie wat doet.',
      ),
    );
  });

  it('variants change only the advice, never the status or the agreement', async () => {
    const plain = await score(initiativeModel, { answers: { T5: 'no', T6: 'yes' } });
    const early = await score(initiativeModel, { intake: { phase: 'idea' }, answers: { T5: 'no', T6: 'yes' } });
    assert.deepEqual(
      plain.conditions.map((c) => c.status),
      early.conditions.map((c) => c.status),
    );
    assert.deepEqual(
      condition(plain, 'toerusting-support-fits').actionPoint?.agreement,
      condition(early, 'toerusting-support-fits').actionPoint?.agreement,
    );
  });
});

describe('score: progress and input errors', () => {
  it("progress counts answered questions, 'dont-know' included", async () => {
    const result = await score(initiativeModel, { answers: { A1: 'yes', C2: 'dont-know', E7: 'no' } });
    assert.deepEqual(result.progress, { answered: 3, total: 46 });
  });

  it('reports invalid entries with JSON Pointer paths and still scores the valid ones', async () => {
    const result = await score(initiativeModel, {
      intake: { phase: 'idea', origin: 'professional', lead: 'someone' },
      answers: { A3: 'yes', X9: 'yes', A4: 'maybe', C7: 'yes' },
      notes: { Z1: 'note on nothing' },
    } as unknown as AssessmentInput);
    assert.deepEqual(
      result.errors.map((e) => [e.path, e.code]),
      [
        ['/answers/X9', 'unknown-reference'],
        ['/answers/A4', 'invalid-value'],
        ['/notes/Z1', 'unknown-reference'],
        ['/intake/lead', 'invalid-value'],
      ],
    );
    for (const e of result.errors) assert.ok(e.message.length > 10, e.message);
    assert.equal(condition(result, 'A3').status, 'good');
    assert.equal(condition(result, 'C7').status, 'needs-work');
    assert.equal(condition(result, 'A4').status, 'unknown');
    assert.deepEqual(result.progress, { answered: 2, total: 46 });
    // The valid intake entries still count.
    assert.equal(result.role?.rule, 'professional-idea-start');
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
    assert.deepEqual(result.overall.counts, { good: 0, needsWork: 0, unknown: 0, total: 0 });
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
    assert.deepEqual(bad.areas, [{ id: 'solo', status: 'needs-work', counts: { good: 0, needsWork: 1, unknown: 1, total: 2 } }]);
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
    assert.deepEqual(b.overall.counts, { good: 0, needsWork: 2, unknown: 0, total: 2 });
    assert.equal(c.needsWork.length, CONDITIONS);
    assert.deepEqual(d.overall.counts, { good: 2, needsWork: 0, unknown: 0, total: 2 });
  });
});
