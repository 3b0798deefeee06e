/**
 * Checking the conditions of a model, completing them and putting them in order. @internal
 *
 * @packageDocumentation
 */

import type { Area, Condition } from '../model/types.js';
import { own, quote } from './checker.js';
import { isId } from './model-names.js';
import { POINT_KEYS, checkPointTexts, checkVariants, type ModelScope } from './model-points.js';
import { checkRule, ruleQuestions } from './rule.js';

/** Order conditions by area and by the position of the first question they read. */
export function sortConditions(conditions: Condition[], areas: readonly Area[]): Condition[] {
  const position = new Map<string, number>();
  let n = 0;
  for (const area of areas) for (const q of area.questions) position.set(q.id, n++);
  const areaIndex = new Map(areas.map((a, i) => [a.id, i]));
  const first = (cond: Condition): number =>
    Math.min(...[...ruleQuestions(cond.when)].map((id) => position.get(id) ?? Number.MAX_SAFE_INTEGER));
  return conditions
    .map((cond, i) => ({ cond, i }))
    .sort(
      (a, b) =>
        (areaIndex.get(a.cond.area) ?? 0) - (areaIndex.get(b.cond.area) ?? 0) || first(a.cond) - first(b.cond) || a.i - b.i,
    )
    .map((x) => x.cond);
}

export function checkConditions(m: ModelScope, value: unknown): Condition[] | undefined {
  const { c, t, options, areas: areaIds } = m;
  const keys = ['id', 'area', 'title', 'level', 'when', 'action', 'agreement', 'variants', ...POINT_KEYS];
  const spec = { list: 'The list of conditions', item: 'A condition', keys, whole: true, unique: 'Condition' };
  return c.items(value, ['conditions'], spec, (cond, path): Condition | undefined => {
    const id = c.id(own(cond, 'id'), [...path, 'id'], 'The condition id');
    const areaValue = own(cond, 'area');
    const areaList = areaIds === undefined ? '' : ` Areas: ${[...areaIds].join(', ')}.`;
    let area: string | undefined;
    if (areaValue === undefined) c.add([...path, 'area'], 'required', `The condition's area is missing.${areaList}`);
    else if (typeof areaValue !== 'string')
      c.add([...path, 'area'], 'type', `The condition's area must be an area id (text), but it is ${quote(areaValue)}.`);
    else if (areaIds === undefined ? isId(areaValue) : areaIds.has(areaValue)) area = areaValue;
    else if (areaIds === undefined)
      c.add([...path, 'area'], 'invalid-value', `The condition's area ${quote(areaValue)} is not a valid area id.`);
    else c.add([...path, 'area'], 'unknown-reference', `The condition's area ${quote(areaValue)} does not exist.${areaList}`);
    const title = t(own(cond, 'title'), [...path, 'title'], 'The condition title');
    const when = checkRule(c, own(cond, 'when'), [...path, 'when'], m.rules);
    if (when && ruleQuestions(when).size === 0) {
      c.add([...path, 'when'], 'invalid-value', 'A condition must read at least one question, not only the intake.');
    }
    const action = t(own(cond, 'action'), [...path, 'action'], 'The action point');
    const agreement =
      own(cond, 'agreement') === undefined ? undefined : t(own(cond, 'agreement'), [...path, 'agreement'], 'The agreement text');
    const variants =
      own(cond, 'variants') === undefined ? [] : checkVariants(c, own(cond, 'variants'), [...path, 'variants'], t, options);
    const level =
      own(cond, 'level') === undefined
        ? undefined
        : c.oneOf(own(cond, 'level'), ['frontline', 'organisation'] as const, [...path, 'level'], 'The level');
    const points = checkPointTexts(c, cond, path, t, options, false);
    if (!id || !area || !title || !when || !action || !variants) return undefined;
    return {
      id,
      area,
      title,
      ...(level ? { level } : {}),
      when,
      action,
      ...(agreement ? { agreement } : {}),
      ...(variants.length ? { variants } : {}),
      ...points,
    };
  });
}
