// Builds @actie/rules:
//   dist/index.js     the library, one ES module for Node and browsers (json-rules-engine inside)
//   dist/cli/main.js  the `actie` command line for Node
// Type declarations come from `tsc` (emitDeclarationOnly). json-rules-engine is CommonJS; esbuild
// bundles it as ESM, with three of its dependencies replaced (see scripts/shims/).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
  alias: {
    clone: './scripts/shims/clone.cjs',
    eventemitter2: './scripts/shims/eventemitter2.cjs',
    'jsonpath-plus': './scripts/shims/jsonpath-plus.js',
  },
};

await Promise.all([
  build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', platform: 'neutral', mainFields: ['module', 'main'] }),
  build({
    ...shared,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli/main.js',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
