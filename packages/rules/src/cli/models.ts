// Which model a command uses: the one --model names (a built-in model or a model file), else the
// built-in model that the file being read names in its `model.id`.
import { BUILTIN_MODEL_INFO, builtinModelOf, loadBuiltinModel } from '../model/catalogue.js';
import type { ActieModel, BuiltinModelName } from '../model/types.js';
import type { Result } from '../result.js';
import type { MigrationReport } from '../session/migrate.js';
import { isRecord, own } from '../validate/checker.js';
import { validateModel } from '../validate/model.js';
import { readModelFile } from './input.js';
import { printErrors, printMigration, type CliIO, type ExitCode } from './io.js';

/** The names of the built-in models, in the order `actie model --list` shows them. */
const NAMES = Object.keys(BUILTIN_MODEL_INFO) as BuiltinModelName[];

/**
 * A model by name or file, as `--model` and `actie model diff` take it: a built-in model by name,
 * else a model file (JSON or YAML), checked and completed. A file called like a built-in model is
 * read when written as a path (`./organisation`). Prints the file's problems and resolves to
 * undefined when it cannot be used.
 */
export async function loadModel(spec: string, io: CliIO): Promise<ActieModel | undefined> {
  const builtin = await loadBuiltinModel(spec);
  if (builtin) return builtin;
  const read = await readModelFile(io, spec);
  const checked = read.ok ? validateModel(read.value.value) : read;
  if (checked.ok) return checked.value;
  printErrors(io, spec, checked.errors);
  return undefined;
}

/** A model, or the exit code to stop with (its message already printed). */
export type Chosen = { readonly model: ActieModel } | { readonly exit: ExitCode };

/** The `model.id` a session or plan file names, if it names one. */
export function modelIdOf(value: Record<string, unknown>): string | undefined {
  const model = own(value, 'model');
  const id = isRecord(model) ? own(model, 'id') : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The model for one file of `score`, `validate` or `plan`: `--model` when given; else the built-in
 * model the file names (`model.id`), or the default model (initiative) for a file that names none
 * (a plain answers file, an old plan file). A file that names a model that is not built in stops
 * the command with exit code 2 and one line that says to pass that model's file with --model.
 */
export async function modelForFile(
  option: string | undefined,
  file: string,
  value: Record<string, unknown>,
  command: string,
  io: CliIO,
): Promise<Chosen> {
  if (option !== undefined) {
    const model = await loadModel(option, io);
    return model ? { model } : { exit: 1 };
  }
  const name = builtinModelOf(value);
  const id = modelIdOf(value);
  if (name === undefined && id !== undefined) {
    io.stderr(`actie: ${file} is for the model "${id}", which is not built in (${builtinList()}); ${passFile(command, file)}.\n`);
    return { exit: 2 };
  }
  return { model: (await loadBuiltinModel(name ?? 'initiative')) as ActieModel };
}

/**
 * A file opened with the model chosen for it: `open` checks it against the model (and carries it
 * over from an older version). Its problems are printed and stop the command with exit code 1;
 * what a migration changed is printed too.
 */
export function openWith<T extends { readonly migration?: MigrationReport }>(
  chosen: Chosen,
  file: string,
  io: CliIO,
  open: (model: ActieModel) => Result<T>,
): { readonly model: ActieModel; readonly opened: T } | { readonly exit: ExitCode } {
  if (!('model' in chosen)) return chosen;
  const { model } = chosen;
  const opened = open(model);
  if (!opened.ok) {
    printErrors(io, file, opened.errors);
    return { exit: 1 };
  }
  if (opened.value.migration) printMigration(io, file, opened.value.migration, model);
  return { model, opened: opened.value };
}

/** `initiative ("actie-default"), …`: the built-in models by name and id. */
function builtinList(): string {
  return `built in: ${NAMES.map((n) => `${n} ("${BUILTIN_MODEL_INFO[n].id}")`).join(', ')}`;
}

function passFile(command: string, file: string): string {
  return `pass that model's file with --model FILE, e.g. actie ${command} ${file} --model my-model.yaml`;
}

/**
 * The team model of `actie team` without --model: the built-in model the files name, leaving out
 * a model that mirrors another model the files name (the initiators' questions are shown next to
 * the team, not as the team). Files that name no model are left to `aggregate` to judge; when no
 * file names a model, the default model. When the files name two team models, or only models that
 * are not built in, says which file names which and stops with exit code 2.
 */
export async function teamModel(
  files: readonly { readonly source: string; readonly value: Record<string, unknown> }[],
  io: CliIO,
): Promise<Chosen> {
  const named = new Map<BuiltinModelName, string[]>();
  const foreign = new Map<string, string[]>();
  for (const { source, value } of files) {
    const name = builtinModelOf(value);
    const id = modelIdOf(value);
    if (name !== undefined) named.set(name, [...(named.get(name) ?? []), source]);
    else if (id !== undefined) foreign.set(id, [...(foreign.get(id) ?? []), source]);
  }
  const ids = new Set([...named.keys()].map((n) => BUILTIN_MODEL_INFO[n].id));
  const teams = [...named.keys()].filter((n) => !BUILTIN_MODEL_INFO[n].correspondence.some((c) => ids.has(c.model)));
  const [team, ...others] = teams;
  if (team !== undefined && others.length) {
    const which = teams.map(
      (n) =>
        `${listed(named.get(n) ?? [])} ${named.get(n)?.length === 1 ? 'is' : 'are'} for ${n} ("${BUILTIN_MODEL_INFO[n].id}")`,
    );
    io.stderr(
      `actie: the files are for different models: ${which.join('; ')}. Combine the sessions of one model at a time, or choose the team's model with --model NAME.\n`,
    );
    return { exit: 2 };
  }
  if (team === undefined && foreign.size) {
    const which = [...foreign].map(([id, sources]) => `${listed(sources)} ${sources.length === 1 ? 'is' : 'are'} for "${id}"`);
    io.stderr(
      `actie: ${which.join('; ')}, which is not a built-in model (${builtinList()}); pass that model's file with --model FILE, e.g. actie team FILE... --model my-model.yaml.\n`,
    );
    return { exit: 2 };
  }
  for (const [id, sources] of foreign) {
    io.stderr(
      `actie: ${listed(sources)} ${sources.length === 1 ? 'is' : 'are'} for "${id}", which is not built in; to combine ${sources.length === 1 ? 'it' : 'them'}, pass that model's file with --model FILE.\n`,
    );
  }
  return { model: (await loadBuiltinModel(team ?? 'initiative')) as ActieModel };
}

/** At most three file names, then how many more there are: `a.json, b.json, c.json and 4 more`. */
function listed(sources: readonly string[]): string {
  const shown = sources.slice(0, 3).join(', ');
  return sources.length > 3 ? `${shown} and ${sources.length - 3} more` : shown;
}
