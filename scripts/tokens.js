// Writes docs/theming.md from the component sources, so the theming reference never drifts:
//   - every public design token `var(--actie-…)` in packages/components/src/**/*.styles.ts and
//     src/shared/styles.ts, where it is used, the tokens it falls back to (the fallback chain
//     resolved through our private `--_actie-*` variables down to the NL Design System token) and
//     its literal default;
//   - every `part="…"` in the element templates (src/**/*.ts), per element, with the description
//     from the element's `@csspart` JSDoc.
// Output is sorted and contains no dates, so it only changes when the sources do.
//
//   node scripts/tokens.js            write docs/theming.md
//   node scripts/tokens.js --check    exit 1 when docs/theming.md is out of date
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'packages/components/src');
const target = join(root, 'docs/theming.md');

/** Every file under a folder, as paths relative to src with forward slashes, sorted. */
function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(relative(src, full).split(sep).join('/'));
  }
  return out.sort();
}

const files = walk(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'));
const read = (file) => readFileSync(join(src, file), 'utf8');

// ---- elements: tag, folder, class, JSDoc ---------------------------------------------------------

/** Entry files (`src/x.ts`) say `defineElement('actie-x', Class)` and import the class from `./dir/…`. */
const elements = [];
for (const file of files.filter((f) => !f.includes('/'))) {
  const text = read(file);
  for (const m of text.matchAll(/defineElement\(\s*'([a-z][a-z0-9-]*)'\s*,\s*([A-Za-z0-9_]+)\s*\)/g)) {
    const [, tag, className] = m;
    const from = new RegExp(`import\\s*\\{[^}]*\\b${className}\\b[^}]*\\}\\s*from\\s*'\\./([^']+)\\.js'`).exec(text);
    if (!from) continue;
    const classFile = `${from[1]}.ts`;
    const dir = classFile.includes('/') ? classFile.slice(0, classFile.lastIndexOf('/')) : '';
    elements.push({ tag, className, classFile, dir, jsdoc: classJsDoc(read(classFile), className) });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));
const byDir = new Map(elements.map((e) => [e.dir, e]));
/** JSDoc of the shared base class: its @cssproperty and @csspart apply to every element. */
const baseDoc = files.includes('shared/actie-element.ts')
  ? classJsDoc(read('shared/actie-element.ts'), 'ActieElement')
  : { parts: new Map(), properties: new Map() };
const baseSubclasses = elements.filter((e) =>
  new RegExp(`class\\s+${e.className}\\s+extends\\s+ActieElement\\b`).test(read(e.classFile)),
);

/** The JSDoc block right before `export class Name`, with `@csspart` and `@cssproperty` parsed. */
function classJsDoc(text, className) {
  const at = text.search(new RegExp(`export\\s+(abstract\\s+)?class\\s+${className}\\b`));
  const before = at < 0 ? '' : text.slice(0, at);
  const start = before.lastIndexOf('/**');
  const block = start < 0 ? '' : before.slice(start);
  const lines = block.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''));
  const tags = [];
  for (const line of lines) {
    if (line.startsWith('@')) tags.push(line);
    else if (tags.length && line.trim() && !line.trim().startsWith('*/')) tags[tags.length - 1] += ` ${line.trim()}`;
  }
  const parts = new Map();
  const properties = new Map();
  for (const tag of tags) {
    const m = /^@(csspart|cssproperty|cssprop)\s+(\S+)\s*(?:-\s*)?(.*)$/.exec(tag.trim());
    if (!m) continue;
    (m[1] === 'csspart' ? parts : properties).set(m[2], m[3].trim());
  }
  return { parts, properties };
}

/** The element(s) a source file belongs to. */
function elementsOf(file) {
  if (file === 'shared/styles.ts' || file === 'shared/actie-element.ts') return baseSubclasses;
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const element = byDir.get(dir);
  if (element) return [element];
  // A shared template helper (shared/file-picker.ts) belongs to the elements whose files import it.
  if (dir === 'shared') {
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.ts$/, '.js');
    const importers = files.filter((f) => f !== file && read(f).includes(`/shared/${name}'`));
    return [
      ...new Set(
        importers.flatMap((f) => (byDir.has(f.slice(0, f.lastIndexOf('/'))) ? [byDir.get(f.slice(0, f.lastIndexOf('/')))] : [])),
      ),
    ];
  }
  return [];
}

/** Who uses a declaration of a file: element tags, or the folder when no element registers it yet. */
function usersOf(file) {
  const owners = elementsOf(file).map((e) => e.tag);
  return owners.length ? owners : [`src/${file.slice(0, file.lastIndexOf('/') + 1)}`];
}

// ---- CSS parsing -------------------------------------------------------------------------------

