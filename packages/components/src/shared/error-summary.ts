import { html, nothing, type TemplateResult } from 'lit';

/** One problem as @actie/rules reports it: where (a JSON path, maybe in a named file) and its English message. */
export interface ErrorDetail {
  /** The file it is in, when several were read. */
  readonly source?: string;
  readonly path: string;
  readonly message: string;
}

/** What an error summary says; see {@link errorSummary}. */
export interface ErrorSummaryOptions {
  /** The id of the heading, which names the summary (`aria-labelledby`). */
  readonly headingId: string;
  readonly heading: string;
  /** `2` where the summary stands for the element (a heading part), `3` under a section's heading (a subheading part). */
  readonly level: 2 | 3;
  /** What happened and what to do, in the page's language. */
  readonly body: TemplateResult;
  /** The problems as @actie/rules reports them (English, with paths), for whoever helps. */
  readonly details: readonly ErrorDetail[];
  /**
   * The label of the closed disclosure that holds `details` ("Technische details"); without it the
   * details are listed open (for the author of a custom model, they are what to fix).
   */
  readonly detailsLabel?: string;
  /** Which summary it is, as a data attribute for hosts and tests: `data-import-errors`, `data-file-errors`, `data-model-errors`. */
  readonly kind: 'import' | 'files' | 'model';
  /** Extra class names for the element's own styles. */
  readonly className?: string;
}

/**
 * An error summary (the GOV.UK and NL Design System pattern): an alert with a heading, what went
 * wrong and what to do in the page's language, and the technical details in English. Focusable
 * (`tabindex="-1"`) so an element can move focus to it. The one template for the model errors,
 * a plan file that cannot be read and team files that were not used.
 */
export function errorSummary(o: ErrorSummaryOptions): TemplateResult {
  const list = html`<ul lang="en">
    ${o.details.map((e) => html`<li>${e.source ? `${e.source}: ` : nothing}<code>${e.path || '/'}</code>: ${e.message}</li>`)}
  </ul>`;
  return html`<div
    part="error-summary"
    class="notice notice--error error-summary ${o.className ?? ''}"
    role="alert"
    tabindex="-1"
    aria-labelledby=${o.headingId}
    ?data-import-errors=${o.kind === 'import'}
    ?data-file-errors=${o.kind === 'files'}
    ?data-model-errors=${o.kind === 'model'}
  >
    ${
      o.level === 2
        ? html`<h2 part="heading" id=${o.headingId}>${o.heading}</h2>`
        : html`<h3 part="subheading" id=${o.headingId}>${o.heading}</h3>`
    }
    ${o.body}
    ${
      o.detailsLabel
        ? html`<details part="details">
            <summary>${o.detailsLabel}</summary>
            ${list}
          </details>`
        : list
    }
  </div>`;
}
