/**
 * The initiators' own questions 2.0 (models/initiator.yaml), tested for what an initiator or a team
 * would notice, written from the content review (/work/review/report.md rank 7 and 9, section 3):
 *
 * - every point they can put on a plan reads as an instruction to them, in je-form ("Vraag …"), not
 *   as the tip ("Je kunt …") and never as "u";
 * - the formal side is asked (a permit or notification, the volunteers' insurance), and the team
 *   sees those answers next to the professionals' T12 and T13;
 * - the team sees a difference only where both sides ask the same thing: no outcome of theirs is
 *   put next to a procedure of the professionals (T14, E12, E11);
 * - the tips follow the phase: a group that has run for years is not told that a small amount is
 *   enough to start;
 * - "deels" is not read as "nee", and "weet ik niet" about one's own experience is not a task;
 * - "je" is the person answering and "jullie" the group: never both in one sentence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerValue, LocalizedText } from '../dist/index.js';
import { aggregate, createSession, draftPlan, score, serializeSession } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { initiatorModel } from '../dist/model/builtin/initiator.js';

const questions = initiatorModel.areas.flatMap((a) => a.questions);
const question = (id: string) => questions.find((q) => q.id === id);
const NOW = new Date('2026-12-10T10:00:00Z');

/** Every answer unfavourable: every point needs work. */
const allUnfavourable = (): Record<string, AnswerValue> =>
  Object.fromEntries(questions.map((q) => [q.id, q.favourable === 'yes' ? 'no' : 'yes']));

/** The advice an initiator reads for one question in a phase, in both languages. */
async function adviceFor(id: string, answer: AnswerValue, phase?: string): Promise<LocalizedText | undefined> {
  const result = await score(initiatorModel, { intake: phase ? { phase } : {}, answers: { [id]: answer } });
  return result.actionPoints.find((p) => p.condition === id)?.text;
}

describe('initiators’ set: a plan of agreements they can act on', () => {
  // A tip says what you could do; an agreement tells you what to do.
  const notImperativeNl = /^(Je|Jij|Jullie|U|Uw|Het|De|Een|Er|Als|Misschien|Overweeg|Probeer eens)\b/;
  const notImperativeEn = /^(You|Your|It|The|A|An|There|If|Maybe|Perhaps|Consider)\b/;

  it('every question has its own agreement: an instruction in je-form, not the tip', () => {
    assert.equal(questions.length, 21);
    for (const q of questions) {
      const texts = [q.agreement, ...(q.variants ?? []).map((v) => v.agreement)];
      for (const agreement of texts) {
        assert.ok(agreement, `${q.id} has an agreement for every situation`);
        const nl = agreement['nl'] ?? '';
        const en = agreement['en'] ?? '';
        assert.doesNotMatch(nl, notImperativeNl, `${q.id}: ${nl}`);
        assert.doesNotMatch(en, notImperativeEn, `${q.id}: ${en}`);
        assert.doesNotMatch(nl, /\b(u|uw|zou|zouden)\b/i, `${q.id}: je-form, no suggestion: ${nl}`);
        assert.doesNotMatch(en, /\byou (could|might)\b/i, `${q.id}: ${en}`);
        assert.match(nl, /\.$/, `${q.id}: one finished instruction`);
        assert.notEqual(nl, q.action['nl'], `${q.id}: not the tip itself`);
      }
    }
  });

  it('a plan drafted from their results proposes those instructions, not "Je kunt …"', async () => {
    const result = await score(initiatorModel, { intake: { phase: 'running' }, answers: allUnfavourable() });
    for (const lang of ['nl', 'en']) {
      const plan = draftPlan(result, lang, undefined, { model: initiatorModel, limit: Infinity });
      assert.equal(plan.agreements.length, questions.length, lang);
      for (const a of plan.agreements) assert.doesNotMatch(a.what, /^(Je kunt|You could)/, `${a.condition}: ${a.what}`);
    }
    const ii1 = draftPlan(result, 'nl', undefined, { limit: Infinity }).agreements.find((a) => a.condition === 'II1');
    assert.equal(ii1?.what, 'Vraag de gemeente of organisatie om één vaste contactpersoon.');
  });
});

