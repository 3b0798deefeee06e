/**
 * What people saved with older releases opens with today's models:
 *
 * - release 0.1 (default model 1.0), through the composed mapping from version 1;
 * - release 0.2 (default model 2.0, initiators' set 1.0), through the mapping from version 2.
 *
 * Answers to questions that still ask the same are kept; a split, changed or replaced question's
 * old answer is kept in its note and the question is listed as needing a new answer; plan links
 * follow the condition map; nothing is dropped silently. Every expectation below is worked out
 * from the mapping in models/initiative.yaml (`migrations`), not from the output. The fixtures in
 * fixtures/release-0.1 and fixtures/release-0.2 were saved through the real elements of those
 * releases.
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
import { initiatorModel } from '../dist/model/builtin/initiator.js';
import { errorsOf, setAt, valueOf } from './helpers.js';

const fixture = (release: string, name: string): string =>
  readFileSync(new URL(`./fixtures/release-${release}/${name}`, import.meta.url), 'utf8');
const V1_MODEL = JSON.parse(fixture('0.1', 'model-1.0.json')) as ActieModel;
const V1_SESSION_TEXT = fixture('0.1', 'session.json');
const V1_SESSION = valueOf(parseSession(V1_SESSION_TEXT));
const V1_PLAN_TEXT = fixture('0.1', 'plan.json');
const STORED = JSON.parse(fixture('0.1', 'local-storage.json')) as Record<string, string>;
const V2_MODEL = JSON.parse(fixture('0.2', 'model-initiative-2.0.json')) as ActieModel;
const V2_SESSION_TEXT = fixture('0.2', 'initiative-session.json');
const V2_SESSION = valueOf(parseSession(V2_SESSION_TEXT));
const V2_PLAN_TEXT = fixture('0.2', 'initiative-plan.json');
const V2_STORED = JSON.parse(fixture('0.2', 'initiative-local-storage.json')) as Record<string, string>;
const INITIATOR_V1_SESSION_TEXT = fixture('0.2', 'initiator-session.json');
const INITIATOR_V1_MODEL = JSON.parse(fixture('0.2', 'model-initiator-1.0.json')) as ActieModel;

const from1 = initiativeModel.migrations.find((m) => m.from === '1');
const from2 = initiativeModel.migrations.find((m) => m.from === '2');

function opened(text: string): { session: SessionFile; report: MigrationReport } {
  const value = valueOf(openSession(initiativeModel, text));
  assert.ok(value.migration, 'an older session is migrated');
  return { session: value.session, report: value.migration };
}

/** Every old question and condition is accounted for, and old texts are quoted exactly. */
function checkMapping(migration: (typeof initiativeModel.migrations)[number] | undefined, old: ActieModel): void {
  assert.ok(migration);
  assert.deepEqual(
    migration.questions.map((q) => q.from),
    old.areas.flatMap((a) => a.questions.map((q) => q.id)),
    'every old question, in the old order',
  );
  assert.deepEqual(migration.conditions.map((c) => c.from).sort(), old.conditions.map((c) => c.id).sort(), 'every old condition');
  const oldText = new Map(old.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text])));
  for (const q of migration.questions) {
    if (q.text) assert.deepEqual(q.text, oldText.get(q.from), `${q.from}: the old text, exactly`);
    if (q.change !== 'kept' && q.change !== 'moved') assert.ok(q.text, `${q.from} needs its old text`);
  }
}

