/**
 * The stance the default model suggests, and the points of attention that come with the situation,
 * tested by scenarios written from the ACTIE-model's logic (../shared/domain/actie-model.md 3.1,
 * 3.4 and 3.6; docs/model.md "Role rules"), not from the output:
 *
 * - stimulating is for the start of a professional's idea; once residents lead, hand it over;
 * - a residents' initiative that a professional leads gets the lead back;
 * - co-production rests on a shared stake and a shared lead; a stake counts whoever leads;
 * - a capable initiative that asks for nothing is left alone, at a distance (loslatend);
 * - residents who take over a municipal task make the organisation a commissioner (opdrachtgevend);
 * - closing depends on who carries it;
 * - a reason never contradicts the intake: proved over every combination of the intake answers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue, AssessmentResult, IntakeValue, RoleAdvice } from '../dist/index.js';
import { draftPlan, prioritise, score } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { allFavourable } from './helpers.js';

async function scored(intake: Record<string, IntakeValue>, answers: Record<string, AnswerValue> = {}): Promise<AssessmentResult> {
  const result = await score(initiativeModel, { intake, answers });
  assert.deepEqual(result.errors, []);
  return result;
}

async function role(intake: Record<string, IntakeValue>, answers: Record<string, AnswerValue> = {}): Promise<RoleAdvice> {
  const result = await scored(intake, answers);
  assert.ok(result.role, 'the default model gives role advice');
  return result.role;
}

const attention = (result: AssessmentResult): string[] =>
  result.actionPoints.filter((p) => p.kind === 'attention').map((p) => p.condition);

/** Money, a space and materials, volunteers and know-how all there. */
const CAPABLE = { T9: 'yes', T10: 'yes', T2: 'yes', T3: 'yes' } as const;