describe('initiators’ set: what they ask help with comes first in their plan', () => {
  const firstProposed = async (request: string[]): Promise<string[]> => {
    const result = await score(initiatorModel, { intake: { phase: 'running', request }, answers: allUnfavourable() });
    return draftPlan(result, 'nl', undefined, { model: initiatorModel }).agreements.map((a) => a.condition ?? '');
  };

  it('help with rules or permits puts the permit and the insurance first; money puts money first', async () => {
    assert.deepEqual((await firstProposed(['rules'])).slice(0, 2), ['IT7', 'IT8']);
    assert.deepEqual((await firstProposed(['money'])).slice(0, 1), ['IT4']);
    assert.deepEqual((await firstProposed(['hands', 'means'])).slice(0, 2), ['IT5', 'IT2']);
    assert.ok(!(await firstProposed(['nothing'])).includes('IT7'), 'without the request the permit is not among the first five');
  });
});

describe('initiators’ set: the formal side', () => {
  it('asks about a permit or notification (IT7) and the volunteers’ insurance (IT8), in Toerusting, with every text', () => {
    const toerusting = initiatorModel.areas.find((a) => a.id === 'toerusting');
    for (const [id, topic] of [
      ['IT7', /vergunning of melding/],
      ['IT8', /verzekerd/],
    ] as const) {
      const q = toerusting?.questions.find((x) => x.id === id);
      assert.ok(q, `${id} is in Toerusting`);
      assert.match(q.text['nl'] ?? '', topic);
      for (const part of [q.help, q.action, q.agreement, q.title, q.strength, q.concern])
        assert.ok(part?.['nl'] && part['en'], `${id}: help, tip, agreement, title, strength and concern in both languages`);
    }
    // The law as the brief states it: a required permit is not optional; not every municipality insures volunteers.
    assert.match(question('IT7')?.help?.['nl'] ?? '', /APV/);
    assert.match(question('IT7')?.help?.['nl'] ?? '', /kan een activiteit niet doorgaan/);
    assert.match(question('IT8')?.help?.['nl'] ?? '', /Niet elke gemeente heeft er een/);
  });

  it('they are the twins of the professionals’ T12 and T13', () => {
    const pairs = new Map(initiatorModel.correspondence[0]?.questions.map((p) => [p.question, p.corresponds]));
    assert.equal(pairs.get('IT7'), 'T12');
    assert.equal(pairs.get('IT8'), 'T13');
    const professional = (id: string) => initiativeModel.areas.flatMap((a) => a.questions).find((q) => q.id === id);
    assert.match(professional('T12')?.text['nl'] ?? '', /vergunningen of meldingen/);
    assert.match(professional('T13')?.text['nl'] ?? '', /verzekerd/);
  });

  it('a team sees where the initiators and the professionals differ on the permit and the insurance', async () => {
    const session = (model: typeof initiativeModel, answers: Record<string, AnswerValue>, intake: Record<string, string>) =>
      serializeSession(createSession(model, { intake, answers }, { now: NOW }));
    const team = await aggregate(
      initiativeModel,
      [
        {
          source: 'p1.json',
          data: session(initiativeModel, { T12: 'yes', T13: 'yes' }, { phase: 'running', respondent: 'professional' }),
        },
        {
          source: 'p2.json',
          data: session(initiativeModel, { T12: 'yes', T13: 'no' }, { phase: 'running', respondent: 'professional' }),
        },
        { source: 'i1.json', data: session(initiatorModel, { IT7: 'no', IT8: 'no' }, { phase: 'running' }) },
        { source: 'i2.json', data: session(initiatorModel, { IT7: 'no', IT8: 'no' }, { phase: 'running' }) },
        // Three initiators: a group is shown from three, the initiators too.
        { source: 'i3.json', data: session(initiatorModel, { IT7: 'partly', IT8: 'no' }, { phase: 'running' }) },
      ],
      { companions: [initiatorModel] },
    );
    const view = team.views.find((v) => v.model.id === initiatorModel.id);
    const pair = (id: string) => view?.comparison.find((c) => c.other.question === id);
    assert.equal(pair('IT7')?.team.question, 'T12');
    assert.equal(pair('IT7')?.differs, true, 'the professionals think it is known; the initiators have not found out');
    assert.equal(pair('IT8')?.team.question, 'T13');
  });
});

