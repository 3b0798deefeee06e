// Runs every check of the repository in order and ends with one line: "N passed, N failed".
//   system packages (scripts/preflight.js) → formatting → build → lint → typecheck → docs code samples
//   → generated docs, size, packages as published, the scoring benchmark → rules tests (node:test)
//   → component tests and end-to-end tests in Chromium, Firefox and WebKit
// ACTIE_ENGINES=chromium (or firefox, webkit, or a comma-separated list) runs the browser tests in
// fewer engines; the preflight then only asks for what those need.
// Each step's output is shown as it runs. A step that fails still lets the others run, so one
// run shows everything that is wrong; the exit code is 1 if anything failed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const steps = [
  // Installs missing browsers and tools as root on Debian/Ubuntu, else stops with the command to run.
  { name: 'system packages for the browser tests', cmd: 'node', args: ['scripts/preflight.js'], required: true },
  { name: 'formatting (Prettier)', cmd: 'pnpm', args: ['run', 'format:check'] },
  { name: 'build', cmd: 'pnpm', args: ['run', 'build'], required: true },
  // Type-aware lint reads the types of @actie/rules from its build: after the build.
  { name: 'lint', cmd: 'pnpm', args: ['run', 'lint'] },
  { name: 'typecheck', cmd: 'pnpm', args: ['run', 'typecheck'] },
  // Every ```ts / ```js block of the READMEs and docs/, type-checked against the built packages.
  { name: 'docs code samples', cmd: 'node', args: ['scripts/docs-samples.js'] },
  { name: 'theming docs up to date', cmd: 'node', args: ['scripts/theming.js', '--check'] },
  { name: 'model docs up to date', cmd: 'node', args: ['scripts/model-docs.js', '--check'] },
  { name: 'size budget', cmd: 'node', args: ['scripts/size.js', '--check'], optionalFile: 'scripts/size.js' },
  // Issue 21: before the first question with Rollup and Vite at most 35 kB, esbuild --splitting 40 kB.
  { name: 'size with your own bundler', cmd: 'node', args: ['scripts/size-bundlers.js'] },
  // `import { localize } from '@actie/rules'` in a bundler: at most 3 kB gzip (tree-shaking works).
  { name: 'rules import size', cmd: 'node', args: ['scripts/rules-import-size.js'] },
  // Both packages as `pnpm pack` makes them, checked with publint and are-the-types-wrong.
  { name: 'packages as published (publint, attw)', cmd: 'node', args: ['scripts/pack-check.js'] },
  // pnpm bench without its build: at least 4,000 scores/s, 1,000 sessions scored and combined each under 0.5 s.
  { name: 'benchmark: scoring', cmd: 'node', args: ['scripts/bench-rules.js'] },
  { name: 'rules tests', cmd: 'pnpm', args: ['--filter', '@actie/rules', 'run', 'test'], counts: 'node' },
  {
    name: 'component tests (Chromium, Firefox, WebKit)',
    cmd: 'pnpm',
    args: ['--filter', '@actie/components', 'run', 'test'],
    counts: 'plain',
  },
  {
    name: 'end-to-end tests (Chromium, Firefox, WebKit)',
    cmd: 'node',
    args: ['--test', 'e2e/'],
    counts: 'node',
    optionalFile: 'e2e',
  },
];

function run(step) {
  return new Promise((resolvePromise) => {
    const child = spawn(step.cmd, step.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
    child.on('error', (error) => resolvePromise({ code: 1, output: String(error) }));
  });
}

function parseCounts(kind, output) {
  const escape = String.fromCharCode(27); // ANSI colour codes start with ESC
  const text = output
    .split(escape)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*[A-Za-z]/, '')))
    .join('');
  if (kind === 'node') {
    const pass = [...text.matchAll(/^# pass (\d+)$/gm)].map((m) => Number(m[1]));
    const fail = [...text.matchAll(/^# fail (\d+)$/gm)].map((m) => Number(m[1]));
    const skip = [...text.matchAll(/^# skipped (\d+)$/gm)].map((m) => Number(m[1]));
    if (!pass.length) return undefined;
    return { passed: pass.at(-1), failed: fail.at(-1) ?? 0, skipped: skip.at(-1) ?? 0 };
  }
  const m = [...text.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/gm)].at(-1);
  return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) } : undefined;
}

const { existsSync } = await import('node:fs');
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const step of steps) {
  if (step.optionalFile && !existsSync(new URL(`../${step.optionalFile}`, import.meta.url))) continue;
  console.log(`\n=== ${step.name} ===`);
  const { code, output } = await run(step);
  const counts = step.counts ? parseCounts(step.counts, output) : undefined;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  if (code !== 0) {
    problems.push(step.name);
    // A failing step without countable tests (lint, build, a suite that did not start) counts as one failure.
    if (!counts || counts.failed === 0) failed += 1;
    if (step.required) break;
  }
}
console.log(`\n${problems.length ? `Failed: ${problems.join(', ')}` : 'All checks passed.'}`);
// Skipped: tests that need what only one engine's driver can do (print media emulation), in the others.
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(problems.length ? 1 : 0);
