/**
 * The role suggestion of the default model, tested by scenarios written from the ACTIE-model's
 * logic (see ../shared/domain/actie-model.md, 3.1 and 3.4, and docs/model.md "Role rules"):
 * the role follows the phase; stimulating is for the start of a professional's idea; once
 * residents carry it the advice is to hand over; a skills or resources gap calls for facilitating
 * with targeted support, never co-production; co-production rests on a shared stake.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue, RoleAdvice } from '../dist/index.js';
import { score } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';

async function role(intake: Record<string, string>, answers: Record<string, AnswerValue> = {}): Promise<RoleAdvice> {
  const result = await score(initiativeModel, { intake, answers });
  assert.deepEqual(result.errors, []);
  assert.ok(result.role, 'the default model gives role advice');
  return result.role;
}

const CAPABLE = { T1: 'yes', T2: 'yes', T3: 'yes', T4: 'yes' } as const;

describe('role rules: one scenario per rule', () => {
  it('closing: an initiative that ends gets facilitating help with the wrap-up, whatever else holds', async () => {
    const r = await role({ phase: 'closing', origin: 'joint', lead: 'together', stake: 'yes' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'closing']);
    assert.match(r.reason['nl'] ?? '', /afgerond/);
    assert.match(r.reason['en'] ?? '', /wrapping up/);
  });

  it('shared-stake: co-production when the organisation has a stake and the work is shared', async () => {
    const joint = await role({ phase: 'running', origin: 'joint', stake: 'yes' });
    assert.deepEqual([joint.suggested, joint.rule], ['coproducerend', 'shared-stake']);
    assert.match(joint.reason['en'] ?? '', /responsible for/);
    // A professional's idea that residents and professionals now lead together, on a park the
    // municipality maintains: also co-production.
    const together = await role({ phase: 'running', origin: 'professional', lead: 'together', stake: 'yes' });
    assert.deepEqual([together.suggested, together.rule], ['coproducerend', 'shared-stake']);
  });

  it('shared-stake: no co-production without a stake of the organisation, however the idea began', async () => {
    for (const stake of ['no', 'unsure']) {
      const r = await role({ phase: 'running', origin: 'joint', lead: 'together', stake });
      assert.notEqual(r.suggested, 'coproducerend', `stake ${stake}`);
    }
    // Without the stake question answered at all.
    assert.notEqual((await role({ phase: 'running', origin: 'joint' })).suggested, 'coproducerend');
    // A stake alone, with residents leading their own idea, is not co-production either.
    const residents = await role({ phase: 'running', origin: 'residents', lead: 'residents', stake: 'yes' }, CAPABLE);
    assert.deepEqual([residents.suggested, residents.rule], ['faciliterend', 'residents-capable']);
  });

  it('hand-over: residents carry a professional’s idea (they lead, it has support), so step back', async () => {
    const r = await role({ phase: 'continuing', origin: 'professional', lead: 'residents' }, { A3: 'yes' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'hand-over']);
    assert.match(r.reason['nl'] ?? '', /over te dragen/);
    assert.match(r.reason['en'] ?? '', /hand it over/);
  });

  it('professional-idea-start: a professional’s idea in the idea or starting phase is stimulating', async () => {
    for (const phase of ['idea', 'starting']) {
      const r = await role({ phase, origin: 'professional', lead: 'professional' });
      assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'professional-idea-start'], phase);
      assert.match(r.reason['en'] ?? '', /carrying it/);
    }
  });

  it('professional-still-carries: running, but residents do not carry it yet: stimulate towards a hand-over', async () => {
    const leads = await role({ phase: 'running', origin: 'professional', lead: 'professional' }, { A3: 'yes' });
    assert.deepEqual([leads.suggested, leads.rule], ['stimulerend', 'professional-still-carries']);
    assert.match(leads.reason['en'] ?? '', /hand it over/);
    // Residents lead, but the neighbourhood does not back it yet.
    const noBacking = await role({ phase: 'running', origin: 'professional', lead: 'residents' }, { A3: 'partly' });
    assert.deepEqual([noBacking.suggested, noBacking.rule], ['stimulerend', 'professional-still-carries']);
  });

  it('idea-without-backing: a residents’ idea with too little support is helped to find neighbours', async () => {
    const r = await role({ phase: 'idea', origin: 'residents' }, { A3: 'no' });
    assert.deepEqual([r.suggested, r.rule], ['stimulerend', 'idea-without-backing']);
    assert.match(r.reason['en'] ?? '', /stays their initiative/);
    // Unknown support decides nothing.
    assert.equal((await role({ phase: 'idea', origin: 'residents' }, { A3: 'dont-know' })).rule, undefined);
  });

  it('resources-gap: a skills gap leads to facilitating with targeted support, not co-production', async () => {
    // The case the first rules got wrong: residents' idea, some skills missing, a keen organisation.
    const r = await role(
      { phase: 'running', origin: 'residents', lead: 'residents' },
      { ...CAPABLE, T3: 'partly', A4: 'yes', A5: 'yes' },
    );
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'resources-gap']);
    assert.match(r.reason['nl'] ?? '', /gerichte steun/);
    assert.match(r.reason['en'] ?? '', /targeted support/);
    // Money, time or the formal side missing: the same advice.
    for (const id of ['T1', 'T2', 'T4']) {
      assert.equal((await role({ origin: 'residents' }, { ...CAPABLE, [id]: 'no' })).rule, 'resources-gap', id);
    }
  });

  it('residents-ownership: the organisation’s goals not discussed openly with residents who lead', async () => {
    const r = await role({ phase: 'running', origin: 'residents', lead: 'residents' }, { ...CAPABLE, A5: 'partly' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'residents-ownership']);
    assert.match(r.reason['en'] ?? '', /goals/);
  });

  it('residents-capable: residents with means, time, know-how and the formal side arranged', async () => {
    const r = await role({ phase: 'running', origin: 'residents' }, { ...CAPABLE, A5: 'yes' });
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', 'residents-capable']);
    // Without knowing whose initiative it is, the same answers decide nothing.
    assert.equal((await role({}, CAPABLE)).rule, undefined);
  });

  it('no rule holds: the default role with a reason that says so', async () => {
    const r = await role({});
    assert.deepEqual([r.suggested, r.rule], ['faciliterend', undefined]);
    assert.deepEqual(r.reason, initiativeModel.texts.defaultRoleReason);
  });

  it('every role rule of the model has a scenario above', () => {
    assert.deepEqual(
      initiativeModel.roleRules.map((r) => r.id),
      [
        'closing',
        'shared-stake',
        'hand-over',
        'professional-idea-start',
        'professional-still-carries',
        'idea-without-backing',
        'resources-gap',
        'residents-ownership',
        'residents-capable',
      ],
    );
  });
});

describe('role rules: the advice follows the phase', () => {
  // A professional's idea that residents have taken up: they lead it, with support in the street.
  const carried = { origin: 'professional', lead: 'residents' } as const;
  const expected: Record<string, [string, string]> = {
    idea: ['stimulerend', 'professional-idea-start'],
    starting: ['faciliterend', 'hand-over'],
    running: ['faciliterend', 'hand-over'],
    continuing: ['faciliterend', 'hand-over'],
    closing: ['faciliterend', 'closing'],
  };
  for (const phase of initiativeModel.intake.find((q) => q.id === 'phase')?.options?.map((o) => o.value) ?? []) {
    it(`a professional’s idea that residents carry, in phase "${phase}"`, async () => {
      const r = await role({ ...carried, phase }, { A3: 'yes' });
      assert.deepEqual([r.suggested, r.rule], expected[phase]);
    });
  }

  it('the same idea still carried by the professional: stimulating until it can be handed over', async () => {
    const got: Record<string, string | undefined> = {};
    for (const phase of ['idea', 'starting', 'running', 'continuing', 'closing']) {
      got[phase] = (await role({ origin: 'professional', lead: 'professional', phase }, { A3: 'yes' })).rule;
    }
    assert.deepEqual(got, {
      idea: 'professional-idea-start',
      starting: 'professional-idea-start',
      running: 'professional-still-carries',
      continuing: 'professional-still-carries',
      closing: 'closing',
    });
  });

  it('a ten-year-old initiative that residents carry is never told to stimulate', async () => {
    for (const origin of ['professional', 'joint', 'residents']) {
      const r = await role({ phase: 'continuing', origin, lead: 'residents' }, { ...CAPABLE, A3: 'yes', A5: 'yes' });
      assert.equal(r.suggested, 'faciliterend', origin);
    }
  });
});

describe('role rules: "deels" reads like the rest of the model', () => {
  it('"partly" counts as not (fully) so, exactly like "no", in every rule that reads an answer', async () => {
    const pairs: [Record<string, string>, Record<string, AnswerValue>, string][] = [
      [{ phase: 'idea', origin: 'residents' }, { A3: 'partly' }, 'A3'],
      [{ origin: 'residents' }, { ...CAPABLE, T3: 'partly' }, 'T3'],
      [{ origin: 'residents' }, { ...CAPABLE, A5: 'partly' }, 'A5'],
      [{ phase: 'running', origin: 'professional', lead: 'residents' }, { A3: 'partly' }, 'A3'],
    ];
    for (const [intake, answers, id] of pairs) {
      const partly = await role(intake, answers);
      const no = await role(intake, { ...answers, [id]: 'no' });
      assert.deepEqual([partly.suggested, partly.rule], [no.suggested, no.rule], `${id} in ${JSON.stringify(intake)}`);
    }
  });

  it('support that is only partly there does not count as residents carrying it', async () => {
    const r = await role({ phase: 'running', origin: 'professional', lead: 'residents' }, { A3: 'partly' });
    assert.notEqual(r.rule, 'hand-over');
  });
});

describe('role advice: compared with the role taken now', () => {
  it('says when the suggestion differs, and not when it matches or no role is given', async () => {
    const differs = await role({ phase: 'idea', origin: 'professional', role: 'faciliterend' });
    assert.deepEqual([differs.suggested, differs.current, differs.differs], ['stimulerend', 'faciliterend', true]);
    const same = await role({ phase: 'idea', origin: 'professional', role: 'stimulerend' });
    assert.deepEqual([same.current, same.differs], ['stimulerend', false]);
    const unsure = await role({ phase: 'idea', origin: 'professional', role: 'unsure' });
    assert.deepEqual([unsure.current, unsure.differs], [undefined, false]);
    const none = await role({ phase: 'idea', origin: 'professional' });
    assert.deepEqual([none.current, none.differs], [undefined, false]);
  });
});
