// `actie model`: print a model as an editable file (JSON or YAML), list the built-in models, and
// `actie model diff OLD NEW`.
import { relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILTIN_MODEL_INFO, loadBuiltinModel } from '../model/catalogue.js';
import { diffModels } from '../model/diff.js';
import { localize } from '../localize.js';
import type { ActieModel, BuiltinModelName } from '../model/types.js';
import { formatDiff, whatToAdd } from './diff-report.js';
import type { CliIO, ExitCode } from './io.js';
import { loadModel } from './models.js';
import { toYaml } from './yaml.js';

/** Formats of `actie model`. */
export const MODEL_FORMATS = ['json', 'yaml'] as const;

/** Formats of `actie model diff`. */
export const DIFF_FORMATS = ['text', 'md', 'json'] as const;

/** The JSON Schema of the model format, in this package (dist/cli/ → schema/). */
const SCHEMA = new URL('../../schema/model.schema.json', import.meta.url);

/**
 * The `$schema` value for a model file written in the current folder: the path of this package's
 * JSON Schema relative to it, with `/` between folders (a relative URI reference, which editors
 * resolve from the file's own folder); a `file:` URL when there is no relative path (another drive).
 */
export function schemaReference(cwd: string = process.cwd()): string {
  const path = fileURLToPath(SCHEMA);
  const rel = relative(cwd, path);
  if (rel === '' || isAbsolute(rel)) return pathToFileURL(path).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/**
 * Print a model as a file to save and edit: `$schema` first (so an editor checks and completes
 * it), then the model, complete. JSON (two-space indent) or YAML (see `toYaml`).
 */
export async function printModel(model: ActieModel, format: (typeof MODEL_FORMATS)[number], io: CliIO): Promise<ExitCode> {
  const file = { $schema: schemaReference(), ...model };
  io.stdout(format === 'yaml' ? await toYaml(file) : JSON.stringify(file, null, 2) + '\n');
  return 0;
}

/**
 * `actie model diff OLD NEW`: what changed from OLD to NEW, and whether sessions and plans saved
 * with OLD need a migration that NEW has. Exit code 0 when no migration is needed or NEW has it,
 * 1 when one is needed and NEW lacks it (standard error says what to add) or a model cannot be
 * read.
 */
export async function diffCommand(
  oldSpec: string,
  newSpec: string,
  format: (typeof DIFF_FORMATS)[number],
  io: CliIO,
): Promise<ExitCode> {
  const before = await loadModel(oldSpec, io);
  const after = await loadModel(newSpec, io);
  if (!before || !after) return 1;
  const compared = diffModels(before, after);
  if (!compared.ok) {
    // loadModel checked both, so this does not happen; say so plainly if it ever does.
    for (const e of compared.errors) io.stderr(`actie: ${e.path || '/'}: ${e.message}\n`);
    return 1;
  }
  const diff = compared.value;
  const names = { before: oldSpec, after: newSpec };
  io.stdout(format === 'json' ? JSON.stringify({ files: names, ...diff }, null, 2) + '\n' : formatDiff(diff, names, format));
  if (diff.migration.needed === 'yes' && !diff.migration.handled) {
    io.stderr(`actie: files saved with ${oldSpec} need a migration that ${newSpec} does not have. ${whatToAdd(diff)}\n`);
    return 1;
  }
  return 0;
}

/** Who answers each built-in model, for `actie model --list`. */
const AUDIENCE: Readonly<Record<BuiltinModelName, string>> = {
  initiative: 'professionals who support one initiative (the default)',
  organisation: 'policymakers, managers, officials and staff: how the organisation works with initiatives',
  initiator: 'the initiators themselves; shown next to the team in a team result',
};

/** The built-in models, one per line: name, id and version, questions, who answers them, title. */
export async function modelList(lang: string): Promise<string> {
  const names = Object.keys(BUILTIN_MODEL_INFO) as BuiltinModelName[];
  const rows = await Promise.all(
    names.map(async (name) => {
      const m = (await loadBuiltinModel(name)) as ActieModel;
      const questions = m.areas.reduce((n, a) => n + a.questions.length, 0);
      return [name, `${m.id} ${m.version}`, `${questions} questions`, localize(m.title, lang, m.languages), AUDIENCE[name]];
    }),
  );
  const width = (i: number): number => Math.max(...rows.map((r) => (r[i] ?? '').length)) + 2;
  const [w0, w1, w2] = [width(0), width(1), width(2)];
  return (
    rows
      .map(
        (r) =>
          `${(r[0] ?? '').padEnd(w0)}${(r[1] ?? '').padEnd(w1)}${(r[2] ?? '').padEnd(w2)}${r[3] ?? ''}\n${' '.repeat(w0)}for ${r[4] ?? ''}`,
      )
      .join('\n') + '\n\nUse one with --model NAME, e.g. actie score FILE --model organisation.\n'
  );
}
