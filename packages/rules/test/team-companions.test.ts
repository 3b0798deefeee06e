// The companion models aggregate uses without the companions option: only the built-in models that
// mirror the team's model, found in the table of the built-in models and loaded on demand
// (src/team/companions.ts, src/model/catalogue.ts). team.test.ts has the comparison itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initiativeModel } from '../src/model/builtin/initiative.ts';
import { initiativeModelNl } from '../src/model/builtin/initiative-nl.ts';
import { initiatorModel } from '../src/model/builtin/initiator.ts';
import { organisationModel } from '../src/model/builtin/organisation.ts';
import type { ActieModel, Answers } from '../src/model/types.ts';
import { createSession, serializeSession } from '../src/session/format.ts';
import { aggregate } from '../src/team/aggregate.ts';
import { builtinCompanions, loadCompanions } from '../src/team/companions.ts';
import { validateModel } from '../src/validate/model.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

function file(model: ActieModel, answers: Answers, intake: Record<string, string> = { phase: 'running' }): string {
  return serializeSession(createSession(model, { intake, answers }, { now: NOW }));
}

const team = [
  {
    source: 'prof-1.json',
    data: file(initiativeModel, { C8: 'yes', E12: 'yes' }, { phase: 'running', respondent: 'professional' }),
  },
  {
    source: 'prof-2.json',
    data: file(initiativeModel, { C8: 'yes', E12: 'no' }, { phase: 'running', respondent: 'professional' }),
  },
];
const initiators = [
  { source: 'init-1.json', data: file(initiatorModel, { IC2: 'no', IE1: 'no' }) },
  { source: 'init-2.json', data: file(initiatorModel, { IC2: 'partly', IE1: 'yes' }) },
];

test('aggregate: a team of the default model gets the initiators as companion group without any option, also with the Dutch-only model', async () => {
  for (const model of [initiativeModel, initiativeModelNl]) {
    const result = await aggregate(model, [...team, ...initiators]);
    assert.deepEqual(result.rejected, [], `${model.languages.join('+')}: every file is used`);
    assert.equal(result.participants, 2, 'the initiators are not pooled with the team');
    assert.deepEqual(
      result.views.map((v) => [v.model.id, v.participants, v.shown]),
      [['actie-initiator', 2, false]],
      'one companion group: the initiators, counted but not shown (fewer than three)',
    );
    const given = await aggregate(model, [...team, ...initiators], { companions: [initiatorModel] });
    assert.deepEqual(result, given, 'the same result as with the initiators given as companions');
  }
});

test("aggregate: a team of the organisation scan gets no companion group, and refuses the initiators' files", async () => {
  const scan = [{ source: 'scan.json', data: file(organisationModel, {}, {}) }];
  const result = await aggregate(organisationModel, [...scan, ...initiators]);
  assert.equal(result.participants, 1);
  assert.deepEqual(result.views, [], 'no built-in model mirrors the organisation scan');
  assert.deepEqual(
    result.rejected.map((r) => [r.source, r.errors[0]?.code, r.errors[0]?.path]),
    [
      ['init-1.json', 'model-mismatch', '/model/id'],
      ['init-2.json', 'model-mismatch', '/model/id'],
    ],
  );
});

test('builtinCompanions: the built-in models that mirror a model, by id and major version, loaded', async () => {
  const companions = await builtinCompanions(initiativeModel);
  assert.equal(companions.length, 1);
  assert.equal(companions[0], initiatorModel, 'the same frozen object as initiatorModel');
  assert.equal(
    (await builtinCompanions(initiativeModelNl))[0],
    initiatorModel,
    'the Dutch-only default model has the same id and version',
  );
  assert.deepEqual(await builtinCompanions(organisationModel), []);
  assert.deepEqual(await builtinCompanions(initiatorModel), [], 'a model is never its own companion');
  // A later major version of the default model: the initiators' questions (2.0) mirror version 3 only.
  const source = JSON.parse(JSON.stringify(initiativeModel)) as Record<string, unknown>;
  const next = validateModel({ ...source, version: '4.0' });
  assert.ok(next.ok, 'the copy validates');
  assert.deepEqual(await builtinCompanions(next.value), []);
  // The version the initiators' questions 1.0 mirrored, 2: no longer (the copy without the
  // migrations, which lead from 2 and 1 to this version).
  const before = validateModel({ ...source, version: '2.0', migrations: [] });
  assert.ok(before.ok, 'the copy validates');
  assert.deepEqual(await builtinCompanions(before.value), []);
  const minor = validateModel({ ...source, version: '3.7' });
  assert.ok(minor.ok);
  assert.equal((await builtinCompanions(minor.value))[0], initiatorModel, 'another minor version of 3 is mirrored');
  assert.deepEqual(await builtinCompanions({ id: 3 } as unknown as ActieModel), [], 'not a model: none');
});

test('loadCompanions (what aggregate uses without companions): a built-in model that cannot be loaded is listed with the reason, never a rejection', async () => {
  const loaded = await loadCompanions(initiativeModel, () => Promise.reject(new Error('network error')));
  assert.deepEqual(loaded.models, []);
  assert.deepEqual(
    loaded.unavailable.map((u) => [u.info.name, u.info.id, u.reason]),
    [['initiator', 'actie-initiator', 'network error']],
  );
  const fine = await loadCompanions(initiativeModel);
  assert.deepEqual(fine, { models: [initiatorModel], unavailable: [] });
});
