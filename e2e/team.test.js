// The team meeting (issue 20, section 4, and the team part of section 6): the sample team of
// examples/team/sessions/ (four professionals, three initiators) in <actie-team-overview>, in every
// engine; print in Chromium. One page load per width, several checks each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregate, discussFirst, localize } from '../packages/rules/dist/index.js';
import { initiativeModel } from '../packages/rules/dist/model/builtin/initiative.js';
import { initiatorModel } from '../packages/rules/dist/model/builtin/initiator.js';
import { EXAMPLES, ensureDir, forEachEngine, newPage, open, resultsDir, root, settle } from './helpers.js';

const TEAM = ['wijkprofessional.json', 'opbouwwerker.json', 'ambtenaar.json', 'leidinggevende.json'];
const INITIATORS = ['initiatiefnemer-1.json', 'initiatiefnemer-2.json', 'initiatiefnemer-3.json'];
const ALL = [...TEAM, ...INITIATORS];

/** The team result of the sample files, worked out by @actie/rules itself (what the screen must show). */
async function expected(names) {
  const sessions = names.map((name) => ({
    source: name,
    data: readFileSync(join(root, 'examples/team/sessions', name), 'utf8'),
  }));
  return aggregate(initiativeModel, sessions);
}

const nl = (text) => localize(text, 'nl', initiativeModel.languages);
/** A point as a single report names it: its concern when it needs work, its strength when it goes well. */
const pointName = (c) => nl(c.status === 'needs-work' ? c.concern : c.status === 'good' ? c.strength : c.title);
/** Every question code of both models: none may appear on screen. */
const CODES = [initiativeModel, initiatorModel].flatMap((m) => m.areas.flatMap((a) => a.questions.map((q) => q.id)));

/** Hand sample files to the file input (they join those read before) and wait until they are combined. */
async function add(page, names) {
  const before = await page.evaluate(() => document.querySelector('actie-team-overview').files.length);
  await page.setInputFiles(
    'actie-team-overview >>> input[type="file"]',
    names.map((f) => `examples/team/sessions/${f}`),
  );
  await page.waitFor(
    (n) => {
      const el = document.querySelector('actie-team-overview');
      return el.files.length === n && !el.reading;
    },
    [before + names.length],
    { message: 'the files to be read and combined' },
  );
  await page.evaluate(() => document.querySelector('actie-team-overview').settled());
  await settle(page);
}

/** Runs in the page: what the team overview shows, read from its shadow root. */
function read() {
  const root = document.querySelector('actie-team-overview').shadowRoot;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const box = (selector) => {
    const node = root.querySelector(selector);
    if (!node) return null;
    const r = node.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, height: r.height };
  };
  return {
    text: text(root),
    pageHeight: document.documentElement.scrollHeight,
    oneFile: text(root.querySelector('[part~="one-file"]')),
    hiddenCompanion: text(root.querySelector('[part~="companion-hidden"]')),
    gridHeads: [...root.querySelectorAll('table[part~="grid"] thead th')].map(text),
    agenda: [...root.querySelectorAll('[part~="agenda-item"]')].map((li) => ({
      id: li.dataset.condition,
      title: text(li.querySelector('[part~="agenda-title"] span:last-child')),
      reason: text(li.querySelector('[part~="agenda-reason"]')),
    })),
    agendaButton: text(root.querySelector('[part~="agenda-button"]')),
    boxes: {
      result: box('[part~="overview"]'),
      discuss: box('[part~="discuss-first"]'),
      companion: box('[part~="companion"]'),
      grid: box('[part~="grid-section"]'),
      filters: box('[part~="filters"]'),
      tables: box('.grid-tables'),
    },
    rows: [...root.querySelectorAll('table[part~="grid"] [part~="condition"]')].map((row) => row.dataset.condition),
    filterLabels: [...root.querySelectorAll('[part~="filter"] label')].map(text),
  };
}

/** Runs in the page: words of the tables that are broken over two lines, and tables that stick out without a scroll container. */
function layoutProblems() {
  const root = document.querySelector('actie-team-overview').shadowRoot;
  const broken = [];
  for (const cell of root.querySelectorAll('table caption, table th, table td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.visually-hidden')) continue;
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  const stickingOut = [...root.querySelectorAll('.grid-scroll')]
    .filter((s) => s.scrollWidth > s.clientWidth + 1 && getComputedStyle(s).overflowX !== 'auto')
    .map((s) => s.textContent.trim().slice(0, 40));
  return {
    broken: [...new Set(broken)],
    stickingOut,
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    tables: root.querySelectorAll('table').length,
  };
}

