// Rollup configuration of @actie/components: every JavaScript file the package ships.
//
//   rollup -c      (part of `pnpm run build`, after `tsc -b` has written the type declarations)
//
// Two builds from the TypeScript sources:
//
// 1. The script-tag embedding, `dist/actie.js` + `dist/chunks/`. A page loads only actie.js, a
//    small loader (src/actie.ts); it imports the code of an element (as ES module chunks next to
//    it, resolved from `import.meta.url`) when that element is in the page. Everything is bundled
//    (Lit, @actie/rules as built, json-rules-engine as published) and minified; chunk
//    names carry a content hash, so they can be cached for ever; the entry keeps its name.
//
// 2. The npm modules, `dist/index.js`, `dist/assessment.js`, … one file per source module
//    (`preserveModules`), the way `tsc` would write them, so a web team's bundler can leave out
//    what it does not use. Lit, @lit/context and @actie/rules stay imports (`external`); the
//    templates are minified as in the embedding, the JavaScript is left readable.
//
// Both builds minify the Lit `html`/`svg`/`css` templates (`litTemplates` below): the same page,
// about 22 kB less minified over all chunks (3.8 kB gzip).
import { existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import license from 'rollup-plugin-license';
import { transform } from 'esbuild';
import { withoutJsonPath } from '../rules/scripts/bundling.js';

/** The npm entries (name → source module); each element entry is also a chunk of the embedding (src/actie.ts). */
const ELEMENT_ENTRIES = {
  index: 'src/index.ts',
  session: 'src/session.ts',
  assessment: 'src/assessment.ts',
  results: 'src/results.ts',
  'action-plan': 'src/action-plan.ts',
  'team-overview': 'src/team-overview.ts',
};

// ---- TypeScript ---------------------------------------------------------------------------------

/**
 * Compiles TypeScript with esbuild (types are checked by `tsc`, not here) and lets the sources'
 * `./x.js` imports find `./x.ts`. `useDefineForClassFields: false` as in tsconfig.json: Lit's
 * reactive properties must not be shadowed by class fields.
 */
function typescript() {
  return {
    name: 'actie-typescript',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js') || !importer.endsWith('.ts')) return null;
      const candidate = resolvePath(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        format: 'esm',
        sourcemap: true,
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

// ---- Lit templates ------------------------------------------------------------------------------

/**
 * Minifies our Lit templates before TypeScript is compiled, with the Lit team's plugin: `html` and
 * `svg` through html-minifier-next, `css` through Lightning CSS. `conservativeCollapse` makes every
 * run of white space one space and removes none: the plugin sees each template on its own, so
 * without it a space at a template's edge that the page needs would go (the one after the step
 * letter, src/assessment/questions.ts; before the "differs" mark, src/team/overview-grid.ts).
 * The templates hold no `<pre>`, and textareas get their text through `.value`.
 */
const litTemplates = () =>
  minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  });

// ---- Licences -----------------------------------------------------------------------------------

/**
 * Writes `dist/actie.js.LEGAL.txt`: name, version, licence and licence text of every third-party
 * package inside the embedding (the minified chunks carry no comments). @actie/rules is ours.
 */
const legalNotices = () =>
  license({
    thirdParty: {
      output: {
        file: 'dist/actie.js.LEGAL.txt',
        template: (dependencies) =>
          `Third-party software inside actie.js and chunks/:\n\n${dependencies
            .filter((d) => !d.name.startsWith('@actie/'))
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((d) => `${d.name}@${d.version} (${d.license})\n\n${d.licenseText?.trim() ?? '(no licence file in the package)'}`)
            .join('\n\n----\n\n')}\n`,
      },
    },
  });

/** Whether a chunk holds the module whose path ends with `path` (e.g. `src/session.ts`). */
const holds = (chunk, path) => chunk.moduleIds.some((id) => id.endsWith(path));

/**
 * Per tag, every chunk its code needs (its own and what it imports, in load order), without the
 * entry. From Rollup's
 * bundle graph: the modules actie.js imports dynamically are the elements (`actie-<name>` for
 * `src/<name>.ts`, as in ELEMENT_ENTRIES), and the chunks' `imports` are what each one needs.
 * `chunks` are Rollup's chunk descriptions (in `renderChunk` file names still hold hash
 * placeholders; Rollup fills them in afterwards).
 */
function chunksPerTag(chunks, context) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.name === 'actie');
  const chunkOf = (id) => chunks.find((c) => c.moduleIds.includes(id));
  const tagOf = (id) => {
    const name = Object.keys(ELEMENT_ENTRIES).find((n) => resolvePath(ELEMENT_ENTRIES[n]) === id);
    if (!name || name === 'index') context.error(`src/actie.ts imports ${id}, which is not an element of ELEMENT_ENTRIES`);
    return `actie-${name}`;
  };
  const list = {};
  for (const id of context.getModuleInfo(entry.facadeModuleId).dynamicallyImportedIds) {
    const tag = tagOf(id);
    const files = [];
    const add = (file) => {
      if (files.includes(file) || file === entry.fileName) return;
      byFile.get(file).imports.forEach(add);
      files.push(file);
    };
    add(chunkOf(id).fileName);
    list[tag] = files;
  }
  const missing = Object.keys(ELEMENT_ENTRIES).filter((name) => name !== 'index' && !list[`actie-${name}`]);
  if (missing.length) context.error(`src/actie.ts does not import the element(s) ${missing.join(', ')}`);
  return list;
}

