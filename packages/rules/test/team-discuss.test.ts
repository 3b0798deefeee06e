// discussFirst: the points a team discusses first, by the rule in docs/team.md ("Bespreek eerst"),
// on small teams made by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initiativeModel } from '../src/model/builtin/initiative.ts';
import { initiatorModel } from '../src/model/builtin/initiator.ts';
import type { ActieModel, Answers } from '../src/model/types.ts';
import { createSession, serializeSession } from '../src/session/format.ts';
import { aggregate } from '../src/team/aggregate.ts';
import { DISCUSS_FIRST_SIZE, discussFirst } from '../src/team/discuss.ts';
import type { TeamSessionInput } from '../src/team/types.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

function people(model: ActieModel, prefix: string, answers: readonly Answers[]): TeamSessionInput[] {
  return answers.map((a, i) => ({
    source: `${prefix}-${i + 1}.json`,
    data: serializeSession(
      createSession(
        model,
        { intake: { phase: 'running', ...(model === initiativeModel ? { respondent: 'professional' } : {}) }, answers: a },
        { now: NOW },
      ),
    ),
  }));
}

const picked = (points: ReturnType<typeof discussFirst>): string[][] => points.map((p) => [p.condition.id, p.reason]);

test('discussFirst: a decisive point on which the team is divided comes first, then the most divided', async () => {
  // I1 is decisive (key): two "ja" against a "nee" and a "deels", divided. A10 is not decisive:
  // two against two, divided. C2: one "nee" against three "ja", one dissenter (mild).
  const team = await aggregate(
    initiativeModel,
    people(initiativeModel, 'prof', [
      { I1: 'yes', A10: 'yes', C2: 'yes' },
      { I1: 'yes', A10: 'yes', C2: 'yes' },
      { I1: 'no', A10: 'no', C2: 'yes' },
      { I1: 'partly', A10: 'no', C2: 'no' },
    ]),
  );
  assert.deepEqual(picked(discussFirst(team)), [
    ['I1', 'key-divided'],
    ['A10', 'divided'],
    ['C2', 'divided'],
  ]);
  assert.deepEqual(discussFirst(team)[0]?.views, [], 'no initiators: no group differs');
});

// Four professionals who agree that the initiators know where to go (C8), have room and materials
// (T10), enough volunteers (T2) and one fixed contact (I1, decisive); they are divided on money
// (T9, two against two) and one doubts A10.
const TEAM = people(initiativeModel, 'prof', [
  { C8: 'yes', T10: 'yes', T2: 'yes', I1: 'yes', T9: 'yes', A10: 'yes' },
  { C8: 'yes', T10: 'yes', T2: 'yes', I1: 'yes', T9: 'yes', A10: 'yes' },
  { C8: 'yes', T10: 'yes', T2: 'yes', I1: 'yes', T9: 'no', A10: 'yes' },
  { C8: 'yes', T10: 'yes', T2: 'yes', I1: 'yes', T9: 'no', A10: 'partly' },
]);
// The initiators see all four agreed points the other way (IC2 ~ C8, IT5 ~ T10, IT2 ~ T2, II1 ~ I1).
const INITIATOR = { IC2: 'no', IT5: 'no', IT2: 'no', II1: 'no' } as const;

test("discussFirst: the initiators' view against the team's takes up to three places, decisive points first; then the team's own differences", async () => {
  const team = await aggregate(initiativeModel, [...TEAM, ...people(initiatorModel, 'init', [INITIATOR, INITIATOR, INITIATOR])]);
  const points = discussFirst(team);
  assert.equal(points.length, DISCUSS_FIRST_SIZE);
  // I1 is decisive, so first of the four where the initiators differ; then model order (C8, T10);
  // T2 waits: three places at most, so the team's own differences (T9, then A10) get a place.
  assert.deepEqual(picked(points), [
    ['I1', 'view-differs'],
    ['C8', 'view-differs'],
    ['T10', 'view-differs'],
    ['T9', 'divided'],
    ['A10', 'divided'],
  ]);
  const i1 = points[0];
  assert.equal(i1?.views.length, 1);
  assert.equal(i1?.views[0]?.model, 'actie-initiator');
  assert.deepEqual(i1?.views[0]?.label, { nl: 'initiatiefnemers', en: 'initiators' });
  assert.deepEqual(
    [i1?.views[0]?.pair.team.status, i1?.views[0]?.pair.other.status, i1?.views[0]?.pair.other.question],
    ['good', 'needs-work', 'II1'],
  );
  // With room for more, the fourth point the initiators see differently follows.
  assert.deepEqual(picked(discussFirst(team, { limit: 6 })).slice(5), [['T2', 'view-differs']]);
  assert.deepEqual(picked(discussFirst(team, { limit: 2 })), [
    ['I1', 'view-differs'],
    ['C8', 'view-differs'],
  ]);
});

test('discussFirst: the answers of two initiators are not shown, so they choose nothing', async () => {
  const team = await aggregate(initiativeModel, [...TEAM, ...people(initiatorModel, 'init', [INITIATOR, INITIATOR])]);
  assert.equal(team.views[0]?.shown, false);
  assert.deepEqual(picked(discussFirst(team)), [
    ['T9', 'divided'],
    ['A10', 'divided'],
  ]);
});

test('discussFirst: a team that agrees discusses the decisive points that need work; nobody, nothing', async () => {
  const team = await aggregate(
    initiativeModel,
    people(initiativeModel, 'prof', [
      { I1: 'no', C2: 'no' },
      { I1: 'no', C2: 'no' },
      { I1: 'partly', C2: 'no' },
    ]),
  );
  // I1 is decisive; C2 needs work too, but is not decisive.
  assert.deepEqual(picked(discussFirst(team)), [['I1', 'key-needs-work']]);
  assert.deepEqual(discussFirst(await aggregate(initiativeModel, [])), []);
});
