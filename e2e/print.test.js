// Print / PDF (issue 6): the print example as an A4 PDF, read back with pdftotext. The report must
// carry everything a team takes to its meeting, and none of the buttons. Chromium only: printing to
// PDF needs its DevTools protocol (Firefox over BiDi and WebKit over WebDriver cannot).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localize, parseSession, score, sessionInput } from '../packages/rules/dist/index.js';
import { initiativeModel as actieModel } from '../packages/rules/dist/model/builtin/initiative.js';
import { EXAMPLES, ensureDir, forEachEngine, newPage, open, resultsDir, root, settle } from './helpers.js';

/** The text of a PDF in content order (-raw keeps table cells together), by pdftotext from poppler-utils. */
function pdfToText(file) {
  try {
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if (error.code === 'ENOENT') {
      throw new Error(
        'pdftotext is missing. Install poppler-utils: sudo apt-get install -y --no-install-recommends poppler-utils',
      );
    }
    throw error;
  }
}

/** The page in print media as an A4 PDF in the results folder (checks it had no errors, closes it); its path. */
async function printToPdf(page, name) {
  await settle(page);
  await page.raw.emulateMedia({ media: 'print' });
  await settle(page);
  const file = join(ensureDir(resultsDir), name);
  await page.raw.pdf({ path: file, format: 'A4' });
  assert.deepEqual(await page.problems(), []);
  await page.close();
  return file;
}

/** Text for comparing: ligatures split, one space between words, no hyphenation at line ends. */
const normalize = (text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

forEachEngine(
  (env) => {
    test('print/: the A4 PDF has the whole report with the notes, in about six pages, and no buttons (Chromium only: PDF printing)', async () => {
      const nl = (text) => localize(text, 'nl', actieModel.languages);
      const session = parseSession(readFileSync(join(root, 'examples/sessions/wijkteam-noord.json'), 'utf8'));
      assert.ok(session.ok);
      const input = sessionInput(actieModel, session.value);
      assert.ok(input.ok);
      const result = await score(actieModel, input.value);
      const plan = JSON.parse(readFileSync(join(root, 'examples/plans/wijkteam-noord-plan.json'), 'utf8'));

      const page = await newPage(env);
      await open(page, env, EXAMPLES.print);
      await page.waitFor(() => document.documentElement.dataset.sampleLoaded === 'true', [], { message: 'the print sample' });
      await page.waitForSelector('actie-results >>> [part~="area"]');
      const file = await printToPdf(page, 'report.pdf');

      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      assert.match(info, /Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/, 'the PDF pages are A4');
      const text = normalize(pdfToText(file));
      const has = (needle, what) => assert.ok(text.includes(normalize(needle)), `the PDF should contain ${what}: "${needle}"`);

      has(nl(actieModel.title), 'the title');
      const date = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      has(date, "today's date");
      // The intake summary: the topic and the label of the chosen phase.
      has(session.value.intake.topic, 'the intake topic');
      const phase = actieModel.intake.find((q) => q.id === 'phase').options.find((o) => o.value === session.value.intake.phase);
      has(nl(phase.label), 'the intake phase');
      for (const area of actieModel.areas) has(nl(area.title), `the heading of area ${area.letter}`);
      has('Vraagt aandacht', 'the status "needs work"');
      has('Gaat al goed', 'the status "already going well"');
      const point = result.needsWork[0].actionPoint;
      has(nl(point.text).slice(0, 60), 'an action point');
      const role = actieModel.roles.find((r) => r.id === result.role.suggested);
      has(nl(role.title), 'the suggested role');
      for (const agreement of plan.agreements) has(agreement.what.slice(0, 50), 'an agreement');
      has(actieModel.areas[0].sources[0].title, 'a source');

      // Where the questions come from, with the authors in the book's order.
      has('Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker', 'the attribution');
      // What was said: the notes, each with its point.
      for (const note of Object.values(session.value.notes)) has(`Uw notitie: ${note}`, 'a note');
      // A professional's full report, the action plan included, fits in about six A4 pages
      // (docs/accessibility.md, "Printing"): the results take five pages, the plan the sixth.
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      console.log(`# print/ (results and action plan) printed on ${pages} A4 pages`);
      assert.ok(pages <= 7, `the report should take about six A4 pages, not ${pages}`);
      for (const label of [
        'Alles afdrukken',
        'Dit onderdeel afdrukken',
        'Downloaden',
        'Om later verder te gaan',
        'Zet op actieplan',
        'Vorige:',
        'Volgende:',
        'Afspraak toevoegen',
        'Stel voor vanuit de resultaten',
      ]) {
        assert.ok(!text.includes(label), `the PDF should not contain the button label "${label}"`);
      }
    });
  },
  { engines: ['chromium'] },
);