/** The CSS inside every css`…` template of a file, without comments. */
function cssOf(text) {
  return [...text.matchAll(/\bcss`([\s\S]*?)`/g)].map((m) => m[1].replace(/\/\*[\s\S]*?\*\//g, '')).join('\n');
}

/** Declarations `{ property, value }` of a style sheet (selectors and at-rules skipped). */
function declarations(css) {
  const out = [];
  let buffer = '';
  let depth = 0; // parentheses
  for (const ch of css) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && (ch === '{' || ch === '}')) {
      if (ch === '}') pushDeclaration(buffer, out);
      buffer = '';
      continue;
    }
    if (depth === 0 && ch === ';') {
      pushDeclaration(buffer, out);
      buffer = '';
      continue;
    }
    buffer += ch;
  }
  return out;
}

function pushDeclaration(text, out) {
  const colon = text.indexOf(':');
  if (colon < 0) return;
  const property = text.slice(0, colon).trim();
  if (!/^(--[a-z0-9_-]+|[a-z][a-z0-9-]*)$/i.test(property)) return; // a selector such as a:hover
  out.push({
    property,
    value: text
      .slice(colon + 1)
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')'),
  });
}

/** Every `var(…)` in a value, outermost first, each `{ name, fallback, start, end }`; nested ones too. */
function vars(value) {
  const found = [];
  for (let i = value.indexOf('var('); i >= 0; i = value.indexOf('var(', i + 1)) {
    let depth = 0;
    let comma = -1;
    let end = -1;
    for (let j = i + 3; j < value.length; j++) {
      const ch = value[j];
      if (ch === '(') depth++;
      else if (ch === ')') {
        depth--;
        if (depth === 0) {
          end = j;
          break;
        }
      } else if (ch === ',' && depth === 1 && comma < 0) comma = j;
    }
    if (end < 0) continue;
    const name = value.slice(i + 4, comma < 0 ? end : comma).trim();
    const fallback = comma < 0 ? undefined : value.slice(comma + 1, end).trim();
    found.push({ name, fallback, start: i, end: end + 1 });
  }
  return found;
}

const isPrivate = (name) => name.startsWith('--_');
const isPublicActie = (name) => name.startsWith('--actie-');
const isNlds = (name) => name.startsWith('--basis-') || name.startsWith('--nl-');

// ---- collect -----------------------------------------------------------------------------------

const styleFiles = files.filter((f) => f.endsWith('.styles.ts') || f === 'shared/styles.ts');
/** Private variable → its value (first definition wins; files are sorted, definitions are unique in practice). */
const privateDefs = new Map();
/** Every declaration with the file it is in. */
const allDeclarations = [];
for (const file of styleFiles) {
  for (const d of declarations(cssOf(read(file)))) {
    allDeclarations.push({ ...d, file });
    if (isPrivate(d.property) && !privateDefs.has(d.property)) privateDefs.set(d.property, d.value);
  }
}

/** Resolve a fallback expression to the tokens it passes through and its literal default. */
function resolve(expr, seen = new Set()) {
  const text = (expr ?? '').trim();
  if (!text) return { via: [], value: '' };
  const all = vars(text);
  const whole = all[0] && all[0].start === 0 && all[0].end === text.length ? all[0] : undefined;
  if (whole) {
    const { name, fallback } = whole;
    if (isPrivate(name)) {
      if (seen.has(name)) return { via: [], value: '' };
      const def = privateDefs.get(name);
      if (def !== undefined) return resolve(def, new Set([...seen, name]));
      return fallback !== undefined ? resolve(fallback, seen) : { via: [], value: '' };
    }
    const rest = fallback !== undefined ? resolve(fallback, seen) : { via: [], value: '' };
    return { via: [name, ...rest.via], value: rest.value };
  }
  // A value with var()s inside (calc(), max(), a shorthand): replace each outermost var() by its default.
  const outermost = all.filter((v) => !all.some((o) => o !== v && o.start < v.start && v.end <= o.end));
  let value = '';
  let last = 0;
  const via = [];
  for (const v of outermost) {
    const r = resolve(text.slice(v.start, v.end), seen);
    via.push(...r.via);
    value += text.slice(last, v.start) + (r.value || text.slice(v.start, v.end));
    last = v.end;
  }
  value += text.slice(last);
  return { via, value };
}

/**
 * Where a private variable ends up: the CSS properties (per element) whose value reads it,
 * following private variables that read other private variables.
 */
function privateUses(name, seen = new Set()) {
  const uses = [];
  for (const d of allDeclarations) {
    if (!vars(d.value).some((v) => v.name === name)) continue;
    if (isPrivate(d.property)) {
      if (!seen.has(d.property)) uses.push(...privateUses(d.property, new Set([...seen, name, d.property])));
    } else {
      for (const tag of usersOf(d.file)) uses.push({ tag, property: d.property });
    }
  }
  return uses;
}

