/**
 * Every report a person can take away (text, Markdown, team report, plan in Markdown) says how an
 * area's status is read and where the questions come from.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aggregate,
  createSession,
  formatResult,
  formatTeamResult,
  modelSources,
  planToMarkdown,
  score,
  serializeSession,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { initiatorModel } from '../dist/model/builtin/initiator.js';
import { localize } from '../dist/index.js';

const AUTHORS_NL = /Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker \(Platform31, 2013\)/;
const AUTHORS_EN = /Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker \(Platform31, 2013\)/;

/** Markdown as it reads once rendered: escapes removed. */
const rendered = (md: string): string => md.replace(/\\(.)/g, '$1');

/** Every internal id of a model (conditions, questions, areas' points of attention) found in a text a person reads. */
function idsIn(model: typeof initiativeModel, text: string): string[] {
  const questions = model.areas.flatMap((a) => a.questions.map((q) => q.id));
  const ids = [...model.conditions.map((c) => c.id), ...model.attention.map((p) => p.id), ...questions];
  return ids.filter((id) => new RegExp(`(^|[^\\p{L}\\d-])${id}($|[^\\p{L}\\d-])`, 'u').test(text));
}

describe('formatResult keeps what was said', () => {
  const nl = (text: Parameters<typeof localize>[0]): string => localize(text, 'nl', initiativeModel.languages);
  const question = (id: string): string => nl(initiativeModel.areas.flatMap((a) => a.questions).find((q) => q.id === id)?.text);

  it('the topic heads it; a point of two questions shows both with their answers and notes; no ids', async () => {
    // "Support that fits what drives them" reads two questions: they told why (A1) and it was discussed (A9).
    const motive = initiativeModel.conditions.find((c) => JSON.stringify(c.when).includes('"A9"'));
    assert.ok(motive, 'a point made from A1 and A9');
    const input = {
      intake: { topic: 'Moestuin achter het buurthuis', goal: 'Buren leren elkaar kennen.', phase: 'running' as const },
      answers: { A1: 'yes' as const, A9: 'no' as const, C8: 'no' as const, C4: 'no' as const, T12: 'no' as const },
      notes: { A1: 'Ze vertelden het bij de koffie.', A9: 'Nog niet aan toegekomen.' },
    };
    const result = await score(initiativeModel, input);
    const md = rendered(formatResult(initiativeModel, result, { format: 'md', ...input }));
    const lines = md.split('\n');
    assert.equal(lines[0], '# Moestuin achter het buurthuis', 'the topic is the title');
    assert.equal(lines[2], nl(initiativeModel.title), "the model's title follows");
    assert.match(md, /^\*\*Doel\*\*: Buren leren elkaar kennen\.$/m);
    // Both questions with their answer, each note under its question.
    const block = md.slice(md.indexOf(nl(motive.concern)));
    const a1 = block.indexOf(`Vraag: ${question('A1')} Antwoord: ja.`);
    const a9 = block.indexOf(`Vraag: ${question('A9')} Antwoord: nee.`);
    assert.ok(a1 > 0 && a9 > a1, 'both questions of the point, in order');
    assert.ok(block.indexOf('Notitie: Ze vertelden het bij de koffie.') > a1, 'the note on A1');
    assert.ok(block.indexOf('Notitie: Nog niet aan toegekomen.') > a9, 'the note on A9');
    // The counts add up: fewer points than questions, and the report says why.
    const total = initiativeModel.areas.reduce((n, a) => n + a.questions.length, 0);
    assert.match(md, new RegExp(`De ${total} vragen vormen samen ${initiativeModel.conditions.length} punten`));
    // Where to start: three priorities.
    assert.match(md, /^## Begin hier$/m);
    // The first is the decisive point that needs work, marked as such.
    assert.match(md, new RegExp(`^1\\. \\*\\*${nl(motive.concern)}\\*\\* \\(beslissend punt\\)$`, 'm'));
    assert.deepEqual(
      lines.filter((l) => /^\d+\. /.test(l)).map((l) => l.slice(0, 3)),
      ['1. ', '2. ', '3. '],
    );
    assert.deepEqual(idsIn(initiativeModel, md), [], 'no internal ids');
    assert.deepEqual(idsIn(initiativeModel, formatResult(initiativeModel, result, input)), [], 'no internal ids in text either');
  });

  it("the initiators' own set: no role, and they are asked to discuss it with their contact person", async () => {
    const first = initiatorModel.areas[0]?.questions[0];
    assert.ok(first);
    const result = await score(initiatorModel, { intake: { topic: 'Buurtfeest' }, answers: { [first.id]: 'no' } });
    const text = formatResult(initiatorModel, result, { intake: { topic: 'Buurtfeest' } });
    assert.match(text, /^Buurtfeest\n=+$/m);
    assert.match(text, /^Bespreek je antwoorden met je contactpersoon\.$/m);
    assert.doesNotMatch(text, /Voorgestelde rol|Uw rol/);
    assert.match(formatResult(initiatorModel, result, { lang: 'en' }), /^Discuss your answers with your contact person\.$/m);
    assert.doesNotMatch(
      formatResult(initiativeModel, await score(initiativeModel, { answers: {} })),
      /Bespreek je antwoorden/,
      'not for professionals',
    );
  });
});

describe('reports: the area rule and the attribution', () => {
  it('formatResult, as text and Markdown, in Dutch and English', async () => {
    const result = await score(initiativeModel, {
      intake: { phase: 'idea', origin: 'professional', role: 'faciliterend' },
      answers: { A3: 'no' },
    });
    const text = formatResult(initiativeModel, result);
    // The area rule in one unambiguous sentence each: good, needs work, mixed in between, unknown.
    assert.match(
      text,
      /Een onderdeel gaat goed als hooguit één op de acht punten aandacht vraagt, en geen beslissend punt\. Het vraagt aandacht als evenveel of meer punten aandacht vragen dan er goed gaan\. Daartussen is het wisselend\./,
    );
    assert.match(text, /^Over deze check$/m);
    assert.match(text, AUTHORS_NL);
    assert.match(text, /niet gemaakt of goedgekeurd door Movisie, Platform31 of ProDemos/);
    assert.match(
      text,
      /Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker \(2013\)\. Burgers maken hun buurt\. Platform31\./,
    );
    // The chosen role differs from the suggestion: the report says so and invites a deliberate choice.
    assert.match(
      text,
      /Uw rol nu: Faciliterend\. Die is anders dan de voorgestelde rol\. Bespreek of u bewust voor uw rol kiest\./,
    );

    const md = rendered(formatResult(initiativeModel, result, { lang: 'en', format: 'md' }));
    assert.match(
      md,
      /An area goes well when at most one in eight points needs work, and no decisive point does\. It needs work when as many or more points need work as go well\. In between, it is mixed\./,
    );
    assert.match(md, /^## About this check$/m);
    assert.match(md, AUTHORS_EN);
    assert.match(md, /^- Vivien Lowndes, Lawrence Pratchett & Gerry Stoker \(2006\)\. Diagnosing/m);
  });

  it('formatTeamResult lists sessions carried over from an older version, and the attribution', async () => {
    const now = createSession(initiativeModel, { answers: { A3: 'yes' } });
    // A file saved with version 1.0 is of format 2: it has no session id.
    const old: Record<string, unknown> = {
      ...(JSON.parse(serializeSession(now)) as Record<string, unknown>),
      formatVersion: 2,
      model: { id: 'actie-default', version: '1.0' },
    };
    delete old['id'];
    const team = await aggregate(initiativeModel, [
      { source: 'nieuw.json', data: now },
      { source: 'oud.json', data: old },
    ]);
    // The 1.0 file is carried over to 3.0 (A3 was kept in both steps) and counted beside the new one.
    assert.equal(team.participants, 2);
    assert.deepEqual(
      team.migrated.map((m) => [m.source, m.from, m.report.to]),
      [['oud.json', '1.0', '3.0']],
    );
    assert.deepEqual(team.migrated[0]?.report.carried, [{ from: 'A3', to: 'A3' }]);
    assert.equal(team.questions.find((q) => q.question === 'A3')?.counts.yes, 2);
    const text = formatTeamResult(initiativeModel, team);
    assert.match(text, /^Omgezet naar de nieuwe versie van de vragen \(1\)$/m);
    assert.match(text, /- oud\.json: ingevuld met versie 1\.0/);
    assert.match(text, AUTHORS_NL);
    assert.match(text, /Een onderdeel gaat goed als/);
  });

  it('modelSources lists every source of the model once, in the order of the areas, as the report does', async () => {
    const all = initiativeModel.areas.flatMap((a) => a.sources);
    const sources = modelSources(initiativeModel);
    const keys = sources.map((s) => `${s.title}|${s.year}`);
    assert.equal(new Set(keys).size, keys.length, 'each once');
    assert.deepEqual(new Set(keys), new Set(all.map((s) => `${s.title}|${s.year}`)), 'none left out');
    assert.ok(sources.length < all.length, 'the built-in model names some sources in several areas');
    assert.deepEqual(sources[0], all[0], 'the first area first');
    const text = formatResult(initiativeModel, await score(initiativeModel, { answers: {} }));
    const listed = text.slice(text.lastIndexOf('Bronnen:'));
    assert.equal(listed.split('\n').filter((line) => line.startsWith('  - ')).length, sources.length, 'the report lists them');
  });

  it('planToMarkdown with a model ends with the attribution', () => {
    const plan = { agreements: [{ id: 'a', condition: 'A3', what: 'Langs de deuren', who: 'Sam', status: 'open' as const }] };
    const md = rendered(planToMarkdown(plan, { model: initiativeModel }));
    assert.match(md, /^## Over deze check$/m);
    assert.match(md, AUTHORS_NL);
    assert.doesNotMatch(planToMarkdown(plan), /Over deze check/, 'without a model there is nothing to attribute');
  });
});