describe('the declared mappings to model 3', () => {
  it('from version 2: every question and condition of 2.0 accounted for, old texts exact', () => {
    assert.equal(V2_MODEL.version, '2.0');
    checkMapping(from2, V2_MODEL);
  });

  it('from version 1: every question and condition of 1.0 accounted for, old texts exact', () => {
    assert.equal(V1_MODEL.version, '1.0');
    checkMapping(from1, V1_MODEL);
  });

  it('from version 2, every question of 3.0 is reached but the ones that ask something new', () => {
    const reached = new Set(from2?.questions.flatMap((q) => q.to));
    const current = initiativeModel.areas.flatMap((a) => a.questions.map((q) => q.id));
    assert.deepEqual(
      current.filter((id) => !reached.has(id)),
      [],
      'each 3.0 question takes over a 2.0 one (kept, split from or replacing it)',
    );
  });

  it('a question whose meaning changed never carries its old answer: the leading and hearsay questions of 2.0 are replaced', () => {
    const replaced = (id: string): string | undefined => from2?.questions.find((q) => q.from === id)?.change;
    // "echt zin" (A4), "eerlijk"-free E6 kept; hearsay ("zelf tevreden", E1) and self-ratings (E4, E7, E10) replaced.
    for (const id of ['A4', 'E1', 'E4', 'E7', 'E10']) assert.equal(replaced(id), 'replaced', id);
    // The three-in-one question of 2.0 (money, space and materials) is split.
    assert.deepEqual(from2?.questions.find((q) => q.from === 'T1')?.to, ['T9', 'T10']);
  });

  it('the questions of 1.0 that asked whether the user knows something never carry a "don\'t know" over', () => {
    const asKnowing = V1_MODEL.areas.flatMap((a) => a.questions).filter((q) => /^Weet u\b/.test(q.text['nl'] ?? ''));
    assert.deepEqual(
      asKnowing.map((q) => q.id),
      ['A1', 'A2', 'A6', 'E8'],
    );
    for (const q of asKnowing) {
      const entry = from1?.questions.find((m) => m.from === q.id);
      assert.ok(entry?.change === 'replaced' || entry?.reanswer?.includes('dont-know'), q.id);
    }
  });
});

