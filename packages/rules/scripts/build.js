// Builds @actie/rules:
//   dist/index.js     the library, one ES module for Node and browsers (json-rules-engine inside)
//   dist/cli/main.js  the `actie` command line for Node
// Type declarations come from `tsc` (emitDeclarationOnly). json-rules-engine is CommonJS; esbuild
// bundles it as ESM, with four of its dependencies replaced (see scripts/esbuild-options.js).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { rulesAliases } from './esbuild-options.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
  alias: rulesAliases,
};

await Promise.all([
  build({
    ...shared,
    entryPoints: ['src/index.ts'],
    outfile: 'dist/index.js',
    platform: 'neutral',
    mainFields: ['module', 'main'],
  }),
  build({
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli/main.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
