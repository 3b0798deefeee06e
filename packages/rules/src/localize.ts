import type { LocalizedText } from './model/types.js';

/**
 * Pick the text for a language from a {@link LocalizedText}.
 *
 * Falls back to each of `fallbacks` in order (usually the model's languages), then to any text
 * present, then to the empty string, so it never throws and never returns undefined.
 *
 * @param text - The texts per language.
 * @param lang - The wanted language, e.g. `nl` or `en-GB` (the primary tag is used).
 * @param fallbacks - Languages to try next, e.g. `model.languages`.
 */
export function localize(text: LocalizedText | undefined, lang: string, fallbacks: readonly string[] = ['nl', 'en']): string {
  if (!text) return '';
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  for (const code of [primary, ...fallbacks]) {
    if (Object.prototype.hasOwnProperty.call(text, code)) {
      const value = text[code];
      if (typeof value === 'string') return value;
    }
  }
  for (const value of Object.values(text)) {
    if (typeof value === 'string') return value;
  }
  return '';
}
