import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import { builtinModelFiles } from '../scripts/builtin-models.js';
import { defaultModelSource } from '../src/model/default-model.js';
import {
  BUILTIN_MODELS,
  BUILTIN_MODEL_INFO,
  actieModel,
  actieModelNl,
  actieModelNlQuestions,
  loadBuiltinModel,
  score,
  validateModel,
} from '../dist/index.js';

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
  it('each built-in model validates, and the shipped data is exactly what validateModel makes of its source', () => {
    // Throws with every problem when a model does not validate.
    const files = builtinModelFiles() as { path: string; text: string }[];
    assert.equal(
      files.length,
      7,
      'two built-in models, the default model in three parts (Dutch questions, Dutch rest, English), the parts other models take from it, and the table of all three',
    );
    for (const { path, text } of files) {
      assert.equal(
        readFileSync(path, 'utf8'),
        text,
        `${path} is out of date with its source: run "pnpm --filter @actie/rules run models"`,
      );
    }
  });

  it('actieModel, made of the Dutch model and the English texts, is exactly what validateModel makes of its source', () => {
    const checked = validateModel(defaultModelSource);
    assert.ok(checked.ok, 'the source validates');
    assert.equal(
      JSON.stringify(actieModel),
      JSON.stringify(checked.value),
      'every text in both languages, in place and in order',
    );
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

  it('actieModelNl is the default model with its Dutch texts only, and scores the same', async () => {
    assert.deepEqual(actieModelNl.languages, ['nl']);
    assert.deepEqual([actieModelNl.id, actieModelNl.version], [actieModel.id, actieModel.version], 'same id and version');
    assert.ok(Object.isFrozen(actieModelNl.areas[0]?.questions[0]), 'deeply frozen');
    assert.doesNotMatch(JSON.stringify(actieModelNl), /"en":/, 'no English text anywhere');
    const dutchOnly = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(dutchOnly);
      if (value === null || typeof value !== 'object') return value;
      const record = value as Record<string, unknown>;
      if (typeof record['nl'] === 'string' && typeof record['en'] === 'string') return { nl: record['nl'] };
      return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, dutchOnly(child)]));
    };
    assert.deepEqual(
      JSON.parse(JSON.stringify(actieModelNl)),
      { ...(dutchOnly(JSON.parse(JSON.stringify(actieModel))) as object), languages: ['nl'] },
      'every Dutch text, question, rule and option of actieModel, and nothing else',
    );
    const questions = actieModel.areas.flatMap((area) => area.questions.map((q) => q.id));
    const values = ['yes', 'partly', 'no', 'dont-know'] as const;
    for (let round = 0; round < 4; round++) {
      const answers = Object.fromEntries(questions.map((id, i) => [id, values[(i * (round + 1) + round) % 4] ?? 'yes']));
      const input = { intake: { phase: round % 2 ? 'idea' : 'running' }, answers };
      const [full, dutch] = await Promise.all([score(actieModel, input), score(actieModelNl, input)]);
      const outline = (result: typeof full) => ({
        errors: result.errors,
        conditions: result.conditions.map((c) => [c.id, c.status, c.actionPoint?.text['nl']]),
        role: result.role.suggested,
      });
      assert.deepEqual(outline(dutch), outline(full), `round ${round}: the same statuses, advice and role`);
    }
  });

  it('actieModelNlQuestions is what a form needs of actieModelNl, and nothing of its advice or rules', () => {
    const q = actieModelNlQuestions;
    assert.deepEqual(
      [q.id, q.version, q.languages],
      [actieModelNl.id, actieModelNl.version, ['nl']],
      'same id, version and language',
    );
    assert.deepEqual(q.intake, actieModelNl.intake, 'the whole intake');
    assert.deepEqual(q.title, actieModelNl.title);
    assert.deepEqual(q.attribution, actieModelNl.attribution);
    assert.deepEqual(
      q.areas.map((a) => [a.id, a.letter, a.title, a.summary]),
      actieModelNl.areas.map((a) => [a.id, a.letter, a.title, a.summary]),
      'every area with its letter, title and summary, in order',
    );
    assert.deepEqual(
      q.areas.flatMap((a) => a.questions),
      actieModelNl.areas.flatMap((a) =>
        a.questions.map(({ id, text, help, actor, level, favourable }) => ({
          id,
          text,
          ...(help ? { help } : {}),
          actor,
          level,
          favourable,
        })),
      ),
      'every question with its text, help, actor, level and favourable answer, in order',
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
      assert.equal(await loadBuiltinModel(name), model, `${name}: the same object as in BUILTIN_MODELS`);
    }
    assert.deepEqual(
      Object.values(BUILTIN_MODEL_INFO).flatMap((i) => i.correspondence.map((c) => [i.name, c.model, c.version])),
      [['initiator', 'actie-default', '2']],
      "only the initiators' questions mirror another model: the default model 2",
    );
    assert.equal(await loadBuiltinModel('default'), undefined, 'another name: undefined');
    assert.equal(await loadBuiltinModel('toString'), undefined, 'not an inherited property either');
  });

  it('combining a team and the model table import no built-in model: each is loaded when needed', () => {
    for (const entry of ['team/aggregate.js', 'team/companions.js', 'model/catalogue.js']) {
      const graph = staticGraph(join(dist, entry));
      assert.ok(graph.has('model/builtin/table.js'), `${entry}: the graph is followed (it reaches the table)`);
      const models = [...graph].filter((file) => /^model\/(builtin\/(?!table|defaults)|actie-model|builtin-)/.test(file));
      assert.deepEqual(models, [], `${entry} reaches no built-in model statically`);
    }
    const catalogue = readFileSync(join(dist, 'model/catalogue.js'), 'utf8');
    for (const module of ['actie-model', 'builtin-organisation', 'builtin-initiator']) {
      assert.match(
        catalogue,
        new RegExp(`import\\('\\./${module}\\.js'\\)`),
        `dist/model/catalogue.js imports ${module} dynamically`,
      );
    }
  });

  it('importing the built-in models loads no validation code', () => {
    const graph = staticGraph(join(dist, 'model/index.js'));
    assert.ok(graph.has('model/builtin/initiative-en.js'), 'the graph is followed (it reaches the model data)');
    const validation = [...graph].filter((file) => file.startsWith('validate/'));
    assert.deepEqual(validation, [], 'dist/model/index.js reaches no module of dist/validate/');
  });

  it('json-rules-engine is reached only through the dynamic import in dist/score/engine.js', () => {
    const graph = staticGraph(join(dist, 'index.js'));
    assert.ok(graph.has('score/engine.js'), 'the graph is followed (it reaches the engine module)');
    assert.ok(!graph.has('vendor/json-rules-engine.js'), 'no static import reaches the bundled engine');
    const engine = readFileSync(join(dist, 'score/engine.js'), 'utf8');
    assert.match(engine, /import\('\.\.\/vendor\/json-rules-engine\.js'\)/, 'dist/score/engine.js imports it dynamically');
  });

  it('a custom model is still validated: an invalid one scores to its errors', async () => {
    const result = await score({ id: 'x' } as never, { answers: {} });
    assert.ok(result.errors.length > 0, 'an invalid custom model gives errors');
    assert.equal(result.conditions.length, 0, 'and no conditions');
  });
});
