import { svg, type SVGTemplateResult } from 'lit';

/**
 * The icons the assessment uses (inline SVG paths), so a page with only the form carries no others;
 * the rest are in ./result-icons.ts.
 */
export const formIcons = {
  good: svg`<path d="M4 12.5l5 5L20 6.5"></path>`,
  up: svg`<path d="M12 19V5"></path><path d="M6 11l6-6 6 6"></path>`,
  down: svg`<path d="M12 5v14"></path><path d="M6 13l6 6 6-6"></path>`,
  remove: svg`<path d="M6 6l12 12"></path><path d="M18 6L6 18"></path>`,
} as const;

/** An icon drawn from its paths: decorative, hidden from assistive technology (a text label always goes with it). */
export function drawIcon(paths: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths}</svg>`;
}

/** Render an icon of the assessment. */
export function icon(name: keyof typeof formIcons): SVGTemplateResult {
  return drawIcon(formIcons[name]);
}
