import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValidationError } from '../dist/index.js';
import { LIMITS, score, validateAnswers, validateModel } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { REMOVE, errorAt, errorsOf, miniModel, setAt, tri, valueOf } from './helpers.js';

/** `path code` of every error, for compact comparisons. */
function summary(errors: readonly ValidationError[]): string[] {
  return errors.map((e) => `${e.path} ${e.code}`);
}

/** The errors of validating the mini model with one member changed. */
function modelErrors(pointer: string, value: unknown): readonly ValidationError[] {
  return errorsOf(validateModel(setAt(miniModel(), pointer, value)));
}

const Q1_RULE = { fact: 'Q1', operator: 'equal', value: 'yes' };

/** The mini model with one extra condition whose rule is `when`. */
function withRule(when: unknown): Record<string, unknown> {
  return setAt(miniModel(), '/conditions', [{ id: 'custom', area: 'solo', title: tri('Custom'), when, action: tri('Act') }]);
}

describe('validateModel: valid models', () => {
  it('accepts the default model as data and as JSON text', () => {
    const model = valueOf(validateModel(JSON.parse(JSON.stringify(initiativeModel)) as unknown));
    assert.equal(model.id, 'actie-default');
    assert.equal(model.conditions.length, 40);
    const fromText = valueOf(validateModel(JSON.stringify(initiativeModel)));
    assert.deepEqual(fromText, model);
  });

  it('returns a frozen model', () => {
    const model = valueOf(validateModel(miniModel()));
    assert.ok(Object.isFrozen(model));
    assert.ok(Object.isFrozen(model.areas[0]?.questions[0]?.text));
    assert.ok(Object.isFrozen(initiativeModel.conditions));
  });

  it('neither freezes nor shares any part of the input', () => {
    const input = setAt(miniModel(), '/conditions', [
      {
        id: 'listy',
        area: 'solo',
        title: tri('Listy'),
        when: { fact: 'Q1', operator: 'in', value: ['yes', 'partly'] },
        action: tri('Act'),
        variants: [{ when: { phase: ['early'], stance: ['faciliterend'] }, text: tri('Early') }],
      },
    ]);
    const model = valueOf(validateModel(input));
    const frozen: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (typeof value !== 'object' || value === null) return;
      if (Object.isFrozen(value)) frozen.push(path || '/');
      for (const [key, child] of Object.entries(value)) walk(child, `${path}/${key}`);
    };
    walk(input, '');
    assert.deepEqual(frozen, []);
    // Changing the input afterwards does not change the model.
    const condition = (input['conditions'] as { when: { value: string[] }; variants: { when: { phase: string[] } }[] }[])[0];
    condition?.when.value.push('no');
    condition?.variants[0]?.when.phase.push('late');
    const listy = model.conditions.find((c) => c.id === 'listy');
    assert.deepEqual(listy?.when, { fact: 'Q1', operator: 'in', value: ['yes', 'partly'] });
    assert.deepEqual(listy.variants?.[0]?.when, { phase: ['early'], stance: ['faciliterend'] });
  });

  it('completes a minimal custom model with a condition per question', () => {
    const model = valueOf(validateModel(miniModel()));
    assert.deepEqual(model.languages, ['nl', 'en', 'fy']);
    assert.deepEqual(model.conditions, [
      // A question without a title is named by its text; its condition takes its level.
      {
        id: 'Q1',
        area: 'solo',
        title: tri('Question one'),
        level: 'frontline',
        when: { fact: 'Q1', operator: 'equal', value: 'yes' },
        action: tri('Do one'),
      },
      {
        id: 'Q2',
        area: 'solo',
        title: tri('Question two'),
        level: 'organisation',
        when: { fact: 'Q2', operator: 'equal', value: 'no' },
        action: tri('Do two'),
      },
    ]);
    assert.equal(model.defaultRole, 'coproducerend');
    assert.deepEqual(model.texts.findOut, tri('Find out'));
    assert.deepEqual(
      model.roleRules.map((r) => r.id),
      ['early-and-risky'],
    );
  });

  it('keeps a combined condition and completes only the question it does not read', async () => {
    const input = setAt(miniModel(), '/conditions', [
      {
        id: 'both',
        area: 'solo',
        title: tri('Both'),
        when: { all: [Q1_RULE, { fact: 'Q2', operator: 'equal', value: 'no' }] },
        action: tri('Both'),
      },
      {
        id: 'one-again',
        area: 'solo',
        title: tri('One'),
        when: { fact: 'Q1', operator: 'in', value: ['yes', 'partly'] },
        action: tri('One'),
      },
    ]);
    const model = valueOf(validateModel(input));
    assert.deepEqual(
      model.conditions.map((c) => c.id),
      ['both', 'one-again'],
    );
    const result = await score(model, { answers: { Q1: 'partly', Q2: 'no' } });
    assert.deepEqual(
      result.conditions.map((c) => [c.id, c.status]),
      [
        ['both', 'needs-work'],
        ['one-again', 'good'],
      ],
    );

    const onlyQ1 = valueOf(validateModel(setAt(input, '/conditions/0/when', Q1_RULE)));
    assert.deepEqual(
      onlyQ1.conditions.map((c) => c.id),
      ['both', 'one-again', 'Q2'],
    );
  });

  it('sorts role rules by priority, highest first', () => {
    const input = setAt(miniModel(), '/roleRules/1', {
      id: 'urgent',
      role: 'faciliterend',
      priority: 500,
      when: Q1_RULE,
      reason: tri('Urgent'),
    });
    assert.deepEqual(
      valueOf(validateModel(input)).roleRules.map((r) => r.id),
      ['urgent', 'early-and-risky'],
    );
  });

  it('fills in roles, role rules and texts from the default model for a Dutch/English model', async () => {
    let input = setAt(miniModel(), '/languages', ['nl', 'en']);
    input = JSON.parse(JSON.stringify(input).replace(/,"fy":"[^"]*"/g, '')) as Record<string, unknown>;
    for (const key of ['roles', 'roleRules', 'texts', 'defaultRole']) input = setAt(input, `/${key}`, REMOVE);
    const model = valueOf(validateModel(input));
    // The default roles, but the points a stance of offers keeps as tasks are the default model's
    // conditions, which this model does not have: none are kept.
    assert.deepEqual(
      model.roles,
      initiativeModel.roles.map((r) => (r.offerExcept ? { ...r, offerExcept: [] } : r)),
    );
    assert.deepEqual(model.texts, initiativeModel.texts);
    assert.equal(model.defaultRole, 'faciliterend');
    // The default role rules read questions and intake this model does not have; they are left out.
    assert.deepEqual(model.roleRules, []);
    const result = await score(model, { answers: { Q1: 'dont-know' } });
    assert.equal(result.role?.suggested, 'faciliterend');
    assert.equal(result.actionPoints[0]?.text['nl'], 'Zoek dit uit: Question one (nl)');
  });

  it('keeps the default role rules that fit a model with the default questions and intake', () => {
    const input = JSON.parse(JSON.stringify(initiativeModel)) as Record<string, unknown>;
    const model = valueOf(validateModel(setAt(input, '/roleRules', REMOVE)));
    assert.deepEqual(
      model.roleRules.map((r) => r.id),
      initiativeModel.roleRules.map((r) => r.id),
    );
  });

  it('asks for roles and texts, once each, when the defaults lack a language of the model', () => {
    let input = miniModel();
    for (const key of ['roles', 'texts']) input = setAt(input, `/${key}`, REMOVE);
    const errors = errorsOf(validateModel(input));
    // One problem each (the part is missing), not one per text the defaults lack.
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['/roles', 'required'],
        ['/texts', 'required'],
      ],
    );
    assert.equal(
      errorAt(errors, '/roles').message,
      'The model has no "roles", and the default roles have no text in "fy": add "roles" to the model.',
    );
    assert.match(errorAt(errors, '/texts').message, /default texts have no text in "fy": add "texts" to the model/);
  });
});

