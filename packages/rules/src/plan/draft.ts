import { localize } from '../localize.js';
import type { AssessmentResult } from '../score/types.js';
import { LIMITS } from '../validate/limits.js';
import type { ActionPlan, Agreement } from './types.js';

/** Options of {@link draftPlan}. */
export interface DraftPlanOptions {
  /** Also propose an agreement for every "find this out" point (default: only improvements). */
  readonly findOut?: boolean;
}

/**
 * Propose an action plan: one open agreement per point of attention and per condition that needs
 * work (and, when asked, per "find this out" point), with the action point's agreement text as
 * "what". Offers (points about the initiative in a stepping-back stance) are not proposed. "Who"
 * and "when" are left for the team to fill in.
 *
 * @param result - A scored assessment.
 * @param lang - The language of the proposed texts.
 * @param existing - A plan to extend: conditions it already covers get no second agreement.
 * @param options - What to propose.
 */
export function draftPlan(
  result: AssessmentResult,
  lang: string,
  existing?: ActionPlan,
  options: DraftPlanOptions = {},
): ActionPlan {
  const agreements: Agreement[] = [...(existing?.agreements ?? [])];
  const covered = new Set(agreements.map((a) => a.condition));
  for (const point of result.actionPoints) {
    if (covered.has(point.condition) || point.offer || (point.kind === 'find-out' && !options.findOut)) continue;
    agreements.push(proposeAgreement(point.condition, localize(point.agreement, lang), agreements));
    covered.add(point.condition);
  }
  return { agreements };
}

/**
 * A new open agreement for a condition, with an id not yet used in `existing`: `a-` and the
 * condition id, then `-2`, `-3`, … when taken. A condition id may itself be 64 characters long, so
 * the id is shortened where needed to stay within the `LIMITS.id` (64) characters a plan accepts.
 */
export function proposeAgreement(condition: string | undefined, what: string, existing: readonly Agreement[]): Agreement {
  const used = new Set(existing.map((a) => a.id));
  const base = condition ? `a-${condition}` : 'a';
  let id = base.slice(0, LIMITS.id);
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, LIMITS.id - suffix.length)}${suffix}`;
  }
  return { id, ...(condition ? { condition } : {}), what, who: '', status: 'open' };
}
