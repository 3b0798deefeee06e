// Builds @actie/rules into dist/, as its users get it:
//
//   dist/**/*.js, *.d.ts      the library and the command line, one ES module per source file
//                             (tsc), so a bundler keeps only the modules a page imports
//   dist/vendor/json-rules-engine.js
//                             json-rules-engine 7.3.1 as one ES module (Rollup), with four of its
//                             dependencies replaced by the stand-ins in scripts/shims/. Only
//                             dist/score/engine.js reaches it, through a dynamic import(), so a
//                             bundler makes it a chunk of its own loaded at the first score.
//
// The stand-ins were written against json-rules-engine 7.3.1 and what it calls of those
// dependencies; the build stops when another version is installed.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import alias from '@rollup/plugin-alias';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { rulesAliases } from './esbuild-options.js';

/** The json-rules-engine version the stand-ins in scripts/shims/ were written for. */
export const ENGINE_VERSION = '7.3.1';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

const enginePackage = JSON.parse(readFileSync(require.resolve('json-rules-engine/package.json'), 'utf8'));
if (enginePackage.version !== ENGINE_VERSION) {
  console.error(
    `@actie/rules build: json-rules-engine ${enginePackage.version} is installed, but the stand-ins in ` +
      `packages/rules/scripts/shims/ were written for json-rules-engine ${ENGINE_VERSION}. ` +
      `Install ${ENGINE_VERSION} (pnpm --filter @actie/rules add -D -E json-rules-engine@${ENGINE_VERSION}), or check ` +
      `each stand-in against the new version and change ENGINE_VERSION in scripts/build.js.`,
  );
  process.exit(1);
}
const engineLicence = readFileSync(require.resolve('json-rules-engine/LICENSE'), 'utf8').trim();
if (!readFileSync(new URL('../THIRD-PARTY-NOTICES.md', import.meta.url), 'utf8').includes(engineLicence)) {
  console.error('@actie/rules build: THIRD-PARTY-NOTICES.md does not hold the licence of the installed json-rules-engine.');
  process.exit(1);
}

// A clean dist, so nothing of an earlier build is packed.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });

const bundle = await rollup({
  input: fileURLToPath(new URL('../src/vendor/json-rules-engine.js', import.meta.url)),
  plugins: [
    // clone, eventemitter2, hash-it and jsonpath-plus → the stand-ins (see the top of each).
    alias({ entries: Object.entries(rulesAliases).map(([find, replacement]) => ({ find, replacement })) }),
    nodeResolve({ preferBuiltins: false }),
    // json-rules-engine and three of the stand-ins are CommonJS.
    commonjs({ extensions: ['.js', '.cjs'] }),
  ],
  onwarn(warning) {
    throw new Error(`@actie/rules build: Rollup warned: ${warning.message}`);
  },
});
await bundle.write({
  file: fileURLToPath(new URL('../dist/vendor/json-rules-engine.js', import.meta.url)),
  format: 'es',
  generatedCode: 'es2015',
  banner: [
    '/*!',
    ` * json-rules-engine ${ENGINE_VERSION} (https://github.com/CacheControl/json-rules-engine), bundled`,
    ' * by @actie/rules with stand-ins of its own for clone, eventemitter2, hash-it and jsonpath-plus.',
    ' * Its licence:',
    ' *',
    ...engineLicence.split('\n').map((line) => (line ? ` * ${line}` : ' *')),
    ' */',
  ].join('\n'),
});
await bundle.close();
