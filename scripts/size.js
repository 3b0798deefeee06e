// Size of what a page downloads, measured in Debian's Chromium from the network log (the scripts
// the page really fetched, each gzipped at level 9 as a compressing server would send it), not by
// adding up file sizes.
//
//   node scripts/size.js            print the figures; exit 1 while a target is not met
//   node scripts/size.js --write    also rewrite the generated part of docs/size.md
//   node scripts/size.js --check    exit 1 when a CI ceiling is broken (CI: scripts/test-all.js)
//
// Two limits per figure: the target of issue 11 (below), and the ceiling CI enforces meanwhile so
// the bundle does not grow while the target is not met yet (the measured figure when it was set,
// plus a small margin; lower it as the bundle shrinks, never raise it to let growth in).
// Targets (gzip, 1 kB = 1,000 bytes):
// - script fetched before the first question is interactive on the default page (examples/basic/:
//   <actie-session> with <actie-assessment>, Dutch): FIRST_QUESTION_BUDGET_KB;
// - every file of the script-tag bundle together (actie.js and all of dist/chunks/, which a page
//   with all five elements fetches): ALL_CHUNKS_BUDGET_KB.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.js';
import { BUNDLE_PATH, DEFAULT_PAGE, gzipSize, kB, loadPage, startBrowser } from './page-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}packages/components/dist`;

/** Script before the first question is interactive, default page, Dutch (issue 11). */
export const FIRST_QUESTION_BUDGET_KB = 35;
/** All chunks of the script-tag bundle together (issue 11: no more than the single file was). */
export const ALL_CHUNKS_BUDGET_KB = 85;
/**
 * CI ceilings (lower them as the bundle shrinks, never raise them to let growth in). Before the
 * first question the target is met (2 December 2026: 34.5 kB), so its ceiling is the target. All
 * chunks together: lowered to 156 kB at 155.6 kB, then raised once, on purpose, to 158 kB (2
 * December 2026, at 157.6 kB): the organisation and initiator models got a chunk each (+2 kB in
 * total, as gzip no longer shares their texts), which took the team overview page from 112.8 to
 * 84.4 kB, because it now loads only the initiators' model. The 85 kB target of issue 11 was the single
 * file before issue 10 added two models and the team overview; loading in parts costs some bytes
 * in total (each split loses what gzip shares between the parts, and a chunk has its own imports),
 * in return for what a page fetches: see docs/size.md. Raised once more, on purpose, to 166 kB (7
 * December 2026, at 165.0 kB): json-rules-engine is now bundled as published, with its real
 * dependencies (eventemitter2, hash-it, clone) instead of stand-ins (issue 21); it sits in the
 * scoring chunk, which a page fetches at the first score, so no page's first load grows.
 */
/*
 * Raised once more, on purpose (7 December 2026), with the figures of that day plus under 1 kB,
 * because the product grew where users asked for it, not by accident:
 * - content v3 (issue 19): 44 questions with help texts, the initiative's goal and topic, the
 *   stake and request in the intake, offers, points of attention and phase variants; the
 *   questions part of the default model (loaded before the first question) grew by about 2 kB
 *   gzip, the rest of the model by more;
 * - the journey (issue 20): three questions a page, the compact step list, "check your answers",
 *   the results as a step with "Begin hier", the plan's proposal, "Bespreek eerst" and the one
 *   download control: the assessment chunk went from 7.9 to 10.5 kB, results, plan and team
 *   pages each 4 to 6 kB;
 * - one Rollup pass instead of two (issue 21: it saved 0.5 kB, under the 1 kB bar).
 * Lowered again (7 December 2026, issue 21), to 36 kB at 35.6 kB: the help texts of the area
 * questions come with the rest of the model, "check your answers" and the notices are chunks loaded
 * when first needed, and the session store no longer brings draftPlan's ranking. The 35 kB target
 * is 0.6 kB away: see docs/size.md. All chunks together: raised once more, on purpose, to 243 kB
 * (at 242.2 kB): those two new chunks and the shared download control each lose what gzip shared
 * with the chunk they came from, and json-rules-engine's scoring branch per comparison adds 0.4 kB
 * to the scoring chunk; no page's first load grows.
 */
export const FIRST_QUESTION_CEILING_KB = 36;
export const ALL_CHUNKS_CEILING_KB = 243;
/**
 * CI ceilings per page with one element (gzip, kB), the figure of 2 December 2026 plus about
 * 1 kB. The total above can hide a page that grows (code moving from one chunk into another that
 * more pages load): these cannot. Lower them as pages shrink; raise one only with its reason here.
 */
export const ELEMENT_CEILINGS_KB = {
  // Lowered 7 December 2026 (issue 21) at 23.2 kB.
  'actie-session': 24,
  'actie-assessment': FIRST_QUESTION_CEILING_KB,
  // Raised 7 December 2026 (see FIRST_QUESTION_CEILING_KB): content v3, the journey of issue 20,
  // and json-rules-engine as published (issue 21: its chunk comes with the first score).
  'actie-results': 69,
  'actie-action-plan': 81,
  'actie-team-overview': 107,
};