describe('role rules: one scenario per rule', () => {
  it('closing-professional: a professional’s own project that ends is theirs to close, handing on what residents want to keep', async () => {
    const r = await role({ phase: 'closing', origin: 'professional', lead: 'professional' });
    assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'closing-professional']);
    assert.match(r.reason['nl'] ?? '', /uw project/);
    assert.doesNotMatch(r.reason['nl'] ?? '', /waar de bewoners erom vragen/, 'not "help where residents ask"');
  });

  it('closing-together-stake: a co-run facility that closes is closed together, the organisation’s own part its own task', async () => {
    const r = await role({ phase: 'closing', origin: 'joint', lead: 'together', stake: 'yes' });
    assert.deepEqual([r.suggested, r.rule], ['coproducerend', 'closing-together-stake']);
    assert.match(r.reason['en'] ?? '', /Your organisation’s part, such as the lease, upkeep or staff/);
  });

  it('closing-together: shared lead without a stake: agree who wraps up what, residents choose what continues', async () => {
    const r = await role({ phase: 'closing', origin: 'joint', lead: 'together', stake: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'closing-together']);
  });

  it('closing-residents: residents close their own initiative; the professional helps where asked', async () => {
    const r = await role({ phase: 'closing', origin: 'residents', lead: 'residents' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'closing-residents']);
    assert.match(r.reason['nl'] ?? '', /Neem het afronden niet van hen over/);
  });

  it('closing: who carries it is not filled in, and the reason says so instead of guessing', async () => {
    const r = await role({ phase: 'closing' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'closing']);
    assert.match(r.reason['en'] ?? '', /has not been filled in yet/);
  });

  it('task: residents taking over a municipal task make the organisation a commissioner, not a co-producer', async () => {
    const r = await role({ phase: 'starting', origin: 'residents', lead: 'residents', stake: 'yes', request: ['task', 'money'] });
    assert.deepEqual([r.suggested, r.rule], ['opdrachtgevend', 'task']);
    assert.match(r.reason['nl'] ?? '', /uitdaagrecht/);
    assert.match(
      r.reason['en'] ?? '',
      /which task it is, which budget goes with it, which quality you expect and how they report back/,
    );
  });

  it('lead-back: a residents’ idea that a professional now leads gets the lead back', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'professional' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'lead-back']);
    assert.match(r.reason['en'] ?? '', /give the lead back/);
  });

  it('shared-stake: co-production when residents and professionals lead together on what the organisation owns', async () => {
    const r = await role({ phase: 'running', origin: 'professional', lead: 'together', stake: 'yes' });
    assert.deepEqual([r.suggested, r.rule], ['coproducerend', 'shared-stake']);
  });

  it('lead-back-shared: a residents’ idea led together without a stake is theirs: facilitate and hand tasks back', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'together', stake: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'lead-back-shared']);
  });

  it('step-back: a capable residents’ initiative that asks for nothing is left alone, at a distance', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'residents', request: ['nothing'] }, CAPABLE);
    assert.deepEqual([r.suggested, r.rule], ['loslatend', 'step-back']);
    assert.match(r.reason['nl'] ?? '', /Wat ze niet vragen, hoeft u niet op te lossen/);
  });

  it('step-back: not when something is missing, or when they do ask for help', async () => {
    const lacking = await role(
      { phase: 'running', origin: 'residents', lead: 'residents', request: ['nothing'] },
      { ...CAPABLE, T2: 'partly' },
    );
    assert.deepEqual([lacking.suggested, lacking.rule], ['faciliterend', 'resources-gap']);
    const asking = await role({ phase: 'running', origin: 'residents', lead: 'residents', request: ['advice'] }, CAPABLE);
    assert.deepEqual([asking.suggested, asking.rule], ['faciliterend', 'residents-lead']);
  });

  it('hand-over: residents lead a professional’s or a joint idea: it has become theirs', async () => {
    for (const origin of ['professional', 'joint']) {
      const r = await role({ phase: 'running', origin, lead: 'residents' });
      assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'hand-over'], origin);
    }
  });

  it('professional-start: a professional’s idea that is only beginning is stimulating', async () => {
    for (const phase of ['idea', 'starting']) {
      const r = await role({ phase, origin: 'professional' });
      assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'professional-start'], phase);
    }
  });

  it('professional-carries: running, but a professional still leads: stimulate towards a hand-over', async () => {
    const r = await role({ phase: 'continuing', origin: 'professional', lead: 'professional' });
    assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'professional-carries']);
    assert.match(r.reason['en'] ?? '', /Agree when you will hand it over/);
  });

  it('joint-start: a joint idea at the start that a professional helps lead: stimulate residents to take it up', async () => {
    const r = await role({ phase: 'idea', origin: 'joint', lead: 'together', stake: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'joint-start']);
  });

  it('backing-gap: residents lead a starting initiative with little support: facilitate, and help find neighbours', async () => {
    const r = await role({ phase: 'starting', origin: 'residents', lead: 'residents' }, { A3: 'partly' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'backing-gap']);
  });

  it('resources-gap-continuing: a ten-year-old initiative that lacks something needs support that lasts, not a start', async () => {
    const r = await role({ phase: 'continuing', origin: 'residents', lead: 'residents' }, { T9: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'resources-gap-continuing']);
    assert.match(r.reason['nl'] ?? '', /al jaren/);
    assert.match(r.reason['nl'] ?? '', /meer jaren|opvolgers/);
    assert.doesNotMatch(r.reason['nl'] ?? '', /leren/, 'not "help them learn it" for a group that has run for years');
  });

  it('resources-gap: a skills gap is facilitating with targeted support, never co-production or taking over', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'residents', stake: 'yes' }, { T3: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'resources-gap']);
    assert.match(r.reason['nl'] ?? '', /niet om overnemen/);
  });

  it('residents-lead: residents lead and nothing else decides it', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'residents' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'residents-lead']);
  });

  it('no rule holds: the default role, with a reason that asks for the missing intake', async () => {
    const r = await role({});
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', undefined]);
    assert.match(r.reason['en'] ?? '', /does not yet point to a clear role/);
  });

  it('every role rule of the model has a scenario above', () => {
    const tested = [
      'closing-professional',
      'closing-together-stake',
      'closing-together',
      'closing-residents',
      'closing',
      'task',
      'lead-back',
      'shared-stake',
      'lead-back-shared',
      'step-back',
      'hand-over',
      'professional-start',
      'professional-carries',
      'joint-start',
      'backing-gap',
      'resources-gap-continuing',
      'resources-gap',
      'residents-lead',
    ];
    assert.deepEqual([...initiativeModel.roleRules.map((r) => r.id)].sort(), [...tested].sort());
  });
});

