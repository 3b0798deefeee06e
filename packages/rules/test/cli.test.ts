import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AssessmentResult } from '../dist/index.js';
import { validateModel } from '../dist/index.js';
import { miniModel, setAt, valueOf } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples/sessions/', import.meta.url));
const FULL = join(EXAMPLES, 'wijkteam-noord.json');
const HALF = join(EXAMPLES, 'half-ingevuld.json');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function actie(args: readonly string[], input?: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Assert the exit code, showing the output when it is not the expected one. */
function exits(run: Run, code: number): void {
  assert.equal(run.status, code, `exit ${String(run.status)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
}

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'actie-cli-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function temp(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('actie: usage', () => {
  it('--help prints the usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = actie([flag]);
      exits(run, 0);
      assert.match(run.stdout, /^Usage: actie <command> \[options\]/);
      assert.match(run.stdout, /score FILE/);
      assert.match(run.stdout, /validate FILE/);
      assert.equal(run.stderr, '');
    }
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = actie(['--version']);
    exits(run, 0);
    assert.equal(run.stdout, `${pkg.version}\n`);
  });

  const usageErrors: readonly [string, readonly string[], RegExp][] = [
    ['no command', [], /No command given/],
    ['an unknown command', ['grade', FULL], /Unknown command "grade"/],
    ['a bad --format', ['score', '--format', 'pdf', FULL], /--format must be one of text, json, md; got "pdf"/],
    ['a bad --lang', ['score', '--lang', 'de', FULL], /--lang must be one of nl, en; got "de"/],
    ['two files', ['score', FULL, HALF], /score needs exactly one FILE/],
    ['no file', ['validate'], /validate needs exactly one FILE/],
    ['--format with validate', ['validate', '--format', 'json', FULL], /validate has no --format option/],
    ['a file with model', ['model', FULL], /model takes no file/],
    ['an unknown option', ['score', '--colour', FULL], /Unknown option '--colour'/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`${what} → exit 2 with the usage on stderr`, () => {
      const run = actie(args);
      exits(run, 2);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: actie <command>/);
      assert.equal(run.stdout, '');
    });
  }
});

describe('actie score', () => {
  it('scores a full session file as Dutch text, with a heading per area', () => {
    const run = actie(['score', FULL]);
    exits(run, 0);
    assert.equal(run.stderr, '');
    const out = run.stdout;
    assert.match(out, /^ACTIE-check voor bewonersinitiatieven\n=+\n/);
    assert.match(out, /Beantwoord: 46 \/ 46/);
    // Worked out by hand from the answers in the file (good / needs work / unknown); an area
    // goes well when more of its points go well than need work.
    assert.match(out, /Totaal: gaat goed \(gaat al goed 20, vraagt aandacht 18, nog onbekend 3\)/);
    assert.match(out, /^A · Animo: vraagt aandacht \(3 \/ 4 \/ 0\)$/m);
    assert.match(out, /^C · Contacten: vraagt aandacht \(3 \/ 3 \/ 1\)$/m);
    assert.match(out, /^T · Toerusting: gaat goed \(4 \/ 3 \/ 0\)$/m);
    assert.match(out, /^I · Inbedding: vraagt aandacht \(4 \/ 6 \/ 2\)$/m);
    assert.match(out, /^E · Empathie: gaat goed \(6 \/ 2 \/ 0\)$/m);
    // The residents lead, but T1 (means) and T4 (formal side) are only partly there: facilitating
    // with targeted support, which differs from the stimulating role the respondent takes now.
    assert.match(out, /Voorgestelde rol: Faciliterend\. Het initiatief is van de bewoners, maar ze missen nog iets/);
    assert.match(out, /Uw rol nu: Stimulerend\. Die is anders dan de voorgestelde rol\. Bespreek of u bewust voor uw rol kiest\./);
    // E3 'partly' makes the combined condition need work, with its own action point.
    assert.match(out, /- Op tijd antwoord en heldere afspraken \(E3: deels\)\n\s+→ U kunt met de initiatiefnemers afspreken/);
  });

  it('scores a plain answers file', () => {
    const run = actie(['score', '--lang', 'en', HALF]);
    exits(run, 0);
    assert.match(run.stdout, /Answered: 6 \/ 46/);
    // Four of Animo's seven points are still open: more than half, so the area is unknown.
    assert.match(run.stdout, /^A · Enthusiasm: unknown \(1 \/ 2 \/ 4\)$/m);
    // A professional's idea in the idea phase → stimulerend.
    assert.match(run.stdout, /Suggested role: Stimulating\. The idea comes from a professional or the municipality, and the initiative is only beginning\./);
    assert.match(run.stdout, /The support matches what drives the initiators \(A1: no\)/);
  });

  it('--format json prints the AssessmentResult', () => {
    const run = actie(['score', '--format', 'json', FULL]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.equal(result.conditions.length, 41);
    assert.deepEqual(result.overall.counts, { good: 20, needsWork: 18, unknown: 3, total: 41 });
    assert.deepEqual(result.model, { id: 'actie-default', version: '2.0' });
    assert.equal(result.role.suggested, 'faciliterend');
    assert.equal(result.role.current, 'stimulerend');
    assert.deepEqual(result.errors, []);
    // T5 and T6 are both yes here.
    const fits = result.conditions.find((c) => c.id === 'toerusting-support-fits');
    assert.equal(fits?.status, 'good');
  });

  it('--format md --lang en is Markdown in English', () => {
    const run = actie(['score', '--format', 'md', '--lang', 'en', FULL]);
    exits(run, 0);
    const out = run.stdout;
    assert.match(out, /^# ACTIE check for residents’ initiatives\n/);
    assert.match(out, /^## A · Enthusiasm: needs work \(3 \/ 4 \/ 0\)$/m);
    assert.match(out, /^## E · Empathy: going well \(6 \/ 2 \/ 0\)$/m);
    assert.match(out, /^\*\*Needs work\*\*$/m);
    assert.match(out, /^\*\*Suggested role:\*\* Facilitating\./m);
    assert.match(out, /^- Is there one fixed person in your organisation whom the initiators can turn to\? \(I1: yes\)$/m);
    assert.ok(!/Vraagt aandacht|Gaat al goed/.test(out), 'no Dutch labels');
    assert.ok(!out.includes('\n=='), 'no text-style underlines');
  });

  it('reads the file from stdin with -', () => {
    const run = actie(['score', '--format', 'json', '-'], readFileSync(HALF, 'utf8'));
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.progress, { answered: 6, total: 46 });
    assert.equal(result.role.rule, 'professional-idea-start');
  });

  it('a file with mistakes → exit 1 with every problem and its path on stderr', () => {
    const file = temp('bad-answers.json', JSON.stringify({ answers: { A1: 'ja', X9: 'yes' } }));
    const run = actie(['score', file]);
    exits(run, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /2 problems found:/);
    assert.match(run.stderr, /^ {2}\/answers\/A1: The answer to A1 is "ja"/m);
    assert.match(run.stderr, /^ {2}\/answers\/X9: There is no question "X9"/m);
  });

  it('a session for a newer model version → exit 1, not scored', () => {
    const session = JSON.parse(readFileSync(FULL, 'utf8')) as Record<string, unknown>;
    const file = temp('newer-session.json', JSON.stringify(setAt(session, '/model/version', '3.0')));
    const run = actie(['score', file]);
    exits(run, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /\/model\/version: This was saved with version 3\.0 of the model, which is newer than this one \(2\.0\)/);
  });

  it('a session saved with model 1.0 (release 0.1) is carried over, scored, and the change is told on stderr', () => {
    const old = fileURLToPath(new URL('./fixtures/release-0.1/session.json', import.meta.url));
    const run = actie(['score', '--format', 'json', old]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.model, { id: 'actie-default', version: '2.0' });
    assert.deepEqual(result.errors, []);
    assert.match(run.stderr, /saved with version 1\.0 of the model; carried over to 2\.0: 27 answers kept; 14 questions need a new answer \(A1, A2, A5, A6, T6, T7, I4, I5, I8, I10, I11, E5, E6, E8\)/);
  });

  it('a missing file → exit 1 with "cannot read"', () => {
    const missing = join(dir, 'nothing-here.json');
    const run = actie(['score', missing]);
    exits(run, 1);
    assert.equal(run.stderr, `actie: cannot read ${missing}: no such file.\n`);
    const folder = actie(['validate', dir]);
    exits(folder, 1);
    assert.match(folder.stderr, /cannot read .*: it is a folder\./);
  });

  it('scores with a custom --model', () => {
    const model = temp('mini-model.json', JSON.stringify(miniModel()));
    const answers = temp('mini-answers.json', JSON.stringify({ intake: { phase: 'early' }, answers: { Q1: 'yes', Q2: 'yes' } }));
    const run = actie(['score', '--model', model, '--format', 'json', answers]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.model, { id: 'mini', version: '2.1' });
    assert.deepEqual(result.conditions.map((c) => [c.id, c.status]), [
      ['Q1', 'good'],
      ['Q2', 'needs-work'],
    ]);
    assert.equal(result.role.rule, 'early-and-risky');

    const broken = temp('broken-model.json', JSON.stringify(setAt(miniModel(), '/areas/0/questions/0/favourable', 'maybe')));
    const bad = actie(['score', '--model', broken, answers]);
    exits(bad, 1);
    assert.match(bad.stderr, /\/areas\/0\/questions\/0\/favourable: The favourable answer is "maybe"/);
  });
});

describe('actie validate', () => {
  it('accepts the model that `actie model` prints', () => {
    const printed = actie(['model']);
    exits(printed, 0);
    const file = temp('default-model.json', printed.stdout);
    const run = actie(['validate', file]);
    exits(run, 0);
    assert.equal(run.stdout, `${file}: valid model "actie-default" 2.0: 5 areas, 46 questions, 41 conditions.\n`);
    assert.equal(run.stderr, '');
  });

  it('accepts a session file and an answers file', () => {
    const session = actie(['validate', FULL]);
    exits(session, 0);
    assert.equal(session.stdout, `${FULL}: valid session file for "actie-default" 2.0: 46 answers.\n`);
    const answers = actie(['validate', HALF]);
    exits(answers, 0);
    assert.equal(answers.stdout, `${HALF}: valid answers file for "actie-default" 2.0: 6 answers.\n`);
  });

  it('reads from stdin with -', () => {
    const run = actie(['validate', '-'], '{"answers":{"A1":"yes"}}');
    exits(run, 0);
    assert.equal(run.stdout, '-: valid answers file for "actie-default" 2.0: 1 answer.\n');
  });

  it('a broken model → exit 1, stderr names the JSON Pointer path', () => {
    const model = setAt(setAt(miniModel(), '/areas/0/questions/1/id', 'Q1'), '/languages/2', 'FY');
    const file = temp('broken-model.json', JSON.stringify(model));
    const run = actie(['validate', file]);
    exits(run, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1 problem found:\n`));
    assert.match(run.stderr, /^ {2}\/languages\/2: A language must be a lower-case code like "nl" or "en"\.$/m);

    const dup = temp('dup-model.json', JSON.stringify(setAt(miniModel(), '/areas/0/questions/1/id', 'Q1')));
    const dupRun = actie(['validate', dup]);
    exits(dupRun, 1);
    assert.match(dupRun.stderr, /^ {2}\/areas\/0\/questions\/1\/id: Question id "Q1" is used twice/m);
  });

  it('a broken session → exit 1 with the path', () => {
    const session = JSON.parse(readFileSync(FULL, 'utf8')) as Record<string, unknown>;
    const file = temp('broken-session.json', JSON.stringify(setAt(session, '/answers/C4', 'nope')));
    const run = actie(['validate', file]);
    exits(run, 1);
    assert.match(run.stderr, /^ {2}\/answers\/C4: The answer to C4 is "nope"/m);
    const newer = temp('newer-session.json', JSON.stringify(setAt(session, '/formatVersion', 3)));
    const newerRun = actie(['validate', newer]);
    exits(newerRun, 1);
    assert.match(newerRun.stderr, /\/formatVersion: This session file has format version 3/);
  });

  it('text that is not JSON → exit 1 with the root path "/"', () => {
    const run = actie(['validate', '-'], '{"answers": ');
    exits(run, 1);
    assert.match(run.stderr, /^-: 1 problem found:\n {2}\/: The file is not valid JSON: /);
  });
});

describe('actie model', () => {
  it('prints the default model as JSON that validateModel accepts', () => {
    const run = actie(['model']);
    exits(run, 0);
    const model = valueOf(validateModel(JSON.parse(run.stdout) as unknown));
    assert.equal(model.id, 'actie-default');
    assert.deepEqual(
      model.areas.map((a) => a.letter),
      ['A', 'C', 'T', 'I', 'E'],
    );
    assert.equal(model.conditions.length, 41);
  });

  it('prints a custom --model completed with its single-question conditions', () => {
    const file = temp('mini-for-print.json', JSON.stringify(miniModel()));
    const run = actie(['model', '--model', file]);
    exits(run, 0);
    const printed = JSON.parse(run.stdout) as { conditions: { id: string }[] };
    assert.deepEqual(printed.conditions.map((c) => c.id), ['Q1', 'Q2']);
  });
});
