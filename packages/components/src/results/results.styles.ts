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

  /* The head: the first heading takes focus after "Afronden" (focusHeading). */
  .results-heading {
    margin-block: 0 calc(var(--_actie-space) * 0.5);
    scroll-margin-block-start: var(--_actie-space);
  }

  .results-heading:focus-visible {
    outline-offset: 4px;
  }

  .pending {
    color: var(--actie-results-hint-color, var(--_actie-muted-color));
    margin: 0;
  }

  .verdict {
    margin-block: 0 0.25em;
  }

  .counts-intro {
    margin-block: 0 0.25em;
  }

  .status--offer {
    color: var(--_actie-muted-color);
  }

  /* Disclosures: a point, how an area is read, an area's background. Closed by default. */
  .disclosure__summary {
    cursor: pointer;
    min-block-size: 24px;
    padding-block: 0.375em;
  }

  .disclosure__summary:hover {
    text-decoration: underline;
  }

  .area-rule-details,
  .background {
    margin-block: 0 var(--_actie-space);
  }

  .area-rule-details .disclosure__summary,
  .background > .disclosure__summary {
    color: var(--actie-link-color, var(--_actie-accent-color));
    font-weight: var(--basis-text-font-weight-bold, 700);
    inline-size: fit-content;
  }

  .contact {
    margin-block: 0 var(--_actie-space);
  }

  .marker {
    border: 1px solid currentColor;
    border-radius: var(--_actie-border-radius);
    color: var(--_actie-muted-color);
    display: inline-block;
    font-size: 0.8125em;
    font-weight: var(--basis-text-font-weight-regular, 400);
    line-height: 1.3;
    margin-inline-start: 0.5em;
    padding-inline: 0.35em;
    white-space: nowrap;
  }

  /* Begin hier */
  .start {
    border: var(--_actie-border-width) solid var(--actie-results-role-border-color, var(--_actie-border-color));
    border-inline-start: 0.3em solid var(--_actie-accent-color);
    border-radius: var(--actie-results-role-border-radius, var(--_actie-border-radius));
    break-inside: avoid;
    margin-block: 0 var(--_actie-space);
    padding-block: calc(var(--_actie-space) * 0.75);
    padding-inline: var(--_actie-space);
  }

  .start__heading {
    margin-block: 0;
  }

  .start__intro {
    margin-block: 0 0.5em;
  }

  .start__list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .start__area {
    color: var(--_actie-muted-color);
    display: block;
    font-size: 0.875em;
  }

  .start__text {
    display: block;
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
  .hint {
    color: var(--actie-results-hint-color, var(--_actie-muted-color));
  }

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

  .area__counts {
    color: var(--actie-results-summary-color, var(--_actie-muted-color));
    margin-block: 0.25em 0;
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
    margin-block: calc(var(--_actie-space) * 0.75) 0.25em;
  }

  .offers-intro {
    color: var(--_actie-muted-color);
    margin-block: 0 0.5em;
  }

  .condition--offer {
    border-inline-start-color: var(--_actie-muted-color);
    border-inline-start-style: dashed;
  }

  /* A point: one line that opens to its questions, answers, notes and advice. */
  .conditions .condition {
    margin-block-end: 0.25em;
    padding-block: 0;
  }

  .point__summary {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .point__summary .condition__title {
    font-size: var(--_actie-condition-title-font-size, 1rem);
  }

  .point__body {
    padding-block: 0 0.5em;
  }

  .answers {
    list-style: none;
    margin-block: 0 0.5em;
    padding: 0;
  }

  .answers__item {
    margin-block: 0 0.25em;
  }

  .answers__question,
  .answers__answer,
  .answers__note {
    display: block;
  }

  .answers__answer {
    color: var(--actie-results-answers-color, var(--_actie-muted-color));
  }

  .answers__note {
    border-inline-start: 2px solid var(--_actie-border-color);
    font-style: italic;
    overflow-wrap: anywhere;
    padding-inline-start: 0.5em;
    white-space: pre-line;
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
      font-size: var(--actie-results-print-font-size, 10pt);
      line-height: 1.3;
    }
    .intake {
      display: grid;
      font-size: 0.9em;
      gap: 0 1em;
      /* A long question must wrap, not squeeze the answer into a sliver. */
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      margin-block: 0 1em;
    }
    /* What goes well is one line each: two columns on paper. */
    .conditions--good {
      column-gap: 1.5em;
      columns: 2;
    }
    .intake dt {
      font-weight: var(--basis-text-font-weight-bold, 700);
    }
    .intake dd {
      margin: 0;
    }
    /* Every point is open on paper (the beforeprint handler opens them; this covers a print that fires no event). */
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details > summary {
      list-style: none;
    }
    details > summary::-webkit-details-marker {
      display: none;
    }
    .area-rule-details > summary {
      display: none;
    }
    /* The background is the same for everyone: on paper the sources are listed once, at the end. */
    .background,
    .area__summary,
    .figcaption > .legend__areas {
      display: none;
    }
    /* The picture beside its key, smaller than on screen. */
    .figure {
      align-items: start;
      display: grid;
      gap: 1em;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      max-inline-size: none;
    }
    .figcaption {
      margin-block-start: 0;
    }
    .role,
    .start {
      padding-block: 0.5em;
    }
    .area__heading {
      font-size: 1.25em;
    }
    .print-sources .sources {
      columns: 2;
      font-size: 0.875em;
    }
    .area {
      padding-block-start: 0.5em;
    }
    .section,
    .area {
      margin-block-end: 1em;
    }
    .conditions-heading {
      margin-block-start: 0.5em;
    }
    .conditions .condition {
      margin-block-end: 0.3em;
    }
    .point__summary {
      padding-block: 0;
    }
    .answers__question {
      display: inline;
    }
    /* On paper a point of one question reads from its concern: its answer is enough. A point that
       goes well keeps only the notes on it. A point of several questions keeps every question. */
    .answers--single .answers__question {
      display: none;
    }
    /* … on the same line as the point. */
    .point__summary,
    .point__body,
    .answers--single,
    .answers--single .answers__item,
    .answers--single .answers__answer {
      display: inline;
    }
    .answers--single .answers__answer {
      color: var(--_actie-color);
      font-style: italic;
      margin-inline-start: 0.5em;
    }
    .point__body > :is(p, .on-plan),
    .answers--single .answers__note {
      display: block;
    }
    /* What goes well keeps only the notes on it; "on the plan" is a marker already. */
    .condition--good .answers .answers__question,
    .condition--good .answers .answers__answer,
    .on-plan {
      display: none;
    }
    /* "Begin hier" names the points; their advice follows with each point. */
    .start__text,
    .start__intro {
      display: none;
    }
    .answers {
      margin-block-end: 0.25em;
    }
    .answers__item {
      margin-block-end: 0;
    }
    .answers__answer {
      display: inline;
      margin-inline-start: 0.25em;
    }
    /* An area's heading and verdict stay with what follows them. */
    h2,
    h3,
    h4,
    .area__head,
    .conditions-heading,
    .offers-intro {
      break-after: avoid;
    }
    .area__head,
    .condition,
    .role,
    .start,
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
