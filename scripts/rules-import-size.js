// How much `import { localize } from '@actie/rules'` adds to a bundle: the one-line entry is
// bundled by Rollup as a web team's bundler would (node-resolve with the package's `exports` and
// `"sideEffects": false`, terser), and the minified output is gzipped. Prints the figure and exits 1
// over the budget (issue 11: the rules package is tree-shakable, json-rules-engine and the models
// stay out). Reads the build: run `pnpm run build` first.
//   node scripts/rules-import-size.js           check and print
//   node scripts/rules-import-size.js --write   also rewrite its own section of docs/size.md
// (between the two "rules-import-size" comments; scripts/size.js writes the rest of that file).
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

/** 3 kB gzip (1 kB = 1,000 bytes, gzip level 9, as in docs/size.md). */
const BUDGET_BYTES = 3000;
const ENTRY = "export { localize } from '@actie/rules';\n";
// The entry as if it were a file at the repository root, so '@actie/rules' resolves the way it
// does for a project that depends on the package (node_modules/@actie/rules).
const entryId = fileURLToPath(new URL('../rules-import-size-entry.js', import.meta.url));

const bundle = await rollup({
  input: entryId,
  plugins: [
    { name: 'entry', resolveId: (id) => (id === entryId ? id : null), load: (id) => (id === entryId ? ENTRY : null) },
    nodeResolve({ browser: true }),
    terser(),
  ],
  onwarn(warning) {
    throw new Error(`Rollup warned: ${warning.message}`);
  },
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();

const chunks = output.filter((item) => item.type === 'chunk');
const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0);
const gzip = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
const modules = [...new Set(chunks.flatMap((chunk) => Object.keys(chunk.modules)))].map((id) =>
  id.replace(/^.*\/packages\/rules\//, ''),
);
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
console.log(`import { localize } from '@actie/rules': ${kB(gzip)} gzip (${kB(bytes)} minified), budget ${kB(BUDGET_BYTES)} gzip`);
console.log(
  `  ${chunks.length} chunk(s); modules: ${modules.filter((id) => !id.includes('rules-import-size-entry')).join(', ')}`,
);
if (process.argv.includes('--write')) {
  const path = fileURLToPath(new URL('../docs/size.md', import.meta.url));
  const start = '<!-- rules-import-size: start -->';
  const end = '<!-- rules-import-size: end -->';
  const section = `${start}
## @actie/rules in a bundler

Measured by \`node scripts/rules-import-size.js\` (\`pnpm test\` runs it after the build and fails
over the budget): a one-line entry \`export { localize } from '@actie/rules'\` bundled by Rollup
with node-resolve and terser, as a web team's bundler would.

| What | Minified | Gzip | Budget |
| --- | ---: | ---: | ---: |
| \`import { localize } from '@actie/rules'\` | ${kB(bytes)} | ${kB(gzip)} | ${kB(BUDGET_BYTES)} |

The package is ES modules that mirror its sources with \`"sideEffects": false\`; importing it
validates nothing (the built-in models ship as checked data, only frozen when loaded), so a
bundler keeps only the modules a page imports. json-rules-engine is reached only through a dynamic \`import()\` in
\`score\`, so it becomes a chunk of its own loaded at the first score (see docs/rules.md).
${end}`;
  const doc = readFileSync(path, 'utf8');
  const at = doc.indexOf(start);
  const next =
    at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
  console.log('Wrote its section of docs/size.md');
}
if (gzip > BUDGET_BYTES) {
  console.error(
    `Over budget by ${kB(gzip - BUDGET_BYTES)}: something in @actie/rules runs at import, or the package is not tree-shaken.`,
  );
  process.exit(1);
}
