import { css, html, type TemplateResult } from 'lit';
import { icon } from './result-icons.js';

/**
 * A condition as a card in a list: a bar at its start in the colour (and line style) of its
 * status. Used by the results and the team overview, each with its own tokens mapped onto these
 * private variables in its `:host` rule:
 *
 *   --_actie-condition-border-width, --_actie-condition-border-color, --_actie-condition-padding-block,
 *   --_actie-condition-padding-inline, --_actie-condition-title-font-size, --_actie-condition-gap,
 *   --_actie-condition-good-color, --_actie-condition-needs-work-color, --_actie-condition-unknown-color,
 *   --_actie-on-plan-color
 */
export const conditionCardStyles = css`
  .conditions {
    list-style: none;
    margin-block: 0 var(--_actie-space);
    padding: 0;
  }

  .condition {
    border-inline-start: var(--_actie-condition-border-width, 0.3em) solid
      var(--_actie-condition-border-color, var(--_actie-border-color));
    break-inside: avoid;
    margin-block: 0 var(--_actie-condition-gap, var(--_actie-space));
    padding-block: var(--_actie-condition-padding-block, 0.25em);
    padding-inline: var(--_actie-condition-padding-inline, 0.75em);
  }

  .condition--needs-work {
    border-inline-start-color: var(--_actie-condition-needs-work-color);
    border-inline-start-style: double;
  }

  .condition--good {
    border-inline-start-color: var(--_actie-condition-good-color);
  }

  .condition--unknown {
    border-inline-start-color: var(--_actie-condition-unknown-color);
    border-inline-start-style: dotted;
  }

  .condition__title {
    font-size: var(--_actie-condition-title-font-size, 1rem);
    margin-block: 0 0.25em;
  }

  .on-plan {
    align-items: center;
    color: var(--_actie-on-plan-color, var(--_actie-good-color));
    display: inline-flex;
    font-weight: var(--basis-text-font-weight-bold, 700);
    gap: 0.35em;
    margin-block: 0 0.5em;
    min-block-size: var(--_actie-target-min-size);
  }

  .on-plan:focus-visible {
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .condition {
      border-color: CanvasText;
    }
    .on-plan {
      color: CanvasText;
    }
  }
`;

/** What {@link planControl} shows and does. */
export interface PlanControlOptions {
  /** Whether the condition is on the plan already. */
  readonly onPlan: boolean;
  /** Names the "on the plan" text, so focus can move there after adding (`data-on-plan`). */
  readonly focusKey: string;
  /** The condition's title, for the button's accessible name. */
  readonly title: string;
  /** "Zet op actieplan" and "Staat op het actieplan", in the element's language. */
  readonly addLabel: string;
  readonly onPlanLabel: string;
  /** Put the condition on the plan. */
  readonly add: () => void;
}

/**
 * "Add to action plan" under a condition, or "On the action plan" once it is there (the text
 * takes the focus from the button it replaces: the element moves it).
 */
export function planControl(o: PlanControlOptions): TemplateResult {
  return o.onPlan
    ? html`<p part="on-plan" class="on-plan" tabindex="-1" data-on-plan=${o.focusKey}>${icon('good')} ${o.onPlanLabel}</p>`
    : html`<button part="button add-button" class="button" type="button" @click=${o.add}>
        ${icon('plus')} ${o.addLabel}<span class="visually-hidden">: ${o.title}</span>
      </button>`;
}
