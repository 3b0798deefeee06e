// Rewrites one generated section of a tracked doc: the text from its start marker up to and
// including its end marker (both HTML comments), or appends the section when the doc has none.
// Used by the benchmark and size scripts when run with --write. Not a script of its own.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * @param {string} path the doc
 * @param {string} start the marker that opens the section (the section itself starts with it)
 * @param {string} end the marker that closes it (the section ends with it)
 * @param {string} section the new section, markers included
 * @param {string} [fresh] the whole doc when it does not exist yet (default: the section alone)
 */
export function writeDocSection(path, start, end, section, fresh = `${section}\n`) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === undefined) {
    writeFileSync(path, fresh);
    return;
  }
  const at = current.indexOf(start);
  const to = current.indexOf(end);
  writeFileSync(
    path,
    at >= 0 && to > at ? current.slice(0, at) + section + current.slice(to + end.length) : `${current.trimEnd()}\n\n${section}\n`,
  );
}
