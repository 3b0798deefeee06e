/**
 * Which action points to agree on first: a few priorities, not every point at once.
 *
 * @packageDocumentation
 */

import { usableModel } from '../model/trusted.js';
import type { ActieModel } from '../model/types.js';
import type { ActionPoint, AssessmentResult } from '../score/types.js';

/** Why a point ranks where it does, most important first (see {@link prioritise}). */
export type PriorityReason =
  /** A decisive point of attention: it follows from the situation (the owner's duties, giving the lead back, …). */
  | 'situation'
  /** A decisive point (`key` in the model) that needs work. */
  | 'key'
  /** The initiators ask for help with it themselves (the intake fits its `requestedWhen`). */
  | 'requested'
  /** Its advice is written for this situation (a variant for the phase, the lead or the stance fits). */
  | 'situational'
  /** Another point of attention. */
  | 'attention'
  /** Any other point that needs work. */
  | 'other';

/** Every {@link PriorityReason}, in the order they rank. */
export const PRIORITY_REASONS: readonly PriorityReason[] = Object.freeze([
  'situation',
  'key',
  'requested',
  'situational',
  'attention',
  'other',
] as const);

/** An action point with why it ranks where it does. */
export interface Priority {
  readonly point: ActionPoint;
  readonly reason: PriorityReason;
}

/** Options of {@link prioritise}. */
export interface PrioritiseOptions {
  /** Conditions (or points of attention) already on the plan: left out. */
  readonly exclude?: Iterable<string>;
  /** Also rank "find this out" points, after everything else (default: left out). */
  readonly findOut?: boolean;
}

/** How many agreements a proposal from the results holds at most (see {@link prioritise}). */
export const PROPOSAL_SIZE = 5;

/**
 * The action points of a result, the most important first, by one documented rule
 * (docs/rules.md, "A plan is a few priorities"):
 *
 * 1. decisive points of attention: what the situation brings whatever the answers (the owner's
 *    duties, giving the lead back, a commission for a task taken over, closing);
 * 2. decisive points (`key` in the model) that need work;
 * 3. points the initiators ask for help with themselves (the intake's `request` fits the point's
 *    `requestedWhen`): support follows the request;
 * 4. points whose advice is written for this situation: a variant for the phase, the lead or the
 *    stance fits (a ten-year-old initiative's money question is not a starter's);
 * 5. other points of attention;
 * 6. every other point that needs work;
 * 7. with `findOut`, the "find this out" points.
 *
 * Within a rank, a point answered fully unfavourably ("nee", or "ja" to a risk) comes before one
 * answered "deels"; then the model's order is kept. Offers (points about the initiative when the stance is
 * to step back) are left out: a request for nothing is not a problem to fix. So are the points
 * `exclude` names. A proposal takes the first {@link PROPOSAL_SIZE}; the rest can be added one by
 * one. Never throws; a result without action points gives an empty list.
 *
 * @param model - The model the result was scored with (to tell which advice is situational).
 * @param result - A scored assessment.
 */
export function prioritise(model: ActieModel, result: AssessmentResult, options: PrioritiseOptions = {}): readonly Priority[] {
  // A model that cannot be used ranks as without one: no point is situational (never throws).
  const usable = usableModel(model);
  return ranked(result, usable ? new Map(usable.conditions.map((c) => [c.id, c.action])) : undefined, options);
}

/** {@link prioritise}; without the model's own advice (`ownAdvice` undefined) no point ranks as situational. @internal */
export function ranked(
  result: AssessmentResult,
  ownAdvice: ReadonlyMap<string, ActionPoint['text']> | undefined,
  options: PrioritiseOptions = {},
): readonly Priority[] {
  const excluded = new Set(options.exclude ?? []);
  const rank = (point: ActionPoint): PriorityReason | undefined => {
    if (point.offer || excluded.has(point.condition)) return undefined;
    if (point.kind === 'attention') return point.key ? 'situation' : 'attention';
    if (point.kind === 'find-out') return options.findOut ? 'other' : undefined;
    if (point.key) return 'key';
    if (point.requested) return 'requested';
    // A variant's text is another object than the condition's own advice.
    const own = ownAdvice?.get(point.condition);
    if (own !== undefined && point.text !== own && JSON.stringify(point.text) !== JSON.stringify(own)) return 'situational';
    return 'other';
  };
  // How far a point is from good: 1 when a decisive answer is fully unfavourable, 0 when only "partly".
  const decisive = new Map(result.conditions.map((c) => [c.id, c.decisive]));
  const severity = (point: ActionPoint): number =>
    point.kind === 'improve' && (decisive.get(point.condition) ?? []).some((d) => d.answer !== 'partly') ? 1 : 0;
  const list: { priority: Priority; order: number; findOut: boolean; severity: number }[] = [];
  result.actionPoints.forEach((point, order) => {
    const reason = rank(point);
    if (reason) list.push({ priority: { point, reason }, order, findOut: point.kind === 'find-out', severity: severity(point) });
  });
  const position = (reason: PriorityReason): number => PRIORITY_REASONS.indexOf(reason);
  return list
    .sort(
      (a, b) =>
        Number(a.findOut) - Number(b.findOut) ||
        position(a.priority.reason) - position(b.priority.reason) ||
        b.severity - a.severity ||
        a.order - b.order,
    )
    .map((r) => r.priority);
}
