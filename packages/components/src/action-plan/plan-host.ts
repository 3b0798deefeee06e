import type { ReactiveControllerHost } from 'lit';
import type { ActionPlan } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import type { SessionStore } from '../session/store.js';
import type { PlanKey } from './action-plan.strings.js';

/**
 * What the controllers of `<actie-action-plan>` that speak (the proposal, the import) read of it:
 * it renders again on request, speaks its language, and holds the session and its plan.
 */
export interface PlanHost extends ReactiveControllerHost, Texts<PlanKey> {
  readonly store: SessionStore | undefined;
  /** The current plan (the session's, or none yet). */
  readonly plan: ActionPlan;
  /** A prefix for ids in the shadow root. */
  readonly idPrefix: string;
}

/** What those controllers do in the element besides their own state: say something, and save a new plan. */
export interface PlanActions {
  readonly announce: (text: string) => void;
  readonly setPlan: (plan: ActionPlan) => void;
}
