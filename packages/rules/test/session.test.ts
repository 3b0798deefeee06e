import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ActionPlan, AssessmentInput, SessionFile } from '../dist/index.js';
import {
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  createSession,
  parseSession,
  score,
  serializeSession,
  sessionInput,
  validateModel,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { allKeys, errorAt, errorsOf, miniModel, setAt, valueOf } from './helpers.js';

const NOW = new Date('2026-11-30T10:00:00.000Z');

const INPUT: AssessmentInput = {
  intake: { phase: 'running', origin: 'residents', topic: 'Moestuin' },
  answers: { A1: 'yes', A3: 'partly', T7: 'yes', E5: 'dont-know' },
  notes: { A3: 'Alleen de trekkers.', T7: 'Verzekering is onduidelijk.' },
};

const PLAN: ActionPlan = {
  agreements: [
    { id: 'a-A3', condition: 'A3', what: 'Langs de deuren gaan', who: 'Sam', when: '2027-03-31', status: 'busy' },
    { id: 'a', what: 'Koffie drinken', who: '', status: 'open' },
  ],
};

function exampleSession(): SessionFile {
  return createSession(initiativeModel, INPUT, { now: NOW });
}

describe('session files: create, serialize, parse', () => {
  it('createSession records the model, the moment and a copy of the input', () => {
    const session = exampleSession();
    // Every new session gets a random id of 32 hex digits; a copy of the file keeps it.
    assert.match(session.id ?? '', /^[0-9a-f]{32}$/);
    assert.notEqual(exampleSession().id, session.id);
    assert.deepEqual(session, {
      format: 'actie-session',
      formatVersion: 3,
      id: session.id,
      model: { id: 'actie-default', version: '3.0' },
      createdAt: '2026-11-30T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
      intake: INPUT.intake,
      answers: INPUT.answers,
      notes: INPUT.notes,
    });
    assert.equal(SESSION_FORMAT, 'actie-session');
    assert.equal(SESSION_FORMAT_VERSION, 3);
    // A later save keeps the first moment and the id.
    const later = createSession(initiativeModel, INPUT, {
      now: new Date('2026-12-01T08:00:00Z'),
      createdAt: session.createdAt,
      id: session.id ?? '',
    });
    assert.equal(later.createdAt, '2026-11-30T10:00:00.000Z');
    assert.equal(later.updatedAt, '2026-12-01T08:00:00.000Z');
    assert.equal(later.id, session.id);
  });

  it('keeps reflections per area (empty ones left out), checks them against the model and round-trips them', () => {
    const session = createSession(initiativeModel, INPUT, {
      now: NOW,
      reflections: { animo: 'De buurt doet goed mee.', toerusting: '  ', empathie: 'Sneller antwoorden.' },
    });
    assert.deepEqual(session.reflections, { animo: 'De buurt doet goed mee.', empathie: 'Sneller antwoorden.' });
    assert.deepEqual(valueOf(parseSession(serializeSession(session))), session);
    assert.deepEqual(valueOf(sessionInput(initiativeModel, session)), INPUT);
    const wrongArea = { ...session, reflections: { nowhere: 'x' } };
    assert.deepEqual(
      errorsOf(sessionInput(initiativeModel, wrongArea)).map((e) => [e.path, e.code]),
      [['/reflections/nowhere', 'unknown-reference']],
    );
    const tooLong = { ...JSON.parse(serializeSession(session)), reflections: { animo: 'x'.repeat(2001) } } as unknown;
    assert.deepEqual(
      errorsOf(parseSession(tooLong)).map((e) => [e.path, e.code]),
      [['/reflections/animo', 'too-large']],
    );
    // Version 2 files have neither an id nor reflections, and still open.
    const v2 = { ...JSON.parse(serializeSession(session)), formatVersion: 2 } as Record<string, unknown>;
    delete v2['id'];
    delete v2['reflections'];
    const parsed = valueOf(parseSession(v2));
    assert.equal(parsed.id, undefined);
    assert.equal(parsed.formatVersion, 3);
    assert.deepEqual(
      errorsOf(parseSession({ ...v2, id: 'x' })).map((e) => [e.path, e.code]),
      [['/id', 'unknown-key']],
    );
  });

  it('round trip: parseSession(serializeSession(s)) is identical, also with a name and a plan', () => {
    const plain = exampleSession();
    const text = serializeSession(plain);
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.includes('\n  "format": "actie-session",\n'), 'two-space indent');
    assert.deepEqual(valueOf(parseSession(text)), plain);
    assert.equal(serializeSession(valueOf(parseSession(text))), text);

    const full = createSession(initiativeModel, INPUT, { now: NOW, participant: '  Fatima  ', plan: PLAN });
    assert.deepEqual(full.participant, { name: 'Fatima' });
    const parsed = valueOf(parseSession(serializeSession(full)));
    assert.deepEqual(parsed, full);
    assert.deepEqual(parsed.plan, PLAN);
    // Parsing an object works the same as parsing its text.
    assert.deepEqual(valueOf(parseSession(JSON.parse(serializeSession(full)) as unknown)), full);
  });

  it('a session without a participant has no name anywhere in its JSON', () => {
    for (const options of [{ now: NOW }, { now: NOW, participant: '' }, { now: NOW, participant: '   ' }]) {
      const text = serializeSession(createSession(initiativeModel, INPUT, options));
      const keys = allKeys(JSON.parse(text) as unknown);
      assert.ok(!keys.has('participant'), text);
      assert.ok(!keys.has('name'), text);
    }
    const named = serializeSession(createSession(initiativeModel, INPUT, { now: NOW, participant: 'Fatima' }));
    assert.ok(named.includes('"name": "Fatima"'));
  });

  it('the scored session gives the same result as the input it was made from', async () => {
    const input = valueOf(sessionInput(initiativeModel, valueOf(parseSession(serializeSession(exampleSession())))));
    assert.deepEqual(input, INPUT);
    assert.deepEqual(await score(initiativeModel, input), await score(initiativeModel, INPUT));
  });

  it('reads the example session file', () => {
    const text = readFileSync(new URL('../../../examples/sessions/wijkteam-noord.json', import.meta.url), 'utf8');
    const session = valueOf(parseSession(text));
    // Every one of the 44 questions of the initiative check 3.0 is answered (T15 too).
    assert.equal(Object.keys(session.answers).length, 44);
    assert.deepEqual(session.model, { id: 'actie-default', version: '3.0' });
    assert.equal(session.participant, undefined);
    assert.equal(session.notes['I8'], "Het aanvraagformulier voor 500 euro is twaalf pagina's.");
    valueOf(sessionInput(initiativeModel, session));
  });
});

