// Type-checks the code samples of the documentation against the built packages, as a user's
// project would see them:
//
//   every ```ts, ```typescript, ```js, ```javascript and ```mjs block of README.md,
//   packages/*/README.md and docs/*.md
//
// Each block becomes one module of a small project in a temporary folder whose node_modules holds
// @actie/rules and @actie/components (links to packages/*, so their package.json "exports" and
// dist/ are what is resolved, as after `npm install`). One TypeScript program checks them all:
// strict, module and moduleResolution NodeNext, the DOM and Node's types, JavaScript too
// (checkJs), and the packages' own type declarations (no skipLibCheck: a .d.ts that refers to a
// file the package does not have is an error too). A page script that imports the script-tag bundle from the web server
// ('/assets/actie/actie.js', as docs/embedding.md shows) gets the types of @actie/components/actie.js.
//
// A block that is deliberately not a whole program (a shape with "…", a type summary) is marked in
// the Markdown with `<!-- sample: fragment -->` on the line before its fence (blank lines between
// are allowed) and is not checked. Keep those few. ```jsx, ```vue and other languages are not checked.
//
//   node scripts/docs-samples.js          needs `pnpm run build` first (both packages' dist/)
//
// Prints every problem as FILE:LINE:COLUMN (the line in the Markdown file) and exits 1, or prints
// how many samples were checked and exits 0.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Markdown files whose samples are checked, relative to the repository root. */
function markdownFiles() {
  const list = (dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(dir, name));
  const packages = readdirSync(join(root, 'packages'))
    .sort()
    .map((name) => join('packages', name, 'README.md'))
    .filter((path) => {
      try {
        readFileSync(join(root, path));
        return true;
      } catch {
        return false;
      }
    });
  return ['README.md', ...packages, ...list('docs')];
}

const LANGUAGES = { ts: '.ts', typescript: '.ts', mts: '.ts', js: '.js', javascript: '.js', mjs: '.js' };
const MARKER = /^<!--\s*sample:\s*(.*?)\s*-->$/;

/**
 * The code blocks of a Markdown file: language, the line of their first code line (1-based), the
 * code, and whether they are marked as fragments. A marker with an unknown word is a problem.
 */
export function samplesOf(text, file) {
  const lines = text.split(/\r?\n/);
  const samples = [];
  const problems = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !(lines[end].trim().startsWith(fence) && lines[end].trim().replace(/[`~]/g, '') === '')) end++;
    const code = lines
      .slice(i + 1, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    let before = i - 1;
    while (before >= 0 && lines[before].trim() === '') before--;
    const marker = before >= 0 ? MARKER.exec(lines[before].trim()) : null;
    if (marker && marker[1] !== 'fragment') {
      problems.push(`${file}:${before + 1}: unknown sample marker "${marker[1]}"; the one marker is <!-- sample: fragment -->`);
    }
    const extension = LANGUAGES[lang.toLowerCase()];
    if (extension) samples.push({ file, line: i + 2, extension, code, fragment: marker?.[1] === 'fragment' });
    i = end;
  }
  return { samples, problems };
}

function main() {
  const started = performance.now();
  const problems = [];
  const samples = [];
  for (const file of markdownFiles()) {
    const found = samplesOf(readFileSync(join(root, file), 'utf8'), file);
    samples.push(...found.samples);
    problems.push(...found.problems);
  }
  const checked = samples.filter((s) => !s.fragment);

  // A user's project: package.json of an ES module project, and the two packages installed.
  const project = mkdtempSync(join(tmpdir(), 'actie-docs-samples-'));
  try {
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'docs-samples', private: true, type: 'module' }));
    mkdirSync(join(project, 'node_modules', '@actie'), { recursive: true });
    mkdirSync(join(project, 'node_modules', '@types'), { recursive: true });
    symlinkSync(join(root, 'packages', 'rules'), join(project, 'node_modules', '@actie', 'rules'), 'dir');
    symlinkSync(join(root, 'packages', 'components'), join(project, 'node_modules', '@actie', 'components'), 'dir');
    symlinkSync(join(root, 'node_modules', '@types', 'node'), join(project, 'node_modules', '@types', 'node'), 'dir');
    const where = new Map();
    for (const sample of checked) {
      const name = `${sample.file.replace(/[/\\.]/g, '_')}_L${sample.line}${sample.extension}`;
      const path = join(project, 'samples', name);
      mkdirSync(join(project, 'samples'), { recursive: true });
      writeFileSync(path, sample.code + '\n');
      where.set(path, sample);
    }
    const options = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      moduleDetection: ts.ModuleDetectionKind.Force,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      allowJs: true,
      checkJs: true,
      skipLibCheck: false,
      skipDefaultLibCheck: true,
      noUnusedLocals: false,
      baseUrl: project,
      // The script-tag bundle as a page imports it from its own web server (docs/embedding.md).
      paths: { '/assets/actie/actie.js': ['node_modules/@actie/components/dist/actie.d.ts'] },
    };
    const program = ts.createProgram([...where.keys()], options);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    for (const d of diagnostics) {
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!d.file) {
        problems.push(`error TS${d.code}: ${message}`);
        continue;
      }
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      const sample = where.get(d.file.fileName) ?? where.get(join(d.file.fileName));
      if (sample) {
        problems.push(`${sample.file}:${sample.line + line}:${character + 1}: error TS${d.code}: ${message}`);
      } else {
        // A problem in a package's own types (a type reference to a file that is not there, say).
        problems.push(`${relative(root, d.file.fileName)}:${line + 1}:${character + 1}: error TS${d.code}: ${message}`);
      }
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }

  const fragments = samples.length - checked.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the code samples of the docs (${checked.length} checked).`,
    );
    process.exit(1);
  }
  console.log(
    `${checked.length} code samples of the docs type-check (${fragments} marked as fragments, not checked) in ${seconds} s.`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
