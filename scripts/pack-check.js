// Checks both packages as their users get them: `pnpm pack` of packages/rules and
// packages/components, then on each tarball
//   - publint (package.json fields, exports, files: what npm consumers run into), with --strict;
//   - are-the-types-wrong (attw), profile "esm-only": both packages are ES modules only, so
//     `require()` from CommonJS is out of scope, but every entry must resolve with types in Node
//     16+ and in bundlers;
//   - the contents, unpacked (CONTENTS below):
//     - README.md, LICENSE and the files each package must have are there; no .tsbuildinfo;
//     - source maps: every map's `sources` are either files in the tarball or embedded in the map
//       (`sourcesContent`), and every `//# sourceMappingURL=` comment names a map in the tarball;
//       maps are at most MAX_MAP_SHARE of the unpacked bytes. Neither package ships maps at the
//       moment (docs/releasing.md, "What the packages ship", says why): these checks keep a map
//       that points at nothing, or a package that is mostly maps, from coming back;
//     - `sideEffects`: every entry of the list matches at least one file in the tarball; every
//       module that does something when it is imported is matched (a statement at the top level
//       of the module that is not an import, export or declaration; and an entry point of
//       `exports` whose imports lead to such a module); every module matched (outside the
//       script-tag bundle, which is listed as a whole) does something. Found with the TypeScript
//       parser; a call inside a declaration (`const x = register()`) is not seen;
//     - dependencies: no third-party runtime dependency pinned to one exact version (an app with
//       another Lit 3 would get a second copy of Lit); for @actie/components, `lit` and
//       `@lit/context` are there. Our own packages (@actie/*) are released together and may pin;
//     - while `repository`, `homepage` or `bugs` are missing, the package's `prepublishOnly` guard
//       is there and stops a publish (it is run, and must fail);
//     - printed: the tarball's size, its unpacked size and number of files, and the share of maps.
// Reads the build: run `pnpm run build` first. Exit code 1 when any check fails; every package is
// checked either way, so one run shows all problems.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const out = mkdtempSync(join(tmpdir(), 'actie-pack-'));
const problems = [];

/** Maps may be at most this share of a package's unpacked bytes ("not mostly maps"). */
const MAX_MAP_SHARE = 0.5;

