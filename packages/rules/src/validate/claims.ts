/**
 * Proving that a text's claims follow from its rule: for every intake answer the rule could hold
 * for, each claim is true. A role rule's reason or a point of attention can then never contradict
 * the intake ("you do it together" while residents lead). @internal
 *
 * @packageDocumentation
 */

import type { Claims, IntakeValue, RuleCondition, RuleLeaf } from '../model/types.js';
import { kleene } from '../truth.js';
import { INTAKE_FACT } from './rule.js';

/** An intake question as the proof needs it: its options, and whether several can be chosen. */
export interface IntakeFacts {
  readonly values: readonly string[];
  readonly many: boolean;
}

/** The most intake answers a proof tries; a rule over more combinations is refused as too large. */
export const MAX_COMBINATIONS = 200_000;

/** An intake comparison's outcome, as json-rules-engine computes it (an unanswered question included). */
function leafHolds(operator: string, answer: IntakeValue | undefined, value: string | readonly string[]): boolean {
  switch (operator) {
    case 'equal':
      return answer === value;
    case 'notEqual':
      return answer !== value;
    case 'in':
      return typeof answer === 'string' && (value as readonly string[]).includes(answer);
    case 'notIn':
      return !(typeof answer === 'string' && (value as readonly string[]).includes(answer));
    // json-rules-engine's list operators are false when the fact is not a list (unanswered).
    case 'contains':
      return typeof answer === 'object' && typeof value === 'string' && answer.includes(value);
    case 'doesNotContain':
      return typeof answer === 'object' && typeof value === 'string' && !answer.includes(value);
    default:
      return false;
  }
}

/**
 * A rule's truth for an intake answer, with every question unknown (Kleene logic): `false` when it
 * cannot hold whatever the questions' answers, else `true` or `undefined`.
 */
function truth(rule: RuleCondition, intake: Readonly<Record<string, IntakeValue | undefined>>): boolean | undefined {
  return kleene(rule, (leaf: RuleLeaf) =>
    leaf.fact === INTAKE_FACT ? leafHolds(leaf.operator, intake[leaf.path ?? ''], leaf.value) : undefined,
  );
}

/** Intake question id → the option values a rule compares it with. */
function compared(rule: RuleCondition, into: Map<string, Set<string>>): Map<string, Set<string>> {
  if ('all' in rule) for (const child of rule.all) compared(child, into);
  else if ('any' in rule) for (const child of rule.any) compared(child, into);
  else if ('not' in rule) compared(rule.not, into);
  else if (rule.fact === INTAKE_FACT) {
    const values = into.get(rule.path ?? '') ?? new Set<string>();
    for (const v of typeof rule.value === 'string' ? [rule.value] : rule.value) values.add(v);
    into.set(rule.path ?? '', values);
  }
  return into;
}

/** Every subset of a list. */
function subsets(values: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const v of values) out = out.flatMap((s) => [s, [...s, v]]);
  return out;
}

/** What one claim that does not follow looks like: its key, and an intake answer for which the rule may hold and the claim is false. */
export interface BrokenClaim {
  readonly key: string;
  readonly example: Readonly<Record<string, IntakeValue | undefined>>;
}

/**
 * The claims that do not follow from the rule, each with an intake answer that shows it; `'too-large'`
 * when there are more than {@link MAX_COMBINATIONS} intake answers to try. Only the intake questions
 * the rule or the claims name are varied; an unanswered question is one of the answers tried.
 */
export function brokenClaims(
  rule: RuleCondition,
  claims: Claims,
  intake: ReadonlyMap<string, IntakeFacts>,
): readonly BrokenClaim[] | 'too-large' {
  const named = compared(rule, new Map());
  for (const [key, values] of Object.entries(claims)) {
    const set = named.get(key) ?? new Set<string>();
    for (const v of values) set.add(v);
    named.set(key, set);
  }
  // Per intake question, the answers to try: unanswered, and each option (or each set of the
  // options that matter, for a question that takes several).
  const domains: [string, (IntakeValue | undefined)[]][] = [];
  let combinations = 1;
  for (const [id, values] of named) {
    const facts = intake.get(id);
    const domain: (IntakeValue | undefined)[] = [undefined];
    if (facts?.many) domain.push(...subsets([...values]));
    else domain.push(...(facts?.values ?? [...values]));
    combinations *= domain.length;
    if (combinations > MAX_COMBINATIONS) return 'too-large';
    domains.push([id, domain]);
  }
  const broken = new Map<string, BrokenClaim>();
  const answer: Record<string, IntakeValue | undefined> = {};
  const visit = (i: number): void => {
    if (broken.size === Object.keys(claims).length) return;
    const entry = domains[i];
    if (!entry) {
      if (truth(rule, answer) === false) return;
      for (const [key, values] of Object.entries(claims)) {
        if (broken.has(key)) continue;
        const given = answer[key];
        const holds =
          given === undefined
            ? false
            : typeof given === 'string'
              ? values.includes(given)
              : given.some((v) => values.includes(v));
        if (!holds) broken.set(key, { key, example: { ...answer } });
      }
      return;
    }
    const [id, domain] = entry;
    for (const value of domain) {
      answer[id] = value;
      visit(i + 1);
    }
  };
  visit(0);
  return [...broken.values()];
}
