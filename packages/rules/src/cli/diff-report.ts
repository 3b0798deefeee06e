// The report of `actie model diff`, as plain text or Markdown, for the people who write a model's
// texts: what changed, item by item, and what it means for sessions and plans saved with the old model.
import type { ChangedField, ChangedValue, MigrationReason, MigrationReasonKind, ModelDiff } from '../model/diff.js';
import { escapeMarkdown } from '../report/result.js';

/** The two models as the command line named them. */
export interface DiffNames {
  readonly before: string;
  readonly after: string;
}

/** One line of a section: a word (added, removed, ...), what it is about, and lines shown below it. */
interface Line {
  readonly label: string;
  readonly text: string;
  readonly details?: readonly string[];
}

interface Section {
  readonly title: string;
  readonly lines: readonly Line[];
}

/** Names of fields in the report; other fields are shown by their name in the model. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  text: 'text',
  favourable: 'favourable answer',
  action: 'advice',
  agreement: 'agreement text',
  when: 'rule',
  variants: 'advice per phase or role',
  maxLength: 'longest answer',
};

/** Longest value shown inline as `before → after`; longer ones are shown on lines of their own or not at all. */
const INLINE = 60;

/** The report of a {@link ModelDiff}: the changes by kind, then what they mean for saved files. */
export function formatDiff(diff: ModelDiff, names: DiffNames, format: 'text' | 'md'): string {
  const md = format === 'md';
  const esc = (text: string): string => (md ? escapeMarkdown(text) : text);
  const who = (name: string, m: { id: string; version: string }): string => `${esc(name)} ("${esc(m.id)}" ${esc(m.version)})`;
  const title = `Changes from ${who(names.before, diff.before)} to ${who(names.after, diff.after)}`;
  const out: string[] = [md ? `# ${title}` : `${title}\n${'='.repeat(Math.min(title.length, 100))}`, ''];

  const sections = changeSections(diff, esc);
  if (!sections.length) out.push(diff.changed ? 'Only the version differs.' : 'No differences: the two models are the same.', '');
  for (const section of sections) {
    out.push(md ? `## ${section.title}` : section.title, ...(md ? [''] : []));
    for (const line of section.lines) {
      out.push(md ? `- **${line.label}** ${line.text}` : `  ${line.label.padEnd(8)} ${line.text}`);
      for (const detail of line.details ?? [])
        out.push(md ? `  - ${detail}` : `           ${detail.replace(/\n/g, '\n           ')}`);
    }
    out.push('');
  }

  // Blocks of the verdict are separated by an empty line in Markdown (so a list ends), not in text.
  const verdict = verdictLines(diff, names, esc);
  out.push(md ? `## Files saved with ${esc(names.before)}` : `Files saved with ${names.before}`, ...(md ? [''] : []));
  out.push(...(md ? verdict : verdict.filter((line) => line !== '').map((line) => `  ${line}`)));
  if (out[out.length - 1] !== '') out.push('');
  return out.join('\n');
}

function changeSections(diff: ModelDiff, esc: (text: string) => string): Section[] {
  const sections: Section[] = [];
  const q = diff.questions;
  const questionLines: Line[] = [
    ...q.added.map((x) => ({ label: 'added', text: `${x.id} (area ${x.area})` })),
    ...q.removed.map((x) => ({ label: 'removed', text: `${x.id} (area ${x.area})` })),
    ...q.moved.map((x) => ({ label: 'moved', text: `${x.id}: from area ${x.from} to area ${x.to}` })),
    ...q.changed.map((x) => ({
      label: 'changed',
      text: `${x.id} (area ${x.area}): ${fieldsText(x.fields, esc)}`,
      details: x.fields.filter((f) => f.field === 'text').flatMap((f) => textDetails(f.before, f.after, esc)),
    })),
  ];
  if (questionLines.length)
    sections.push({ title: `Questions: ${counts(q.added, q.removed, q.changed, q.moved)}`, lines: questionLines });

  const c = diff.conditions;
  const conditionLines: Line[] = [
    ...c.added.map((id) => ({ label: 'added', text: id })),
    ...c.removed.map((id) => ({ label: 'removed', text: id })),
    ...c.changed.map((x) => ({ label: 'changed', text: `${x.id}: ${fieldsText(x.fields, esc)}` })),
  ];
  if (conditionLines.length)
    sections.push({ title: `Conditions: ${counts(c.added, c.removed, c.changed)}`, lines: conditionLines });

  const i = diff.intake;
  const o = i.options;
  const intakeLines: Line[] = [
    ...i.added.map((id) => ({ label: 'added', text: `question ${id}` })),
    ...i.removed.map((id) => ({ label: 'removed', text: `question ${id}` })),
    ...i.changed.map((x) => ({ label: 'changed', text: `question ${x.id}: ${fieldsText(x.fields, esc)}` })),
    ...o.added.map((x) => ({ label: 'added', text: `option "${esc(x.value)}" of ${x.question}` })),
    ...o.removed.map((x) => ({ label: 'removed', text: `option "${esc(x.value)}" of ${x.question}` })),
    ...o.changed.map((x) => ({
      label: 'changed',
      text: `option "${esc(x.value)}" of ${x.question}: ${fieldsText(x.fields, esc)}`,
    })),
  ];
  if (intakeLines.length) {
    const all = (a: readonly unknown[], b: readonly unknown[]): unknown[] => [...a, ...b];
    sections.push({
      title: `Intake questions and options: ${counts(all(i.added, o.added), all(i.removed, o.removed), all(i.changed, o.changed))}`,
      lines: intakeLines,
    });
  }

  if (diff.other.length) {
    sections.push({ title: `Other changes: ${diff.other.length}`, lines: diff.other.map((v) => otherLine(v, esc)) });
  }
  return sections;
}

