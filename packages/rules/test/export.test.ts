import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { initiativeModel } from '../src/model/builtin/initiative.ts';
import type { ActionPlan, Agreement } from '../src/plan/types.ts';
import { isOverdue } from '../src/exports/table.ts';
import { planToCsv } from '../src/exports/csv.ts';
import { planToICalendar } from '../src/exports/icalendar.ts';
import { planToMarkdown } from '../src/exports/markdown.ts';
import { parsePlan, serializePlan, PLAN_FORMAT } from '../src/session/plan-file.ts';
import { createSession, serializeSession } from '../src/session/format.ts';
import { proposeAgreement } from '../src/plan/propose.ts';
import { planCommand } from '../src/cli/plan.ts';
import type { CliIO } from '../src/cli/cli.ts';

const EXAMPLE = readFileSync(new URL('../../../examples/plans/wijkteam-noord-plan.json', import.meta.url), 'utf8');
const NOW = new Date('2026-11-02T09:15:00.000Z');

/** Text with everything that needs escaping somewhere. */
const TRICKY = 'Bel "Jan", Piet; en Truus\nDaarna: é, ë, ĳ, 🌻 \\ klaar | *echt* <b>';

/**
 * Four agreements: on a condition (C8, "Wegwijs bij instanties"), on a condition built from two
 * questions (`animo-motive-fits`, A1 and A9), on a point of attention (`owner-duties`), and one of
 * the team's own.
 */
const plan: ActionPlan = {
  agreements: [
    { id: 'a-C8', condition: 'C8', what: TRICKY, who: 'Joëlle, "wijkcoach"; Noord', when: '2027-01-15', status: 'busy' },
    {
      id: 'a-animo-motive-fits',
      condition: 'animo-motive-fits',
      what: 'Formulier naar één pagina',
      who: 'Team Subsidies',
      when: '2027-03-31',
      status: 'open',
    },
    { id: 'a-owner-duties', condition: 'owner-duties', what: 'Eén lijn trekken', who: '', status: 'open' },
    { id: 'a-x', what: 'Afgerond', who: 'Bram', when: '2026-12-31', status: 'done' },
  ],
};

/** What the session behind the plan holds: the initiative's name and notes on A9, A1 and C8. */
const INTAKE = { topic: 'Moestuin | Noord', phase: 'starting' };
const NOTES = { A9: 'Piet trekt; Ans helpt', A1: 'Zie verslag *mei*', C8: 'Bel "Fatima"\neerst', T9: 'niet op het plan' };

/** Every internal id of the plan: none may show in an export a person reads. */
const IDS = /\b(C8|animo-motive-fits|owner-duties|a-C8|a-x|A1|A9)\b/;

