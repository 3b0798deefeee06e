import { adoptStyles, html, type LitElement, type TemplateResult } from 'lit';
import type { LazyCode } from '../shared/lazy-code.js';
import type * as Check from './check.js';
import type { AssessmentContext } from './context.js';
import type { Step } from './pages.js';
import { heading } from './step-page.js';

/** The code of "check your answers" (./check.ts with its styles). */
export type CheckCode = typeof Check;

/** Load "check your answers" (a chunk of its own). */
export const loadCheck = (): Promise<CheckCode> => import('./check.js');

/**
 * Once its code is there: the step's styles join the element's in the shadow root (adopted style
 * sheets, allowed under a strict Content-Security-Policy).
 */
export function adoptCheckStyles(host: LitElement, code: CheckCode): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, code.checkStyles]);
}

/**
 * "Check your answers", the last step, as a chunk of its own: nobody needs it before the first
 * question, so it loads when the participant is on the step before it (or opens it). Until then:
 * its heading (focus goes there) and a loading line; an alert if the code could not be loaded.
 */
export function checkView(c: AssessmentContext, code: LazyCode<CheckCode>, list: readonly Step[]): TemplateResult {
  const loaded = code.get();
  if (loaded) return loaded.checkStep(c, list);
  return html`${heading(c.t('checkTitle'))}
  ${
    code.failed
      ? html`<p part="check-error" class="notice notice--error" role="alert">${c.t('checkFailed')}</p>`
      : html`<p part="loading" role="status" aria-live="polite">${c.t('checkLoading')}</p>`
  }`;
}
