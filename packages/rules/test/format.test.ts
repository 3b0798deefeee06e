// The model format's features for honest, situation-aware advice: result texts (title, strength,
// concern), decisive points, intake questions with several answers, advice variants for any
// intake question and for the suggested stance, claims proved against their rule, points of
// attention, stances that make points offers, and models that give no role advice.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActieModel } from '../dist/index.js';
import { formatResult, score, validateAnswers, validateModel } from '../dist/index.js';
import { REMOVE, errorAt, errorsOf, miniModel, setAt, tri, valueOf } from './helpers.js';

/** The mini model with a `lead` and a `request` intake question (several answers), stances and a point of attention. */
function situational(): Record<string, unknown> {
  let m = miniModel();
  m = setAt(m, '/intake/1', {
    id: 'lead',
    kind: 'choice',
    text: tri('Who leads?'),
    options: [
      { value: 'residents', label: tri('Residents') },
      { value: 'professional', label: tri('A professional') },
    ],
  });
  m = setAt(m, '/intake/2', {
    id: 'request',
    kind: 'choices',
    text: tri('What do they ask for?'),
    options: [
      { value: 'nothing', label: tri('Nothing'), exclusive: true },
      { value: 'money', label: tri('Money') },
      { value: 'task', label: tri('To take a task over') },
    ],
  });
  m = setAt(m, '/areas/0/questions/0/title', tri('Support'));
  m = setAt(m, '/areas/0/questions/0/strength', tri('They have support'));
  m = setAt(m, '/areas/0/questions/0/concern', tri('Little support yet'));
  m = setAt(m, '/areas/0/questions/0/key', true);
  m = setAt(m, '/areas/0/questions/0/variants', [
    { when: { lead: ['professional'] }, text: tri('Hand it back'), agreement: tri('Agree when to hand it back') },
    { when: { request: ['money'] }, text: tri('Find a fund') },
    { when: { stance: ['loslatend'] }, text: tri('Offer, do not push') },
  ]);
  m = setAt(m, '/roles', [
    { id: 'faciliterend', title: tri('Fac'), description: tri('Fac role') },
    { id: 'loslatend', title: tri('Back'), description: tri('Step back'), offerOnly: true, offerExcept: ['Q2'] },
    { id: 'opdrachtgevend', title: tri('Com'), description: tri('Commission') },
  ]);
  m = setAt(m, '/defaultRole', 'faciliterend');
  m = setAt(m, '/roleRules', [
    {
      id: 'task',
      role: 'opdrachtgevend',
      priority: 30,
      when: { fact: 'intake', path: 'request', operator: 'contains', value: 'task' },
      reason: tri('They take a task over'),
      claims: { request: ['task'] },
    },
    {
      id: 'nothing',
      role: 'loslatend',
      priority: 20,
      when: {
        all: [
          { fact: 'intake', path: 'request', operator: 'contains', value: 'nothing' },
          { fact: 'intake', path: 'lead', operator: 'equal', value: 'residents' },
        ],
      },
      reason: tri('Residents lead and ask for nothing'),
      claims: { lead: ['residents'], request: ['nothing'] },
    },
  ]);
  m = setAt(m, '/attention', [
    {
      id: 'lead-back',
      area: 'solo',
      level: 'frontline',
      when: { fact: 'intake', path: 'lead', operator: 'equal', value: 'professional' },
      claims: { lead: ['professional'] },
      title: tri('Give the lead back'),
      text: tri('A professional leads'),
      agreement: tri('Agree how to hand tasks back'),
      key: true,
    },
  ]);
  return m;
}

describe('model format: result texts and decisive points', () => {
  it("a question's title, strength, concern and key reach its condition and the result", async () => {
    const model = valueOf(validateModel(situational()));
    const q1 = model.conditions.find((c) => c.id === 'Q1');
    assert.deepEqual(q1?.title, tri('Support'));
    assert.equal(q1?.key, true);
    const good = await score(model, { answers: { Q1: 'yes' } });
    assert.deepEqual(good.good.find((c) => c.id === 'Q1')?.strength, tri('They have support'));
    const bad = await score(model, { answers: { Q1: 'no' } });
    const point = bad.actionPoints.find((p) => p.id === 'Q1');
    assert.deepEqual(point?.title, tri('Little support yet'), 'an improvement is named by its concern');
    assert.equal(point?.key, true);
  });

  it('without them, a point is named by the question text, as before', async () => {
    const model = valueOf(validateModel(miniModel()));
    const result = await score(model, { answers: { Q1: 'yes', Q2: 'yes' } });
    assert.deepEqual(result.good[0]?.strength, tri('Question one'));
    assert.deepEqual(result.needsWork[0]?.concern, tri('Question two'));
  });

  it('an organisation-level question makes an action point for the organisation', async () => {
    const model = valueOf(validateModel(miniModel()));
    const result = await score(model, { answers: { Q2: 'yes' } });
    assert.equal(result.actionPoints[0]?.level, 'organisation');
  });

  it('refuses result texts and keys of the wrong kind, with their paths', () => {
    const errors = errorsOf(
      validateModel(setAt(setAt(miniModel(), '/areas/0/questions/0/key', 'yes'), '/areas/0/questions/1/strength', 'x')),
    );
    assert.equal(errorAt(errors, '/areas/0/questions/0/key').code, 'type');
    assert.equal(errorAt(errors, '/areas/0/questions/1/strength').code, 'type');
  });
});

