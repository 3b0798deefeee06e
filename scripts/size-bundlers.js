// What a web team's own bundler makes of @actie/components: the script a page fetches before the
// first question, when an app imports the npm modules (not the script-tag bundle) and builds them
// with Rollup, Vite or esbuild (--splitting), each with its defaults for a browser build.
//
//   node scripts/size-bundlers.js            print the table; exit 1 when a bundler is over its goal
//   node scripts/size-bundlers.js --write    also rewrite the bundler section of docs/size.md
//
// The app (written to node_modules/.cache/actie-size-app/) is what docs/embedding.md
// shows for a bundler: it imports `@actie/components/session.js` and `@actie/components/assessment.js`
// (here by their path in dist/, the same files) and its page holds <actie-session> with
// <actie-assessment>. Each bundler's output is served and loaded in Debian's Chromium (cold
// cache); the figure is the gzip size (level 9) of every script fetched until the first question
// has an enabled form field, dynamic imports included, as in scripts/size.js.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeDocSection } from './doc-section.js';
import { kB, loadPage, startBrowser } from './page-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = join(root, 'packages', 'components');
// Outside the packages (a package's folder is linked into the examples' node_modules).
const app = join(root, 'node_modules', '.cache', 'actie-size-app');
const fromComponents = createRequire(join(components, 'package.json'));
const load = async (name) => import(pathToFileURL(fromComponents.resolve(name)).href);

/** Goals before the first question (issue 21), gzip kB. */
export const BUNDLER_GOALS_KB = { Rollup: 35, Vite: 35, 'esbuild --splitting': 40 };

try {
  readFileSync(join(components, 'dist', 'assessment.js'));
} catch {
  console.error('packages/components/dist/ is missing: run `pnpm run build` first.');
  process.exit(1);
}

const PAGE = (script) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ACTIE in a bundled app</title>
    <link rel="icon" href="data:," />
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <actie-session>
      <actie-assessment></actie-assessment>
    </actie-session>
  </body>
</html>
`;

rmSync(app, { recursive: true, force: true });
mkdirSync(app, { recursive: true });
const dist = join(components, 'dist');
writeFileSync(
  join(app, 'main.js'),
  `import ${JSON.stringify(join(dist, 'session.js'))};\nimport ${JSON.stringify(join(dist, 'assessment.js'))};\n`,
);
writeFileSync(join(app, 'index.html'), PAGE('./main.js'));

/** Quiet the expected warnings of bundling CommonJS (json-rules-engine's `this` at the top). */
const quiet = (warning, warn) => (warning.code === 'THIS_IS_UNDEFINED' ? undefined : warn(warning));

const builds = {
  async Rollup(out) {
    const { rollup } = await load('rollup');
    const { nodeResolve } = await load('@rollup/plugin-node-resolve');
    const commonjs = (await load('@rollup/plugin-commonjs')).default;
    const terser = (await load('@rollup/plugin-terser')).default;
    const bundle = await rollup({
      input: join(app, 'main.js'),
      plugins: [nodeResolve({ browser: true }), commonjs()],
      onwarn: quiet,
    });
    await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js', plugins: [terser()] });
    await bundle.close();
    writeFileSync(join(out, 'index.html'), PAGE('./main.js'));
  },
  async Vite(out) {
    const { build } = await import('vite');
    // base './': the page is served from a folder here, not from the site's root.
    await build({ root: app, base: './', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  },
  async 'esbuild --splitting'(out) {
    const { build } = await load('esbuild');
    await build({
      entryPoints: [join(app, 'main.js')],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      platform: 'browser',
      outdir: out,
      logLevel: 'error',
    });
    writeFileSync(join(out, 'index.html'), PAGE('./main.js'));
  },
};

const outs = {};
for (const [name, build] of Object.entries(builds)) {
  const out = join(app, name.split(' ')[0].toLowerCase());
  await build(out);
  outs[name] = `/node_modules/.cache/actie-size-app/${name.split(' ')[0].toLowerCase()}/`;
}

const env = await startBrowser();
const rows = [];
try {
  for (const [name, path] of Object.entries(outs)) {
    const { first, scripts, problems } = await loadPage(env, path);
    if (problems.length) throw new Error(`${name}: ${problems.join('\n')}`);
    const before = scripts.filter((s) => s.startTime <= first.interactive);
    const gzip = before.reduce((sum, s) => sum + s.gzip, 0);
    rows.push({
      name,
      files: before.length,
      gzip,
      goal: BUNDLER_GOALS_KB[name],
      list: before.map((s) => `${s.path.split('/').pop()} ${kB(s.gzip)}`),
    });
  }
} finally {
  await env.close();
}

console.log('Before the first question, an app that imports session.js and assessment.js (gzip):');
for (const r of rows) {
  const over = r.gzip / 1000 > r.goal;
  console.log(
    `  ${r.name.padEnd(22)} ${String(r.files).padStart(2)} files  ${kB(r.gzip).padStart(5)} kB  (goal ${r.goal} kB)${over ? '  OVER' : ''}`,
  );
  console.log(`    ${r.list.join(', ')}`);
}

const START = '<!-- size-bundlers.js: generated from here -->';
const END = '<!-- size-bundlers.js: generated up to here -->';
const section = `${START}
### With your own bundler

Measured by \`scripts/size-bundlers.js\` (\`--write\` rewrites this part): an app that imports
\`@actie/components/session.js\` and \`@actie/components/assessment.js\` and shows
\`<actie-session>\` with \`<actie-assessment>\`, built by each bundler with its defaults for a
browser build (Rollup with node-resolve, commonjs and terser; Vite; esbuild with \`--bundle
--splitting --format=esm --minify\`), loaded in Chromium: every script fetched until the first
question can be answered, gzip.

| Bundler | Files | Before the first question | Goal |
| --- | ---: | ---: | ---: |
${rows.map((r) => `| ${r.name} | ${r.files} | ${kB(r.gzip)} kB | ${r.goal} kB |`).join('\n')}

The rules package's main entry imports no model, and the components load the default model's
questions by themselves when the assessment connects, so every bundler puts the rest of the model,
the scoring (json-rules-engine) and the other elements in chunks a page fetches later.
${END}`;

if (process.argv.includes('--write')) {
  writeDocSection(join(root, 'docs', 'size.md'), START, END, section);
  console.log('Wrote the bundler section of docs/size.md.');
}
if (rows.some((r) => r.gzip / 1000 > r.goal)) process.exit(1);
