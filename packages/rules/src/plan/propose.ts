// A module of its own: a page that adds agreements by hand (the session store) needs this, not
// draftPlan's ranking and its model checks.
import { LIMITS } from '../validate/limits.js';
import type { Agreement } from './types.js';

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
