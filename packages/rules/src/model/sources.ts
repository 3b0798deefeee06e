import type { ActieModel, Source } from './types.js';

/**
 * Every source of a model once, in the order of its areas: a source that several areas cite (the
 * same title and year) is listed where it first appears. For a list of sources at the end of a
 * report or a page.
 *
 * @example
 * ```ts
 * for (const source of modelSources(model)) console.log(`${source.title} (${source.year})`);
 * ```
 */
export function modelSources(model: Pick<ActieModel, 'areas'>): Source[] {
  const seen = new Set<string>();
  return model.areas
    .flatMap((area) => area.sources)
    .filter((source) => {
      const key = `${source.title}|${source.year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
