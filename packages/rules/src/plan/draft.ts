import { localize } from '../localize.js';
import type { AssessmentResult } from '../score/types.js';
import type { ActionPlan, Agreement } from './types.js';

/**
 * Propose an action plan: one open agreement per condition that needs work, with the condition's
 * action point as "what". "Who" and "when" are left for the team to fill in.
 *
 * @param result - A scored assessment.
 * @param lang - The language of the proposed texts.
 * @param existing - A plan to extend: conditions it already covers get no second agreement.
 */
export function draftPlan(result: AssessmentResult, lang: string, existing?: ActionPlan): ActionPlan {
  const agreements: Agreement[] = [...(existing?.agreements ?? [])];
  const covered = new Set(agreements.map((a) => a.condition));
  for (const condition of result.needsWork) {
    if (covered.has(condition.id) || !condition.actionPoint) continue;
    agreements.push(proposeAgreement(condition.id, localize(condition.actionPoint.text, lang), agreements));
  }
  return { agreements };
}

/** A new open agreement for a condition, with an id not yet used in `existing`. */
export function proposeAgreement(condition: string | undefined, what: string, existing: readonly Agreement[]): Agreement {
  const used = new Set(existing.map((a) => a.id));
  const base = condition ? `a-${condition}` : 'a';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return { id, ...(condition ? { condition } : {}), what, who: '', status: 'open' };
}
