import type { ActieModel, ConditionTeamResult, LocalizedText, TeamResult } from '@actie/rules';

/** Default of `min-group-size`: the smallest respondent level shown on its own (as in `aggregate`). */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/** The largest `min-group-size` accepted (as in `aggregate`). */
export const MAX_MIN_GROUP_SIZE = 100;

/**
 * The `min-group-size` attribute as the number `aggregate` takes (`minGroupSize`), or why it
 * cannot be used. An absent attribute is the default; anything but a whole number from 1 to 100
 * is refused (the element then shows the error and uses the default).
 */
export function minGroupSizeOption(value: string | null | undefined): { readonly size: number; readonly error?: string } {
  if (value === null || value === undefined) return { size: DEFAULT_MIN_GROUP_SIZE };
  const text = value.trim();
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_MIN_GROUP_SIZE) return { size: DEFAULT_MIN_GROUP_SIZE, error: value };
  return { size: n };
}

/** "antwoorden.json", "antwoorden (2).json", ...: so each file in the list can be told apart. */
export function uniqueName(name: string, taken: ReadonlySet<string>, numbered: (base: string, n: number) => string): string {
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let n = 2; ; n++) {
    const candidate = numbered(base, n) + ext;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The id of the model a session file names (`model.id`), read from its text; undefined when it has none. */
export function sessionModelId(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return undefined;
    const model = (data as { model?: unknown }).model;
    const id = typeof model === 'object' && model !== null ? (model as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Yield to the browser (a macrotask) so it can paint and handle input between slices of work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The team result's sources that are duplicates, with the source each repeats. */
export function duplicatesBySource(team: TeamResult | undefined): ReadonlyMap<string, string> {
  return new Map((team?.duplicates ?? []).map((d) => [d.source, d.sameAs]));
}

/** The plan's "what" for a condition: the team action point's agreement text, else the model's, else its title. */
export function teamActionText(
  team: TeamResult | undefined,
  model: ActieModel | undefined,
  condition: ConditionTeamResult,
): LocalizedText | undefined {
  const points = team?.actionPoints.filter((p) => p.condition === condition.id) ?? [];
  const point = points.find((p) => p.kind === 'improve') ?? points[0];
  if (point) return point.agreement;
  const modelCondition = model?.conditions.find((c) => c.id === condition.id);
  return modelCondition ? (modelCondition.agreement ?? modelCondition.action) : condition.title;
}

/**
 * Resolves as `work` does, and records how long it took as a User Timing measure named `name`
 * (visible in the browser's performance tools; `pnpm bench:team` reads it).
 */
export async function timed<T>(name: string, work: Promise<T>): Promise<T> {
  const start = typeof performance === 'undefined' ? undefined : performance.now();
  const value = await work;
  if (start !== undefined && typeof performance.measure === 'function') performance.measure(name, { start });
  return value;
}
