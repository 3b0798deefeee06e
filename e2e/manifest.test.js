// dist/custom-elements.json (made by @custom-elements-manifest/analyzer in the package build)
// describes every element a page can use: tag name, attributes, events and CSS parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registeredTags, root } from './helpers.js';

const components = join(root, 'packages/components');
const manifestPath = join(components, 'dist/custom-elements.json');

test('custom-elements.json describes every element: tag, attributes, events, parts', () => {
  assert.ok(
    existsSync(manifestPath),
    'packages/components/dist/custom-elements.json is missing: is `cem analyze` part of the package build?',
  );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, path: m.path })));
  const byTag = new Map(declarations.filter((d) => d.tagName).map((d) => [d.tagName, d]));
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));

  const tags = registeredTags();
  assert.ok(tags.length >= 5, `expected at least five elements, found ${tags.join(', ')}`);
  assert.deepEqual([...byTag.keys()].sort(), tags, 'every registered element, and only those, has a tag name in the manifest');
  assert.deepEqual(definitions.map((d) => d.name).sort(), tags, 'one custom-element-definition per element');

  for (const tag of tags) {
    const element = byTag.get(tag);
    assert.ok(element.summary, `<${tag}> has a @summary`);
    assert.match(element.path, /^dist\/.+\.js$/, `<${tag}> points at its published module`);
    const attributes = (element.attributes ?? []).map((a) => a.name);
    for (const name of ['storage', 'session-id', 'model-src'])
      assert.ok(attributes.includes(name), `<${tag}> has the ${name} attribute`);
    for (const attribute of element.attributes)
      assert.match(
        attribute.name,
        /^[a-z][a-z-]*$/,
        `<${tag}> attribute "${attribute.name}" is an attribute name, not internal state`,
      );
    assert.ok((element.events ?? []).length > 0, `<${tag}> documents its events`);
    for (const event of element.events) assert.ok(event.description, `<${tag}> event ${event.name} has a description`);
    if (tag === 'actie-session') {
      assert.equal(element.slots?.length, 1, '<actie-session> has its default slot');
    } else {
      assert.ok((element.cssParts ?? []).length >= 10, `<${tag}> lists its CSS parts`);
      assert.ok(
        element.cssParts.some((p) => p.name === 'base'),
        `<${tag}> has the "base" part`,
      );
      assert.ok((element.cssProperties ?? []).length > 0, `<${tag}> lists its CSS custom properties`);
    }
  }
  assert.deepEqual(
    byTag
      .get('actie-assessment')
      .events.map((e) => e.name)
      .sort(),
    ['actie-complete', 'change'],
  );
});
