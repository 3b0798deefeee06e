import { css } from 'lit';

/** Styles of "check your answers" and "finish" of `<actie-assessment>` (loaded with ./check.ts). */
export const checkStyles = css`
  .check-counts {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .open-questions {
    display: grid;
    gap: calc(var(--_actie-space) * 0.5);
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  .open-question {
    display: block;
    text-align: start;
  }

  .open-question .question__number {
    display: inline;
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .check-area {
    margin-block-start: calc(var(--_actie-space) * 1.5);
  }

  .check-area__heading {
    align-items: center;
    display: flex;
    gap: 0.5em;
  }

  .check-area__heading .step-letter {
    font-size: 0.8em;
  }

  /* A summary list: question, answer and "change" side by side when there is room, stacked when not */
  .check-list {
    margin: 0;
  }

  .check-row {
    border-block-end: var(--_actie-border-width) solid var(--actie-assessment-divider-border-color, var(--_actie-border-color));
    display: grid;
    gap: calc(var(--_actie-space) * 0.25) var(--_actie-space);
    grid-template-columns: minmax(0, 1fr);
    padding-block: calc(var(--_actie-space) * 0.5);
  }

  @container (min-width: 40em) {
    .check-row {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) auto;
    }
  }

  .check-row dd {
    margin: 0;
    min-inline-size: 0;
  }

  .check-row__question .question__number {
    display: block;
  }

  .check-row__answer {
    font-weight: var(--basis-text-font-weight-bold, 700);
    overflow-wrap: break-word;
    white-space: pre-line;
  }

  .check-row__answer--open {
    color: var(--actie-assessment-hint-color, var(--_actie-muted-color));
    font-style: italic;
    font-weight: normal;
  }

  .check-row__note {
    font-style: normal;
    font-weight: normal;
    margin-block: calc(var(--_actie-space) * 0.25) 0;
  }

  .check-row__actions .link-button {
    min-inline-size: 24px;
  }

  .finish {
    border-block-start: var(--_actie-border-width) solid var(--actie-assessment-divider-border-color, var(--_actie-border-color));
    margin-block-start: calc(var(--_actie-space) * 1.5);
    padding-block-start: var(--_actie-space);
  }
`;
