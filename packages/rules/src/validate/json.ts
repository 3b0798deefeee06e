import { fail, ok, type Result } from '../result.js';

/** Longest JSON text accepted from outside, in characters (about 2 MB). */
export const MAX_JSON_LENGTH = 2_000_000;

/**
 * Accept a value or JSON text. Text is parsed once (a leading byte order mark is ignored); a parse
 * error becomes a {@link Result} error instead of an exception, and oversized text is refused
 * before parsing. Any other value is returned as it is.
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
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'it cannot be parsed';
    return fail([{ path: '', code: 'invalid-json', message: `The ${what} is not valid JSON: ${withLine(detail, text)}.` }]);
  }
}

/** A parser message that names a character position, with the line and column added. */
function withLine(detail: string, text: string): string {
  const position = /at position (\d+)/.exec(detail);
  if (!position) return detail.replace(/\.$/, '');
  const at = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `${detail.replace(/\.$/, '')} (line ${line}, column ${column})`;
}
