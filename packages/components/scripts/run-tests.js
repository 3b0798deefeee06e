// Runs the component tests in the system browsers, one engine after the other (ACTIE_ENGINES,
// default chromium, firefox and webkit), and ends with one line for all: "N passed, N failed".
// Fails at once with the install command if a browser is missing.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkEngine, selectedEngines } from '../../../scripts/browser.js';

// The package's own wtr, so this also works outside `pnpm test` (plain `node scripts/run-tests.js`).
const wtr = fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url));

let engines;
try {
  engines = selectedEngines();
  for (const engine of engines) checkEngine(engine);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;
for (const engine of engines) {
  console.log(`\n--- component tests in ${engine} ---`);
  const output = await new Promise((resolve) => {
    const child = spawn(wtr, ['--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ACTIE_ENGINES: engine },
    });
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code, text }));
  });
  const m = [...output.text.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
  if (m) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
    totals.skipped += Number(m[3] ?? 0);
  }
  if (output.code !== 0) {
    failedRuns++;
    if (!m || Number(m[2]) === 0) totals.failed += 1; // the run broke without a failing test to show for it
  }
}
console.log(`\nComponent tests in ${engines.join(', ')}:`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedRuns ? 1 : 0);
