// The stacked bars of the results' chart of the areas and of the team's bar per question.

/** One segment of a stacked bar: what it stands for, its count, where it starts and how wide it is. */
export interface Segment<T> {
  readonly item: T;
  readonly count: number;
  readonly x: number;
  readonly width: number;
}

/**
 * The segments of a stacked bar, side by side from `start`, each as wide as its count times
 * `unit`; an item with no count has none.
 */
export function segments<T>(items: readonly T[], count: (item: T) => number, unit: number, start = 0): Segment<T>[] {
  let x = start;
  return items.flatMap((item) => {
    const n = count(item);
    if (n <= 0) return [];
    const segment = { item, count: n, x, width: n * unit };
    x += segment.width;
    return [segment];
  });
}