forEachEngine((env) => {
  test('team/: one file is not a team; two initiators stay hidden; then "Bespreek eerst", the initiators and one-screen overview at 1280 × 900', async () => {
    const page = await newPage(env, { width: 1280, height: 900 });
    await open(page, env, EXAMPLES.team);

    // One file: not a team yet.
    await add(page, [TEAM[0]]);
    assert.equal(
      (await page.evaluate(read)).oneFile,
      'Er is één bestand ingelezen. Voeg de bestanden van de anderen toe om de antwoorden te vergelijken.',
    );

    // The rest of the team and two initiators: two is fewer than three, so their answers are not shown.
    await add(page, [...TEAM.slice(1), ...INITIATORS.slice(0, 2)]);
    let shown = await page.evaluate(read);
    assert.equal(shown.oneFile, '');
    assert.match(shown.text, /Groepen van minder dan 3 deelnemers tonen we niet apart/);
    assert.equal(
      shown.hiddenCompanion,
      'Aantal initiatiefnemers: 2. Hun antwoorden tonen we pas vanaf 3 deelnemers, zodat niemand herkenbaar is.',
    );
    assert.ok(!shown.gridHeads.some((h) => /Initiatiefnemers/.test(h)), `no initiators' column: ${shown.gridHeads}`);
    assert.ok(!shown.text.includes('Wat de initiatiefnemers schreven'), 'nor what they wrote');

    // The third initiator: now they are shown.
    await add(page, [INITIATORS[2]]);
    shown = await page.evaluate(read);
    const team = await expected(ALL);
    assert.ok(shown.gridHeads.includes('Initiatiefnemers (3)'), `the initiators' column: ${shown.gridHeads}`);

    // Bespreek eerst: the points of discussFirst, named by their concern, each with its reason in words.
    const first = discussFirst(team);
    assert.ok(first.length > 0 && first.length <= 5);
    assert.deepEqual(
      shown.agenda.map((a) => [a.id, a.title]),
      first.map((p) => [p.condition.id, pointName(p.condition)]),
    );
    for (const item of shown.agenda) assert.match(item.reason, /^Team: .+\. .+/, `a reason for ${item.id}: ${item.reason}`);
    const withInitiators = shown.agenda.find((a) => first.find((p) => p.condition.id === a.id)?.views.length);
    assert.match(
      withInitiators?.reason ?? '',
      /De initiatiefnemers zien het anders: volgens het team .+, volgens de initiatiefnemers .+\./,
    );
    assert.equal(shown.agendaButton, 'Agenda afdrukken');

    // The order: the result, Bespreek eerst, the initiators' view, the overview.
    const b = shown.boxes;
    assert.ok(
      b.result.top < b.discuss.top && b.discuss.bottom <= b.companion.top && b.companion.bottom <= b.grid.top,
      JSON.stringify(b),
    );
    // The overview's tables fit one desktop screen; the filter sits right above them.
    assert.ok(b.tables.height <= 900, `the overview is ${Math.round(b.tables.height)} px tall`);
    assert.ok(b.tables.top - b.filters.bottom < 40, 'the filter is right above the tables it changes');
    assert.ok(shown.pageHeight <= 6000, `the page is ${shown.pageHeight} px tall at 1280 px`);

    // "Sterk verschil" is a divided team, not one dissenter: the filter counts them and shows just those rows.
    const strong = team.conditions.filter((c) => c.disagreementLevel === 'strong').map((c) => c.id);
    assert.ok(strong.length > 0 && strong.length < 8, `a few strong differences: ${strong}`);
    assert.equal(shown.rows.length, team.conditions.length);
    assert.ok(shown.filterLabels.includes(`Sterk verschil (${strong.length})`), shown.filterLabels.join(' | '));
    await page.click('actie-team-overview >>> [part~="filter"] input[value="strong"]');
    await settle(page);
    const filtered = await page.evaluate(read);
    assert.deepEqual(filtered.rows.sort(), [...strong].sort());
    assert.ok(filtered.boxes.tables.top - filtered.boxes.filters.bottom < 40, 'still right below the filter');

    // No question codes anywhere (the questions by their wording), and no names.
    const codes = CODES.filter((id) => new RegExp(`\\b${id}\\b`).test(shown.text));
    assert.deepEqual(codes, [], 'no question codes on screen');
    assert.ok(!shown.text.includes('Sanne'), 'no participant name');
    assert.deepEqual(await page.problems(), []);
    await page.close();
  });

  for (const width of [390, 320]) {
    test(`team/ at ${width} px: tables scroll sideways in their own box, and no word is broken inside`, async () => {
      const page = await newPage(env, { width, height: 844 });
      await open(page, env, EXAMPLES.team);
      await add(page, ALL);
      // Open a row: its details (bars and answers per question) sit inside the table.
      await page.click('actie-team-overview >>> [part~="grid"] [part~="toggle"]');
      await settle(page);
      const problems = await page.evaluate(layoutProblems);
      assert.ok(problems.tables >= 5, 'the overview tables and the comparison');
      assert.deepEqual(problems.broken, [], 'words broken over two lines');
      assert.deepEqual(problems.stickingOut, [], 'tables wider than their box without scrolling');
      assert.ok(problems.pageOverflow <= 1, `the page scrolls sideways by ${problems.pageOverflow} px`);
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  }
});

// ---- Print (Chromium only: printing to PDF needs its DevTools protocol) ----------------------------

function pdfText(file, pageNumber) {
  const range = pageNumber ? ['-f', String(pageNumber), '-l', String(pageNumber)] : [];
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' });
}

function pdfPages(file) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
}

async function printToPdf(page, name) {
  await page.raw.emulateMedia({ media: 'print' });
  await settle(page);
  const file = join(ensureDir(resultsDir), name);
  await page.raw.pdf({ path: file, format: 'A4' });
  return file;
}

forEachEngine(
  (env) => {
    test('team/ print: the whole result without captions or headings stranded at a page end, and the agenda alone on one A4 page', async () => {
      const page = await newPage(env, { width: 1280, height: 900 });
      await open(page, env, EXAMPLES.team);
      await add(page, ALL);
      const team = await expected(ALL);

      const file = await printToPdf(page, 'team.pdf');
      const pages = pdfPages(file);
      console.log(`team/ prints on ${pages} A4 pages`);
      const all = pdfText(file);
      assert.match(all, /Bespreek eerst/);
      assert.match(all, /Alle punten in één overzicht/);
      assert.ok(!all.includes('Antwoorden van het team inlezen'), 'no import section in print');
      // The overview names every point in print too (its name sits in the row's button).
      const flat = all.replace(/\s+/g, ' ');
      const unnamed = team.conditions.map((c) => nl(c.title)).filter((title) => !flat.includes(title.slice(0, 24)));
      assert.deepEqual(unnamed, [], 'points without their name in the printed overview');
      // What may never end a page: an area's caption, a table head, a section heading.
      const captions = initiativeModel.areas.map((a) => new RegExp(`^\\s*${a.letter}\\s+${nl(a.title)}\\b`));
      const headings = ['Bespreek eerst', 'Alle punten in één overzicht', 'Zo zien de initiatiefnemers het (3)', 'Teamresultaat'];
      for (let n = 1; n < pages; n++) {
        const lines = pdfText(file, n)
          .split('\n')
          .map((l) => l.trimEnd())
          .filter((l) => l.trim() !== '');
        const last = lines[lines.length - 1] ?? '';
        assert.ok(!captions.some((c) => c.test(last)), `page ${n} ends with a caption: "${last.trim()}"`);
        assert.ok(!/^\s*Punt\s+Team/.test(last), `page ${n} ends with a table head: "${last.trim()}"`);
        assert.ok(!headings.includes(last.trim()), `page ${n} ends with a heading: "${last.trim()}"`);
      }

      // "Agenda afdrukken" sets print-part="agenda" on the element before the print dialog: that part alone.
      await page.raw.emulateMedia({ media: 'screen' });
      await page.evaluate(async () => {
        const el = document.querySelector('actie-team-overview');
        el.printPart = 'agenda';
        await el.updateComplete;
      });
      const agenda = await printToPdf(page, 'team-agenda.pdf');
      assert.equal(pdfPages(agenda), 1, 'the agenda is one A4 page');
      const text = pdfText(agenda).replace(/\s+/g, ' ');
      for (const point of discussFirst(team)) {
        const name = pointName(point.condition);
        assert.ok(text.includes(name.slice(0, 40)), `the agenda names "${name}"`);
      }
      for (const absent of [
        'Alle punten in één overzicht',
        'De antwoorden van het team samenvoegen',
        'Afspraken van het team',
        'Zet op actieplan',
      ]) {
        assert.ok(!text.includes(absent), `the agenda print leaves out "${absent}"`);
      }
      assert.deepEqual(await page.problems(), []);
      await page.close();
    });
  },
  { engines: ['chromium'] },
);
