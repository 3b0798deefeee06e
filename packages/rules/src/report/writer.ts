/**
 * What the report functions share: the model checked (or its problems as the report), the
 * language, plain text or Markdown, and the helpers that write lines in either.
 */

import { localize } from '../localize.js';
import type { ActieModel, LocalizedText } from '../model/types.js';
import { reportStrings, type ReportStrings } from './strings.js';
import { modelOrProblems } from './unusable-model.js';

/**
 * Escape text for Markdown so model and user text shows as written and never becomes markup
 * (links, emphasis, HTML).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => '\\' + ch).replace(/\r?\n/g, ' ');
}

/** A report being written: its model, language, format, strings and lines, and how to write them. */
export interface ReportWriter {
  readonly model: ActieModel;
  readonly lang: string;
  readonly md: boolean;
  readonly s: ReportStrings;
  /** The report so far, one entry a line (or a block of lines). */
  readonly lines: string[];
  /** A model text in the report's language, escaped for Markdown. */
  readonly t: (text: LocalizedText | undefined) => string;
  /** Text of ours or of a person, escaped for Markdown. */
  readonly plain: (text: string) => string;
  /** A heading (Markdown `#`, or underlined at level 1 in plain text) and an empty line. */
  readonly heading: (level: number, text: string) => void;
  readonly bold: (text: string) => string;
}

/**
 * A writer for a report with `given` as its model, or the report of the model's problems when it
 * cannot be used (see `modelOrProblems`). Never throws.
 */
export function reportWriter(
  given: unknown,
  options: { readonly lang?: string; readonly format?: 'text' | 'md' },
): ReportWriter | { readonly problems: string } {
  const md = options.format === 'md';
  const usable = modelOrProblems(given, options.lang ?? 'nl', md, escapeMarkdown);
  if (!usable.model) return { problems: usable.problems };
  const model = usable.model;
  const lang = options.lang ?? model.languages[0] ?? 'nl';
  const lines: string[] = [];
  return {
    model,
    lang,
    md,
    s: reportStrings(lang),
    lines,
    t: (text) => {
      const value = localize(text, lang, model.languages);
      return md ? escapeMarkdown(value) : value;
    },
    plain: (text) => (md ? escapeMarkdown(text) : text),
    heading: (level, text) => {
      lines.push(md ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'='.repeat(text.length)}` : text);
      lines.push('');
    },
    bold: (text) => (md ? `**${text}**` : text),
  };
}
