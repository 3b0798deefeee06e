// The built package scores exactly like the sources with the real dependencies.
//
// dist/vendor/json-rules-engine.js is json-rules-engine 7.3.1 bundled with stand-ins for clone,
// eventemitter2, hash-it and jsonpath-plus (scripts/shims/); the sources import the real
// json-rules-engine package with its real dependencies. 1,000 random inputs for the default model
// (and 200 for each of the other built-in models) are scored both ways and must give identical
// results, errors included.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as realEngine from 'json-rules-engine';
import * as built from '../dist/index.js';
import * as sources from '../src/index.ts';
import * as sourceVendor from '../src/vendor/json-rules-engine.js';

type Model = typeof sources.actieModel;

/** Random input for a model: each question open, answered, answered null, or answered with something invalid. */
function inputFor(model: Model): fc.Arbitrary<unknown> {
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
        q.kind === 'choice'
          ? fc.oneof(fc.constantFrom(...(q.options ?? []).map((o) => o.value)), fc.constant('not-an-option'))
          : fc.string({ maxLength: 30 }),
      ]),
    ),
    { requiredKeys: [] },
  );
  return fc.record({ intake, answers }, { requiredKeys: ['answers'] });
}

const MODELS: [keyof typeof sources.BUILTIN_MODELS, number][] = [
  ['initiative', 1000],
  ['organisation', 200],
  ['initiator', 200],
];

describe('the built package against the sources with the real json-rules-engine', () => {
  it('the sources use the real json-rules-engine package, the build its own bundle', async () => {
    assert.equal(sourceVendor.Engine, realEngine.Engine, 'src/vendor/json-rules-engine.js is the real package');
    // By URL: the bundle has no type declarations of its own (only dist/score/engine.js imports it).
    const bundled = (await import(new URL('../dist/vendor/json-rules-engine.js', import.meta.url).href)) as { Engine: unknown };
    assert.equal(typeof bundled.Engine, 'function', 'dist/vendor/json-rules-engine.js exports Engine');
    assert.notEqual(bundled.Engine, realEngine.Engine, 'the build does not load the real package');
  });

  for (const [name, runs] of MODELS) {
    it(`${runs} random inputs for the ${name} model score identically`, { timeout: 300_000 }, async () => {
      const inputs = fc.sample(inputFor(sources.BUILTIN_MODELS[name]), { numRuns: runs, seed: 20261202 });
      assert.equal(inputs.length, runs, `${runs} inputs generated`);
      let withActionPoints = 0;
      for (const input of inputs) {
        const fromSources = await sources.score(sources.BUILTIN_MODELS[name], input as never);
        const fromBuild = await built.score(built.BUILTIN_MODELS[name], input as never);
        assert.deepStrictEqual(fromBuild, fromSources, `same result for ${JSON.stringify(input)}`);
        if (fromSources.actionPoints.length) withActionPoints++;
      }
      // The inputs reach the interesting cases: most results have action points to compare.
      assert.ok(withActionPoints > runs / 2, `${withActionPoints} of ${runs} results have action points`);
    });
  }
});