describe('points of attention: what the situation brings, whatever the answers', () => {
  it('a playground on municipal land led by residents: the owner’s duties stay with the owner, and are proposed first', async () => {
    const result = await scored({ phase: 'running', origin: 'residents', lead: 'residents', stake: 'yes' }, { T9: 'yes' });
    assert.equal(result.role?.suggested, 'faciliterend');
    assert.deepEqual(attention(result), ['owner-duties']);
    const duties = result.actionPoints[0];
    assert.equal(duties?.level, 'organisation');
    assert.equal(duties?.key, true);
    assert.match(duties?.text['nl'] ?? '', /Warenwetbesluit attractie- en speeltoestellen/);
  });

  it('a stake that is not known is something to find out', async () => {
    assert.deepEqual(attention(await scored({ stake: 'unsure' })), ['stake-unsure']);
  });

  it('giving the lead back comes with a date, and is not the same agreement as handing tasks back (T7)', async () => {
    const result = await scored({ phase: 'running', origin: 'residents', lead: 'professional' }, { T7: 'yes' });
    assert.deepEqual(attention(result), ['lead-back']);
    const leadBack = result.actionPoints[0];
    assert.match(leadBack?.agreement['nl'] ?? '', /een datum af waarop zij de leiding terugnemen/);
    const tasks = result.actionPoints.find((p) => p.condition === 'T7');
    assert.ok(tasks, 'T7 needs work');
    assert.notDeepEqual(tasks.agreement, leadBack?.agreement, 'two different agreements');
  });

  it('a professional’s idea that no residents carry yet: first ask whether residents want it, or let it go', async () => {
    const result = await scored(
      { phase: 'idea', origin: 'professional', lead: 'professional' },
      { T11: 'no', T13: 'no', I10: 'no' },
    );
    assert.deepEqual(attention(result), ['no-carriers-yet']);
    const point = result.actionPoints[0];
    assert.equal(point?.key, true);
    assert.match(point?.text['nl'] ?? '', /laat het idee dan los/);
    // A bank account, insurance and a stand-in for a group that does not exist yet are not pressed.
    for (const id of ['T11', 'T13', 'inbedding-continuity'])
      assert.equal(result.actionPoints.find((p) => p.condition === id)?.offer, true, id);
    // Once residents lead it, they are tasks again.
    const carried = await scored({ phase: 'starting', origin: 'professional', lead: 'residents' }, { T11: 'no' });
    assert.equal(carried.actionPoints.find((p) => p.condition === 'T11')?.offer, false);
  });

  it('choosing co-production without a stake of your own is named, with why targeted support may be enough', async () => {
    const result = await scored({
      phase: 'starting',
      origin: 'residents',
      lead: 'residents',
      stake: 'no',
      role: 'coproducerend',
    });
    assert.ok(attention(result).includes('coproduction-without-stake'));
    assert.ok(!attention(await scored({ stake: 'yes', role: 'coproducerend' })).includes('coproduction-without-stake'));
    assert.ok(!attention(await scored({ stake: 'no', role: 'faciliterend' })).includes('coproduction-without-stake'));
  });

  it('taking over a task: a commission with task, budget, quality and accountability, and the participatieverordening', async () => {
    const result = await scored({ request: ['task'] });
    assert.deepEqual(attention(result), ['task-commission']);
    assert.match(result.actionPoints[0]?.text['nl'] ?? '', /participatieverordening/);
  });

  it('vulnerable participants bring the VOG, with the conditions of the Gratis VOG scheme', async () => {
    assert.deepEqual(
      attention(await scored({ vulnerable: 'yes', phase: 'closing', lead: 'residents' })),
      ['closing-residents'],
      'not when it ends',
    );
    const result = await scored({ vulnerable: 'yes' });
    assert.deepEqual(attention(result), ['vulnerable-vog']);
    const text = result.actionPoints[0]?.text['nl'] ?? '';
    for (const condition of ['Kamer van Koophandel', 'preventie- en integriteitsbeleid', 'eHerkenning (niveau 2+)', 'DigiD']) {
      assert.ok(text.includes(condition), condition);
    }
  });

  it('closing depends on who carries it: three different endings', async () => {
    assert.deepEqual(attention(await scored({ phase: 'closing', lead: 'professional', stake: 'no' })), ['closing-own-project']);
    assert.deepEqual(attention(await scored({ phase: 'closing', lead: 'together', stake: 'yes' })), ['closing-facility']);
    assert.deepEqual(attention(await scored({ phase: 'closing', lead: 'residents', stake: 'no' })), ['closing-residents']);
    // When it closes, the owner's part is about closing, not about day-to-day duties.
    assert.ok(!attention(await scored({ phase: 'closing', lead: 'residents', stake: 'yes' })).includes('owner-duties'));
  });

  it('not knowing what they ask for, and money that runs out, are points too', async () => {
    assert.deepEqual(attention(await scored({ request: ['unknown'] })), ['request-unknown']);
    assert.deepEqual(attention(await scored({ phase: 'continuing', moments: ['funding-ends'] })), ['funding-ends']);
  });
});