describe('model format: intake questions with several answers', () => {
  it('answers are lists of options in the model order; one value is a list of one', () => {
    const model = valueOf(validateModel(situational()));
    const checked = valueOf(validateAnswers(model, { intake: { request: ['task', 'money'] }, answers: {} }));
    assert.deepEqual(checked.intake, { request: ['money', 'task'] });
    assert.deepEqual(valueOf(validateAnswers(model, { intake: { request: 'money' }, answers: {} })).intake, {
      request: ['money'],
    });
  });

  it('an exclusive option cannot be combined; unknown and repeated options are refused, with paths', () => {
    const model = valueOf(validateModel(situational()));
    const combined = errorsOf(validateAnswers(model, { intake: { request: ['nothing', 'money'] }, answers: {} }));
    assert.match(errorAt(combined, '/intake/request').message, /"nothing", which cannot be combined/);
    const wrong = errorsOf(validateAnswers(model, { intake: { request: ['money', 'gold', 'money'] }, answers: {} }));
    assert.equal(errorAt(wrong, '/intake/request/1').code, 'invalid-value');
    assert.equal(errorAt(wrong, '/intake/request/2').code, 'duplicate-id');
  });

  it('rules compare them with contains / doesNotContain only, and other facts never with those', () => {
    const onChoices = setAt(situational(), '/roleRules/0/when', {
      fact: 'intake',
      path: 'request',
      operator: 'equal',
      value: 'task',
    });
    assert.match(
      errorAt(errorsOf(validateModel(onChoices)), '/roleRules/0/when/operator').message,
      /"contains" or "doesNotContain"/,
    );
    const onChoice = setAt(situational(), '/roleRules/0/when', {
      fact: 'intake',
      path: 'lead',
      operator: 'contains',
      value: 'residents',
    });
    assert.equal(errorAt(errorsOf(validateModel(onChoice)), '/roleRules/0/when/operator').code, 'invalid-value');
  });

  it('only options of a "choices" question can be exclusive', () => {
    const errors = errorsOf(validateModel(setAt(situational(), '/intake/1/options/0/exclusive', true)));
    assert.equal(errorAt(errors, '/intake/1/options/0/exclusive').code, 'invalid-value');
  });
});

describe('model format: advice follows the situation', () => {
  it('the first variant whose intake values or stance fit gives the advice and its agreement', async () => {
    const model = valueOf(validateModel(situational()));
    const led = await score(model, { intake: { lead: 'professional' }, answers: { Q1: 'no' } });
    const point = led.actionPoints.find((p) => p.id === 'Q1');
    assert.deepEqual(point?.text, tri('Hand it back'));
    assert.deepEqual(point?.agreement, tri('Agree when to hand it back'));
    const money = await score(model, { intake: { request: ['money', 'task'] }, answers: { Q1: 'no' } });
    assert.deepEqual(money.actionPoints.find((p) => p.id === 'Q1')?.text, tri('Find a fund'), 'a list holds one of the values');
    const none = await score(model, { answers: { Q1: 'no' } });
    assert.deepEqual(none.actionPoints.find((p) => p.id === 'Q1')?.text, tri('Do one'), 'no variant fits: the default');
  });

  it('a variant may name only intake questions with options, and "stance" with role ids', () => {
    const bad = setAt(situational(), '/areas/0/questions/0/variants/0/when', { mood: ['good'], stance: ['bossy'] });
    const errors = errorsOf(validateModel(bad));
    assert.equal(errorAt(errors, '/areas/0/questions/0/variants/0/when/mood').code, 'unknown-reference');
    assert.equal(errorAt(errors, '/areas/0/questions/0/variants/0/when/stance/0').code, 'invalid-value');
  });
});

describe('model format: claims are proved against their rule', () => {
  it('a claim the rule does not imply is refused, with an intake answer that shows it', () => {
    const loose = setAt(situational(), '/roleRules/1/when', {
      fact: 'intake',
      path: 'request',
      operator: 'contains',
      value: 'nothing',
    });
    const error = errorAt(errorsOf(validateModel(loose)), '/roleRules/1/claims/lead');
    assert.match(
      error.message,
      /claims "lead" is residents, but the rule can also hold when "lead" (is not answered|is "professional")/,
    );
  });

  it('a rule that reads questions as well still proves its claims on the intake', () => {
    const withQuestion = setAt(situational(), '/attention/0/when', {
      all: [
        { fact: 'intake', path: 'lead', operator: 'equal', value: 'professional' },
        { fact: 'Q1', operator: 'equal', value: 'no' },
      ],
    });
    assert.ok(validateModel(withQuestion).ok);
    const notIn = setAt(situational(), '/attention/0/when', {
      fact: 'intake',
      path: 'lead',
      operator: 'notEqual',
      value: 'residents',
    });
    // "not residents" also holds when nobody answered who leads.
    assert.match(errorAt(errorsOf(validateModel(notIn)), '/attention/0/claims/lead').message, /is not answered/);
  });
});

