/**
 * The built-in models' texts, checked against the ACTIE-model like code against its spec
 * (../shared/domain/actie-model.md, 3.6; docs/model.md "How the questions are written";
 * docs/content-review.md). What a machine can check of the question craft, for all three sets:
 * one question per question; no leading words; no question about what the user knows; help that
 * never tells which answer is good; results that read as findings, not as questions; agreements
 * in the imperative; B1 habits ("heeft u", no idioms); the law stated the way the brief states it;
 * sources only with what they were seen to say; the initiators' set in je-form without role
 * advice; the seed's list (goal, cooperation, moments of support, motivation) asked. A reader
 * still reviews the meaning: this catches what must never come back.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ActieModel, LocalizedText } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { initiatorModel } from '../dist/model/builtin/initiator.js';
import { organisationModel } from '../dist/model/builtin/organisation.js';

const MODELS: [string, ActieModel][] = [
  ['initiative', initiativeModel],
  ['organisation', organisationModel],
  ['initiator', initiatorModel],
];
const questionsOf = (m: ActieModel) => m.areas.flatMap((a) => a.questions);

/** Every text of a model in one language, with where it is. */
function texts(model: ActieModel, lang: string): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: LocalizedText | undefined): void => {
    if (text?.[lang] !== undefined) out.push([where, text[lang]]);
  };
  add('title', model.title);
  add('attribution', model.attribution);
  for (const q of model.intake) {
    add(`intake ${q.id}`, q.text);
    add(`intake ${q.id} help`, q.help);
    for (const o of q.options ?? []) add(`intake ${q.id} ${o.value}`, o.label);
  }
  for (const a of model.areas) {
    add(`${a.id} summary`, a.summary);
    add(`${a.id} research`, a.research);
  }
  for (const q of questionsOf(model)) {
    add(q.id, q.text);
    add(`${q.id} help`, q.help);
    add(`${q.id} action`, q.action);
    add(`${q.id} agreement`, q.agreement);
  }
  for (const c of model.conditions) {
    add(`${c.id} title`, c.title);
    add(`${c.id} strength`, c.strength);
    add(`${c.id} concern`, c.concern);
    add(`${c.id} action`, c.action);
    add(`${c.id} agreement`, c.agreement);
    for (const v of c.variants ?? []) {
      add(`${c.id} variant`, v.text);
      add(`${c.id} variant agreement`, v.agreement);
    }
  }
  for (const r of model.roleRules) add(`role rule ${r.id}`, r.reason);
  for (const r of model.roles) add(`role ${r.id}`, r.description);
  for (const p of model.attention) {
    add(`attention ${p.id}`, p.text);
    add(`attention ${p.id} agreement`, p.agreement);
  }
  return out;
}