/** token → { uses: [{tag, property}], resolutions: Set of "via|value" strings } */
const tokens = new Map();
/** NL DS token → Set of --actie tokens in front of it (or '' when read directly). */
const nlds = new Map();
for (const d of allDeclarations) {
  for (const v of vars(d.value)) {
    if (isNlds(v.name)) {
      // In front of it: the public token whose fallback contains this var, if any.
      const outer = vars(d.value).find((o) => isPublicActie(o.name) && o.start < v.start && v.end <= o.end);
      const front = outer?.name ?? (isPrivate(d.property) ? resolveFront(d.property) : '');
      if (!nlds.has(v.name)) nlds.set(v.name, new Set());
      nlds.get(v.name).add(front);
    }
    if (!isPublicActie(v.name)) continue;
    let entry = tokens.get(v.name);
    if (!entry) tokens.set(v.name, (entry = { uses: [], resolutions: new Map(), files: new Set() }));
    entry.files.add(d.file);
    const uses = isPrivate(d.property) ? privateUses(d.property) : usersOf(d.file).map((tag) => ({ tag, property: d.property }));
    entry.uses.push(...uses);
    const r = resolve(v.fallback);
    const key = JSON.stringify(r);
    entry.resolutions.set(key, r);
  }
}

function resolveFront(privateName) {
  const def = privateDefs.get(privateName) ?? '';
  return vars(def).find((v) => isPublicActie(v.name))?.name ?? '';
}

// ---- parts -------------------------------------------------------------------------------------

/** tag → Map part → Set of files */
const parts = new Map(elements.map((e) => [e.tag, new Map()]));
for (const file of files.filter((f) => !f.endsWith('.styles.ts') && !f.endsWith('.strings.ts'))) {
  const owners = elementsOf(file);
  if (!owners.length) continue;
  const text = read(file);
  const names = [];
  for (const m of text.matchAll(/\bpart="([^"]*)"/g)) names.push(...m[1].split(/\s+/));
  for (const m of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const lit of m[1].matchAll(/'([^']*)'|"([^"]*)"/g)) names.push(...(lit[1] ?? lit[2]).split(/\s+/));
  }
  for (const name of names.filter((n) => /^[a-z][a-z0-9-]*$/.test(n))) {
    for (const owner of owners) {
      const map = parts.get(owner.tag);
      if (!map.has(name)) map.set(name, new Set());
      map.get(name).add(file);
    }
  }
}

// ---- write -------------------------------------------------------------------------------------

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const allTags = baseSubclasses.map((e) => e.tag);

function description(token) {
  for (const doc of [...elements.map((e) => e.jsdoc), baseDoc]) {
    const d = doc.properties.get(token);
    if (d) return d.replace(/\s*Default:?\s.*$/, '').trim();
  }
  return '';
}

/** The documented parts of an element: its own @csspart, plus the base class's. */
function documentedParts(e) {
  return baseSubclasses.includes(e) ? new Map([...baseDoc.parts, ...e.jsdoc.parts]) : e.jsdoc.parts;
}

