// How fast the first step of the assessment can be answered on the default page, in Debian's
// headless Chromium: the median of 10 cold loads (a new browser context each time: empty cache),
// with a breakdown. A benchmark script, not a timed test.
//
//   node scripts/bench-render.js            print the figures; exit 1 when the median is over the goal
//   node scripts/bench-render.js --write    also rewrite the render section of docs/performance.md
//   (pnpm bench:render)
//
// The phases of one load, in milliseconds (the page's own clock, performance.now()):
// - fetch: the time during which at least one script was downloading (actie.js and the chunks it
//   imports; the union of their request-to-last-byte intervals, so parallel downloads count once);
// - evaluate: from the last script's last byte to <actie-assessment> being defined (parsing and
//   running the modules: Lit, the rules package, the store, the element);
// - first render: from the definition to the first question's form field being in the page and
//   enabled (the element's first updates);
// - total: navigation start to that moment (includes the page itself: HTML and CSS).
//
// Beside it, the floor: the same page with actie.js replaced by a few lines that define an
// <actie-assessment> showing one radio button. What the browser and this harness cost for any page
// with a module script and a custom element (navigation, HTML and CSS, the page's favicon),
// measured the same way in the same runs: total minus floor is what ACTIE itself adds. The harness
// learns that the question is interactive from a console line the probe writes (page-metrics.js),
// so none of Playwright's own scripts run in the page while it loads.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeDocSection } from './doc-section.js';
import { DEFAULT_PAGE, floorPage, loadPage, median, requireBundle, startBrowser } from './page-metrics.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The goal: first step interactive within this median, in ms (issue 11). */
export const RENDER_GOAL_MS = 150;
const RUNS = 10;

requireBundle();

/** Total length of the union of [start, end] intervals. */
function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    if (a > end) {
      total += b - a;
      end = b;
    } else if (b > end) {
      total += b - end;
      end = b;
    }
  }
  return total;
}

const load = loadavg()[0];
/** The floor: the default page with a minimal element in place of the bundle (see the top of this file). */
const FLOOR_SCRIPT = '/__floor.js';
const floorHtml = floorPage(FLOOR_SCRIPT);
const floorCode = `customElements.define('actie-session', class extends HTMLElement {});
customElements.define('actie-assessment', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML = '<fieldset><legend>Vraag</legend><label><input type="radio" name="a"> Ja</label></fieldset>';
  }
});`;

const env = await startBrowser();
const runs = [];
const floors = [];
try {
  await loadPage(env, DEFAULT_PAGE); // warm up the browser process itself (not the page's cache)
  for (let i = 0; i < RUNS; i++) {
    const floor = await loadPage(env, DEFAULT_PAGE, { html: floorHtml, scripts: { [FLOOR_SCRIPT]: floorCode } });
    if (floor.problems.length) throw new Error(floor.problems.join('\n'));
    floors.push(floor.first.interactive);
    const { first, scripts, problems } = await loadPage(env, DEFAULT_PAGE);
    if (problems.length) throw new Error(problems.join('\n'));
    const needed = scripts.filter((s) => s.startTime <= first.interactive);
    const lastByte = Math.max(...needed.map((s) => s.responseEnd));
    runs.push({
      fetch: unionLength(needed.map((s) => [s.startTime, s.responseEnd])),
      evaluate: first.defined - lastByte,
      render: first.interactive - first.defined,
      total: first.interactive,
    });
  }
} finally {
  await env.close();
}

const figures = Object.fromEntries(['fetch', 'evaluate', 'render', 'total'].map((k) => [k, median(runs.map((r) => r[k]))]));
const floorMedian = median(floors);
const ms = (value) => `${value.toFixed(0)} ms`;
const within = figures.total <= RENDER_GOAL_MS;
console.log(`First step interactive on ${DEFAULT_PAGE}, headless Chromium, median of ${RUNS} cold loads:`);
console.log(`  fetch ${ms(figures.fetch)}, evaluate ${ms(figures.evaluate)}, first render ${ms(figures.render)}`);
console.log(`  total ${ms(figures.total)} (goal ${RENDER_GOAL_MS} ms): ${within ? 'within the goal' : 'OVER THE GOAL'}`);
console.log(
  `  floor (the same page with a minimal element instead of actie.js) ${ms(floorMedian)}: ACTIE adds ${ms(figures.total - floorMedian)}`,
);
console.log(
  `  every run (total): ${runs.map((r) => r.total.toFixed(0)).join(', ')} ms; load average ${load.toFixed(1)} at the start`,
);

const START = '<!-- bench-render.js: generated from here -->';
const END = '<!-- bench-render.js: generated up to here -->';
const section = `${START}
## First render in the browser (\`pnpm bench:render\`)

Measured by \`scripts/bench-render.js\` (\`--write\` rewrites this section): the default page
\`${DEFAULT_PAGE}\` (\`<actie-session>\` with \`<actie-assessment>\`, Dutch) served from localhost,
loaded ${RUNS} times in Debian's headless Chromium, each time in a new browser context (cold
cache); the figure is the median time from navigation start until the first question of the
first step has an enabled form field. Goal: **${RENDER_GOAL_MS} ms**; the script exits 1 above it.
Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.versions.node}; load average
${load.toFixed(1)} when the run started (other work on the machine makes every phase slower).

| Phase (median) | Time |
| --- | ---: |
| Fetch: scripts downloading (actie.js, then the chunks it imports) | ${ms(figures.fetch)} |
| Parse and evaluate: last byte to \`<actie-assessment>\` defined | ${ms(figures.evaluate)} |
| First render: defined to the first question answerable | ${ms(figures.render)} |
| **Total**, navigation start to the first question answerable | **${ms(figures.total)}** (${within ? 'within' : 'over'} the goal) |
| Floor: the same page with a minimal \`<actie-assessment>\` (one radio button) instead of actie.js | ${ms(floorMedian)} |
| What ACTIE adds (total minus floor) | ${ms(figures.total - floorMedian)} |

The phases do not add up to the total: it also holds the page itself (HTML, CSS) and the gap
between actie.js arriving and the chunks being asked for. The floor is what any page with a module
script and a custom element costs here, measured in the same runs: navigation, HTML and CSS, and
the page's SVG favicon (Chromium draws it on the page's main thread). The harness waits for a
console line from its probe, not with \`page.waitForFunction\`, so that none of Playwright's
own scripts run in the page during the load (they took about 20 ms of its main thread). The
browser runs without its WebUI omnibox popup (\`chromiumBenchArgs\` in scripts/browser.js), which
headless Chromium 156 otherwise builds while the page loads, competing for the same cores.
${END}`;

if (process.argv.includes('--write')) {
  writeDocSection(`${root}docs/performance.md`, START, END, section);
  console.log('Wrote the render section of docs/performance.md.');
}
if (!within) process.exit(1);
