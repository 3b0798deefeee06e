/**
 * Results of operations on input from outside: a value, or errors that say what is wrong and where.
 *
 * @packageDocumentation
 */

/**
 * One problem in input from outside.
 *
 * `path` is a JSON Pointer (RFC 6901) into the input, e.g. `/areas/0/questions/3/id` or
 * `/answers/A3`; the empty string means the input as a whole. `message` is an English sentence
 * meant for a person. `code` is a stable identifier for programs that translate or group errors.
 */
export interface ValidationError {
  readonly path: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Stable codes of {@link ValidationError}. */
export type ErrorCode =
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'reserved-key'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'invalid-value'
  | 'too-large'
  | 'too-deep'
  | 'invalid-json'
  | 'model-mismatch'
  | 'unsupported-version'
  | 'not-actie-file';

/** Success with a value. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** Failure with one or more errors. */
export interface Failure {
  readonly ok: false;
  readonly errors: readonly ValidationError[];
}

/** The outcome of checking or reading input from outside; never thrown. */
export type Result<T> = Ok<T> | Failure;

/** Build an {@link Ok}. */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/** Build a {@link Failure}. */
export function fail(errors: readonly ValidationError[]): Failure {
  return { ok: false, errors };
}

/** Escape one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Join reference tokens into a JSON Pointer. */
export function pointer(...tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapePointerToken(t)).join('');
}
