/** The options of `actie`; which command takes which is in {@link COMMANDS}. */
export type OptionName = 'format' | 'lang' | 'model' | 'list' | 'help' | 'version';

interface OptionSpec {
  /** One-letter form, e.g. `h` for `-h`. */
  readonly short?: string;
  /** Name of the value in help texts; options without one are switches. */
  readonly value?: string;
}

const OPTIONS: Readonly<Record<OptionName, OptionSpec>> = Object.freeze({
  format: { value: 'FMT' },
  lang: { value: 'LANG' },
  model: { value: 'NAME|FILE' },
  list: {},
  help: { short: 'h' },
  version: { short: 'v' },
});

/** A command: its usage line, what it does, and the options it takes besides --help. */
export interface CommandSpec {
  /** What follows the command name in the list of commands, e.g. `FILE...`. */
  readonly args: string;
  readonly usage: string;
  readonly summary: string;
  readonly options: readonly OptionName[];
  /** The rest of its help text: what it reads, its options, an example. */
  readonly help: string;
}

const LANG = '  --lang LANG     Language of the report: nl (default) or en\n';
const MODEL =
  '  --model NAME|FILE\n' +
  '                  The questions: initiative (the ACTIE check of one initiative), organisation\n' +
  "                  (the organisation scan), initiator (the initiators' own questions), or a\n" +
  '                  model file (JSON or YAML). Default: the built-in model the file names in its\n' +
  '                  "model" (a session or plan file), else initiative. "actie model --list"\n' +
  '                  lists the built-in models.\n';
const HELP = '  -h, --help      Show this help\n';

/** Every command, in the order the general help lists them. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = Object.freeze({
  score: {
    args: 'FILE',
    usage: 'actie score FILE [--format text|json|md] [--lang nl|en] [--model NAME|FILE]',
    summary: 'Score a session or answers file and print the result.',
    options: ['format', 'lang', 'model'],
    help:
      "Scores one participant's answers: which conditions already go well, which need work and\n" +
      'which cannot be judged yet, per area, with the action points and a suggested support role.\n' +
      'FILE is a session file ("download my answers") or an answers file\n' +
      '{ "intake": {…}, "answers": {…}, "notes": {…} }. A session file names its model; a file\n' +
      'of a model that is not built in needs --model FILE (exit code 2 without it).\n\n' +
      'Options:\n' +
      '  --format FMT    text (default), md (Markdown) or json (the AssessmentResult as data)\n' +
      LANG +
      MODEL +
      HELP +
      '\nExample:\n  actie score examples/sessions/wijkteam-noord.json --format md --lang en\n',
  },
  validate: {
    args: 'FILE',
    usage: 'actie validate FILE [--model NAME|FILE]',
    summary: 'Check a model, session, answers or plan file; print what is wrong and where.',
    options: ['model'],
    help:
      'Checks a file and prints every problem with its place in the file (a JSON Pointer such as\n' +
      '/answers/A3). A file with "areas" is checked as a model, an action plan as a plan, and a\n' +
      'session or answers file against its model (the one it names, the default one, or --model).\n' +
      'A model file may be JSON or YAML (.yaml, .yml); other files are JSON.\n\n' +
      'Options:\n' +
      MODEL +
      HELP +
      '\nExamples:\n  actie validate my-model.yaml\n  actie validate session.json --model my-model.yaml\n',
  },
  model: {
    args: '[diff OLD NEW]',
    usage: 'actie model [--model NAME|FILE] [--format json|yaml] | --list | diff OLD NEW [--format text|md|json]',
    summary: 'Print a model to edit, list the built-in models, or compare two models.',
    options: ['model', 'list', 'format'],
    help:
      'Prints a model, complete (every question that no condition reads has a condition of its\n' +
      'own), as a file to save and edit: the default model, or with --model a built-in model or a\n' +
      'model file (checked and completed). It starts with "$schema": the path of the model format\'s\n' +
      'JSON Schema from the current folder, so an editor checks and completes a file saved there.\n\n' +
      'actie model diff OLD NEW compares two models (each a built-in name or a model file): the\n' +
      'questions, conditions and intake questions added, removed, moved or changed, other changed\n' +
      'texts, and whether sessions and plans saved with OLD need a migration and NEW has one.\n' +
      'Exit code 0 when none is needed or NEW has it; 1 when one is needed that NEW lacks (standard\n' +
      'error says what to add), or a model cannot be read.\n\n' +
      'Options:\n' +
      '  --model NAME|FILE\n' +
      '                  Print this built-in model (initiative, organisation, initiator) or model\n' +
      '                  file (JSON or YAML)\n' +
      '  --format FMT    json (default) or yaml; for diff: text (default), md (Markdown) or json\n' +
      '  --list          List the built-in models: name, id and version, who answers them\n' +
      HELP +
      '\nExamples:\n' +
      '  actie model --list\n' +
      '  actie model --model initiative --format yaml > my-model.yaml\n' +
      '  actie model diff initiative my-model.yaml\n',
  },
  team: {
    args: 'FILE...',
    usage: 'actie team FILE... [--format text|json|md] [--lang nl|en] [--model NAME|FILE]',
    summary: "Combine several participants' session files into a team result.",
    options: ['format', 'lang', 'model'],
    help:
      'Combines the session files of several participants: the points to discuss first, per condition\n' +
      'the team status and where participants disagree (strongly: the team is divided; mildly: one or\n' +
      'a few see it differently), per area, and\n' +
      'per level (frontline, organisation) for levels of at least 3 participants. Sessions of the\n' +
      "initiators' own questions are shown as their own group next to the team's answers. A file\n" +
      "given twice counts once. The team's model is --model, else the built-in model the files name\n" +
      "(a model that mirrors another one given, such as the initiators' questions, is shown next to\n" +
      'the team, not as the team); files that name two team models need --model. Files that cannot\n' +
      'be used are reported on standard error with every reason; the rest is combined.\n' +
      'Exit code 0 when every file was combined, 3 when some were not, 1 when none could be.\n\n' +
      'Options:\n' +
      '  --format FMT    text (default), md (Markdown) or json (the team result as data)\n' +
      LANG +
      MODEL +
      HELP +
      '\nExample:\n  actie team examples/team/sessions/*.json --format md\n',
  },
  plan: {
    args: 'FILE',
    usage: 'actie plan FILE [--format md|csv|ics|json] [--lang nl|en] [--model NAME|FILE]',
    summary: 'Export the action plan of a plan or session file.',
    options: ['format', 'lang', 'model'],
    help:
      'Prints the action plan of FILE: a plan file exported by ACTIE, or a session file with a plan.\n\n' +
      'Options:\n' +
      '  --format FMT    md (default, a Markdown table), csv (for spreadsheets), ics (iCalendar:\n' +
      '                  one all-day event per deadline) or json (a plan file that ACTIE reads back)\n' +
      '  --lang LANG     Language of headers and labels: nl (default) or en\n' +
      '  --model NAME|FILE\n' +
      '                  Take condition titles from this built-in model or model file (JSON or\n' +
      '                  YAML). Default: the built-in model the file names, else initiative.\n' +
      HELP +
      '\nExample:\n  actie plan examples/plans/wijkteam-noord-plan.json --format ics > plan.ics\n',
  },
  help: {
    args: '[COMMAND]',
    usage: 'actie help [COMMAND]',
    summary: 'Show this help, or the help of one command.',
    options: [],
    help: 'Shows the list of commands, or with COMMAND everything about that command.\n',
  },
});

/** The general help: every command and the options every command takes. */
export function generalHelp(): string {
  const width = Math.max(16, ...Object.entries(COMMANDS).map(([name, spec]) => `${name} ${spec.args}`.length + 2));
  const commands = Object.entries(COMMANDS)
    .map(([name, spec]) => `  ${`${name} ${spec.args}`.trim().padEnd(width)}${spec.summary}`)
    .join('\n');
  return (
    'Usage: actie <command> [options]\n\n' +
    `Commands:\n${commands}\n\n` +
    'Options:\n' +
    "  -h, --help      Show help; after a command, that command's help\n" +
    '  -v, --version   Show the version\n\n' +
    'Run "actie help <command>" or "actie <command> --help" for the options of a command.\n' +
    'FILE may be - for standard input. Files are JSON in UTF-8, at most 2 MB; model files may\n' +
    'also be YAML.\n' +
    'Exit codes: 0 success, 1 invalid input (every problem on stderr), 2 wrong usage (also: a\n' +
    'file of a model that is not built in, without --model), 3 (team) some files not combined.\n'
  );
}

