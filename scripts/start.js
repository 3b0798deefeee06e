// `pnpm start`: build what the examples need, then serve them on localhost.
//   pnpm start                 → http://127.0.0.1:8080/examples/
//   pnpm start -- --port 9000  (or PORT=9000 pnpm start)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(built.status ?? 1);
}
const served = spawnSync(process.execPath, ['scripts/serve.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(served.status ?? 0);
