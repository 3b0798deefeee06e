// Static checks of the examples: nothing inline (they must keep working under a strict CSP), every
// page loads the one bundle, the custom model is valid, and the Node example runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './helpers.js';

const examples = join(root, 'examples');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('example pages have no inline script, no <style> and no style attributes', () => {
  const pages = htmlFiles(examples);
  assert.ok(pages.length >= 7, `found ${pages.length} pages`);
  for (const page of pages) {
    const name = relative(root, page);
    const html = readFileSync(page, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      assert.match(script[1], /\bsrc=/, `${name}: inline <script> (use a file)`);
      assert.equal(script[2].trim(), '', `${name}: a <script src> with content`);
      assert.match(script[1], /type="module"/, `${name}: scripts are modules`);
    }
    assert.doesNotMatch(html, /<style\b/i, `${name}: a <style> block (use a .css file)`);
    assert.doesNotMatch(html, /\sstyle\s*=/i, `${name}: a style attribute (use a .css file)`);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${name}: an inline event handler`);
    if (/<actie-/.test(html)) {
      assert.match(
        html,
        /<script type="module" src="\.\.\/\.\.\/packages\/components\/dist\/actie\.js"><\/script>/,
        `${name}: loads the bundle`,
      );
    }
  }
});

test('the custom model is valid (actie validate)', () => {
  const out = execFileSync(
    process.execPath,
    [join(root, 'packages/rules/dist/cli/main.js'), 'validate', join(examples, 'custom-model/model.json')],
    {
      encoding: 'utf8',
    },
  );
  assert.match(out, /valid model "voorbeeldstad-initiatieven" 1\.0/);
  const model = JSON.parse(readFileSync(join(examples, 'custom-model/model.json'), 'utf8'));
  assert.deepEqual(model.languages, ['nl', 'en']);
  assert.ok(
    model.areas.some((a) => a.questions.some((q) => /Initiatievenloket/.test(q.text.nl))),
    'the extra question about the Initiatievenloket',
  );
});

test('examples/node/score-sessions.mjs scores the sample sessions and combines them', () => {
  const script = join(examples, 'node/score-sessions.mjs');
  const team = execFileSync(
    process.execPath,
    [script, ...['ambtenaar', 'leidinggevende', 'wijkprofessional'].map((n) => join(examples, `team/sessions/${n}.json`))],
    {
      encoding: 'utf8',
    },
  );
  assert.match(team, /ambtenaar\.json/);
  assert.match(team, /answered \d+ of 44 questions/);
  assert.match(team, /Team: 3 participants/);
  assert.match(team, /discussion points/);
  const defaults = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  assert.match(defaults, /wijkteam-noord\.json/);
  assert.match(defaults, /Team: 2 participants/);
  // A file that is not a session: reported with its path and message, exit code 1.
  let failed;
  try {
    execFileSync(process.execPath, [script, join(examples, 'custom-model/model.json')], { encoding: 'utf8' });
  } catch (error) {
    failed = error;
  }
  assert.equal(failed?.status, 1);
  assert.match(failed.stdout, /model\.json: not scored/);
});