describe('openSession: a session file saved by release 0.2 (model 2.0)', () => {
  it('opens, migrated to 3.0, keeps its intake, and scores without errors', async () => {
    const { session, report } = opened(V2_SESSION_TEXT);
    assert.deepEqual(session.model, { id: 'actie-default', version: '3.0' });
    assert.deepEqual([report.from, report.to], ['2.0', '3.0']);
    assert.deepEqual(session.intake, V2_SESSION.intake, 'every 2.0 intake answer still fits');
    const result = await score(initiativeModel, valueOf(openSession(initiativeModel, V2_SESSION_TEXT)).input);
    assert.deepEqual(result.errors, []);
    // A playground on municipal land led by residents: the owner's duties come up at once.
    assert.equal(result.actionPoints[0]?.id, 'attention/owner-duties');
  });

  it('names the intake questions to answer now, and an intake answer that no longer exists', () => {
    const { report } = opened(V2_SESSION_TEXT);
    // New in 3.0: the goal, whether vulnerable people take part, what they ask for and when.
    assert.deepEqual(report.openIntake, ['goal', 'vulnerable', 'request', 'moments']);
    assert.deepEqual(report.removedIntake, []);
    const initiator = JSON.stringify({ ...V2_SESSION, intake: { ...V2_SESSION.intake, respondent: 'initiator' } });
    const withInitiator = opened(initiator).report;
    assert.deepEqual(withInitiator.removedIntake, [{ question: 'respondent', value: 'initiator' }]);
    assert.ok(withInitiator.openIntake.includes('respondent'), 'and it is to be answered again');
  });

  it('a 2.0 "no" to A5 (goals discussed) is asked again: in 3.0 having no goals of its own is a "yes"', () => {
    const no = JSON.stringify({ ...V2_SESSION, answers: { ...V2_SESSION.answers, A5: 'no' } });
    const { session, report } = opened(no);
    assert.equal(session.answers['A5'], undefined);
    assert.ok(report.reanswer.some((r) => r.question === 'A5'));
    assert.match(
      session.notes['A5'] ?? '',
      /^Eerder antwoord \(versie 2\.0\) op “Heeft uw organisatie haar eigen doelen .*”: nee\./,
    );
    // A "yes" still stands.
    assert.equal(opened(V2_SESSION_TEXT).session.answers['A5'], 'yes');
  });

  it('keeps every answer whose question still asks the same', () => {
    const { session, report } = opened(V2_SESSION_TEXT);
    const kept = ['A1', 'A3', 'A5', 'C2', 'C4', 'C5', 'T2', 'T3', 'I1', 'I2', 'I4', 'I8', 'I10', 'I11', 'I12', 'E5', 'E6', 'E9'];
    for (const id of kept) assert.equal(session.answers[id], V2_SESSION.answers[id], id);
    assert.deepEqual(report.carried.map((c) => c.to).sort(), [...kept].sort());
    // Their notes stay with them.
    assert.equal(session.notes['A1'], 'Ze willen vooral dat kinderen buiten spelen.');
    assert.equal(session.notes['T3'], 'Begroting maken lukt nog niet.');
  });

  it('lists replaced and split questions as needing a new answer, with the old answer and note in their note', () => {
    const { session, report } = opened(V2_SESSION_TEXT);
    const needs = report.reanswer.map((r) => r.question).sort();
    assert.deepEqual(
      needs,
      [
        'A9',
        'A10',
        'A11',
        'A12',
        'C8',
        'C9',
        'C10',
        'T9',
        'T10',
        'T11',
        'T12',
        'T13',
        'T14',
        'T15',
        'T7',
        'I14',
        'I15',
        'I16',
        'I17',
        'E11',
        'E12',
        'E13',
        'E14',
        'E15',
        'E16',
        'E2',
      ].sort(),
    );
    for (const id of needs) assert.equal(session.answers[id], undefined, `${id} waits for a new answer`);
    // I7 ("may rules be departed from") became I16 ("who decides when a rule is in the way"): its
    // answer and its note wait there.
    assert.match(
      session.notes['I16'] ?? '',
      /versie 2\.0\) op “Mag er van regels of beleid worden afgeweken .*”: deels\. Notitie: Mag dat bij de APV\?/,
    );
    // T1 (money, space and materials) split into money (T9) and space and materials (T10): both get it.
    for (const id of ['T9', 'T10']) assert.match(session.notes[id] ?? '', /versie 2\.0\) op “.*”: deels\./, id);
  });

  it('lists the answers to questions that are gone, and drops nothing silently', () => {
    const { session, report } = opened(V2_SESSION_TEXT);
    assert.deepEqual(
      report.removed.map((r) => [r.question, r.answer]),
      [
        ['A7', 'no'],
        ['C1', 'partly'],
        ['T5', 'yes'],
        ['I3', 'yes'],
        ['I13', 'yes'],
      ],
    );
    const accounted = new Set([
      ...report.carried.map((c) => c.from),
      ...report.reanswer.flatMap((r) => r.earlier.map((e) => e.question)),
      ...report.removed.map((r) => r.question),
    ]);
    for (const id of Object.keys(V2_SESSION.answers)) assert.ok(accounted.has(id), id);
    const allNotes = Object.values(session.notes).join('\n');
    for (const [id, note] of Object.entries(V2_SESSION.notes)) assert.ok(allNotes.includes(note), `note of ${id}`);
  });

  it('carries the plan: links follow the condition map, links to removed points go, the agreements stay', () => {
    const plan = valueOf(openPlan(initiativeModel, V2_PLAN_TEXT));
    const old = JSON.parse(V2_PLAN_TEXT) as { agreements: { id: string; what: string }[] };
    assert.deepEqual(
      plan.plan.agreements.map((a) => [a.id, a.condition]),
      [
        ['a-animo-motive-fits', 'animo-motive-fits'],
        ['a-A3', 'A3'],
        ['a-A6', 'A11'],
        ['a-A7', undefined],
        ['a-A8', 'A12'],
        ['a-C1', undefined],
        ['a-C2', 'C2'],
        ['a-C6', 'C9'],
        ['a-C7', 'C10'],
        ['a-T1', 'T9'],
        ['a-T2', 'T2'],
        ['a-toerusting-support-fits', 'T14'],
        ['a-T7', 'T7'],
        ['a-T8', 'T12'],
        ['a-I1', 'I1'],
        ['a-I5', 'I14'],
        ['a-I7', 'I16'],
        ['a-I12', 'I12'],
        ['a-E1', 'E11'],
        ['a-E2', 'E2'],
        ['a-empathie-clear-and-timely', 'empathie-clear-and-timely'],
        ['a-E8', 'E15'],
        ['a-E9', 'E9'],
      ],
    );
    assert.deepEqual(
      plan.plan.agreements.map((a) => a.what),
      old.agreements.map((a) => a.what),
      'every agreement and its text stays',
    );
  });

  it('the saved value in local storage (the store wrapper) opens the same way', () => {
    const [key, raw] = Object.entries(V2_STORED)[0] ?? [];
    assert.equal(key, 'actie:/examples/gemeente/');
    const wrapper = JSON.parse(raw ?? '{}') as { format: string; session: unknown };
    assert.equal(wrapper.format, 'actie-store');
    const value = valueOf(openSession(initiativeModel, wrapper.session));
    assert.deepEqual(value.session.answers, opened(V2_SESSION_TEXT).session.answers);
  });
});

