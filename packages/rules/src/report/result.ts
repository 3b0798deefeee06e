import { localize } from '../localize.js';
import type { ActieModel, Source } from '../model/types.js';
import type { AssessmentResult, ConditionResult, DecisiveAnswer } from '../score/types.js';
import { reportStrings, type ReportStrings } from './strings.js';

/** Options of {@link formatResult}. */
export interface FormatOptions {
  /** Language of the report; default `nl`. */
  readonly lang?: string;
  /** `text` for a terminal, `md` for Markdown (a wiki, an e-mail). Default `text`. */
  readonly format?: 'text' | 'md';
  /**
   * What the participant wrote per area (a session's `reflections`), shown under
   * "Wat gaat goed? Wat pakken we op?". Only {@link formatResult} reads it.
   */
  readonly reflections?: Readonly<Record<string, string>>;
}

/**
 * Escape text for Markdown so model and user text shows as written and never becomes markup
 * (links, emphasis, HTML).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => '\\' + ch).replace(/\r?\n/g, ' ');
}

/**
 * A readable report of a scored assessment: per area what goes well, what needs work (with the
 * action point) and what is not known yet, then the suggested role.
 */
export function formatResult(model: ActieModel, result: AssessmentResult, options: FormatOptions = {}): string {
  const lang = options.lang ?? model.languages[0] ?? 'nl';
  const md = options.format === 'md';
  const s = reportStrings(lang);
  const t = (text: Parameters<typeof localize>[0]): string => {
    const value = localize(text, lang, model.languages);
    return md ? escapeMarkdown(value) : value;
  };
  const lines: string[] = [];
  const heading = (level: number, text: string): void => {
    lines.push(md ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'='.repeat(text.length)}` : text);
    lines.push('');
  };

  heading(1, t(model.title));
  const { answered, total } = result.progress;
  lines.push(`${s.answered}: ${answered} / ${total}`);
  const o = result.overall.counts;
  lines.push(
    `${s.overall}: ${s.status[result.overall.status]} (${s.good.toLowerCase()} ${o.good}, ${s.needsWork.toLowerCase()} ${o.needsWork}, ${s.unknown.toLowerCase()} ${o.unknown})`,
  );
  lines.push(s.areaRule);
  lines.push('');

  const roleTitle = (id: string): string => t(model.roles.find((r) => r.id === id)?.title);
  lines.push(`${md ? '**' : ''}${s.role}:${md ? '**' : ''} ${roleTitle(result.role.suggested)}. ${t(result.role.reason)}`);
  if (result.role.current) {
    lines.push('');
    lines.push(`${s.roleCurrent}: ${roleTitle(result.role.current)}.${result.role.differs ? ' ' + s.roleDiffers : ''}`);
  }
  lines.push('');

  for (const area of model.areas) {
    const areaResult = result.areas.find((a) => a.id === area.id);
    if (!areaResult) continue;
    const c = areaResult.counts;
    heading(2, `${area.letter} · ${t(area.title)}: ${s.status[areaResult.status]} (${c.good} / ${c.needsWork} / ${c.unknown})`);
    const inArea = result.conditions.filter((cond) => cond.area === area.id);
    const section = (title: string, items: ConditionResult[], withAction: boolean): void => {
      if (!items.length) return;
      lines.push(md ? `**${title}**` : `  ${title}:`);
      if (md) lines.push('');
      for (const cond of items) {
        const why = answersText(cond.decisive, s);
        lines.push(`${md ? '-' : '  -'} ${t(cond.title)}${why ? ` (${why})` : ''}`);
        if (withAction && cond.actionPoint) {
          lines.push(`${md ? '  ' : '      '}→ ${t(cond.actionPoint.text)}`);
        }
      }
      lines.push('');
    };
    section(
      s.needsWork,
      inArea.filter((x) => x.status === 'needs-work'),
      true,
    );
    section(
      s.good,
      inArea.filter((x) => x.status === 'good'),
      false,
    );
    section(
      s.unknown,
      inArea.filter((x) => x.status === 'unknown'),
      true,
    );
  }

  const reflections = model.areas.flatMap((area) => {
    const text = options.reflections?.[area.id]?.trim();
    return text ? [{ area: area.id, texts: [text] }] : [];
  });
  if (reflections.length) {
    heading(2, s.reflections);
    reflectionLines(model, reflections, lang, md, lines);
  }

  if (result.errors.length) {
    heading(2, s.errors);
    for (const e of result.errors)
      lines.push(`${md ? '-' : '  -'} ${e.path || '/'}: ${md ? escapeMarkdown(e.message) : e.message}`);
    lines.push('');
  }
  attributionLines(model, lang, md, lines);
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function answersText(decisive: readonly DecisiveAnswer[], s: ReportStrings): string {
  return decisive.map((d) => `${d.question}: ${s.answer[d.answer ?? 'none']}`).join(', ');
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
  const seen = new Set<string>();
  const sources = model.areas
    .flatMap((a) => a.sources)
    .filter((src) => {
      const key = `${src.title}|${src.year}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
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
