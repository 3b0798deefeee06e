import { svg, type SVGTemplateResult } from 'lit';
import type { Verdict } from '@actie/rules';
import { drawIcon, formIcons } from './icons.js';

/** Every icon (inline SVG paths): the assessment's (./icons.ts) and those of results, plan and team. */
export const icons = {
  ...formIcons,
  'needs-work': svg`<path d="M12 4v10"></path><path d="M12 19.5v.5"></path>`,
  // A mixed verdict: a circle half filled.
  mixed: svg`<circle cx="12" cy="12" r="7.5"></circle><path d="M12 4.5v15A7.5 7.5 0 0 0 12 4.5z" fill="currentColor"></path>`,
  unknown: svg`<path d="M9 9a3 3 0 1 1 4.2 2.75c-.8.35-1.2 1-1.2 1.85V15"></path><path d="M12 19.5v.5"></path>`,
  download: svg`<path d="M12 4v11"></path><path d="M7 10l5 5 5-5"></path><path d="M5 20h14"></path>`,
  print: svg`<path d="M7 9V4h10v5"></path><rect x="4" y="9" width="16" height="7" rx="1"></rect><path d="M7 14h10v6H7z"></path>`,
  plus: svg`<path d="M12 5v14"></path><path d="M5 12h14"></path>`,
  upload: svg`<path d="M12 16V5"></path><path d="M7 10l5-5 5 5"></path><path d="M5 20h14"></path>`,
} as const;

/** Render an icon (decorative, hidden from assistive technology: a text label always goes with it). */
export function icon(name: keyof typeof icons): SVGTemplateResult {
  return drawIcon(icons[name]);
}

/** The icon for a status or verdict. */
export function statusIcon(status: Verdict): SVGTemplateResult {
  return icon(status);
}
