// Builds dist/actie.js: the single-file bundle a page loads with one script tag (components,
// rules, lit, json-rules-engine), minified, with a source map. Per-element modules and types
// come from `tsc -b` next to it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/actie.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  conditions: ['browser', 'production'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
