// Runs the component tests in the system Chromium. Fails with a clear message if there is none.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../../scripts/browser.js';

// The package's own wtr, so this also works outside `pnpm test` (plain `node scripts/run-tests.js`).
const wtr = fileURLToPath(new URL('../node_modules/.bin/wtr', import.meta.url));

try {
  chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync(wtr, ['--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  stdio: 'inherit',
  shell: false,
});
process.exit(result.status ?? 1);
