// Writes docs/theming.md from the Custom Elements Manifest (packages/components/dist/custom-elements.json,
// made by `pnpm run build`): every element's CSS custom properties and CSS parts as its JSDoc
// (@cssproperty, @csspart) describes them. The shared tokens of the base class say their default
// (`@cssproperty [--name=default]`) and the tokens they fall back to in their description.
//
// The manifest knows what is documented; the styles are what is used. So the check also reads
// the token names in the styles (`var(--actie-…)` in packages/components/src) and fails when one
// is used but not documented, or documented but not used.
//
//   node scripts/theming.js            write docs/theming.md
//   node scripts/theming.js --check    exit 1 when docs/theming.md is out of date or a token is undocumented
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = join(root, 'packages/components');
const manifestPath = join(components, 'dist/custom-elements.json');
const target = join(root, 'docs/theming.md');

if (!existsSync(manifestPath)) {
  console.error('packages/components/dist/custom-elements.json is missing: run `pnpm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = declarations.filter((d) => d.tagName).sort((a, b) => a.tagName.localeCompare(b.tagName));
const base = declarations.find((d) => d.name === 'ActieElement');
const sharedTokens = base?.cssProperties ?? [];
const shared = new Set(sharedTokens.map((p) => p.name));

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const byName = (a, b) => a.name.localeCompare(b.name);

/** A token's description split into what it is, what it falls back to and its default. */
function describe(token) {
  let text = token.description ?? '';
  let via = '';
  const falls = /\s*Falls back to (.+?)\.?$/.exec(text);
  if (falls) {
    via = falls[1];
    text = text.slice(0, falls.index);
  }
  let value = token.default ? code(token.default) : '';
  const stated = /\s*Default:?\s+(.+?)\.?$/.exec(text);
  if (stated) {
    value ||= stated[1];
    text = text.slice(0, stated.index);
  }
  return { text: text.trim(), via, value };
}

function sharedRows() {
  return [...sharedTokens]
    .sort(byName)
    .map((t) => {
      const d = describe(t);
      return `| ${code(t.name)} | ${cell(d.text)} | ${cell(d.via || '—')} | ${cell(d.value || '—')} |`;
    })
    .join('\n');
}

function elementTokens(e) {
  const own = (e.cssProperties ?? []).filter((p) => !shared.has(p.name)).sort(byName);
  if (!own.length) return 'Only the shared tokens.\n';
  return [
    '| Token | What it is | Default |',
    '| --- | --- | --- |',
    ...own.map((t) => {
      const d = describe(t);
      return `| ${code(t.name)} | ${cell(d.text)} | ${cell(d.value || '—')} |`;
    }),
  ].join('\n');
}

function nldsRows() {
  const fronts = new Map();
  for (const t of sharedTokens) {
    for (const name of describe(t).via.match(/--(?:basis|nl)-[a-z0-9-]+/g) ?? []) {
      if (!fronts.has(name)) fronts.set(name, new Set());
      fronts.get(name).add(t.name);
    }
  }
  return [...fronts.keys()]
    .sort()
    .map((name) => `| ${code(name)} | ${[...fronts.get(name)].sort().map(code).join(', ')} |`)
    .join('\n');
}

function partSections() {
  return elements
    .map((e) => {
      const parts = [...(e.cssParts ?? [])].sort(byName);
      const body = parts.length
        ? [
            '| Part | What it is |',
            '| --- | --- |',
            ...parts.map((p) => `| ${code(p.name)} | ${cell(p.description ?? '') || '—'} |`),
          ].join('\n')
        : 'No parts: it renders only its slot (the elements inside it).';
      return `### \`<${e.tagName}>\`\n\n${body}\n`;
    })
    .join('\n');
}

function tokenSections() {
  return elements
    .filter((e) => e.tagName !== 'actie-session')
    .map((e) => `### \`<${e.tagName}>\`\n\n${elementTokens(e)}\n`)
    .join('\n');
}

/** `--actie-*` tokens the styles read, from the sources (names only). */
function usedTokens() {
  const used = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/var\(\s*(--actie-[a-z0-9-]+)/g)) used.add(m[1]);
    }
  };
  walk(join(components, 'src'));
  return used;
}

const documented = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
const used = usedTokens();
const problems = [
  ...[...used].filter((t) => !documented.has(t)).map((t) => `${t} is used in the styles but has no @cssproperty`),
  ...[...documented].filter((t) => !used.has(t)).map((t) => `${t} has a @cssproperty but no style reads it`),
].sort();

