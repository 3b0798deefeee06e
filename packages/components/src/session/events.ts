import type { ActionPlan } from '@actie/rules';

/**
 * What changed, in the `actie-store-change` event of a `SessionStore` and the
 * `actie-session-change` event of `<actie-session>`.
 */
export type StoreChange =
  'model' | 'answers' | 'intake' | 'notes' | 'plan' | 'step' | 'result' | 'storage' | 'reset' | 'import' | 'reflections';

/** Detail of the `actie-plan-change` event: the whole new action plan. */
export interface ActiePlanChangeDetail {
  readonly plan: ActionPlan;
}

/** Detail of the `actie-session-change` event: what changed. */
export interface ActieSessionChangeDetail {
  readonly change: StoreChange;
}

/**
 * `actie-plan-change`: after every change of the action plan, on the element that made it (else
 * on `<actie-session>`). Bubbles and crosses shadow roots; carries the whole new plan.
 */
export class ActiePlanChangeEvent extends CustomEvent<ActiePlanChangeDetail> {
  static readonly eventName = 'actie-plan-change';
  constructor(plan: ActionPlan) {
    super(ActiePlanChangeEvent.eventName, { bubbles: true, composed: true, detail: { plan } });
  }
}

/** `actie-session-change`: on `<actie-session>` after any change of the session. Bubbles, crosses shadow roots. */
export class ActieSessionChangeEvent extends CustomEvent<ActieSessionChangeDetail> {
  static readonly eventName = 'actie-session-change';
  constructor(change: StoreChange) {
    super(ActieSessionChangeEvent.eventName, { bubbles: true, composed: true, detail: { change } });
  }
}

declare global {
  interface HTMLElementEventMap {
    'actie-plan-change': ActiePlanChangeEvent;
    'actie-session-change': ActieSessionChangeEvent;
  }
}