/** The item at `index`, failing the test when there is none. */
function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) assert.fail(`no item at ${index}`);
  return item;
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
  if (!result.ok) assert.fail(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

function errorsOf(result: ReturnType<typeof parsePlan>): readonly { path: string; code: string; message: string }[] {
  if (result.ok) assert.fail('expected errors');
  assert.equal('value' in result, false, 'a failure carries no partial value');
  assert.ok(result.errors.length > 0);
  return result.errors;
}

// ---------------------------------------------------------------------------------------------

describe('serializePlan / parsePlan', () => {
  test('the example file round trips byte for byte', () => {
    const parsed = valueOf(parsePlan(EXAMPLE));
    assert.equal(parsed.agreements.length, 4);
    assert.equal(serializePlan(parsed, { model: initiativeModel }), EXAMPLE);
  });

  test('JSON → parsePlan → serializePlan is identical, with escapes and non-ASCII', () => {
    const json = serializePlan(plan);
    const again = valueOf(parsePlan(json));
    assert.deepEqual(again, plan);
    assert.equal(serializePlan(again), json);
    assert.deepEqual(valueOf(parsePlan(JSON.parse(json))), plan, 'a parsed value works as well as text');
  });

  test('writes the format header, a fixed key order, and leaves out fields that are not ours', () => {
    const messy = {
      agreements: [{ status: 'open', who: 'Ans', what: 'Iets', id: 'a-1', when: '', extra: 1 } as unknown as Agreement],
    };
    const json = serializePlan(messy);
    const file = JSON.parse(json) as Record<string, unknown>;
    assert.deepEqual(Object.keys(file), ['format', 'formatVersion', 'agreements']);
    assert.equal(file['format'], PLAN_FORMAT);
    assert.equal(file['formatVersion'], 2);
    // With the model it was made for, the file records it (so a later version can carry it over).
    const withModel = JSON.parse(serializePlan(messy, { model: initiativeModel })) as Record<string, unknown>;
    assert.deepEqual(Object.keys(withModel), ['format', 'formatVersion', 'model', 'agreements']);
    assert.deepEqual(withModel['model'], { id: 'actie-default', version: initiativeModel.version });
    assert.deepEqual(file['agreements'], [{ id: 'a-1', what: 'Iets', who: 'Ans', status: 'open' }]);
    assert.ok(json.endsWith('}\n'));
    assert.ok(parsePlan(json).ok);
  });

  test('accepts a byte order mark and a bare { agreements }', () => {
    assert.deepEqual(valueOf(parsePlan('\uFEFF' + serializePlan(plan))), plan);
    assert.deepEqual(valueOf(parsePlan(JSON.stringify({ agreements: plan.agreements }))), plan);
    assert.deepEqual(valueOf(parsePlan({ agreements: [] })), { agreements: [] });
  });

  test('a session file with a plan restores the plan', () => {
    const session = createSession(initiativeModel, { answers: { C8: 'no' } }, { now: NOW, plan });
    assert.deepEqual(valueOf(parsePlan(serializeSession(session))), plan);
  });

  test('a session file without a plan says so', () => {
    const session = createSession(initiativeModel, { answers: { C8: 'no' } }, { now: NOW });
    const [error] = errorsOf(parsePlan(serializeSession(session)));
    assert.equal(error?.path, '/plan');
    assert.match(error?.message ?? '', /no action plan/);
    const v1 = {
      format: 'actie-session',
      formatVersion: 1,
      modelId: 'actie-default',
      modelVersion: '1.0',
      savedAt: '2026-01-01T00:00:00Z',
      intake: {},
      answers: {},
    };
    assert.equal(errorsOf(parsePlan(v1))[0]?.path, '/plan');
  });

  test('a damaged session file gives its errors with paths', () => {
    const session = createSession(initiativeModel, { answers: {} }, { now: NOW, plan });
    const damaged = JSON.parse(serializeSession(session)) as { plan: { agreements: Record<string, unknown>[] } };
    at(damaged.plan.agreements, 1)['status'] = 'finished';
    const errors = errorsOf(parsePlan(JSON.stringify(damaged)));
    assert.deepEqual(
      errors.map((e) => e.path),
      ['/plan/agreements/1/status'],
    );
  });

  test('damaged plan files give every error with its JSON pointer', () => {
    const file = JSON.parse(serializePlan(plan)) as { agreements: Record<string, unknown>[] } & Record<string, unknown>;
    at(file.agreements, 0)['when'] = '2027-02-30';
    at(file.agreements, 1)['what'] = undefined;
    at(file.agreements, 2)['id'] = 'a-C8';
    at(file.agreements, 3)['colour'] = 'red';
    file['extra'] = true;
    const errors = errorsOf(parsePlan(JSON.stringify(file)));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]).sort(),
      [
        ['/agreements/0/when', 'invalid-value'],
        ['/agreements/1/what', 'required'],
        ['/agreements/2/id', 'duplicate-id'],
        ['/agreements/3/colour', 'unknown-key'],
        ['/extra', 'unknown-key'],
      ].sort(),
    );
  });

  test('broken JSON and unknown versions are reported, not thrown', () => {
    const [broken] = errorsOf(parsePlan(EXAMPLE.slice(0, 200)));
    assert.equal(broken?.code, 'invalid-json');
    assert.equal(broken?.path, '');
    const newer = errorsOf(parsePlan({ format: 'actie-plan', formatVersion: 3, agreements: [] }));
    assert.deepEqual(
      newer.map((e) => [e.path, e.code]),
      [['/formatVersion', 'unsupported-version']],
    );
    assert.match(newer[0]?.message ?? '', /newer ACTIE/);
    // Format 1 (release 0.1) is still read.
    assert.deepEqual(valueOf(parsePlan({ format: 'actie-plan', formatVersion: 1, agreements: [] })), { agreements: [] });
    // A model reference that is not one is reported with its path.
    const badRef = errorsOf(
      parsePlan({ format: 'actie-plan', formatVersion: 2, model: { id: 'actie-default', version: 'two' }, agreements: [] }),
    );
    assert.deepEqual(
      badRef.map((e) => [e.path, e.code]),
      [['/model/version', 'invalid-value']],
    );
    assert.equal(errorsOf(parsePlan({ format: 'actie-plan', agreements: [] }))[0]?.path, '/formatVersion');
  });

  test('a file that is not ours says so clearly', () => {
    const foreign: unknown[] = [
      [1, 2],
      42,
      null,
      'just text',
      '"just text"',
      {},
      { areas: [] },
      { answers: { A1: 'yes' } },
      { format: 'something-else', agreements: [] },
      { format: 3 },
    ];
    for (const input of foreign) {
      const errors = errorsOf(parsePlan(input));
      const text = errors.map((e) => e.message).join(' ');
      assert.match(text, /not (an ACTIE action plan|valid JSON)/, `for ${JSON.stringify(input)}: ${text}`);
    }
    assert.equal(errorsOf(parsePlan({ format: 'something-else' }))[0]?.path, '/format');
  });

  test("an agreement's condition is checked like its id", () => {
    const withCondition = (condition: unknown): unknown => ({
      agreements: [{ id: 'a', condition, what: 'x', who: '', status: 'open' }],
    });
    assert.equal(
      valueOf(parsePlan(withCondition('empathie-clear-and-timely'))).agreements[0]?.condition,
      'empathie-clear-and-timely',
    );
    const wrong: readonly [unknown, string][] = [
      ['', 'invalid-value'],
      ['   ', 'invalid-value'],
      ['has space', 'invalid-value'],
      ['C8<script>', 'invalid-value'],
      ['x'.repeat(65), 'too-large'],
      ['__proto__', 'reserved-key'],
      [42, 'type'],
      [null, 'type'],
    ];
    for (const [condition, code] of wrong) {
      const errors = errorsOf(parsePlan(withCondition(condition)));
      assert.deepEqual(
        errors.map((e) => [e.path, e.code]),
        [['/agreements/0/condition', code]],
        `condition ${JSON.stringify(condition)}`,
      );
      assert.match(errors[0]?.message ?? '', /^The condition id /);
    }
  });

  test('an empty slot in the agreements is an error with its path; the exports never see one', () => {
    const agreements: unknown[] = [
      { id: 'a', what: 'x', who: '', status: 'open' },
      { id: 'b', what: 'y', who: '', status: 'done' },
    ];
    const holey = [...agreements];
    Reflect.deleteProperty(holey, 0);
    const errors = errorsOf(parsePlan({ format: PLAN_FORMAT, formatVersion: 1, agreements: holey }));
    assert.deepEqual(
      errors.map((e) => [e.path, e.code]),
      [['/agreements/0', 'required']],
    );
    const longer = [...agreements];
    longer.length = 4;
    assert.deepEqual(
      errorsOf(parsePlan({ agreements: longer })).map((e) => e.path),
      ['/agreements/2', '/agreements/3'],
    );
    const session = JSON.parse(serializeSession(createSession(initiativeModel, { answers: {} }, { now: NOW, plan }))) as {
      plan: { agreements: unknown[] };
    };
    Reflect.deleteProperty(session.plan.agreements, 1);
    assert.deepEqual(
      errorsOf(parsePlan(session)).map((e) => e.path),
      ['/plan/agreements/1'],
    );
  });

  test('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ withSparseArray: true }), fc.string(), fc.json()), (input) => {
        const result = parsePlan(input);
        assert.equal(typeof result.ok, 'boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.sparseArray(
          fc.record(
            {
              id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.string()),
              condition: fc.oneof(fc.constantFrom('C8', 'T14'), fc.string(), fc.anything()),
              what: fc.oneof(fc.constant('x'), fc.anything()),
              who: fc.oneof(fc.constant(''), fc.anything()),
              when: fc.oneof(fc.constant('2027-01-01'), fc.anything()),
              status: fc.oneof(fc.constantFrom('open', 'busy', 'done'), fc.anything()),
            },
            { requiredKeys: ['id', 'what', 'status'] },
          ),
          { maxLength: 6 },
        ),
        (agreements) => {
          const result = parsePlan({ format: 'actie-plan', formatVersion: 1, agreements });
          if (!result.ok) return;
          // An accepted plan works in every export (holes used to pass and make these throw).
          planToCsv(result.value);
          planToMarkdown(result.value, { today: '2027-01-01' });
          planToICalendar(result.value, { now: NOW });
          assert.equal(serializePlan(valueOf(parsePlan(serializePlan(result.value)))), serializePlan(result.value));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF only between records. */
function readCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (field === '' && ch === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i];
        i++;
      }
      if (i < text.length && text[i] !== separator && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      continue;
    }
    if (ch === separator) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`bare LF at ${i}`);
    } else {
      if (ch === '"') throw new Error(`quote inside an unquoted field at ${i}`);
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('the last row does not end with CRLF');
  return rows;
}

