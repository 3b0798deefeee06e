// The editor data shipped in @actie/components (packages/components/scripts/editor-data.js, from
// custom-elements.json): a web team's VS Code or JetBrains IDE completes every element and every
// attribute, and offers the values of the enumerated ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredTags, root } from './helpers.js';

const components = join(root, 'packages/components');
const read = (path) => JSON.parse(readFileSync(join(components, path), 'utf8'));

/** Every element in the manifest with its attribute names. */
function manifestElements() {
  const manifest = read('dist/custom-elements.json');
  return new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name).sort()]),
  );
}

test('html-custom-data.json (VS Code) and web-types.json (JetBrains) list every element and attribute', () => {
  for (const file of ['dist/html-custom-data.json', 'dist/web-types.json']) {
    assert.ok(existsSync(join(components, file)), `packages/components/${file} is missing: run \`pnpm run build\``);
  }
  const expected = manifestElements();
  assert.deepEqual([...expected.keys()].sort(), registeredTags(), 'the manifest has every registered element');

  const vscode = read('dist/html-custom-data.json');
  assert.equal(vscode.version, 1.1);
  const webTypes = read('dist/web-types.json');
  const jetbrains = webTypes.contributions.html.elements;
  for (const [name, list] of [
    ['html-custom-data.json', vscode.tags],
    ['web-types.json', jetbrains],
  ]) {
    assert.deepEqual(list.map((t) => t.name).sort(), [...expected.keys()].sort(), `${name}: every element, and only those`);
    for (const tag of list) {
      assert.ok(tag.description.length > 20, `${name}: <${tag.name}> has a description`);
      assert.deepEqual(
        tag.attributes.map((a) => a.name).sort(),
        expected.get(tag.name),
        `${name}: every attribute of <${tag.name}>`,
      );
      const storage = tag.attributes.find((a) => a.name === 'storage');
      assert.deepEqual(
        storage.values?.map((v) => v.name),
        ['local', 'session', 'none'],
        `${name}: the values of storage`,
      );
    }
  }
  assert.ok(
    jetbrains.find((e) => e.name === 'actie-assessment').events.some((e) => e.name === 'actie-complete'),
    'web-types.json: events',
  );
  assert.ok(
    webTypes.contributions.css.parts.some((p) => p.name === 'base'),
    'web-types.json: CSS parts',
  );

  const pkg = read('package.json');
  assert.equal(pkg['web-types'], './dist/web-types.json', 'JetBrains IDEs find the file through package.json');
  assert.ok(pkg.files.includes('dist'), 'the files are published');
  assert.equal(pkg.name, webTypes.name);
});
