import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { actieModel } from '../model/index.js';
import type { ActieModel, AssessmentInput } from '../model/types.js';
import type { ValidationError } from '../result.js';
import { formatResult } from '../report/result.js';
import { score } from '../score/score.js';
import { SESSION_FORMAT } from '../session/format.js';
import { openSession, type MigrationReport } from '../session/migrate.js';
import { validateAnswers } from '../validate/answers.js';
import { isRecord } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import { planCommand, PLAN_FORMATS } from './plan.js';
import { teamCommand } from './team.js';
import { validateModel } from '../validate/model.js';
import { printErrors, printMigration, readFailureReason, type CliIO, type ExitCode } from './io.js';

export type { CliIO, ExitCode } from './io.js';

const USAGE = `Usage: actie <command> [options]

Commands:
  score FILE      Score a session or answers file and print the result.
  validate FILE   Check a model, session or answers file; print what is wrong and where.
  model           Print the default ACTIE model as JSON.
  team FILE...    Combine several participants' session files into a team result.
  plan FILE       Export the action plan of a plan or session file.

Options:
  --format FMT    score, team: text (default), json or md
                  plan: md (default), csv, ics (iCalendar) or json
  --lang LANG     Language of the report: nl (default) or en
  --model FILE    Use this model JSON instead of the default model
  -h, --help      Show this help
  -v, --version   Show the version

FILE may be - for standard input.
Exit codes: 0 success, 1 invalid input (errors on stderr), 2 wrong usage.
`;

class UsageError extends Error {}

/** Run the `actie` command line with the given arguments (without `node` and the script). */
export async function runCli(argv: readonly string[], io: CliIO, version: string): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        model: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`actie: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(version + '\n');
    return 0;
  }
  const [command, ...files] = positionals;
  try {
    const lang = oneOf(values.lang ?? 'nl', ['nl', 'en'], '--lang');
    switch (command) {
      case 'score': {
        const format = oneOf(values.format ?? 'text', ['text', 'json', 'md'], '--format');
        const file = single(files, 'score');
        const model = await loadModel(values.model, io);
        if (!model) return 1;
        return await scoreCommand(model, file, format, lang, io);
      }
      case 'validate': {
        if (values.format !== undefined) throw new UsageError('validate has no --format option.');
        const file = single(files, 'validate');
        return await validateCommand(file, values.model, io);
      }
      case 'model': {
        if (files.length) throw new UsageError('model takes no file.');
        const model = await loadModel(values.model, io);
        if (!model) return 1;
        io.stdout(JSON.stringify(model, null, 2) + '\n');
        return 0;
      }
      case 'team': {
        const format = oneOf(values.format ?? 'text', ['text', 'json', 'md'], '--format');
        if (!files.length) throw new UsageError('team needs at least one FILE.');
        const model = await loadModel(values.model, io);
        if (!model) return 1;
        return await teamCommand(files, { format, lang }, model, io);
      }
      case 'plan': {
        const format = oneOf(values.format ?? 'md', PLAN_FORMATS, '--format');
        const file = single(files, 'plan');
        const model = await loadModel(values.model, io);
        if (!model) return 1;
        return await planCommand(file, { format, lang }, model, io);
      }
      case undefined:
        throw new UsageError('No command given.');
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`actie: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ReadError) {
      io.stderr(`actie: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

class ReadError extends Error {}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function single(files: readonly string[], command: string): string {
  if (files.length !== 1 || !files[0]) throw new UsageError(`${command} needs exactly one FILE.`);
  return files[0];
}

async function read(file: string, io: CliIO): Promise<string> {
  try {
    return await io.read(file);
  } catch (error) {
    throw new ReadError(`cannot read ${file}: ${readFailureReason(error)}.`);
  }
}


async function loadModel(file: string | undefined, io: CliIO): Promise<ActieModel | undefined> {
  if (file === undefined) return actieModel;
  const checked = validateModel(await read(file, io));
  if (checked.ok) return checked.value;
  printErrors(io, file, checked.errors);
  return undefined;
}

/**
 * A session file or a plain answers file (as parsed JSON) as scoring input. Takes the parsed
 * value, not the file name: standard input can be read only once.
 */
function loadInput(
  model: ActieModel,
  value: unknown,
): { input?: AssessmentInput; errors: readonly ValidationError[]; migration?: MigrationReport } {
  if (isRecord(value) && 'format' in value) {
    const opened = openSession(model, value);
    if (!opened.ok) return { errors: opened.errors };
    return { input: opened.value.input, errors: [], ...(opened.value.migration ? { migration: opened.value.migration } : {}) };
  }
  const input = validateAnswers(model, value);
  return input.ok ? { input: input.value, errors: [] } : { errors: input.errors };
}

async function scoreCommand(
  model: ActieModel,
  file: string,
  format: 'text' | 'json' | 'md',
  lang: string,
  io: CliIO,
): Promise<ExitCode> {
  const parsed = parseJsonText(await read(file, io), 'file');
  const { input, errors, migration } = parsed.ok ? loadInput(model, parsed.value) : { input: undefined, errors: parsed.errors };
  if (!input) {
    printErrors(io, file, errors);
    return 1;
  }
  if (migration) printMigration(io, file, migration, model);
  const result = await score(model, input);
  io.stdout(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatResult(model, result, { lang, format }));
  return 0;
}

async function validateCommand(file: string, modelFile: string | undefined, io: CliIO): Promise<ExitCode> {
  const text = await read(file, io);
  const parsed = parseJsonText(text, 'file');
  if (!parsed.ok) {
    printErrors(io, file, parsed.errors);
    return 1;
  }
  const value = parsed.value;
  if (isRecord(value) && 'areas' in value) {
    const checked = validateModel(value);
    if (!checked.ok) {
      printErrors(io, file, checked.errors);
      return 1;
    }
    const m = checked.value;
    const questions = m.areas.reduce((n, a) => n + a.questions.length, 0);
    io.stdout(`${file}: valid model "${m.id}" ${m.version}: ${m.areas.length} areas, ${questions} questions, ${m.conditions.length} conditions.\n`);
    return 0;
  }
  const model = await loadModel(modelFile, io);
  if (!model) return 1;
  const kind = isRecord(value) && value['format'] === SESSION_FORMAT ? 'session file' : 'answers file';
  const { input, errors, migration } = loadInput(model, value);
  if (!input) {
    printErrors(io, file, errors);
    return 1;
  }
  if (migration) printMigration(io, file, migration, model);
  const answered = Object.keys(input.answers).length;
  io.stdout(`${file}: valid ${kind} for "${model.id}" ${model.version}: ${answered} answer${answered === 1 ? '' : 's'}.\n`);
  return 0;
}

/** The real input/output of the process. */
export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  read: async (file) => {
    if (file !== '-') return readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};