describe('session files: format versions', () => {
  const V1 = {
    format: 'actie-session',
    formatVersion: 1,
    modelId: 'actie-default',
    modelVersion: '1.0',
    savedAt: '2026-03-01T12:00:00Z',
    intake: { phase: 'idea' },
    answers: {
      A1: { value: 'yes', note: 'Gesprek gehad.' },
      A3: { value: 'no' },
      C1: { value: 'dont-know', note: '' },
      C2: { value: null, note: 'Nog vragen.' },
    },
  };

  it('migrates a format-version-1 file: answers and notes split, savedAt as both dates', () => {
    const session = valueOf(parseSession(V1));
    assert.deepEqual(session, {
      format: 'actie-session',
      formatVersion: 3,
      model: { id: 'actie-default', version: '1.0' },
      createdAt: '2026-03-01T12:00:00Z',
      updatedAt: '2026-03-01T12:00:00Z',
      intake: { phase: 'idea' },
      answers: { A1: 'yes', A3: 'no', C1: 'dont-know' },
      notes: { A1: 'Gesprek gehad.', C2: 'Nog vragen.' },
    });
    // Saved again, it is a version 3 file.
    const again = JSON.parse(serializeSession(session)) as Record<string, unknown>;
    assert.equal(again['formatVersion'], 3);
    assert.deepEqual(valueOf(parseSession(again)), session);
  });

  it('reports mistakes in a version 1 file at their path', () => {
    const errors = errorsOf(parseSession(setAt(V1, '/answers/A1/value', 3)));
    assert.equal(errorAt(errors, '/answers/A1/value').code, 'type');
    assert.equal(errorAt(errorsOf(parseSession(setAt(V1, '/answers/A3', 'no'))), '/answers/A3').code, 'type');
    assert.equal(errorAt(errorsOf(parseSession(setAt(V1, '/savedAt', 'yesterday'))), '/savedAt').code, 'invalid-value');
  });

  it('refuses a newer format version (4) with "unsupported-version"', () => {
    const newer = { ...JSON.parse(serializeSession(exampleSession())), formatVersion: 4 } as unknown;
    const errors = errorsOf(parseSession(newer));
    const error = errorAt(errors, '/formatVersion');
    assert.equal(error.code, 'unsupported-version');
    assert.match(error.message, /format version 4, made by a newer ACTIE/);
    assert.match(error.message, /Update ACTIE/);
    assert.equal(
      errorAt(errorsOf(parseSession({ format: 'actie-session', formatVersion: '2' })), '/formatVersion').code,
      'unsupported-version',
    );
    assert.equal(errorAt(errorsOf(parseSession({ format: 'actie-session' })), '/formatVersion').code, 'unsupported-version');
  });

  it('refuses a file that is not a session file', () => {
    const other = errorAt(errorsOf(parseSession({ format: 'something-else', formatVersion: 2 })), '/format');
    assert.equal(other.code, 'not-actie-file');
    assert.match(
      other.message,
      /This is not an ACTIE session file: "format" should be "actie-session", but it is "something-else"\./,
    );
    // A plain answers file is not a session file either.
    assert.equal(errorAt(errorsOf(parseSession({ answers: { A1: 'yes' } })), '/format').code, 'not-actie-file');
    assert.deepEqual(
      errorsOf(parseSession('[1, 2')).map((e) => e.code),
      ['invalid-json'],
    );
    assert.deepEqual(
      errorsOf(parseSession(null)).map((e) => [e.path, e.code]),
      [['', 'type']],
    );
  });

  it('reports structural mistakes in a version 2 file', () => {
    const base = JSON.parse(serializeSession(createSession(initiativeModel, INPUT, { now: NOW, plan: PLAN }))) as Record<
      string,
      unknown
    >;
    const check = (pointer: string, value: unknown, at: string, code: string): void => {
      assert.equal(errorAt(errorsOf(parseSession(setAt(base, pointer, value))), at).code, code, pointer);
    };
    check('/createdAt', 'not a date', '/createdAt', 'invalid-value');
    check('/model', 'actie-default', '/model', 'type');
    check('/answers/A1', 7, '/answers/A1', 'type');
    check('/extra', true, '/extra', 'unknown-key');
    check('/participant', { name: '' }, '/participant/name', 'invalid-value');
    check('/plan/agreements/0/when', '2027-02-30', '/plan/agreements/0/when', 'invalid-value');
    check('/plan/agreements/0/status', 'later', '/plan/agreements/0/status', 'invalid-value');
    check('/plan/agreements/1/id', 'a-A3', '/plan/agreements/1/id', 'duplicate-id');
    check('/plan/agreements/0/condition', 'not an id', '/plan/agreements/0/condition', 'invalid-value');
  });

  it('reads JSON text with a byte order mark; an empty slot in the plan is an error at its path', () => {
    const text = serializeSession(createSession(initiativeModel, INPUT, { now: NOW, plan: PLAN }));
    assert.deepEqual(valueOf(parseSession('\uFEFF' + text)), valueOf(parseSession(text)));
    const holey = JSON.parse(text) as { plan: { agreements: unknown[] } };
    holey.plan.agreements.length += 1;
    assert.deepEqual(
      errorsOf(parseSession(holey)).map((e) => [e.path, e.code]),
      [[`/plan/agreements/${PLAN.agreements.length}`, 'required']],
    );
  });
});