describe('openSession: the initiators’ answers saved by release 0.2 (their questions 1.0)', () => {
  it('open with their questions 2.0: kept answers carry, money-space-equipment is split, the rest is new', () => {
    assert.equal(INITIATOR_V1_MODEL.version, '1.0');
    checkMapping(
      initiatorModel.migrations.find((m) => m.from === '1'),
      INITIATOR_V1_MODEL,
    );
    const value = valueOf(openSession(initiatorModel, INITIATOR_V1_SESSION_TEXT));
    assert.deepEqual(value.session.model, { id: 'actie-initiator', version: '2.0' });
    const report = value.migration;
    assert.ok(report);
    // IC2 replaced, IT1 split into IT4 and IT5, and the fixture's IT3 "partly" (see below).
    assert.deepEqual(report.reanswer.map((r) => r.question).sort(), ['IC2', 'IT3', 'IT4', 'IT5']);
    assert.match(value.session.notes['IT4'] ?? '', /We hebben nog geen gereedschap\./);
    assert.equal(value.session.answers['IA1'], 'yes');
    assert.equal(value.session.answers['IE3'], 'no');
  });

  // 1.0's IT3 asked for the help asked for "niet meer en niet minder": a "nee" or "deels" may have
  // meant too much help, which 2.0 asks apart (IT6). So those are asked again; "ja" still holds.
  const withIT3 = (answer: string): string => {
    const file = JSON.parse(INITIATOR_V1_SESSION_TEXT) as { answers: Record<string, string> };
    file.answers['IT3'] = answer;
    return JSON.stringify(file);
  };

  it('an old IT3 "nee" or "deels" is asked again, with the old question and answer in its note', () => {
    for (const [answer, label] of [
      ['no', 'nee'],
      ['partly', 'deels'],
    ] as const) {
      const value = valueOf(openSession(initiatorModel, withIT3(answer)));
      assert.equal(value.session.answers['IT3'], undefined, `${answer}: IT3 has no answer until it is answered again`);
      const entry = value.migration?.reanswer.find((r) => r.question === 'IT3');
      assert.deepEqual(
        entry?.earlier.map((e) => [e.question, e.answer]),
        [['IT3', answer]],
      );
      const note = value.session.notes['IT3'] ?? '';
      assert.match(note, /niet meer en niet minder/, 'the old question is quoted');
      assert.match(note, new RegExp(`: ${label}\\.`, 'i'), 'the old answer is in the note');
    }
  });

  it('an old IT3 "ja" or "weet ik niet" carries over as it was', () => {
    for (const answer of ['yes', 'dont-know']) {
      const value = valueOf(openSession(initiatorModel, withIT3(answer)));
      assert.equal(value.session.answers['IT3'], answer);
      assert.ok(!value.migration?.reanswer.some((r) => r.question === 'IT3'), answer);
      assert.ok(
        value.migration?.carried.some((c) => c.from === 'IT3' && c.to === 'IT3'),
        answer,
      );
    }
  });

  it('the new questions on the formal side (IT7 permit, IT8 insurance) are simply new: unanswered, not re-asked, no note', () => {
    const value = valueOf(openSession(initiatorModel, INITIATOR_V1_SESSION_TEXT));
    for (const id of ['IT7', 'IT8']) {
      assert.equal(value.session.answers[id], undefined, id);
      assert.equal(value.session.notes[id], undefined, id);
      assert.ok(!value.migration?.reanswer.some((r) => r.question === id), id);
    }
  });
});

