// Builds @actie/rules into dist/, as its users get it:
//
//   1. scripts/models.js validates the built-in models' data files (models/*.yaml) and compiles
//      them into src/model/generated/ (not committed); a model that does not validate stops here;
//   2. tsc writes dist/**/*.js and *.d.ts, one ES module per source file, so a bundler keeps only
//      the modules a page imports.
//
// json-rules-engine is a dependency, used as published: dist/score/engine.js imports it with a
// dynamic import(), so a bundler puts it in a chunk of its own, loaded at the first score.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

execFileSync(process.execPath, ['--import', 'tsx', 'scripts/models.js'], { cwd: root, stdio: 'inherit' });
// A clean dist, so nothing of an earlier build is packed.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });
