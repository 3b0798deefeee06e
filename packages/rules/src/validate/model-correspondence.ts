/**
 * Checking a model's `correspondence`: which of its questions mirror questions of another model.
 * @internal
 *
 * @packageDocumentation
 */

import type { Correspondence } from '../model/types.js';
import { own, type Checker, type Path } from './checker.js';
import { checkText } from './model-text.js';

const MAJOR_PATTERN = /^\d{1,4}$/;

/**
 * Check `correspondence`: each entry names another model (id and major version) and pairs
 * questions of this model with question ids of that one. The other model's ids are checked when
 * the two are compared (aggregate), not here: this model cannot know them.
 */
export function checkCorrespondence(
  c: Checker,
  value: unknown,
  questions: ReadonlySet<string>,
  languages: readonly string[],
): Correspondence[] | undefined {
  const list = c.list(value, ['correspondence'], 'The list of correspondences', 0, 20);
  if (!list) return undefined;
  const out = list.map((item, i): Correspondence | undefined => {
    const path: Path = ['correspondence', i];
    const entry = c.record(item, path, 'A correspondence');
    if (!entry) return undefined;
    c.knownKeys(entry, ['model', 'version', 'group', 'questions'], path, 'A correspondence');
    const group = checkText(c, own(entry, 'group'), [...path, 'group'], "The name of this model's group", languages);
    const model = c.id(own(entry, 'model'), [...path, 'model'], 'The id of the other model');
    const version = own(entry, 'version');
    if (typeof version !== 'string' || !MAJOR_PATTERN.test(version)) {
      c.add(
        [...path, 'version'],
        version === undefined ? 'required' : 'invalid-value',
        'The version must be a major version as text, such as "2".',
      );
    }
    const pairs = c.list(own(entry, 'questions'), [...path, 'questions'], 'The list of question pairs', 1);
    const seen = new Set<string>();
    const out = pairs?.map((pair, j) => {
      const pPath: Path = [...path, 'questions', j];
      const p = c.record(pair, pPath, 'A question pair');
      if (!p) return undefined;
      c.knownKeys(p, ['question', 'corresponds'], pPath, 'A question pair');
      const question = own(p, 'question');
      if (typeof question !== 'string' || !questions.has(question)) {
        c.add(
          [...pPath, 'question'],
          'unknown-reference',
          `${typeof question === 'string' ? `"${question}"` : 'This'} is not a question of this model.`,
        );
        return undefined;
      }
      if (seen.has(question)) c.add([...pPath, 'question'], 'duplicate-id', `Question "${question}" is paired twice.`);
      seen.add(question);
      const corresponds = c.id(own(p, 'corresponds'), [...pPath, 'corresponds'], 'The question id in the other model');
      return corresponds ? { question, corresponds } : undefined;
    });
    if (!model || !group || typeof version !== 'string' || !MAJOR_PATTERN.test(version) || !out || out.some((x) => !x))
      return undefined;
    return { model, version, group, questions: out.filter((x) => x !== undefined) };
  });
  const complete = out.filter((x) => x !== undefined);
  return complete.length === out.length ? complete : undefined;
}