describe('initiators’ set: a difference in the team view is a difference of view', () => {
  // Each of these asks the professional about a procedure, not about what the initiators experience.
  const procedures = {
    T14: 'a talk about whether the help fits',
    E12: 'an agreed term for answers',
    E11: 'asking how the contact is',
  };

  it('no pair puts an outcome of theirs next to a procedure of the professionals', () => {
    const pairs = initiatorModel.correspondence.flatMap((c) => c.questions);
    for (const [id, what] of Object.entries(procedures))
      assert.ok(!pairs.some((p) => p.corresponds === id), `${id} (${what}) is no twin of an initiators’ question`);
    for (const id of ['IT3', 'IE1', 'IE2']) assert.ok(!pairs.some((p) => p.question === id), `${id} has no twin`);
  });

  it('so a team does not see "views differ" between the help they get and whether it was discussed', async () => {
    const session = (model: typeof initiativeModel, answers: Record<string, AnswerValue>) =>
      serializeSession(createSession(model, { intake: { phase: 'running' }, answers }, { now: NOW }));
    const team = await aggregate(
      initiativeModel,
      [
        { source: 'p1.json', data: session(initiativeModel, { T14: 'no', E12: 'no', E11: 'no' }) },
        { source: 'p2.json', data: session(initiativeModel, { T14: 'no', E12: 'no', E11: 'no' }) },
        { source: 'i1.json', data: session(initiatorModel, { IT3: 'yes', IE1: 'yes', IE2: 'yes' }) },
        { source: 'i2.json', data: session(initiatorModel, { IT3: 'yes', IE1: 'yes', IE2: 'yes' }) },
      ],
      { companions: [initiatorModel] },
    );
    const compared = team.views[0]?.comparison.map((c) => c.team.question) ?? [];
    for (const id of Object.keys(procedures)) assert.ok(!compared.includes(id), id);
  });
});

describe('initiators’ set: the tips follow the phase', () => {
  const starter = /\bstart|klein bedrag|klein beginnen|small amount|start small|beginner/i;

  it('money: a group that has run for years, or runs now, gets no starter’s tip', async () => {
    for (const phase of ['running', 'continuing', 'closing']) {
      const advice = await adviceFor('IT4', 'no', phase);
      assert.ok(advice, phase);
      assert.doesNotMatch(advice['nl'] ?? '', starter, `${phase}: ${advice['nl']}`);
      assert.doesNotMatch(advice['en'] ?? '', starter, `${phase}: ${advice['en']}`);
    }
    // The help under the question is shown in every phase: it speaks to no phase.
    assert.doesNotMatch(question('IT4')?.help?.['nl'] ?? '', starter);
    assert.doesNotMatch(question('IT4')?.help?.['en'] ?? '', starter);
  });

  it('money: a starting group does get the starter’s tip, and a long-running one a lasting arrangement', async () => {
    assert.match((await adviceFor('IT4', 'no', 'starting'))?.['nl'] ?? '', /klein bedrag/);
    assert.match((await adviceFor('IT4', 'partly', 'idea'))?.['en'] ?? '', /small amount/);
    assert.match((await adviceFor('IT4', 'no', 'continuing'))?.['nl'] ?? '', /meer jaren/);
  });

  it('people and keeping going: successors after years, the wrap-up when it stops', async () => {
    for (const id of ['IT2', 'IA2']) {
      const running = (await adviceFor(id, 'no', 'running'))?.['nl'];
      const continuing = (await adviceFor(id, 'no', 'continuing'))?.['nl'] ?? '';
      const closing = (await adviceFor(id, 'no', 'closing'))?.['nl'] ?? '';
      assert.match(continuing, /al jaren/, id);
      assert.match(continuing, /overnemen/, id);
      assert.match(closing, /stopt/, id);
      assert.match(closing, /af te ronden/, id);
      assert.notEqual(continuing, running, id);
    }
  });
});

describe('initiators’ set: results that read right', () => {
  it('"deels" is not read as "nee": the concerns say "not always" where part of it can go well', () => {
    for (const id of ['IC2', 'IT3', 'II2', 'IE1', 'IE2', 'IE3', 'IE5']) {
      assert.match(question(id)?.concern?.['nl'] ?? '', /niet altijd/, id);
      assert.match(question(id)?.concern?.['en'] ?? '', /not always/, id);
    }
    assert.match(question('IE4')?.concern?.['nl'] ?? '', /^Niet alle/);
    assert.match(question('IE4')?.concern?.['en'] ?? '', /^Not all/);
  });

  it('"weet ik niet" about their own experience is "no answer yet", not a task to find out', async () => {
    const result = await score(initiatorModel, { answers: { IE2: 'dont-know' } });
    const point = result.actionPoints.find((p) => p.kind === 'find-out' && p.condition === 'IE2');
    assert.match(point?.text['nl'] ?? '', /^Nog geen antwoord; kijk hier later naar: Voel je je serieus genomen/);
    assert.match(point?.text['en'] ?? '', /^No answer yet; come back to this later: /);
    assert.doesNotMatch(point?.text['nl'] ?? '', /Zoek dit uit/);
  });

  it('IT3: a group that asks for no help now is told what to answer', () => {
    assert.match(question('IT3')?.help?.['nl'] ?? '', /geen hulp\? Kies dan ‘Weet ik niet’/);
    assert.match(question('IT3')?.help?.['en'] ?? '', /no help now, choose ‘Don’t know’/);
  });

  it('the phase "continuing" says the initiative has run for years, not that it must go on', () => {
    const continuing = initiatorModel.intake.find((q) => q.id === 'phase')?.options?.find((o) => o.value === 'continuing');
    assert.equal(continuing?.label['nl'], 'Het initiatief loopt al jaren');
    assert.equal(continuing?.label['en'], 'The initiative has run for years');
  });

  it('"je" is the person answering and "jullie" the group: never both in one sentence', () => {
    const all: [string, string][] = [];
    const add = (where: string, text: LocalizedText | undefined) => {
      if (text?.['nl']) all.push([where, text['nl']]);
    };
    for (const q of initiatorModel.intake) {
      add(`intake ${q.id}`, q.text);
      add(`intake ${q.id} help`, q.help);
      for (const o of q.options ?? []) add(`intake ${q.id} ${o.value}`, o.label);
    }
    for (const a of initiatorModel.areas) {
      add(`${a.id} summary`, a.summary);
      add(`${a.id} research`, a.research);
      for (const q of a.questions) {
        for (const [part, text] of Object.entries({
          text: q.text,
          help: q.help,
          action: q.action,
          agreement: q.agreement,
          strength: q.strength,
          concern: q.concern,
        }))
          add(`${q.id} ${part}`, text);
        for (const v of q.variants ?? []) {
          add(`${q.id} variant`, v.text);
          add(`${q.id} variant agreement`, v.agreement);
        }
      }
    }
    assert.ok(all.length > 150);
    for (const [where, text] of all) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        const je = /\b(je|jij|jou|jouw)\b/i.test(sentence);
        const jullie = /\bjullie\b/i.test(sentence);
        assert.ok(!(je && jullie), `${where}: “${sentence}”`);
      }
    }
  });
});
