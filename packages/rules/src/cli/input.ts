import { fail, ok, type ErrorCode, type Result } from '../result.js';
import { describeType, isRecord } from '../validate/checker.js';
import { MAX_JSON_LENGTH, parseJsonText } from '../validate/json.js';
import { readFailureReason, type CliIO } from './io.js';

/** Largest file the command line reads, in bytes (about 2 MB). Larger files are refused unread. */
export const MAX_FILE_BYTES = MAX_JSON_LENGTH;

/**
 * Read a JSON file the way every command reads every file (a model, session, answers or plan
 * file, or standard input): at most {@link MAX_FILE_BYTES} bytes, UTF-8 with or without a byte
 * order mark, parsed once, and an object at the top. Every problem is an error at the root path
 * with the same wording for every kind of file.
 */
export async function readJsonFile(io: CliIO, file: string): Promise<Result<Record<string, unknown>>> {
  let content: Uint8Array | string;
  try {
    content = await io.read(file, MAX_FILE_BYTES);
  } catch (error) {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    return problem(code === 'ENOENT' ? 'required' : 'invalid-value', `Cannot read the file: ${readFailureReason(error)}.`);
  }
  const size = typeof content === 'string' ? new TextEncoder().encode(content).byteLength : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    return problem(
      'too-large',
      `The file is larger than ${MAX_FILE_BYTES.toLocaleString('en')} bytes (2 MB), the most ACTIE reads; it was not read further.`,
    );
  }
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      // Drops a leading byte order mark; refuses anything that is not UTF-8 (such as UTF-16).
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return problem('invalid-json', 'The file is not UTF-8 text. Save it as UTF-8 (JSON files usually are) and try again.');
    }
  }
  const parsed = parseJsonText(text, 'file');
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isRecord(value)) {
    const holds = typeof value === 'string' ? 'text (a JSON string)' : describeType(value);
    return problem(
      'type',
      `The file holds ${holds}, not a JSON object. ACTIE files (models, sessions, answers and action plans) are objects: { … }.`,
    );
  }
  return ok(value);
}

function problem(code: ErrorCode, message: string): Result<never> {
  return fail([{ path: '', code, message }]);
}
