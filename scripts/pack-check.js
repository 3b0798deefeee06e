// Checks both packages as their users get them: `pnpm pack` of packages/rules and
// packages/components, then on each tarball
//   - publint (package.json fields, exports, files: what npm consumers run into), with --strict;
//   - are-the-types-wrong (attw), profile "esm-only": both packages are ES modules only, so
//     `require()` from CommonJS is out of scope, but every entry must resolve with types in Node
//     16+ and in bundlers;
//   - for @actie/rules, the contents: no .tsbuildinfo, no source maps or declaration maps (they
//     would point at sources the package does not ship); README, LICENSE, the command and every
//     built-in model's module present; json-rules-engine not inside (it is a dependency).
// Reads the build: run `pnpm run build` first. Exit code 1 when any check fails; every package is
// checked either way, so one run shows all problems.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'actie-pack-'));
const problems = [];

function run(what, cmd, args) {
  console.log(`\n--- ${what} ---`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) problems.push(what);
}

try {
  for (const dir of ['packages/rules', 'packages/components']) {
    const before = new Set(readdirSync(out));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(root, dir), stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(out).find((name) => !before.has(name) && name.endsWith('.tgz'));
    if (!tarball) {
      problems.push(`${dir}: pnpm pack made no tarball`);
      continue;
    }
    const file = join(out, tarball);
    run(`publint ${tarball}`, bin('publint'), ['run', file, '--strict']);
    run(`are-the-types-wrong ${tarball}`, bin('attw'), [file, '--profile', 'esm-only', '--format', 'table']);

    if (dir === 'packages/rules') {
      console.log(`\n--- contents of ${tarball} ---`);
      const files = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((name) => name.replace(/^package\//, ''));
      const unwanted = files.filter((name) => /\.tsbuildinfo$|\.map$/.test(name));
      const models = ['initiative', 'initiative-nl', 'initiative-nl-questions', 'organisation', 'initiator'].map(
        (name) => `dist/model/builtin/${name}.js`,
      );
      const required = ['README.md', 'LICENSE', 'package.json', 'bin/actie.js', 'dist/index.js', ...models];
      const missing = required.filter((name) => !files.includes(name));
      const engines = files.filter((name) => /json-rules-engine|vendor\//.test(name));
      console.log(`${files.length} files`);
      if (unwanted.length) problems.push(`${tarball} holds ${unwanted.join(', ')}`);
      if (missing.length) problems.push(`${tarball} lacks ${missing.join(', ')}`);
      if (engines.length)
        problems.push(`${tarball}: json-rules-engine is a dependency, not part of the package: ${engines.join(', ')}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\nPack check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\nPack check passed: publint and are-the-types-wrong for both packages, the contents of @actie/rules.');
