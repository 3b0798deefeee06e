/**
 * What the plan exports share: the columns of an agreement as text, what the plan is about, the
 * notes behind an agreement, and the deadline check. @internal
 *
 * @packageDocumentation
 */

import { localize } from '../localize.js';
import type { ActieModel, IntakeAnswers, Notes, RuleCondition } from '../model/types.js';
import type { PlanStrings } from '../report/strings.js';
import { isIsoDate } from '../dates.js';
import type { Agreement } from '../plan/types.js';

/**
 * Whether an agreement is past its deadline: it is not done and its deadline lies before today.
 *
 * @param agreement - The agreement.
 * @param today - Today as `YYYY-MM-DD` (the user's local date).
 * @throws RangeError when `today` is not a date like `2027-03-31` (a programmer error).
 */
export function isOverdue(agreement: Agreement, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError(`isOverdue: today must be a date like "2027-03-31", got "${today}".`);
  return agreement.status !== 'done' && !!agreement.when && agreement.when < today;
}

/** What the plan exports take besides the plan: language, model and what the session holds. */
export interface PlanContext {
  /** Language of headers, labels and statuses: `nl` (default) or `en`. */
  readonly lang?: string;
  /**
   * The model the plan was made with. When given, the condition (or point of attention) an
   * agreement is about is named by its title; without it, or for an id the model does not know,
   * it is left empty: an export never shows an internal id.
   */
  readonly model?: ActieModel;
  /**
   * The session's intake answers: what the plan is about (the initiative's name, intake `topic`;
   * else the first text answer of the model's intake) heads the export.
   */
  readonly intake?: IntakeAnswers;
  /**
   * The session's notes per question. With a model, the notes on the questions a linked condition
   * reads are shown with the agreement (Markdown and CSV; not in a calendar, which is often shared
   * more widely).
   */
  readonly notes?: Notes;
}

export type Column = keyof PlanStrings['columns'];

export const COLUMNS: readonly Column[] = ['what', 'who', 'when', 'status', 'condition'];

/** The title of the condition or point of attention `id` in `model`; empty when unknown or without a model. */
export function conditionLabel(id: string | undefined, model: ActieModel | undefined, lang: string): string {
  if (!id || !model) return '';
  const point = model.conditions.find((c) => c.id === id) ?? model.attention.find((a) => a.id === id);
  return point ? localize(point.title, lang, model.languages).trim() : '';
}

/** What a plan is about: the label (the intake question's title, e.g. "Initiatief") and the answer. */
export interface PlanTopic {
  readonly label: string;
  readonly text: string;
}

/**
 * What the plan is about: the intake's `topic` (the initiative's name), else the first text answer
 * of the model's intake (e.g. the part of the organisation in the organisation scan); undefined
 * when there is none. The label is the intake question's title in `lang`, else `fallbackLabel`.
 */
export function planTopic(
  intake: IntakeAnswers | undefined,
  model: ActieModel | undefined,
  lang: string,
  fallbackLabel: string,
): PlanTopic | undefined {
  if (!intake) return undefined;
  const text = (id: string): string => {
    const value = Object.prototype.hasOwnProperty.call(intake, id) ? intake[id] : undefined;
    return typeof value === 'string' ? value.trim() : '';
  };
  const questions = model?.intake.filter((q) => q.kind === 'text') ?? [];
  const question = questions.find((q) => q.id === 'topic' && text(q.id)) ?? questions.find((q) => text(q.id));
  if (question && model) {
    const label = localize(question.title ?? question.text, lang, model.languages).trim();
    return { label: label || fallbackLabel, text: text(question.id) };
  }
  return text('topic') ? { label: fallbackLabel, text: text('topic') } : undefined;
}

/**
 * The notes on the questions the condition `id` reads, in the model's order of questions. Points
 * of attention read the situation, not one's answers: they have none.
 */
export function conditionNotes(id: string | undefined, model: ActieModel | undefined, notes: Notes | undefined): string[] {
  if (!id || !model || !notes) return [];
  const condition = model.conditions.find((c) => c.id === id);
  if (!condition) return [];
  const read = new Set<string>();
  // The question ids the condition's rule reads (as validate/rule.ts's ruleQuestions, kept here
  // so the exports do not bring the model checks into a browser bundle).
  const walk = (rule: RuleCondition): void => {
    if ('all' in rule) rule.all.forEach(walk);
    else if ('any' in rule) rule.any.forEach(walk);
    else if ('not' in rule) walk(rule.not);
    else read.add(rule.fact);
  };
  walk(condition.when);
  return model.areas
    .flatMap((a) => a.questions)
    .filter((q) => read.has(q.id))
    .flatMap((q) => {
      const note = Object.prototype.hasOwnProperty.call(notes, q.id) ? (notes[q.id] ?? '').trim() : '';
      return note ? [note] : [];
    });
}

/** The cells of one agreement, as plain text, in {@link COLUMNS} order. */
export function cells(a: Agreement, s: PlanStrings, model: ActieModel | undefined, lang: string): Record<Column, string> {
  return {
    what: a.what,
    who: a.who,
    when: a.when ?? '',
    status: s.status[a.status],
    condition: conditionLabel(a.condition, model, lang),
  };
}