describe('proposeAgreement', () => {
  test('ids stay within the 64 characters a plan accepts, also for long condition ids, and stay unique', () => {
    const condition = `c${'x'.repeat(63)}`; // the longest condition id a model accepts
    const agreements: Agreement[] = [];
    for (let i = 0; i < 12; i++) agreements.push(proposeAgreement(condition, `Stap ${i + 1}`, agreements));
    const ids = agreements.map((a) => a.id);
    assert.equal(new Set(ids).size, 12, 'unique');
    for (const id of ids) assert.ok(id.length <= 64, `${id} (${id.length} characters)`);
    assert.equal(ids[0], `a-${condition}`.slice(0, 64));
    assert.ok(ids[11]?.endsWith('-12'));
    // The plan with these agreements is saved and read back without a problem.
    const read = parsePlan(JSON.parse(serializePlan({ agreements })) as unknown);
    assert.deepEqual(read.ok ? read.value.agreements.map((a) => a.id) : read.errors, ids);
    // Short ids are as before.
    assert.deepEqual(
      ['kennis', 'kennis', undefined]
        .reduce<Agreement[]>((list, c) => [...list, proposeAgreement(c, 'x', list)], [])
        .map((a) => a.id),
      ['a-kennis', 'a-kennis-2', 'a'],
    );
  });
});

