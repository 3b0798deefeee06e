import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AssessmentResult } from '../dist/index.js';
import { validateModel } from '../dist/index.js';
import { miniModel, setAt, valueOf } from './helpers.js';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const RSS_REPORTER = fileURLToPath(new URL('fixtures/report-max-rss.mjs', import.meta.url));
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

  const usageErrors: readonly [string, readonly string[], RegExp, RegExp][] = [
    ['no command', [], /^actie: no command given\./, /Usage: actie <command>/],
    ['an unknown command', ['grade', FULL], /^actie: unknown command "grade"\./, /Usage: actie <command>/],
    [
      'a bad --format',
      ['score', '--format', 'pdf', FULL],
      /--format must be one of text, json, md; got "pdf"/,
      /Usage: actie score FILE/,
    ],
    ['a bad --lang', ['score', '--lang', 'de', FULL], /--lang must be one of nl, en; got "de"/, /Usage: actie score FILE/],
    ['two files', ['score', FULL, HALF], /score needs exactly one FILE/, /Usage: actie score FILE/],
    ['no file', ['validate'], /validate needs exactly one FILE/, /Usage: actie validate FILE/],
    [
      '--format with validate',
      ['validate', '--format', 'json', FULL],
      /validate has no --format option/,
      /Usage: actie validate FILE/,
    ],
    ['a file with model', ['model', FULL], /model takes no FILE/, /Usage: actie model/],
    [
      'an option without its value',
      ['score', FULL, '--format'],
      /--format needs a value: --format FMT/,
      /Usage: actie score FILE/,
    ],
    [
      'an option given twice',
      ['score', '--lang', 'en', '--lang', 'nl', FULL],
      /--lang is given twice/,
      /Usage: actie score FILE/,
    ],
    ['standard input twice', ['team', '-', '-'], /standard input \(-\) can be read only once/, /Usage: actie team FILE\.\.\./],
    ['help for an unknown command', ['help', 'grade'], /unknown command "grade"/, /Usage: actie <command>/],
  ];
  for (const [what, args, message, usage] of usageErrors) {
    it(`${what} → exit 2 with the message and the usage on stderr`, () => {
      const run = actie(args);
      exits(run, 2);
      assert.match(run.stderr, message);
      assert.match(run.stderr, usage);
      assert.equal(run.stdout, '');
    });
  }

  it('an unknown option gets our own message, with the options of that command', () => {
    const run = actie(['score', '--colour', FULL]);
    exits(run, 2);
    assert.match(
      run.stderr,
      /^actie: unknown option "--colour"\. Options of score: --format, --lang, --model, --help\.\n\nUsage: actie score FILE/,
    );
    // Not node:util's message, which talks about positional arguments and '--'.
    assert.doesNotMatch(run.stderr, /positional|Unknown option '/);
    const short = actie(['validate', '-x', FULL]);
    exits(short, 2);
    assert.match(short.stderr, /^actie: unknown option "-x"\. Options of validate: --model, --help\./);
    const none = actie(['--colour']);
    exits(none, 2);
    assert.match(none.stderr, /^actie: unknown option "--colour"\. Options: --help, --version\./);
  });

  it('actie help, actie help COMMAND and actie COMMAND --help print the help on stdout', () => {
    const general = actie(['help']);
    exits(general, 0);
    assert.match(general.stdout, /^Usage: actie <command> \[options\]/);
    for (const command of ['score', 'validate', 'model', 'team', 'plan', 'help'])
      assert.match(general.stdout, new RegExp(`^ {2}${command} `, 'm'));
    assert.match(general.stdout, /actie help <command>/);
    assert.match(general.stdout, /model files may\nalso be YAML/);
    assert.match(general.stdout, /3 \(team\) some files not combined/);
    const helps: readonly [string, RegExp, readonly string[], readonly string[]][] = [
      [
        'score',
        /^Usage: actie score FILE \[--format text\|json\|md\] \[--lang nl\|en\] \[--model NAME\|FILE\]\n/,
        ['--format', '--lang', '--model'],
        [],
      ],
      ['validate', /^Usage: actie validate FILE \[--model NAME\|FILE\]\n/, ['--model'], ['--format', '--lang']],
      [
        'model',
        /^Usage: actie model \[--model NAME\|FILE\] \[--format json\|yaml\] \| --list \| diff OLD NEW \[--format text\|md\|json\]\n/,
        ['--model', '--list', '--format'],
        ['--lang'],
      ],
      ['team', /^Usage: actie team FILE\.\.\. /, ['--format', '--lang', '--model'], []],
      ['plan', /^Usage: actie plan FILE \[--format md\|csv\|ics\|json\]/, ['--format', '--lang', '--model'], []],
    ];
    for (const [command, usage, has, hasNot] of helps) {
      // Every way of asking for one command's help gives the same text; one way each for the others.
      const ways =
        command === 'score'
          ? [
              ['help', command],
              [command, '--help'],
              [command, '-h'],
              ['--help', command],
            ]
          : [['help', command]];
      for (const args of ways) {
        const run = actie(args);
        exits(run, 0);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, usage, args.join(' '));
        for (const option of has) assert.match(run.stdout, new RegExp(`^ {2}${option} `, 'm'), `${command} help lists ${option}`);
        for (const option of hasNot)
          assert.doesNotMatch(run.stdout, new RegExp(`^ {2}${option} `, 'm'), `${command} help has no ${option}`);
        assert.match(run.stdout, /^Examples?:\n {2}actie /m);
      }
    }
  });
});