const ELEMENTS = ['actie-session', 'actie-assessment', 'actie-results', 'actie-action-plan', 'actie-team-overview'];

/** A page with only these elements (inside an <actie-session> unless it is the session itself). */
function pageWith(tag) {
  const body = tag === 'actie-session' ? '<actie-session></actie-session>' : `<actie-session><${tag}></${tag}></actie-session>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${tag}</title>
<script type="module" src="${BUNDLE_PATH}"></script></head><body>${body}</body></html>`;
}

const sum = (scripts, key) => scripts.reduce((total, s) => total + s[key], 0);

if (!existsSync(`${dist}/actie.js`)) {
  console.error('packages/components/dist/actie.js is missing: run `pnpm run build` first.');
  process.exit(1);
}

const env = await startBrowser();
let report;
try {
  // 1. The default page: what is fetched before the first question can be answered, and after.
  const first = await loadPage(env, DEFAULT_PAGE);
  if (first.problems.length) throw new Error(`${DEFAULT_PAGE}: ${first.problems.join('\n')}`);
  const interactive = first.first.interactive;
  const before = first.scripts.filter((s) => s.startTime <= interactive);
  const later = first.scripts.filter((s) => s.startTime > interactive);

  // 2. Per element: a page with only that element (in a session), everything it fetches.
  const perElement = [];
  for (const tag of ELEMENTS) {
    const loaded = await loadPage(env, `/examples/size-${tag}.html`, {
      html: pageWith(tag),
      waitForQuestion: tag === 'actie-assessment',
    });
    if (loaded.problems.length) throw new Error(`${tag}: ${loaded.problems.join('\n')}`);
    perElement.push({ tag, scripts: loaded.scripts });
  }

  // 3. Every chunk together: a page with all five elements must fetch all of them.
  const all = await loadPage(env, '/examples/size-all.html', {
    html: pageWith('actie-assessment').replace(
      '</actie-assessment>',
      '</actie-assessment><actie-results></actie-results><actie-action-plan></actie-action-plan><actie-team-overview></actie-team-overview>',
    ),
  });
  const files = [
    'actie.js',
    ...readdirSync(`${dist}/chunks`)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `chunks/${f}`),
  ];
  const onDisk = files.map((f) => ({ path: f, gzip: gzipSize(readFileSync(`${dist}/${f}`)) }));
  const notFetched = files.filter((f) => !all.scripts.some((s) => s.path.endsWith(`/dist/${f}`)));
  report = { before, later, interactive, perElement, all, onDisk, notFetched };
} finally {
  await env.close();
}