describe('planToCsv', () => {
  test('starts with a BOM and a header row in the language', () => {
    const nl = planToCsv(plan, { lang: 'nl' });
    assert.ok(nl.startsWith('\uFEFFWat,Wie,Wanneer,Status,Voorwaarde\r\n'));
    const en = planToCsv(plan, { lang: 'en' });
    assert.ok(en.startsWith('\uFEFFWhat,Who,When,Status,Condition\r\n'));
    assert.equal(planToCsv({ agreements: [] }), '\uFEFFWat,Wie,Wanneer,Status,Voorwaarde\r\n');
  });

  test('one row per agreement; every cell reads back exactly (commas, quotes, semicolons, newlines, non-ASCII)', () => {
    const rows = readCsv(planToCsv(plan, { lang: 'nl' }).slice(1));
    assert.equal(rows.length, 1 + plan.agreements.length);
    // Without a model the condition cannot be named; its id is never shown instead.
    assert.deepEqual(rows[1], [TRICKY, 'Joëlle, "wijkcoach"; Noord', '2027-01-15', 'bezig', '']);
    assert.deepEqual(rows[3], ['Eén lijn trekken', '', '', 'open', '']);
    assert.deepEqual(rows[4], ['Afgerond', 'Bram', '2026-12-31', 'klaar', '']);
    const en = readCsv(planToCsv(plan, { lang: 'en' }).slice(1));
    assert.deepEqual(
      en.slice(1).map((r) => r[3]),
      ['in progress', 'open', 'open', 'done'],
    );
  });

  test('quotes exactly the fields that need it', () => {
    const row = (what: string): string =>
      planToCsv({ agreements: [{ id: 'a', what, who: '', status: 'open' }] }).split('\r\n')[1] ?? '';
    assert.equal(row('Bel "Jan", Piet'), '"Bel ""Jan"", Piet",,,open,');
    assert.equal(row('Eerst dit; dan dat'), '"Eerst dit; dan dat",,,open,');
    assert.equal(
      planToCsv({ agreements: [{ id: 'a', what: 'regel 1\nregel 2', who: '', status: 'open' }] }).split('\r\n')[1],
      '"regel 1\nregel 2",,,open,',
    );
    assert.equal(row(' ruimte '), '" ruimte ",,,open,');
    assert.equal(row('Joëlle ĳsbaan 🌻 café'), 'Joëlle ĳsbaan 🌻 café,,,open,');
  });

  test('guards against formula injection with a leading apostrophe', () => {
    const dangerous = ['=HYPERLINK("http://x.example","klik")', '+31 6 12345678', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const csv = planToCsv({
      agreements: dangerous.map((what, i) => ({ id: `a${i}`, what, who: '=cmd', status: 'open' as const })),
    });
    const rows = readCsv(csv.slice(1)).slice(1);
    assert.deepEqual(
      rows.map((r) => r[0]),
      dangerous.map((d) => `'${d}`),
    );
    assert.ok(rows.every((r) => r[1] === "'=cmd"));
    const safe = readCsv(planToCsv({ agreements: [{ id: 'a', what: 'Overleg = goed', who: 'Ans', status: 'open' }] }).slice(1));
    assert.equal(safe[1]?.[0], 'Overleg = goed');
  });

  test('uses CRLF line ends only, and a chosen separator', () => {
    const csv = planToCsv({ agreements: [{ id: 'a', what: 'x', who: 'y', status: 'open' }] });
    assert.equal(csv.replace(/\r\n/g, '').includes('\n'), false);
    const semi = planToCsv(plan, { separator: ';' });
    assert.ok(semi.startsWith('\uFEFFWat;Wie;Wanneer;Status;Voorwaarde\r\n'));
    assert.deepEqual(readCsv(semi.slice(1), ';')[1]?.[0], TRICKY);
  });

  test('names conditions and points of attention by their title with a model, never by their id', () => {
    const rows = readCsv(planToCsv(plan, { lang: 'nl', model: initiativeModel }).slice(1));
    assert.deepEqual(
      rows.slice(1).map((r) => r[4]),
      ['Wegwijs bij instanties', 'Steun die past bij wat hen drijft', 'De plichten van de eigenaar', ''],
    );
    const en = readCsv(planToCsv(plan, { lang: 'en', model: initiativeModel }).slice(1));
    assert.equal(en[1]?.[4], 'Finding the way to agencies');
    assert.equal(en[3]?.[4], 'The owner’s duties');
    const unknown = planToCsv(
      { agreements: [{ id: 'a', condition: 'Z9', what: 'x', who: '', status: 'open' }] },
      { model: initiativeModel },
    );
    assert.ok(unknown.endsWith(',open,\r\n'), 'a condition the model does not know is left empty');
  });

  test('with notes: a "Notitie" column with the notes on the questions each condition reads', () => {
    const csv = planToCsv(plan, { lang: 'nl', model: initiativeModel, intake: INTAKE, notes: NOTES });
    const rows = readCsv(csv.slice(1));
    assert.deepEqual(rows[0], ['Wat', 'Wie', 'Wanneer', 'Status', 'Voorwaarde', 'Notitie']);
    assert.deepEqual(
      rows.slice(1).map((r) => r[5]),
      // C8 reads C8; the motive condition reads A1 and A9 (in the model's order); a point of
      // attention reads no answers, an own agreement no condition; T9 is not on the plan.
      ['Bel "Fatima"\neerst', 'Zie verslag *mei*\nPiet trekt; Ans helpt', '', ''],
    );
    assert.doesNotMatch(csv, IDS);
    assert.equal(
      readCsv(planToCsv(plan, { lang: 'en', notes: {} }).slice(1))[0]?.[5],
      'Note',
      'the column is there with notes given',
    );
  });
});

// ---------------------------------------------------------------------------------------------

function calendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

describe('planToICalendar', () => {
  const ics = planToICalendar(plan, { lang: 'nl', now: NOW, model: initiativeModel });

  test('is a valid VCALENDAR that ical.js reads, with one event per agreement with a deadline', () => {
    const cal = calendar(ics);
    assert.equal(cal.name, 'vcalendar');
    assert.equal(cal.getFirstPropertyValue('version'), '2.0');
    assert.ok(String(cal.getFirstPropertyValue('prodid')).length > 0);
    assert.equal(cal.getFirstPropertyValue('calscale'), 'GREGORIAN');
    assert.equal(cal.getFirstPropertyValue('method'), 'PUBLISH');
    assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'Actieplan');
    const events = cal.getAllSubcomponents('vevent');
    assert.equal(events.length, 3, 'the agreement without a deadline has no event');
    assert.deepEqual(
      events.map((e) => e.getFirstPropertyValue('uid')),
      ['a-C8@actie', 'a-animo-motive-fits@actie', 'a-x@actie'],
    );
  });

  test('SUMMARY and DESCRIPTION round trip the original text exactly', () => {
    const [first] = calendar(ics).getAllSubcomponents('vevent');
    assert.equal(first?.getFirstPropertyValue('summary'), TRICKY);
    assert.equal(
      first?.getFirstPropertyValue('description'),
      'Wie: Joëlle, "wijkcoach"; Noord\nStatus: bezig\nVoorwaarde: Wegwijs bij instanties',
    );
    const en = calendar(planToICalendar(plan, { lang: 'en', now: NOW })).getAllSubcomponents('vevent');
    assert.equal(en[2]?.getFirstPropertyValue('description'), 'Who: Bram\nStatus: done');
    // Without a model a linked condition cannot be named: it is left out, never shown as an id.
    assert.equal(en[0]?.getFirstPropertyValue('description'), 'Who: Joëlle, "wijkcoach"; Noord\nStatus: in progress');
  });

  test('what the plan is about names the calendar and heads every event; no ids and no notes', () => {
    const text = planToICalendar(plan, { lang: 'nl', now: NOW, model: initiativeModel, intake: INTAKE, notes: NOTES });
    const cal = calendar(text);
    assert.match(text, /\r\nNAME:Actieplan: Moestuin \| Noord\r\n/);
    const events = cal.getAllSubcomponents('vevent');
    assert.equal(events[1]?.getFirstPropertyValue('summary'), 'Moestuin | Noord: Formulier naar één pagina');
    assert.equal(
      events[1]?.getFirstPropertyValue('description'),
      'Initiatief: Moestuin | Noord\nWie: Team Subsidies\nStatus: open\nVoorwaarde: Steun die past bij wat hen drijft',
    );
    // A person reads the summary and the description; the UID is for the calendar program only.
    const read = events.flatMap((e) => [e.getFirstPropertyValue('summary'), e.getFirstPropertyValue('description')]).join('\n');
    assert.doesNotMatch(read, IDS);
    assert.doesNotMatch(read, /Piet trekt|Fatima/, 'notes stay out of a calendar');
  });

  test('escapes backslash, semicolon, comma and newline in the file itself', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    const summary = unfolded.split('\r\n').find((l) => l.startsWith('SUMMARY:'));
    assert.equal(summary, 'SUMMARY:Bel "Jan"\\, Piet\\; en Truus\\nDaarna: é\\, ë\\, ĳ\\, 🌻 \\\\ klaar | *echt* <b>');
  });

  test('folds at 75 octets without splitting characters, with CRLF line ends', () => {
    const long: ActionPlan = {
      agreements: [
        { id: 'a1', what: 'ĳ'.repeat(200), who: '🌻'.repeat(60), when: '2027-01-01', status: 'open' },
        { id: 'a2', what: 'x' + 'é, '.repeat(80), who: 'a\\b;c'.repeat(30), when: '2027-01-02', status: 'open' },
        { id: 'a3', what: 'xx' + '🌻é'.repeat(70), who: '', when: '2027-01-03', status: 'open' },
      ],
    };
    const text = planToICalendar(long, { now: NOW });
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      assert.ok(!line.includes('\n') && !line.includes('\r'), 'no bare CR or LF');
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line of ${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
      assert.equal(Buffer.from(line, 'utf8').toString('utf8'), line, 'no split character');
    }
    assert.ok(
      lines.some((l) => l.startsWith(' ')),
      'long lines are folded',
    );
    const events = calendar(text).getAllSubcomponents('vevent');
    assert.deepEqual(
      events.map((e) => e.getFirstPropertyValue('summary')),
      long.agreements.map((a) => a.what),
    );
    assert.equal(events[1]?.getFirstPropertyValue('description'), `Wie: ${at(long.agreements, 1).who}\nStatus: open`);
  });

  test('any text survives: property test', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (what, who) => {
        const text = planToICalendar({ agreements: [{ id: 'a', what, who, when: '2027-05-05', status: 'open' }] }, { now: NOW });
        for (const line of text.slice(0, -2).split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75);
        const [event] = calendar(text).getAllSubcomponents('vevent');
        // Line breaks become \n; the US-ASCII control characters other than tab cannot be written
        // (RFC 5545 TEXT excludes CONTROL, %x00-08 / %x0A-1F / %x7F) and are dropped; the C1
        // controls U+0080-U+009F are NON-US-ASCII and stay. Lone surrogates cannot be written in UTF-8.
        const control = (ch: string): boolean => ch !== '\t' && ch !== '\n' && (ch < ' ' || ch === '\u007f');
        const expected = (s: string): string => [...s.replace(/\r\n?/g, '\n')].filter((ch) => !control(ch)).join('');
        if (!/[\uD800-\uDFFF]/u.test(what)) assert.equal(event?.getFirstPropertyValue('summary'), expected(what));
      }),
      // The C1 case that failed about one run in four before, always tried first.
      { numRuns: 300, examples: [['a\u0085b\u009f\u0080c', 'd\u0090']] },
    );
  });

  test('control characters per RFC 5545: C0 controls and DEL are dropped, tab and C1 controls kept', () => {
    const what = 'a\u0000b\u0007c\td\u001be\u007ff\u0080g\u0085h\u009fi';
    const text = planToICalendar({ agreements: [{ id: 'a', what, who: '', when: '2027-05-05', status: 'open' }] }, { now: NOW });
    assert.ok(text.includes('\r\nSUMMARY:abc\tdef\u0080g\u0085h\u009fi\r\n'), 'written as such');
    const [event] = calendar(text).getAllSubcomponents('vevent');
    assert.equal(event?.getFirstPropertyValue('summary'), 'abc\tdef\u0080g\u0085h\u009fi');
  });

  test('UID, DTSTAMP, all-day DTSTART and DTEND', () => {
    const [first] = calendar(ics).getAllSubcomponents('vevent');
    assert.match(ics, /\r\nDTSTAMP:20261102T091500Z\r\n/);
    const stamp = first?.getFirstProperty('dtstamp');
    assert.equal(stamp?.type, 'date-time');
    const start = first?.getFirstPropertyValue('dtstart');
    assert.ok(start instanceof ICAL.Time);
    assert.equal(start.isDate, true);
    assert.equal(start.toString(), '2027-01-15');
    assert.equal(String(first?.getFirstPropertyValue('dtend')), '2027-01-16');
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270115\r\nDTEND;VALUE=DATE:20270116\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n/, 'year end');
    const leap = planToICalendar(
      { agreements: [{ id: 'a', what: 'x', who: '', when: '2028-02-28', status: 'open' }] },
      { now: NOW },
    );
    assert.match(leap, /DTEND;VALUE=DATE:20280229\r\n/);
    assert.equal(ics.includes('STATUS:'), false, 'no VTODO status in a VEVENT');
  });

  test('uidDomain and calendarName', () => {
    const text = planToICalendar(plan, { now: NOW, uidDomain: 'noord.example.nl', calendarName: 'Noord, 2027' });
    const cal = calendar(text);
    assert.equal(cal.getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid'), 'a-C8@noord.example.nl');
    // ical.js does not know NAME (RFC 7986) nor X-WR-CALNAME, so it leaves their TEXT escaped.
    assert.ok(cal.getFirstProperty('name'));
    assert.match(text, /\r\nNAME:Noord\\, 2027\r\nX-WR-CALNAME:Noord\\, 2027\r\n/);
  });

  test('a plan without deadlines gives a calendar without events; a bad `now` throws', () => {
    const cal = calendar(planToICalendar({ agreements: [{ id: 'a', what: 'x', who: '', status: 'open' }] }, { now: NOW }));
    assert.equal(cal.getAllSubcomponents('vevent').length, 0);
    assert.throws(() => planToICalendar(plan, { now: new Date('nope') }), RangeError);
  });
});

