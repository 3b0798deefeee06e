import { proposeAgreement } from '@actie/rules/core';
import type { ActionPlan, Agreement } from '@actie/rules';
import { ActiePlanChangeEvent } from './events.js';

/** The plan of a new session. */
export const EMPTY_PLAN: ActionPlan = { agreements: [] };

/** The plan with one agreement changed (text fields as given, an empty deadline dropped). */
export function withAgreementChanged(plan: ActionPlan, id: string, changes: Partial<Omit<Agreement, 'id'>>): ActionPlan {
  return { agreements: plan.agreements.map((a) => (a.id === id ? cleanAgreement({ ...a, ...changes }) : a)) };
}

/** The plan with an open agreement for a condition added at the end, `what` as its text. */
export function withCondition(plan: ActionPlan, condition: string, what: string): ActionPlan {
  return { agreements: [...plan.agreements, proposeAgreement(condition, what, plan.agreements)] };
}

/**
 * The plan with an agreement moved one place up (-1) or down (+1), and its new index; undefined
 * when it cannot move (unknown id, already first or last).
 */
export function withAgreementMoved(
  plan: ActionPlan,
  id: string,
  delta: -1 | 1,
): { readonly plan: ActionPlan; readonly to: number } | undefined {
  const agreements = [...plan.agreements];
  const from = agreements.findIndex((a) => a.id === id);
  const to = from + delta;
  const agreement = agreements[from];
  if (from < 0 || !agreement || to < 0 || to >= agreements.length) return undefined;
  agreements.splice(from, 1);
  agreements.splice(to, 0, agreement);
  return { plan: { agreements }, to };
}

/** The public `actie-plan-change` event: bubbles, crosses shadow roots, carries the whole plan. */
export function planChangeEvent(plan: ActionPlan): ActiePlanChangeEvent {
  return new ActiePlanChangeEvent(plan);
}

/** Drop an empty condition and an empty deadline of an agreement. */
function cleanAgreement(a: Agreement): Agreement {
  const { when, condition, ...rest } = a;
  return { ...rest, ...(condition ? { condition } : {}), ...(when ? { when } : {}) };
}