const { before, later, interactive, perElement, all, onDisk, notFetched } = report;
const firstGzip = sum(before, 'gzip');
const allGzip = sum(onDisk, 'gzip');
const pageAllGzip = sum(all.scripts, 'gzip');
const name = (s) => s.path.replace(/^.*\/dist\//, '');
const lines = [];
const out = (line = '') => lines.push(line);

out(`Default page ${DEFAULT_PAGE} (Dutch), first question interactive after ${interactive.toFixed(0)} ms:`);
for (const s of before) out(`  ${name(s).padEnd(44)} ${kB(s.bytes).padStart(7)} kB min ${kB(s.gzip).padStart(6)} kB gzip`);
out(`  before the first question: ${kB(firstGzip)} kB gzip (budget ${FIRST_QUESTION_BUDGET_KB} kB)`);
if (later.length) out(`  fetched after it: ${later.map(name).join(', ')} (${kB(sum(later, 'gzip'))} kB gzip)`);
out();
out('A page with one element (in <actie-session>), every script it fetches:');
for (const { tag, scripts } of perElement) {
  out(
    `  <${tag}>`.padEnd(26) +
      `${String(scripts.length).padStart(2)} files ${kB(sum(scripts, 'bytes')).padStart(7)} kB min ${kB(sum(scripts, 'gzip')).padStart(6)} kB gzip`,
  );
}
out();
out(
  `All ${onDisk.length} files of the bundle (actie.js and chunks/): ${kB(allGzip)} kB gzip (budget ${ALL_CHUNKS_BUDGET_KB} kB)`,
);
out(`  a page with all five elements fetches ${all.scripts.length} of them: ${kB(pageAllGzip)} kB gzip`);
if (notFetched.length) out(`  not fetched by that page (Dutch, no file opened): ${notFetched.join(', ')}`);
console.log(lines.join('\n'));

const firstOver = firstGzip > FIRST_QUESTION_BUDGET_KB * 1000;
const allOver = allGzip > ALL_CHUNKS_BUDGET_KB * 1000;
const firstAboveCeiling = firstGzip > FIRST_QUESTION_CEILING_KB * 1000;
const allAboveCeiling = allGzip > ALL_CHUNKS_CEILING_KB * 1000;
const elementsAboveCeiling = perElement.filter(({ tag, scripts }) => sum(scripts, 'gzip') > ELEMENT_CEILINGS_KB[tag] * 1000);

// ---- docs/size.md: only the part between the markers is generated ----------------------------------
const START = '<!-- size.js: generated from here -->';
const END = '<!-- size.js: generated up to here -->';
const status = (over, aboveCeiling) =>
  aboveCeiling ? '**above the CI ceiling**' : over ? '**target not met**; within the CI ceiling' : 'target met';
const generated = `${START}
## The script-tag bundle

Generated by \`node scripts/size.js --write\` (\`pnpm size -- --write\`); CI runs
\`scripts/size.js --check\`, which fails above the CI ceiling: the target where it is met; else the
figure when the ceiling was set plus a small margin, so the bundle cannot grow unnoticed. Measured in Debian's Chromium
(headless, cold cache) from the network log: every script the page fetched, gzipped at level 9
(1 kB = 1,000 bytes). The examples server does not compress, so gzip is computed from the bytes
the browser received.

| Figure | Measured | Target | CI ceiling | |
| --- | ---: | ---: | ---: | --- |
| Script fetched before the first question is interactive, \`${DEFAULT_PAGE}\`, Dutch | ${kB(firstGzip)} kB | ${FIRST_QUESTION_BUDGET_KB} kB | ${FIRST_QUESTION_CEILING_KB} kB | ${status(firstOver, firstAboveCeiling)} |
| All files of the bundle together (\`actie.js\` and every file in \`chunks/\`, ${onDisk.length} files) | ${kB(allGzip)} kB | ${ALL_CHUNKS_BUDGET_KB} kB | ${ALL_CHUNKS_CEILING_KB} kB | ${status(allOver, allAboveCeiling)} |

Before the first question (in the order fetched):

| File | Minified | Gzip |
| --- | ---: | ---: |
${before.map((s) => `| \`${name(s).replace(/-[\w-]{6}\.js$/, '-[hash].js')}\` | ${kB(s.bytes)} kB | ${kB(s.gzip)} kB |`).join('\n')}
${later.length ? `\nFetched after the first question was interactive: ${later.map((s) => `\`${name(s).replace(/-[\w-]{6}\.js$/, '-[hash].js')}\``).join(', ')} (${kB(sum(later, 'gzip'))} kB gzip).\n` : ''}
Per element: a page with only that element (inside \`<actie-session>\`), everything it fetches
(the loader, the element, and what it shares with the others: Lit, the session store, the rules
and the built-in models). The figures overlap, so they do not add up. CI fails when a page passes
its ceiling (\`ELEMENT_CEILINGS_KB\` in scripts/size.js), so code cannot move unnoticed onto pages
that did not need it.

| Page with | Files | Minified | Gzip | CI ceiling |
| --- | ---: | ---: | ---: | ---: |
${perElement.map(({ tag, scripts }) => `| \`<${tag}>\` | ${scripts.length} | ${kB(sum(scripts, 'bytes'))} kB | ${kB(sum(scripts, 'gzip'))} kB | ${ELEMENT_CEILINGS_KB[tag]} kB${elementsAboveCeiling.some((page) => page.tag === tag) ? ' (**above**)' : ''} |`).join('\n')}
| all five | ${all.scripts.length} | ${kB(sum(all.scripts, 'bytes'))} kB | ${kB(pageAllGzip)} kB | |
${END}`;

if (process.argv.includes('--write')) {
  const fresh = `# Size\n\nWhat a page downloads. See docs/embedding.md for how the bundle is loaded in parts.\n\n${generated}\n`;
  writeDocSection(`${root}docs/size.md`, START, END, generated, fresh);
  console.log('Wrote docs/size.md.');
}

if (process.argv.includes('--check')) {
  if (firstAboveCeiling)
    console.error(
      `Above the CI ceiling: ${kB(firstGzip)} kB gzip before the first question, ceiling ${FIRST_QUESTION_CEILING_KB} kB.`,
    );
  if (allAboveCeiling)
    console.error(`Above the CI ceiling: ${kB(allGzip)} kB gzip for all chunks, ceiling ${ALL_CHUNKS_CEILING_KB} kB.`);
  for (const { tag, scripts } of elementsAboveCeiling)
    console.error(
      `Above the CI ceiling: a page with <${tag}> fetches ${kB(sum(scripts, 'gzip'))} kB gzip, ceiling ${ELEMENT_CEILINGS_KB[tag]} kB.`,
    );
  if (firstAboveCeiling || allAboveCeiling || elementsAboveCeiling.length) process.exit(1);
  if (firstOver || allOver) console.log('Within the CI ceilings; the targets of issue 11 are not met yet (see docs/size.md).');
} else if (firstOver || allOver) {
  console.error(
    `Target not met: ${kB(firstGzip)} kB gzip before the first question (target ${FIRST_QUESTION_BUDGET_KB} kB), ${kB(allGzip)} kB for all chunks (target ${ALL_CHUNKS_BUDGET_KB} kB).`,
  );
  process.exit(1);
}
