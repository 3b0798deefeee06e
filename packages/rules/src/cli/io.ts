import type { ValidationError } from '../result.js';

/** Where the CLI reads and writes; injectable for tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * Read a file, or standard input for `-`, as bytes (or as text). Reads at most `maxBytes + 1`
   * bytes, never the whole of a larger file: a longer result means the file is too large, and it
   * is refused. Rejects when the file cannot be read.
   */
  readonly read: (file: string, maxBytes: number) => Promise<Uint8Array | string>;
}

/** Exit codes: 0 success, 1 invalid input, 2 usage error. */
export type ExitCode = 0 | 1 | 2;

/** Why a file could not be read, in words: "no such file", "it is a folder", or the system's message. */
export function readFailureReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Print a file's problems on standard error: a line with the file and the count, then one line
 * per problem with its JSON Pointer (`/` for the file as a whole) and the message. `what` goes
 * before the count, e.g. `not combined, `. Every command prints every file problem this way.
 */
export function printErrors(io: CliIO, file: string, errors: readonly ValidationError[], what = ''): void {
  io.stderr(`${file}: ${what}${errors.length} problem${errors.length === 1 ? '' : 's'} found:\n`);
  for (const e of errors) io.stderr(`  ${e.path || '/'}: ${e.message}\n`);
}