/** `1 added, 2 removed, 3 changed` (leaving out the kinds there are none of). */
function counts(
  added: readonly unknown[],
  removed: readonly unknown[],
  changed: readonly unknown[],
  moved: readonly unknown[] = [],
): string {
  const parts = [
    [added.length, 'added'],
    [removed.length, 'removed'],
    [moved.length, 'moved to another area'],
    [changed.length, 'changed'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} ${what}`)
    .join(', ');
}

/** The fields that changed, in words: `text (en, nl); favourable answer: yes → no; help (added)`. */
function fieldsText(fields: readonly ChangedField[], esc: (text: string) => string): string {
  return fields
    .map((f) => {
      const name = esc(FIELD_NAMES[f.field] ?? f.field);
      if (f.before === undefined) return `${name} (added)`;
      if (f.after === undefined) return `${name} (removed)`;
      if (short(f.before) && short(f.after)) return `${name}: ${esc(String(f.before))} → ${esc(String(f.after))}`;
      const languages = changedKeys(f.before, f.after);
      return languages ? `${name} (${languages.map(esc).join(', ')})` : name;
    })
    .join('; ');
}

/** A text, number or true/false short enough to show inline. */
function short(value: unknown): value is string | number | boolean {
  return (
    (typeof value === 'string' && value.length <= INLINE && !value.includes('\n')) ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

/** For two texts in several languages, the languages that differ; undefined for other values. */
function changedKeys(before: unknown, after: unknown): string[] | undefined {
  const texts = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
      ? (v as Record<string, unknown>)
      : undefined;
  const [a, b] = [texts(before), texts(after)];
  if (!a || !b) return undefined;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => a[k] !== b[k]);
}

/** The old and the new wording of a text in each language that differs. */
function textDetails(before: unknown, after: unknown, esc: (text: string) => string): string[] {
  const languages = changedKeys(before, after) ?? [];
  const of = (v: unknown, lang: string): string => {
    const text = (v as Record<string, unknown>)[lang];
    return typeof text === 'string' ? `"${esc(text)}"` : '(none)';
  };
  return languages.flatMap((lang) => [`before (${esc(lang)}): ${of(before, lang)}`, `after (${esc(lang)}):  ${of(after, lang)}`]);
}

function otherLine(v: ChangedValue, esc: (text: string) => string): Line {
  const path = esc(v.path);
  if (v.before === undefined) return { label: 'added', text: path };
  if (v.after === undefined) return { label: 'removed', text: path };
  if (short(v.before) && short(v.after))
    return { label: 'changed', text: `${path}: ${esc(String(v.before))} → ${esc(String(v.after))}` };
  const details =
    typeof v.before === 'string' && typeof v.after === 'string'
      ? [`before: "${esc(v.before)}"`, `after:  "${esc(v.after)}"`]
      : [];
  return { label: 'changed', text: path, details };
}

/** What each kind of reason means for saved files, for a list of ids. */
const REASONS: Readonly<Record<MigrationReasonKind, (ids: string) => string>> = {
  'other-model': () => 'it is another model (another id), which does not open files saved with the old one',
  'major-version': () => 'its major version is higher, so it opens files of the old major version only through a migration',
  'question-removed': (ids) => `removed questions: ${ids}`,
  'favourable-changed': (ids) => `another favourable answer: ${ids}`,
  'condition-removed': (ids) => `removed conditions (action plans link agreements to them): ${ids}`,
  'rule-changed': (ids) => `another rule: ${ids}`,
  'area-removed': (ids) => `removed areas (sessions keep reflections per area): ${ids}`,
  'intake-question-removed': (ids) => `removed intake questions: ${ids}`,
  'intake-option-removed': (ids) => `removed intake options: ${ids}`,
  'intake-kind-changed': (ids) => `intake questions of another kind (choice or text): ${ids}`,
  'intake-shorter': (ids) => `intake questions that accept shorter answers: ${ids}`,
  'question-text-changed': (ids) => `questions with another text: ${ids}`,
};

/** The reasons of one need, a line per kind: `removed questions: A7, B2`. */
function reasonLines(reasons: readonly MigrationReason[], esc: (text: string) => string): string[] {
  const byKind = new Map<MigrationReasonKind, string[]>();
  for (const r of reasons) {
    const id = r.option === undefined ? r.id : `${r.id}: "${r.option}"`;
    byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), esc(id)]);
  }
  return [...byKind].map(([kind, ids]) => `- ${REASONS[kind](ids.join(', '))}`);
}

function verdictLines(diff: ModelDiff, names: DiffNames, esc: (text: string) => string): string[] {
  const m = diff.migration;
  const [oldName, newName] = [esc(names.before), esc(names.after)];
  const yes = m.reasons.filter((r) => r.need === 'yes');
  const maybe = m.reasons.filter((r) => r.need === 'maybe');
  const lines: string[] = [];
  if (yes.length) {
    lines.push(
      `A migration is needed: ${newName} differs in ways that saved sessions and plans depend on:`,
      ...reasonLines(yes, esc),
      '',
    );
    lines.push(
      m.handled
        ? `${newName} has a migration from version ${m.fromMajor}, so it carries these files over.`
        : `${newName} does not carry these files over. ${esc(whatToAdd(diff))}`,
    );
  } else {
    lines.push(`No migration is needed: sessions and plans saved with ${oldName} open with ${newName}.`);
  }
  if (maybe.length) {
    lines.push(
      'Maybe a migration is needed, if the meaning changed:',
      ...reasonLines(maybe, esc),
      '',
      'If only the wording changed, saved answers still fit. If the meaning changed, they do not: ' +
        (m.handled
          ? `list these questions in the migration from "${m.fromMajor}" as "replaced", or as "kept" with "reanswer".`
          : 'raise the major version and list these questions in a migration as "replaced", or as "kept" with "reanswer".'),
    );
  }
  if (m.unlisted.questions.length || m.unlisted.conditions.length) {
    lines.push(`Warning: the migration from "${m.fromMajor}" does not list everything of version ${esc(diff.before.version)}:`);
    if (m.unlisted.questions.length)
      lines.push(
        `- questions ${m.unlisted.questions.map(esc).join(', ')}: their saved answers are not carried over but listed as removed`,
      );
    if (m.unlisted.conditions.length)
      lines.push(`- conditions ${m.unlisted.conditions.map(esc).join(', ')}: agreements linked to them lose that link`);
    lines.push('');
  }
  if (diff.changed && diff.before.id === diff.after.id && diff.before.version === diff.after.version) {
    lines.push(`Note: both models have version ${esc(diff.before.version)}. Give the new model a higher version.`);
  }
  return lines;
}

/** What to add to the new model so that it carries files of the old one over. */
export function whatToAdd(diff: ModelDiff): string {
  const { before, after, migration: m } = diff;
  const next = `${Number(m.fromMajor) + 1}.0`;
  const entry = `a "migrations" entry with "from": "${m.fromMajor}" that says what became of every question and condition of version ${before.version} (see "Changing a model's questions" in docs/rules.md)`;
  if (before.id !== after.id) {
    return `Files are opened only by a model with the id they were saved with ("${before.id}"). To carry them over, keep that id, raise the major version to ${next} and add ${entry}.`;
  }
  if (Number(m.toMajor) <= Number(m.fromMajor)) return `Raise the major version to ${next} and add ${entry}.`;
  return `Add ${entry}.`;
}