describe('actie score', () => {
  it('scores a full session file as Dutch text, with a heading per area', () => {
    const run = actie(['score', FULL]);
    exits(run, 0);
    assert.equal(run.stderr, '');
    const out = run.stdout;
    // The report is headed by the initiative it is about (the intake's topic is its title), then
    // the check it is, then its goal.
    assert.match(
      out,
      /^Moestuin achter het buurthuis\n=+\n\nACTIE-check voor bewonersinitiatieven\n\nDoel: Een moestuin waar buren samen groenten kweken en elkaar leren kennen\.\n/,
    );
    assert.match(out, /^Beantwoord: 44 \/ 44$/m);
    assert.match(out, /^De 44 vragen vormen samen 40 punten/m);
    // Worked out by hand from the answers in the file (good / needs work / unknown), condition by
    // condition; "partly" is not the favourable answer, so it needs work:
    //   A: motive (A1, A9 yes) good, A3 partly, A10 yes good, A5 partly, A11 yes (risk), A12 no good → 3 / 3 / 0
    //   C: C2 partly, C8 no, C4 no, C5 don't know, C9 yes good, C10 no good → 2 / 3 / 1
    //   T: T9 partly, T10, T2, T3 yes good, T11 partly, T12 no, T13 and T15 don't know, T14 partly, T7 no good → 4 / 4 / 2
    //   I: I1 yes good, I2 no, I4 partly, I14 partly, I15 no, I16 don't know, I8 yes (risk), I17 yes good,
    //      continuity (I10, I11 no), I12 no → 2 / 7 / 1
    //   E: E11 no, E2 yes good, clear agreements (E12 partly), E13 no, E14, E15 yes good, E9 partly,
    //      E16 no (no choice of theirs reversed: a risk question) good → 4 / 4 / 0
    // 21 of the 36 judged points need work, at least as many as go well, so the whole needs work;
    // so does every area, where at least half of the judged points need work.
    assert.match(out, /^Totaal: vraagt aandacht \(15 gaan goed, 21 vragen aandacht, 4 nog onbekend\)$/m);
    assert.match(out, /^A · Animo: vraagt aandacht \(3 gaan goed, 3 vragen aandacht, 0 nog onbekend\)$/m);
    assert.match(out, /^C · Contacten: vraagt aandacht \(2 gaan goed, 3 vragen aandacht, 1 nog onbekend\)$/m);
    assert.match(out, /^T · Toerusting: vraagt aandacht \(4 gaan goed, 4 vragen aandacht, 2 nog onbekend\)$/m);
    assert.match(out, /^I · Inbedding: vraagt aandacht \(2 gaan goed, 7 vragen aandacht, 1 nog onbekend\)$/m);
    assert.match(out, /^E · Empathie: vraagt aandacht \(4 gaan goed, 4 vragen aandacht, 0 nog onbekend\)$/m);
    // The residents lead and ask for nothing to be taken over, but T9 (money) is only partly there:
    // facilitating with targeted support (rule resources-gap; no rule above it holds in this
    // intake), which differs from the stimulating role the respondent takes now.
    assert.match(out, /Voorgestelde rol: Faciliterend\. Bewoners trekken het initiatief, maar ze missen nog iets/);
    assert.match(
      out,
      /Uw rol nu: Stimulerend\. Die is anders dan de voorgestelde rol\. Bespreek of u bewust voor uw rol kiest\./,
    );
    // No point of attention applies: no stake, no vulnerable people, no task taken over, nothing
    // unknown asked, no funding that ends, not closing.
    assert.doesNotMatch(out, /^Let op$/m);
    // E12 'partly' makes the combined condition need work: named by its concern, with each of its
    // three questions and the answer given (E5 and E6 are yes), then its own action point.
    assert.match(
      out,
      /- De afspraken zijn nog niet duidelijk, want een termijn voor antwoord, wie wat doet of wat niet kan ontbreekt \(beslissend punt\)\n\s+Vraag: Is afgesproken binnen hoeveel dagen de initiatiefnemers antwoord krijgen als ze iets vragen\? Antwoord: deels\.\n\s+Vraag: .+\? Antwoord: ja\.\n\s+Vraag: .+\? Antwoord: ja\.\n\s+→ U kunt met de initiatiefnemers afspreken/,
    );
    // The notes stay with the point they belong to.
    assert.match(
      out,
      /- U heeft de initiatiefnemers nog niet verteld bij wie ze waarvoor terechtkunnen\n\s+Vraag: .+ Antwoord: nee\.\n\s+Notitie: Ze bellen nu het algemene nummer en komen steeds bij iemand anders uit\.\n\s+→ /,
    );
    assert.match(out, /^\s+Notitie: Het aanvraagformulier voor 500 euro is twaalf pagina's\.$/m);
    assert.match(out, /^\s+Notitie: Voor het hek en de kas is misschien een vergunning nodig; dat weet nog niemand\.$/m);
    // What goes well is written as a strength, not as the question or the condition's title.
    assert.match(
      out,
      /^ {2}Gaat al goed:\n {2}- U weet wat de initiatiefnemers drijft, en heeft besproken wat dat voor uw steun betekent\n/m,
    );
    assert.doesNotMatch(out, /^ {2}- Eén vast aanspreekpunt$/m);
    assert.doesNotMatch(out, /\b[ACTIE]\d+\b/, 'no question codes');
  });

  it('scores a plain answers file', () => {
    const run = actie(['score', '--lang', 'en', HALF]);
    exits(run, 0);
    assert.match(run.stdout, /Answered: 6 \/ 44/);
    // Animo: the motive needs work (A1 no), A3 no, A10 yes; A5, A11 and A12 are open: three of
    // six, not more than half, so the area is judged on the rest: 2 needing work against 1 going well.
    assert.match(run.stdout, /^A · Enthusiasm: needs work \(1 going well, 2 needing work, 3 not known yet\)$/m);
    // Toerusting: only T14 (yes) is known, T7 is "don't know" and the rest open: more than half
    // of its points cannot be judged, so the area is unknown though nothing in it needs work.
    assert.match(run.stdout, /^T · Resources: not known yet \(1 going well, 0 needing work, 9 not known yet\)$/m);
    // A professional's idea in the idea phase → stimulerend.
    assert.match(
      run.stdout,
      /Suggested role: Stimulating\. The idea comes from a professional or the municipality, and the initiative is only beginning\./,
    );
    // A1 'no' decides the combined motive condition (A9 is still open): only A1 is shown.
    assert.match(
      run.stdout,
      /- It is not yet clear what drives the initiators, or what it means for your support \(decisive point\)\n\s+Question: Have the initiators told you or a colleague in their own words why they want this\? Answer: no\.\n\s+→ /,
    );
    // The note on A3 stays with its point.
    assert.match(
      run.stdout,
      /- Beyond its own group, the initiative has little support in the neighbourhood yet\n\s+Question: .+ Answer: no\.\n\s+Note: Alleen de twee trekkers zijn enthousiast\.\n/,
    );
    assert.doesNotMatch(run.stdout, /\b[ACTIE]\d+\b/, 'no question codes');
  });

  it('--format json prints the AssessmentResult', () => {
    const run = actie(['score', '--format', 'json', FULL]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.equal(result.conditions.length, 40);
    // The one decisive point that needs work: the clear agreements (E12 partly).
    assert.deepEqual(result.overall.counts, { good: 15, needsWork: 21, unknown: 4, offers: 0, keyNeedsWork: 1, total: 40 });
    assert.equal(result.overall.status, 'needs-work');
    assert.deepEqual(result.model, { id: 'actie-default', version: '3.0' });
    assert.equal(result.role?.suggested, 'faciliterend');
    assert.equal(result.role?.current, 'stimulerend');
    assert.equal(result.role?.rule, 'resources-gap');
    assert.deepEqual(result.errors, []);
    // A1 and A9 are both yes here: the combined condition goes well.
    const fits = result.conditions.find((c) => c.id === 'animo-motive-fits');
    assert.equal(fits?.status, 'good');
    assert.deepEqual(fits?.questions, ['A1', 'A9']);
  });

  it('--format md --lang en is Markdown in English', () => {
    const run = actie(['score', '--format', 'md', '--lang', 'en', FULL]);
    exits(run, 0);
    const out = run.stdout;
    assert.match(out, /^# Moestuin achter het buurthuis\n\nACTIE check for residents’ initiatives\n\n\*\*Goal\*\*: /);
    assert.match(out, /^## A · Enthusiasm: needs work \(3 going well, 3 needing work, 0 not known yet\)$/m);
    assert.match(out, /^## E · Empathy: needs work \(4 going well, 4 needing work, 0 not known yet\)$/m);
    assert.match(out, /^\*\*Needs work\*\*$/m);
    assert.match(out, /^\*\*Suggested role:\*\* Facilitating\./m);
    // What goes well, as a strength and without the question's answer beside it; points that need
    // work with the question and answer behind them as a nested list, so each stays on its own line.
    assert.match(out, /^- The initiators have one fixed point of contact in your organisation$/m);
    assert.match(out, /^ {2}- Question: .+\? Answer: (partly|no|yes)\.$/m);
    assert.match(out, /^ {2}- Note: Ze bellen nu het algemene nummer en komen steeds bij iemand anders uit\.$/m);
    assert.match(out, /^ {2}- → /m);
    assert.doesNotMatch(out, /\b[ACTIE]\d+\b/, 'no question codes');
    assert.ok(!/Vraagt aandacht|Gaat al goed/.test(out), 'no Dutch labels');
    assert.ok(!out.includes('\n=='), 'no text-style underlines');
  });

  it('reads the file from stdin with -', () => {
    const run = actie(['score', '--format', 'json', '-'], readFileSync(HALF, 'utf8'));
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.progress, { answered: 6, total: 44 });
    assert.equal(result.role?.rule, 'professional-start');
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
    const file = temp('newer-session.json', JSON.stringify(setAt(session, '/model/version', '4.0')));
    const run = actie(['score', file]);
    exits(run, 1);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /\/model\/version: This was saved with version 4\.0 of the model, which is newer than this one \(3\.0\)/,
    );
  });

  it('a session saved with model 1.0 (release 0.1) is carried over, scored, and the change is told on stderr', () => {
    const old = fileURLToPath(new URL('./fixtures/release-0.1/session.json', import.meta.url));
    const run = actie(['score', '--format', 'json', old]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.model, { id: 'actie-default', version: '3.0' });
    assert.deepEqual(result.errors, []);
    // By hand, from the 38 answers in the file and the model's migration from 1.0: the kept and
    // moved questions carry their answers over (A3, C2, C4, C5, T2, T3, I1, and I7 as I12); A1
    // ("do you know what drives them") and E2 (a habit, now the last conversation) are replaced, so
    // they are answered again; every replaced or split question's new questions need a new answer
    // (listed in the order of the 3.0 model; 1.0's T7 on rules, insurance and liability split into
    // T12, T13 and T15); A7, C1, T4 and I8 were removed. The intake questions 1.0 did not have,
    // or did not answer, are named. The plan's links to T6, I2 and toerusting-support-fits follow
    // the condition map.
    assert.match(
      run.stderr,
      /saved with version 1\.0 of the model; carried over to 3\.0: 8 answers kept; 32 questions need a new answer \(A1, A9, A10, A5, A11, A12, C8, C9, C10, T9, T10, T12, T13, T15, T14, T7, I4, I14, I15, I16, I8, I17, I10, I11, E11, E2, E12, E5, E6, E13, E14, E15\); the earlier answers are in their notes; answers to A7, C1, T4, I8 no longer have a question; intake questions to answer: goal, lead, stake, vulnerable, request, moments; 3 agreements linked anew\.\n/,
    );
  });

  it('a missing file → exit 1 with "cannot read"', () => {
    const missing = join(dir, 'nothing-here.json');
    const run = actie(['score', missing]);
    exits(run, 1);
    assert.equal(run.stderr, `${missing}: 1 problem found:\n  /: Cannot read the file: no such file.\n`);
    const folder = actie(['validate', dir]);
    exits(folder, 1);
    assert.equal(folder.stderr, `${dir}: 1 problem found:\n  /: Cannot read the file: it is a folder.\n`);
  });

  it('scores with a custom --model', () => {
    const model = temp('mini-model.json', JSON.stringify(miniModel()));
    const answers = temp('mini-answers.json', JSON.stringify({ intake: { phase: 'early' }, answers: { Q1: 'yes', Q2: 'yes' } }));
    const run = actie(['score', '--model', model, '--format', 'json', answers]);
    exits(run, 0);
    const result = JSON.parse(run.stdout) as AssessmentResult;
    assert.deepEqual(result.model, { id: 'mini', version: '2.1' });
    assert.deepEqual(
      result.conditions.map((c) => [c.id, c.status]),
      [
        ['Q1', 'good'],
        ['Q2', 'needs-work'],
      ],
    );
    assert.equal(result.role?.rule, 'early-and-risky');

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
    assert.equal(run.stdout, `${file}: valid model "actie-default" 3.0: 5 areas, 44 questions, 40 conditions.\n`);
    assert.equal(run.stderr, '');
  });

  it('accepts a session file and an answers file', () => {
    const session = actie(['validate', FULL]);
    exits(session, 0);
    assert.equal(session.stdout, `${FULL}: valid session file for "actie-default" 3.0: 44 answers.\n`);
    const answers = actie(['validate', HALF]);
    exits(answers, 0);
    assert.equal(answers.stdout, `${HALF}: valid answers file for "actie-default" 3.0: 6 answers.\n`);
  });

  it('reads from stdin with -', () => {
    const run = actie(['validate', '-'], '{"answers":{"A1":"yes"}}');
    exits(run, 0);
    assert.equal(run.stdout, '-: valid answers file for "actie-default" 3.0: 1 answer.\n');
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
    const newer = temp('newer-session.json', JSON.stringify(setAt(session, '/formatVersion', 4)));
    const newerRun = actie(['validate', newer]);
    exits(newerRun, 1);
    assert.match(newerRun.stderr, /\/formatVersion: This session file has format version 4/);
  });

  it('text that is not JSON → exit 1 with the root path "/"', () => {
    const run = actie(['validate', '-'], '{"answers": ');
    exits(run, 1);
    assert.match(run.stderr, /^-: 1 problem found:\n {2}\/: The file is not valid JSON: /);
  });
});

describe('actie: every file is read the same way by every command', () => {
  const PLAN = fileURLToPath(new URL('../../../examples/plans/wijkteam-noord-plan.json', import.meta.url));
  const TEAM = fileURLToPath(new URL('../../../examples/team/sessions/ambtenaar.json', import.meta.url));
  /** Each command with a file of its own kind in place of FILE. */
  const commands = (file: (kind: 'session' | 'plan' | 'model') => string): readonly (readonly string[])[] => [
    ['score', file('session')],
    ['validate', file('session')],
    ['team', file('session')],
    ['plan', file('plan')],
    ['model', '--model', file('model')],
    ['validate', file('model')],
  ];
  const sources = {
    session: () => readFileSync(TEAM, 'utf8'),
    plan: () => readFileSync(PLAN, 'utf8'),
    model: () => JSON.stringify(miniModel()),
  };

  it('a byte order mark is accepted by every command (it broke score and team)', () => {
    for (const args of commands((kind) => temp(`bom-${kind}.json`, '\uFEFF' + sources[kind]()))) {
      const run = actie(args);
      exits(run, 0);
      assert.equal(run.stderr, '', args.join(' '));
    }
    const stdin = actie(['score', '--format', 'json', '-'], '\uFEFF' + readFileSync(HALF, 'utf8'));
    exits(stdin, 0);
  });

  it('a file that holds a JSON string is not parsed a second time', () => {
    const inner = JSON.stringify({ answers: { A1: 'yes' } });
    const file = temp('string.json', JSON.stringify(inner));
    for (const args of commands(() => file)) {
      const run = actie(args);
      exits(run, 1);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        `${file}: ${args[0] === 'team' ? 'not combined, ' : ''}1 problem found:\n  /: The file holds text (a JSON string), not a JSON object. ACTIE files (models, sessions, answers and action plans) are objects: { … }.\n` +
          (args[0] === 'team' ? 'actie: no session could be combined (1 file given).\n' : ''),
        args.join(' '),
      );
    }
  });

  it('every problem with reading a file has the same wording, whatever the command or kind of file', () => {
    const cases: readonly [string, string | Buffer, string][] = [
      ['broken.json', '{"answers": ', '/: The file is not valid JSON: Unexpected end of JSON input.'],
      ['list.json', '[1, 2]', '/: The file holds a list, not a JSON object.'],
      ['utf16.json', Buffer.from('\uFEFF{"answers":{}}', 'utf16le'), '/: The file is not UTF-8 text.'],
      [
        'big.json',
        `{"answers":{},"x":"${'y'.repeat(2_000_000)}"}`,
        '/: The file is larger than 2,000,000 bytes (2 MB), the most ACTIE reads; it was not read further.',
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = temp(name, '');
      writeFileSync(file, content);
      for (const args of commands(() => file)) {
        const run = actie(args);
        exits(run, 1);
        const lines = run.stderr.split('\n');
        assert.match(
          lines[0] ?? '',
          new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (not combined, )?1 problem found:$`),
          args.join(' '),
        );
        assert.ok(lines[1]?.startsWith(`  ${message}`), `${args.join(' ')}: ${lines[1]}`);
      }
    }
    const missing = join(dir, 'missing.json');
    for (const args of commands(() => missing)) {
      const run = actie(args);
      exits(run, 1);
      assert.match(run.stderr, /1 problem found:\n {2}\/: Cannot read the file: no such file\.\n/, args.join(' '));
    }
  });

  it(
    'over-large input is refused before it is read whole: /dev/zero and standard input',
    { skip: !existsSync('/dev/zero') && 'no /dev/zero' },
    () => {
      const result = spawnSync(process.execPath, ['--import', pathToFileURL(RSS_REPORTER).href, CLI, 'score', '/dev/zero'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(result.status, 1, result.stderr);
      assert.match(result.stderr, /^\/dev\/zero: 1 problem found:\n {2}\/: The file is larger than 2,000,000 bytes/);
      // Reading /dev/zero whole used about 600 MB before it gave up; now it stops after 2 MB.
      const kb = Number(/max-rss-kb=(\d+)/.exec(result.stderr)?.[1]);
      assert.ok(kb > 0 && kb < 200_000, `peak memory ${kb} kB`);

      // actie stops reading standard input after 2 MB, so writing the rest of it may fail with EPIPE.
      const stdin = spawnSync(process.execPath, [CLI, 'validate', '-'], {
        input: ' '.repeat(3_000_000),
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.ok(!stdin.error || (stdin.error as NodeJS.ErrnoException).code === 'EPIPE', String(stdin.error));
      assert.equal(stdin.status, 1);
      assert.match(stdin.stderr, /^-: 1 problem found:\n {2}\/: The file is larger than 2,000,000 bytes/);
    },
  );

  it("every problem in a file is reported at once: a session's structure and its answers together", () => {
    const session = JSON.parse(readFileSync(FULL, 'utf8')) as Record<string, unknown>;
    let broken = setAt(session, '/createdAt', 'yesterday');
    broken = setAt(broken, '/answers/C4', 'nope');
    broken = setAt(broken, '/answers/X1', 'yes');
    const file = temp('two-kinds.json', JSON.stringify(broken));
    for (const command of ['score', 'validate']) {
      const run = actie([command, file]);
      exits(run, 1);
      assert.equal(
        run.stderr,
        `${file}: 3 problems found:\n` +
          '  /createdAt: createdAt must be a date and time like "2026-11-30T10:00:00Z".\n' +
          '  /answers/C4: The answer to C4 is "nope"; use one of "yes", "partly", "no", "dont-know" (or null for no answer).\n' +
          '  /answers/X1: There is no question "X1" in model "actie-default" 3.0.\n',
      );
    }
  });

  it('validate also checks action plans; score says what to do with a model or a plan', () => {
    const plan = actie(['validate', PLAN]);
    exits(plan, 0);
    assert.match(plan.stdout, /: valid action plan: \d+ agreements\.\n$/);
    const bad = temp(
      'bad-plan.json',
      JSON.stringify({
        format: 'actie-plan',
        formatVersion: 1,
        agreements: [{ id: 'a', condition: 'not an id', what: 'x', status: 'open' }],
      }),
    );
    const badRun = actie(['validate', bad]);
    exits(badRun, 1);
    assert.match(badRun.stderr, /^ {2}\/agreements\/0\/condition: The condition id "not an id" is not a valid id/m);
    const model = temp('a-model.json', JSON.stringify(miniModel()));
    const scored = actie(['score', model]);
    exits(scored, 1);
    assert.match(
      scored.stderr,
      /This is a model, not a session or answers file; score it with: actie score --model FILE ANSWERS\./,
    );
  });
});

describe('actie: output into a pipe that closes', () => {
  it(
    '`actie model | head -c 1` ends quietly, with exit code 0 (it crashed with EPIPE)',
    { skip: !existsSync('/bin/bash') && 'no bash' },
    () => {
      // The model is about 90 kB, more than a pipe holds, so most of it is written after head has gone.
      for (const args of ['model', 'score --format json ' + JSON.stringify(FULL)]) {
        const result = spawnSync(
          '/bin/bash',
          ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${args} | head -c 1 > /dev/null`],
          {
            encoding: 'utf8',
            timeout: 20_000,
          },
        );
        assert.equal(result.stderr, '', args);
        assert.equal(result.status, 0, args);
      }
    },
  );
});

describe('actie: the command in this repository', () => {
  const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

  it(
    '`pnpm exec actie` works from the repository root',
    { skip: !existsSync(join(ROOT, 'pnpm-lock.yaml')) && 'not in the repository' },
    () => {
      // The root package depends on @actie/rules, whose bin (bin/actie.js) exists before the build,
      // so `pnpm install` links it even on a clean clone.
      const run = spawnSync('pnpm', ['exec', 'actie', 'validate', 'examples/sessions/half-ingevuld.json'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(run.error, undefined);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, 'examples/sessions/half-ingevuld.json: valid answers file for "actie-default" 3.0: 6 answers.\n');
      assert.equal(run.status, 0);
    },
  );

  it('the bin runs the built command line', () => {
    const bin = fileURLToPath(new URL('../bin/actie.js', import.meta.url));
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    assert.equal(pkg.bin['actie'], './bin/actie.js');
    const run = spawnSync(process.execPath, [bin, 'help', 'plan'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Usage: actie plan FILE/);
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
    assert.equal(model.conditions.length, 40);
  });

  it('prints a custom --model completed with its single-question conditions', () => {
    const file = temp('mini-for-print.json', JSON.stringify(miniModel()));
    const run = actie(['model', '--model', file]);
    exits(run, 0);
    const printed = JSON.parse(run.stdout) as { conditions: { id: string }[] };
    assert.deepEqual(
      printed.conditions.map((c) => c.id),
      ['Q1', 'Q2'],
    );
  });
});

describe('actie: the built-in models by name', () => {
  it('model --list names the three models, their ids and who answers them', () => {
    const run = actie(['model', '--list']);
    exits(run, 0);
    assert.match(run.stdout, /^initiative +actie-default 3\.0 +44 questions/m);
    assert.match(run.stdout, /^organisation +actie-organisation 2\.0 +35 questions/m);
    assert.match(run.stdout, /^initiator +actie-initiator 2\.0 +21 questions/m);
    exits(actie(['model', '--list', '--model', 'organisation']), 2);
  });

  it('--model NAME prints, scores and combines with that model', () => {
    const printed = actie(['model', '--model', 'organisation']);
    exits(printed, 0);
    assert.equal((JSON.parse(printed.stdout) as { id: string }).id, 'actie-organisation');

    const answers = temp('scan-answers.json', JSON.stringify({ intake: { ambition: 'faciliterend' }, answers: { OA1: 'yes' } }));
    const scored = actie(['score', answers, '--model', 'organisation', '--format', 'json']);
    exits(scored, 0);
    assert.equal((JSON.parse(scored.stdout) as AssessmentResult).model.id, 'actie-organisation');

    // The default model's session does not fit the initiators' questions: refused, and it says why.
    const refused = actie(['score', FULL, '--model', 'initiator']);
    exits(refused, 1);
    assert.match(refused.stderr, /ACTIE check of one initiative .* not for the initiators' own questions/);

    // An unknown name is read as a file.
    const unknown = actie(['score', FULL, '--model', 'organization']);
    exits(unknown, 1);
    assert.match(unknown.stderr, /^organization: /m);
  });

  it('score prints what the participant wrote per area', () => {
    const session = JSON.parse(readFileSync(FULL, 'utf8')) as Record<string, unknown>;
    session['formatVersion'] = 3;
    session['reflections'] = { animo: 'De buurt doet goed mee.' };
    const file = temp('with-reflection.json', JSON.stringify(session));
    const run = actie(['score', file]);
    exits(run, 0);
    assert.match(run.stdout, /^Wat gaat goed\? Wat pakken we op\?\n\n {2}A · Animo:\n {2}- De buurt doet goed mee\.$/m);
  });

  it('text from a file cannot steer the terminal: control characters are printed as \u{FFFD}', () => {
    const session = JSON.parse(readFileSync(FULL, 'utf8')) as Record<string, unknown>;
    session['formatVersion'] = 3;
    // A window title (OSC), a clear screen (CSI), a one-character CSI (C1) and a lone carriage return.
    session['reflections'] = { animo: 'Goed\u001b]0;gehackt\u0007 bezig\u001b[2J, echt\u009b31m.\rNiets' };
    const run = actie(['score', temp('controls.json', JSON.stringify(session))]);
    exits(run, 0);
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/u;
    assert.doesNotMatch(run.stdout, CONTROL);
    assert.match(run.stdout, /- Goed\u{FFFD}\]0;gehackt\u{FFFD} bezig\u{FFFD}\[2J, echt\u{FFFD}31m\.\u{FFFD}Niets$/mu);

    // An error message quotes what it refused; on stderr too.
    const bad = JSON.parse(readFileSync(FULL, 'utf8')) as { answers: Record<string, unknown> };
    bad.answers['A1\u001b[31m'] = 'yes';
    const refused = actie(['score', temp('bad-key.json', JSON.stringify(bad))]);
    exits(refused, 1);
    assert.doesNotMatch(refused.stderr, CONTROL);
    assert.match(refused.stderr, /A1\u{FFFD}\[31m/u);
  });

  it('team: a file given twice is counted once, and says so on stderr', () => {
    const TEAM = fileURLToPath(new URL('../../../examples/team/sessions/', import.meta.url));
    const one = join(TEAM, 'ambtenaar.json');
    const copy = temp('ambtenaar-kopie.json', readFileSync(one, 'utf8'));
    const run = actie(['team', one, copy, '--format', 'json']);
    exits(run, 0);
    assert.equal((JSON.parse(run.stdout) as { participants: number }).participants, 1);
    assert.match(run.stderr, /ambtenaar-kopie\.json: the same session as .*ambtenaar\.json; counted once\./);
  });
});
