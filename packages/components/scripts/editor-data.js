// Editor data for web teams, generated from dist/custom-elements.json at build time:
//   dist/html-custom-data.json   VS Code (settings: "html.customData": ["./node_modules/@actie/components/dist/html-custom-data.json"])
//   dist/web-types.json          JetBrains IDEs (found through the `web-types` field of package.json)
// Both list every element with its description, attributes (with their values where the type is
// a union of string literals), and for JetBrains also events, slots and CSS parts and properties.
//
//   node scripts/editor-data.js      (part of `pnpm run build`, after `cem analyze`)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(pkgDir, 'dist/custom-elements.json'), 'utf8'));

/** `export type Name = 'a' | 'b'` in the sources: type aliases whose values an editor can offer. */
function stringUnions() {
  const unions = new Map();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/export type (\w+) =\s*((?:\|?\s*'[^']*'\s*)+);/g)) {
          unions.set(
            m[1],
            [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]),
          );
        }
      }
    }
  };
  visit(join(pkgDir, 'src'));
  return unions;
}
const unions = stringUnions();

/** The values of an attribute type such as `StorageMode | undefined` or `'a' | 'b'`, if it has a fixed set. */
function valuesOf(typeText = '') {
  const values = [];
  for (const part of typeText.split('|').map((p) => p.trim())) {
    if (part === 'undefined' || part === 'null') continue;
    const literal = /^'([^']*)'$/.exec(part);
    if (literal) values.push(literal[1]);
    else if (unions.has(part)) values.push(...unions.get(part));
    else return undefined; // an open type (string, number): no list of values
  }
  return values.length ? values : undefined;
}

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

/** VS Code: https://github.com/microsoft/vscode-custom-data (format version 1.1). */
const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: describe(d),
    attributes: (d.attributes ?? []).map((a) => {
      const values = valuesOf(a.type?.text);
      return { name: a.name, description: a.description ?? '', ...(values ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

/** JetBrains: https://github.com/JetBrains/web-types (schema version 2). */
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: describe(d),
        ...(pkg.homepage ? { 'doc-url': pkg.homepage } : {}),
        source: { module: `${pkg.name}/${d.module.replace(/^dist\//, '')}`, symbol: d.name },
        attributes: (d.attributes ?? []).map((a) => {
          const values = valuesOf(a.type?.text);
          return {
            name: a.name,
            description: a.description ?? '',
            value: values ? { type: 'enum', required: true } : { type: 'string', required: true },
            ...(values ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      })),
    },
    css: {
      properties: [
        ...new Map(
          elements.flatMap((d) => d.cssProperties ?? []).map((p) => [p.name, { name: p.name, description: p.description ?? '' }]),
        ).values(),
      ],
      parts: [
        ...new Map(
          elements.flatMap((d) => d.cssParts ?? []).map((p) => [p.name, { name: p.name, description: p.description ?? '' }]),
        ).values(),
      ],
    },
  },
};

writeFileSync(join(pkgDir, 'dist/html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
writeFileSync(join(pkgDir, 'dist/web-types.json'), `${JSON.stringify(webTypes, null, 2)}\n`);
