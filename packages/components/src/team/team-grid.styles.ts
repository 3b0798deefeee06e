import { css } from 'lit';

/**
 * Styles of the overview grid, the filter, the collapsible cards, the companion groups and the
 * reflections of `<actie-team-overview>`. A status is never told by colour alone: every cell has
 * its icon and text, and a border style of its own (solid: good, double: needs work, dotted:
 * unknown) that also shows in print and in forced-colors mode.
 */
export const teamGridStyles = css`
  .grid-scroll {
    margin-block: 0 calc(var(--_actie-space) * 0.5);
    max-inline-size: 100%;
    overflow-x: auto;
  }

  .grid-scroll:focus-visible {
    outline: var(--_actie-focus-width, 2px) solid var(--_actie-focus-color, currentColor);
    outline-offset: 2px;
  }

  .grid {
    border-collapse: collapse;
    font-size: var(--actie-team-overview-grid-font-size, 0.875rem);
    inline-size: 100%;
    table-layout: fixed;
  }

  .comparison {
    table-layout: auto;
  }

  .grid caption {
    caption-side: top;
    font-weight: var(--basis-text-font-weight-bold, 700);
    padding-block: 0.25em;
    text-align: start;
  }

  .grid__condition-head {
    inline-size: 45%;
  }

  .grid th,
  .grid td {
    border: var(--_actie-border-width) solid var(--actie-team-overview-grid-border-color, var(--_actie-border-color));
    padding-block: 0.2em;
    padding-inline: 0.4em;
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

  .grid__condition {
    font-weight: normal;
  }

  .cell {
    border-inline-start-width: 0.35em;
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

  /* Filter and order */
  .filters {
    margin-block: 0 calc(var(--_actie-space) * 2);
  }

  .filter {
    border: var(--_actie-border-width) solid var(--_actie-border-color);
    border-radius: var(--_actie-border-radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
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
    .grid tr {
      break-inside: avoid;
    }
    .grid .cell--good,
    .grid .cell--needs-work,
    .grid .cell--unknown {
      border-inline-start-color: currentColor;
    }
  }
`;
