import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ActieModel, ValidAssessmentInput } from '../model/types.js';
import { PLAN_FORMAT, parsePlan } from '../session/plan-file.js';
import { formatResult } from '../report/result.js';
import { ok, type Result } from '../result.js';
import { score } from '../score/score.js';
import { SESSION_FORMAT } from '../session/format.js';
import { openSession, type MigrationReport } from '../session/migrate.js';
import { validateAnswers } from '../validate/answers.js';
import { own } from '../validate/checker.js';
import { validateModel } from '../validate/model.js';
import { COMMANDS, commandHelp, generalHelp, parseArguments, UsageError, type OptionName } from './args.js';
import { readJsonFile, readModelFile } from './input.js';
import { printErrors, terminalSafeIO, type CliIO, type ExitCode } from './io.js';
import { DIFF_FORMATS, MODEL_FORMATS, diffCommand, modelList, printModel } from './model-command.js';
import { loadModel, modelForFile, openWith, type Chosen } from './models.js';
import { planCommand, PLAN_FORMATS } from './plan.js';
import { teamCommand } from './team.js';

export type { CliIO, ExitCode } from './io.js';

const REPORT_FORMATS = ['text', 'json', 'md'] as const;
const LANGUAGES = ['nl', 'en'] as const;

/** Run the `actie` command line with the given arguments (without `node` and the script). */
export async function runCli(argv: readonly string[], given: CliIO, version: string): Promise<ExitCode> {
  // Everything printed can hold text from the files read: no control character reaches the terminal.
  const io = terminalSafeIO(given);
  try {
    return await run(argv, io, version);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = error.command === undefined ? generalHelp() : commandHelp(error.command);
    io.stderr(`actie: ${error.message}\n\n${help}`);
    return 2;
  }
}