describe('sessionInput: the session against a model', () => {
  it('a value that is not a session file gives errors with paths, not an exception', () => {
    const notSessions: unknown[] = [
      null,
      undefined,
      'text',
      42,
      [],
      {},
      { ...exampleSession(), model: 5 },
      { ...exampleSession(), model: { id: 7 } },
    ];
    for (const value of notSessions) {
      const errors = errorsOf(sessionInput(initiativeModel, value as SessionFile));
      assert.ok(errors.length > 0, `errors for ${JSON.stringify(value)}`);
      for (const e of errors) {
        assert.equal(typeof e.path, 'string');
        assert.ok(e.message.length > 10, e.message);
      }
    }
    assert.deepEqual(
      errorsOf(sessionInput(initiativeModel, { ...exampleSession(), model: 5 } as unknown as SessionFile)).map((e) => e.path),
      ['/model'],
    );
  });

  it('another model id is a "model-mismatch" and is not scored', () => {
    const session = { ...exampleSession(), model: { id: 'other-model', version: '1.0' } };
    const errors = errorsOf(sessionInput(initiativeModel, session));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['/model/id', 'model-mismatch']],
    );
    assert.equal(
      errors[0]?.message,
      'This session is for model "other-model", not for the ACTIE check of one initiative ("actie-default"); sessions of different question sets cannot be combined or scored together.',
    );
  });

  it('another major version is a "model-mismatch" (openSession carries older ones over); another minor version is fine', () => {
    const major = errorsOf(
      sessionInput(initiativeModel, { ...exampleSession(), model: { id: 'actie-default', version: '4.0' } }),
    );
    assert.deepEqual(
      major.map((e) => [e.path, e.code]),
      [['/model/version', 'model-mismatch']],
    );
    assert.match(major[0]?.message ?? '', /version 4\.0 of the model; the current version 3\.0/);

    const minor = valueOf(sessionInput(initiativeModel, { ...exampleSession(), model: { id: 'actie-default', version: '3.7' } }));
    assert.deepEqual(minor.answers, INPUT.answers);
  });

  it('works with a custom model', () => {
    const mini = valueOf(validateModel(miniModel()));
    const session = createSession(mini, { answers: { Q1: 'yes' } }, { now: NOW });
    assert.deepEqual(session.model, { id: 'mini', version: '2.1' });
    assert.deepEqual(valueOf(sessionInput(mini, session)), { answers: { Q1: 'yes' } });
    assert.deepEqual(
      errorsOf(sessionInput(initiativeModel, session)).map((e) => e.code),
      ['model-mismatch'],
    );
  });

  it('answers that no longer fit the model are reported with their path', () => {
    const session = valueOf(
      parseSession({ ...JSON.parse(serializeSession(exampleSession())), answers: { A1: 'yes', A99: 'no', A9: 'maybe' } }),
    );
    const errors = errorsOf(sessionInput(initiativeModel, session));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [
        ['/answers/A99', 'unknown-reference'],
        ['/answers/A9', 'invalid-value'],
      ],
    );
  });
});
