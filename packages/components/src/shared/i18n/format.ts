/**
 * Fill `{name}` placeholders in a UI string. Values are inserted as text; the result is always
 * rendered as text by the components, never as HTML.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

/** One number format per language: making one is far slower than using it (a team view formats thousands). */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The built-in languages, whose whole numbers below 1,000 are plain Latin digits and whose plural
 * is "one" exactly for 1: written without `Intl`. The first `Intl` formatter of a page loads the
 * locale's data (tens of milliseconds in Chromium), which the first question should not wait for.
 */
const PLAIN = /^(nl|en)(-|$)/i;

/** Format a whole number for a language (Dutch uses a dot for thousands). */
export function formatNumber(value: number, lang: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000 && PLAIN.test(lang)) return String(value);
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form of a count in a language: `one` or another form (see `Intl.PluralRules`). */
export function pluralForm(count: number, lang: string): Intl.LDMLPluralRule {
  if (Number.isInteger(count) && PLAIN.test(lang)) return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(count);
}

/** Format an ISO date (`YYYY-MM-DD`) for a language, e.g. "31 maart 2027". Invalid input is returned as is. */
export function formatDate(iso: string, lang: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: iso.length === 10 ? 'UTC' : undefined }).format(date);
}

/** Today's date as `YYYY-MM-DD` in the visitor's time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