describe('model format: stances, offers and points of attention', () => {
  it('a point of attention applies when its rule holds, first among the action points', async () => {
    const model = valueOf(validateModel(situational()));
    const result = await score(model, { intake: { lead: 'professional' }, answers: { Q1: 'no', Q2: 'yes' } });
    assert.deepEqual(
      result.actionPoints.map((p) => [p.id, p.kind]),
      [
        ['attention/lead-back', 'attention'],
        ['Q1', 'improve'],
        ['Q2', 'improve'],
      ],
    );
    const attention = result.actionPoints[0];
    assert.deepEqual([attention?.title, attention?.key, attention?.condition], [tri('Give the lead back'), true, 'lead-back']);
    const residents = await score(model, { intake: { lead: 'residents' }, answers: {} });
    assert.equal(residents.actionPoints.length, 0);
  });

  it('in a stance that offers, every point is an offer except those the role keeps as tasks (offerExcept)', async () => {
    const model = valueOf(validateModel(situational()));
    const result = await score(model, { intake: { lead: 'residents', request: ['nothing'] }, answers: { Q1: 'no', Q2: 'yes' } });
    assert.equal(result.role?.suggested, 'loslatend');
    const offers = Object.fromEntries(result.actionPoints.map((p) => [p.id, p.offer]));
    assert.deepEqual(offers, { Q1: true, Q2: false });
    assert.deepEqual(
      result.actionPoints.find((p) => p.id === 'Q1')?.text,
      tri('Offer, do not push'),
      'the stance chose the variant',
    );
    // The offer is not counted: one point needs work, one is offered, and the verdict reads only the first.
    assert.deepEqual([result.needsWork.map((c) => c.id), result.offers.map((c) => c.id)], [['Q2'], ['Q1']]);
    assert.deepEqual([result.overall.counts.needsWork, result.overall.counts.offers], [1, 1]);
    // The report puts it under its own heading, and says why it does not count.
    const report = formatResult(model, result, { lang: 'en' });
    assert.match(report, /^ {2}If they ask:$/m);
    assert.match(report, /Points you offer only if they ask do not count/);
    assert.match(report, /1 needing work, 1 only if they ask/);
  });

  it('offerExcept names conditions of the model, and only with offerOnly', () => {
    const unknown = errorsOf(validateModel(setAt(situational(), '/roles/1/offerExcept', ['Q9'])));
    assert.equal(errorAt(unknown, '/roles/1/offerExcept/0').code, 'unknown-reference');
    const without = errorsOf(
      validateModel(setAt(setAt(situational(), '/roles/1/offerOnly', REMOVE), '/roles/1/offerExcept', ['Q2'])),
    );
    assert.equal(errorAt(without, '/roles/1/offerExcept').code, 'invalid-value');
  });

  it('offerWhen: a point is an offer in the situations it names, whatever the stance', async () => {
    const model = valueOf(validateModel(setAt(situational(), '/areas/0/questions/1/offerWhen', [{ lead: ['professional'] }])));
    const result = await score(model, { intake: { lead: 'professional' }, answers: { Q1: 'yes', Q2: 'yes' } });
    assert.deepEqual(
      result.actionPoints.filter((p) => p.kind === 'improve').map((p) => [p.id, p.offer]),
      [['Q2', true]],
    );
    const residents = await score(model, { intake: { lead: 'residents' }, answers: { Q1: 'yes', Q2: 'yes' } });
    assert.equal(residents.actionPoints.find((p) => p.id === 'Q2')?.offer, false);
    const wrong = errorsOf(validateModel(setAt(situational(), '/areas/0/questions/1/offerWhen', [{ lead: ['nobody'] }])));
    assert.equal(errorAt(wrong, '/areas/0/questions/1/offerWhen/0/lead/0').code, 'invalid-value');
  });

  it('a role rule may only suggest a role the model describes', () => {
    const errors = errorsOf(validateModel(setAt(situational(), '/roleRules/0/role', 'stimulerend')));
    assert.equal(errorAt(errors, '/roleRules/0/role').code, 'unknown-reference');
  });

  it('a model with roles: [] gives no role advice and takes no role rules from the default model', async () => {
    const noRoles = setAt(setAt(setAt(miniModel(), '/roles', []), '/roleRules', REMOVE), '/defaultRole', REMOVE);
    const model: ActieModel = valueOf(validateModel(noRoles));
    assert.deepEqual([model.roles, model.roleRules, model.defaultRole], [[], [], undefined]);
    const result = await score(model, { answers: { Q1: 'yes' } });
    assert.equal(result.role, undefined);
    const withDefault = errorsOf(validateModel(setAt(noRoles, '/defaultRole', 'faciliterend')));
    assert.equal(errorAt(withDefault, '/defaultRole').code, 'invalid-value');
  });
});