describe('validateModel: errors', () => {
  it('an id may be LIMITS.id characters long, not one more', () => {
    const id = (length: number): string => `m${'x'.repeat(length - 1)}`;
    assert.equal(valueOf(validateModel(setAt(miniModel(), '/id', id(LIMITS.id)))).id.length, LIMITS.id);
    assert.deepEqual(
      errorsOf(validateModel(setAt(miniModel(), '/id', id(LIMITS.id + 1)))).map((e) => e.path),
      ['/id'],
    );
  });

  it('wrong types, with the type found in the message', () => {
    const id = errorAt(modelErrors('/id', 5), '/id');
    assert.equal(id.code, 'type');
    assert.equal(id.message, 'The model id must be text, but it is a number.');

    const areas = errorAt(modelErrors('/areas', { solo: {} }), '/areas');
    assert.equal(areas.code, 'type');
    assert.equal(areas.message, 'The list of areas must be a list, but it is an object.');

    const title = errorAt(modelErrors('/areas/0/questions/1/text', 'Question two'), '/areas/0/questions/1/text');
    assert.equal(title.code, 'type');
    assert.match(title.message, /must be an object, but it is text/);

    const year = errorAt(modelErrors('/areas/0/sources/0/year', '2020'), '/areas/0/sources/0/year');
    assert.equal(year.code, 'invalid-value');

    const favourable = errorAt(modelErrors('/areas/0/questions/0/favourable', 'partly'), '/areas/0/questions/0/favourable');
    assert.equal(favourable.code, 'invalid-value');
    assert.match(favourable.message, /"partly".*Use one of: yes, no/);

    assert.deepEqual(summary(errorsOf(validateModel([]))), [' type']);
    assert.deepEqual(summary(errorsOf(validateModel(42))), [' type']);
  });

  it('missing required fields', () => {
    const title = errorAt(modelErrors('/title', REMOVE), '/title');
    assert.equal(title.code, 'required');
    assert.equal(title.message, 'The model title is missing.');

    const action = errorAt(modelErrors('/areas/0/questions/1/action', REMOVE), '/areas/0/questions/1/action');
    assert.equal(action.code, 'required');

    const version = errorAt(modelErrors('/version', REMOVE), '/version');
    assert.equal(version.code, 'required');
    assert.equal(errorAt(modelErrors('/version', '1'), '/version').code, 'invalid-value');

    const questions = errorAt(modelErrors('/areas/0/questions', []), '/areas/0/questions');
    assert.equal(questions.code, 'invalid-value');
    assert.match(questions.message, /at least 1 item/);
  });

  it('unknown keys (a typo) are named with the allowed fields', () => {
    let input = setAt(miniModel(), '/areas/0/questions/0/favorable', 'yes');
    input = setAt(input, '/areas/0/questions/0/favourable', REMOVE);
    const errors = errorsOf(validateModel(input));
    const typo = errorAt(errors, '/areas/0/questions/0/favorable');
    assert.equal(typo.code, 'unknown-key');
    assert.match(typo.message, /unknown field "favorable"/);
    assert.match(typo.message, /favourable/);
    assert.equal(errorAt(errors, '/areas/0/questions/0/favourable').code, 'required');

    assert.equal(errorAt(modelErrors('/areass', []), '/areass').code, 'unknown-key');
    // A text in a language the model does not list.
    assert.equal(errorAt(modelErrors('/title/de', 'Titel'), '/title/de').code, 'unknown-key');
  });

  it('a key "__proto__" or "constructor" in the input is an unknown key, not a prototype', () => {
    const input = JSON.parse(
      JSON.stringify(miniModel()).replace('"id":"mini"', '"id":"mini","__proto__":{"polluted":true},"constructor":1'),
    ) as unknown;
    const errors = errorsOf(validateModel(input));
    assert.equal(errorAt(errors, '/__proto__').code, 'unknown-key');
    assert.equal(errorAt(errors, '/constructor').code, 'unknown-key');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('duplicate question ids across areas: the path points to the second', () => {
    const second = {
      id: 'duo',
      letter: 'D',
      title: tri('Duo'),
      summary: tri('Second area'),
      research: tri('None'),
      sources: [],
      questions: [
        { id: 'Q3', text: tri('Three'), actor: 'initiative', level: 'frontline', favourable: 'yes', action: tri('Three') },
        { id: 'Q1', text: tri('One again'), actor: 'initiative', level: 'frontline', favourable: 'yes', action: tri('One') },
      ],
    };
    const errors = errorsOf(validateModel(setAt(miniModel(), '/areas/1', second)));
    assert.deepEqual(summary(errors), ['/areas/1/questions/1/id duplicate-id']);
    assert.match(errors[0]?.message ?? '', /"Q1" is used twice \(also at \/areas\/0\/questions\/0\)/);
  });

  it('duplicate area ids', () => {
    const area = (miniModel()['areas'] as unknown[])[0];
    const copy = setAt(area, '/questions', [
      { id: 'Q9', text: tri('Nine'), actor: 'initiative', level: 'frontline', favourable: 'yes', action: tri('Nine') },
    ]);
    const errors = errorsOf(validateModel(setAt(miniModel(), '/areas/1', copy)));
    assert.deepEqual(summary(errors), ['/areas/1/id duplicate-id']);
    assert.match(errors[0]?.message ?? '', /"solo" is used twice/);
  });

  it('duplicate condition ids, role rule ids, option values and languages', () => {
    const cond = { id: 'same', area: 'solo', title: tri('Same'), when: Q1_RULE, action: tri('Same') };
    assert.deepEqual(summary(modelErrors('/conditions', [cond, cond])), ['/conditions/1/id duplicate-id']);
    const rule = (miniModel()['roleRules'] as unknown[])[0];
    assert.deepEqual(summary(modelErrors('/roleRules/1', rule)), ['/roleRules/1/id duplicate-id']);
    assert.deepEqual(summary(modelErrors('/intake/0/options/1/value', 'early')), ['/intake/0/options/1/value duplicate-id']);
    assert.deepEqual(summary(modelErrors('/languages', ['nl', 'en', 'nl'])), ['/languages/2 duplicate-id']);
  });

  it('a rule that refers to a missing question', () => {
    const errors = errorsOf(
      validateModel(withRule({ all: [Q1_RULE, { any: [{ fact: 'Q7', operator: 'equal', value: 'yes' }] }] })),
    );
    const missing = errorAt(errors, '/conditions/0/when/all/1/any/0/fact');
    assert.equal(missing.code, 'unknown-reference');
    assert.equal(missing.message, 'The rule refers to "Q7", which is not a question of this model (or "intake").');
  });

  it('a condition in an area that does not exist', () => {
    const input = setAt(withRule(Q1_RULE), '/conditions/0/area', 'elsewhere');
    const error = errorAt(errorsOf(validateModel(input)), '/conditions/0/area');
    assert.equal(error.code, 'unknown-reference');
    assert.match(error.message, /"elsewhere" does not exist\. Areas: solo/);
  });

  it("a rule value that can never occur ('maybe')", () => {
    const single = errorAt(
      errorsOf(validateModel(withRule({ fact: 'Q1', operator: 'equal', value: 'maybe' }))),
      '/conditions/0/when/value',
    );
    assert.equal(single.code, 'invalid-value');
    assert.equal(single.message, 'The value "maybe" can never occur here. Possible values: yes, partly, no, dont-know.');

    const inList = errorAt(
      errorsOf(validateModel(withRule({ fact: 'Q1', operator: 'in', value: ['yes', 'maybe'] }))),
      '/conditions/0/when/value/1',
    );
    assert.equal(inList.code, 'invalid-value');

    const intakeValue = errorAt(
      errorsOf(validateModel(withRule({ all: [Q1_RULE, { fact: 'intake', path: 'phase', operator: 'equal', value: 'never' }] }))),
      '/conditions/0/when/all/1/value',
    );
    assert.match(intakeValue.message, /Possible values: early, late/);
  });

  it('other rule mistakes: unknown operator, "in" without a list, a condition that reads only the intake', () => {
    const op = errorAt(
      errorsOf(validateModel(withRule({ fact: 'Q1', operator: 'greaterThan', value: 'yes' }))),
      '/conditions/0/when/operator',
    );
    assert.equal(op.code, 'invalid-value');
    assert.match(op.message, /equal, notEqual, in, notIn/);

    assert.deepEqual(summary(errorsOf(validateModel(withRule({ fact: 'Q1', operator: 'in', value: 'yes' })))), [
      '/conditions/0/when/value type',
    ]);
    assert.deepEqual(
      summary(errorsOf(validateModel(withRule({ fact: 'intake', path: 'phase', operator: 'equal', value: 'early' })))),
      ['/conditions/0/when invalid-value'],
    );
    assert.deepEqual(summary(errorsOf(validateModel(withRule({ all: [] })))), ['/conditions/0/when/all invalid-value']);
    assert.deepEqual(summary(errorsOf(validateModel(withRule({ operator: 'equal', value: 'yes' })))), [
      '/conditions/0/when required',
    ]);
  });

  it('an intake path that is not an intake question', () => {
    const unknown = errorAt(
      errorsOf(validateModel(withRule({ all: [Q1_RULE, { fact: 'intake', path: 'colour', operator: 'equal', value: 'red' }] }))),
      '/conditions/0/when/all/1/path',
    );
    assert.equal(unknown.code, 'unknown-reference');
    assert.match(unknown.message, /intake question id \(phase\); got "colour"/);

    const jsonPath = errorAt(
      errorsOf(
        validateModel(withRule({ all: [Q1_RULE, { fact: 'intake', path: '$.phase', operator: 'equal', value: 'early' }] })),
      ),
      '/conditions/0/when/all/1/path',
    );
    assert.equal(jsonPath.code, 'unknown-reference');

    const none = errorAt(
      errorsOf(validateModel(withRule({ all: [Q1_RULE, { fact: 'intake', operator: 'equal', value: 'early' }] }))),
      '/conditions/0/when/all/1/path',
    );
    assert.equal(none.code, 'required');

    const onQuestion = errorAt(
      errorsOf(validateModel(withRule({ fact: 'Q1', path: 'x', operator: 'equal', value: 'yes' }))),
      '/conditions/0/when/path',
    );
    assert.equal(onQuestion.code, 'invalid-value');
  });

  it("reserved ids: '__proto__', 'constructor', 'prototype', and 'intake' for a question", () => {
    const area = errorAt(modelErrors('/areas/0/id', '__proto__'), '/areas/0/id');
    assert.equal(area.code, 'reserved-key');
    assert.match(area.message, /"__proto__" is a reserved word/);
    assert.equal(errorAt(modelErrors('/areas/0/questions/0/id', 'constructor'), '/areas/0/questions/0/id').code, 'reserved-key');
    assert.equal(errorAt(modelErrors('/intake/0/id', 'prototype'), '/intake/0/id').code, 'reserved-key');
    assert.equal(errorAt(modelErrors('/id', '__proto__'), '/id').code, 'reserved-key');
    const intake = errorAt(modelErrors('/areas/0/questions/1/id', 'intake'), '/areas/0/questions/1/id');
    assert.equal(intake.code, 'reserved-key');
    assert.match(intake.message, /reserved for the intake/);
    // Not reserved, but not an id either.
    assert.equal(errorAt(modelErrors('/areas/0/questions/1/id', 'Q 2'), '/areas/0/questions/1/id').code, 'invalid-value');
  });

  it("reserved area ids: 'intake' and 'review' are steps of the form", () => {
    for (const id of ['intake', 'review']) {
      const error = errorAt(modelErrors('/areas/0/id', id), '/areas/0/id');
      assert.equal(error.code, 'reserved-key');
      assert.match(error.message, /reserved for a step of the form/);
    }
  });

  it('a missing translation for a listed language', () => {
    const error = errorAt(modelErrors('/areas/0/questions/1/text/fy', REMOVE), '/areas/0/questions/1/text/fy');
    assert.equal(error.code, 'required');
    assert.equal(error.message, 'The question text in "fy" is missing.');
    const empty = errorAt(modelErrors('/attribution/nl', '   '), '/attribution/nl');
    assert.equal(empty.code, 'invalid-value');
    assert.match(empty.message, /empty/);
  });

  it("oversized lists and texts: 'too-large'", () => {
    const long = errorAt(modelErrors('/areas/0/summary/en', 'x'.repeat(LIMITS.text + 1)), '/areas/0/summary/en');
    assert.equal(long.code, 'too-large');
    assert.match(long.message, new RegExp(`${LIMITS.text + 1} characters long; at most ${LIMITS.text}`));
    valueOf(validateModel(setAt(miniModel(), '/areas/0/summary/en', 'x'.repeat(LIMITS.text))));

    const question = (miniModel()['areas'] as { questions: unknown[] }[])[0]?.questions[0];
    const many = Array.from({ length: LIMITS.list + 1 }, () => question);
    const list = errorAt(modelErrors('/areas/0/questions', many), '/areas/0/questions');
    assert.equal(list.code, 'too-large');
    assert.match(list.message, /501 items; at most 500/);

    const areas = errorAt(
      modelErrors(
        '/areas',
        Array.from({ length: 51 }, () => ({})),
      ),
      '/areas',
    );
    assert.equal(areas.code, 'too-large');

    const leaves = Array.from({ length: LIMITS.ruleLeaves + 1 }, () => Q1_RULE);
    const rule = errorsOf(validateModel(withRule({ any: leaves })));
    assert.equal(rule[0]?.code, 'too-large');
  });

  it("too deeply nested rules: 'too-deep'", () => {
    let when: unknown = Q1_RULE;
    for (let i = 0; i < LIMITS.ruleDepth + 1; i++) when = { not: when };
    const errors = errorsOf(validateModel(withRule(when)));
    const deep = errors.find((e) => e.code === 'too-deep');
    assert.ok(deep, summary(errors).join('\n'));
    assert.equal(deep.path, '/conditions/0/when' + '/not'.repeat(LIMITS.ruleDepth + 1));
    assert.match(deep.message, /more than 12 levels deep/);

    // Exactly the limit is fine (an even number of "not"s is the same rule).
    let ok: unknown = Q1_RULE;
    for (let i = 0; i < LIMITS.ruleDepth; i++) ok = { not: ok };
    valueOf(validateModel(withRule(ok)));

    // Very deep input does not overflow the stack.
    let huge: unknown = Q1_RULE;
    for (let i = 0; i < 100_000; i++) huge = { all: [huge] };
    assert.equal(errorsOf(validateModel(withRule(huge)))[0]?.code, 'too-deep');
  });

  it("invalid JSON text: 'invalid-json' at the root", () => {
    const errors = errorsOf(validateModel('{"id": "mini",'));
    assert.deepEqual(summary(errors), [' invalid-json']);
    assert.match(errors[0]?.message ?? '', /^The model is not valid JSON: /);
    assert.deepEqual(summary(errorsOf(validateModel(''))), [' invalid-json']);
  });

  it('a condition id that collides with a question no condition reads', () => {
    const input = setAt(miniModel(), '/conditions', [
      { id: 'Q2', area: 'solo', title: tri('Not Q2'), when: Q1_RULE, action: tri('Act') },
    ]);
    const error = errorAt(errorsOf(validateModel(input)), '/conditions/0/id');
    assert.equal(error.code, 'duplicate-id');
    assert.match(error.message, /Condition id "Q2" is also the id of a question that no condition reads/);
    // The same id is fine when the condition reads that question.
    const fine = setAt(input, '/conditions/0/when', { any: [Q1_RULE, { fact: 'Q2', operator: 'equal', value: 'no' }] });
    assert.deepEqual(
      valueOf(validateModel(fine)).conditions.map((c) => c.id),
      ['Q2'],
    );
  });

  it('a mistake in an intake question does not also make the rules that read it "unknown"', () => {
    const errors = errorsOf(validateModel(setAt(miniModel(), '/intake/0/text/fy', REMOVE)));
    assert.deepEqual(summary(errors), ['/intake/0/text/fy required']);
  });

  it('reports every problem at once, each with a readable sentence', () => {
    let input = setAt(miniModel(), '/id', 'has space');
    input = setAt(input, '/areas/0/letter', 'ABCD');
    input = setAt(input, '/roles/2/id', 'boss');
    input = setAt(input, '/defaultRole', 'boss');
    input = setAt(input, '/areas/0/sources/0/url', 'ftp://example.org');
    const errors = errorsOf(validateModel(input));
    assert.deepEqual(summary(errors).sort(), [
      '/areas/0/letter too-large',
      '/areas/0/sources/0/url invalid-value',
      '/defaultRole invalid-value',
      '/id invalid-value',
      '/roles/2/id invalid-value',
    ]);
    for (const e of errors) {
      assert.match(e.message, /^[A-Z"].*[.)]$/, e.message);
      assert.ok(!e.message.includes('undefined'), e.message);
      assert.ok(!e.message.includes('[object'), e.message);
    }
  });
});

/** Every JSON Pointer into a document, with its value. */
function members(doc: unknown, prefix = '', into: [string, unknown][] = []): [string, unknown][] {
  if (typeof doc !== 'object' || doc === null) return into;
  for (const [key, value] of Object.entries(doc)) {
    const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    into.push([pointer, value]);
    members(value, pointer, into);
  }
  return into;
}

/** A copy of a document with an empty slot at `pointer` (an item of a list, deleted in place). */
function withHole(doc: unknown, pointer: string): unknown {
  const copy = structuredClone(doc);
  const tokens = pointer.split('/').slice(1);
  const last = Number(tokens.pop());
  let node: unknown = copy;
  for (const token of tokens) node = (node as Record<string, unknown>)[token];
  assert.ok(Array.isArray(node));
  Reflect.deleteProperty(node, last);
  assert.ok(!(last in node) && node.length > last, 'a hole');
  return copy;
}

/** The default model as plain JSON (every list written out), and the mini model. */
const MODEL_DOCUMENTS: readonly [string, () => unknown][] = [
  ['the default model', () => JSON.parse(JSON.stringify(initiativeModel)) as unknown],
  [
    'the mini model',
    () =>
      setAt(miniModel(), '/conditions', [
        {
          id: 'both',
          area: 'solo',
          title: tri('Both'),
          when: { all: [Q1_RULE, { fact: 'Q2', operator: 'in', value: ['no', 'partly'] }] },
          action: tri('Act'),
          variants: [{ when: { phase: ['early', 'late'] }, text: tri('Early') }],
        },
      ]),
  ],
];

describe('validateModel: one problem, one error', () => {
  it('an empty slot in any list of a model is one error at that slot, not a crash or a pass', () => {
    // JSON cannot hold an empty slot, but a model built in code can: `[a, , b]`, or `delete list[1]`.
    let lists = 0;
    for (const [name, make] of MODEL_DOCUMENTS) {
      const doc = make();
      for (const [pointer, value] of members(doc)) {
        if (!Array.isArray(value) || value.length === 0) continue;
        for (const index of new Set([0, value.length - 1])) {
          const at = `${pointer}/${index}`;
          const errors = errorsOf(validateModel(withHole(doc, at)));
          assert.deepEqual(summary(errors), [`${at} required`], `${name}, hole at ${at}`);
          assert.match(errors[0]?.message ?? '', /^This item of .+ is an empty slot; remove it or fill it in\.$/);
          lists++;
        }
      }
    }
    assert.ok(lists > 90, `${lists} holes tried`);
  });

  it('one wrong value anywhere in a model gives one error, not one per thing that refers to it', () => {
    // The example: a bad "favourable" used to drop every area, and then each of the 35
    // conditions reported "area does not exist".
    const favourable = errorsOf(
      validateModel(setAt(JSON.parse(JSON.stringify(initiativeModel)), '/areas/0/questions/0/favourable', 'maybe')),
    );
    assert.deepEqual(summary(favourable), ['/areas/0/questions/0/favourable invalid-value']);
    let tried = 0;
    for (const [name, make] of MODEL_DOCUMENTS) {
      const doc = make();
      for (const [pointer] of members(doc)) {
        for (const wrong of [42, null, true, '', 'not an id!']) {
          const result = validateModel(setAt(doc, pointer, wrong));
          tried++;
          if (!result.ok)
            assert.equal(
              result.errors.length,
              1,
              `${name}: ${pointer} = ${JSON.stringify(wrong)}:\n${summary(result.errors).join('\n')}`,
            );
        }
      }
    }
    assert.ok(tried > 5000, `${tried} changes tried`);
  });

  it('a renamed area, question or intake id still reports what refers to the old id', () => {
    // A valid new id leaves references dangling: those are real mistakes of their own.
    const areaErrors = errorsOf(
      validateModel(
        setAt(miniModel(), '/conditions', [
          { id: 'c', area: 'solo', title: tri('C'), when: Q1_RULE, action: tri('A') },
          { id: 'd', area: 'duo', title: tri('D'), when: Q1_RULE, action: tri('A') },
        ]),
      ),
    );
    assert.deepEqual(summary(areaErrors), ['/conditions/1/area unknown-reference']);
    const renamed = errorsOf(validateModel(setAt(withRule(Q1_RULE), '/areas/0/questions/0/id', 'Q9')));
    assert.deepEqual(summary(renamed), ['/conditions/0/when/fact unknown-reference']);
  });

  it('when the list of areas itself is wrong, conditions are not also reported', () => {
    for (const areas of [[], 5, [7], [{}]]) {
      const errors = errorsOf(validateModel(setAt(withRule(Q1_RULE), '/areas', areas)));
      assert.ok(
        errors.every((e) => e.path.startsWith('/areas')),
        `${JSON.stringify(areas)}: ${summary(errors).join(', ')}`,
      );
    }
    const noLanguages = errorsOf(validateModel(setAt(miniModel(), '/languages', [])));
    assert.deepEqual(summary(noLanguages), ['/languages invalid-value']);
  });

  it('JSON text with a byte order mark is read like JSON text without one', () => {
    const text = JSON.stringify(miniModel());
    assert.deepEqual(validateModel('\uFEFF' + text), validateModel(text));
    assert.ok(validateAnswers(initiativeModel, '\uFEFF{"answers":{"A1":"yes"}}').ok);
  });

  it('the message for invalid JSON says where: line and column', () => {
    const errors = errorsOf(validateModel('{\n  "id": "mini",\n  "version" "1.0"\n}'));
    assert.match(errors[0]?.message ?? '', /^The model is not valid JSON: .*\(line 3, column 13\)\.$/);
  });
});

describe('validateAnswers', () => {
  it('accepts good answers and returns them cleaned', () => {
    const value = valueOf(
      validateAnswers(initiativeModel, {
        intake: { phase: 'running', topic: 'Moestuin', role: '' },
        answers: { A1: 'yes', A9: null, C10: 'dont-know' },
        notes: { A1: 'Gesproken met de trekkers.', A3: '' },
      }),
    );
    assert.deepEqual(value, {
      intake: { phase: 'running', topic: 'Moestuin' },
      answers: { A1: 'yes', C10: 'dont-know' },
      notes: { A1: 'Gesproken met de trekkers.' },
    });
  });

  it("an unknown question id: '/answers/X9'", () => {
    const error = errorAt(errorsOf(validateAnswers(initiativeModel, { answers: { A1: 'yes', X9: 'yes' } })), '/answers/X9');
    assert.equal(error.code, 'unknown-reference');
    assert.equal(error.message, 'There is no question "X9" in model "actie-default" 3.0.');
  });

  it('a bad answer value', () => {
    const errors = errorsOf(validateAnswers(initiativeModel, { answers: { A1: 'Yes', A9: true, A3: 2 } }));
    assert.deepEqual(summary(errors), ['/answers/A1 invalid-value', '/answers/A9 invalid-value', '/answers/A3 invalid-value']);
    assert.equal(
      errors[0]?.message,
      'The answer to A1 is "Yes"; use one of "yes", "partly", "no", "dont-know" (or null for no answer).',
    );
    assert.match(errors[1]?.message ?? '', /is true\/false;/);
  });

  it('null means not answered', () => {
    assert.deepEqual(valueOf(validateAnswers(initiativeModel, { answers: { A1: null, A9: null } })), { answers: {} });
  });

  it('a note that is too long, or not text', () => {
    const long = errorAt(
      errorsOf(validateAnswers(initiativeModel, { answers: {}, notes: { A1: 'x'.repeat(LIMITS.note + 1) } })),
      '/notes/A1',
    );
    assert.equal(long.code, 'too-large');
    assert.match(long.message, /2001 characters long; at most 2000/);
    valueOf(validateAnswers(initiativeModel, { answers: {}, notes: { A1: 'x'.repeat(LIMITS.note) } }));
    assert.equal(
      errorAt(errorsOf(validateAnswers(initiativeModel, { answers: {}, notes: { A1: 5 } })), '/notes/A1').code,
      'type',
    );
  });

  it('an intake value that is not one of the options', () => {
    const error = errorAt(
      errorsOf(validateAnswers(initiativeModel, { intake: { phase: 'someday' }, answers: {} })),
      '/intake/phase',
    );
    assert.equal(error.code, 'invalid-value');
    assert.equal(
      error.message,
      'The intake answer "phase" is "someday"; use one of: idea, starting, running, continuing, closing.',
    );
    const topic = errorAt(
      errorsOf(validateAnswers(initiativeModel, { intake: { topic: 'x'.repeat(201) }, answers: {} })),
      '/intake/topic',
    );
    assert.equal(topic.code, 'too-large');
  });

  it('an unknown intake key', () => {
    const error = errorAt(
      errorsOf(validateAnswers(initiativeModel, { intake: { colour: 'red' }, answers: {} })),
      '/intake/colour',
    );
    assert.equal(error.code, 'unknown-reference');
    assert.match(
      error.message,
      /Intake questions: topic, goal, phase, origin, lead, stake, vulnerable, request, moments, role, respondent\./,
    );
  });

  it('unknown top-level keys and missing answers', () => {
    const errors = errorsOf(validateAnswers(initiativeModel, { anwsers: { A1: 'yes' } }));
    assert.deepEqual(summary(errors), ['/anwsers unknown-key', '/answers required']);
    assert.deepEqual(summary(errorsOf(validateAnswers(initiativeModel, { answers: ['yes'] }))), ['/answers type']);
    assert.deepEqual(summary(errorsOf(validateAnswers(initiativeModel, null))), [' type']);
  });

  it('too many entries', () => {
    const answers = Object.fromEntries(Array.from({ length: LIMITS.entries + 1 }, (_, i) => [`Q${i}`, 'yes']));
    const error = errorAt(errorsOf(validateAnswers(initiativeModel, { answers })), '/answers');
    assert.equal(error.code, 'too-large');
  });

  it('accepts JSON text, and reports text that is not JSON', () => {
    const value = valueOf(validateAnswers(initiativeModel, '{"answers":{"T7":"no"},"intake":{"origin":"joint"}}'));
    assert.deepEqual(value, { intake: { origin: 'joint' }, answers: { T7: 'no' } });
    const errors = errorsOf(validateAnswers(initiativeModel, '{"answers":'));
    assert.deepEqual(summary(errors), [' invalid-json']);
    assert.match(errors[0]?.message ?? '', /^The answers file is not valid JSON/);
  });

  it('checks against the given model', () => {
    const mini = valueOf(validateModel(miniModel()));
    assert.deepEqual(valueOf(validateAnswers(mini, { intake: { phase: 'late' }, answers: { Q2: 'no' } })), {
      intake: { phase: 'late' },
      answers: { Q2: 'no' },
    });
    assert.deepEqual(summary(errorsOf(validateAnswers(mini, { intake: { origin: 'joint' }, answers: { A1: 'yes' } }))), [
      '/answers/A1 unknown-reference',
      '/intake/origin unknown-reference',
    ]);
  });

  it('escapes "/" and "~" in paths (RFC 6901)', () => {
    const errors = errorsOf(validateAnswers(initiativeModel, { answers: { 'a/b~c': 'yes' } }));
    assert.deepEqual(summary(errors), ['/answers/a~1b~0c unknown-reference']);
  });
});
