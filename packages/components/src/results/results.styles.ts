import { css } from 'lit';

/**
 * Styles of `<actie-results>`. Every visual value is a `--actie-results-*` token with a fallback
 * to the shared private variables (see baseStyles). The print rules make a plain A4 report; the
 * page size and margins (`@page { size: A4; margin: 18mm }`) cannot be set from inside a shadow
 * root, so the host page may add that rule itself (docs/theming.md).
 */
export const resultsStyles = css`
  :host {
    --_actie-results-good-color: var(--actie-results-chart-good-color, var(--_actie-good-color));
    --_actie-results-needs-work-color: var(--actie-results-chart-needs-work-color, var(--_actie-needs-work-color));
    --_actie-results-unknown-color: var(--actie-results-chart-unknown-color, var(--_actie-unknown-color));
    --_actie-results-chart-background-color: var(--actie-results-chart-background-color, var(--_actie-background-color));
    --_actie-results-chart-color: var(--actie-results-chart-color, var(--_actie-color));
    --_actie-letter-background-color: var(--actie-results-letter-background-color, var(--_actie-accent-color));
    --_actie-letter-border-radius: var(--actie-results-letter-border-radius, var(--_actie-border-radius));
    --_actie-letter-color: var(--actie-results-letter-color, var(--_actie-on-accent-color));
    --_actie-condition-border-width: var(--actie-results-condition-border-width, 0.3em);
    --_actie-condition-border-color: var(--actie-results-condition-border-color, var(--_actie-border-color));
    --_actie-condition-padding-block: var(--actie-results-condition-padding-block, 0.25em);
    --_actie-condition-padding-inline: var(--actie-results-condition-padding-inline, 0.75em);
    --_actie-condition-title-font-size: var(--actie-results-condition-title-font-size, 1rem);
    --_actie-condition-gap: calc(var(--_actie-space) * 0.75);
    --_actie-condition-good-color: var(--_actie-results-good-color);
    --_actie-condition-needs-work-color: var(--_actie-results-needs-work-color);
    --_actie-condition-unknown-color: var(--_actie-results-unknown-color);
    --_actie-on-plan-color: var(--actie-results-on-plan-color, var(--_actie-good-color));
  }

  .print-only {
    display: none;
  }

  .section {
    margin-block: 0 calc(var(--_actie-space) * 2);
  }

  h3 {
    margin-block-start: var(--_actie-space);
  }

  /* Overview: counts (shared styles), chart, legend, role */
  .figure {
    break-inside: avoid;
    margin-block: 0 var(--_actie-space);
    margin-inline: 0;
    max-inline-size: var(--actie-results-chart-max-inline-size, 36rem);
  }

  .chart {
    block-size: auto;
    display: block;
    inline-size: 100%;
    print-color-adjust: exact;
  }

  .chart__segment {
    stroke-width: 1.5;
  }

  .chart__segment--good {
    fill: var(--_actie-results-good-color);
    stroke: var(--_actie-results-good-color);
  }

  .chart__segment--needs-work {
    stroke: var(--_actie-results-needs-work-color);
  }

  .chart__segment--unknown {
    stroke: var(--_actie-results-unknown-color);
  }

  .chart__pattern-background {
    fill: var(--_actie-results-chart-background-color);
  }

  .chart__hatch {
    fill: var(--_actie-results-needs-work-color);
  }

  .chart__dot {
    fill: var(--_actie-results-unknown-color);
  }

  .chart__badge {
    fill: var(--_actie-results-chart-background-color);
    stroke: var(--_actie-results-chart-color);
    stroke-width: 1;
  }

  .chart__count,
  .chart__letter {
    fill: var(--_actie-results-chart-color);
  }

  .chart--swatch {
    block-size: 1.1em;
    flex: none;
    inline-size: 1.7em;
  }

  .figcaption {
    color: var(--actie-results-caption-color, var(--_actie-muted-color));
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) var(--_actie-space);
    list-style: none;
    margin-block: calc(var(--_actie-space) * 0.5) 0;
    padding: 0;
  }

  .legend__item,
  .counts__item {
    align-items: center;
    display: inline-flex;
    gap: 0.4em;
  }

  .legend__areas {
    margin-block: calc(var(--_actie-space) * 0.5) 0;
  }

  .role {
    border: var(--_actie-border-width) solid var(--actie-results-role-border-color, var(--_actie-border-color));
    border-radius: var(--actie-results-role-border-radius, var(--_actie-border-radius));
    break-inside: avoid;
    margin-block: var(--_actie-space);
    padding-block: var(--actie-results-role-padding-block, var(--_actie-space));
    padding-inline: var(--actie-results-role-padding-inline, var(--_actie-space));
  }

  .role h3 {
    margin-block-start: 0;
  }

  /* Save and print */
  .field {
    margin-block: 0 var(--_actie-space);
  }

  .field label {
    display: block;
    font-weight: var(--actie-results-label-font-weight, var(--basis-text-font-weight-bold, 700));
  }

  .field__hint {
    color: var(--actie-results-hint-color, var(--_actie-muted-color));
    margin-block: 0 calc(var(--_actie-space) * 0.25);
  }

  .input {
    background-color: var(--actie-results-input-background-color, var(--_actie-background-color));
    border: var(--actie-results-input-border-width, var(--_actie-border-width)) solid
      var(--actie-results-input-border-color, var(--_actie-border-color));
    border-radius: var(--actie-results-input-border-radius, var(--_actie-border-radius));
    color: var(--actie-results-input-color, var(--_actie-color));
    font: inherit;
    inline-size: 100%;
    max-inline-size: var(--actie-results-input-max-inline-size, 24rem);
    min-block-size: var(--_actie-target-min-size);
    padding-inline: var(--actie-results-input-padding-inline, 0.5em);
  }

  /* Areas */
  .area {
    border-block-start: var(--actie-results-area-border-width, 2px) solid
      var(--actie-results-area-border-color, var(--_actie-border-color));
    margin-block: 0 calc(var(--_actie-space) * 2);
    padding-block-start: var(--actie-results-area-padding-block-start, var(--_actie-space));
  }

  .area__header {
    align-items: flex-start;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5) var(--_actie-space);
    justify-content: space-between;
    margin-block: 0 calc(var(--_actie-space) * 0.5);
  }

  .area__heading {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin-block: 0;
  }

  .area__status {
    font-size: var(--actie-results-area-status-font-size, 1rem);
  }

  .reflection {
    border-inline-start: var(--actie-results-reflection-border-width, 0.3em) solid
      var(--actie-results-reflection-border-color, var(--_actie-border-color));
    margin-block: calc(var(--_actie-space) * 0.5) var(--_actie-space);
    margin-inline: 0;
    overflow-wrap: anywhere;
    padding-inline-start: var(--_actie-space);
    white-space: pre-line;
  }

  .reflection__intro {
    margin-block-end: 0;
  }

  .area__summary {
    color: var(--actie-results-summary-color, var(--_actie-muted-color));
  }

  .conditions-heading {
    display: flex;
  }

  .condition__answers {
    color: var(--actie-results-answers-color, var(--_actie-muted-color));
    margin-block: 0 0.25em;
  }

  .condition__action {
    margin-block: 0 0.5em;
  }

  .condition__action-label {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .sources {
    margin-block: 0 var(--_actie-space);
    padding-inline-start: 1.25em;
  }

  .source a {
    color: var(--actie-link-color, var(--_actie-accent-color));
    /* A link on its own in a list item is a target: at least 24 px high (WCAG 2.2, 2.5.8). */
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.125em;
  }

  .attribution,
  .area-rule {
    color: var(--actie-results-attribution-color, var(--_actie-muted-color));
    font-size: var(--actie-results-attribution-font-size, 0.875em);
  }

  @media (forced-colors: active) {
    .chart {
      forced-color-adjust: none;
    }
    .chart__segment--good,
    .chart__hatch,
    .chart__dot {
      fill: CanvasText;
    }
    .chart__segment {
      stroke: CanvasText;
    }
    .chart__pattern-background,
    .chart__badge {
      fill: Canvas;
    }
    .chart__badge {
      stroke: CanvasText;
    }
    .chart__count,
    .chart__letter {
      fill: CanvasText;
    }
    .condition,
    .role {
      border-color: CanvasText;
    }
  }

  @media print {
    /* Paper is light: resolve the light-dark() defaults to their light values. */
    :host {
      color-scheme: light;
      font-size: var(--actie-results-print-font-size, 10.5pt);
    }
    .print-only {
      display: block;
    }
    .print-title {
      font-size: 1.6em;
      font-weight: var(--basis-text-font-weight-bold, 700);
      margin-block: 0 0.25em;
    }
    .intake {
      display: grid;
      gap: 0 1em;
      /* A long question must wrap, not squeeze the answer into a sliver. */
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      margin-block: 0 1em;
    }
    .intake dt {
      font-weight: var(--basis-text-font-weight-bold, 700);
    }
    .intake dd {
      margin: 0;
    }
    h2,
    h3,
    h4,
    .area__header {
      break-after: avoid;
    }
    .condition,
    .role,
    .figure,
    .source {
      break-inside: avoid;
    }
    .source a[href]::after {
      content: ' (' attr(href) ')';
    }
    /* Printing one area: only the header and that area. */
    :host([print-area]) .overview,
    :host([print-area]) .area:not(.area--printing) {
      display: none;
    }
  }
`;
