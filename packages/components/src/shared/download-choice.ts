import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { icon } from './result-icons.js';

/** One thing a person can take away, named by what it is for (never by a file format). */
export interface DownloadChoice<V extends string> {
  readonly value: V;
  /** What it is for, in plain words: "Voor Excel", "Om later verder te gaan". */
  readonly label: string;
  /** What they get, in a sentence; the file type may follow in brackets: "(.csv)". */
  readonly hint: string;
  /** Not possible now; the hint says why. */
  readonly disabled?: boolean;
}

/** What {@link downloadChoice} shows and does. */
export interface DownloadChoiceOptions<V extends string> {
  /** A prefix for ids, unique in the shadow root. */
  readonly id: string;
  /** The question above the choices: "Waarvoor wilt u het actieplan gebruiken?". */
  readonly legend: string;
  readonly choices: readonly DownloadChoice<V>[];
  readonly selected: V;
  readonly select: (value: V) => void;
  /** The label of the one button, for the choice selected ("Downloaden", "Afdrukken"). */
  readonly action: string;
  /** The icon beside it. */
  readonly actionIcon?: 'download' | 'print';
  readonly act: (value: V) => void;
}

/**
 * One control for everything a person can take away: a group of radio buttons, each named by
 * what the file is for with a hint that says what it holds, and one button that does it (a
 * GOV.UK / NL Design System radio group with hints). Replaces a row of buttons named after file
 * formats. Keyboard: Tab to the group, arrows to choose, Tab to the button.
 *
 * Parts: `download-choice` (the fieldset), `legend`, `download-option` (one choice),
 * `download-hint`, and `button download-button` (the button).
 */
export function downloadChoice<V extends string>(o: DownloadChoiceOptions<V>): TemplateResult {
  const name = `${o.id}-download`;
  return html`<fieldset part="download-choice" class="download-choice">
      <legend part="legend" class="download-choice__legend">${o.legend}</legend>
      ${o.choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return html`<div part="download-option" class="download-choice__option" data-choice=${choice.value}>
          <label class="download-choice__label">
            <input
              class="download-choice__radio"
              type="radio"
              id=${id}
              name=${name}
              value=${choice.value}
              aria-describedby=${`${id}-hint`}
              ?disabled=${choice.disabled === true}
              .checked=${live(choice.value === o.selected)}
              @change=${() => o.select(choice.value)}
            />
            <span>${choice.label}</span>
          </label>
          <p part="download-hint" class="download-choice__hint" id=${`${id}-hint`}>${choice.hint}</p>
        </div>`;
      })}
    </fieldset>
    <div class="buttons">
      <button
        part="button download-button"
        class="button button--primary"
        type="button"
        data-download=${o.selected}
        @click=${() => o.act(o.selected)}
      >
        ${o.actionIcon ? icon(o.actionIcon) : nothing} ${o.action}
      </button>
    </div>`;
}

/** Styles of {@link downloadChoice}: shared private variables only, so they follow the page's theme. */
export const downloadChoiceStyles = css`
  .download-choice {
    border: 0;
    margin: 0 0 var(--_actie-space);
    min-inline-size: 0;
    padding: 0;
  }

  .download-choice__legend {
    font-weight: var(--basis-text-font-weight-bold, 700);
    margin-block-end: calc(var(--_actie-space) * 0.5);
    padding: 0;
  }

  .download-choice__option {
    margin-block-end: calc(var(--_actie-space) * 0.5);
  }

  .download-choice__label {
    align-items: center;
    cursor: pointer;
    display: flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.6em;
    min-block-size: var(--_actie-target-min-size);
  }

  .download-choice__radio {
    accent-color: var(--_actie-accent-color);
    block-size: 1.5em;
    flex: none;
    inline-size: 1.5em;
    margin: 0;
  }

  .download-choice__label:has(:disabled) {
    cursor: not-allowed;
    font-weight: normal;
  }

  .download-choice__hint {
    color: var(--_actie-muted-color);
    margin: 0;
    padding-inline-start: 2.1em;
  }
`;
