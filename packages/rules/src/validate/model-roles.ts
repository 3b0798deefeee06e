/**
 * Checking the roles, role rules, points of attention and texts of a model. @internal
 *
 * @packageDocumentation
 */

import {
  SUPPORT_ROLES,
  type AttentionPoint,
  type Claims,
  type ModelTexts,
  type RoleDescription,
  type RoleRule,
  type RuleCondition,
} from '../model/types.js';
import type { Checker, Path } from './checker.js';
import { own, quote } from './checker.js';
import { brokenClaims } from './claims.js';
import { checkClaims, type ModelScope } from './model-points.js';
import type { TextCheck } from './model-text.js';
import { checkRule } from './rule.js';

export const ROLES = SUPPORT_ROLES;

export function checkRoles(c: Checker, value: unknown, t: TextCheck, defaulted: boolean): RoleDescription[] | undefined {
  const keys = ['id', 'colour', 'title', 'description', 'offerOnly', 'offerExcept'];
  const spec = { list: 'The list of roles', item: 'A role', keys, max: ROLES.length, whole: true, unique: 'Role' };
  return c.items(value, ['roles'], spec, (r, path): RoleDescription | undefined => {
    const id = c.oneOf(own(r, 'id'), ROLES, [...path, 'id'], 'The role id');
    const colour =
      own(r, 'colour') === undefined ? undefined : c.text(own(r, 'colour'), [...path, 'colour'], 'The role colour', 40);
    const title = t(
      own(r, 'title'),
      [...path, 'title'],
      defaulted ? 'The default role title (add "roles" to the model)' : 'The role title',
    );
    const description = t(own(r, 'description'), [...path, 'description'], 'The role description');
    const offerOnly = own(r, 'offerOnly');
    if (offerOnly !== undefined && typeof offerOnly !== 'boolean')
      c.add([...path, 'offerOnly'], 'type', `"offerOnly" must be true or false, but it is ${quote(offerOnly)}.`);
    let offerExcept: string[] | undefined;
    if (own(r, 'offerExcept') !== undefined) {
      const ids = c.list(own(r, 'offerExcept'), [...path, 'offerExcept'], 'The list "offerExcept"', 0, 200);
      if (ids) {
        offerExcept = [];
        ids.forEach((v, k) => {
          if (typeof v === 'string') offerExcept?.push(v);
          else c.add([...path, 'offerExcept', k], 'type', `A condition id must be text, but this is ${quote(v)}.`);
        });
      }
      if (offerOnly === undefined || offerOnly === false)
        c.add(
          [...path, 'offerExcept'],
          'invalid-value',
          '"offerExcept" names the points that stay tasks in a stance of offers only: it needs "offerOnly": true.',
        );
    }
    if (!id || !title || !description) return undefined;
    return {
      id,
      ...(colour ? { colour } : {}),
      title,
      description,
      ...(offerOnly === true ? { offerOnly: true } : {}),
      ...(offerExcept ? { offerExcept } : {}),
    };
  });
}

/**
 * Claims, checked and proved to follow from `when` (see claims.ts). Returns undefined when absent
 * or wrong (the errors say which).
 */
function provenClaims(
  { c, options, facts }: ModelScope,
  value: unknown,
  path: Path,
  when: RuleCondition | undefined,
): { ok: boolean; claims?: Claims } {
  if (value === undefined) return { ok: true };
  const claims = checkClaims(c, value, path, options);
  if (!claims) return { ok: false };
  if (!when || !facts) return { ok: true, claims };
  const broken = brokenClaims(when, claims, facts);
  if (broken === 'too-large') {
    c.add(
      [...path.slice(0, -1), 'when'],
      'too-large',
      'This rule reads too many intake answers to prove its claims; make it simpler.',
    );
    return { ok: false };
  }
  for (const { key, example } of broken) {
    const answer = example[key];
    const given =
      answer === undefined
        ? 'is not answered'
        : typeof answer === 'string'
          ? `is "${answer}"`
          : `is ${answer.length ? answer.join(' + ') : 'none of them'}`;
    c.add(
      [...path, key],
      'invalid-value',
      `The text claims "${key}" is ${claims[key]?.join(' or ')}, but the rule can also hold when "${key}" ${given}. ` +
        `Make the rule require it, or change the claim and the text.`,
    );
  }
  return broken.length ? { ok: false } : { ok: true, claims };
}

