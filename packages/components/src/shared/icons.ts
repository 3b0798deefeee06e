import { svg, type SVGTemplateResult } from 'lit';
import type { Status } from '@actie/rules';

/** Decorative icons (inline SVG, hidden from assistive technology: a text label always goes with them). */
export const icons = {
  good: svg`<path d="M4 12.5l5 5L20 6.5"></path>`,
  'needs-work': svg`<path d="M12 4v10"></path><path d="M12 19.5v.5"></path>`,
  unknown: svg`<path d="M9 9a3 3 0 1 1 4.2 2.75c-.8.35-1.2 1-1.2 1.85V15"></path><path d="M12 19.5v.5"></path>`,
  up: svg`<path d="M12 19V5"></path><path d="M6 11l6-6 6 6"></path>`,
  down: svg`<path d="M12 5v14"></path><path d="M6 13l6 6 6-6"></path>`,
  remove: svg`<path d="M6 6l12 12"></path><path d="M18 6L6 18"></path>`,
  download: svg`<path d="M12 4v11"></path><path d="M7 10l5 5 5-5"></path><path d="M5 20h14"></path>`,
  print: svg`<path d="M7 9V4h10v5"></path><rect x="4" y="9" width="16" height="7" rx="1"></rect><path d="M7 14h10v6H7z"></path>`,
  plus: svg`<path d="M12 5v14"></path><path d="M5 12h14"></path>`,
  upload: svg`<path d="M12 16V5"></path><path d="M7 10l5-5 5 5"></path><path d="M5 20h14"></path>`,
} as const;

/** Render an icon. */
export function icon(name: keyof typeof icons): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[name]}</svg>`;
}

/** The icon for a status. */
export function statusIcon(status: Status): SVGTemplateResult {
  return icon(status);
}
