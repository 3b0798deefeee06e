/**
 * Running the built `actie` command line as a child process, for the CLI suites that came after
 * cli.test.ts. Not a test file itself (the runner picks up `*.test.ts` only).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built command line. */
export const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Files saved by release 0.2, one per built-in model (see the folder's README). */
export const RELEASE_02 = fileURLToPath(new URL('./fixtures/release-0.2/', import.meta.url));

/** What a run printed and how it ended. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `actie` with these arguments; `input` is standard input; `cwd` the folder to run it in. */
export function actie(args: readonly string[], options: { input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input: options.input }),
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Assert the exit code, showing the output when it is not the expected one. */
export function exits(run: Run, code: number): void {
  assert.equal(run.status, code, `exit ${String(run.status)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
}

/** A temporary folder for one suite: `file(name, content)` writes a file in it and returns its path. */
export function tempFolder(prefix: string): {
  readonly dir: () => string;
  file: (name: string, content: string) => string;
  remove: () => void;
} {
  let dir = '';
  return {
    dir: () => (dir ||= mkdtempSync(join(tmpdir(), prefix))),
    file(name, content) {
      const path = join(this.dir(), name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Text as a regular expression that matches it literally. */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
