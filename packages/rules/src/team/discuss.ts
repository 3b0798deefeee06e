/**
 * What a team discusses first: a few points for the meeting's agenda, not every difference.
 *
 * @packageDocumentation
 */

import type { LocalizedText } from '../model/types.js';
import type { ConditionTeamResult, TeamResult, ViewComparison } from './types.js';

/** How many points {@link discussFirst} picks at most: the agenda of one meeting. */
export const DISCUSS_FIRST_SIZE = 5;

/** How many places of the agenda go first to the points another group (the initiators) sees differently. */
export const VIEW_PLACES = 3;

/** Why {@link discussFirst} picked a point, in the order the rule takes them. */
export type DiscussReason =
  /** A decisive point (`key`) on which the team is divided (a strong difference). */
  | 'key-divided'
  /** Another group, such as the initiators, sees it differently from the team. */
  | 'view-differs'
  /** The team is divided or differs on it (strong differences first, then mild ones). */
  | 'divided'
  /** A decisive point that the team agrees needs work. */
  | 'key-needs-work';

/** Every {@link DiscussReason}, in the order the rule takes them. */
export const DISCUSS_REASONS: readonly DiscussReason[] = Object.freeze([
  'key-divided',
  'view-differs',
  'divided',
  'key-needs-work',
] as const);

/** A question of the point on which another group sees it differently from the team. */
export interface ViewDifference {
  /** The group's name, e.g. "initiatiefnemers" (the companion model's label). */
  readonly label: LocalizedText;
  /** The companion model, e.g. `actie-initiator`. */
  readonly model: string;
  /** The pair of corresponding questions, with the team's and the group's view. */
  readonly pair: ViewComparison;
}

/** A point to discuss first, with why. */
export interface DiscussPoint {
  /** The team's outcome for the point (its title, concern, counts, difference). */
  readonly condition: ConditionTeamResult;
  /** Why it was picked (the first rule that picked it). */
  readonly reason: DiscussReason;
  /**
   * Every question of the point on which a group shown beside the team (the initiators) sees it
   * differently, whatever the reason it was picked for; empty when none does.
   */
  readonly views: readonly ViewDifference[];
}

/** Options of {@link discussFirst}. */
export interface DiscussFirstOptions {
  /** How many points at most; default {@link DISCUSS_FIRST_SIZE}. */
  readonly limit?: number;
}

/**
 * At most five points a team discusses first, each with the reason, by one documented rule
 * (docs/team.md, "Bespreek eerst"):
 *
 * 1. decisive points (`key`) on which the team is divided (`disagreementLevel` `strong`);
 * 2. up to {@link VIEW_PLACES} points on which a group shown beside the team (the initiators) sees
 *    one of its questions differently (`differs`): decisive points first, then where the team
 *    itself differs most;
 * 3. the points on which the team differs, in the order of `team.disagreements` (strong
 *    differences first, then mild ones; each the most divided first);
 * 4. while there is room, the other points that group sees differently (same order as 2), then
 *    the decisive points the team agrees need work (model order).
 *
 * Each point is picked once, for the first reason that fits. The initiators' answers count only
 * when their group is shown (large enough to stay anonymous). Never throws; a team without
 * participants gives an empty list.
 *
 * @param team - The result of `aggregate`.
 * @param options - `limit`: how many at most (default 5).
 *
 * @example
 * ```ts
 * const team = await aggregate(initiativeModel, sessions);
 * for (const { condition, reason } of discussFirst(team)) console.log(reason, condition.concern.nl);
 * ```
 */
export function discussFirst(team: TeamResult, options: DiscussFirstOptions = {}): readonly DiscussPoint[] {
  const limit = Math.max(0, Math.floor(options.limit ?? DISCUSS_FIRST_SIZE));
  const order = new Map(team.conditions.map((c, i) => [c.id, i]));
  const rankInDisagreements = new Map(team.disagreements.map((c, i) => [c.id, i]));
  const views = new Map<string, ViewDifference[]>();
  for (const view of team.views) {
    if (!view.shown) continue;
    for (const pair of view.comparison) {
      if (!pair.differs) continue;
      const condition = team.conditions.find((c) => c.questions.includes(pair.team.question));
      if (!condition) continue;
      const list = views.get(condition.id) ?? [];
      list.push({ label: view.label, model: view.model.id, pair });
      views.set(condition.id, list);
    }
  }

  const picked: DiscussPoint[] = [];
  const taken = new Set<string>();
  const take = (items: readonly ConditionTeamResult[], reason: DiscussReason, max = limit): void => {
    let added = 0;
    for (const condition of items) {
      if (picked.length >= limit || added >= max) return;
      if (taken.has(condition.id)) continue;
      taken.add(condition.id);
      picked.push({ condition, reason, views: views.get(condition.id) ?? [] });
      added++;
    }
  };

  // Where another group differs: decisive points first, then where the team differs most.
  const differing = team.conditions
    .filter((c) => views.has(c.id))
    .sort(
      (a, b) =>
        Number(b.key) - Number(a.key) ||
        (rankInDisagreements.get(a.id) ?? Infinity) - (rankInDisagreements.get(b.id) ?? Infinity) ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );

  take(
    team.disagreements.filter((c) => c.key && c.disagreementLevel === 'strong'),
    'key-divided',
  );
  take(differing, 'view-differs', VIEW_PLACES);
  take(team.disagreements, 'divided');
  take(differing, 'view-differs');
  take(
    team.conditions.filter((c) => c.key && c.status === 'needs-work'),
    'key-needs-work',
  );
  return picked;
}
