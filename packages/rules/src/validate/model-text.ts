/**
 * Checking the texts of a model: its languages and one localized text. @internal
 *
 * @packageDocumentation
 */

import type { LocalizedText } from '../model/types.js';
import type { Checker, Path } from './checker.js';
import { own } from './checker.js';

const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;

export type TextCheck = (value: unknown, path: Path, what: string) => LocalizedText | undefined;

export function checkLanguages(c: Checker, value: unknown): string[] | undefined {
  const list = c.list(value, ['languages'], 'The list of languages', 1, 20);
  if (!list?.length) return undefined;
  const out: string[] = [];
  for (const [i, lang] of list.entries()) {
    if (typeof lang !== 'string' || !LANGUAGE_PATTERN.test(lang)) {
      c.add(['languages', i], 'invalid-value', 'A language must be a lower-case code like "nl" or "en".');
      return undefined;
    }
    if (out.includes(lang)) {
      c.add(['languages', i], 'duplicate-id', `Language "${lang}" is listed twice.`);
      return undefined;
    }
    out.push(lang);
  }
  return out;
}

export function checkText(
  c: Checker,
  value: unknown,
  path: Path,
  what: string,
  languages: readonly string[],
): LocalizedText | undefined {
  const record = c.record(value, path, what);
  if (!record) return undefined;
  const before = c.errors.length;
  const out: Record<string, string> = {};
  for (const key of Object.keys(record)) {
    if (!languages.includes(key)) {
      c.add(
        [...path, key],
        'unknown-key',
        `${what} has a text in "${key}", which is not one of the model's languages (${languages.join(', ')}).`,
      );
    }
  }
  for (const lang of languages) {
    const text = c.text(own(record, lang), [...path, lang], `${what} in "${lang}"`);
    if (text !== undefined) out[lang] = text;
  }
  return c.errors.length === before ? out : undefined;
}