describe('a capable initiative that asks for nothing is not a problem to fix', () => {
  it('no points of involvement are pressed: only being reachable, appreciation and not standing in their way stay tasks', async () => {
    const result = await scored(
      { phase: 'running', origin: 'residents', lead: 'residents', stake: 'no', request: ['nothing'] },
      // Besides the initiative's own points, points of more involvement (hours, commitments,
      // response times, talks) need work too: they are not pressed either.
      {
        ...CAPABLE,
        A3: 'partly',
        C2: 'partly',
        C4: 'no',
        C5: 'no',
        A10: 'no',
        I14: 'no',
        E12: 'no',
        T14: 'no',
        E11: 'no',
        I1: 'no',
        E14: 'no',
      },
    );
    assert.equal(result.role?.suggested, 'loslatend');
    const offers = result.actionPoints.filter((p) => p.offer).map((p) => p.condition);
    const tasks = result.actionPoints.filter((p) => !p.offer).map((p) => p.condition);
    assert.deepEqual(offers, ['A3', 'A10', 'C2', 'C4', 'C5', 'T14', 'I14', 'E11', 'empathie-clear-and-timely']);
    assert.deepEqual(tasks, ['I1', 'E14'], 'one fixed contact and appreciation are the organisation’s own homework');
  });

  it('offers do not count in the verdicts: a thriving initiative that is left alone is not "wisselend"', async () => {
    const result = await scored(
      { phase: 'running', origin: 'residents', lead: 'residents', stake: 'no', request: ['nothing'] },
      { ...CAPABLE, A3: 'partly', C2: 'partly', C4: 'no', C5: 'no', A10: 'no', I14: 'no', E12: 'no', T14: 'no' },
    );
    const all = await score(initiativeModel, {
      intake: { phase: 'running', origin: 'residents', lead: 'residents', stake: 'no', request: ['nothing'] },
      answers: { ...allFavourable(), A3: 'partly', C2: 'partly', C4: 'no', C5: 'no', A10: 'no', I14: 'no', E12: 'no', T14: 'no' },
    });
    assert.equal(all.overall.status, 'good');
    assert.equal(all.overall.counts.needsWork, 0);
    assert.equal(all.overall.counts.offers, 8);
    for (const area of all.areas) assert.equal(area.status, 'good', area.id);
    assert.equal(result.role?.rule, 'step-back');
    // Nothing is proposed for the plan.
    assert.deepEqual(draftPlan(all, 'nl', undefined, { model: initiativeModel }).agreements, []);
  });
});

