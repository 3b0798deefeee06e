import { fail, ok, type Result } from '../result.js';

/** Longest JSON text accepted from outside, in characters (about 2 MB). */
export const MAX_JSON_LENGTH = 2_000_000;

/**
 * Accept a value or JSON text. Text is parsed; a parse error becomes a {@link Result} error
 * instead of an exception, and oversized text is refused before parsing.
 */
export function parseJsonText(input: unknown, what: string): Result<unknown> {
  if (typeof input !== 'string') return ok(input);
  if (input.length > MAX_JSON_LENGTH) {
    return fail([
      {
        path: '',
        code: 'too-large',
        message: `The ${what} is ${input.length} characters long; at most ${MAX_JSON_LENGTH} are accepted.`,
      },
    ]);
  }
  try {
    return ok(JSON.parse(input) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail([{ path: '', code: 'invalid-json', message: `The ${what} is not valid JSON: ${detail}.` }]);
  }
}