describe('questions ask one thing, plainly', () => {
  for (const [name, model] of MODELS) {
    it(`${name}: one question mark per question, and no question about what the user knows`, () => {
      for (const q of questionsOf(model)) {
        for (const lang of ['nl', 'en'])
          assert.equal((q.text[lang] ?? '').split('?').length - 1, 1, `${q.id} (${lang}): ${q.text[lang]}`);
        assert.doesNotMatch(q.text['nl'] ?? '', /^(Weet|Weten|Kent) u\b/, q.id);
        assert.doesNotMatch(q.text['en'] ?? '', /^Do you know\b/, q.id);
      }
    });

    it(`${name}: no leading words in a question (echt, eerlijk, bewust, goed genoeg)`, () => {
      for (const q of questionsOf(model)) {
        assert.doesNotMatch(q.text['nl'] ?? '', /\b(echt|eerlijk|bewust|goed genoeg|natuurlijk|uiteraard)\b/i, q.id);
        assert.doesNotMatch(q.text['en'] ?? '', /\b(really|honestly|truly|deliberately|make a point of)\b/i, q.id);
      }
    });

    it(`${name}: no idioms, and "heeft u" rather than "hebt u"`, () => {
      for (const [where, text] of texts(model, 'nl')) {
        assert.doesNotMatch(text, /\bhebt u\b/i, where);
        assert.doesNotMatch(text, /tussen wal en schip|één lijn trekken|kastje naar de muur|op één lijn/i, where);
      }
    });

    it(`${name}: no help text tells which answer is the good one`, () => {
      for (const q of questionsOf(model)) {
        assert.doesNotMatch(q.help?.['nl'] ?? '', /goede antwoord|kies(t)? (u|je) ['‘]?(ja|nee)/i, q.id);
        assert.doesNotMatch(q.help?.['en'] ?? '', /good answer|right answer|answer ["“]?(yes|no)/i, q.id);
      }
    });

    it(`${name}: every point reads as a finding in both lists, never as its question`, () => {
      for (const c of model.conditions) {
        for (const [kind, text] of [
          ['strength', c.strength],
          ['concern', c.concern],
        ] as const) {
          assert.ok(text, `${c.id} has a ${kind}`);
          for (const lang of ['nl', 'en']) assert.doesNotMatch(text[lang] ?? '', /\?$/, `${c.id} ${kind} (${lang})`);
        }
      }
    });

    // The initiators' set too: its tips ("Je kunt …") are advice, its agreements instructions (test/initiator-model.test.ts).
    it(`${name}: every condition has an agreement that is an instruction, not the advice`, () => {
      for (const c of model.conditions) {
        const agreement = c.agreement;
        assert.ok(agreement, `${c.id} has no agreement text`);
        assert.doesNotMatch(agreement['nl'] ?? '', /^(U |Je |Overweeg)/, c.id);
        assert.doesNotMatch(agreement['en'] ?? '', /^(Consider|You )/, c.id);
        for (const v of c.variants ?? [])
          if (v.agreement) assert.doesNotMatch(v.agreement['nl'] ?? '', /^(U |Je )/, `${c.id} variant`);
      }
    });
  }
});

describe('the seed’s list is asked: the goal, cooperation, moments of support, motivation', () => {
  it('the professionals’ check asks the goal, what they ask for and when they need support; cooperation and motivation have questions', () => {
    const intake = new Map(initiativeModel.intake.map((q) => [q.id, q]));
    assert.equal(intake.get('goal')?.kind, 'text');
    assert.equal(intake.get('request')?.kind, 'choices');
    assert.equal(intake.get('moments')?.kind, 'choices');
    assert.ok(
      questionsOf(initiativeModel).some((q) => q.id === 'C2'),
      'cooperation with organisations in the neighbourhood',
    );
    assert.ok(
      initiativeModel.conditions.some((c) => c.id === 'animo-motive-fits'),
      'motivation',
    );
  });

  it('the initiators’ set asks their own goal, the help they want, whether professionals take over their work, and trust', () => {
    const intake = new Map(initiatorModel.intake.map((q) => [q.id, q]));
    assert.equal(intake.get('goal')?.kind, 'text');
    assert.equal(intake.get('request')?.kind, 'choices');
    const text = (id: string): string => questionsOf(initiatorModel).find((q) => q.id === id)?.text['nl'] ?? '';
    assert.match(text('IT6'), /werk dat jullie zelf willen doen/);
    assert.match(text('IE5'), /vertrouwen/);
  });
});

describe('what only the initiators can say is asked of them', () => {
  it('the professionals’ check asks no hearsay about how the initiators feel', () => {
    for (const q of questionsOf(initiativeModel)) {
      assert.doesNotMatch(q.text['nl'] ?? '', /tevreden|voelen (zich|ze)|ervaren de initiatiefnemers/, q.id);
    }
  });

  it('each question of the initiators’ set mirrors a question of the professionals’ check, but the three without a true twin', () => {
    const twins = initiatorModel.correspondence.find((c) => c.model === initiativeModel.id);
    assert.equal(twins?.version, initiativeModel.version.split('.')[0]);
    const professional = new Set(questionsOf(initiativeModel).map((q) => q.id));
    for (const pair of twins?.questions ?? []) assert.ok(professional.has(pair.corresponds), pair.corresponds);
    // IT3 (the help you ask for), IE1 (answers in time) and IE2 (taken seriously) ask about an
    // outcome; the professionals' check asks only about a procedure there (content review, rank 9).
    const withoutTwin = ['IE1', 'IE2', 'IT3'];
    assert.deepEqual(
      questionsOf(initiatorModel)
        .map((q) => q.id)
        .filter((id) => !withoutTwin.includes(id))
        .sort(),
      (twins?.questions ?? []).map((p) => p.question).sort(),
      'every other question of theirs has its twin',
    );
  });

  it('the professionals’ check does not offer "initiatiefnemer" as respondent, and points initiators to their own questions', () => {
    const respondent = initiativeModel.intake.find((q) => q.id === 'respondent');
    assert.ok(!(respondent?.options ?? []).some((o) => o.value === 'initiator'));
    assert.match(respondent?.help?.['nl'] ?? '', /Bent u zelf initiatiefnemer\? Vul dan de vragen voor initiatiefnemers in/);
  });

  it('the initiators’ set speaks "je" throughout, and gives no role advice', () => {
    for (const [where, text] of texts(initiatorModel, 'nl')) {
      if (where === 'attribution') continue;
      assert.doesNotMatch(text, /\b(u|uw)\b/, `${where}: ${text}`);
    }
    assert.deepEqual([initiatorModel.roles, initiatorModel.roleRules, initiatorModel.defaultRole], [[], [], undefined]);
    assert.deepEqual(initiatorModel.attention, []);
  });
});

describe('the law, stated the way it is', () => {
  const all = (model: ActieModel): string =>
    texts(model, 'nl')
      .map(([, t]) => t)
      .join('\n');

  it('deviating from rules: a beleidsregel in special circumstances (Awb 4:84), a statutory rule only by an ontheffing it provides', () => {
    for (const model of [initiativeModel, organisationModel]) {
      const text = all(model);
      if (!/afwijk/.test(text)) continue;
      assert.match(text, /4:84/);
      assert.match(text, /ontheffing/);
      assert.doesNotMatch(text, /mag er van regels of beleid worden afgeweken/i, 'no loose "rules may be set aside"');
    }
  });

  it('permits are not optional; the volunteer insurance is secondary and not everywhere; the Gratis VOG with its conditions; WBTR', () => {
    const text = all(initiativeModel);
    assert.match(text, /geen papierwerk dat mag worden overgeslagen/);
    assert.match(text, /alleen als er geen andere verzekering is/);
    assert.match(text, /Niet elke gemeente heeft er een/);
    assert.match(text, /Gratis VOG/);
    assert.match(text, /eHerkenning \(niveau 2\+\)/);
    assert.match(text, /WBTR/);
  });

  it('the uitdaagrecht is commissioning, with the participatieverordening, never co-production', () => {
    const task = initiativeModel.roleRules.find((r) => r.id === 'task');
    assert.equal(task?.role, 'opdrachtgevend');
    assert.match(all(initiativeModel), /participatieverordening/);
    assert.match(all(organisationModel), /participatieverordening/);
    assert.match(all(organisationModel), /uitdaagrecht/);
  });
});

describe('sources: only what they were seen to say', () => {
  const unsourced = [
    /steun werkt beter als die past bij het motief/i,
    /support works better when it fits the/i,
    /\b(rood|blauw|wit)\b.*(stimul|facilit|coprod)/i,
    /uit onderzoek blijkt|onderzoek laat zien|research shows/i,
    /\bbronnen\b(?! over)/i,
  ];

  for (const [name, model] of MODELS) {
    it(`${name}: no claim the brief marks as unverified, no unnamed "bronnen"`, () => {
      for (const lang of ['nl', 'en']) {
        for (const [where, text] of texts(model, lang))
          for (const pattern of unsourced) assert.doesNotMatch(text, pattern, where);
      }
    });

    it(`${name}: every source is cited with its authors or publisher and a year`, () => {
      for (const a of model.areas) {
        for (const s of a.sources) {
          assert.ok(s.publisher && s.year, `${a.id}: ${s.title}`);
          if (s.title === 'Burgers maken hun buurt')
            assert.equal(s.authors, 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker');
        }
      }
    });
  }

  it('the attribution names the authors in the book’s order, ProDemos for the original online tool, and no endorsement', () => {
    assert.match(
      initiativeModel.attribution['nl'] ?? '',
      /Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker \(Platform31, 2013\)/,
    );
    assert.match(initiativeModel.attribution['nl'] ?? '', /ProDemos bood dat model eerder aan als online hulpmiddel/);
    assert.match(initiativeModel.attribution['en'] ?? '', /not made or endorsed by Movisie, Platform31 or ProDemos/);
    for (const [, model] of MODELS)
      assert.match(model.attribution['nl'] ?? '', /Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker/);
  });
});

describe('docs/model.md explains every role rule', () => {
  it('has a "why" for each rule of the model, and none for rules it no longer has', () => {
    const doc = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('Why each rule says what it says'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \| (.+?) \| (.+?) \|$/gm)];
    assert.deepEqual(documented.map((m) => m[1]).sort(), initiativeModel.roleRules.map((r) => r.id).sort());
    for (const m of documented) assert.ok((m[2] ?? '').length > 40 && (m[3] ?? '').length > 10, m[1]);
  });
});
