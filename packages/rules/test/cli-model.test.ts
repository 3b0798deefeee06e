// `actie model` as an editable file (JSON or YAML, with $schema), model files in YAML everywhere a
// model is read, and `actie model diff`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { AssessmentResult } from '../dist/index.js';
import { loadBuiltinModel, validateModel } from '../dist/index.js';
import { parseYamlText, toYaml } from '../src/cli/yaml.ts';
import { CLI, actie, exits, literal, tempFolder } from './cli-helpers.js';
import { REMOVE, miniModel, setAt, valueOf } from './helpers.js';

const SCHEMA = fileURLToPath(new URL('../schema/model.schema.json', import.meta.url));
const RSS_REPORTER = fileURLToPath(new URL('fixtures/report-max-rss.mjs', import.meta.url));
const temp = tempFolder('actie-cli-model-');
after(() => temp.remove());

const miniYaml = async (model: Record<string, unknown> = miniModel()): Promise<string> => toYaml(model);

describe('actie model: a model as a file to edit', () => {
  it('--format yaml prints the complete model as YAML that parses back to exactly the same data', async () => {
    for (const name of ['initiative', 'organisation', 'initiator']) {
      const run = actie(['model', '--model', name, '--format', 'yaml']);
      exits(run, 0);
      assert.equal(run.stderr, '');
      const model = await loadBuiltinModel(name);
      const data = parse(run.stdout) as Record<string, unknown>;
      assert.deepEqual(data, { $schema: data['$schema'], ...JSON.parse(JSON.stringify(model)) }, name);
      assert.ok(run.stdout.startsWith('$schema: '), 'the $schema key comes first');
      // Readable: block style, no anchors or aliases (texts a condition shares with its question are written out).
      assert.doesNotMatch(run.stdout, /^\s*(- )?[\w$]+: [&*]\w+$/m);
      assert.doesNotMatch(run.stdout, /^\s*\w+: \{/m, 'no flow mappings');
      // Long texts are folded onto further lines, not one line of hundreds of characters.
      const longest = Math.max(...run.stdout.split('\n').map((line) => line.trimStart().length));
      assert.ok(longest <= 110, `longest line ${longest}`);
    }
  });

  it('the default format is JSON, also with $schema first', () => {
    const run = actie(['model']);
    exits(run, 0);
    assert.match(run.stdout, /^\{\n {2}"\$schema": "[^"]+model\.schema\.json",\n {2}"id": "actie-default",/);
  });

  it("$schema is the path of the package's schema from the folder actie runs in, so a file saved there finds it", () => {
    const cwd = temp.dir();
    for (const format of ['json', 'yaml']) {
      const run = actie(['model', '--format', format], { cwd });
      exits(run, 0);
      const schema = (format === 'json' ? JSON.parse(run.stdout) : parse(run.stdout)) as { $schema: string };
      assert.equal(schema.$schema, relative(cwd, SCHEMA).split('\\').join('/'));
      assert.equal(resolve(cwd, decodeURIComponent(schema.$schema)), SCHEMA);
    }
    const fromPackage = actie(['model', '--format', 'yaml'], { cwd: fileURLToPath(new URL('../', import.meta.url)) });
    assert.match(fromPackage.stdout, /^\$schema: schema\/model\.schema\.json\n/);
  });

  it('validateModel accepts what actie model prints, $schema included', () => {
    const json = actie(['model', '--model', 'organisation']);
    assert.equal(valueOf(validateModel(json.stdout)).id, 'actie-organisation');
    const yaml = actie(['model', '--model', 'initiator', '--format', 'yaml']);
    assert.equal(valueOf(validateModel(parse(yaml.stdout))).id, 'actie-initiator');
  });

  it('toYaml round-trips any JSON data, texts with line breaks, quotes and leading spaces included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = await toYaml(value);
        const back = await parseYamlText(text);
        assert.ok(back.ok, text);
        // JSON has no -0; YAML keeps it, JSON.stringify writes it as 0.
        assert.deepEqual(JSON.parse(JSON.stringify(back.value)), JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
  });

  it('usage: a bad --format, --format with --list, a file operand', () => {
    exits(actie(['model', '--format', 'xml']), 2);
    assert.match(actie(['model', '--format', 'xml']).stderr, /--format must be one of json, yaml; got "xml"/);
    assert.match(actie(['model', '--list', '--format', 'yaml']).stderr, /leave out --model and --format/);
    assert.match(actie(['model', 'initiative']).stderr, /model takes no FILE; .*actie model diff OLD NEW/);
  });
});

describe('model files in YAML', () => {
  it('--model FILE.yaml (and .yml) scores, validates, prints and exports', async () => {
    const model = temp.file('mini.yaml', await miniYaml());
    const yml = temp.file('mini.yml', await miniYaml());
    const answers = temp.file('answers.json', JSON.stringify({ intake: { phase: 'early' }, answers: { Q1: 'yes', Q2: 'yes' } }));
    for (const file of [model, yml]) {
      const scored = actie(['score', answers, '--model', file, '--format', 'json']);
      exits(scored, 0);
      assert.deepEqual((JSON.parse(scored.stdout) as AssessmentResult).model, { id: 'mini', version: '2.1' });
      const validated = actie(['validate', file]);
      exits(validated, 0);
      assert.equal(validated.stdout, `${file}: valid model "mini" 2.1: 1 areas, 2 questions, 2 conditions.\n`);
      const printed = actie(['model', '--model', file]);
      exits(printed, 0);
      assert.equal((JSON.parse(printed.stdout) as { id: string }).id, 'mini');
    }
    const withAnswers = actie(['validate', answers, '--model', model]);
    exits(withAnswers, 0);
    assert.match(withAnswers.stdout, /valid answers file for "mini" 2\.1: 2 answers/);
  });

  it('a file with another name, or standard input, is JSON when it starts with { or [, else YAML', async () => {
    const yaml = await miniYaml();
    const noExtension = temp.file('mini-model', yaml);
    exits(actie(['validate', noExtension]), 0);
    const stdin = actie(['validate', '-'], { input: yaml });
    exits(stdin, 0);
    assert.equal(stdin.stdout, '-: valid model "mini" 2.1: 1 areas, 2 questions, 2 conditions.\n');
    exits(actie(['validate', '-'], { input: '\uFEFF' + yaml }), 0);
    // JSON by its first character: a JSON error, as before.
    const brokenJson = actie(['validate', '-'], { input: '  {"id": ' });
    exits(brokenJson, 1);
    assert.match(brokenJson.stderr, /^-: 1 problem found:\n {2}\/: The file is not valid JSON: /);
    // A .json file is always JSON, even when it holds YAML.
    const yamlInJson = actie(['validate', temp.file('yaml-in.json', yaml)]);
    exits(yamlInJson, 1);
    assert.match(yamlInJson.stderr, /The file is not valid JSON/);
    // A .yaml file may hold JSON: YAML reads it.
    exits(actie(['validate', temp.file('json-in.yaml', JSON.stringify(miniModel()))]), 0);
  });

  it('a YAML syntax error names the line and column, in plain words', () => {
    const cases: readonly [string, string, RegExp][] = [
      [
        'tab.yaml',
        'id: mini\n\tversion: "1.0"\n',
        /^ {2}\/: The file is not valid YAML: Tabs are not allowed as indentation \(line 2, column 1\)/m,
      ],
      [
        'quote.yaml',
        'id: mini\ntitle:\n  nl: "Open\n',
        /^ {2}\/: The file is not valid YAML: Missing closing "quote \(line 4, column 1\)/m,
      ],
      [
        'twice.yaml',
        'id: mini\nversion: "1.0"\nid: other\n',
        /^ {2}\/: The file is not valid YAML: the key "id" is given twice in the same mapping \(line 3, column 1\)\.$/m,
      ],
      [
        'two-docs.yaml',
        'id: mini\n---\nid: other\n',
        /^ {2}\/: The file is not valid YAML: it holds more than one document \(a line "---" starts another one\), and a model file holds one \(line 2, column 1\)\.$/m,
      ],
      [
        'tag.yaml',
        'id: !secret mini\n',
        /Unresolved tag: !secret; ACTIE reads plain YAML without such tags \(line 1, column 5\)/,
      ],
      [
        'list.yaml',
        '- id: mini\n',
        /^ {2}\/: The file holds a list, not a YAML mapping\. A model file is a mapping of keys to values/m,
      ],
      ['empty.yaml', '# nothing yet\n', /^ {2}\/: The file holds no data: it is empty, or only comments\.$/m],
    ];
    for (const [name, content, message] of cases) {
      const file = temp.file(name, content);
      for (const args of [
        ['validate', file],
        ['model', '--model', file],
        ['score', '--model', file, '-'],
        ['model', 'diff', 'initiative', file],
      ]) {
        const run = actie(args, { input: '{"answers":{}}' });
        exits(run, 1);
        assert.match(run.stderr, new RegExp(`^${literal(file).source}: 1 problem found:\n`), `${name}: ${args.join(' ')}`);
        assert.match(run.stderr, message, `${name}: ${args.join(' ')}`);
        assert.equal(run.stdout, '');
      }
    }
  });

  it('a problem after the first one is counted, not listed: the first error is the one to fix', () => {
    const run = actie(['validate', temp.file('cascade.yaml', '  id: mini\n version: 2\n')]);
    exits(run, 1);
    assert.match(
      run.stderr,
      /^ {2}\/: The file is not valid YAML: Unexpected scalar at node end \(line 2, column 2\); 2 more YAML problems after it, often caused by this one\.\n$/m,
    );
  });

  it('a mistake in the model itself is reported by its JSON Pointer, as for JSON', async () => {
    const file = temp.file('bad-favourable.yaml', await miniYaml(setAt(miniModel(), '/areas/0/questions/0/favourable', 'maybe')));
    const run = actie(['validate', file]);
    exits(run, 1);
    assert.match(run.stderr, /^ {2}\/areas\/0\/questions\/0\/favourable: The favourable answer is "maybe"/m);
  });

  it('only model files may be YAML: validate says so for a session, score for a .yaml file', () => {
    const session = readFileSync(
      fileURLToPath(new URL('../../../examples/sessions/wijkteam-noord.json', import.meta.url)),
      'utf8',
    );
    const asYaml = temp.file('session.yaml', `format: actie-session\nformatVersion: 3\nanswers: {}\n`);
    const validated = actie(['validate', asYaml]);
    exits(validated, 1);
    assert.match(
      validated.stderr,
      /This YAML file is a session file\. Only model files may be YAML; session, answers and plan files are JSON\./,
    );
    const scored = actie(['score', temp.file('session-as.yaml', 'answers:\n  A1: yes\n')]);
    exits(scored, 1);
    assert.match(
      scored.stderr,
      /The file is not valid JSON: [\s\S]*Only model files may be YAML \(with --model FILE, actie validate and actie model\)/,
    );
    // The same content as JSON is fine.
    exits(actie(['validate', temp.file('session.json', session)]), 0);
  });

  it('YAML that would take too long or too much memory is refused before it is parsed', () => {
    const cases: readonly [string, string, RegExp][] = [
      // 2 MB of tiny list items: 6 tokens each. It parsed in 7 s and 390 MB before the limit.
      ['items.yaml', 'areas:\n' + '  - x\n'.repeat(330_000), /more than 400,000 YAML tokens/],
      // 150,000 keys in one mapping: the parser's own duplicate check took six minutes.
      ['keys.yaml', Array.from({ length: 150_000 }, (_, i) => `k${i}: v`).join('\n'), /more than 400,000 YAML tokens/],
      // A million [ : 10 s and a gigabyte before.
      ['deep.yaml', 'areas: ' + '['.repeat(1_000_000), /nests \[ \] or \{ \} more than 100 deep \(line 1, column 108\)/],
      [
        'bomb.yaml',
        // Six lines that expand to 9^6 = 531,441 values.
        [
          'a: &a [x,x,x,x,x,x,x,x,x]',
          ...'bcdef'.split('').map(
            (k, i) =>
              `${k}: &${k} [${Array(9)
                .fill(`*${'abcde'[i] ?? ''}`)
                .join(',')}]`,
          ),
        ].join('\n'),
        /uses aliases \(\*name\) more than 1,000 times/,
      ],
      ['block.yaml', Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), /nested too deeply/],
      // Just under the token limit, in the costliest form (a flow list): read, in bounded memory.
      ['widest.yaml', `areas: [${'x,'.repeat(130_000)}]`, /The model id is missing/],
    ];
    for (const [name, content, message] of cases) {
      const started = Date.now();
      const run = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(RSS_REPORTER).href, CLI, 'validate', temp.file(name, content)],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      assert.equal(run.status, 1, `${name}: ${run.stderr}`);
      assert.match(run.stderr, message, name);
      assert.ok(Date.now() - started < 15_000, `${name}: ${Date.now() - started} ms`);
      const kb = Number(/max-rss-kb=(\d+)/.exec(run.stderr)?.[1]);
      assert.ok(kb > 0 && kb < (name === 'widest.yaml' ? 350_000 : 200_000), `${name}: peak memory ${kb} kB`);
    }
  });

  it('yaml is loaded only by the command line, and only when a command needs it', () => {
    const dist = fileURLToPath(new URL('../dist/', import.meta.url));
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const importers = files.filter((f) => /from ['"]yaml['"]|import\(['"]yaml['"]\)/.test(readFileSync(join(dist, f), 'utf8')));
    assert.deepEqual(
      importers.map((f) => f.split('\\').join('/')),
      ['cli/yaml.js'],
    );
    assert.doesNotMatch(readFileSync(join(dist, 'cli/yaml.js'), 'utf8'), /^import .* from ['"]yaml['"]/m, 'a dynamic import');
  });
});

describe('actie model diff OLD NEW', () => {
  const OLD_DEFAULT = fileURLToPath(new URL('./fixtures/release-0.1/model-1.0.json', import.meta.url));

  it('the same model twice: no differences, exit 0', () => {
    const run = actie(['model', 'diff', 'initiative', 'initiative']);
    exits(run, 0);
    assert.match(
      run.stdout,
      /^Changes from initiative \("actie-default" 3\.0\) to initiative \("actie-default" 3\.0\)\n=+\n\nNo differences: the two models are the same\.\n/,
    );
    assert.match(run.stdout, /No migration is needed: sessions and plans saved with initiative open with initiative\.\n$/);
    assert.equal(run.stderr, '');
  });

  it('1.0 (release 0.1) to the built-in 3.0: what changed, and 3.0 carries the files over (exit 0)', () => {
    const run = actie(['model', 'diff', OLD_DEFAULT, 'initiative']);
    exits(run, 0);
    // By id: 1.0 has 38 questions, 3.0 has 44; 16 ids are in both (A1, A3, A5, C2, C4, C5, T2, T3,
    // T7, I1, I2, I4, I8, E2, E5, E6), so 28 are added and 22 removed. Every one of the 16 gained
    // an agreement text and a title, so all 16 changed.
    assert.match(run.stdout, /^Questions: 28 added, 22 removed, 16 changed$/m);
    assert.match(run.stdout, /^ {2}added {4}A9 \(area animo\)$/m);
    assert.match(run.stdout, /^ {2}added {4}T12 \(area toerusting\)$/m);
    assert.match(run.stdout, /^ {2}removed {2}A2 \(area animo\)$/m);
    // I8 asked whether the organisation learns from experience (yes is good); in 3.0 it asks
    // whether the organisation asks too much paperwork (no is good). Fields in 3.0's order.
    assert.match(
      run.stdout,
      /^ {2}changed {2}I8 \(area inbedding\): text \(nl, en\); help \(nl, en\); favourable answer: yes → no; advice \(nl, en\); agreement text \(added\); title \(added\); strength \(added\); concern \(added\)$/m,
    );
    assert.match(run.stdout, /^ {11}before \(en\): "Do you know what motivates the initiators\?"$/m);
    assert.match(run.stdout, /^ {2}- another favourable answer: I8$/m);
    assert.match(
      run.stdout,
      /^ {2}- removed questions: A2, A4, A6, A7, A8, C1, C3, C6, C7, T1, T4, T5, T6, I3, I5, I6, I7, E1, E3, E4, E7, E8$/m,
    );
    assert.match(run.stdout, /^ {2}initiative has a migration from version 1, so it carries these files over\.$/m);
    // C5 and I1 kept their wording in both languages; C2 changed only in Dutch.
    assert.match(run.stdout, /^ {2}- questions with another text: A1, A3, A5, C2, C4, T2, T3, T7, I2, I4, I8, E2, E5, E6$/m);
    assert.match(run.stdout, /^ {2}changed {2}C2 \(area contacten\): text \(nl\); /m);
    assert.equal(run.stderr, '');
  });

  it('a change that needs a migration NEW lacks: exit 1, and standard error says what to add', async () => {
    const file = temp.file('mini-without-q1.yaml', await miniYaml(setAt(miniModel(), '/areas/0/questions/0', REMOVE)));
    const before = temp.file('mini.yaml', await miniYaml());
    const run = actie(['model', 'diff', before, file]);
    exits(run, 1);
    assert.match(run.stdout, /^ {2}removed {2}Q1 \(area solo\)$/m);
    assert.match(run.stdout, /^ {2}- removed questions: Q1$/m);
    assert.equal(
      run.stderr,
      `actie: files saved with ${before} need a migration that ${file} does not have. Raise the major version to 3.0 and add a "migrations" entry with "from": "2" that says what became of every question and condition of version 2.1 (see "Changing a model's questions" in docs/rules.md).\n`,
    );
  });

  it('--format md and --format json', () => {
    const md = actie(['model', 'diff', 'initiative', 'organisation', '--format', 'md']);
    exits(md, 1);
    assert.match(
      md.stdout,
      /^# Changes from initiative \("actie-default" 3\.0\) to organisation \("actie-organisation" 2\.0\)\n\n## Questions: /,
    );
    assert.match(md.stdout, /^- \*\*removed\*\* A1 \(area animo\)$/m);
    assert.match(
      md.stdout,
      /^## Files saved with initiative\n\nA migration is needed: .*\n- it is another model \(another id\)/m,
    );
    assert.match(md.stderr, /Files are opened only by a model with the id they were saved with \("actie-default"\)/);

    const json = actie(['model', 'diff', OLD_DEFAULT, 'initiative', '--format', 'json']);
    exits(json, 0);
    const diff = JSON.parse(json.stdout) as {
      files: unknown;
      migration: { needed: string; handled: boolean };
      questions: { added: unknown[] };
    };
    assert.deepEqual(diff.files, { before: OLD_DEFAULT, after: 'initiative' });
    assert.equal(diff.migration.needed, 'yes');
    assert.equal(diff.migration.handled, true);
    assert.equal(diff.questions.added.length, 28);
  });

  it('a reworded question is a maybe: exit 0, and the report says when it would need one', async () => {
    const file = temp.file(
      'reworded.yaml',
      await miniYaml(setAt(miniModel(), '/areas/0/questions/1/text/en', 'Is there tension?')),
    );
    const run = actie(['model', 'diff', temp.file('mini-again.yaml', await miniYaml()), file]);
    exits(run, 0);
    assert.match(run.stdout, /^ {2}changed {2}Q2 \(area solo\): text \(en\)$/m);
    assert.match(run.stdout, /^ {11}after \(en\): {2}"Is there tension\?"$/m);
    assert.match(
      run.stdout,
      /Maybe a migration is needed, if the meaning changed:\n {2}- questions with another text: Q2\n {2}If only the wording changed, saved answers still fit\./,
    );
    assert.match(run.stdout, /Note: both models have version 2\.1\. Give the new model a higher version\./);
  });

  it('usage: two models, no --model or --list, a known --format; exit 2', () => {
    for (const [args, message] of [
      [['model', 'diff', 'initiative'], /model diff needs two models, OLD and NEW/],
      [['model', 'diff', 'a', 'b', 'c'], /model diff needs two models, OLD and NEW/],
      [
        ['model', 'diff', 'initiative', 'initiator', '--model', 'organisation'],
        /model diff takes OLD and NEW, not --list or --model/,
      ],
      [['model', 'diff', 'initiative', 'initiator', '--format', 'yaml'], /--format must be one of text, md, json; got "yaml"/],
      [['model', 'diff', '-', '-'], /standard input \(-\) can be read only once/],
    ] as const) {
      const run = actie(args);
      exits(run, 2);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage: actie model /);
    }
  });

  it('the example in docs/rules.md is what the command prints', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/rules.md', import.meta.url)), 'utf8');
    const prompt = '$ pnpm exec actie model diff initiative my-model.yaml\n';
    const start = doc.indexOf(prompt);
    assert.ok(start !== -1, 'docs/rules.md shows the example');
    const shown = doc.slice(start + prompt.length, doc.indexOf('```', start));
    // The change the example makes: a reworded English question A1, and version 3.1.
    const cwd = temp.dir();
    const printed = actie(['model', '--model', 'initiative', '--format', 'yaml'], { cwd });
    const edited = printed.stdout
      .replace(
        'en: Have the initiators told you or a colleague in their own words why they want this?',
        'en: Have the initiators told you or a colleague, in their own words, why they want this?',
      )
      .replace(/^version: "3\.0"$/m, 'version: "3.1"');
    assert.notEqual(edited, printed.stdout.replace(/^version: "3\.0"$/m, 'version: "3.1"'), 'the example rewords A1');
    temp.file('my-model.yaml', edited);
    const run = actie(['model', 'diff', 'initiative', 'my-model.yaml'], { cwd });
    exits(run, 0);
    assert.equal(run.stdout, shown);
  });

  it('a model that cannot be read: exit 1 with its problems', () => {
    const run = actie(['model', 'diff', 'initiative', join(temp.dir(), 'missing.yaml')]);
    exits(run, 1);
    assert.match(run.stderr, /missing\.yaml: 1 problem found:\n {2}\/: Cannot read the file: no such file\.\n$/);
    assert.equal(run.stdout, '');
  });
});
