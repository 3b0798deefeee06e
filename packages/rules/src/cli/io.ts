import type { ActieModel } from '../model/types.js';
import type { ValidationError } from '../result.js';
import type { MigrationReport } from '../session/migrate.js';

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

/**
 * Control characters a terminal would act on instead of showing: C0 (except tab and line feed),
 * DEL and C1 (U+0080 to U+009F, which includes the one-character CSI), and a carriage return that
 * does not end a line (it would let text overwrite the start of its own line).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/gu;

/**
 * Text as it may reach a terminal: every control character of `TERMINAL_CONTROLS` becomes U+FFFD
 * (�), so that text from a file (a note, a reflection, an agreement, a model's title, a key quoted
 * in an error) can neither move the cursor, clear the screen, change the window title nor hide
 * itself, and the reader sees where such a character was. Tabs, line feeds and CRLF line ends
 * (of CSV and iCalendar) are kept; JSON output has no raw control characters to begin with.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '\uFFFD');
}

/** The same input/output, with everything written passed through {@link terminalSafe}. */
export function terminalSafeIO(io: CliIO): CliIO {
  return {
    stdout: (text) => io.stdout(terminalSafe(text)),
    stderr: (text) => io.stderr(terminalSafe(text)),
    read: io.read,
  };
}

/**
 * Exit codes: 0 success, 1 invalid input, 2 usage error (also: a file of a model that is not built
 * in, without --model), 3 `actie team` combined some files but not all.
 */
export type ExitCode = 0 | 1 | 2 | 3;

/** Why a file could not be read, in words: "no such file", "it is a folder", or the system's message. */
export function readFailureReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * How many problems the checks list at most: `Checker` (validate/checker.ts) stops adding problems
 * after this many, without counting the rest. A list this long has been cut short.
 */
export const PROBLEMS_LISTED = 1000;

/**
 * Print a file's problems on standard error: a line with the file and the count, then one line
 * per problem with its JSON Pointer (`/` for the file as a whole) and the message. `what` goes
 * before the count, e.g. `not combined, `. Every command prints every file problem this way. A
 * list the checks cut short ({@link PROBLEMS_LISTED}) says so, since the number in all is not known.
 */
export function printErrors(io: CliIO, file: string, errors: readonly ValidationError[], what = ''): void {
  const n = errors.length;
  if (n >= PROBLEMS_LISTED) {
    io.stderr(
      `${file}: ${what}at least ${n.toLocaleString('en')} problems found; the check stops after ${PROBLEMS_LISTED.toLocaleString('en')}, so there may be more than these:\n`,
    );
  } else io.stderr(`${file}: ${what}${n} problem${n === 1 ? '' : 's'} found:\n`);
  for (const e of errors) io.stderr(`  ${e.path || '/'}: ${e.message}\n`);
}

/**
 * Tell on standard error that a file saved with an older version of the model was carried over:
 * how many answers were kept, which questions need a new answer (in model order), what is gone.
 */
export function printMigration(io: CliIO, file: string, report: MigrationReport, model: ActieModel): void {
  const order = new Map(model.areas.flatMap((a) => a.questions.map((q) => q.id)).map((id, i) => [id, i]));
  const reanswer = report.reanswer.map((r) => r.question).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const parts = [`${report.carried.length} answer${report.carried.length === 1 ? '' : 's'} kept`];
  if (reanswer.length) {
    parts.push(
      `${reanswer.length} question${reanswer.length === 1 ? '' : 's'} need${reanswer.length === 1 ? 's' : ''} a new answer (${reanswer.join(', ')}); the earlier answers are in their notes`,
    );
  }
  if (report.removed.length)
    parts.push(`answers to ${report.removed.map((r) => r.question).join(', ')} no longer have a question`);
  if (report.removedIntake.length)
    parts.push(
      `intake answers that no longer exist: ${report.removedIntake.map((r) => `"${r.value}" to ${r.question}`).join(', ')}`,
    );
  if (report.openIntake.length) parts.push(`intake questions to answer: ${report.openIntake.join(', ')}`);
  if (report.agreements.length)
    parts.push(`${report.agreements.length} agreement${report.agreements.length === 1 ? '' : 's'} linked anew`);
  io.stderr(
    `actie: ${file}: saved with version ${report.from} of the model; carried over to ${report.to}: ${parts.join('; ')}.\n`,
  );
}