// ---------------------------------------------------------------------------------------------

describe('planToMarkdown', () => {
  /** Cells of a table row, split on pipes that are not escaped. */
  const cellsOf = (row: string): string[] =>
    row
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());

  test('a table with escaped pipes and markup', () => {
    const md = planToMarkdown(plan, { lang: 'nl' });
    const lines = md.trimEnd().split('\n');
    assert.equal(lines[0], '# Actieplan');
    assert.equal(lines[2], '| Wat | Wie | Wanneer | Status | Voorwaarde |');
    assert.equal(lines[3], '| --- | --- | --- | --- | --- |');
    assert.equal(lines.length, 4 + plan.agreements.length);
    for (const row of lines.slice(2)) assert.equal(cellsOf(row).length, 5, row);
    const first = cellsOf(at(lines, 4));
    assert.equal(first[0], 'Bel "Jan", Piet; en Truus Daarna: é, ë, ĳ, 🌻 \\\\ klaar \\| \\*echt\\* \\<b\\>');
    assert.equal(first[3], 'bezig');
    assert.ok(md.endsWith('\n'));
  });

  test('pipes in every column stay inside their cell', () => {
    const md = planToMarkdown(
      { agreements: [{ id: 'a', condition: 'C8', what: 'a|b', who: 'c | d', when: '2027-01-01', status: 'open' }] },
      { title: '', model: initiativeModel, notes: { C8: 'e|f' } },
    );
    const row = at(md.split('\n'), 2);
    assert.deepEqual(cellsOf(row), ['a\\|b', 'c \\| d', '2027-01-01', 'open', 'Wegwijs bij instanties', 'e\\|f']);
  });

  test('entities and lone CRs stay text inside the cell', () => {
    const md = planToMarkdown(
      { agreements: [{ id: 'a', what: 'Tom &amp; Jerry\rdaarna', who: '', status: 'open' }] },
      { title: 'A & B' },
    );
    const lines = md.split('\n');
    assert.equal(lines[0], '# A \\& B');
    assert.deepEqual(cellsOf(at(lines, 4)), ['Tom \\&amp; Jerry daarna', '', '', 'open', '']);
  });

  test('overdue marker with today; title option; English; empty plan', () => {
    const md = planToMarkdown(plan, { today: '2027-02-01', title: 'Plan [Noord]', lang: 'en', model: initiativeModel });
    const lines = md.split('\n');
    assert.equal(lines[0], '# Plan \\[Noord\\]');
    assert.match(at(lines, 4), /\| 2027-01-15 \*\*overdue\*\* \| in progress \| Finding the way to agencies \|$/);
    assert.equal(lines[5]?.includes('overdue'), false, 'not yet due');
    assert.equal(lines[7]?.includes('overdue'), false, 'done is never overdue');
    assert.equal(planToMarkdown(plan).includes('te laat'), false);
    assert.equal(planToMarkdown({ agreements: [] }), '# Actieplan\n\nNog geen afspraken.\n');
  });

  test('what the plan is about heads it; notes in a column of their own; no internal ids', () => {
    const md = planToMarkdown(plan, { lang: 'nl', model: initiativeModel, intake: INTAKE, notes: NOTES });
    const lines = md.split('\n');
    assert.equal(lines[0], '# Actieplan: Moestuin \\| Noord');
    assert.deepEqual(cellsOf(at(lines, 2)), ['Wat', 'Wie', 'Wanneer', 'Status', 'Voorwaarde', 'Notitie']);
    assert.deepEqual(
      lines.slice(4, 8).map((row) => cellsOf(row).slice(4)),
      [
        ['Wegwijs bij instanties', 'Bel "Fatima" eerst'],
        ['Steun die past bij wat hen drijft', 'Zie verslag \\*mei\\* / Piet trekt; Ans helpt'],
        ['De plichten van de eigenaar', ''],
        ['', ''],
      ],
    );
    assert.doesNotMatch(md, IDS);
    // The topic alone when the title is left out; without notes on the plan's points, no column.
    const bare = planToMarkdown(plan, { title: '', intake: { topic: 'Moestuin' }, notes: { T9: 'x' }, model: initiativeModel });
    assert.equal(bare.split('\n')[0], '# Moestuin');
    assert.equal(cellsOf(at(bare.split('\n'), 2)).length, 5);
    // Another model names its own topic question: the organisation scan's part of the organisation.
    assert.match(planToMarkdown(plan, { intake: { topic: '  ' } }), /^# Actieplan\n/, 'an empty topic adds nothing');
  });
});

