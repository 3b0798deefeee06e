import { ANSWER_VALUES, type RuleCondition, type RuleLeaf, type RuleOperator } from '../model/types.js';
import type { Checker } from './checker.js';
import { LIMITS, own, quote, type Path } from './checker.js';

/** The fact name under which intake answers reach the rules. */
export const INTAKE_FACT = 'intake';

const OPERATORS: readonly RuleOperator[] = ['equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain'];
/** The operators for an intake question of kind `choices`, whose answer is a list. */
const LIST_OPERATORS: readonly RuleOperator[] = ['contains', 'doesNotContain'];

/**
 * What a rule may refer to: question ids and intake questions with their allowed values. A part
 * is undefined when the model's own list has mistakes that hide which ids it has; references to
 * it are then not checked (that list's own errors are reported instead).
 */
export interface RuleScope {
  readonly questions: ReadonlySet<string> | undefined;
  /** Intake question id → allowed values (undefined for free text). */
  readonly intake: ReadonlyMap<string, readonly string[] | undefined> | undefined;
  /** The intake questions of kind `choices` (a list of options), compared with `contains` / `doesNotContain`. */
  readonly intakeLists?: ReadonlySet<string>;
}

/**
 * Check a json-rules-engine condition tree against the model: known facts and intake paths,
 * allowed operators and values, bounded depth and size. Returns a clean copy, or undefined.
 */
export function checkRule(c: Checker, value: unknown, path: Path, scope: RuleScope): RuleCondition | undefined {
  const counter = { leaves: 0 };
  const before = c.errors.length;
  const rule = checkNode(c, value, path, scope, 0, counter);
  return c.errors.length === before ? rule : undefined;
}

function checkNode(
  c: Checker,
  value: unknown,
  path: Path,
  scope: RuleScope,
  depth: number,
  counter: { leaves: number },
): RuleCondition | undefined {
  if (depth > LIMITS.ruleDepth) {
    c.add(path, 'too-deep', `This rule is nested more than ${LIMITS.ruleDepth} levels deep.`);
    return undefined;
  }
  const node = c.record(value, path, 'A rule condition');
  if (!node) return undefined;
  const keys = Object.keys(node);
  for (const group of ['all', 'any'] as const) {
    if (keys.includes(group)) {
      c.knownKeys(node, [group], path, `An "${group}" condition`);
      const items = c.list(own(node, group), [...path, group], `The "${group}" list`, 1, LIMITS.ruleLeaves);
      if (!items) return undefined;
      const children = items.map((item, i) => checkNode(c, item, [...path, group, i], scope, depth + 1, counter));
      if (children.some((child) => child === undefined)) return undefined;
      return group === 'all' ? { all: children as RuleCondition[] } : { any: children as RuleCondition[] };
    }
  }
  if (keys.includes('not')) {
    c.knownKeys(node, ['not'], path, 'A "not" condition');
    const child = checkNode(c, own(node, 'not'), [...path, 'not'], scope, depth + 1, counter);
    return child ? { not: child } : undefined;
  }
  return checkLeaf(c, node, path, scope, counter);
}

function checkLeaf(
  c: Checker,
  node: Record<string, unknown>,
  path: Path,
  scope: RuleScope,
  counter: { leaves: number },
): RuleLeaf | undefined {
  counter.leaves += 1;
  if (counter.leaves > LIMITS.ruleLeaves) {
    c.add(path, 'too-large', `This rule has more than ${LIMITS.ruleLeaves} comparisons.`);
    return undefined;
  }
  if (!('fact' in node)) {
    c.add(path, 'required', 'A rule condition needs "all", "any" or "not", or a comparison with "fact", "operator" and "value".');
    return undefined;
  }
  c.knownKeys(node, ['fact', 'operator', 'value', 'path'], path, 'A comparison');
  const fact = own(node, 'fact');
  const operator = c.oneOf(own(node, 'operator'), OPERATORS, [...path, 'operator'], 'The operator');
  let allowed: readonly string[] | undefined;
  let factPath: string | undefined;
  if (fact === INTAKE_FACT) {
    const p = own(node, 'path');
    if (typeof p !== 'string' || (scope.intake ? !scope.intake.has(p) : p === '')) {
      const names = scope.intake ? [...scope.intake.keys()].join(', ') || '(none)' : 'see the intake';
      c.add(
        [...path, 'path'],
        p === undefined ? 'required' : 'unknown-reference',
        `A comparison on "intake" needs "path" with an intake question id (${names}); got ${quote(p)}.`,
      );
      return undefined;
    }
    factPath = p;
    allowed = scope.intake?.get(p);
  } else if (typeof fact === 'string' && (scope.questions ? scope.questions.has(fact) : fact !== '')) {
    if (own(node, 'path') !== undefined) {
      c.add([...path, 'path'], 'invalid-value', `"path" is only used with the "intake" fact; remove it here.`);
    }
    allowed = ANSWER_VALUES;
  } else {
    c.add(
      [...path, 'fact'],
      typeof fact === 'string' ? 'unknown-reference' : 'type',
      `The rule refers to ${quote(fact)}, which is not a question of this model (or "intake").`,
    );
    return undefined;
  }
  if (!operator) return undefined;
  const isList = factPath !== undefined && scope.intakeLists?.has(factPath) === true;
  // Which intake questions take several options is not known when the intake has mistakes of its
  // own: then the operator is not held against it (one problem, one error).
  const listsKnown = factPath === undefined || scope.intakeLists !== undefined;
  if (listsKnown && isList !== LIST_OPERATORS.includes(operator)) {
    c.add(
      [...path, 'operator'],
      'invalid-value',
      isList
        ? `Intake question "${factPath ?? ''}" takes several options, so compare it with "contains" or "doesNotContain" and one option.`
        : `"${operator}" is only for intake questions that take several options; use "equal", "notEqual", "in" or "notIn" here.`,
    );
    return undefined;
  }
  const raw = own(node, 'value');
  const list = operator === 'in' || operator === 'notIn';
  if (list && (!Array.isArray(raw) || raw.length === 0 || raw.length > 50)) {
    c.add([...path, 'value'], 'type', `With "${operator}", "value" must be a list of 1 to 50 values.`);
    return undefined;
  }
  const values: unknown[] = list && Array.isArray(raw) ? c.dense(raw, [...path, 'value'], 'The list of values') : [raw];
  for (const [i, v] of values.entries()) {
    const vPath = list ? [...path, 'value', i] : [...path, 'value'];
    if (typeof v !== 'string') {
      c.add(vPath, 'type', `A compared value must be text, but it is ${quote(v)}.`);
      return undefined;
    }
    if (allowed && !allowed.includes(v)) {
      c.add(vPath, 'invalid-value', `The value "${v}" can never occur here. Possible values: ${allowed.join(', ')}.`);
      return undefined;
    }
  }
  // A copy: the model is frozen and must not share (or freeze) lists of the input.
  const value = list ? [...(values as string[])] : (values[0] as string);
  return factPath === undefined ? { fact: fact, operator, value } : { fact: INTAKE_FACT, path: factPath, operator, value };
}

/** The question ids a rule reads. */
export function ruleQuestions(rule: RuleCondition, into: Set<string> = new Set()): Set<string> {
  if ('all' in rule) for (const child of rule.all) ruleQuestions(child, into);
  else if ('any' in rule) for (const child of rule.any) ruleQuestions(child, into);
  else if ('not' in rule) ruleQuestions(rule.not, into);
  else if (rule.fact !== INTAKE_FACT) into.add(rule.fact);
  return into;
}
