// The stacked bars of the results' chart of the areas and of the team's bar per question.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

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

/** What {@link barPicture} draws around its content. */
export interface BarPicture {
  readonly part: string;
  readonly className: string;
  /** The picture's accessible name: what it shows, in words. */
  readonly label: string;
  readonly width: number;
  readonly height: number;
  /** The size it is drawn at (default: its own size, scaled to the width it is given). */
  readonly size?: { readonly width: number; readonly height: number };
  readonly preserveAspectRatio?: string;
}

/**
 * A stacked-bar picture as an inline SVG that screen readers read as one image by its name
 * (`role="img"` with `aria-label`; `focusable="false"` keeps it out of the Tab order everywhere).
 */
export function barPicture(p: BarPicture, content: unknown): TemplateResult {
  return html`<svg
    part=${p.part}
    class=${p.className}
    role="img"
    aria-label=${p.label}
    focusable="false"
    width=${ifDefined(p.size?.width)}
    height=${ifDefined(p.size?.height)}
    viewBox="0 0 ${p.width} ${p.height}"
    preserveAspectRatio=${ifDefined(p.preserveAspectRatio)}
  >
    ${content}
  </svg>`;
}
