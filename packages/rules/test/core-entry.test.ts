/**
 * `@actie/rules/core` is the part of the package a form needs first: the same functions as the
 * main entry, and none of the validation, scoring or built-in models (so a bundler that splits by
 * files, such as esbuild, keeps those out of a page's first chunk).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as core from '../dist/core.js';
import * as main from '../dist/index.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module of dist/ that `file` reaches through static imports (type imports are gone from .js). */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    if (spec) reached(resolve(dirname(file), spec), seen);
  }
  return seen;
}

describe('@actie/rules/core', () => {
  it('exports the very functions and constants of the main entry', () => {
    const names = Object.keys(core);
    assert.ok(names.length >= 10, `core exports ${names.join(', ')}`);
    for (const name of names) {
      assert.equal(
        (core as Record<string, unknown>)[name],
        (main as Record<string, unknown>)[name],
        `${name} is the main entry's`,
      );
    }
  });

  it('reaches no validation of models, no scoring and no built-in model', () => {
    const modules = [...reached(join(dist, 'core.js'))].map((f) => f.slice(dist.length));
    const heavy = modules.filter((m) =>
      /^(validate\/(?!limits)|score\/|model\/generated\/|model\/builtin\/|session\/(?!create)|team\/|report\/|exports\/)/.test(m),
    );
    assert.deepEqual(heavy, [], `core reaches ${modules.join(', ')}`);
  });

  it('is in the package exports', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    assert.deepEqual(pkg.exports['./core'], { types: './dist/core.d.ts', default: './dist/core.js' });
  });
});
