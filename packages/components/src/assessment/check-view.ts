import { adoptStyles, html, type LitElement, type TemplateResult } from 'lit';
import type * as CheckCode from './check.js';
import type { AssessmentContext } from './context.js';
import type { Step } from './pages.js';
import { heading } from './step-page.js';

/**
 * "Check your answers", the last step, as a chunk of its own: nobody needs it before the first
 * question, so it loads when the participant is on the step before it (or opens it directly).
 * Then its styles join the element's in the shadow root (adopted style sheets: allowed under a
 * strict Content-Security-Policy) and the element renders again.
 */
export class CheckView {
  readonly #host: LitElement;
  #code: typeof CheckCode | undefined;
  #loading: Promise<void> | undefined;
  /** The chunk could not be loaded (offline): the step says so; a reload tries again. */
  #failed = false;

  constructor(host: LitElement) {
    this.#host = host;
  }

  /** Start loading the step's code, once. */
  load(): void {
    if (this.#loading || this.#failed) return;
    this.#loading = import('./check.js').then(
      (code) => {
        this.#code = code;
        const root = this.#host.renderRoot;
        if (root instanceof ShadowRoot) {
          adoptStyles(root, [...(this.#host.constructor as typeof LitElement).elementStyles, code.checkStyles]);
        }
        this.#host.requestUpdate();
      },
      () => {
        this.#failed = true;
        this.#host.requestUpdate();
      },
    );
  }

  /** Resolves when the step's code is there, or could not be loaded (starts loading it). */
  ready(): Promise<void> {
    this.load();
    return this.#loading ?? Promise.resolve();
  }

  /** The step: its heading at once (focus goes there), its content when the code is there. */
  render(c: AssessmentContext, list: readonly Step[]): TemplateResult {
    this.load();
    if (this.#code) return this.#code.checkStep(c, list);
    return html`${heading(c.t('checkTitle'))}
    ${
      this.#failed
        ? html`<p part="check-error" class="notice notice--error" role="alert">${c.t('checkFailed')}</p>`
        : html`<p part="loading" role="status" aria-live="polite">${c.t('checkLoading')}</p>`
    }`;
  }
}
