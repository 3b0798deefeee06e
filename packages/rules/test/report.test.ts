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
  planToMarkdown,
  score,
  serializeSession,
} from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';

const AUTHORS_NL = /Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker \(Platform31, 2013\)/;
const AUTHORS_EN = /Bas Denters, Evelien Tonkens, Imrat Verhoeven and Judith Bakker \(Platform31, 2013\)/;

/** Markdown as it reads once rendered: escapes removed. */
const rendered = (md: string): string => md.replace(/\\(.)/g, '$1');

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

  it('planToMarkdown with a model ends with the attribution', () => {
    const plan = { agreements: [{ id: 'a', condition: 'A3', what: 'Langs de deuren', who: 'Sam', status: 'open' as const }] };
    const md = rendered(planToMarkdown(plan, { model: initiativeModel }));
    assert.match(md, /^## Over deze check$/m);
    assert.match(md, AUTHORS_NL);
    assert.doesNotMatch(planToMarkdown(plan), /Over deze check/, 'without a model there is nothing to attribute');
  });
});