describe('openSession: a session file saved by release 0.1 (model 1.0)', () => {
  it('opens, migrated straight to 3.0, and scores without errors', async () => {
    const { session, report } = opened(V1_SESSION_TEXT);
    assert.deepEqual(session.model, { id: 'actie-default', version: '3.0' });
    assert.deepEqual([report.from, report.to], ['1.0', '3.0']);
    assert.equal(session.createdAt, V1_SESSION.createdAt);
    const result = await score(initiativeModel, valueOf(openSession(initiativeModel, V1_SESSION_TEXT)).input);
    assert.deepEqual(result.errors, []);
  });

  it('keeps every answer whose question still asks the same through both versions, under its id of today', () => {
    const { session, report } = opened(V1_SESSION_TEXT);
    // 1.0 I7 (support beyond this year) is 2.0 I12 and 3.0 I12; the rest kept their ids. E2 is
    // not among them: 3.0 asks about the last conversation, not a habit.
    assert.equal(session.answers['I12'], V1_SESSION.answers['I7']);
    for (const id of ['A3', 'C2', 'C4', 'C5', 'T2', 'T3', 'I1']) assert.equal(session.answers[id], V1_SESSION.answers[id], id);
    assert.equal(session.answers['E2'], undefined);
    assert.match(session.notes['E2'] ?? '', /versie 1\.0\) op “Vraagt u eerst naar de plannen van de initiatiefnemers/);
    assert.equal(report.carried.length, 8);
  });

  it('lists what needs a new answer, with the old answer and note kept, and what is gone', () => {
    const { session, report } = opened(V1_SESSION_TEXT);
    const needs = report.reanswer.map((r) => r.question);
    // 1.0 T5 ("help asked for, and leave the rest") became T14 (help still fits) and T7 (work they can do themselves).
    for (const id of ['T14', 'T7']) {
      assert.ok(needs.includes(id), id);
      assert.match(
        session.notes[id] ?? '',
        /versie 1\.0\) op “Geeft u de hulp waarom gevraagd wordt.*”: deels\. Notitie: We regelen nu ook de inkoop van de zaden\./,
        id,
      );
    }
    // 1.0 T6 and E7 (paperwork and checks) both became I8: both earlier answers and notes are in its note.
    assert.match(session.notes['I8'] ?? '', /versie 1\.0\) op “.*”: nee\. Notitie: Het aanvraagformulier voor 500 euro/);
    assert.match(session.notes['I8'] ?? '', /versie 1\.0\) op “.*”: ja\. Notitie: Bonnetjes van elke aankoop/);
    // A1 asked whether *you* know what drives them, not whether they told you: it waits for a new answer.
    assert.match(
      session.notes['A1'] ?? '',
      /^Eerder antwoord \(versie 1\.0\) op “.*”: weet ik niet\. Notitie: Nog niet echt naar gevraagd\.$/,
    );
    assert.deepEqual(
      report.removed.map((r) => r.question),
      ['A7', 'C1', 'T4', 'I8'],
    );
    const accounted = new Set([
      ...report.carried.map((c) => c.from),
      ...report.reanswer.flatMap((r) => r.earlier.map((e) => e.question)),
      ...report.removed.map((r) => r.question),
    ]);
    for (const id of Object.keys(V1_SESSION.answers)) assert.ok(accounted.has(id), id);
    const allNotes = Object.values(session.notes).join('\n');
    for (const [id, note] of Object.entries(V1_SESSION.notes)) assert.ok(allNotes.includes(note), `note of ${id}`);
  });

  it('carries the plan: links follow the composed condition map, agreements and their texts stay', () => {
    const { session, report } = opened(V1_SESSION_TEXT);
    const plan = session.plan?.agreements ?? [];
    assert.deepEqual(
      plan.map((a) => [a.id, a.condition]),
      [
        ['a-T6', 'I8'],
        ['a-I2', 'I4'],
        ['a-toerusting-support-fits', 'T14'],
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
      { agreement: 'a-toerusting-support-fits', from: 'toerusting-support-fits', to: 'T14' },
    ]);
  });

  it('the saved value in local storage (the store wrapper) opens the same way', () => {
    const [key, raw] = Object.entries(STORED)[0] ?? [];
    assert.equal(key, 'actie:/examples/gemeente/');
    const wrapper = JSON.parse(raw ?? '{}') as { format: string; session: unknown; ui: { step: string } };
    assert.equal(wrapper.format, 'actie-store');
    const value = valueOf(openSession(initiativeModel, wrapper.session));
    assert.deepEqual(value.session.answers, opened(V1_SESSION_TEXT).session.answers);
    assert.ok(value.migration);
  });

  it('writes the notes in English when asked', () => {
    const session = valueOf(migrateSession(initiativeModel, V1_SESSION, { lang: 'en' })).session;
    assert.match(session.notes['T14'] ?? '', /^Earlier answer \(version 1\.0\) to “Do you give the help that is asked for/);
    assert.match(session.notes['T14'] ?? '', /: partly\. Note: We regelen/);
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
    const newer = errorsOf(migrateSession(initiativeModel, { ...V1_SESSION, model: { id: 'actie-default', version: '4.0' } }));
    assert.deepEqual(
      newer.map((e) => [e.path, e.code]),
      [['/model/version', 'model-mismatch']],
    );
    assert.match(newer[0]?.message ?? '', /newer than this one \(3\.0\)\. Update ACTIE/);
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
    // After the questions 1.0 had that 3.0 no longer asks (A7, C1, T4, I8), the unknown one.
    assert.deepEqual(
      report?.removed.map((r) => r.question),
      ['A7', 'C1', 'T4', 'I8', 'Z9'],
    );
    assert.deepEqual(report?.removed.at(-1), { question: 'Z9', text: {}, answer: 'yes' });
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
      ['I8', 'I4', 'T14', undefined],
    );
    assert.deepEqual(
      value.migration?.agreements.map((a) => a.to),
      ['I8', 'I4', 'T14'],
    );
  });

  it('a plan written now records the model and opens unchanged, also after another minor version', () => {
    const plan = valueOf(openPlan(initiativeModel, V1_PLAN_TEXT)).plan;
    const text = serializePlan(plan, { model: initiativeModel });
    assert.deepEqual((JSON.parse(text) as { model: unknown }).model, { id: 'actie-default', version: '3.0' });
    assert.ok(text.indexOf('"model"') < text.indexOf('"agreements"'), 'the model comes before the agreements');
    assert.deepEqual(valueOf(openPlan(initiativeModel, text)), { plan });
  });

  it('a session file of 0.1 holding a plan is carried over by its own model version', () => {
    const value = valueOf(openPlan(initiativeModel, V1_SESSION_TEXT));
    assert.deepEqual(
      value.plan.agreements.map((a) => a.condition),
      ['I8', 'I4', 'T14', undefined],
    );
  });

  it('a bare { agreements } is taken as it is', () => {
    const bare = JSON.stringify({ agreements: [{ id: 'a', condition: 'T14', what: 'x', who: '', status: 'open' }] });
    assert.deepEqual(valueOf(openPlan(initiativeModel, bare)).plan.agreements[0]?.condition, 'T14');
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
    // The old session's C2 (organisations in the neighbourhood, kept through 2.0 and 3.0) counts with
    // today's C2: "partly" in the old file, "yes" in the example.
    const c2 = team.questions.find((q) => q.question === 'C2');
    assert.deepEqual([c2?.counts.partly, c2?.counts.yes], [1, 1]);
  });
});

describe('validateModel: migrations', () => {
  const source = JSON.parse(JSON.stringify(valueOf(validateModel(initiativeModel)))) as Record<string, unknown>;

  it('rejects a migration from the same or a newer major version, and a target that is not a question', () => {
    const same = errorsOf(validateModel(setAt(source, '/migrations/0/from', '3')));
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
    const split = from2?.questions.findIndex((q) => q.change === 'split') ?? -1;
    const one = errorsOf(validateModel(setAt(source, `/migrations/0/questions/${split}/to`, ['T9'])));
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
