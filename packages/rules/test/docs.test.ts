/**
 * Code in the documentation runs as written. The snippet is saved inside this package (so that
 * `import … from '@actie/rules'` finds the package by its own name, as it would in a project that
 * installed it) and run from the repository root, where its relative paths point.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../', import.meta.url));

/** The code of the first fenced block with `language` after `heading` in a Markdown file. */
function snippet(doc: string, heading: string, language: string): string {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  const at = text.indexOf(`\n${heading}\n`);
  assert.ok(at !== -1, `${doc} has the heading "${heading}"`);
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(text.slice(at));
  assert.ok(match?.[1], `${doc}: a \`\`\`${language} block after "${heading}"`);
  return match[1];
}

/** Run a module's source with Node as a file inside this package, from the repository root. */
function runModule(source: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(PACKAGE, '.docs-snippet-'));
  try {
    const file = join(dir, 'snippet.mjs');
    writeFileSync(file, source);
    const result = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('documentation code runs as written', () => {
  it('docs/team.md, "9. API": combines the example sessions and prints the team result', () => {
    const code = snippet('docs/team.md', '## 9. API', 'js');
    const run = runModule(code);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '', 'no session rejected, no warning');
    assert.match(run.stdout, /^# Teamresultaat: /);
    assert.match(run.stdout, /Deelnemers: 4 \(uitvoering 3, organisatie 1\)/);
    const saved = /The team result as data is in (.+)\n$/.exec(run.stdout)?.[1];
    assert.ok(saved, run.stdout.slice(-200));
    const team = JSON.parse(readFileSync(saved, 'utf8')) as { participants: number; rejected: unknown[] };
    assert.equal(team.participants, 4);
    assert.deepEqual(team.rejected, []);
    assert.match(run.stdout, /\n4 sessions combined, and 3 of the initiators\n/);
    // Among others: three of four professionals say they told the initiators whom to turn to (C8),
    // but no initiator knows (IC2: no, partly, no); two of the three professionals who know say
    // there are enough volunteers (T2), the initiators say partly, no and partly (IT2).
    assert.match(run.stdout, /The initiators see it differently on: [A-Z0-9, ]*\bC8, [A-Z0-9, ]*\bT2\b/);
  });
});
