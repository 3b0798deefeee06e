/**
 * The default model's texts, reviewed against the ACTIE-model like code against its spec
 * (../shared/domain/actie-model.md, sections 2 and 3; docs/model.md). These checks keep the
 * review's findings from coming back: questions about facts, not about what the user knows; one
 * meaning per question; help that never tells which answer is good; B1 wording kept consistent;
 * an agreement text in the imperative for every condition; attribution in the book's order.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { LocalizedText } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';

const questions = initiativeModel.areas.flatMap((a) => a.questions);

/** Every Dutch text of the model, with where it is. */
function dutchTexts(): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: LocalizedText | undefined): void => {
    if (text?.['nl'] !== undefined) out.push([where, text['nl']]);
  };
  add('title', initiativeModel.title);
  add('attribution', initiativeModel.attribution);
  for (const q of initiativeModel.intake) {
    add(`intake ${q.id}`, q.text);
    add(`intake ${q.id} help`, q.help);
    for (const o of q.options ?? []) add(`intake ${q.id} ${o.value}`, o.label);
  }
  for (const a of initiativeModel.areas) {
    add(`${a.id} summary`, a.summary);
    add(`${a.id} research`, a.research);
  }
  for (const q of questions) {
    add(q.id, q.text);
    add(`${q.id} help`, q.help);
    add(`${q.id} action`, q.action);
    add(`${q.id} agreement`, q.agreement);
  }
  for (const c of initiativeModel.conditions) {
    add(`${c.id} title`, c.title);
    add(`${c.id} action`, c.action);
    add(`${c.id} agreement`, c.agreement);
    for (const v of c.variants ?? []) add(`${c.id} variant`, v.text);
  }
  for (const r of initiativeModel.roleRules) add(`role rule ${r.id}`, r.reason);
  for (const r of initiativeModel.roles) add(`role ${r.id}`, r.description);
  return out;
}

describe('questions mean one thing', () => {
  it('no question asks whether the user knows something', () => {
    for (const q of questions) {
      assert.doesNotMatch(q.text['nl'] ?? '', /^(Weet|Weten|Kent) u\b/, q.id);
      assert.doesNotMatch(q.text['en'] ?? '', /^Do you know\b/, q.id);
    }
  });

  it('every question asks one question (one question mark)', () => {
    for (const q of questions) {
      for (const lang of ['nl', 'en']) {
        assert.equal((q.text[lang] ?? '').split('?').length - 1, 1, `${q.id} (${lang}): ${q.text[lang]}`);
      }
    }
  });

  it('the double questions of version 1 are split, and the procedures sit in Inbedding', () => {
    const byText = (nl: string): string | undefined => questions.find((q) => q.text['nl'] === nl)?.id;
    assert.equal(byText('Geeft u alleen de hulp die de bewoners vragen?'), 'T6');
    assert.equal(byText('Heeft u met de initiatiefnemers afgesproken wie wat doet?'), 'E5');
    assert.equal(byText('Heeft u de initiatiefnemers eerlijk verteld wat wel en niet kan?'), 'E6');
    const paperwork = questions.find((q) => q.id === 'I8');
    assert.match(paperwork?.text['nl'] ?? '', /meer papierwerk .* verantwoording afleggen/);
    assert.equal(initiativeModel.areas.find((a) => a.questions.includes(paperwork as never))?.id, 'inbedding');
  });

  it('asks what the review found missing: formal side, policy fit and ownership, reachability, trust', () => {
    const has = (id: string, pattern: RegExp): void => {
      assert.match(questions.find((q) => q.id === id)?.text['nl'] ?? '', pattern, id);
    };
    has('T4', /bankrekening.*vereniging of stichting/);
    has('I2', /welke afdeling of welk team/);
    has('I3', /beleid/);
    has('E9', /’s avonds of in het weekend/);
    has('E10', /vertrouwen/);
  });

  it('Animo is a balance: the organisation’s own goals are discussed openly, not ranked below the residents’', () => {
    const a5 = questions.find((q) => q.id === 'A5');
    assert.match(a5?.text['nl'] ?? '', /eigen doelen .* open besproken/);
    assert.doesNotMatch(a5?.text['nl'] ?? '', /voorop|vóór/);
  });
});

