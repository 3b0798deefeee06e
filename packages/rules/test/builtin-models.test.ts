import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import { MODEL_FILES } from '../scripts/models.js';
import { BUILTIN_MODEL_INFO, loadBuiltinModel, score, validateModel } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { initiativeModelNl } from '../dist/model/builtin/initiative-nl.js';
import { initiativeQuestionsNl } from '../dist/model/builtin/initiative-nl-questions.js';
import { initiatorModel } from '../dist/model/builtin/initiator.js';
import { organisationModel } from '../dist/model/builtin/organisation.js';

/** Every built-in model by name, from its own module. */
const BUILTIN_MODELS = { initiative: initiativeModel, organisation: organisationModel, initiator: initiatorModel };

/** A built-in model's data file, as parsed. */
function dataFile(name: string): unknown {
  return parse(readFileSync(new URL(`../${(MODEL_FILES as Record<string, string>)[name]}`, import.meta.url), 'utf8'));
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module a dist module imports statically, followed through the whole graph. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gms)) {
      visit(join(dirname(file), m[1] ?? ''));
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(dist, file)));
}

describe('built-in models as trusted data', () => {
  it('each shipped model is exactly what validateModel makes of its data file', () => {
    for (const [name, model] of Object.entries(BUILTIN_MODELS)) {
      const checked = validateModel(dataFile(name));
      assert.ok(checked.ok, `models/${name}.yaml validates`);
      // The default model is made of its Dutch model and the English texts: the same, in order.
      assert.equal(
        JSON.stringify(model),
        JSON.stringify(checked.value),
        `${name}: every text in every language, in place and in order`,
      );
    }
  });

  it('the data files are the only source: no model is committed in generated form', () => {
    const ignored = readFileSync(new URL('../.gitignore', import.meta.url), 'utf8');
    assert.match(ignored, /^src\/model\/generated\/$/m, 'src/model/generated/ is not committed');
  });

  it('the built-in models are complete, frozen and equal to a fresh validation of themselves', () => {
    for (const [name, model] of Object.entries(BUILTIN_MODELS)) {
      assert.ok(Object.isFrozen(model) && Object.isFrozen(model.areas[0]?.questions[0]), `${name} is deeply frozen`);
      const again = validateModel(JSON.parse(JSON.stringify(model)));
      assert.ok(again.ok, `${name} validates again`);
      assert.deepEqual(again.value, model, `${name} is unchanged by validation`);
      assert.equal(
        JSON.stringify(model),
        JSON.stringify(again.value),
        `${name}: the same keys in the same order as validateModel gives`,
      );
    }
  });

  it('initiativeModelNl is the default model with its Dutch texts only, and scores the same', async () => {
    assert.deepEqual(initiativeModelNl.languages, ['nl']);
    assert.deepEqual(
      [initiativeModelNl.id, initiativeModelNl.version],
      [initiativeModel.id, initiativeModel.version],
      'same id and version',
    );
    assert.ok(Object.isFrozen(initiativeModelNl.areas[0]?.questions[0]), 'deeply frozen');
    assert.doesNotMatch(JSON.stringify(initiativeModelNl), /"en":/, 'no English text anywhere');
    const dutchOnly = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(dutchOnly);
      if (value === null || typeof value !== 'object') return value;
      const record = value as Record<string, unknown>;
      if (typeof record['nl'] === 'string' && typeof record['en'] === 'string') return { nl: record['nl'] };
      return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, dutchOnly(child)]));
    };
    assert.deepEqual(
      JSON.parse(JSON.stringify(initiativeModelNl)),
      { ...(dutchOnly(JSON.parse(JSON.stringify(initiativeModel))) as object), languages: ['nl'] },
      'every Dutch text, question, rule and option of initiativeModel, and nothing else',
    );
    const questions = initiativeModel.areas.flatMap((area) => area.questions.map((q) => q.id));
    const values = ['yes', 'partly', 'no', 'dont-know'] as const;
    for (let round = 0; round < 4; round++) {
      const answers = Object.fromEntries(questions.map((id, i) => [id, values[(i * (round + 1) + round) % 4] ?? 'yes']));
      // The intake reaches role rules and points of attention too (a list answer included).
      const input = {
        intake: {
          phase: round % 2 ? 'idea' : 'running',
          lead: round < 2 ? 'residents' : 'together',
          stake: round % 2 ? 'yes' : 'unsure',
          request: round % 2 ? ['task'] : ['unknown'],
        },
        answers,
      };
      const [full, dutch] = await Promise.all([score(initiativeModel, input), score(initiativeModelNl, input)]);
      const outline = (result: typeof full) => ({
        errors: result.errors,
        conditions: result.conditions.map((c) => [c.id, c.status, c.actionPoint?.text['nl']]),
        role: result.role?.suggested,
        attention: result.actionPoints.filter((p) => p.kind === 'attention').map((p) => [p.id, p.text['nl']]),
      });
      assert.deepEqual(outline(dutch), outline(full), `round ${round}: the same statuses, advice and role`);
    }
  });

  it('initiativeQuestionsNl is what a form needs of initiativeModelNl, and nothing of its advice or rules', () => {
    const q = initiativeQuestionsNl;
    assert.deepEqual(
      [q.id, q.version, q.languages],
      [initiativeModelNl.id, initiativeModelNl.version, ['nl']],
      'same id, version and language',
    );
    assert.deepEqual(q.intake, initiativeModelNl.intake, 'the whole intake');
    assert.deepEqual(q.title, initiativeModelNl.title);
    assert.deepEqual(q.attribution, initiativeModelNl.attribution);
    assert.deepEqual(
      q.areas.map((a) => [a.id, a.letter, a.title, a.summary]),
      initiativeModelNl.areas.map((a) => [a.id, a.letter, a.title, a.summary]),
      'every area with its letter, title and summary, in order',
    );
    assert.deepEqual(
      q.areas.flatMap((a) => a.questions),
      initiativeModelNl.areas.flatMap((a) =>
        a.questions.map(({ id, text, actor, level, favourable }) => ({ id, text, actor, level, favourable })),
      ),
      'every question with its text, actor, level and favourable answer, in order',
    );
    assert.equal(
      q.areas.flatMap((a) => a.questions).filter((question) => question.help).length,
      0,
      'no help text of an area question: they come with the rest of the model (a third of the bytes before the first question)',
    );
    assert.ok(
      initiativeModelNl.areas.flatMap((a) => a.questions).every((question) => question.help),
      'the whole model has every help text back, in its place',
    );
    const keys = new Set(Object.keys(q));
    for (const rest of ['conditions', 'roleRules', 'roles', 'texts', 'migrations']) assert.ok(!keys.has(rest), `no ${rest}`);
    assert.doesNotMatch(JSON.stringify(q), /"(action|agreement|research|sources)":/, 'no advice, research or sources');
    assert.ok(Object.isFrozen(q.areas[0]?.questions[0]), 'deeply frozen');
  });

  it('BUILTIN_MODEL_INFO says of every built-in model what the model says, and loadBuiltinModel loads that model', async () => {
    assert.deepEqual(Object.keys(BUILTIN_MODEL_INFO), Object.keys(BUILTIN_MODELS), 'every model, in the same order');
    for (const [name, model] of Object.entries(BUILTIN_MODELS)) {
      const info = BUILTIN_MODEL_INFO[name as keyof typeof BUILTIN_MODELS];
      assert.deepEqual(
        info,
        {
          name,
          id: model.id,
          version: model.version,
          title: model.title,
          correspondence: model.correspondence.map((c) => ({ model: c.model, version: c.version })),
        },
        `${name}: id, version, title and the models it mirrors`,
      );
      assert.ok(Object.isFrozen(info) && Object.isFrozen(info.title), `${name}: frozen`);
      assert.equal(await loadBuiltinModel(name), model, `${name}: the same object as its module exports`);
    }
    assert.deepEqual(
      Object.values(BUILTIN_MODEL_INFO).flatMap((i) => i.correspondence.map((c) => [i.name, c.model, c.version])),
      [['initiator', 'actie-default', '3']],
      "only the initiators' questions mirror another model: the default model 3",
    );
    assert.equal(await loadBuiltinModel('default'), undefined, 'another name: undefined');
    assert.equal(await loadBuiltinModel('toString'), undefined, 'not an inherited property either');
  });

  it('the main entry, combining a team and the model table import no built-in model: each is loaded when needed', () => {
    for (const entry of ['index.js', 'team/aggregate.js', 'team/companions.js', 'model/catalogue.js']) {
      const graph = staticGraph(join(dist, entry));
      assert.ok(graph.has('model/generated/table.js'), `${entry}: the graph is followed (it reaches the table)`);
      const models = [...graph].filter((file) => /^model\/(builtin\/|generated\/(?!table|defaults))/.test(file));
      assert.deepEqual(models, [], `${entry} reaches no built-in model statically`);
    }
    const catalogue = readFileSync(join(dist, 'model/catalogue.js'), 'utf8');
    for (const module of ['initiative', 'organisation', 'initiator']) {
      assert.match(
        catalogue,
        new RegExp(`import\\('\\./builtin/${module}\\.js'\\)`),
        `dist/model/catalogue.js imports builtin/${module}.js dynamically`,
      );
    }
  });

  it('importing a built-in model loads no validation code', () => {
    for (const name of ['initiative', 'organisation', 'initiator']) {
      const graph = staticGraph(join(dist, `model/builtin/${name}.js`));
      assert.ok(
        graph.has(`model/generated/${name === 'initiative' ? 'initiative-en' : name}.js`),
        'the graph is followed (it reaches the model data)',
      );
      const validation = [...graph].filter((file) => file.startsWith('validate/'));
      assert.deepEqual(validation, [], `dist/model/builtin/${name}.js reaches no module of dist/validate/`);
    }
  });

  it('json-rules-engine is a dependency, reached only through the dynamic import in dist/score/engine.js', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    assert.match(pkg.dependencies['json-rules-engine'] ?? '', /^\^7\./, 'a normal dependency with a caret range');
    const graph = staticGraph(join(dist, 'index.js'));
    assert.ok(graph.has('score/engine.js'), 'the graph is followed (it reaches the engine module)');
    const engine = readFileSync(join(dist, 'score/engine.js'), 'utf8');
    assert.doesNotMatch(engine, /^import [^(\n]*'json-rules-engine'/m, 'no static import of it');
    assert.match(engine, /import\('json-rules-engine'\)/, 'dist/score/engine.js imports it dynamically');
  });

  it('a custom model is still validated: an invalid one scores to its errors', async () => {
    const result = await score({ id: 'x' } as never, { answers: {} });
    assert.ok(result.errors.length > 0, 'an invalid custom model gives errors');
    assert.equal(result.conditions.length, 0, 'and no conditions');
  });
});
