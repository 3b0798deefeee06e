// Builds dist/actie.js: the single-file bundle a page loads with one script tag (components,
// rules, lit, json-rules-engine), minified, with a source map. Per-element modules and types
// come from `tsc -b` next to it.
import { build } from 'esbuild';
import { bundleOptions } from './esbuild-options.js';

await build({
  ...bundleOptions,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/actie.js',
  sourcemap: true,
  legalComments: 'linked',
});
