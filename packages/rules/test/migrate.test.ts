/**
 * Sessions and plans saved with release 0.1 (default model 1.0) open with model 2.0: answers to
 * unchanged questions are kept, a split or changed question's old answer is kept in its note and
 * the question is listed as needing a new answer, plan links follow, and nothing is dropped
 * silently. The fixtures in fixtures/release-0.1 were saved through the real 0.1 elements.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ActieModel, MigrationReport, SessionFile } from '../dist/index.js';
import {
  aggregate,
  createSession,
  migrateSession,
  openPlan,
  openSession,
  parseSession,
  score,
  serializePlan,
  validateModel,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { errorsOf, setAt, valueOf } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/release-0.1/${name}`, import.meta.url), 'utf8');
const V1_MODEL = JSON.parse(fixture('model-1.0.json')) as ActieModel;
const V1_SESSION_TEXT = fixture('session.json');
const V1_SESSION = valueOf(parseSession(V1_SESSION_TEXT));
const V1_PLAN_TEXT = fixture('plan.json');
const STORED = JSON.parse(fixture('local-storage.json')) as Record<string, string>;

const migration = initiativeModel.migrations.find((m) => m.from === '1');

function opened(): { session: SessionFile; report: MigrationReport } {
  const value = valueOf(openSession(initiativeModel, V1_SESSION_TEXT));
  assert.ok(value.migration, 'a 1.0 session is migrated');
  return { session: value.session, report: value.migration };
}

describe('the declared mapping from model 1 to model 2', () => {
  it('accounts for every question and every condition of version 1', () => {
    assert.ok(migration);
    assert.equal(V1_MODEL.version, '1.0');
    const v1Questions = V1_MODEL.areas.flatMap((a) => a.questions.map((q) => q.id));
    assert.deepEqual(
      migration.questions.map((q) => q.from),
      v1Questions,
    );
    assert.deepEqual(migration.conditions.map((c) => c.from).sort(), V1_MODEL.conditions.map((c) => c.id).sort());
  });

  it('quotes the old text exactly for every question whose answer does not carry over', () => {
    assert.ok(migration);
    const v1Text = new Map(V1_MODEL.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text])));
    for (const q of migration.questions) {
      if (q.text) assert.deepEqual(q.text, v1Text.get(q.from), q.from);
      if (q.change !== 'kept' && q.change !== 'moved') assert.ok(q.text, `${q.from} needs its old text`);
    }
  });

  it('reaches every question of version 2 except the new ones', () => {
    assert.ok(migration);
    const reached = new Set(migration.questions.flatMap((q) => q.to));
    const v2 = initiativeModel.areas.flatMap((a) => a.questions.map((q) => q.id));
    assert.deepEqual(
      v2.filter((id) => !reached.has(id)),
      ['T4', 'I2', 'I3', 'E9', 'E10'],
    );
  });

  it('the questions that asked whether the user knows something never carry a "don\'t know" over', () => {
    assert.ok(migration);
    const asKnowing = V1_MODEL.areas.flatMap((a) => a.questions).filter((q) => /^Weet u\b/.test(q.text['nl'] ?? ''));
    assert.deepEqual(
      asKnowing.map((q) => q.id),
      ['A1', 'A2', 'A6', 'E8'],
    );
    for (const q of asKnowing) {
      const entry = migration.questions.find((m) => m.from === q.id);
      assert.ok(entry?.change === 'replaced' || entry?.reanswer?.includes('dont-know'), q.id);
    }
  });
});

describe('openSession: a session file saved by release 0.1', () => {
  it('opens, migrated to 2.0, and scores without errors', async () => {
    const { session, report } = opened();
    assert.deepEqual(session.model, { id: 'actie-default', version: '2.0' });
    assert.deepEqual([report.from, report.to], ['1.0', '2.0']);
    assert.equal(session.createdAt, V1_SESSION.createdAt);
    const result = await score(initiativeModel, valueOf(openSession(initiativeModel, V1_SESSION_TEXT)).input);
    assert.deepEqual(result.errors, []);
  });

  it('keeps every answer whose question still asks the same, under its new id', () => {
    const { session, report } = opened();
    const moved = { T4: 'T5', T7: 'T8', I3: 'I6', I4: 'I7', I5: 'I9', I7: 'I12', I8: 'I13', E6: 'E7' } as const;
    for (const [from, to] of Object.entries(moved)) {
      assert.equal(session.answers[to], V1_SESSION.answers[from], `${from} → ${to}`);
    }
    for (const id of [
      'A3',
      'A4',
      'A7',
      'A8',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
      'C7',
      'T1',
      'T2',
      'T3',
      'I1',
      'E1',
      'E2',
      'E3',
      'E4',
    ]) {
      assert.equal(session.answers[id], V1_SESSION.answers[id], id);
    }
    assert.equal(report.carried.length, 27);
    assert.ok(report.carried.some((c) => c.from === 'T7' && c.to === 'T8'));
  });

  it('lists split and changed questions as needing a new answer, with the old answer in their note', () => {
    const { session, report } = opened();
    const needs = report.reanswer.map((r) => r.question).sort();
    assert.deepEqual(needs, ['A1', 'A2', 'A5', 'A6', 'E5', 'E6', 'E8', 'I10', 'I11', 'I4', 'I5', 'I8', 'T6', 'T7'].sort());
    for (const id of needs) assert.equal(session.answers[id], undefined, `${id} waits for a new answer`);
    // T5 ("help asked for, and leave the rest") became T6 and T7; both keep the old answer and note.
    for (const id of ['T6', 'T7']) {
      assert.equal(
        session.notes[id],
        'Eerder antwoord op vraag T5 van versie 1.0 “Geeft u de hulp waarom gevraagd wordt, en laat u de rest van het werk bij de bewoners?”: deels. ' +
          'Notitie: We regelen nu ook de inkoop van de zaden.',
      );
    }
    // T6 and E7 merged into I8: both earlier answers and notes are in its note.
    assert.match(session.notes['I8'] ?? '', /vraag T6 van versie 1\.0 .*: nee\. Notitie: Het aanvraagformulier voor 500 euro/);
    assert.match(session.notes['I8'] ?? '', /vraag E7 van versie 1\.0 .*: ja\. Notitie: Bonnetjes van elke aankoop/);
    assert.deepEqual(
      report.reanswer.find((r) => r.question === 'I8')?.earlier.map((e) => [e.question, e.answer]),
      [
        ['T6', 'no'],
        ['E7', 'yes'],
      ],
    );
    // A1 asked whether *you* know what drives them: its "don't know" waits for a new answer.
    assert.match(
      session.notes['A1'] ?? '',
      /^Eerder antwoord op vraag A1 .*: weet ik niet\. Notitie: Nog niet echt naar gevraagd\.$/,
    );
  });

  it('drops nothing silently: every old answer is carried, waiting in a note, or listed as removed', () => {
    const { session, report } = opened();
    const accounted = new Set([
      ...report.carried.map((c) => c.from),
      ...report.reanswer.flatMap((r) => r.earlier.map((e) => e.question)),
      ...report.removed.map((r) => r.question),
    ]);
    for (const id of Object.keys(V1_SESSION.answers)) assert.ok(accounted.has(id), id);
    const allNotes = Object.values(session.notes).join('\n');
    for (const [id, note] of Object.entries(V1_SESSION.notes)) assert.ok(allNotes.includes(note), `note of ${id}`);
    assert.deepEqual(report.removed, []);
    assert.deepEqual(report.removedIntake, []);
    assert.deepEqual(session.intake, V1_SESSION.intake);
  });

  it('carries the plan: links follow the condition map, agreements and their texts stay', () => {
    const { session, report } = opened();
    const plan = session.plan?.agreements ?? [];
    assert.deepEqual(
      plan.map((a) => [a.id, a.condition]),
      [
        ['a-T6', 'I8'],
        ['a-I2', 'I4'],
        ['a-toerusting-support-fits', 'toerusting-support-fits'],
        ['a-eigen', undefined],
      ],
    );
    assert.deepEqual(
      plan.map((a) => [a.what, a.who, a.when, a.status]),
      (V1_SESSION.plan?.agreements ?? []).map((a) => [a.what, a.who, a.when, a.status]),
    );
    assert.deepEqual(report.agreements, [
      { agreement: 'a-T6', from: 'T6', to: 'I8' },
      { agreement: 'a-I2', from: 'I2', to: 'I4' },
    ]);
  });

  it('the saved value in local storage (the store wrapper) opens the same way', () => {
    const [key, raw] = Object.entries(STORED)[0] ?? [];
    assert.equal(key, 'actie:/examples/gemeente/');
    const wrapper = JSON.parse(raw ?? '{}') as { format: string; session: unknown; ui: { step: string } };
    assert.equal(wrapper.format, 'actie-store');
    const value = valueOf(openSession(initiativeModel, wrapper.session));
    assert.deepEqual(value.session.answers, opened().session.answers);
    assert.ok(value.migration);
  });

  it('writes the notes in English when asked', () => {
    const session = valueOf(migrateSession(initiativeModel, V1_SESSION, { lang: 'en' })).session;
    assert.match(
      session.notes['T6'] ?? '',
      /^Earlier answer to question T5 of version 1\.0 “Do you give the help that is asked for/,
    );
    assert.match(session.notes['T6'] ?? '', /: partly\. Note: We regelen/);
  });
});

describe('migrateSession: edge cases', () => {
  it('leaves a session of the current version, or of another model, unchanged and without a report', () => {
    const current = createSession(initiativeModel, { answers: { A1: 'yes' } });
    assert.deepEqual(valueOf(migrateSession(initiativeModel, current)), { session: current });
    const other = { ...V1_SESSION, model: { id: 'other', version: '1.0' } };
    assert.deepEqual(valueOf(migrateSession(initiativeModel, other)), { session: other });
  });

  it('a newer major version, or one without a migration, is a model-mismatch that says what to do', () => {
    const newer = errorsOf(migrateSession(initiativeModel, { ...V1_SESSION, model: { id: 'actie-default', version: '3.0' } }));
    assert.deepEqual(
      newer.map((e) => [e.path, e.code]),
      [['/model/version', 'model-mismatch']],
    );
    assert.match(newer[0]?.message ?? '', /newer than this one \(2\.0\)\. Update ACTIE/);
    const ancient = errorsOf(migrateSession(initiativeModel, { ...V1_SESSION, model: { id: 'actie-default', version: '0.3' } }));
    assert.match(ancient[0]?.message ?? '', /no way to carry answers of version 0 over/);
  });

  it('answers to questions the mapping does not know, and intake values that no longer fit, are listed', () => {
    const odd = {
      ...V1_SESSION,
      answers: { ...V1_SESSION.answers, Z9: 'yes' },
      intake: { ...V1_SESSION.intake, phase: 'someday' },
    };
    const { session, report } = valueOf(migrateSession(initiativeModel, odd as SessionFile));
    assert.deepEqual(report?.removed, [{ question: 'Z9', text: {}, answer: 'yes' }]);
    assert.deepEqual(report?.removedIntake, [{ question: 'phase', value: 'someday' }]);
    assert.equal(session.intake['phase'], undefined);
  });

  it('a merged note longer than the note limit is shortened and reported; the full text stays in the report', () => {
    const long = 'x'.repeat(1500);
    const session = { ...V1_SESSION, notes: { ...V1_SESSION.notes, T6: long, E7: long } };
    const { session: migrated, report } = valueOf(migrateSession(initiativeModel, session));
    assert.equal(migrated.notes['I8']?.length, 2000);
    assert.ok(migrated.notes['I8']?.endsWith('…'));
    assert.deepEqual(report?.shortenedNotes, ['I8']);
    assert.equal(report?.reanswer.find((r) => r.question === 'I8')?.earlier[1]?.note, long);
  });
});

describe('openPlan: plan files of release 0.1 and later', () => {
  it('a format-1 plan file (0.1) is carried over from model 1', () => {
    const value = valueOf(openPlan(initiativeModel, V1_PLAN_TEXT));
    assert.deepEqual(
      value.plan.agreements.map((a) => a.condition),
      ['I8', 'I4', 'toerusting-support-fits', undefined],
    );
    assert.deepEqual(
      value.migration?.agreements.map((a) => a.to),
      ['I8', 'I4'],
    );
  });

  it('a plan written now records the model and opens unchanged, also after another minor version', () => {
    const plan = valueOf(openPlan(initiativeModel, V1_PLAN_TEXT)).plan;
    const text = serializePlan(plan, { model: initiativeModel });
    assert.deepEqual((JSON.parse(text) as { model: unknown }).model, { id: 'actie-default', version: '2.0' });
    assert.ok(text.indexOf('"model"') < text.indexOf('"agreements"'), 'the model comes before the agreements');
    assert.deepEqual(valueOf(openPlan(initiativeModel, text)), { plan });
  });

  it('a session file of 0.1 holding a plan is carried over by its own model version', () => {
    const value = valueOf(openPlan(initiativeModel, V1_SESSION_TEXT));
    assert.deepEqual(
      value.plan.agreements.map((a) => a.condition),
      ['I8', 'I4', 'toerusting-support-fits', undefined],
    );
  });

  it('a bare { agreements } is taken as it is', () => {
    const bare = JSON.stringify({ agreements: [{ id: 'a', condition: 'T6', what: 'x', who: '', status: 'open' }] });
    assert.deepEqual(valueOf(openPlan(initiativeModel, bare)).plan.agreements[0]?.condition, 'T6');
  });
});

describe('aggregate: a mix of old and new session files', () => {
  it('combines both, and says which were carried over', async () => {
    const example = readFileSync(new URL('../../../examples/team/sessions/wijkprofessional.json', import.meta.url), 'utf8');
    const team = await aggregate(initiativeModel, [
      { source: 'oud.json', data: V1_SESSION_TEXT },
      { source: 'nieuw.json', data: example },
    ]);
    assert.equal(team.participants, 2);
    assert.deepEqual(team.rejected, []);
    assert.deepEqual(
      team.migrated.map((m) => [m.source, m.from]),
      [['oud.json', '1.0']],
    );
    // The old session's T7 ("practical problems", now T8) counts under T8.
    const t8 = team.questions.find((q) => q.question === 'T8');
    assert.equal(t8?.counts.yes, 2);
  });
});

describe('validateModel: migrations', () => {
  const source = JSON.parse(JSON.stringify(valueOf(validateModel(initiativeModel)))) as Record<string, unknown>;

  it('rejects a migration from the same or a newer major version, and a target that is not a question', () => {
    const same = errorsOf(validateModel(setAt(source, '/migrations/0/from', '2')));
    assert.equal(same[0]?.path, '/migrations/0/from');
    const target = errorsOf(validateModel(setAt(source, '/migrations/0/questions/3/to', ['A99'])));
    assert.deepEqual(
      target.map((e) => [e.path, e.code]),
      [['/migrations/0/questions/3/to/0', 'unknown-reference']],
    );
  });

  it('needs the old text when the old answer does not carry over, and two or more targets for a split', () => {
    const noText = errorsOf(validateModel(setAt(source, '/migrations/0/questions/1/text', undefined)));
    assert.equal(noText[0]?.path, '/migrations/0/questions/1/text');
    const split = migration?.questions.findIndex((q) => q.change === 'split') ?? -1;
    const one = errorsOf(validateModel(setAt(source, `/migrations/0/questions/${split}/to`, ['T6'])));
    assert.match(one[0]?.message ?? '', /"split" question has 2 or more question ids/);
  });

  it('a condition link must point at a condition of this model', () => {
    const errors = errorsOf(validateModel(setAt(source, '/migrations/0/conditions/0/to', 'nowhere')));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['/migrations/0/conditions/0/to', 'unknown-reference']],
    );
  });
});