describe('help texts and wording', () => {
  it('no help text tells which answer is the good one', () => {
    for (const q of questions) {
      assert.doesNotMatch(q.help?.['nl'] ?? '', /goede antwoord|kies(t)? u ['‘]?(ja|nee)/i, q.id);
      assert.doesNotMatch(q.help?.['en'] ?? '', /good answer|right answer|answer ["“]?(yes|no)/i, q.id);
    }
  });

  it('uses "heeft u", never "hebt u"', () => {
    for (const [where, text] of dutchTexts()) assert.doesNotMatch(text, /\bhebt u\b/i, where);
  });

  it('the elected official reads naturally in English', () => {
    const respondent = initiativeModel.intake.find((q) => q.id === 'respondent');
    const administrator = respondent?.options?.find((o) => o.value === 'administrator');
    assert.equal(administrator?.label['en'], 'Elected official, such as an alderman');
  });

  it('the English CLEAR framework is described as comparable, not quoted as the source of an idea', () => {
    for (const a of initiativeModel.areas) {
      if (!/CLEAR/.test(a.research['nl'] ?? '')) continue;
      assert.match(a.research['nl'] ?? '', /vergelijkbaars/, a.id);
      assert.match(a.research['en'] ?? '', /comparable/, a.id);
    }
  });
});

describe('agreements: what to do next, in the imperative', () => {
  it('every condition has an agreement text that is an instruction, not the "U kunt …" advice', () => {
    for (const c of initiativeModel.conditions) {
      assert.ok(c.agreement, `${c.id} has no agreement text`);
      assert.doesNotMatch(c.agreement['nl'] ?? '', /^(U |Je |Overweeg)/, c.id);
      assert.doesNotMatch(c.agreement['en'] ?? '', /^(Consider|You )/, c.id);
      assert.ok((c.agreement['nl'] ?? '').length <= 160, `${c.id}: keep it short enough for the plan's "what"`);
    }
  });

  it('the long-term support point concerns the organisation’s multi-year support', () => {
    const i12 = initiativeModel.conditions.find((c) => c.id === 'I12');
    assert.match(i12?.agreement?.['nl'] ?? '', /meer jaren/);
    assert.match(i12?.agreement?.['en'] ?? '', /several years/);
  });
});

describe('attribution', () => {
  it('names the authors in the book’s order and says the toolkit is not made or endorsed by Movisie or Platform31', () => {
    assert.match(
      initiativeModel.attribution['nl'] ?? '',
      /Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker \(Platform31, 2013\)/,
    );
    assert.match(
      initiativeModel.attribution['en'] ?? '',
      /Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker \(Platform31, 2013\)/,
    );
    assert.match(initiativeModel.attribution['nl'] ?? '', /niet gemaakt of goedgekeurd door Movisie of Platform31/);
    assert.match(initiativeModel.attribution['en'] ?? '', /not made or endorsed by Movisie or Platform31/);
  });

  it('lists sources with their authors', () => {
    for (const a of initiativeModel.areas) {
      const book = a.sources.find((s) => s.title === 'Burgers maken hun buurt');
      assert.equal(book?.authors, 'Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker', a.id);
      const clear = a.sources.find((s) => s.title.includes('CLEAR'));
      if (clear) assert.equal(clear.authors, 'Vivien Lowndes, Lawrence Pratchett & Gerry Stoker', a.id);
    }
  });
});

describe('docs/model.md explains every role rule', () => {
  it('has a "why" and a source for each rule of the model, and none for rules it no longer has', () => {
    const doc = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('Why each rule says what it says'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \| (.+?) \| (.+?) \|$/gm)];
    assert.deepEqual(documented.map((m) => m[1]).sort(), initiativeModel.roleRules.map((r) => r.id).sort());
    for (const m of documented) assert.ok((m[2] ?? '').length > 40 && (m[3] ?? '').length > 10, m[1]);
  });
});
