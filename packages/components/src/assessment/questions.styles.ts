import { css } from 'lit';

/** Styles of the questions, notes, reflections, navigation, review and privacy of `<actie-assessment>`. */
export const questionStyles = css`
  /* Questions */
  .question {
    background-color: var(--actie-assessment-question-background-color, var(--_actie-background-color));
    border: var(--_actie-border-width) solid var(--actie-assessment-question-border-color, var(--_actie-border-color));
    border-radius: var(--actie-assessment-question-border-radius, var(--_actie-border-radius));
    margin-block: 0 var(--actie-assessment-question-margin-block-end, var(--_actie-space));
    margin-inline: 0;
    min-inline-size: 0; /* a fieldset is min-content wide by default: that would scroll at 320 px */
    padding-block: var(--actie-assessment-question-padding-block, var(--_actie-space));
    padding-inline: var(--actie-assessment-question-padding-inline, var(--_actie-space));
    scroll-margin-block-start: var(--actie-assessment-scroll-margin-block-start, 1rem);
  }

  .question__legend {
    display: block;
    float: inline-start; /* keeps the legend inside the box, so it wraps like normal text */
    font-weight: var(--actie-assessment-question-legend-font-weight, var(--basis-text-font-weight-bold, 700));
    inline-size: 100%;
    margin-block-end: calc(var(--_actie-space) * 0.75);
    padding: 0;
  }

  .question__legend + * {
    clear: both;
  }

  .question__number {
    color: var(--actie-assessment-question-number-color, var(--_actie-muted-color));
    display: block;
    font-size: var(--actie-assessment-question-number-font-size, 0.875em);
    font-weight: normal;
  }

  .options {
    display: grid;
    gap: calc(var(--_actie-space) * 0.5);
    /* Wide enough for a long Dutch word beside the radio (for example "Coproducerend:"). */
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  }

  /* Yes / partly / no / don't know: two to a row on a phone, four on a wide screen. */
  .options--short {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
  }

  .option {
    align-items: center;
    background-color: var(--actie-assessment-option-background-color, var(--_actie-background-color));
    border: var(--_actie-border-width) solid var(--actie-assessment-option-border-color, var(--_actie-border-color));
    border-radius: var(--actie-assessment-option-border-radius, var(--_actie-border-radius));
    cursor: pointer;
    display: flex;
    gap: 0.6em;
    min-block-size: var(--actie-assessment-option-min-block-size, var(--_actie-target-min-size));
    padding-block: var(--actie-assessment-option-padding-block, 0.4em);
    padding-inline: var(--actie-assessment-option-padding-inline, 0.75em);
  }

  .option:hover {
    border-color: var(--actie-assessment-option-hover-border-color, var(--_actie-accent-color));
  }

  .option:has(:checked) {
    background-color: var(--actie-assessment-option-checked-background-color, var(--_actie-subtle-background-color));
    border-color: var(--actie-assessment-option-checked-border-color, var(--_actie-accent-color));
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  /* Lines break between words; a word longer than the card is hyphenated by the element's
     language (lang on the base), and only where the browser has no hyphenation for that language
     broken at the edge as a last resort, never anywhere in between. */
  .option__label {
    -webkit-hyphens: auto;
    hyphens: auto;
    min-inline-size: 0;
    overflow-wrap: break-word;
  }

  .option__radio {
    accent-color: var(--actie-assessment-radio-accent-color, var(--_actie-accent-color));
    block-size: var(--actie-assessment-radio-inline-size, 1.25em);
    flex: none;
    inline-size: var(--actie-assessment-radio-inline-size, 1.25em);
    margin: 0;
  }

  .help {
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  /* .help__toggle looks like the step introduction's toggle: see assessment.styles.ts */

  .help__text {
    background-color: var(--actie-assessment-help-background-color, var(--_actie-subtle-background-color));
    margin-block: calc(var(--_actie-space) * 0.25) 0;
    padding-block: calc(var(--_actie-space) * 0.5);
    padding-inline: calc(var(--_actie-space) * 0.75);
  }

  .question__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5) calc(var(--_actie-space) * 1.25);
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  .question__actions .link-button {
    text-align: start;
  }

  .note {
    display: grid;
    gap: calc(var(--_actie-space) * 0.25);
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  .note[hidden] {
    display: none;
  }

  .note__label {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .reflection {
    display: grid;
    gap: calc(var(--_actie-space) * 0.25);
  }

  .reflection__title {
    font-size: var(--actie-assessment-reflection-title-font-size, 1.125rem);
    margin: 0;
  }

  .text-input,
  .note__textarea {
    background-color: var(--actie-assessment-input-background-color, var(--_actie-background-color));
    border: var(--_actie-border-width) solid var(--actie-assessment-input-border-color, var(--_actie-border-color));
    border-radius: var(--actie-assessment-input-border-radius, var(--_actie-border-radius));
    color: var(--actie-assessment-input-color, var(--_actie-color));
    display: block;
    font: inherit;
    inline-size: 100%;
    max-inline-size: var(--actie-assessment-input-max-inline-size, 40em);
    min-block-size: var(--_actie-target-min-size);
    padding-block: var(--actie-assessment-input-padding-block, 0.4em);
    padding-inline: var(--actie-assessment-input-padding-inline, 0.6em);
  }

  .note__textarea {
    min-block-size: var(--actie-assessment-note-min-block-size, 6em);
    resize: vertical;
  }

  .question--text .text-input {
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  .question--text .question__legend {
    float: none;
  }

  .hint {
    color: var(--actie-assessment-hint-color, var(--_actie-muted-color));
    font-size: 0.875em;
    margin-block: calc(var(--_actie-space) * 0.25) 0;
  }

  /* Previous / next */
  .step-navigation {
    border-block-start: var(--_actie-border-width) solid var(--actie-assessment-divider-border-color, var(--_actie-border-color));
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.75);
    margin-block-start: calc(var(--_actie-space) * 1.5);
    padding-block-start: var(--_actie-space);
  }

  .step-navigation__next {
    margin-inline-start: auto;
  }

  /* Privacy and "delete my answers" */
  .privacy {
    border-block-start: var(--_actie-border-width) solid var(--actie-assessment-divider-border-color, var(--_actie-border-color));
    margin-block-start: calc(var(--_actie-space) * 2);
    padding-block-start: var(--_actie-space);
  }

  .privacy__heading {
    font-size: 1.125em;
  }

  .delete-confirm__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.75);
  }

  @media (forced-colors: active) {
    .step-button,
    .option,
    .question {
      border-color: CanvasText;
    }

    .step-button[aria-current='step'],
    .option:has(:checked) {
      border-color: Highlight;
    }

    .step-letter {
      border: 1px solid CanvasText;
    }
  }
`;
