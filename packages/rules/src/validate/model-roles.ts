/**
 * Checking the roles, role rules and texts of a model. @internal
 *
 * @packageDocumentation
 */

import type { ModelTexts, RoleDescription, RoleRule, SupportRole } from '../model/types.js';
import type { Checker } from './checker.js';
import { own } from './checker.js';
import { uniqueIds, type TextCheck } from './model-text.js';
import { checkRule, type RuleScope } from './rule.js';

export const ROLES: readonly SupportRole[] = ['stimulerend', 'faciliterend', 'coproducerend'];

export function checkRoles(c: Checker, value: unknown, t: TextCheck, defaulted: boolean): RoleDescription[] | undefined {
  const list = c.list(value, ['roles'], 'The list of roles', 3, 3);
  if (!list) return undefined;
  const out = list.map((item, i): RoleDescription | undefined => {
    const path = ['roles', i];
    const r = c.record(item, path, 'A role');
    if (!r) return undefined;
    c.knownKeys(r, ['id', 'colour', 'title', 'description'], path, 'A role');
    const id = c.oneOf(own(r, 'id'), ROLES, [...path, 'id'], 'The role id');
    const colour = c.text(own(r, 'colour'), [...path, 'colour'], 'The role colour', 40);
    const title = t(
      own(r, 'title'),
      [...path, 'title'],
      defaulted ? 'The default role title (add "roles" to the model)' : 'The role title',
    );
    const description = t(own(r, 'description'), [...path, 'description'], 'The role description');
    if (!id || !colour || !title || !description) return undefined;
    return { id, colour, title, description };
  });
  uniqueIds(c, out, ['roles'], 'Role');
  return out.every((x) => x !== undefined) ? out : undefined;
}

export function checkRoleRules(
  c: Checker,
  value: unknown,
  t: TextCheck,
  scope: RuleScope,
  defaulted: boolean,
): RoleRule[] | undefined {
  const list = c.list(value, ['roleRules'], 'The list of role rules', 0, 100);
  if (!list) return undefined;
  const out = list.map((item, i): RoleRule | undefined => {
    const path = ['roleRules', i];
    const r = c.record(item, path, 'A role rule');
    if (!r) return undefined;
    c.knownKeys(r, ['id', 'role', 'priority', 'when', 'reason'], path, 'A role rule');
    const id = c.id(own(r, 'id'), [...path, 'id'], 'The role rule id');
    const role = c.oneOf(own(r, 'role'), ROLES, [...path, 'role'], 'The role');
    const priority = own(r, 'priority');
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 1000) {
      c.add([...path, 'priority'], 'invalid-value', 'The priority must be a whole number from 1 to 1000.');
      return undefined;
    }
    const when = checkRule(c, own(r, 'when'), [...path, 'when'], scope);
    const reason = t(
      own(r, 'reason'),
      [...path, 'reason'],
      defaulted ? 'The reason of a default role rule (add "roleRules" to the model)' : 'The reason',
    );
    if (!id || !role || !when || !reason) return undefined;
    return { id, role, priority, when, reason };
  });
  uniqueIds(c, out, ['roleRules'], 'Role rule');
  return out.every((x) => x !== undefined) ? out : undefined;
}

export function checkTexts(c: Checker, value: unknown, t: TextCheck, defaulted: boolean): ModelTexts | undefined {
  const r = c.record(value, ['texts'], 'The texts');
  if (!r) return undefined;
  c.knownKeys(r, ['findOut', 'defaultRoleReason', 'roleDiffers'], ['texts'], 'The texts');
  const hint = defaulted ? ' (add "texts" to the model)' : '';
  const findOut = t(own(r, 'findOut'), ['texts', 'findOut'], `The "find out" text${hint}`);
  const defaultRoleReason = t(own(r, 'defaultRoleReason'), ['texts', 'defaultRoleReason'], `The default role reason${hint}`);
  const roleDiffers =
    own(r, 'roleDiffers') === undefined
      ? undefined
      : t(own(r, 'roleDiffers'), ['texts', 'roleDiffers'], 'The text for a role that differs from the suggestion');
  if (!findOut || !defaultRoleReason || (own(r, 'roleDiffers') !== undefined && !roleDiffers)) return undefined;
  return roleDiffers ? { findOut, defaultRoleReason, roleDiffers } : { findOut, defaultRoleReason };
}
