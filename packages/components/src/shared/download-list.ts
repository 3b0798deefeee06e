import { css, html, nothing, type TemplateResult } from 'lit';
import { icon } from './result-icons.js';

/** One thing a person can take away: a file, or a print. */
export interface DownloadEntry {
  /** Names the entry in the page (`data-download`), for tests and host styles; never shown. */
  readonly key: string;
  /** The button's part names after `button` (`download-button`, `report-button`, `print-button`). */
  readonly part: string;
  /** The button's text: what it is or what it is for, in plain words ("Verslag", "Voor Excel"). */
  readonly label: string;
  /** Below the button, and its description: what it is for or what it holds; when unavailable, why. */
  readonly hint: string;
  /** The kind of file, in small text after the hint ("tekstbestand (.md)"). */
  readonly type?: string;
  /** The entry prints (the print icon) instead of downloading a file. */
  readonly print?: boolean;
  /** Not possible now: the button stays in its place and focusable (`aria-disabled`), does nothing, and its hint says why. */
  readonly unavailable?: boolean;
  /** Make the file and offer it, or print. */
  readonly act: () => void;
}

/** What a {@link downloadList} shows. */
export interface DownloadListOptions {
  /** A prefix for ids, unique in the shadow root. */
  readonly id: string;
  /** Its heading ("Downloaden", "Waarvoor wilt u het actieplan gebruiken?"). */
  readonly heading: string;
  readonly entries: readonly DownloadEntry[];
  /** A problem with the last download (a file that could not be made), in the page's language. */
  readonly error?: string | undefined;
}

/**
 * The one download control of the elements: a heading and a list with a button per thing a person
 * can take away, named by what it is or what it is for (never "Markdown" or "JSON"), each with a
 * line below it that says what it gives and, in small text, the kind of file. One press does it:
 * no choice to make first. Keyboard: Tab from button to button. Screen readers hear a list with
 * its heading, each button's name and then its line (`aria-describedby`). An entry that is not
 * possible now stays in the list with its reason, focusable. An error about the last download
 * shows below it as an alert. Used by `<actie-results>` and `<actie-action-plan>`, with
 * {@link downloadListStyles}.
 *
 * Parts: `downloads` (the wrapper), `downloads-heading` (also `subheading`), `download-list`,
 * `download-option` (one entry), `download-hint`, `download-type`, `download-error`, and per entry
 * `button` plus the entry's own part.
 */
export function downloadList(o: DownloadListOptions): TemplateResult {
  const headingId = `${o.id}-downloads`;
  return html`<div part="downloads">
    <h3 part="subheading downloads-heading" id=${headingId}>${o.heading}</h3>
    <ul part="download-list" class="downloads__list" aria-labelledby=${headingId}>
      ${o.entries.map((entry) => {
        const hintId = `${headingId}-${entry.key}`;
        return html`<li part="download-option">
          <button
            part="button ${entry.part}"
            class="button downloads__button"
            type="button"
            data-download=${entry.key}
            aria-describedby=${hintId}
            aria-disabled=${entry.unavailable ? 'true' : nothing}
            @click=${() => entry.unavailable || entry.act()}
          >
            ${icon(entry.print ? 'print' : 'download')} ${entry.label}
          </button>
          <p part="download-hint" class="downloads__hint" id=${hintId}>
            ${entry.hint} ${entry.type ? html`<span part="download-type" class="downloads__type">${entry.type}</span>` : nothing}
          </p>
        </li>`;
      })}
    </ul>
    ${o.error ? html`<p part="download-error" class="notice notice--error" role="alert">${o.error}</p>` : nothing}
  </div>`;
}

/** Styles of {@link downloadList}: shared private variables only, so they follow the page's theme. */
export const downloadListStyles = css`
  .downloads__list {
    display: grid;
    gap: calc(var(--_actie-space) * 1.25) var(--_actie-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  .downloads__button {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }

  .downloads__button[aria-disabled='true'] {
    border-style: dashed;
    color: var(--_actie-muted-color);
    cursor: not-allowed;
    font-weight: var(--basis-text-font-weight-regular, 400);
    text-decoration: none;
  }

  /* Under the button's icon, so it reads as the button's. */
  .downloads__hint {
    color: var(--_actie-muted-color);
    margin: 0.25em 0 0;
    padding-inline: var(--actie-button-padding-inline, 1em);
  }

  .downloads__type {
    display: block;
    font-size: 0.875em;
  }
`;