/**
 * Writes the list of `chunksPerTag` into actie.js (in place of the text `__ACTIE_CHUNKS__`), so that
 * the loader asks for all chunks of an element at once instead of discovering them one import at a
 * time, and into `preload.json`, for `<link rel="modulepreload">` on pages that show an element
 * right away (docs/embedding.md, section 4).
 */
function chunkList() {
  return {
    name: 'actie-chunk-list',
    renderChunk(code, chunk, _options, meta) {
      if (!chunk.isEntry || chunk.name !== 'actie') return null;
      const marker = /(["'])__ACTIE_CHUNKS__\1/;
      if (!marker.test(code)) this.error('src/actie.ts no longer holds the chunk list marker');
      const list = chunksPerTag(Object.values(meta.chunks), this);
      return { code: code.replace(marker, () => JSON.stringify(JSON.stringify(list))), map: null };
    },
    generateBundle(_options, bundle) {
      const list = chunksPerTag(
        Object.values(bundle).filter((c) => c.type === 'chunk'),
        this,
      );
      this.emitFile({ type: 'asset', fileName: 'preload.json', source: `${JSON.stringify(list, null, 2)}\n` });
    },
  };
}

/** Removes the chunks of earlier builds: `dist/chunks/` holds exactly what this `actie.js` imports. */
function cleanChunks() {
  return {
    name: 'actie-clean-chunks',
    buildStart() {
      rmSync('dist/chunks', { recursive: true, force: true });
    },
  };
}

/** One warning is expected: `this` at the top of compiled CommonJS. */
function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

export default [
  // 1. The script-tag embedding. Rollup's own chunking: a page with <actie-session> and
  // <actie-assessment> fetches 36.9 kB gzip before the first question, in six files. A second build
  // pass that moved the small chunks the assessment shares with other elements into the session
  // chunk (three files) saved only 0.5 kB there (36.4 kB; 7 December 2026), while every other page
  // loaded those modules too, so it went (issue 21: at least 1 kB, or one pass).
  {
    input: { actie: 'src/actie.ts' },
    plugins: [
      cleanChunks(),
      // json-rules-engine never reaches jsonpath-plus (see packages/rules/scripts/bundling.js).
      withoutJsonPath(),
      litTemplates(),
      typescript(),
      // @actie/rules as built (its dist/, "sideEffects": false: unused parts drop out).
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'], extensions: ['.js', '.ts'] }),
      // json-rules-engine and its dependencies are CommonJS.
      commonjs(),
      legalNotices(),
      chunkList(),
    ],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js', // the name pages link to: never hashed
      // Content-hashed: cache for ever. A chunk that holds an element's entry module is named after
      // it (Rollup would name the shared chunk after any module in it, e.g. a built-in model).
      // Six hash characters (36 bits) tell one release's file from another's; every character of
      // a hash is random to gzip, and a chunk's name is in each file that imports it.
      chunkFileNames: (chunk) => {
        const element = Object.keys(ELEMENT_ENTRIES).find((name) => name !== 'index' && holds(chunk, join('src', `${name}.ts`)));
        // The scoring engine's chunk is named after it (Rollup would call it after its index.js).
        const engine = holds(chunk, join('json-rules-engine', 'dist', 'index.js')) ? 'json-rules-engine' : undefined;
        return `chunks/${element ?? engine ?? '[name]'}-[hash:6].js`;
      },
      // Source maps are written for the minified files but not referenced from them ('hidden') and
      // not packed (package.json "files"): with the sources embedded they would be most of the
      // package. Why, and how to use them: docs/releasing.md, "What the packages ship".
      sourcemap: 'hidden',
      sourcemapExcludeSources: false,
      plugins: [terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
    },
  },
  // 2. The npm modules.
  {
    input: ELEMENT_ENTRIES,
    external: (id) => /^(lit|@lit\/|@actie\/rules)/.test(id),
    plugins: [litTemplates(), typescript()],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
      // Readable modules, one per source module: no source maps (docs/releasing.md, "What the
      // packages ship").
      sourcemap: false,
    },
  },
];
