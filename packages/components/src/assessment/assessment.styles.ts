import { css } from 'lit';

/**
 * Styles of `<actie-assessment>`. Every visual value is a `--actie-assessment-*` token with a
 * fallback to the shared private variables of baseStyles. The layout puts the step list above the
 * form in a narrow container and beside it in a wide one (a container query, so it follows the
 * space the element gets, not the viewport). Nothing has a fixed width, so it reflows at 320 px
 * and 400% zoom.
 */
export const assessmentStyles = css`
  .assessment {
    container-type: inline-size;
    position: relative;
  }

  /* "Go to the first question": out of sight until it has keyboard focus, then on top. */
  .skip-link {
    background-color: var(--actie-button-primary-background-color, var(--_actie-accent-color));
    color: var(--actie-button-primary-color, var(--_actie-on-accent-color));
    font-weight: var(--basis-text-font-weight-bold, 700);
    min-block-size: var(--_actie-target-min-size);
    inset-block-start: 0;
    inset-inline-start: 0;
    padding: 0.6em 1em;
    position: absolute;
    transform: translateY(-200vh);
    z-index: 1;
  }

  .skip-link:focus {
    transform: none;
  }

  /* Layout: step list above the step (narrow), beside it (wide) */
  .layout {
    display: grid;
    gap: var(--actie-assessment-row-gap, var(--_actie-space)) var(--actie-assessment-column-gap, calc(var(--_actie-space) * 1.5));
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 48em) {
    .layout {
      align-items: start;
      grid-template-columns: minmax(0, var(--actie-assessment-step-list-inline-size, 16em)) minmax(0, 1fr);
    }

    .step-list__items,
    .step-list .step-list__items {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }

    .step-list__toggle {
      display: none;
    }
  }

  /* Progress: the bar and "12 of 46 questions answered" on one row (wrapping when narrow) */
  .progress {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) calc(var(--_actie-space) * 0.75);
    margin-block-end: calc(var(--actie-assessment-row-gap, var(--_actie-space)) * 0.5);
  }

  .progress__text {
    flex: 0 1 auto;
    margin: 0;
  }

  .progress__bar {
    accent-color: var(--actie-assessment-progress-accent-color, var(--_actie-accent-color));
    block-size: var(--actie-assessment-progress-block-size, 0.75rem);
    display: block;
    flex: 1 1 4em;
  }

  /* Step list: "Step 2 of 7" and a button for all steps in a narrow container; the whole list in a wide one */
  .step-list__head {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5);
    justify-content: space-between;
  }

  .step-list__toggle {
    justify-content: flex-start;
  }

  .step-list__items {
    display: none;
  }

  .step-list--open .step-list__items {
    display: grid;
    margin-block-start: calc(var(--_actie-space) * 0.5);
  }

  .step-list__items {
    gap: calc(var(--_actie-space) * 0.5);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11em), 1fr));
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .step-list__item {
    display: flex;
  }

  .step-button {
    align-items: center;
    background-color: var(--actie-assessment-step-button-background-color, var(--_actie-background-color));
    border: var(--_actie-border-width) solid var(--actie-assessment-step-button-border-color, var(--_actie-border-color));
    border-radius: var(--actie-assessment-step-button-border-radius, var(--_actie-border-radius));
    color: var(--actie-assessment-step-button-color, var(--_actie-color));
    cursor: pointer;
    display: grid;
    font: inherit;
    gap: 0.5em;
    grid-template-columns: auto minmax(0, 1fr) auto;
    inline-size: 100%;
    min-block-size: var(--actie-assessment-step-button-min-block-size, var(--_actie-target-min-size));
    padding-block: var(--actie-assessment-step-button-padding-block, 0.4em);
    padding-inline: var(--actie-assessment-step-button-padding-inline, 0.5em);
    text-align: start;
  }

  .step-button:hover {
    border-color: var(--actie-assessment-step-button-current-border-color, var(--_actie-accent-color));
  }

  .step-button:hover .step-button__title {
    text-decoration: underline;
  }

  .step-button[aria-current='step'] {
    background-color: var(--actie-assessment-step-button-current-background-color, var(--_actie-subtle-background-color));
    border-color: var(--actie-assessment-step-button-current-border-color, var(--_actie-accent-color));
    border-inline-start-width: 0.4em;
    color: var(--actie-assessment-step-button-current-color, var(--_actie-color));
  }

  .step-button[aria-current='step'] .step-button__title {
    font-weight: var(--basis-text-font-weight-bold, 700);
  }

  .step-button__text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .step-button__count {
    color: var(--actie-assessment-step-count-color, var(--_actie-muted-color));
    font-size: 0.875em;
  }

  .step-button__complete {
    align-items: center;
    color: var(--actie-assessment-step-complete-color, var(--_actie-good-color));
    display: inline-flex;
  }

  .step-letter {
    align-items: center;
    background-color: var(--actie-assessment-step-letter-background-color, var(--_actie-accent-color));
    border-radius: var(--actie-assessment-step-letter-border-radius, 50%);
    color: var(--actie-assessment-step-letter-color, var(--_actie-on-accent-color));
    display: inline-flex;
    flex: none;
    font-weight: var(--basis-text-font-weight-bold, 700);
    block-size: var(--actie-assessment-step-letter-inline-size, 2em);
    inline-size: var(--actie-assessment-step-letter-inline-size, 2em);
    justify-content: center;
  }

  .step-letter--empty {
    background-color: transparent;
  }

  /* The current step */
  .step {
    min-inline-size: 0;
  }

  .step-number {
    color: var(--actie-assessment-step-number-color, var(--_actie-muted-color));
    font-weight: var(--basis-text-font-weight-bold, 700);
    margin: 0;
  }

  @container (min-width: 48em) {
    .step-number {
      margin-block-end: calc(var(--_actie-space) * 0.5);
    }
  }

  .step-heading {
    scroll-margin-block-start: var(--actie-assessment-scroll-margin-block-start, 1rem);
  }

  .step-heading .step-letter {
    font-size: 0.8em;
    margin-inline-end: 0.25em;
    vertical-align: middle;
  }

  .step-heading {
    margin-block-end: 0;
  }

  .page-number {
    color: var(--actie-assessment-step-number-color, var(--_actie-muted-color));
    margin-block: calc(var(--_actie-space) * 0.25) 0;
  }

  /* The step's introduction, folded (a disclosure, as NL Design System's Details) */
  .step-intro {
    margin-block: calc(var(--_actie-space) * 0.25) calc(var(--_actie-space) * 0.75);
  }

  /* The toggles of the folded texts: the step's introduction and a question's "more information" */
  .step-intro__toggle,
  .help__toggle {
    color: var(--actie-link-color, var(--_actie-accent-color));
    cursor: pointer;
    inline-size: fit-content;
    max-inline-size: 100%;
    padding-block: 0.25em;
    text-decoration: underline;
  }

  .step-intro .step-summary {
    background-color: var(--actie-assessment-help-background-color, var(--_actie-subtle-background-color));
    margin-block-start: calc(var(--_actie-space) * 0.25);
    padding-block: calc(var(--_actie-space) * 0.5);
    padding-inline: calc(var(--_actie-space) * 0.75);
  }

  .step-intro .step-summary :last-child {
    margin-block-end: 0;
  }

  .step-summary {
    margin-block-end: var(--_actie-space);
  }

  .attribution {
    color: var(--actie-assessment-attribution-color, var(--_actie-muted-color));
    font-size: var(--actie-assessment-attribution-font-size, 0.875em);
    margin-block-start: calc(var(--_actie-space) * 2);
  }

  .attribution__heading {
    font-size: 1em;
    margin: 0;
  }

  .reanswer {
    margin-block: calc(var(--_actie-space) * 0.5);
  }

  /* The bar the form becomes after "finish" */
  .finished {
    align-items: center;
    background-color: var(--actie-notice-background-color, var(--_actie-subtle-background-color));
    border-inline-start: 0.35em solid var(--actie-assessment-step-complete-color, var(--_actie-good-color));
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5) var(--_actie-space);
    padding: calc(var(--_actie-space) * 0.75) var(--_actie-space);
  }

  .finished__heading {
    align-items: center;
    display: flex;
    font-size: 1.125em;
    gap: 0.4em;
    margin: 0;
    scroll-margin-block-start: var(--actie-assessment-scroll-margin-block-start, 1rem);
  }

  .finished__heading .icon {
    color: var(--actie-assessment-step-complete-color, var(--_actie-good-color));
  }

  .finished__text {
    flex: 1 1 16em;
    margin: 0;
  }

  @media (forced-colors: active) {
    .finished {
      border: 1px solid CanvasText;
    }
  }
`;
