import type { ActieModel } from '../model/types.js';
import type { ValidationError } from '../result.js';
import { formatTeamResult } from '../report/team.js';
import { aggregate, serializeTeamResult } from '../team/aggregate.js';
import type { RejectedSession, TeamSessionInput } from '../team/types.js';
import { LIMITS } from '../validate/checker.js';
import { readJsonFile } from './input.js';
import { printErrors, printMigration, type CliIO, type ExitCode } from './io.js';
import { teamModel } from './models.js';

/** Options of {@link teamCommand}. */
export interface TeamCommandOptions {
  /** `text` (default in the CLI) for a terminal, `md` for Markdown, `json` for the team result as data. */
  readonly format: 'text' | 'json' | 'md';
  /** Language of a text or Markdown report, e.g. `nl` or `en`. */
  readonly lang: string;
}

/**
 * `actie team FILE... [--format text|json|md]`: combine the session files of several
 * participants and print the team result.
 *
 * Every file is read the way every command reads files; a file that cannot be read, is not a
 * valid session file, or is for another model (version) is reported on stderr with every reason,
 * and the rest is still combined. Exit code 0 when every file was combined (a file given twice
 * counts once; sessions of a model that mirrors the team's are combined as their own group), 3
 * when some files were not combined but at least one session was, 1 when none could be combined,
 * 2 when no file is given, or (without `model`) the files name two team models or only models
 * that are not built in.
 *
 * @param files - The session files, in the order given; `-` reads standard input.
 * @param options - Output format and language.
 * @param given - The model the sessions were made with (already validated), from --model;
 *   undefined: the built-in model the files name (see `teamModel`).
 * @param io - Where to read and write.
 */
export async function teamCommand(
  files: readonly string[],
  options: TeamCommandOptions,
  given: ActieModel | undefined,
  io: CliIO,
): Promise<ExitCode> {
  if (!files.length) {
    io.stderr('actie: team needs at least one FILE.\n');
    return 2;
  }
  if (files.length > LIMITS.sessions) {
    io.stderr(`actie: ${files.length} files given; at most ${LIMITS.sessions} sessions are combined at once.\n`);
    return 1;
  }
  // Per file: why it could not be read, or its place among the sessions given to aggregate.
  const readFailures = new Map<number, readonly ValidationError[]>();
  const inputs: TeamSessionInput[] = [];
  const values: { source: string; value: Record<string, unknown> }[] = [];
  for (const [i, file] of files.entries()) {
    const read = await readJsonFile(io, file);
    if (read.ok) {
      inputs.push({ source: file, data: read.value });
      values.push({ source: file, value: read.value });
    } else readFailures.set(i, read.errors);
  }
  const chosen = given ? { model: given } : await teamModel(values, io);
  if (!('model' in chosen)) return chosen.exit;
  const { model } = chosen;
  const combined = await aggregate(model, inputs);

  // Put unreadable files back in command-line order among the sessions aggregate rejected.
  const rejected: RejectedSession[] = [];
  let next = 0;
  for (const [i, file] of files.entries()) {
    const failure = readFailures.get(i);
    if (failure) {
      rejected.push({ source: file, errors: failure });
    } else if (combined.rejected[next]?.source === file) {
      rejected.push(combined.rejected[next] as RejectedSession);
      next++;
    }
  }
  rejected.push(...combined.rejected.slice(next));
  const team = { ...combined, rejected };

  for (const r of team.rejected) {
    printErrors(io, r.source, r.errors, 'not combined, ');
  }
  for (const d of team.duplicates) io.stderr(`${d.source}: the same session as ${d.sameAs}; counted once.\n`);
  for (const m of team.migrated) printMigration(io, m.source, m.report, model);
  for (const e of team.errors) io.stderr(`actie: ${e.path ? `${e.path}: ` : ''}${e.message}\n`);
  if (team.participants === 0) {
    const companions = team.views.filter((v) => v.participants > 0);
    const hint = companions.length
      ? ` Only sessions of ${companions.map((v) => `"${v.model.id}"`).join(', ')} were given; they are shown next to a team of "${model.id}", not on their own (use --model for that model).`
      : '';
    io.stderr(`actie: no session could be combined (${files.length} file${files.length === 1 ? '' : 's'} given).${hint}\n`);
    return 1;
  }
  io.stdout(
    options.format === 'json'
      ? serializeTeamResult(team)
      : formatTeamResult(model, team, { lang: options.lang, format: options.format }),
  );
  if (team.rejected.length) {
    io.stderr(
      `actie: combined ${team.participants} session${team.participants === 1 ? '' : 's'}; ${team.rejected.length} not combined.\n`,
    );
    return 3;
  }
  return 0;
}
