import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The letter badge of an ACTIE area (A, C, T, I, E): in result and team headings, on agreements.
 * Each element maps its own tokens onto the private variables below in its `:host` rule, so
 * `--actie-results-letter-background-color` and `--actie-team-overview-letter-background-color`
 * both keep working:
 *
 *   --_actie-letter-background-color, --_actie-letter-color, --_actie-letter-border-radius
 */
export const areaLetterStyles = css`
  .letter {
    align-items: center;
    background-color: var(--_actie-letter-background-color, var(--_actie-accent-color));
    border-radius: var(--_actie-letter-border-radius, var(--_actie-border-radius));
    color: var(--_actie-letter-color, var(--_actie-on-accent-color));
    display: inline-flex;
    justify-content: center;
    min-block-size: 1.6em;
    min-inline-size: 1.6em;
  }

  @media (forced-colors: active) {
    .letter {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .letter {
      background-color: transparent;
      border: 1px solid currentColor;
      color: inherit;
    }
  }
`;

/**
 * The badge itself, with the part `area-letter`. Hidden from assistive technology (the area's
 * title is next to it) unless `spoken`, where it is part of a heading's name.
 */
export function areaLetter(letter: string, options: { spoken?: boolean } = {}): TemplateResult {
  return html`<span part="area-letter" class="letter" aria-hidden=${options.spoken ? nothing : 'true'}>${letter}</span>`;
}