/** The help of one command. */
export function commandHelp(name: string): string {
  const spec = COMMANDS[name];
  return spec ? `Usage: ${spec.usage}\n\n${spec.help}` : generalHelp();
}

/** Wrong use of the command line: the message, and the command whose help to show with it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** The command line, split up. */
export interface ParsedArgs {
  /** The first word that is not an option. */
  readonly command: string | undefined;
  /** The words after the command. */
  readonly operands: readonly string[];
  /** Options given, with their values (`true` for a switch). */
  readonly options: Readonly<Partial<Record<OptionName, string | true>>>;
  /** Options that `actie` does not have, as written (`--colour`, `-x`). */
  readonly unknown: readonly string[];
  /** Options used wrongly: without their value, a switch with a value, or given twice. */
  readonly mistakes: readonly string[];
}

/**
 * Split the command line into command, operands and options. Knows `--name value`,
 * `--name=value`, switches grouped as `-hv`, `-` as an operand (standard input) and `--` before
 * operands that start with `-`. Never throws: unknown and misused options are listed.
 */
export function parseArguments(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const options: Partial<Record<OptionName, string | true>> = {};
  const unknown: string[] = [];
  const mistakes: string[] = [];
  const set = (name: OptionName, value: string | true): void => {
    if (options[name] !== undefined) mistakes.push(`--${name} is given twice.`);
    else options[name] = value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      const spec = optionSpec(name);
      if (!spec) {
        unknown.push(eq === -1 ? arg : arg.slice(0, eq));
        continue;
      }
      if (!spec.value) {
        if (eq !== -1) mistakes.push(`--${name} takes no value.`);
        else set(name as OptionName, true);
        continue;
      }
      let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1);
      if (value === undefined) {
        const next = argv[i + 1];
        if (next !== undefined && (next === '-' || !next.startsWith('-'))) {
          value = next;
          i++;
        }
      }
      if (value === undefined || value === '') mistakes.push(`--${name} needs a value: --${name} ${spec.value}.`);
      else set(name as OptionName, value);
      continue;
    }
    // One or more one-letter switches: -h, -v, -hv.
    for (const letter of arg.slice(1)) {
      const name = (Object.keys(OPTIONS) as OptionName[]).find((n) => OPTIONS[n].short === letter);
      if (name) set(name, true);
      else unknown.push(`-${letter}`);
    }
  }
  const [command, ...operands] = words;
  return { command, operands, options, unknown, mistakes };
}

function optionSpec(name: string): OptionSpec | undefined {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name) ? OPTIONS[name as OptionName] : undefined;
}