async function run(argv: readonly string[], io: CliIO, version: string): Promise<ExitCode> {
  const { command, operands, options, unknown, mistakes } = parseArguments(argv);
  const known = command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command);
  if (command !== undefined && !known) throw new UsageError(`unknown command "${command}".`);
  const spec = known ? COMMANDS[command] : undefined;
  const [firstUnknown] = unknown;
  if (firstUnknown !== undefined) {
    const allowed = [...(spec?.options ?? []).map((o) => `--${o}`), '--help'].join(', ');
    throw new UsageError(
      `unknown option "${firstUnknown}". ${spec ? `Options of ${command}` : 'Options'}: ${spec ? allowed : '--help, --version'}.`,
      command,
    );
  }
  const [mistake] = mistakes;
  if (mistake !== undefined) throw new UsageError(mistake, command);
  if (options.version) {
    io.stdout(version + '\n');
    return 0;
  }
  if (command === 'help' || options.help) {
    if (command === 'help' && operands.length > 1) throw new UsageError('help takes at most one COMMAND.', 'help');
    const topic = command === 'help' ? operands[0] : command;
    if (topic !== undefined && !Object.prototype.hasOwnProperty.call(COMMANDS, topic)) {
      throw new UsageError(`unknown command "${topic}".`);
    }
    io.stdout(topic === undefined ? generalHelp() : commandHelp(topic));
    return 0;
  }
  if (!spec || command === undefined) throw new UsageError('no command given.');
  for (const name of Object.keys(options) as OptionName[]) {
    if (!spec.options.includes(name)) throw new UsageError(`${command} has no --${name} option.`, command);
  }
  const value = (name: OptionName): string | undefined => {
    const v = options[name];
    return typeof v === 'string' ? v : undefined;
  };
  const lang = oneOf(value('lang') ?? 'nl', LANGUAGES, '--lang', command);
  const stdinUses = operands.filter((f) => f === '-').length + (value('model') === '-' ? 1 : 0);
  if (stdinUses > 1) throw new UsageError('standard input (-) can be read only once.', command);

  const modelOption = value('model');
  /** The model of --model, loaded before any file is read; undefined when --model is not given. */
  const given = async (): Promise<Chosen | undefined> => {
    if (modelOption === undefined) return undefined;
    const model = await loadModel(modelOption, io);
    return model ? { model } : { exit: 1 };
  };

  switch (command) {
    case 'score': {
      const format = oneOf(value('format') ?? 'text', REPORT_FORMATS, '--format', command);
      return scoreCommand(single(operands, command), await given(), format, lang, io);
    }
    case 'validate':
      return validateCommand(single(operands, command), modelOption, io);
    case 'model':
      return modelCommand(operands, options, value, lang, io);
    case 'team': {
      const format = oneOf(value('format') ?? 'text', REPORT_FORMATS, '--format', command);
      if (!operands.length) throw new UsageError('team needs at least one FILE.', command);
      const model = await given();
      if (model && !('model' in model)) return model.exit;
      return teamCommand(operands, { format, lang }, model?.model, io);
    }
    case 'plan': {
      const format = oneOf(value('format') ?? 'md', PLAN_FORMATS, '--format', command);
      const file = single(operands, command);
      const model = await given();
      if (model && !('model' in model)) return model.exit;
      return planCommand(file, { format, lang }, model?.model, io);
    }
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

/** `actie model`: print a model, `--list` the built-in ones, or `diff OLD NEW`. */
async function modelCommand(
  operands: readonly string[],
  options: Readonly<Partial<Record<OptionName, string | true>>>,
  value: (name: OptionName) => string | undefined,
  lang: string,
  io: CliIO,
): Promise<ExitCode> {
  const [sub, ...rest] = operands;
  if (sub === 'diff') {
    if (options.list || options.model) throw new UsageError('model diff takes OLD and NEW, not --list or --model.', 'model');
    const [before, after] = rest;
    if (rest.length !== 2 || !before || !after) {
      throw new UsageError('model diff needs two models, OLD and NEW: each a built-in name or a model file.', 'model');
    }
    return diffCommand(before, after, oneOf(value('format') ?? 'text', DIFF_FORMATS, '--format', 'model'), io);
  }
  if (sub !== undefined) {
    throw new UsageError(
      'model takes no FILE; use --model FILE to print a model of your own, or "actie model diff OLD NEW" to compare two.',
      'model',
    );
  }
  if (options.list) {
    if (options.model || options.format)
      throw new UsageError('--list lists every built-in model; leave out --model and --format.', 'model');
    io.stdout(await modelList(lang));
    return 0;
  }
  const format = oneOf(value('format') ?? 'json', MODEL_FORMATS, '--format', 'model');
  const model = await loadModel(value('model') ?? 'initiative', io);
  return model ? printModel(model, format, io) : 1;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string, command: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`, command);
}

function single(files: readonly string[], command: string): string {
  if (files.length !== 1 || !files[0]) throw new UsageError(`${command} needs exactly one FILE.`, command);
  return files[0];
}

/** What kind of ACTIE file an object is, by its fields. */
function kindOf(value: Record<string, unknown>): 'model' | 'plan' | 'session' | 'answers' {
  if (own(value, 'areas') !== undefined) return 'model';
  const format = own(value, 'format');
  if (format === PLAN_FORMAT) return 'plan';
  if (format !== undefined) return 'session';
  if (own(value, 'agreements') !== undefined && own(value, 'answers') === undefined) return 'plan';
  return 'answers';
}

/**
 * A session file or a plain answers file as scoring input, with every problem in it. A session
 * saved with an older version of the model is carried over; `migration` says what changed.
 */
function scoringInput(
  model: ActieModel,
  value: Record<string, unknown>,
): Result<{ input: ValidAssessmentInput; migration?: MigrationReport; reflections?: Readonly<Record<string, string>> }> {
  if (kindOf(value) === 'session') {
    const opened = openSession(model, value);
    if (!opened.ok) return opened;
    const { input, migration, session } = opened.value;
    return ok({
      input,
      ...(migration ? { migration } : {}),
      ...(session.reflections ? { reflections: session.reflections } : {}),
    });
  }
  const answers = validateAnswers(model, value);
  return answers.ok ? ok({ input: answers.value }) : answers;
}

async function scoreCommand(
  file: string,
  given: Chosen | undefined,
  format: (typeof REPORT_FORMATS)[number],
  lang: string,
  io: CliIO,
): Promise<ExitCode> {
  if (given && !('model' in given)) return given.exit;
  const read = await readJsonFile(io, file);
  if (!read.ok) {
    printErrors(io, file, read.errors);
    return 1;
  }
  const kind = kindOf(read.value);
  if (kind === 'model' || kind === 'plan') {
    const hint = kind === 'model' ? 'score it with: actie score --model FILE ANSWERS' : 'export it with: actie plan FILE';
    printErrors(io, file, [
      {
        path: '',
        code: 'invalid-value',
        message: `This is ${kind === 'model' ? 'a model' : 'an action plan'}, not a session or answers file; ${hint}.`,
      },
    ]);
    return 1;
  }
  const chosen = given ?? (await modelForFile(undefined, file, read.value, 'score', io));
  const opened = openWith(chosen, file, io, (model) => scoringInput(model, read.value));
  if ('exit' in opened) return opened.exit;
  const { model } = opened;
  const { input, reflections } = opened.opened;
  const result = await score(model, input);
  io.stdout(
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : formatResult(model, result, {
          lang,
          format,
          ...(reflections ? { reflections } : {}),
          // The initiative's name heads the report; each note stands with its point.
          ...(input.intake ? { intake: input.intake } : {}),
          ...(input.notes ? { notes: input.notes } : {}),
          // Every question of a point with its answer.
          answers: input.answers,
        }),
  );
  return 0;
}

/**
 * `actie validate FILE`: a model (JSON or YAML), an action plan, or a session or answers file
 * checked against its model (--model, else the one it names, else the default model).
 */
async function validateCommand(file: string, modelOption: string | undefined, io: CliIO): Promise<ExitCode> {
  const read = await readModelFile(io, file);
  if (!read.ok) {
    printErrors(io, file, read.errors);
    return 1;
  }
  const { value, syntax } = read.value;
  const kind = kindOf(value);
  if (kind === 'model') {
    const checked = validateModel(value);
    if (!checked.ok) {
      printErrors(io, file, checked.errors);
      return 1;
    }
    const m = checked.value;
    const questions = m.areas.reduce((n, a) => n + a.questions.length, 0);
    io.stdout(
      `${file}: valid model "${m.id}" ${m.version}: ${m.areas.length} areas, ${questions} questions, ${m.conditions.length} conditions.\n`,
    );
    return 0;
  }
  if (syntax === 'yaml') {
    const what = kind === 'plan' ? 'an action plan' : kind === 'session' ? 'a session file' : 'not a model (it has no "areas")';
    printErrors(io, file, [
      {
        path: '',
        code: 'invalid-json',
        message: `This YAML file is ${what}. Only model files may be YAML; session, answers and plan files are JSON.`,
      },
    ]);
    return 1;
  }
  if (kind === 'plan') {
    const plan = parsePlan(value);
    if (!plan.ok) {
      printErrors(io, file, plan.errors);
      return 1;
    }
    const n = plan.value.agreements.length;
    io.stdout(`${file}: valid action plan: ${n} agreement${n === 1 ? '' : 's'}.\n`);
    return 0;
  }
  const chosen = await modelForFile(modelOption, file, value, 'validate', io);
  const opened = openWith(chosen, file, io, (model) => scoringInput(model, value));
  if ('exit' in opened) return opened.exit;
  const { model } = opened;
  const answered = Object.keys(opened.opened.input.answers).length;
  const what = own(value, 'format') === SESSION_FORMAT ? 'session file' : 'answers file';
  io.stdout(`${file}: valid ${what} for "${model.id}" ${model.version}: ${answered} answer${answered === 1 ? '' : 's'}.\n`);
  return 0;
}

/**
 * Read at most `maxBytes + 1` bytes of a file, or of standard input for `-`: enough to know
 * that a file is too large without reading it whole (`/dev/zero` never ends).
 */
async function readLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  if (file === '-') return readStream(process.stdin, maxBytes);
  const handle = await open(file, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    // A regular file's size is known (read one byte more in case it grows); other files are read up to the limit.
    const buffer = Buffer.alloc(info.isFile() ? Math.min(info.size + 1, maxBytes + 1) : maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    total += bytes.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, Math.min(total, maxBytes + 1));
}

/** The real input/output of the process. */
export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  read: readLimited,
};
