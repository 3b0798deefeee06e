import { localize } from '../localize.js';
import { usableModel } from '../model/trusted.js';
import type { ActieModel } from '../model/types.js';
import type { AssessmentResult } from '../score/types.js';
import { PROPOSAL_SIZE, ranked } from './prioritise.js';
import { proposeAgreement } from './propose.js';
import type { ActionPlan, Agreement } from './types.js';

/** Options of {@link draftPlan}. */
export interface DraftPlanOptions {
  /** Also propose an agreement for "find this out" points, after the rest (default: only improvements and points of attention). */
  readonly findOut?: boolean;
  /**
   * At most this many new agreements (default {@link PROPOSAL_SIZE}, 5): a plan is a few
   * priorities. `Infinity` proposes every point.
   */
  readonly limit?: number;
  /** The model the result was scored with: lets advice written for the situation rank higher (see `prioritise`). */
  readonly model?: ActieModel;
}

/**
 * Propose an action plan: open agreements for the most important action points that the plan does
 * not cover yet, in the order of `prioritise` (decisive points of the situation, decisive points,
 * advice for this situation, the rest), at most `limit` (5) of them, with the action point's
 * agreement text as "what". Offers (points about the initiative in a stepping-back stance) are
 * never proposed. "Who" and "when" are left for the team to fill in.
 *
 * @param result - A scored assessment.
 * @param lang - The language of the proposed texts.
 * @param existing - A plan to extend: conditions it already covers get no second agreement.
 * @param options - How many, and what to propose.
 */
export function draftPlan(
  result: AssessmentResult,
  lang: string,
  existing?: ActionPlan,
  options: DraftPlanOptions = {},
): ActionPlan {
  const agreements: Agreement[] = [...(existing?.agreements ?? [])];
  const covered = agreements.flatMap((a) => (a.condition ? [a.condition] : []));
  // A model that cannot be used is left out (as without one), never a reason to throw.
  const model = usableModel(options.model);
  const ownAdvice = model ? new Map(model.conditions.map((c) => [c.id, c.action])) : undefined;
  const priorities = ranked(result, ownAdvice, { exclude: covered, findOut: options.findOut === true });
  for (const { point } of priorities.slice(0, Math.max(0, options.limit ?? PROPOSAL_SIZE))) {
    agreements.push(proposeAgreement(point.condition, localize(point.agreement, lang), agreements));
  }
  return { agreements };
}
