/**
 * Every function that takes a model checks it as `score` does: a model that did not come from
 * validateModel is checked first, a model with mistakes gives its errors (saying they are about
 * the model), and nothing throws, whatever is passed as the model.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActieModel, ValidationError } from '../dist/index.js';
import {
  aggregate,
  diffModels,
  draftPlan,
  formatResult,
  formatTeamResult,
  migratePlan,
  migrateSession,
  openPlan,
  openSession,
  planToCsv,
  planToICalendar,
  planToMarkdown,
  prioritise,
  score,
  sessionInput,
  validateAnswers,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { setAt } from './helpers.js';

const V2_SESSION = {
  format: 'actie-session',
  formatVersion: 3,
  id: '0123456789abcdef0123456789abcdef',
  model: { id: 'actie-default', version: '2.0' },
  createdAt: '2026-11-02T09:15:00.000Z',
  updatedAt: '2026-11-02T10:05:00.000Z',
  intake: { phase: 'running' },
  answers: { A3: 'yes' },
  notes: {},
};
const CURRENT_SESSION = { ...V2_SESSION, model: { id: 'actie-default', version: '3.0' } };

/** A plain copy of the default model: valid, but not known to be checked. */
const plainCopy = (): ActieModel => JSON.parse(JSON.stringify(initiativeModel)) as ActieModel;

/** Every function that takes a model, called with `model`; each returns a Result. */
const CALLS: Readonly<Record<string, (model: ActieModel) => unknown>> = {
  validateAnswers: (m) => validateAnswers(m, { answers: { A3: 'yes' } }),
  sessionInput: (m) => sessionInput(m, CURRENT_SESSION as never),
  openSession: (m) => openSession(m, JSON.stringify(V2_SESSION)),
  migrateSession: (m) => migrateSession(m, V2_SESSION as never),
  migratePlan: (m) => migratePlan(m, { agreements: [] }, '2.0'),
  openPlan: (m) => openPlan(m, { agreements: [] }),
  'diffModels (older)': (m) => diffModels(m, initiativeModel),
  'diffModels (newer)': (m) => diffModels(initiativeModel, m),
};

const errorsOf = (value: unknown): readonly ValidationError[] => {
  const result = value as { ok: boolean; errors?: readonly ValidationError[] };
  assert.equal(result.ok, false, 'a result with errors');
  return result.errors ?? [];
};