describe('what the same result proposes never contradicts its stance or its phase', () => {
  /** The agreements a result would propose (prioritise, offers left out), in Dutch. */
  const proposed = (result: AssessmentResult): string[] =>
    prioritise(initiativeModel, result).map((p) => `${p.point.condition}: ${p.point.agreement['nl'] ?? ''}`);
  const everythingUnfavourable = (): Record<string, AnswerValue> =>
    Object.fromEntries(
      initiativeModel.areas.flatMap((a) => a.questions.map((q) => [q.id, q.favourable === 'yes' ? 'no' : 'yes'])),
    );

  for (const [lead, origin, stake] of [
    ['professional', 'professional', 'no'],
    ['together', 'joint', 'yes'],
    ['residents', 'residents', 'no'],
  ] as const) {
    it(`closing (${lead} leads): no new commitments, no new volunteers or skills, no VOG set-up`, async () => {
      const result = await scored({ phase: 'closing', origin, lead, stake, vulnerable: 'yes' }, everythingUnfavourable());
      const texts = proposed(result).join('\n');
      assert.doesNotMatch(texts, /concrete toezegging/);
      assert.doesNotMatch(texts, /om na dit jaar door te gaan/);
      assert.doesNotMatch(texts, /vervanger aan voor de contactpersoon/);
      assert.doesNotMatch(texts, /VOG/);
      for (const id of ['C5', 'T2', 'T3', 'C9', 'T11', 'E15'])
        assert.ok(!proposed(result).some((line) => line.startsWith(`${id}:`)), `${id} is only offered when it ends`);
      // What it does ask: wrap-up time, until when support lasts, a record of what was achieved.
      assert.match(texts, /uren er zijn om het initiatief af te ronden/);
      assert.match(texts, /tot wanneer uw organisatie steunt/);
    });
  }

  it('commissioning: the budget of the task and the quality in the commission, not a neighbourhood fund or a beginners’ course', async () => {
    const result = await scored(
      { phase: 'starting', origin: 'residents', lead: 'residents', stake: 'yes', request: ['task'] },
      everythingUnfavourable(),
    );
    assert.equal(result.role?.suggested, 'opdrachtgevend');
    const all = result.actionPoints.map((p) => `${p.text['nl'] ?? ''} ${p.agreement['nl'] ?? ''}`).join('\n');
    assert.doesNotMatch(all, /buurtfonds|budget voor bewonersinitiatieven/);
    assert.doesNotMatch(all, /korte cursus|een coach/);
    assert.doesNotMatch(all, /samen als partners/);
    const t9 = result.actionPoints.find((p) => p.condition === 'T9');
    assert.match(t9?.agreement['nl'] ?? '', /welk budget bij de taak hoort/);
    const t3 = result.actionPoints.find((p) => p.condition === 'T3');
    assert.match(t3?.agreement['nl'] ?? '', /welke kwaliteit nodig is/);
    assert.ok(attention(result).includes('task-commission'));
  });

  it('a stake is about what the organisation owns or manages: the owner’s duties say how they can pass on, and name more than play equipment', async () => {
    const result = await scored({ phase: 'running', origin: 'residents', lead: 'residents', stake: 'yes' });
    const duties = result.actionPoints.find((p) => p.condition === 'owner-duties');
    assert.match(duties?.text['nl'] ?? '', /tenzij u het beheer schriftelijk overdraagt/);
    assert.match(duties?.text['nl'] ?? '', /Warenwetbesluit attractie- en speeltoestellen 2023/);
    assert.match(duties?.text['nl'] ?? '', /onderhoud van groen of een gebouw/);
    const stake = initiativeModel.intake.find((q) => q.id === 'stake');
    assert.match(stake?.help?.['nl'] ?? '', /vergunning om een straat of plein te gebruiken.*telt hier\s+niet mee/s);
  });
});

