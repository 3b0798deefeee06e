import { css } from 'lit';

/**
 * Styles of the overview grid, the filter, the collapsible cards, the companion groups and the
 * reflections of `<actie-team-overview>`. A status is never told by colour alone: every cell has
 * its icon and text, and a border style of its own (solid: good, double: needs work, dotted:
 * unknown) that also shows in print and in forced-colors mode.
 */
export const teamGridStyles = css`
  /* Positioned, so that the visually hidden texts in a wide table scroll with it instead of
     widening the page. */
  .grid-scroll {
    margin-block: 0 calc(var(--_actie-space) * 0.5);
    max-inline-size: 100%;
    overflow-x: auto;
    position: relative;
  }

  /* The overview's tables side by side where there is room (one screen at 1280 px), one under
     the other on a phone. A table keeps together. */
  .grid-tables {
    column-gap: var(--_actie-space);
    columns: 26rem;
  }

  .grid-tables .grid-scroll {
    break-inside: avoid;
  }

  /* Words are never broken inside (no "aanda cht"): a table too wide for its column scrolls
     sideways in its own container instead. The page may set overflow-wrap: anywhere. */
  .grid,
  .grid caption {
    hyphens: manual;
    overflow-wrap: normal;
    word-break: normal;
  }

  .grid-scroll:focus-visible {
    outline: var(--_actie-focus-width, 2px) solid var(--_actie-focus-color, currentColor);
    outline-offset: 2px;
  }

  .grid {
    border-collapse: collapse;
    font-size: var(--actie-team-overview-grid-font-size, 0.8125rem);
    inline-size: 100%;
    line-height: 1.3;
  }

  .grid__condition-head {
    inline-size: 100%;
  }

  .grid caption {
    caption-side: top;
    font-weight: var(--basis-text-font-weight-bold, 700);
    padding-block: 0.25em;
    text-align: start;
  }

  .grid th,
  .grid td {
    border: var(--_actie-border-width) solid var(--actie-team-overview-grid-border-color, var(--_actie-border-color));
    padding-block: 0.1em;
    padding-inline: 0.3em;
    text-align: start;
    vertical-align: top;
  }

  .grid thead th {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .grid__area-status {
    font-weight: normal;
    margin-inline-start: 0.5em;
  }

  /* A name or a question stays readable on a phone: the table scrolls sideways instead. */
  .grid__condition {
    font-weight: normal;
    min-inline-size: 9em;
  }

  .comparison .grid__condition {
    min-inline-size: 14em;
  }

  .comparison td {
    min-inline-size: 7em;
  }

  .cell {
    border-inline-start-width: 0.35em;
    white-space: nowrap;
  }

  .grid .cell--good,
  .legend__cell.cell--good {
    border-inline-start: 0.35em solid var(--_actie-team-favourable-color);
  }

  .grid .cell--needs-work,
  .legend__cell.cell--needs-work {
    border-inline-start: 0.35em double var(--_actie-team-unfavourable-color);
  }

  .grid .cell--unknown,
  .legend__cell.cell--unknown {
    border-inline-start: 0.35em dotted var(--_actie-team-unknown-color);
  }

  .cell__mark {
    display: inline-block;
    font-weight: var(--basis-text-font-weight-bold, 700);
    inline-size: 1em;
    text-align: center;
  }

  .cell--strong {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .cell--mild {
    font-style: italic;
  }

  .cell__differs {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .legend__cell {
    display: inline-block;
    inline-size: 1.75em;
    padding-inline-start: 0.25em;
  }

  /* The difference badges: strong with a solid thick border, mild with a dashed one */
  .tag--strong {
    border-width: 2px;
  }

  .tag--mild {
    border-style: dashed;
    font-weight: normal;
  }

  /* Filter and order, on one line where there is room */
  .filters {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_actie-space);
    margin-block: 0 calc(var(--_actie-space) * 0.5);
  }

  .filters > p {
    margin-block: 0;
  }

  .filter {
    border: var(--_actie-border-width) solid var(--_actie-border-color);
    border-radius: var(--_actie-border-radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding-block: 0.25em 0.5em;
    padding-inline: 0.75em;
  }

  .filter legend {
    font-weight: var(--basis-text-font-weight-bold, 700);
    padding-inline: 0.25em;
  }

  .filter__option {
    align-items: center;
    display: inline-flex;
    gap: 0.35em;
    min-block-size: var(--_actie-target-min-size, 24px);
  }

  .filter__sort {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin-block: 0 0.25em;
  }

  .select {
    font: inherit;
    min-block-size: var(--_actie-target-min-size, 24px);
  }

  /* A condition card's title is the button that opens and closes it */
  .toggle {
    align-items: center;
    background: none;
    border: 0;
    color: inherit;
    cursor: pointer;
    display: inline-flex;
    flex-wrap: wrap;
    font: inherit;
    gap: 0.25em 0.5em;
    margin: 0;
    min-block-size: var(--_actie-target-min-size, 24px);
    padding: 0;
    text-align: start;
  }

  .toggle:focus-visible {
    outline: var(--_actie-focus-width, 2px) solid var(--_actie-focus-color, currentColor);
    outline-offset: 2px;
  }

  .toggle__marker {
    border-block: 0.3em solid transparent;
    border-inline-start: 0.45em solid currentColor;
    display: inline-block;
    transition: transform 0.1s;
  }

  .toggle[aria-expanded='true'] .toggle__marker {
    transform: rotate(90deg);
  }

  .condition__body[hidden] {
    display: none;
  }

  /* An opened row of the overview: the details of that point, below its row. */
  .grid__details[hidden] {
    display: none;
  }

  .grid .grid__details > td {
    padding-block: 0.5em;
    padding-inline: 0.75em;
  }

  .details__name {
    font-weight: var(--basis-text-font-weight-bold, 700);
    margin-block: 0 0.25em;
  }

  /* Rows stay compact so every point fits one screen: 24 px is the target size of WCAG 2.2 (2.5.8). */
  .grid .toggle {
    display: flex;
    flex-wrap: nowrap;
    gap: 0.4em;
    inline-size: 100%;
    min-block-size: 24px;
  }

  .grid .toggle:hover span:last-child {
    text-decoration: underline;
  }

  /* Bespreek eerst: the meeting's agenda */
  .agenda {
    margin-block: 0 var(--_actie-space);
    padding-inline-start: 1.5em;
  }

  .agenda__item {
    margin-block: 0 0.75em;
  }

  .agenda__title {
    align-items: baseline;
    flex-wrap: nowrap;
    font-size: 1.0625rem;
    margin-block: 0;
  }

  .agenda__reason {
    margin-block: 0.1em 0.25em;
  }

  .agenda__reason .status {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .agenda__print {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .companion__same {
    margin-block: 0 var(--_actie-space);
  }

  .companion__same > summary {
    cursor: pointer;
    min-block-size: var(--_actie-target-min-size, 24px);
  }

  /* The companion groups (the initiators) */
  .comparison--differs th,
  .comparison--differs td {
    border-block-width: 2px;
  }

  .comparison__their {
    color: var(--actie-team-overview-hint-color, var(--_actie-muted-color));
    display: block;
  }

  .companion__summary {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  /* What participants wrote */
  .reflections dt {
    align-items: center;
    display: flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.5em;
    margin-block: 0.75em 0.25em;
  }

  .reflection {
    border-inline-start: var(--_actie-border-width) solid var(--_actie-border-color);
    margin-block: 0 0.5em;
    margin-inline: 0;
    padding-inline-start: 0.75em;
    white-space: pre-line;
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle__marker {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .grid th,
    .grid td,
    .filter,
    .reflection {
      border-color: CanvasText;
    }
    .grid .cell--good,
    .grid .cell--needs-work,
    .grid .cell--unknown,
    .legend__cell {
      border-inline-start-color: CanvasText;
    }
    .toggle__marker {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    .filters,
    .toggle__marker {
      display: none;
    }
    .grid-scroll {
      overflow: visible;
    }
    /* Print hides buttons, but this one carries the point's name. */
    .grid .toggle {
      display: flex !important;
    }
    /* No caption, heading or table head left at the foot of a page without what it names. */
    h2,
    h3,
    h4,
    caption,
    thead,
    .reflections dt {
      break-after: avoid;
    }
    .grid-scroll,
    .grid tr,
    .grid__point,
    .agenda__item,
    .reflection {
      break-inside: avoid;
    }
    .grid-tables {
      columns: auto;
    }
    .agenda__print {
      display: none;
    }
    /* Printing the agenda: "Bespreek eerst" alone. */
    :host([print-part]) .section:not([data-print-part]),
    :host([print-part]) .attribution,
    :host([print-part]) .notice,
    :host([print-part]) .hint {
      display: none;
    }
    .grid .cell--good,
    .grid .cell--needs-work,
    .grid .cell--unknown {
      border-inline-start-color: currentColor;
    }
  }
`;
