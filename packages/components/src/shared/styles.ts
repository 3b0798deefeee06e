import { css } from 'lit';

/**
 * Styles every ACTIE element shares (what only the elements that show results use is in
 * ./result-styles.ts, so the assessment does not load it). Every visual value is a custom property named
 * `--actie-<component>-<part>-<css-property>` (NL Design System convention). Each falls back to an
 * NL Design System common token (`--basis-*`, `--nl-*`) where one fits, then to our default, so a
 * page with an NL Design System theme needs no extra work. Defaults use `light-dark()`, so they
 * follow the page's `color-scheme`.
 *
 * Private variables (`--_actie-*`) are not API; docs/theming.md lists the public tokens.
 */
export const baseStyles = css`
  :host {
    --_actie-color: var(--actie-color, var(--basis-color-default-color-document, light-dark(#1b1b1b, #f1f1f1)));
    --_actie-background-color: var(
      --actie-background-color,
      var(--basis-color-default-bg-document, light-dark(#ffffff, #161616))
    );
    --_actie-subtle-background-color: var(
      --actie-subtle-background-color,
      var(--basis-color-default-bg-subtle, light-dark(#f3f4f6, #232323))
    );
    --_actie-muted-color: var(--actie-muted-color, var(--basis-color-default-color-subtle, light-dark(#4a4a4a, #c8c8c8)));
    --_actie-border-color: var(--actie-border-color, var(--basis-color-default-border-default, light-dark(#767676, #8f8f8f)));
    --_actie-border-width: var(--actie-border-width, var(--basis-border-width-sm, 1px));
    --_actie-border-radius: var(--actie-border-radius, var(--basis-border-radius-md, 4px));
    --_actie-accent-color: var(--actie-accent-color, var(--basis-color-action-1-color-default, light-dark(#154273, #9cc3ff)));
    --_actie-accent-hover-color: var(
      --actie-accent-hover-color,
      var(--basis-color-action-1-color-hover, light-dark(#0b2a4d, #c4dbff))
    );
    --_actie-on-accent-color: var(--actie-on-accent-color, light-dark(#ffffff, #0b1a2e));
    --_actie-good-color: var(--actie-good-color, var(--basis-color-positive-color-default, light-dark(#0f6b2f, #7fdc9a)));
    --_actie-needs-work-color: var(
      --actie-needs-work-color,
      var(--basis-color-negative-color-default, light-dark(#a4261b, #ff9d92))
    );
    --_actie-mixed-color: var(--actie-mixed-color, var(--basis-color-warning-color-default, light-dark(#7a4a00, #ffc266)));
    --_actie-unknown-color: var(--actie-unknown-color, light-dark(#545454, #c2c2c2));
    --_actie-focus-outline-color: var(
      --actie-focus-outline-color,
      var(--basis-focus-outline-color, light-dark(#000000, #ffffff))
    );
    --_actie-focus-outline-width: var(--actie-focus-outline-width, 3px);
    --_actie-font-family: var(--actie-font-family, var(--basis-text-font-family-default, inherit));
    --_actie-font-size: var(--actie-font-size, var(--basis-text-font-size-md, 1rem));
    --_actie-line-height: var(--actie-line-height, var(--basis-text-line-height-md, 1.5));
    --_actie-heading-font-family: var(--actie-heading-font-family, var(--basis-heading-font-family, inherit));
    --_actie-space: var(--actie-space, var(--basis-space-block-md, 1rem));
    --_actie-target-min-size: var(--actie-pointer-target-min-block-size, var(--basis-pointer-target-min-block-size, 44px));

    display: block;
    box-sizing: border-box;
    color: var(--_actie-color);
    font-family: var(--_actie-font-family);
    font-size: var(--_actie-font-size);
    line-height: var(--_actie-line-height);
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h2,
  h3,
  h4 {
    font-family: var(--_actie-heading-font-family);
    line-height: 1.25;
    margin-block: 0 calc(var(--_actie-space) * 0.5);
  }

  p {
    margin-block: 0 calc(var(--_actie-space) * 0.75);
  }

  :focus-visible {
    outline: var(--_actie-focus-outline-width) solid var(--_actie-focus-outline-color);
    outline-offset: 2px;
  }

  .visually-hidden {
    border: 0;
    clip: rect(0 0 0 0);
    block-size: 1px;
    inline-size: 1px;
    margin: -1px;
    overflow: hidden;
    padding: 0;
    position: absolute;
    white-space: nowrap;
  }

  /* Buttons: at least 44 px high by default (WCAG 2.5.8 asks 24 px). */
  .button {
    align-items: center;
    background-color: var(--actie-button-background-color, var(--_actie-background-color));
    border: var(--_actie-border-width) solid var(--actie-button-border-color, var(--_actie-accent-color));
    border-radius: var(--actie-button-border-radius, var(--_actie-border-radius));
    color: var(--actie-button-color, var(--_actie-accent-color));
    cursor: pointer;
    display: inline-flex;
    font: inherit;
    font-weight: var(--actie-button-font-weight, var(--basis-text-font-weight-bold, 700));
    gap: 0.5em;
    justify-content: center;
    min-block-size: var(--_actie-target-min-size);
    min-inline-size: var(--_actie-target-min-size);
    padding-block: 0.25em;
    padding-inline: var(--actie-button-padding-inline, 1em);
    text-align: center;
  }

  .button:hover {
    border-color: var(--actie-button-hover-border-color, var(--_actie-accent-hover-color));
    color: var(--actie-button-hover-color, var(--_actie-accent-hover-color));
    text-decoration: underline;
  }

  .button--primary {
    background-color: var(
      --actie-button-primary-background-color,
      var(--nl-button-primary-background-color, var(--_actie-accent-color))
    );
    border-color: var(
      --actie-button-primary-background-color,
      var(--nl-button-primary-background-color, var(--_actie-accent-color))
    );
    color: var(--actie-button-primary-color, var(--nl-button-primary-color, var(--_actie-on-accent-color)));
  }

  .button--primary:hover {
    background-color: var(--actie-button-primary-hover-background-color, var(--_actie-accent-hover-color));
    border-color: var(--actie-button-primary-hover-background-color, var(--_actie-accent-hover-color));
    color: var(--actie-button-primary-color, var(--nl-button-primary-color, var(--_actie-on-accent-color)));
  }

  .button--subtle {
    border-color: transparent;
  }

  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .link-button {
    background: none;
    border: 0;
    color: var(--actie-link-color, var(--_actie-accent-color));
    cursor: pointer;
    font: inherit;
    min-block-size: 24px;
    padding: 0;
    text-decoration: underline;
  }

  /* Error summary and notices */
  .notice {
    background-color: var(--actie-notice-background-color, var(--_actie-subtle-background-color));
    border-inline-start: 0.35em solid var(--actie-notice-border-color, var(--_actie-accent-color));
    margin-block: 0 var(--_actie-space);
    padding: calc(var(--_actie-space) * 0.75) var(--_actie-space);
  }

  .notice--error {
    border-inline-start-color: var(--actie-error-border-color, var(--_actie-needs-work-color));
  }

  .notice :last-child {
    margin-block-end: 0;
  }

  .icon {
    block-size: 1.1em;
    fill: none;
    flex: none;
    inline-size: 1.1em;
    stroke: currentColor;
    stroke-linecap: round;
    stroke-linejoin: round;
    stroke-width: 2.5;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      scroll-behavior: auto !important;
      transition-duration: 0.01ms !important;
    }
  }

  @media (forced-colors: active) {
    .button,
    .notice {
      border-color: ButtonText;
    }
  }

  @media print {
    button,
    .button {
      display: none !important;
    }
  }
`;
