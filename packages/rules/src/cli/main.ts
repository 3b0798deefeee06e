import { readFileSync } from 'node:fs';
import { processIO, runCli } from './cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// When the reader of our output goes away (`actie model | head`), stop writing and end quietly
// with the command's own exit code, instead of crashing on EPIPE.
let writeFailed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    if (stream !== process.stderr) process.stderr.write(`actie: cannot write the output: ${error.message}\n`);
    writeFailed = true;
  });
}

runCli(process.argv.slice(2), processIO, pkg.version).then(
  (code) => {
    process.exitCode = writeFailed && code === 0 ? 1 : code;
  },
  (error: unknown) => {
    process.stderr.write(`actie: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