/** Role rules; `roles`: the roles the model describes (undefined when they have mistakes). */
export function checkRoleRules(
  m: ModelScope,
  value: unknown,
  defaulted: boolean,
  roles: readonly string[] | undefined,
): RoleRule[] | undefined {
  const { c, t } = m;
  const keys = ['id', 'role', 'priority', 'when', 'reason', 'claims'];
  const spec = { list: 'The list of role rules', item: 'A role rule', keys, max: 100, whole: true, unique: 'Role rule' };
  return c.items(value, ['roleRules'], spec, (r, path): RoleRule | undefined => {
    const id = c.id(own(r, 'id'), [...path, 'id'], 'The role rule id');
    const role = c.oneOf(own(r, 'role'), ROLES, [...path, 'role'], 'The role');
    if (role && roles && !roles.includes(role))
      c.add(
        [...path, 'role'],
        'unknown-reference',
        `The role "${role}" is not described in "roles" (${roles.join(', ') || 'none'}).`,
      );
    const priority = own(r, 'priority');
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 1000) {
      c.add([...path, 'priority'], 'invalid-value', 'The priority must be a whole number from 1 to 1000.');
      return undefined;
    }
    const when = checkRule(c, own(r, 'when'), [...path, 'when'], m.rules);
    const reason = t(
      own(r, 'reason'),
      [...path, 'reason'],
      defaulted ? 'The reason of a default role rule (add "roleRules" to the model)' : 'The reason',
    );
    const claims = provenClaims(m, own(r, 'claims'), [...path, 'claims'], when);
    if (!id || !role || !when || !reason || !claims.ok) return undefined;
    return { id, role, priority, when, reason, ...(claims.claims ? { claims: claims.claims } : {}) };
  });
}

export function checkAttention(m: ModelScope, value: unknown): AttentionPoint[] | undefined {
  const { c, t, areas: areaIds } = m;
  const spec = {
    list: 'The list of points of attention',
    item: 'A point of attention',
    keys: ['id', 'area', 'level', 'when', 'claims', 'title', 'text', 'agreement', 'key'],
    max: 100,
    whole: true,
    unique: 'Point of attention',
  };
  return c.items(value, ['attention'], spec, (a, path): AttentionPoint | undefined => {
    const id = c.id(own(a, 'id'), [...path, 'id'], 'The id of a point of attention');
    const area = c.id(own(a, 'area'), [...path, 'area'], 'The area of a point of attention');
    if (area && areaIds && !areaIds.has(area))
      c.add([...path, 'area'], 'unknown-reference', `The area "${area}" does not exist. Areas: ${[...areaIds].join(', ')}.`);
    const level = c.oneOf(own(a, 'level'), ['frontline', 'organisation'] as const, [...path, 'level'], 'The level');
    const when = checkRule(c, own(a, 'when'), [...path, 'when'], m.rules);
    const title = t(own(a, 'title'), [...path, 'title'], 'The title of a point of attention');
    const text = t(own(a, 'text'), [...path, 'text'], 'The text of a point of attention');
    const agreement = t(own(a, 'agreement'), [...path, 'agreement'], 'The agreement of a point of attention');
    const key = own(a, 'key');
    if (key !== undefined && typeof key !== 'boolean')
      c.add([...path, 'key'], 'type', `"key" must be true or false, but it is ${quote(key)}.`);
    const claims = provenClaims(m, own(a, 'claims'), [...path, 'claims'], when);
    if (!id || !area || !level || !when || !title || !text || !agreement || !claims.ok) return undefined;
    return {
      id,
      area,
      level,
      when,
      ...(claims.claims ? { claims: claims.claims } : {}),
      title,
      text,
      agreement,
      ...(key === true ? { key: true } : {}),
    };
  });
}

/** The model's texts; `hasRoles`: the model gives role advice, so it needs the default role's reason. */
export function checkTexts(
  c: Checker,
  value: unknown,
  t: TextCheck,
  defaulted: boolean,
  hasRoles: boolean,
): ModelTexts | undefined {
  const r = c.record(value, ['texts'], 'The texts');
  if (!r) return undefined;
  c.knownKeys(r, ['findOut', 'defaultRoleReason', 'roleDiffers'], ['texts'], 'The texts');
  const hint = defaulted ? ' (add "texts" to the model)' : '';
  const findOut = t(own(r, 'findOut'), ['texts', 'findOut'], `The "find out" text${hint}`);
  const defaultRoleReason =
    own(r, 'defaultRoleReason') === undefined && !hasRoles
      ? undefined
      : t(own(r, 'defaultRoleReason'), ['texts', 'defaultRoleReason'], `The default role reason${hint}`);
  const roleDiffers =
    own(r, 'roleDiffers') === undefined
      ? undefined
      : t(own(r, 'roleDiffers'), ['texts', 'roleDiffers'], 'The text for a role that differs from the suggestion');
  if (!findOut || (hasRoles && !defaultRoleReason) || (own(r, 'roleDiffers') !== undefined && !roleDiffers)) return undefined;
  return { findOut, ...(defaultRoleReason ? { defaultRoleReason } : {}), ...(roleDiffers ? { roleDiffers } : {}) };
}