const doc = `# Theming ACTIE


<!-- Generated by \`node scripts/theming.js\` from packages/components/dist/custom-elements.json
     (the @cssproperty and @csspart JSDoc of the elements). Do not edit by hand: change the
     sources, build, and run the script again. \`node scripts/theming.js --check\` fails when this
     file is out of date, or when the styles use a token the JSDoc does not document (or back). -->

The ACTIE elements render in shadow DOM, so the page's CSS selectors do not reach inside them.
A page styles them in two ways, and only these two are public API:

1. **Design tokens**: CSS custom properties. Custom properties inherit through shadow DOM, so a
   token set on \`<body>\`, on a theme class or on the element itself reaches every element
   inside. Every visual value has a token named after the NL Design System convention
   \`--actie-<component>-<part>-<css-property>\` (for example
   \`--actie-button-primary-background-color\`). Tokens named \`--_actie-*\` are private and may
   change in any release.
2. **Parts**: every structural element has a \`part\`, so \`actie-results::part(area-heading)\`
   styles it from the page. Use parts for what tokens do not cover; prefer tokens.

The elements never load fonts: they inherit the page's font (\`font-family: inherit\`), or use
\`--actie-font-family\` / \`--basis-text-font-family-default\` when set.

## NL Design System tokens work without extra CSS

Each shared \`--actie-*\` token falls back to the matching NL Design System **common token**
(\`--basis-*\`, and \`--nl-button-*\` for primary buttons) before it falls back to our own
default. A page that already loads an NL Design System theme (for example the \`voorbeeld-theme\`
or a municipality's own theme class) therefore colours, spaces and sizes the elements in its
house style without any ACTIE-specific CSS. Set an \`--actie-*\` token only where ACTIE should look
different from the rest of the site.

The order is always: the element token (\`--actie-results-letter-background-color\`), then the
shared token (\`--actie-accent-color\`), then the NL Design System token
(\`--basis-color-action-1-color-default\`), then the default in the tables below.

## A theme class

Put the tokens on a class, as NL Design System themes do, and add the class to \`<body>\` (or
\`<html>\`). [examples/gemeente/theme.css](../examples/gemeente/theme.css) is a complete example.

\`\`\`css
.voorbeeldstad-theme {
  /* NL Design System common tokens: used by the whole page, and by ACTIE through its fallbacks */
  --basis-text-font-family-default: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --basis-color-action-1-color-default: #00607a;
  --basis-color-action-1-color-hover: #00485c;
  --basis-border-radius-md: 6px;

  /* ACTIE only: where the widget should differ from the rest of the site */
  --actie-accent-color: #00607a;
  --actie-border-radius: 6px;
  --actie-assessment-step-letter-border-radius: 4px;
}
\`\`\`

\`\`\`html
<body class="voorbeeldstad-theme">
  <actie-session>
    <actie-assessment></actie-assessment>
  </actie-session>
</body>
\`\`\`

Parts for finer control:

\`\`\`css
actie-results::part(area-heading) {
  text-transform: uppercase;
}
actie-assessment::part(option):hover {
  background-color: #eef6f8;
}
\`\`\`

## Light and dark

The colour defaults use \`light-dark()\`, so they follow the page's \`color-scheme\`. A page that
supports dark mode declares it and the elements follow:

\`\`\`css
:root {
  color-scheme: light dark; /* follow the visitor's setting; "light" alone keeps ACTIE light */
}
\`\`\`

Without a \`color-scheme\` declaration the page is light and so are the elements. A theme that sets
its own colours should set them for both schemes, for example with \`light-dark()\` in the token
values or with a \`@media (prefers-color-scheme: dark)\` block, and keep a contrast of at least
4.5:1 for text and 3:1 for borders and focus rings (WCAG 1.4.3, 1.4.11).

## Forced colours (Windows contrast themes)

In \`forced-colors: active\` mode the browser replaces the colours with the visitor's system
colours. The elements keep every border, focus ring and status readable there: statuses use
\`CanvasText\` next to their icon and text (colour is never the only signal), buttons and notices
keep a \`ButtonText\` border, questions, options, cards and letter badges keep a \`CanvasText\`
border, the current step and the chosen answer get \`Highlight\`, and the charts are drawn in
\`CanvasText\` and \`Canvas\` with their patterns (stripes, dots) intact. Colour tokens have no
effect in this mode, as intended.

## Print

Printing uses the browser's own print dialog ("Alles afdrukken" / "Dit onderdeel afdrukken" in
the results, "Afdrukken" in the action plan). The elements' print styles hide buttons and form
fields, print the results as a report (the initiative's topic, title, date, intake, "Begin hier",
every area with its points opened, their answers and notes, the suggested role, and the sources
once at the end; an area's heading and verdict stay with what follows them) and the action plan
as a table, and resolve \`light-dark()\` colours to their light values on paper.

The host page's own header, navigation and footer are the page's to hide. \`examples/print.css\`
shows how, and also hides the rest of the page while the results print one area (the element has
a \`print-area\` attribute until printing is done):

\`\`\`css
@media print {
  body > header, body > nav, body > footer { display: none !important; }
  body:has(actie-results[print-area]) *:not(:has(actie-results[print-area])):not(actie-results[print-area]) {
    display: none !important;
  }
}
\`\`\`

Page size and margins cannot be set from inside a shadow root. Add them to the page's own
stylesheet:

\`\`\`css
@page {
  size: A4;
  margin: 18mm;
}
\`\`\`

## Design tokens

Every public token, from the elements' documentation. **Falls back to** is the chain of tokens
tried when a token is not set; **Default** is the value used when none of them is set.
\`light-dark(a, b)\` defaults follow the page's \`color-scheme\`: a for light, b for dark.

### Shared by every element

Every element except \`<actie-session>\` reads these; each element's own tokens below fall back to them.

| Token | What it is | Falls back to | Default |
| --- | --- | --- | --- |
${sharedRows()}

${tokenSections()}
### NL Design System tokens read

These common tokens are read when the ACTIE token in front of them is not set.

| NL Design System token | ACTIE token in front of it |
| --- | --- |
${nldsRows()}

## Parts

Every part per element, sorted by name. Style a part from the page with
\`actie-assessment::part(option) { … }\`. An element may have several parts on one node
(\`part="button download-button"\`), so \`::part(button)\` styles every button of that element.

${partSections()}`;

const total = documented.size;
for (const p of problems) console.error(`theming: ${p}`);
if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== doc) console.error('docs/theming.md is out of date: run `node scripts/theming.js` and commit the result.');
  if (current !== doc || problems.length) process.exit(1);
  console.log(`docs/theming.md is up to date (${total} tokens, ${elements.length} elements).`);
} else {
  writeFileSync(target, doc);
  console.log(`Wrote docs/theming.md: ${total} tokens, ${elements.length} elements.`);
  if (problems.length) process.exit(1);
}
