/**
 * What the plan exports share: the columns of an agreement as text, and the deadline check. @internal
 *
 * @packageDocumentation
 */

import { localize } from '../localize.js';
import type { ActieModel } from '../model/types.js';
import type { PlanStrings } from '../report/strings.js';
import { isIsoDate } from '../dates.js';
import type { Agreement } from '../plan/types.js';

/**
 * Whether an agreement is past its deadline: it is not done and its deadline lies before today.
 *
 * @param agreement - The agreement.
 * @param today - Today as `YYYY-MM-DD` (the user's local date).
 * @throws RangeError when `today` is not a date like `2027-03-31` (a programmer error).
 */
export function isOverdue(agreement: Agreement, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError(`isOverdue: today must be a date like "2027-03-31", got "${today}".`);
  return agreement.status !== 'done' && !!agreement.when && agreement.when < today;
}

export type Column = keyof PlanStrings['columns'];

export const COLUMNS: readonly Column[] = ['what', 'who', 'when', 'status', 'condition'];

export function conditionLabel(id: string | undefined, model: ActieModel | undefined, lang: string): string {
  if (!id) return '';
  const condition = model?.conditions.find((c) => c.id === id);
  const title = condition && model ? localize(condition.title, lang, model.languages) : '';
  return title ? `${id} · ${title}` : id;
}

/** The cells of one agreement, as plain text, in {@link COLUMNS} order. */
export function cells(a: Agreement, s: PlanStrings, model: ActieModel | undefined, lang: string): Record<Column, string> {
  return {
    what: a.what,
    who: a.who,
    when: a.when ?? '',
    status: s.status[a.status],
    condition: conditionLabel(a.condition, model, lang),
  };
}
