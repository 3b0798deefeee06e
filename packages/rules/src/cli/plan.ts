import type { ActieModel } from '../model/types.js';
import { SESSION_FORMAT } from '../session/format.js';
import { openPlan, openSession } from '../session/migrate.js';
import { planToCsv } from '../exports/csv.js';
import { planToICalendar } from '../exports/icalendar.js';
import { planToMarkdown } from '../exports/markdown.js';
import { serializePlan } from '../session/plan-file.js';
import { readJsonFile } from './input.js';
import { printErrors, type CliIO, type ExitCode } from './io.js';
import { modelForFile, openWith } from './models.js';

/** Formats of `actie plan`. */
export type PlanFormat = 'csv' | 'md' | 'ics' | 'json';

/** Every {@link PlanFormat}, for the usage text and option checking. */
export const PLAN_FORMATS: readonly PlanFormat[] = Object.freeze(['csv', 'md', 'ics', 'json'] as const);

/** Options of {@link planCommand}. */
export interface PlanCommandOptions {
  readonly format: PlanFormat;
  /** Language of headers, labels and condition titles: `nl` or `en`. */
  readonly lang: string;
}

/**
 * `actie plan FILE --format csv|md|ics|json`: read an action plan, or a session file with a
 * plan, and print it in the chosen format on standard output.
 *
 * Exit code 1 with every problem (and where it is) on standard error when the file cannot be
 * read, is not an action plan, or is damaged; nothing is printed on standard output then.
 *
 * @param file - The file to read, or `-` for standard input (as `io.read` understands it).
 * @param options - Output format and language.
 * @param given - The model whose condition titles name the conditions (from --model);
 *   undefined: the built-in model the file names, else the default model (exit code 2 when the file
 *   names a model that is not built in).
 * @param io - Where to read and write.
 * @param now - The moment of the export: `DTSTAMP` in iCalendar, and "today" for the overdue
 *   marker in Markdown (the local date). Default: now.
 */
export async function planCommand(
  file: string,
  options: PlanCommandOptions,
  given: ActieModel | undefined,
  io: CliIO,
  now: Date = new Date(),
): Promise<ExitCode> {
  const read = await readJsonFile(io, file);
  if (!read.ok) {
    printErrors(io, file, read.errors);
    return 1;
  }
  const chosen = given ? { model: given } : await modelForFile(undefined, file, read.value, 'plan', io);
  const opened = openWith(chosen, file, io, (model) => openPlan(model, read.value));
  if ('exit' in opened) return opened.exit;
  const { model } = opened;
  const { plan } = opened.opened;
  const { lang } = options;
  // A session file also holds what the plan is about (the intake) and the notes behind it.
  const session = read.value['format'] === SESSION_FORMAT ? openSession(model, read.value) : undefined;
  const held = session?.ok ? { intake: session.value.input.intake, notes: session.value.input.notes } : {};
  switch (options.format) {
    case 'csv':
      io.stdout(planToCsv(plan, { lang, model, ...held }));
      break;
    case 'md':
      io.stdout(planToMarkdown(plan, { lang, model, ...held, today: localIsoDate(now) }));
      break;
    case 'ics':
      if (!plan.agreements.some((a) => a.when))
        io.stderr(`actie: ${file}: no agreement has a deadline, so the calendar has no events.\n`);
      io.stdout(planToICalendar(plan, { lang, model, intake: held.intake, now }));
      break;
    case 'json':
      io.stdout(serializePlan(plan, { model }));
      break;
  }
  return 0;
}

/** The local calendar date of a moment, as `YYYY-MM-DD`. */
function localIsoDate(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
