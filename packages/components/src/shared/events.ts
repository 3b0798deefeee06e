import type { ActionPlan } from '@actie/rules';

/** Detail of the `actie-plan-change` event: the whole new action plan. */
export interface ActiePlanChangeDetail {
  readonly plan: ActionPlan;
}

declare global {
  interface HTMLElementEventMap {
    'actie-plan-change': CustomEvent<ActiePlanChangeDetail>;
  }
}
