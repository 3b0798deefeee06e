import { fail, ok, type ErrorCode, type Result } from '../result.js';
import { describeType, isRecord } from '../validate/checker.js';
import { MAX_JSON_LENGTH, parseJsonText } from '../validate/json.js';
import { readFailureReason, type CliIO } from './io.js';
import { parseYamlText } from './yaml.js';

/** Largest file the command line reads, in bytes (about 2 MB). Larger files are refused unread. */
export const MAX_FILE_BYTES = MAX_JSON_LENGTH;

/** How a file is written: JSON, or YAML (model files only). */
export type Syntax = 'json' | 'yaml';

/** A file read and parsed: the object it holds, and how it was written. */
export interface ReadFile {
  readonly value: Record<string, unknown>;
  readonly syntax: Syntax;
}

/**
 * Read a JSON file the way every command reads every file (a model, session, answers or plan
 * file, or standard input): at most {@link MAX_FILE_BYTES} bytes, UTF-8 with or without a byte
 * order mark, parsed once, and an object at the top. Every problem is an error at the root path
 * with the same wording for every kind of file.
 */
export async function readJsonFile(io: CliIO, file: string): Promise<Result<Record<string, unknown>>> {
  const text = await readText(io, file);
  if (!text.ok) return text;
  const parsed = parseJsonText(text.value, 'file');
  if (!parsed.ok && isYamlName(file)) {
    return problem(
      'invalid-json',
      `${parsed.errors[0]?.message ?? 'The file is not valid JSON.'} Only model files may be YAML (with --model FILE, actie validate and actie model); session, answers and plan files are JSON.`,
    );
  }
  return parsed.ok ? objectOf(parsed.value, 'json') : parsed;
}

/**
 * Read a model file, or a file that may be one (`actie validate`): as {@link readJsonFile}, but the
 * file may also be YAML. Which it is: a name ending in `.yaml` or `.yml` means YAML and `.json`
 * means JSON; any other file, and standard input, is JSON when its first character (after a byte
 * order mark and white space) is `{` or `[`, and YAML otherwise. YAML is read with the same size
 * limit, and within limits of its own (see `yaml.ts`).
 */
export async function readModelFile(io: CliIO, file: string): Promise<Result<ReadFile>> {
  const text = await readText(io, file);
  if (!text.ok) return text;
  const syntax = syntaxOf(file, text.value);
  const parsed = syntax === 'yaml' ? await parseYamlText(text.value.replace(/^\uFEFF/, '')) : parseJsonText(text.value, 'file');
  if (!parsed.ok) return parsed;
  const value = objectOf(parsed.value, syntax);
  return value.ok ? ok({ value: value.value, syntax }) : value;
}

/** How a file is written, by its name, else by its first character (see {@link readModelFile}). */
export function syntaxOf(file: string, text: string): Syntax {
  if (isYamlName(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

function isYamlName(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** The text of a file: at most {@link MAX_FILE_BYTES} bytes, UTF-8 (a byte order mark is kept for the parser to drop). */
async function readText(io: CliIO, file: string): Promise<Result<string>> {
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
  if (typeof content === 'string') return ok(content);
  try {
    // Keeps a leading byte order mark (the parsers drop it); refuses anything that is not UTF-8 (such as UTF-16).
    return ok(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content));
  } catch {
    return problem('invalid-json', 'The file is not UTF-8 text. Save it as UTF-8 (JSON files usually are) and try again.');
  }
}

/** The parsed content if it is an object; otherwise what it holds, in words. */
function objectOf(value: unknown, syntax: Syntax): Result<Record<string, unknown>> {
  if (isRecord(value)) return ok(value);
  if (syntax === 'yaml') {
    if (value === null || value === undefined) return problem('type', 'The file holds no data: it is empty, or only comments.');
    const holds = typeof value === 'string' ? 'a single text' : describeType(value);
    return problem(
      'type',
      `The file holds ${holds}, not a YAML mapping. A model file is a mapping of keys to values: "id: my-model", "version: '1.0'", and so on.`,
    );
  }
  const holds = typeof value === 'string' ? 'text (a JSON string)' : describeType(value);
  return problem(
    'type',
    `The file holds ${holds}, not a JSON object. ACTIE files (models, sessions, answers and action plans) are objects: { … }.`,
  );
}

function problem(code: ErrorCode, message: string): Result<never> {
  return fail([{ path: '', code, message }]);
}
