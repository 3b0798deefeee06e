// How long a resident on a mid-range phone on slow 4G waits for the first question, beside the
// floor: the same page shape with a bare custom element of five inputs instead of ACTIE. A
// benchmark script, not a timed test (CI does not run it).
//
//   node scripts/bench-phone.js            print the figures; exit 1 when ACTIE is over 2.5 × the floor
//   node scripts/bench-phone.js --write    also rewrite the phone section of docs/performance.md
//   (pnpm bench:phone)
//
// Both pages are served by scripts/serve.js with gzip (as a municipal web server sends them) and
// loaded in Debian's headless Chromium with the DevTools protocol's own throttling (`SLOW_PHONE`
// in scripts/page-metrics.js: CPU 4 × slower, 150 ms round trip, 1.6 Mbit/s down, 390 × 844),
// each load in a new browser context (cold cache). The figure per load is the time from
// navigation start until the first question has an enabled form field (the probe in
// page-metrics.js); the median of RUNS loads is compared.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.js';
import { DEFAULT_PAGE, SLOW_PHONE, floorPage, loadPage, median, requireBundle, startBrowser } from './page-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The goal (issue 20): the first question within this many times the floor's time. */
export const PHONE_GOAL_RATIO = 2.5;
const RUNS = 7;

requireBundle();

// The floor: examples/basic/ as it is (its HTML, page.css, favicon), served from the same folder,
// with actie.js replaced by one small module that defines <actie-assessment> with five inputs.
const FLOOR_PAGE = '/examples/basic/floor.html';
const FLOOR_SCRIPT = '/examples/basic/floor.js';
const floorHtml = floorPage(FLOOR_SCRIPT);
const floorCode = `customElements.define('actie-session', class extends HTMLElement {});
customElements.define('actie-assessment', class extends HTMLElement {
  connectedCallback() {
    const options = ['Ja', 'Deels', 'Nee', 'Weet ik niet', 'Niet van toepassing'];
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<fieldset><legend>Vraag 1</legend>' +
      options.map((o) => '<label><input type="radio" name="q1"> ' + o + '</label>').join('') +
      '</fieldset>';
  }
});`;

const load = loadavg()[0];
const env = await startBrowser({
  gzip: true,
  pages: {
    [FLOOR_PAGE]: { type: 'text/html; charset=utf-8', body: floorHtml },
    [FLOOR_SCRIPT]: { type: 'text/javascript; charset=utf-8', body: floorCode },
  },
});
const actie = [];
const floor = [];
let waterfall;
try {
  await loadPage(env, DEFAULT_PAGE); // start the browser's own processes (not the page's cache)
  for (let i = 0; i < RUNS; i++) {
    const bare = await loadPage(env, FLOOR_PAGE, { device: SLOW_PHONE });
    if (bare.problems.length) throw new Error(bare.problems.join('\n'));
    floor.push(bare.first.interactive);
    const run = await loadPage(env, DEFAULT_PAGE, { device: SLOW_PHONE });
    if (run.problems.length) throw new Error(run.problems.join('\n'));
    actie.push(run.first.interactive);
    if (i === 0) waterfall = run.scripts.filter((s) => s.startTime <= run.first.interactive);
  }
} finally {
  await env.close();
}

const ms = (value) => `${value.toFixed(0)} ms`;
const a = median(actie);
const f = median(floor);
const ratio = a / f;
const within = ratio <= PHONE_GOAL_RATIO;
console.log(`First question on ${DEFAULT_PAGE} on an emulated mid-range phone on slow 4G, median of ${RUNS} cold loads:`);
console.log(
  `  ACTIE ${ms(a)}, floor ${ms(f)}: ${ratio.toFixed(2)} × the floor (goal at most ${PHONE_GOAL_RATIO} ×): ${within ? 'within the goal' : 'OVER THE GOAL'}`,
);
console.log(
  `  every run: ACTIE ${actie.map((v) => v.toFixed(0)).join(', ')} ms; floor ${floor.map((v) => v.toFixed(0)).join(', ')} ms`,
);
console.log('  scripts of the first ACTIE load, requested at → last byte (ms since navigation start):');
for (const s of waterfall)
  console.log(`    ${s.path.replace(/^.*\/dist\//, '')}: ${s.startTime.toFixed(0)} → ${s.responseEnd.toFixed(0)}`);
console.log(`  load average ${load.toFixed(1)} at the start`);

const START = '<!-- bench-phone.js: generated from here -->';
const END = '<!-- bench-phone.js: generated up to here -->';
const rows = waterfall
  .map((s) => `| \`${s.path.replace(/^.*\/dist\//, '')}\` | ${s.startTime.toFixed(0)} ms | ${s.responseEnd.toFixed(0)} ms |`)
  .join('\n');
const section = `${START}
## The first question on a phone (\`pnpm bench:phone\`)

Measured by \`scripts/bench-phone.js\` (\`--write\` rewrites this section): the default page
\`${DEFAULT_PAGE}\` and the floor, each loaded ${RUNS} times in Debian's headless Chromium in a new
browser context (cold cache), with Chromium's own emulation of a mid-range phone on slow 4G: CPU
${SLOW_PHONE.cpu} × slower, ${SLOW_PHONE.latency} ms round trip, ${(SLOW_PHONE.download * 8) / 1e6} Mbit/s down, a ${SLOW_PHONE.width} × ${SLOW_PHONE.height} screen.
The server compresses with gzip, as a municipal web server would. The **floor** is the same page
(its HTML, CSS and icon) with a bare custom element of five radio buttons in place of ACTIE: what
any page with one module script costs on that phone. Goal: at most **${PHONE_GOAL_RATIO} ×** the floor;
the script exits 1 above it. CI does not run it (the figures depend on the machine). Machine:
${cpus().length} cores, Node ${process.versions.node}, load average ${load.toFixed(1)} at the start.

| Median of ${RUNS} loads | First question |
| --- | ---: |
| ACTIE (\`actie.js\` and the chunks it asks for) | ${ms(a)} |
| Floor (a bare element with five inputs) | ${ms(f)} |
| **Ratio** | **${ratio.toFixed(2)} ×** (${within ? 'within' : 'over'} the goal) |

The scripts of one load, requested and finished (ms since navigation start):

| Script | Requested | Last byte |
| --- | ---: | ---: |
${rows}

\`actie.js\` knows every chunk an element needs (the build writes the list into it), so it asks
for them all at once: one round trip after its own, not one per level of imports.
${END}`;

if (process.argv.includes('--write')) {
  writeDocSection(`${root}docs/performance.md`, START, END, section);
  console.log('Wrote the phone section of docs/performance.md.');
}
if (!within) process.exit(1);