function whereUsed(entry) {
  const byTag = new Map();
  for (const u of entry.uses) {
    if (!byTag.has(u.tag)) byTag.set(u.tag, new Set());
    byTag.get(u.tag).add(u.property);
  }
  const tags = [...byTag.keys()].sort();
  if (!tags.length) return '(defined, but no element reads it yet)';
  const everywhere = allTags.length > 1 && allTags.every((t) => byTag.has(t));
  if (everywhere) {
    const props = [...new Set([...byTag.values()].flatMap((s) => [...s]))].sort();
    return `all elements: ${listProps(props)}`;
  }
  return tags.map((t) => `${t.startsWith('src/') ? code(t) : `\`<${t}>\``}: ${listProps([...byTag.get(t)].sort())}`).join('<br>');
}

function listProps(props) {
  const shown = props.slice(0, 6).map(code).join(', ');
  return props.length > 6 ? `${shown} and ${props.length - 6} more` : shown || '(not used yet)';
}

function formatDefault(value) {
  if (!value) return '(none)';
  const ld = /^light-dark\((.+),\s*(.+)\)$/.exec(value);
  if (ld && vars(value).length === 0 && !ld[1].includes('(')) return `${code(ld[1].trim())} light, ${code(ld[2].trim())} dark`;
  return code(value);
}

function tokenRows() {
  const rows = [];
  for (const name of [...tokens.keys()].sort()) {
    const entry = tokens.get(name);
    const resolutions = [...entry.resolutions.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const via = resolutions
      .map((r) => (r.via.length ? r.via.map(code).join(' → ') : '—'))
      .filter((v, i, a) => a.indexOf(v) === i);
    const defaults = resolutions.map((r) => formatDefault(r.value)).filter((v, i, a) => a.indexOf(v) === i);
    rows.push(
      `| ${code(name)} | ${cell(description(name))} | ${cell(whereUsed(entry))} | ${via.join('<br>')} | ${defaults.join('<br>')} |`,
    );
  }
  return rows.join('\n');
}

function nldsRows() {
  return [...nlds.keys()]
    .sort()
    .map((name) => {
      const fronts = [...nlds.get(name)].sort();
      const shown = fronts.map((f) => (f ? code(f) : 'read directly')).join(', ');
      return `| ${code(name)} | ${shown} |`;
    })
    .join('\n');
}

function partSections() {
  const out = [];
  for (const e of elements) {
    const found = parts.get(e.tag);
    const documented = documentedParts(e);
    const names = [...new Set([...found.keys(), ...documented.keys()])].sort();
    out.push(`### \`<${e.tag}>\`\n`);
    if (!names.length) {
      out.push('No parts: it renders only its slot (the elements inside it).\n');
      continue;
    }
    out.push('| Part | What it is |', '| --- | --- |');
    for (const name of names) {
      const desc = documented.get(name) ?? '';
      const note = !found.has(name) ? ' (documented, not rendered yet)' : '';
      out.push(`| ${code(name)} | ${cell(desc + note) || '—'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Differences between templates and JSDoc, for the person running the script. */
function warnings() {
  const out = [];
  for (const e of elements) {
    const found = parts.get(e.tag);
    const documented = documentedParts(e);
    const undocumented = [...found.keys()].filter((p) => !documented.has(p)).sort();
    const unrendered = [...documented.keys()].filter((p) => !found.has(p)).sort();
    if (undocumented.length) out.push(`<${e.tag}>: parts without @csspart: ${undocumented.join(', ')}`);
    if (unrendered.length) out.push(`<${e.tag}>: @csspart not in the template: ${unrendered.join(', ')}`);
    const styleTokens = [...tokens.entries()]
      .filter(([, t]) => [...t.files].some((f) => elementsOf(f).length === 1 && elementsOf(f)[0] === e))
      .map(([n]) => n);
    const documentedTokens = [...e.jsdoc.properties.keys(), ...baseDoc.properties.keys()];
    const notDocumented = styleTokens.filter((t) => !documentedTokens.includes(t)).sort();
    const notInStyles = [...e.jsdoc.properties.keys()].filter((t) => !tokens.has(t)).sort();
    if (notDocumented.length) out.push(`<${e.tag}>: tokens without @cssproperty: ${notDocumented.join(', ')}`);
    if (notInStyles.length) out.push(`<${e.tag}>: @cssproperty not used in the styles: ${notInStyles.join(', ')}`);
  }
  return out;
}

const doc = `# Theming ACTIE

<!-- Generated by \`node scripts/tokens.js\` from packages/components/src. Do not edit by hand:
     change the sources and run the script again. \`node scripts/tokens.js --check\` fails when
     this file is out of date. -->

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

Printing uses the browser's own print dialog ("Print alles" / "Print dit onderdeel" in the
results, "Afdrukken" in the action plan). The elements' print styles hide buttons and form fields,
print the results as a report (title, date, intake, every area with its conditions, the suggested
role and the sources) and the action plan as a table, and resolve \`light-dark()\` colours to their
light values on paper.

Page size and margins cannot be set from inside a shadow root. Add them to the page's own
stylesheet:

\`\`\`css
@page {
  size: A4;
  margin: 18mm;
}
\`\`\`

## Design tokens

Every public token the elements read, sorted by name. **Falls back to** is the chain of tokens
tried when this one is not set (private variables resolved); **Default** is the value used when
none of them is set. \`light-dark(a, b)\` defaults are shown as "a light, b dark".

| Token | What it is | Where used | Falls back to | Default |
| --- | --- | --- | --- | --- |
${tokenRows()}

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

const check = process.argv.includes('--check');
for (const w of warnings()) console.warn(`note: ${w}`);
if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== doc) {
    console.error('docs/theming.md is out of date: run `node scripts/tokens.js` and commit the result.');
    process.exit(1);
  }
  console.log(`docs/theming.md is up to date (${tokens.size} tokens, ${elements.length} elements).`);
} else {
  writeFileSync(target, doc);
  console.log(
    `Wrote docs/theming.md: ${tokens.size} tokens, ${[...parts.values()].reduce((n, m) => n + m.size, 0)} parts in ${elements.length} elements.`,
  );
}
