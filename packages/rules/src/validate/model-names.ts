/**
 * What the input names, for cross-references that must not multiply one mistake. @internal
 *
 * @packageDocumentation
 */

import type { RuleCondition } from '../model/types.js';
import { ID_PATTERN, LIMITS, RESERVED_KEYS, isRecord, own } from './checker.js';
import { INTAKE_FACT, type RuleScope } from './rule.js';

/** Whether a value is text that {@link Checker.id} accepts. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_KEYS.has(value);
}

/**
 * The ids that the objects of a list in the input name, without other checks (for checking
 * references while the list has mistakes of its own); undefined when the list is not a list or
 * one of its items has no valid id, so that what refers to it cannot be told from a mistake.
 */
export function namedIds(list: unknown): string[] | undefined {
  // Empty lists are only named here when they are wrong (areas and questions need at least one).
  if (!Array.isArray(list) || list.length === 0 || list.length > LIMITS.list) return undefined;
  const ids: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const id = isRecord(item) ? own(item, 'id') : undefined;
    if (!isId(id)) return undefined;
    ids.push(id);
  }
  return ids;
}

/** The question ids the areas in the input name, as {@link namedIds}. */
export function namedQuestionIds(areas: unknown): Set<string> | undefined {
  if (!Array.isArray(areas) || areas.length === 0 || areas.length > LIMITS.list) return undefined;
  const ids = new Set<string>();
  for (let i = 0; i < areas.length; i++) {
    const area: unknown = areas[i];
    const questions = isRecord(area) ? namedIds(own(area, 'questions')) : undefined;
    if (!questions) return undefined;
    for (const id of questions) ids.add(id);
  }
  return ids;
}

/** The intake question ids the input names with their option values (undefined: any value), as {@link namedIds}. */
export function namedIntake(intake: unknown): Map<string, readonly string[] | undefined> | undefined {
  const ids = namedIds(intake);
  if (!ids || !Array.isArray(intake)) return undefined;
  return new Map(
    ids.map((id, i) => {
      const question = intake[i] as Record<string, unknown>;
      const options = own(question, 'options');
      let values: string[] | undefined;
      const kind = own(question, 'kind');
      if (
        (kind === 'choice' || kind === 'choices') &&
        Array.isArray(options) &&
        options.length > 0 &&
        options.length <= LIMITS.list
      ) {
        values = [];
        for (let j = 0; j < options.length; j++) {
          const option: unknown = options[j];
          const value = isRecord(option) ? own(option, 'value') : undefined;
          if (!isId(value)) {
            values = undefined;
            break;
          }
          values.push(value);
        }
      }
      return [id, values] as const;
    }),
  );
}

/** The intake question ids of kind `choices` the input names (undefined as {@link namedIds}). */
export function namedIntakeLists(intake: unknown): Set<string> | undefined {
  const ids = namedIds(intake);
  if (!ids || !Array.isArray(intake)) return undefined;
  const kinds = ids.map((_, i) => own(intake[i] as Record<string, unknown>, 'kind'));
  // A question whose own kind is broken could be either: then which ones take lists is not known.
  if (kinds.some((kind) => kind !== 'choice' && kind !== 'choices' && kind !== 'text')) return undefined;
  return new Set(ids.filter((_, i) => kinds[i] === 'choices'));
}

/** Whether a well-formed rule reads only questions and intake values that `scope` has. */
export function readsOnly(rule: RuleCondition, scope: RuleScope): boolean {
  if ('all' in rule) return rule.all.every((child) => readsOnly(child, scope));
  if ('any' in rule) return rule.any.every((child) => readsOnly(child, scope));
  if ('not' in rule) return readsOnly(rule.not, scope);
  if (rule.fact !== INTAKE_FACT) return scope.questions === undefined || scope.questions.has(rule.fact);
  if (scope.intake === undefined) return true;
  const path = rule.path ?? '';
  const allowed = scope.intake.get(path);
  const values: readonly string[] = typeof rule.value === 'string' ? [rule.value] : rule.value;
  const list = rule.operator === 'contains' || rule.operator === 'doesNotContain';
  return (
    scope.intake.has(path) &&
    (allowed === undefined || values.every((v) => allowed.includes(v))) &&
    (scope.intakeLists === undefined || scope.intakeLists.has(path) === list)
  );
}
