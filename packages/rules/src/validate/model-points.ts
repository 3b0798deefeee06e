/**
 * Checking what questions, conditions and points of attention have in common: how a point reads
 * in the results (title, strength, concern, key), advice variants, and claims. @internal
 *
 * @packageDocumentation
 */

import { SUPPORT_ROLES, type AdviceVariant, type Claims, type PointTexts } from '../model/types.js';
import type { Checker, Path } from './checker.js';
import { own, quote } from './checker.js';
import type { IntakeFacts } from './claims.js';
import type { TextCheck } from './model-text.js';
import type { RuleScope } from './rule.js';

/** The keys of {@link PointTexts}. */
export const POINT_KEYS = ['title', 'strength', 'concern', 'key', 'requestedWhen', 'offerWhen'] as const;

/**
 * What variant contexts and claims may name: the intake questions with options (id → option
 * values), or undefined when the intake has mistakes of its own (then keys are not checked).
 */
export type OptionScope = ReadonlyMap<string, readonly string[]> | undefined;

/** What claims are proved against: the intake questions with options, or undefined when the intake has mistakes. */
export type ClaimScope = ReadonlyMap<string, IntakeFacts> | undefined;

/**
 * What the parts of a model with rules (conditions, role rules, points of attention) are checked
 * against, known once its intake and areas are checked.
 */
export interface ModelScope {
  readonly c: Checker;
  /** Checks one text of the model's languages. */
  readonly t: TextCheck;
  /** The questions and intake answers a rule may read. */
  readonly rules: RuleScope;
  /** The area ids a point may name; undefined when they are not known (then only their form is checked). */
  readonly areas: ReadonlySet<string> | undefined;
  /** What advice variants and claims may name. */
  readonly options: OptionScope;
  /** What claims are proved against. */
  readonly facts: ClaimScope;
}

/** The key of a variant's `when` that names the suggested stance rather than an intake question. */
export const STANCE_KEY = 'stance';

/**
 * The optional result texts of a question or condition: title (unless `withTitle` is false: a
 * condition's title is required and checked on its own), strength, concern and key.
 */
export function checkPointTexts(
  c: Checker,
  node: Record<string, unknown>,
  path: Path,
  t: TextCheck,
  options: OptionScope,
  withTitle = true,
): PointTexts {
  const out: {
    title?: PointTexts['title'];
    strength?: PointTexts['strength'];
    concern?: PointTexts['concern'];
    key?: boolean;
    requestedWhen?: PointTexts['requestedWhen'];
    offerWhen?: PointTexts['offerWhen'];
  } = {};
  for (const [key, what] of [
    ['title', 'The title'],
    ['strength', 'The strength text'],
    ['concern', 'The concern text'],
  ] as const) {
    if (own(node, key) === undefined || (key === 'title' && !withTitle)) continue;
    const text = t(own(node, key), [...path, key], what);
    if (text) out[key] = text;
  }
  const key = own(node, 'key');
  if (key !== undefined) {
    if (typeof key === 'boolean') {
      if (key) out.key = true;
    } else c.add([...path, 'key'], 'type', `"key" must be true or false, but it is ${quote(key)}.`);
  }
  if (own(node, 'requestedWhen') !== undefined) {
    const when = checkValueLists(
      c,
      own(node, 'requestedWhen'),
      [...path, 'requestedWhen'],
      '"requestedWhen"',
      options,
      new Map(),
    );
    if (when) out.requestedWhen = when;
  }
  if (own(node, 'offerWhen') !== undefined) {
    const list = c.list(own(node, 'offerWhen'), [...path, 'offerWhen'], 'The list "offerWhen"', 1, 20);
    const stance = new Map([[STANCE_KEY, SUPPORT_ROLES]]);
    const contexts = list?.map((item, i) =>
      checkValueLists(c, item, [...path, 'offerWhen', i], 'A situation of "offerWhen"', options, stance),
    );
    if (contexts?.every((x) => x !== undefined)) out.offerWhen = contexts;
  }
  return out;
}

/**
 * A map from keys to lists of allowed values, as variant contexts and claims have them. `extra`
 * are keys allowed besides the intake's (with their values).
 */
function checkValueLists(
  c: Checker,
  value: unknown,
  path: Path,
  what: string,
  scope: OptionScope,
  extra: ReadonlyMap<string, readonly string[]>,
): Record<string, string[]> | undefined {
  const record = c.record(value, path, what);
  if (!record) return undefined;
  const before = c.errors.length;
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(record)) {
    const allowed = extra.get(key) ?? scope?.get(key);
    if (scope !== undefined && allowed === undefined) {
      const names = [...extra.keys(), ...scope.keys()].join(', ');
      c.add(
        [...path, key],
        'unknown-reference',
        `${what} names "${key}", which is not an intake question with options. Use: ${names}.`,
      );
      continue;
    }
    const values = c.list(own(record, key), [...path, key], `The values of "${key}"`, 1, 20);
    if (!values) continue;
    const checked: string[] = [];
    values.forEach((v, i) => {
      if (typeof v !== 'string') c.add([...path, key, i], 'type', `A value must be text, but this is ${quote(v)}.`);
      else if (allowed && !allowed.includes(v))
        c.add([...path, key, i], 'invalid-value', `"${v}" is not an option of "${key}". Options: ${allowed.join(', ')}.`);
      else checked.push(v);
    });
    out[key] = checked;
  }
  return c.errors.length === before ? out : undefined;
}

/** Advice variants: a list of `{ when, text, agreement? }` (see {@link AdviceVariant}). */
export function checkVariants(
  c: Checker,
  value: unknown,
  path: Path,
  t: TextCheck,
  scope: OptionScope,
): AdviceVariant[] | undefined {
  const stance = new Map([[STANCE_KEY, SUPPORT_ROLES]]);
  const spec = { list: 'The list of variants', item: 'A variant', keys: ['when', 'text', 'agreement'], max: 50 };
  return c.items(value, path, spec, (v, vPath): AdviceVariant | undefined => {
    const when = checkValueLists(c, own(v, 'when'), [...vPath, 'when'], 'The "when" of a variant', scope, stance);
    const text = t(own(v, 'text'), [...vPath, 'text'], 'The variant text');
    const hasAgreement = own(v, 'agreement') !== undefined;
    const agreement = hasAgreement ? t(own(v, 'agreement'), [...vPath, 'agreement'], 'The variant agreement') : undefined;
    if (!when || !text || (hasAgreement && !agreement)) return undefined;
    return { when, text, ...(agreement ? { agreement } : {}) };
  });
}

/** Claims: intake question id → the values a text asserts (see {@link Claims}). */
export function checkClaims(c: Checker, value: unknown, path: Path, scope: OptionScope): Claims | undefined {
  return checkValueLists(c, value, path, 'The claims', scope, new Map());
}
