// Runs the component tests in the system Chromium. Fails with a clear message if there is none.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from '../../../scripts/browser.js';

try {
  chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('wtr', ['--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: false,
});
process.exit(result.status ?? 1);