describe('isOverdue', () => {
  const a: Agreement = { id: 'a', what: 'x', who: '', when: '2027-01-15', status: 'open' };
  test('not done and deadline before today', () => {
    assert.equal(isOverdue(a, '2027-01-16'), true);
    assert.equal(isOverdue(a, '2027-01-15'), false, 'the deadline day itself is not late');
    assert.equal(isOverdue({ ...a, status: 'busy' }, '2028-01-01'), true);
    assert.equal(isOverdue({ ...a, status: 'done' }, '2028-01-01'), false);
    assert.equal(isOverdue({ id: 'b', what: 'x', who: '', status: 'open' }, '2028-01-01'), false);
    assert.throws(() => isOverdue(a, '16-01-2027'), RangeError);
  });
});

// ---------------------------------------------------------------------------------------------

function fakeIO(files: Record<string, string>): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
    read: (file: string) =>
      Object.prototype.hasOwnProperty.call(files, file)
        ? Promise.resolve(files[file] ?? '')
        : Promise.reject(Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' })),
  };
  return io;
}

describe('planCommand', () => {
  const session = serializeSession(createSession(initiativeModel, { answers: {} }, { now: NOW, plan }));
  const files = {
    'plan.json': EXAMPLE,
    'session.json': session,
    'bad.json': '{"format":"actie-plan","formatVersion":1,"agreements":[{"id":"a"}]}',
  };

  test('json prints the plan file; a session gives the same plan', async () => {
    const io = fakeIO(files);
    assert.equal(await planCommand('plan.json', { format: 'json', lang: 'nl' }, initiativeModel, io, NOW), 0);
    assert.equal(io.out, EXAMPLE);
    assert.equal(io.err, '');
    const io2 = fakeIO(files);
    assert.equal(await planCommand('session.json', { format: 'json', lang: 'nl' }, initiativeModel, io2, NOW), 0);
    assert.equal(io2.out, serializePlan(plan, { model: initiativeModel }));
  });

  test('csv, md and ics', async () => {
    const csv = fakeIO(files);
    assert.equal(await planCommand('plan.json', { format: 'csv', lang: 'en' }, initiativeModel, csv, NOW), 0);
    assert.ok(csv.out.startsWith('\uFEFFWhat,Who,When,Status,Condition\r\n'));
    assert.match(csv.out, /,Finding the way to agencies\r\n/);
    const md = fakeIO(files);
    assert.equal(await planCommand('plan.json', { format: 'md', lang: 'nl' }, initiativeModel, md, new Date(2027, 1, 1, 12)), 0);
    assert.match(md.out, /^# Actieplan\n/);
    assert.match(md.out, /2027-01-15 \*\*te laat\*\*/);
    const ics = fakeIO(files);
    assert.equal(await planCommand('plan.json', { format: 'ics', lang: 'nl' }, initiativeModel, ics, NOW), 0);
    assert.equal(calendar(ics.out).getAllSubcomponents('vevent').length, 3);
    assert.match(ics.out, /DTSTAMP:20261102T091500Z/);
    assert.equal(ics.err, '');
  });

  test('a session file also gives what the plan is about and the notes behind it', async () => {
    const held = serializeSession(
      createSession(initiativeModel, { intake: INTAKE, answers: {}, notes: NOTES }, { now: NOW, plan }),
    );
    const io = fakeIO({ 'held.json': held });
    assert.equal(await planCommand('held.json', { format: 'md', lang: 'nl' }, initiativeModel, io, NOW), 0);
    assert.match(io.out, /^# Actieplan: Moestuin \\\| Noord\n/);
    assert.match(io.out, /\| Wegwijs bij instanties \| Bel "Fatima" eerst \|/);
    assert.doesNotMatch(io.out, IDS);
  });

  test('damaged, foreign or missing files: exit 1, errors on stderr, nothing on stdout', async () => {
    const bad = fakeIO(files);
    assert.equal(await planCommand('bad.json', { format: 'csv', lang: 'nl' }, initiativeModel, bad, NOW), 1);
    assert.equal(bad.out, '');
    assert.match(bad.err, /^bad\.json: 2 problems found:\n/);
    assert.match(bad.err, /\/agreements\/0\/what: /);
    const foreign = fakeIO({ 'answers.json': '{"answers":{"A1":"yes"}}' });
    assert.equal(await planCommand('answers.json', { format: 'md', lang: 'nl' }, initiativeModel, foreign, NOW), 1);
    assert.match(foreign.err, /not an ACTIE action plan/);
    assert.equal(foreign.out, '');
    const missing = fakeIO(files);
    assert.equal(await planCommand('nope.json', { format: 'ics', lang: 'nl' }, initiativeModel, missing, NOW), 1);
    assert.equal(missing.err, 'nope.json: 1 problem found:\n  /: Cannot read the file: no such file.\n');
    assert.equal(missing.out, '');
  });

  test('ics without deadlines warns but succeeds', async () => {
    const io = fakeIO({ 'p.json': '{"agreements":[{"id":"a","what":"x","status":"open"}]}' });
    assert.equal(await planCommand('p.json', { format: 'ics', lang: 'nl' }, initiativeModel, io, NOW), 0);
    assert.match(io.err, /no agreement has a deadline/);
    assert.match(io.out, /^BEGIN:VCALENDAR\r\n/);
  });
});