describe('a reason never contradicts the intake: every combination of the intake answers', () => {
  // Every option of every intake question the rules read, and unanswered, in every combination;
  // `request` as the lists that matter to the rules; the answers once all favourable, once all not.
  const options = (id: string): (IntakeValue | undefined)[] => [
    undefined,
    ...(initiativeModel.intake.find((q) => q.id === id)?.options ?? []).map((o) => o.value),
  ];
  const REQUESTS: (IntakeValue | undefined)[] = [undefined, ['nothing'], ['task'], ['money'], ['unknown'], ['money', 'task']];
  const favourable = Object.fromEntries(initiativeModel.areas.flatMap((a) => a.questions.map((q) => [q.id, q.favourable])));
  const unfavourable = Object.fromEntries(
    initiativeModel.areas.flatMap((a) => a.questions.map((q) => [q.id, q.favourable === 'yes' ? 'no' : 'yes'])),
  );
  const holds = (
    claims: Readonly<Record<string, readonly string[]>> | undefined,
    intake: Record<string, IntakeValue>,
  ): string[] =>
    Object.entries(claims ?? {}).flatMap(([key, values]) => {
      const given = intake[key];
      const ok =
        given === undefined ? false : typeof given === 'string' ? values.includes(given) : given.some((v) => values.includes(v));
      return ok ? [] : [`${key} = ${JSON.stringify(given)} but the text claims ${values.join(' or ')}`];
    });

  it(
    'the reason of the rule that decides, and the text of every point of attention, claim only what the intake says',
    { timeout: 120_000 },
    async () => {
      let combinations = 0;
      const rulesSeen = new Set<string>();
      for (const phase of options('phase'))
        for (const origin of options('origin'))
          for (const lead of options('lead'))
            for (const stake of options('stake'))
              for (const request of REQUESTS) {
                const intake: Record<string, IntakeValue> = {};
                for (const [key, value] of Object.entries({ phase, origin, lead, stake, request }))
                  if (value !== undefined) intake[key] = value;
                for (const answers of [favourable, unfavourable]) {
                  const result = await score(initiativeModel, { intake, answers: answers as never });
                  combinations++;
                  const rule = initiativeModel.roleRules.find((r) => r.id === result.role?.rule);
                  if (rule) rulesSeen.add(rule.id);
                  assert.deepEqual(holds(rule?.claims, intake), [], `rule ${rule?.id} for ${JSON.stringify(intake)}`);
                  for (const point of result.actionPoints.filter((p) => p.kind === 'attention')) {
                    const model = initiativeModel.attention.find((a) => a.id === point.condition);
                    assert.deepEqual(
                      holds(model?.claims, intake),
                      [],
                      `attention ${point.condition} for ${JSON.stringify(intake)}`,
                    );
                  }
                  // Once who had the idea, who leads and the phase are known, a rule decides: the
                  // default reason ("does not yet point to a clear role") is never given then.
                  if (phase !== undefined && origin !== undefined && lead !== undefined) {
                    assert.ok(rule, `a rule decides for ${JSON.stringify(intake)}`);
                  }
                }
              }
      assert.equal(combinations, 6 * 4 * 4 * 4 * REQUESTS.length * 2);
      // Every rule but step-back (which needs the initiative's means answered "yes" and a request
      // for nothing, both in this walk) and backing-gap (which needs A3 "partly" or "no" with the
      // rest favourable) is reached by this walk; step-back and backing-gap have scenarios above.
      for (const rule of initiativeModel.roleRules)
        if (rule.id !== 'backing-gap') assert.ok(rulesSeen.has(rule.id), `${rule.id} reached`);
    },
  );

  it('every role rule and point of attention that names the intake in its text declares it as a claim', () => {
    // What a text may claim, by the words that give it away; the claims must cover them.
    const words: [RegExp, string][] = [
      [/Het idee kwam van bewoners|The idea came from residents/, 'origin'],
      // Stated as a fact ("Bewoners trekken …", "Residents lead …"), not as a condition ("ook als bewoners …").
      [/trekken bewoners het|(^|\. )Bewoners trekken|(^|\. )Residents lead|residents now lead/, 'lead'],
      [/Het initiatief stopt|initiatief, en het stopt|The initiative is ending|initiative, and it is ending/, 'phase'],
      [/uitdaagrecht|right to challenge/, 'request'],
    ];
    for (const item of [...initiativeModel.roleRules, ...initiativeModel.attention]) {
      const text = 'reason' in item ? item.reason['nl'] + ' ' + item.reason['en'] : item.text['nl'] + ' ' + item.text['en'];
      for (const [pattern, key] of words) {
        if (pattern.test(text)) assert.ok(item.claims?.[key], `${item.id} says something about ${key} without claiming it`);
      }
    }
  });

  it('the descriptions of the stances claim nothing about who had the idea or who leads', () => {
    for (const r of initiativeModel.roles) {
      assert.doesNotMatch(r.description['nl'] ?? '', /idee|trekt|trekken/, r.id);
    }
  });
});

describe('role advice: compared with the role taken now', () => {
  it('says when the suggestion differs, and not when it matches or no role is given', async () => {
    const differs = await role({ phase: 'running', origin: 'residents', lead: 'residents', role: 'stimulerend' });
    assert.deepEqual([differs.suggested, differs.current, differs.differs], ['faciliterend', 'stimulerend', true]);
    const same = await role({ phase: 'running', origin: 'residents', lead: 'residents', role: 'faciliterend' });
    assert.deepEqual([same.current, same.differs], ['faciliterend', false]);
    const unsure = await role({ phase: 'running', origin: 'residents', lead: 'residents', role: 'unsure' });
    assert.deepEqual([unsure.current, unsure.differs], [undefined, false]);
    // The two new stances can be the role taken now, too.
    const distance = await role(
      { phase: 'running', origin: 'residents', lead: 'residents', role: 'loslatend', request: ['nothing'] },
      CAPABLE,
    );
    assert.deepEqual([distance.suggested, distance.current, distance.differs], ['loslatend', 'loslatend', false]);
  });
});
