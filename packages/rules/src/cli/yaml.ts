// YAML for model files: reading them (bounded, never throws) and writing a model for people to
// edit. The `yaml` package is imported on demand, so only a command that reads or writes YAML
// loads it, and nothing outside the command line does.
import type * as YamlModule from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { fail, ok, type Result } from '../result.js';

/**
 * Most YAML tokens (keys, values, indicators, spaces, line ends) read in one file. Counted before
 * the file is parsed, because parsing takes memory and time per token (about 0.5 kB each): a model
 * written as the built-in ones are has about 130 tokens per kB, so 2 MB of it about 260,000, while
 * 2 MB of one-character list items would be 2 million.
 */
export const MAX_YAML_TOKENS = 400_000;

/** Deepest nesting of `[ ]` and `{ }` (flow collections) read in one file; a model needs about 20. */
export const MAX_YAML_FLOW_DEPTH = 100;

/** Most aliases (`*name`) resolved in one file, against alias bombs (a few lines that expand to billions of values). */
const MAX_ALIASES = 1000;

type Yaml = typeof YamlModule;

/** Tokens of the lexer that stand for no character of the text (document start, flow end, scalar). */
const MARKERS: ReadonlySet<string> = new Set(['\x02', '\x18', '\x1f']);

/**
 * Parse the YAML text of a file (one document, YAML 1.2 core schema: `yes` and `no` stay text).
 * Every problem is an error at the root path with a plain message and the line and column where
 * it is: a syntax error, a key given twice in one mapping, a second document, a tag ACTIE does not
 * know, too many tokens, nesting or aliases. Never throws.
 */
export async function parseYamlText(text: string): Promise<Result<unknown>> {
  let yaml: Yaml;
  try {
    yaml = await import('yaml');
  } catch (error) {
    return problem(`YAML cannot be read here: the "yaml" package could not be loaded (${String(error)}).`);
  }
  try {
    const size = measure(yaml, text);
    if (size) return size;
    const lineCounter = new yaml.LineCounter();
    // uniqueKeys off: its check is quadratic in the keys of a mapping; keysOnce() does it in one pass.
    const doc = yaml.parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      schema: 'core',
      uniqueKeys: false,
      logLevel: 'error',
    });
    const [first, ...rest] = [...doc.errors, ...doc.warnings];
    if (first) {
      const more = rest.length
        ? `; ${rest.length} more YAML problem${rest.length === 1 ? '' : 's'} after it, often caused by this one`
        : '';
      return problem(`The file is not valid YAML: ${plain(first.code, first.message)}${at(lineCounter, first.pos[0])}${more}.`);
    }
    const duplicate = keysOnce(yaml, doc, lineCounter);
    if (duplicate) return duplicate;
    return ok(doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown);
  } catch (error) {
    // The parser's own limits: a stack overflow on deep nesting, or its alias-bomb guard.
    const message =
      error instanceof RangeError
        ? 'The file is nested too deeply to be read.'
        : error instanceof ReferenceError && /alias/i.test(error.message)
          ? `The file uses aliases (*name) more than ${MAX_ALIASES.toLocaleString('en')} times; write the values out instead.`
          : `The file could not be read as YAML: ${error instanceof Error ? error.message : String(error)}.`;
    return problem(message);
  }
}

/** Refuse text with too many tokens or too deep `[ ]`/`{ }` nesting, before it is parsed. */
function measure(yaml: Yaml, text: string): Result<never> | undefined {
  const lineCounter = new yaml.LineCounter();
  lineCounter.addNewLine(0);
  let tokens = 0;
  let depth = 0;
  let offset = 0;
  for (const token of new yaml.Lexer().lex(text)) {
    if (++tokens > MAX_YAML_TOKENS) {
      return problem(
        `The file has more than ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens (keys, values, indicators), the most ACTIE reads; it was not read further.`,
      );
    }
    if (token === '[' || token === '{') depth++;
    else if (token === ']' || token === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_YAML_FLOW_DEPTH) {
      // Positions are only needed for this message: count the lines up to here.
      for (const match of text.slice(0, offset).matchAll(/\n/g)) lineCounter.addNewLine(match.index + 1);
      return problem(`The file nests [ ] or { } more than ${MAX_YAML_FLOW_DEPTH} deep${at(lineCounter, offset)}.`);
    }
    if (!MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}

/** The first key given twice in one mapping, as an error with its place; undefined when every key is given once. */
function keysOnce(yaml: Yaml, doc: Document.Parsed, lineCounter: LineCounter): Result<never> | undefined {
  let found: Result<never> | undefined;
  yaml.visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = yaml.isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key)) {
          const start = yaml.isNode(pair.key) ? pair.key.range?.[0] : undefined;
          found = problem(
            `The file is not valid YAML: the key "${key.length > 40 ? key.slice(0, 39) + '…' : key}" is given twice in the same mapping${start === undefined ? '' : at(lineCounter, start)}.`,
          );
          return yaml.visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** A plainer message for the parser's errors that name its API or its internals. */
function plain(code: string, message: string): string {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'it holds more than one document (a line "---" starts another one), and a model file holds one';
    case 'TAG_RESOLVE_FAILED':
      return `${message.replace(/\.$/, '')}; ACTIE reads plain YAML without such tags`;
    case 'RESOURCE_EXHAUSTION':
      return 'it is nested too deeply';
    default:
      return message.replace(/\.$/, '');
  }
}

/** ` (line L, column C)` for an offset in the text. */
function at(lineCounter: LineCounter, offset: number): string {
  const { line, col } = lineCounter.linePos(offset);
  return ` (line ${line}, column ${col})`;
}

function problem(message: string): Result<never> {
  return fail([{ path: '', code: 'invalid-json', message }]);
}

/**
 * A value as YAML for people to read and edit: block style, texts longer than a line folded over
 * several lines (100 characters wide), no anchors or aliases (a text used twice is written twice),
 * YAML 1.2 as `parseYamlText` reads it. Parsing the result gives the same data.
 */
export async function toYaml(value: unknown): Promise<string> {
  const yaml = await import('yaml');
  return yaml.stringify(value, {
    aliasDuplicateObjects: false,
    lineWidth: 100,
    minContentWidth: 40,
    indentSeq: true,
    version: '1.2',
  });
}