/** What each package's tarball must hold, and what else is checked for it. */
const CONTENTS = {
  'packages/rules': {
    required: [
      'bin/actie.js',
      'dist/index.js',
      ...['initiative', 'initiative-nl', 'initiative-nl-questions', 'organisation', 'initiator'].map(
        (name) => `dist/model/builtin/${name}.js`,
      ),
    ],
    // No maps at all: they would point at sources the package does not ship.
    noMaps: true,
    // json-rules-engine is a dependency, not part of the package.
    forbidden: [/json-rules-engine|vendor\//],
    dependencies: [],
    scriptTagBundle: null,
  },
  'packages/components': {
    required: ['dist/actie.js', 'dist/actie.js.LEGAL.txt', 'dist/index.js', 'dist/preload.json', 'dist/custom-elements.json'],
    noMaps: false,
    forbidden: [],
    dependencies: ['lit', '@lit/context'],
    // actie.js and its chunks: minified, loaded for what they do; listed in sideEffects as a whole.
    scriptTagBundle: /^dist\/(actie\.js|chunks\/[^/]+\.js)$/,
  },
};

function run(what, cmd, args) {
  console.log(`\n--- ${what} ---`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) problems.push(what);
}

/** Every file under `dir`, as paths relative to it with `/`. */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const percent = (share) => `${(share * 100).toFixed(1)} %`;

// ---- Source maps ---------------------------------------------------------------------------------

/** Maps whose sources are neither shipped nor embedded, and comments that name a missing map. */
function checkSourceMaps(name, dir, files) {
  const shipped = new Set(files);
  const pointless = []; // "x.map: y.ts", a map and one source it cannot show
  for (const map of files.filter((file) => file.endsWith('.map'))) {
    let json;
    try {
      json = JSON.parse(readFileSync(join(dir, map), 'utf8'));
    } catch {
      problems.push(`${name}: ${map} is not a JSON source map`);
      continue;
    }
    const missing = (json.sources ?? []).filter((source, i) => {
      if (typeof json.sourcesContent?.[i] === 'string') return false;
      const path = posix.normalize(posix.join(posix.dirname(map), json.sourceRoot ?? '', source));
      return !shipped.has(path);
    });
    if (missing.length) pointless.push(`${map}: ${missing[0]}`);
  }
  if (pointless.length) {
    problems.push(
      `${name}: ${pointless.length} source map(s) point at sources that are neither in the package nor embedded, e.g. ${pointless.slice(0, 3).join('; ')}`,
    );
  }
  const dangling = [];
  for (const file of files.filter((f) => /\.(c|m)?(js|ts)$|\.css$/.test(f))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const [, url] of text.matchAll(/^\s*\/[/*][#@] sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/gm)) {
      if (url.startsWith('data:')) continue;
      const path = posix.normalize(posix.join(posix.dirname(file), decodeURI(url)));
      if (!shipped.has(path)) dangling.push(`${file} → ${url}`);
    }
  }
  if (dangling.length) {
    problems.push(
      `${name}: ${dangling.length} file(s) name a source map that is not in the package, e.g. ${dangling.slice(0, 3).join('; ')}`,
    );
  }
}

// ---- sideEffects ---------------------------------------------------------------------------------

/**
 * A `sideEffects` pattern as bundlers read it (webpack, esbuild, Rollup's node-resolve): relative
 * to the package, `*` within one folder, `**` any number of folders, and a pattern without `/`
 * matches the file name in any folder. Other glob forms (`{a,b}`, `[ab]`, `?`) are refused: esbuild
 * reads only `*` and `**`.
 */
function sideEffectsPattern(pattern) {
  if (/[{}[\]?]/.test(pattern)) return null;
  let glob = pattern.replace(/^\.\//, '');
  if (!glob.includes('/')) glob = `**/${glob}`;
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else source += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * What a module does at its top level (statements other than imports, exports and declarations)
 * and the modules of the package it loads (static imports and re-exports, and `import('./x.js')`).
 */
/**
 * Statements that do something when imported but may be left out by a bundler on purpose, each
 * with why. `registerModelCheck(validateModel);` (rules, dist/validate/model.js) lets the functions
 * that take a model check one that did not come from validateModel; a bundle that never imports
 * validateModel leaves it out, and those functions then return "This model has not been checked:
 * pass it through validateModel() first" (docs/rules.md): a clear error, never wrong output.
 */
const DROPPABLE_EFFECTS = new Set(['registerModelCheck(validateModel);']);

function moduleFacts(dir, file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const effects = [];
  const imports = [];
  const loads = (specifier) => {
    if (specifier.startsWith('.')) imports.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  };
  const findDynamicImports = (node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      loads(node.arguments[0].text);
    }
    ts.forEachChild(node, findDynamicImports);
  };
  findDynamicImports(source);
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier;
      if (specifier && ts.isStringLiteral(specifier)) loads(specifier.text);
      continue;
    }
    if (
      ts.isFunctionDeclaration(statement) ||
      ts.isVariableStatement(statement) ||
      ts.isExportAssignment(statement) ||
      ts.isEmptyStatement(statement) ||
      (ts.isClassDeclaration(statement) && !ts.getDecorators(statement)?.length)
    ) {
      continue;
    }
    const code = text.slice(statement.getStart(source), statement.end).replace(/\s+/g, ' ');
    if (DROPPABLE_EFFECTS.has(code)) continue;
    effects.push(code.slice(0, 60));
  }
  return { effects, imports };
}

/** The package's entry modules: the JavaScript files `exports` (and `main`) point at. */
function entryModules(pkg) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pkg.exports);
  collect(pkg.main);
  return new Set(targets.filter((t) => /\.m?js$/.test(t)).map((t) => posix.normalize(t.replace(/^\.\//, ''))));
}

function checkSideEffects(name, dir, files, pkg, scriptTagBundle) {
  const declared = pkg.sideEffects;
  if (declared === undefined || declared === true) {
    problems.push(`${name}: package.json declares no "sideEffects" (every module then counts as having some)`);
    return;
  }
  const patterns = declared === false ? [] : declared;
  if (!Array.isArray(patterns)) {
    problems.push(`${name}: "sideEffects" is neither a boolean nor a list`);
    return;
  }
  const matchers = [];
  for (const pattern of patterns) {
    const regex = sideEffectsPattern(pattern);
    if (!regex) {
      problems.push(`${name}: "sideEffects" entry ${pattern} uses a glob form not every bundler reads (only * and **)`);
      continue;
    }
    const matched = files.filter((file) => regex.test(file));
    if (!matched.length) problems.push(`${name}: "sideEffects" entry ${pattern} matches no file in the package`);
    matchers.push(regex);
  }
  const listed = (file) => matchers.some((regex) => regex.test(file));

  // The modules a bundler can reach: the entry points of `exports` and what they load. (Others,
  // such as a command line's own modules, are never imported by an app.)
  const facts = new Map(files.filter((file) => /\.m?js$/.test(file)).map((file) => [file, moduleFacts(dir, file)]));
  const entries = entryModules(pkg);
  const reachable = new Set();
  const reach = (file) => {
    if (reachable.has(file) || !facts.has(file)) return;
    reachable.add(file);
    facts.get(file).imports.forEach(reach);
  };
  entries.forEach(reach);
  // An entry point has effects when it, or any module it loads (directly or not), has its own.
  const reachesEffects = (file, seen = new Set()) => {
    if (seen.has(file)) return false;
    seen.add(file);
    const fact = facts.get(file);
    return !!fact && (fact.effects.length > 0 || fact.imports.some((next) => reachesEffects(next, seen)));
  };
  const modules = [...facts.keys()].filter((file) => reachable.has(file) || scriptTagBundle?.test(file));
  let counted = 0;
  for (const file of modules) {
    const inBundle = scriptTagBundle?.test(file) ?? false;
    const own = facts.get(file).effects;
    const effectful = inBundle || own.length > 0 || (entries.has(file) && reachesEffects(file));
    if (effectful) counted++;
    if (effectful && !listed(file)) {
      problems.push(
        `${name}: ${file} does something when imported${own.length ? ` (${own[0]})` : inBundle ? ' (script-tag bundle)' : ' (through its imports)'}, but "sideEffects" does not name it`,
      );
    } else if (!effectful && listed(file)) {
      problems.push(`${name}: "sideEffects" names ${file}, which only declares and exports: a bundler could leave it out`);
    }
  }
  console.log(
    `sideEffects: ${patterns.length} entries; ${counted} of the ${modules.length} modules an app can import do something when imported`,
  );
}

// ---- Dependencies and publishing ---------------------------------------------------------------

/** An exact version (`3.3.3`, `=3.3.3`), as opposed to a range (`^3.3.3`, `>=3 <4`, `3.x`). */
const EXACT = /^=?v?\d+\.\d+\.\d+(?:[-+][\w.+-]*)?$/;

function checkDependencies(name, pkg, expected) {
  const runtime = { ...pkg.dependencies, ...pkg.peerDependencies };
  for (const dep of expected) {
    if (!(dep in runtime)) problems.push(`${name}: ${dep} is not among its dependencies or peer dependencies`);
  }
  for (const [dep, range] of Object.entries(runtime)) {
    if (dep.startsWith('@actie/')) continue;
    if (EXACT.test(String(range).trim())) {
      problems.push(
        `${name}: ${dep} is pinned to exactly ${range}; use a range (^${String(range).replace(/^[=v]+/, '')}) so apps can share one copy`,
      );
    }
  }
}

/**
 * While `repository`, `homepage` or `bugs` are missing, the package's `prepublishOnly` script must
 * stop a publish. Read from the package's own package.json (`pnpm pack` leaves the scripts out of
 * the packed one), and run: it has to fail.
 */
function checkPublishGuard(dir) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const missing = ['repository', 'homepage', 'bugs'].filter((field) => !pkg[field]);
  if (!missing.length) return;
  const guard = pkg.scripts?.prepublishOnly;
  if (!guard) {
    problems.push(`${pkg.name}: no ${missing.join(', ')} and no "prepublishOnly" guard that stops publishing without them`);
    return;
  }
  const result = spawnSync('sh', ['-c', guard], { cwd: join(root, dir), stdio: 'pipe' });
  if (result.status === 0)
    problems.push(`${pkg.name}: "prepublishOnly" (${guard}) lets a publish through without ${missing.join(', ')}`);
  else console.log(`publish guard: "${guard}" stops a publish while ${missing.join(', ')} are missing`);
}

// ---- Per package ---------------------------------------------------------------------------------

function checkContents(dir, tarball, file) {
  const spec = CONTENTS[dir];
  const unpacked = join(out, `${tarball}.d`);
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', file, '-C', unpacked]);
  const base = join(unpacked, 'package');
  const files = listFiles(base);
  const pkg = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
  const size = (f) => statSync(join(base, f)).size;

  console.log(`\n--- contents of ${tarball} ---`);
  const total = files.reduce((sum, f) => sum + size(f), 0);
  const maps = files.filter((f) => f.endsWith('.map'));
  const mapBytes = maps.reduce((sum, f) => sum + size(f), 0);
  const share = total ? mapBytes / total : 0;
  console.log(
    `tarball ${kB(statSync(file).size)}; unpacked ${kB(total)} in ${files.length} files; ` +
      `source maps: ${maps.length} files, ${kB(mapBytes)}, ${percent(share)} of the unpacked bytes`,
  );

  const required = ['README.md', 'LICENSE', 'package.json', ...spec.required];
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length) problems.push(`${tarball} lacks ${missing.join(', ')}`);
  const buildInfo = files.filter((f) => f.endsWith('.tsbuildinfo'));
  if (buildInfo.length) problems.push(`${tarball} holds ${buildInfo.join(', ')}`);
  if (spec.noMaps && maps.length) problems.push(`${tarball} holds source maps: ${maps.join(', ')}`);
  for (const pattern of spec.forbidden) {
    const found = files.filter((f) => pattern.test(f));
    if (found.length) problems.push(`${tarball}: should not hold ${found.join(', ')}`);
  }
  if (share > MAX_MAP_SHARE) {
    problems.push(`${tarball}: source maps are ${percent(share)} of the package (at most ${percent(MAX_MAP_SHARE)})`);
  }
  checkSourceMaps(tarball, base, files);
  checkSideEffects(tarball, base, files, pkg, spec.scriptTagBundle);
  checkDependencies(tarball, pkg, spec.dependencies);
  checkPublishGuard(dir);
}

try {
  for (const dir of Object.keys(CONTENTS)) {
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
    checkContents(dir, tarball, file);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`\nPack check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  '\nPack check passed: publint, are-the-types-wrong, contents, source maps, sideEffects and dependencies of both packages.',
);
