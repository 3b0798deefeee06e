/**
 * Checking a model's `correspondence`: which of its questions mirror questions of another model.
 * @internal
 *
 * @packageDocumentation
 */

import type { Correspondence } from '../model/types.js';
import { own, repeated, type Checker } from './checker.js';
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
  const keys = ['model', 'version', 'group', 'questions'];
  const spec = { list: 'The list of correspondences', item: 'A correspondence', keys, max: 20 };
  return c.items(value, ['correspondence'], spec, (entry, path): Correspondence | undefined => {
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
    const seen = new Set<string>();
    const pairSpec = { list: 'The list of question pairs', item: 'A question pair', keys: ['question', 'corresponds'], min: 1 };
    const pairs = c.items(own(entry, 'questions'), [...path, 'questions'], pairSpec, (p, pPath) => {
      const question = c.reference(own(p, 'question'), questions, [...pPath, 'question'], 'a question of this model');
      if (question === undefined) return undefined;
      if (repeated(seen, question)) c.add([...pPath, 'question'], 'duplicate-id', `Question "${question}" is paired twice.`);
      const corresponds = c.id(own(p, 'corresponds'), [...pPath, 'corresponds'], 'The question id in the other model');
      return corresponds ? { question, corresponds } : undefined;
    });
    if (!model || !group || typeof version !== 'string' || !MAJOR_PATTERN.test(version) || !pairs) return undefined;
    return { model, version, group, questions: pairs };
  });
}
