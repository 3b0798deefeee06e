import { css } from 'lit';

/**
 * Styles of `<actie-action-plan>`. Every visual value is a `--actie-action-plan-*` token with a
 * fallback to the shared private variables (see baseStyles). On screen the agreements are a list
 * of cards that stack their fields at narrow widths (320 px without horizontal scrolling) and put
 * who / by when / status side by side when there is room. In print only a read-only table is
 * shown: no buttons, no form fields.
 */
export const actionPlanStyles = css`
  :host {
    --_actie-action-plan-overdue-color: var(--actie-action-plan-overdue-color, var(--_actie-needs-work-color));
    --_actie-action-plan-overdue-background-color: var(
      --actie-action-plan-overdue-background-color,
      var(--_actie-background-color)
    );
    --_actie-action-plan-done-color: var(--actie-action-plan-done-color, var(--_actie-good-color));
    --_actie-action-plan-done-background-color: var(--actie-action-plan-done-background-color, var(--_actie-background-color));
  }

  .section {
    margin-block: 0 calc(var(--_actie-space) * 1.5);
  }

  .hint {
    color: var(--actie-action-plan-hint-color, var(--_actie-muted-color));
    margin-block: 0 calc(var(--_actie-space) * 0.25);
  }

  /* Overview */
  .total {
    margin-block-end: calc(var(--_actie-space) * 0.25);
  }

  .counts {
    margin-block-end: calc(var(--_actie-space) * 0.75);
  }

  .overdue-summary,
  .badge {
    align-items: center;
    border: var(--_actie-border-width) solid currentColor;
    border-radius: var(--actie-action-plan-badge-border-radius, var(--_actie-border-radius));
    display: inline-flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.35em;
    padding-inline: var(--actie-action-plan-badge-padding-inline, 0.5em);
  }

  .overdue-summary,
  .badge--overdue {
    background-color: var(--_actie-action-plan-overdue-background-color);
    color: var(--_actie-action-plan-overdue-color);
  }

  .badge--done {
    background-color: var(--_actie-action-plan-done-background-color);
    color: var(--_actie-action-plan-done-color);
  }

  /* The proposal from the results, before it is added */
  .proposal {
    border: var(--actie-action-plan-proposal-border-width, var(--_actie-border-width)) solid
      var(--actie-action-plan-proposal-border-color, var(--_actie-accent-color));
    border-radius: var(--actie-action-plan-card-border-radius, var(--_actie-border-radius));
    margin-block: var(--_actie-space);
    padding: var(--_actie-space);
  }

  .proposal:focus-within {
    border-width: calc(var(--actie-action-plan-proposal-border-width, var(--_actie-border-width)) * 2);
  }

  .proposal__list {
    margin-block: 0 var(--_actie-space);
    padding-inline-start: 1.5em;
  }

  .proposal__item {
    margin-block-end: calc(var(--_actie-space) * 0.75);
  }

  .proposal__item p {
    margin-block-end: 0.15em;
  }

  .proposal__level {
    color: var(--actie-action-plan-hint-color, var(--_actie-muted-color));
  }

  .agreement__note {
    border-inline-start: 0.25em solid var(--actie-action-plan-note-border-color, var(--_actie-border-color));
    font-style: italic;
    margin-block: 0 0.5em;
    padding-inline-start: 0.5em;
    white-space: pre-line;
  }

  /* Undo */
  .undo--active {
    align-items: center;
    background-color: var(--actie-action-plan-undo-background-color, var(--_actie-subtle-background-color));
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5) var(--_actie-space);
    margin-block: 0 var(--_actie-space);
    padding: calc(var(--_actie-space) * 0.5) var(--_actie-space);
  }

  .undo__text {
    margin: 0;
  }

  /* Agreements */
  .agreements {
    container-type: inline-size;
    list-style: none;
    margin-block: 0 calc(var(--_actie-space) * 1.5);
    padding: 0;
  }

  .agreement {
    background-color: var(--actie-action-plan-card-background-color, var(--_actie-background-color));
    border: var(--actie-action-plan-card-border-width, var(--_actie-border-width)) solid
      var(--actie-action-plan-card-border-color, var(--_actie-border-color));
    border-radius: var(--actie-action-plan-card-border-radius, var(--_actie-border-radius));
    margin-block: 0 var(--_actie-space);
    padding-block: var(--actie-action-plan-card-padding-block, var(--_actie-space));
    padding-inline: var(--actie-action-plan-card-padding-inline, var(--_actie-space));
  }

  .agreement--overdue {
    border-color: var(--actie-action-plan-card-overdue-border-color, var(--_actie-needs-work-color));
    border-inline-start-width: 0.35em;
  }

  .agreement--done {
    border-color: var(--actie-action-plan-card-done-border-color, var(--_actie-good-color));
  }

  .agreement--new {
    border-style: var(--actie-action-plan-card-new-border-style, dashed);
  }

  .agreement__heading {
    font-size: var(--actie-action-plan-heading-font-size, 1.1rem);
    margin-block: 0 0.25em;
  }

  .agreement__heading:focus-visible {
    outline-offset: 4px;
  }

  .agreement__position {
    color: var(--actie-action-plan-position-color, var(--_actie-muted-color));
  }

  .agreement__area {
    align-items: center;
    color: var(--actie-action-plan-area-color, var(--_actie-muted-color));
    display: flex;
    gap: 0.5em;
    margin-block: 0 0.5em;
  }

  .letter {
    align-items: center;
    background-color: var(--actie-action-plan-letter-background-color, var(--_actie-accent-color));
    border-radius: var(--actie-action-plan-letter-border-radius, var(--_actie-border-radius));
    color: var(--actie-action-plan-letter-color, var(--_actie-on-accent-color));
    display: inline-flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    justify-content: center;
    min-block-size: 1.6em;
    min-inline-size: 1.6em;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0 0.75em;
  }

  .fields {
    display: grid;
    gap: calc(var(--_actie-space) * 0.75) var(--_actie-space);
    grid-template-columns: minmax(0, 1fr);
    margin-block: 0 calc(var(--_actie-space) * 0.5);
  }

  @container (min-inline-size: 36rem) {
    .fields {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .field--what {
      grid-column: 1 / -1;
    }
  }

  .field label {
    display: block;
    font-weight: var(--actie-action-plan-label-font-weight, var(--basis-text-font-weight-bold, 700));
    margin-block-end: 0.25em;
  }

  .input {
    background-color: var(--actie-action-plan-input-background-color, var(--_actie-background-color));
    border: var(--actie-action-plan-input-border-width, var(--_actie-border-width)) solid
      var(--actie-action-plan-input-border-color, var(--_actie-border-color));
    border-radius: var(--actie-action-plan-input-border-radius, var(--_actie-border-radius));
    color: var(--actie-action-plan-input-color, var(--_actie-color));
    font: inherit;
    inline-size: 100%;
    min-block-size: var(--_actie-target-min-size);
    padding-inline: var(--actie-action-plan-input-padding-inline, 0.5em);
  }

  .textarea {
    display: block;
    field-sizing: content;
    min-block-size: 4.5lh;
    padding-block: 0.5em;
    resize: vertical;
  }

  .input[aria-invalid='true'] {
    border-color: var(--actie-action-plan-input-invalid-border-color, var(--_actie-needs-work-color));
    border-width: calc(var(--actie-action-plan-input-border-width, var(--_actie-border-width)) * 2);
  }

  .field-error {
    align-items: flex-start;
    color: var(--actie-action-plan-error-color, var(--_actie-needs-work-color));
    display: flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.35em;
    margin-block: 0 0.25em;
  }

  .field-error .icon {
    margin-block-start: 0.2em;
  }

  .agreement__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) calc(var(--_actie-space) * 0.5);
    justify-content: flex-end;
  }

  .agreement__actions .button {
    padding-inline: var(--actie-action-plan-action-padding-inline, 0.5em);
  }

  /* Exports and import */
  .import {
    margin-block-start: var(--_actie-space);
  }

  .import label {
    display: block;
    font-weight: var(--actie-action-plan-label-font-weight, var(--basis-text-font-weight-bold, 700));
  }

  .import-errors:focus-visible {
    outline-offset: 2px;
  }

  .import-details summary {
    cursor: pointer;
    min-block-size: 24px;
  }

  @media (forced-colors: active) {
    .agreement,
    .badge,
    .overdue-summary,
    .letter {
      border-color: CanvasText;
    }
    .badge,
    .overdue-summary,
    .field-error {
      color: CanvasText;
    }
    .letter {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    :host {
      font-size: var(--actie-action-plan-print-font-size, 10.5pt);
    }
    .screen-only,
    .import-errors {
      display: none !important;
    }
    .print-table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .print-table th,
    .print-table td {
      /* Words stay whole, so narrow columns (status, date) are as wide as their longest word. */
      overflow-wrap: break-word;
      border: 1px solid var(--actie-action-plan-print-border-color, #000000);
      padding: 0.25em 0.4em;
      text-align: start;
      vertical-align: top;
    }
    .print-table thead {
      display: table-header-group;
    }
    .print-table tr {
      break-inside: avoid;
    }
    .print-note {
      margin: 0 0 0.25em;
      white-space: pre-line;
    }
  }
`;
