import { css } from 'lit';

/**
 * Styles that the elements showing results share (`<actie-results>`, `<actie-action-plan>`,
 * `<actie-team-overview>`, with their condition cards and file pickers), on top of
 * {@link baseStyles}: rows of counts and buttons, status labels, file choosing. A module of its own
 * so that the code before the first question (`<actie-assessment>`) does not carry them. Put it
 * right after `baseStyles` in an element's `styles`.
 */
export const resultStyles = css`
  /* A row of counts ("3 gaan al goed", "Open: 2"). */
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.25) var(--_actie-space);
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  /* A row of buttons that wraps on narrow screens. */
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5);
    margin-block: 0 var(--_actie-space);
  }

  /* File choosing: our own button and status (the native input is hidden; a host may show it) */
  .file-input {
    font: inherit;
    max-inline-size: 100%;
    min-block-size: var(--_actie-target-min-size);
  }

  .file-picker {
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_actie-space) * 0.5) var(--_actie-space);
  }

  .file-status {
    color: var(--_actie-muted-color);
  }

  .status {
    align-items: center;
    display: inline-flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.35em;
  }

  .status--good {
    color: var(--_actie-good-color);
  }

  .status--needs-work {
    color: var(--_actie-needs-work-color);
  }

  .status--mixed {
    color: var(--_actie-mixed-color);
  }

  .status--unknown {
    color: var(--_actie-unknown-color);
  }

  @media (forced-colors: active) {
    .status--good,
    .status--mixed,
    .status--needs-work,
    .status--unknown {
      color: CanvasText;
    }
  }

  /* What only paper shows: the print header of the results and the plan, headed by its title. */
  .print-only {
    display: none;
  }

  @media print {
    .no-print {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .print-title {
      font-size: 1.6em;
      font-weight: var(--basis-text-font-weight-bold, 700);
      margin-block: 0 0.25em;
    }
  }
`;
