/**
 * What the report functions share: the model checked (or its problems as the report), the
 * language, plain text or Markdown, and the helpers that write lines in either.
 */

import { localize } from '../localize.js';
import { modelSources } from '../model/sources.js';
import type { ActieModel, LocalizedText, Source } from '../model/types.js';
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
  /** Ends the report with where the questions come from ({@link attributionLines}) and gives it as text. */
  readonly end: () => string;
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
    end: () => {
      attributionLines(model, lang, md, lines);
      return (
        lines
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trimEnd() + '\n'
      );
    },
  };
}

/**
 * Reflections per area: the area as a label, then each text as a list item (in Markdown on one
 * line, escaped; in plain text with its line breaks, indented). @internal
 */
export function reflectionLines(
  model: ActieModel,
  reflections: readonly { readonly area: string; readonly texts: readonly string[] }[],
  lang: string,
  md: boolean,
  lines: string[],
): void {
  for (const { area: id, texts } of reflections) {
    const area = model.areas.find((a) => a.id === id);
    const title = area ? `${area.letter} · ${localize(area.title, lang, model.languages)}` : id;
    lines.push(md ? `**${escapeMarkdown(title)}**` : `  ${title}:`);
    if (md) lines.push('');
    for (const text of texts) {
      lines.push(md ? `- ${escapeMarkdown(text)}` : `  - ${text.replace(/\r?\n/g, '\n    ')}`);
    }
    lines.push('');
  }
}

/**
 * The model's attribution and its sources (with authors), as the closing lines of a report. Every
 * report a person can take away says where the questions come from. @internal
 */
export function attributionLines(model: ActieModel, lang: string, md: boolean, lines: string[]): void {
  const s = reportStrings(lang);
  const t = (text: Parameters<typeof localize>[0]): string => {
    const value = localize(text, lang, model.languages);
    return md ? escapeMarkdown(value) : value;
  };
  lines.push(md ? `## ${s.attribution}` : s.attribution, '');
  lines.push(t(model.attribution), '');
  const sources = modelSources(model);
  if (sources.length) {
    lines.push(md ? `**${s.sources}**` : `${s.sources}:`);
    if (md) lines.push('');
    for (const src of sources) lines.push(`${md ? '-' : '  -'} ${md ? escapeMarkdown(sourceText(src)) : sourceText(src)}`);
    lines.push('');
  }
}

/** "Authors (year). Title. Publisher. URL", as a source is cited. @internal */
export function sourceText(src: Source): string {
  return `${src.authors ? `${src.authors} (${src.year}). ` : ''}${src.title}. ${src.publisher}${src.authors ? '' : `, ${src.year}`}.${src.url ? ` ${src.url}` : ''}`;
}
