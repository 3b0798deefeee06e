import { css } from 'lit';

/**
 * Styles of `<actie-team-overview>`. Every visual value is a `--actie-team-overview-*` token with a
 * fallback to the shared private variables (see baseStyles).
 */
export const teamOverviewStyles = css`
  :host {
    --_actie-team-favourable-color: var(--actie-team-overview-bar-favourable-color, var(--_actie-good-color));
    --_actie-team-unfavourable-color: var(--actie-team-overview-bar-unfavourable-color, var(--_actie-needs-work-color));
    --_actie-team-unknown-color: var(--actie-team-overview-bar-unknown-color, var(--_actie-unknown-color));
    --_actie-team-bar-background-color: var(--actie-team-overview-bar-background-color, var(--_actie-background-color));
    --_actie-team-bar-outline-color: var(--actie-team-overview-bar-outline-color, var(--_actie-border-color));
    --_actie-letter-background-color: var(--actie-team-overview-letter-background-color, var(--_actie-accent-color));
    --_actie-letter-border-radius: var(--actie-team-overview-letter-border-radius, var(--_actie-border-radius));
    --_actie-letter-color: var(--actie-team-overview-letter-color, var(--_actie-on-accent-color));
    --_actie-condition-border-width: var(--actie-team-overview-condition-border-width, 0.3em);
    --_actie-condition-border-color: var(--actie-team-overview-condition-border-color, var(--_actie-border-color));
    --_actie-condition-padding-block: var(--actie-team-overview-condition-padding-block, 0.25em);
    --_actie-condition-padding-inline: var(--actie-team-overview-condition-padding-inline, 0.75em);
    --_actie-condition-title-font-size: var(--actie-team-overview-condition-title-font-size, 1.0625rem);
    --_actie-condition-good-color: var(--_actie-team-favourable-color);
    --_actie-condition-needs-work-color: var(--_actie-team-unfavourable-color);
    --_actie-condition-unknown-color: var(--_actie-team-unknown-color);
    --_actie-on-plan-color: var(--actie-team-overview-on-plan-color, var(--_actie-good-color));
  }

  .section {
    margin-block: 0 calc(var(--_actie-space) * 2);
  }

  .hint {
    color: var(--actie-team-overview-hint-color, var(--_actie-muted-color));
  }

  /* Import: the drop zone around the native file input */
  .drop-zone {
    background-color: var(--actie-team-overview-drop-zone-background-color, var(--_actie-subtle-background-color));
    border: var(--actie-team-overview-drop-zone-border-width, 2px) dashed
      var(--actie-team-overview-drop-zone-border-color, var(--_actie-border-color));
    border-radius: var(--actie-team-overview-drop-zone-border-radius, var(--_actie-border-radius));
    margin-block: 0 var(--_actie-space);
    padding-block: var(--actie-team-overview-drop-zone-padding-block, var(--_actie-space));
    padding-inline: var(--actie-team-overview-drop-zone-padding-inline, var(--_actie-space));
  }

  .drop-zone--active {
    background-color: var(--actie-team-overview-drop-zone-active-background-color, var(--_actie-background-color));
    border-color: var(--actie-team-overview-drop-zone-active-border-color, var(--_actie-accent-color));
    border-style: solid;
  }

  .drop-zone label {
    display: block;
    font-weight: var(--actie-team-overview-label-font-weight, var(--basis-text-font-weight-bold, 700));
  }

  .drop-zone .hint {
    margin-block: 0 calc(var(--_actie-space) * 0.5);
  }

  .import-status {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .import-status:empty {
    display: none;
  }

  .import-progress {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }

  .import-progress progress {
    accent-color: var(--_actie-accent-color);
    inline-size: min(100%, 16em);
  }

  .files {
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  .file {
    align-items: center;
    border-block-end: var(--_actie-border-width) solid var(--actie-team-overview-file-border-color, var(--_actie-border-color));
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) var(--_actie-space);
    justify-content: space-between;
    padding-block: calc(var(--_actie-space) * 0.25);
  }

  /* Long lists (200 imported files, hundreds of cards): the browser lays out and paints only the
     items near the screen, the others keep their last size (or this estimate) until they come near.
     They stay in the page: found by search, read by screen readers, reached by the keyboard. */
  .file {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 2em;
  }

  .file__info {
    align-items: baseline;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    min-inline-size: 0;
  }

  .file__migrated {
    flex-basis: 100%;
  }

  .file__name {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .error-summary:focus-visible {
    outline-offset: 2px;
  }

  .error-summary ul {
    margin-block: 0 calc(var(--_actie-space) * 0.5);
    padding-inline-start: 1.25em;
  }

  .error-summary details {
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  /* Overview (the counts: shared styles) */
  .legend {
    border: var(--_actie-border-width) solid var(--actie-team-overview-legend-border-color, var(--_actie-border-color));
    border-radius: var(--actie-team-overview-legend-border-radius, var(--_actie-border-radius));
    margin-block: 0 var(--_actie-space);
    padding-block: calc(var(--_actie-space) * 0.5);
    padding-inline: var(--_actie-space);
  }

  .legend h3 {
    font-size: 1rem;
  }

  .legend__list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) var(--_actie-space);
    list-style: none;
    margin-block: 0;
    padding: 0;
  }

  .legend__item {
    align-items: center;
    display: inline-flex;
    gap: 0.4em;
  }

  /* Area letter, status and tags */
  .heading {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .heading .status {
    font-size: var(--actie-team-overview-heading-status-font-size, 1rem);
  }

  .tag {
    border: var(--_actie-border-width) solid var(--actie-team-overview-tag-border-color, currentColor);
    border-radius: var(--actie-team-overview-tag-border-radius, var(--_actie-border-radius));
    color: var(--actie-team-overview-tag-color, var(--_actie-color));
    display: inline-block;
    font-size: var(--actie-team-overview-tag-font-size, 0.875em);
    font-weight: var(--basis-text-font-weight-bold, 700);
    padding-inline: 0.4em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block: 0 0.5em;
  }

  .condition__counts {
    color: var(--actie-team-overview-counts-color, var(--_actie-muted-color));
  }

  .details {
    margin-block: 0 0.5em;
  }

  .details > summary {
    cursor: pointer;
    min-block-size: 24px;
    padding-block: 0.25em;
  }

  .questions {
    list-style: none;
    margin-block: 0.25em 0.5em;
    padding: 0;
  }

  .question {
    margin-block: 0 0.75em;
  }

  .question__text {
    margin-block: 0 0.25em;
  }

  .question__note {
    color: var(--actie-team-overview-counts-color, var(--_actie-muted-color));
    font-size: var(--actie-team-overview-counts-font-size, 0.875em);
    margin-block: 0 0.25em;
  }

  /* Distribution bar and its numbers as text */
  .distribution {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
  }

  .distribution__counts {
    color: var(--actie-team-overview-counts-color, var(--_actie-muted-color));
    font-size: var(--actie-team-overview-counts-font-size, 0.875em);
  }

  .bar {
    block-size: auto;
    display: block;
    flex: none;
    inline-size: var(--actie-team-overview-bar-inline-size, 10rem);
    max-inline-size: 100%;
    print-color-adjust: exact;
  }

  .bar--swatch {
    block-size: 1.1em;
    inline-size: 1.7em;
  }

  .bar__track {
    fill: none;
    stroke: var(--_actie-team-bar-outline-color);
    stroke-dasharray: 2 2;
    stroke-width: 1;
  }

  /* An answer's tone: the colour of its segment's outline, of a solid fill and of its pattern's ink. */
  .bar__segment--favourable,
  .bar__ink--favourable {
    --_actie-team-tone: var(--_actie-team-favourable-color);
  }

  .bar__segment--unfavourable,
  .bar__ink--unfavourable {
    --_actie-team-tone: var(--_actie-team-unfavourable-color);
  }

  .bar__segment--unknown,
  .bar__ink--unknown {
    --_actie-team-tone: var(--_actie-team-unknown-color);
  }

  .bar__segment--neutral,
  .bar__ink--neutral {
    --_actie-team-tone: var(--_actie-color);
  }

  .bar__segment {
    stroke: var(--_actie-team-tone);
    stroke-width: 1.5;
  }

  /* Solid segments (yes) are filled with the tone's colour; patterned ones use their fill attribute. */
  .bar__segment--solid,
  .bar__ink {
    fill: var(--_actie-team-tone);
  }

  .bar__segment--outline {
    fill: var(--_actie-team-bar-background-color);
    stroke: var(--_actie-team-bar-outline-color);
  }

  .bar__pattern-background {
    fill: var(--_actie-team-bar-background-color);
  }

  .area {
    border-block-start: var(--actie-team-overview-area-border-width, 2px) solid
      var(--actie-team-overview-area-border-color, var(--_actie-border-color));
    padding-block-start: var(--actie-team-overview-area-padding-block-start, var(--_actie-space));
  }

  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
    }
    .bar__segment,
    .bar__ink {
      --_actie-team-tone: CanvasText;
    }
    .bar__segment--outline,
    .bar__track {
      stroke: CanvasText;
    }
    .bar__segment--outline,
    .bar__pattern-background {
      fill: Canvas;
    }
    .drop-zone,
    .legend,
    .condition,
    .tag,
    .letter {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      color-scheme: light;
    }
    .import-section,
    .export-section {
      display: none;
    }
    .condition,
    .question,
    .legend {
      break-inside: avoid;
    }
  }

  .attribution {
    color: var(--actie-team-overview-attribution-color, var(--_actie-muted-color));
    font-size: var(--actie-team-overview-attribution-font-size, 0.875em);
  }
`;
