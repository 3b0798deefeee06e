import { css, html, nothing, type TemplateResult } from 'lit';
import { icon } from '../shared/result-icons.js';

// The results' one download control. It lives with the results (not in shared/) so that it is
// bundled in the results' chunk, not in the session chunk every page fetches before the first
// question. The action plan offers its files with shared/download-choice.ts (radio buttons and one
// button); the two controls could become one.

/** One file in a {@link downloadList}: what it is, what it is for, and its type in small text. */
export interface DownloadEntry {
  /** Names the entry in the page (`data-download`), for tests and host styles; never shown. */
  readonly key: string;
  /** The button's part names after `button` (e.g. `report-button`). */
  readonly part: string;
  /** What the file is, in plain words ("Verslag"). */
  readonly label: string;
  /** What it is for ("Om te lezen of te printen"). */
  readonly purpose: string;
  /** The kind of file, shown small after the purpose ("tekstbestand (.md)"). */
  readonly type: string;
  /** Make the file and offer it. */
  readonly download: () => void;
}

/** What a {@link downloadList} shows. */
export interface DownloadListOptions {
  /** The id of its heading (unique in the shadow root). */
  readonly headingId: string;
  /** Its heading ("Downloaden"): one control per page area, with every file of that area. */
  readonly heading: string;
  readonly entries: readonly DownloadEntry[];
  /** A problem with the last download (a file that could not be made), in the page's language. */
  readonly error?: string;
}

/**
 * The one download control of a page area: a heading ("Downloaden") and a list of buttons, each
 * saying what the file is and what it is for, with the file type in small text after it (never
 * "Markdown" or "JSON" as the label). An error about the last download shows below it as an alert.
 * Used by `<actie-results>`, with {@link downloadListStyles}.
 *
 * Parts: `downloads` (the wrapper), `downloads-heading`, `download-list`, `download-purpose`,
 * `download-type`, `download-error`, and per entry `button` plus the entry's own part.
 */
export function downloadList(o: DownloadListOptions): TemplateResult {
  return html`<div part="downloads" class="downloads">
    <h3 part="subheading downloads-heading" id=${o.headingId}>${o.heading}</h3>
    <ul part="download-list" class="downloads__list" aria-labelledby=${o.headingId}>
      ${o.entries.map(
        (entry) =>
          html`<li>
            <button
              part="button ${entry.part}"
              class="button downloads__button"
              type="button"
              data-download=${entry.key}
              @click=${entry.download}
            >
              ${icon('download')}
              <span class="downloads__text">
                <span class="downloads__label">${entry.label}</span>
                <span part="download-purpose" class="downloads__purpose">${entry.purpose}</span>
                <span part="download-type" class="downloads__type">${entry.type}</span>
              </span>
            </button>
          </li>`,
      )}
    </ul>
    ${o.error ? html`<p part="download-error" class="notice notice--error" role="alert">${o.error}</p>` : nothing}
  </div>`;
}

/** Styles of {@link downloadList}: buttons that stack, each with its purpose and small file type. */
export const downloadListStyles = css`
  .downloads__list {
    display: grid;
    gap: calc(var(--_actie-space) * 0.5);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  .downloads__button {
    align-items: flex-start;
    justify-content: flex-start;
    max-inline-size: 100%;
    padding-block: 0.5em;
    text-align: start;
  }

  .downloads__button svg {
    margin-block-start: 0.2em;
  }

  .downloads__text {
    display: flex;
    flex-direction: column;
  }

  .downloads__purpose {
    font-weight: var(--basis-text-font-weight-regular, 400);
  }

  .downloads__type {
    font-size: 0.875em;
    font-weight: var(--basis-text-font-weight-regular, 400);
  }
`;