describe('functions that take a model never throw on one that is not a model', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}: null, a list, a number, an empty object and a model with a mistake give errors about the model`, () => {
      for (const bad of [null, [], 42, {}, undefined]) {
        const errors = errorsOf(call(bad as never));
        assert.ok(errors.length > 0, JSON.stringify(bad) ?? 'undefined');
        assert.ok(
          errors.every((e) => /model/i.test(e.message)),
          `${name}(${JSON.stringify(bad)}): ${errors.map((e) => e.message).join(' | ')}`,
        );
      }
      const broken = setAt<ActieModel>(plainCopy(), '/areas/0/questions/0/favourable', 'maybe');
      const errors = errorsOf(call(broken));
      const favourable = errors.find((e) => e.path === '/areas/0/questions/0/favourable');
      assert.ok(favourable, 'points at the mistake in the model');
      assert.match(favourable.message, /^In the (older |newer )?model: /);
    });

    it(`${name}: a valid model that was not checked yet is checked and used`, () => {
      const result = call(plainCopy()) as { ok: boolean };
      assert.equal(result.ok, true);
    });
  }

  it('validateAnswers(model, null) says what the answers must be, in words, without an internal error', () => {
    const errors = errorsOf(validateAnswers(initiativeModel, null));
    assert.equal(errors.length, 1);
    assert.doesNotMatch(errors[0]?.message ?? '', /TypeError|Cannot read/);
    assert.match(errors[0]?.message ?? '', /must be an object/);
  });

  it('score gives the same errors for the same broken model (the reference behaviour)', async () => {
    const broken = setAt<ActieModel>(plainCopy(), '/areas/0/questions/0/favourable', 'maybe');
    const result = await score(broken, { answers: {} });
    assert.ok(result.errors.some((e) => e.path === '/areas/0/questions/0/favourable'));
  });
});

describe('functions that use a model as context work as without one when it cannot be used', () => {
  const BAD: readonly unknown[] = [null, [], 42, {}, setAt<ActieModel>(plainCopy(), '/conditions', 'none')];
  const input = {
    intake: { phase: 'running', topic: 'Speeltuin Lindelaan' },
    answers: { A3: 'no', C2: 'no', T9: 'partly' },
  } as const;

  it('prioritise and draftPlan rank and propose from the result alone', async () => {
    const result = await score(initiativeModel, input);
    const alone = draftPlan(result, 'nl');
    assert.ok(alone.agreements.length > 0, 'the case has points that need work');
    for (const bad of BAD) {
      const ranked = prioritise(bad as ActieModel, result);
      assert.ok(ranked.length > 0, `prioritise(${JSON.stringify(bad)}) still ranks the result's points`);
      assert.deepEqual(
        draftPlan(result, 'nl', undefined, { model: bad as ActieModel }),
        alone,
        'the same proposal as without a model',
      );
    }
  });

  it("formatTeamResult reports the model's problems instead of the team, in the asked language", async () => {
    const team = await aggregate(initiativeModel, []);
    for (const bad of BAD) {
      const text = formatTeamResult(bad as ActieModel, team, { lang: 'nl' });
      assert.match(text, /^Dit rapport kan niet worden gemaakt: het model heeft fouten/, `text for ${JSON.stringify(bad)}`);
      assert.match(text, /\n- /, 'lists at least one problem');
      const md = formatTeamResult(bad as ActieModel, team, { lang: 'en', format: 'md' });
      assert.match(md, /^# This report cannot be made: the model has mistakes/, 'English Markdown heading');
    }
    assert.doesNotMatch(
      formatTeamResult(initiativeModel, team, { lang: 'nl' }),
      /kan niet worden gemaakt/,
      'a good model gives the report',
    );
  });

  it("formatResult reports the model's problems instead of the result", async () => {
    const result = await score(initiativeModel, input);
    for (const bad of BAD) {
      const text = formatResult(bad as ActieModel, result, { lang: 'nl' });
      assert.match(text, /^Dit rapport kan niet worden gemaakt: het model heeft fouten\n/, `text for ${JSON.stringify(bad)}`);
    }
    assert.match(
      formatResult(initiativeModel, result, { lang: 'nl', intake: input.intake }),
      /Speeltuin Lindelaan/,
      'a good model gives the report, headed by the topic',
    );
  });

  it('the plan exports name no point (as without a model) and never an id', () => {
    const plan = {
      agreements: [
        {
          id: 'a-1',
          condition: 'animo-motive-fits',
          what: 'Bel de buurt',
          who: 'Sam',
          when: '2027-03-01',
          status: 'open' as const,
        },
      ],
    };
    const now = new Date('2027-01-01T00:00:00Z');
    for (const bad of BAD) {
      const model = bad as ActieModel;
      assert.equal(planToCsv(plan, { model }), planToCsv(plan), 'CSV as without a model');
      assert.equal(
        planToMarkdown(plan, { model, today: '2027-01-01' }),
        planToMarkdown(plan, { today: '2027-01-01' }),
        'Markdown as without a model',
      );
      assert.equal(planToICalendar(plan, { model, now }), planToICalendar(plan, { now }), 'iCalendar as without a model');
    }
  });
});

describe('messages and codes as documented', () => {
  it('__proto__, constructor and prototype as answer, note or intake keys are reserved-key, and change no prototype', () => {
    const text = '{"answers":{"__proto__":"yes","constructor":"no"},"notes":{"prototype":"x"},"intake":{"__proto__":"running"}}';
    const errors = errorsOf(validateAnswers(initiativeModel, text));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['/answers/__proto__', 'reserved-key'],
        ['/answers/constructor', 'reserved-key'],
        ['/notes/prototype', 'reserved-key'],
        ['/intake/__proto__', 'reserved-key'],
      ],
    );
    assert.equal(({} as Record<string, unknown>)['running'], undefined);
  });

  it('a missing value is "missing", never "undefined"', () => {
    const errors = errorsOf(openSession(initiativeModel, '{}'));
    assert.ok(errors.length > 0);
    for (const e of errors) assert.doesNotMatch(e.message, /undefined/, e.message);
    assert.ok(errors.some((e) => /missing/.test(e.message)));
  });
});
