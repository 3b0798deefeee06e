// A browser bundle of @actie/rules scores exactly like the package as published.
//
// Browser bundles leave one module out: jsonpath-plus, which json-rules-engine reaches only when no
// path resolver is given (scripts/bundling.js). This test makes such a bundle with Rollup, the
// same plugins and the same `withoutJsonPath()` as @actie/components' build, from dist/ (the main
// entry and the three built-in models), and scores 1,000 random inputs for the default model (and
// 200 for each of the others) through it and through the plain package, which loads the real
// json-rules-engine with all its dependencies from node_modules. The results, errors included,
// must be identical.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import commonjsPlugin from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
// @ts-expect-error -- a plain JavaScript build helper without type declarations
import { withoutJsonPath } from '../scripts/bundling.js';
import * as plain from '../dist/index.js';
import type { ActieModel } from '../dist/index.js';

// Under NodeNext the plugin's CommonJS types describe its module, whose default export is the plugin.
const commonjs = commonjsPlugin as unknown as typeof commonjsPlugin.default;

const ENTRIES = {
  index: 'dist/index.js',
  initiative: 'dist/model/builtin/initiative.js',
  organisation: 'dist/model/builtin/organisation.js',
  initiator: 'dist/model/builtin/initiator.js',
};

/** Random input for a model: each question open, answered, answered null, or answered with something invalid. */
function inputFor(model: ActieModel): fc.Arbitrary<unknown> {
  const answer = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('yes', 'partly', 'no', 'dont-know') },
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(null, '', 'maybe', 3) },
  );
  const answers = fc.record(Object.fromEntries(model.areas.flatMap((area) => area.questions.map((q) => [q.id, answer]))), {
    requiredKeys: [],
  });
  const intake = fc.record(
    Object.fromEntries(
      model.intake.map((q) => [
        q.id,
        q.kind === 'text'
          ? fc.string({ maxLength: 30 })
          : fc.oneof(fc.constantFrom(...(q.options ?? []).map((o) => o.value)), fc.constant('not-an-option')),
      ]),
    ),
    { requiredKeys: [] },
  );
  return fc.record({ intake, answers }, { requiredKeys: ['answers'] });
}

type Rules = typeof plain;
const RUNS: [keyof typeof ENTRIES & ('initiative' | 'organisation' | 'initiator'), number][] = [
  ['initiative', 1000],
  ['organisation', 200],
  ['initiator', 200],
];

describe('a browser bundle of @actie/rules against the package as published', () => {
  let dir = '';
  let bundled: Rules;
  const bundledModels: Record<string, ActieModel> = {};
  const plainModels: Record<string, ActieModel> = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'actie-bundle-'));
    const bundle = await rollup({
      input: Object.fromEntries(
        Object.entries(ENTRIES).map(([name, file]) => [name, new URL(`../${file}`, import.meta.url).pathname]),
      ),
      plugins: [withoutJsonPath(), nodeResolve({ browser: true, preferBuiltins: false }), commonjs()],
      onwarn(warning, warn) {
        if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
      },
    });
    await bundle.write({ dir, format: 'es', entryFileNames: '[name].js' });
    await bundle.close();
    bundled = (await import(pathToFileURL(join(dir, 'index.js')).href)) as Rules;
    for (const [name, exported] of [
      ['initiative', 'initiativeModel'],
      ['organisation', 'organisationModel'],
      ['initiator', 'initiatorModel'],
    ] as const) {
      bundledModels[name] = ((await import(pathToFileURL(join(dir, `${name}.js`)).href)) as Record<string, ActieModel>)[
        exported
      ] as ActieModel;
      plainModels[name] = (await plain.loadBuiltinModel(name)) as ActieModel;
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the bundle holds json-rules-engine and its dependencies, and nothing of jsonpath-plus', () => {
    const code = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    assert.match(code, /JSONPath is left out of this bundle/, 'the module that takes its place');
    assert.doesNotMatch(code, /jsonpath-plus|JSONPath\.prototype/, 'no code of jsonpath-plus');
    for (const marker of ['EventEmitter2', 'hash', 'clone', 'Almanac'])
      assert.match(code, new RegExp(marker), `${marker} is bundled`);
  });

  for (const [name, runs] of RUNS) {
    it(`${runs} random inputs for the ${name} model score identically`, { timeout: 300_000 }, async () => {
      const model = plainModels[name] as ActieModel;
      const inputs = fc.sample(inputFor(model), { numRuns: runs, seed: 20261207 });
      let withActionPoints = 0;
      for (const input of inputs) {
        const fromPackage = await plain.score(model, input as never);
        const fromBundle = await bundled.score(bundledModels[name] as ActieModel, input as never);
        assert.deepStrictEqual(fromBundle, fromPackage, `same result for ${JSON.stringify(input)}`);
        if (fromPackage.actionPoints.length) withActionPoints++;
      }
      // The inputs reach the interesting cases: most results have action points to compare.
      assert.ok(withActionPoints > runs / 2, `${withActionPoints} of ${runs} results have action points`);
    });
  }
});
