import type { ActieModel, Agreement, AgreementStatus, AssessmentResult, IntakeAnswers, Notes } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import type { PlanKey } from './action-plan.strings.js';
import type { ConditionInfo } from './print-view.js';

const STATUS_KEYS: Readonly<Record<AgreementStatus, PlanKey>> = {
  open: 'statusOpen',
  busy: 'statusBusy',
  done: 'statusDone',
};

/** The label of an agreement status (open, in progress, done) in the element's language. */
export function statusLabel(el: Texts<PlanKey>, status: AgreementStatus): string {
  return el.t(STATUS_KEYS[status]);
}

/**
 * Title, area letter and area title of the condition (or point of attention) an agreement
 * addresses. A link the model does not know is named in words, never by its id.
 */
export function conditionInfo(el: Texts<PlanKey>, model: ActieModel | undefined, agreement: Agreement): ConditionInfo {
  if (!agreement.condition) return { title: el.t('freeAgreement') };
  const point =
    model?.conditions.find((c) => c.id === agreement.condition) ?? model?.attention.find((a) => a.id === agreement.condition);
  if (!model || !point) return { title: el.t('unknownCondition') };
  const area = model.areas.find((a) => a.id === point.area);
  return {
    title: el.mt(point.title),
    ...(area ? { letter: area.letter, area: el.mt(area.title) } : {}),
  };
}

/**
 * What the plan is about: the intake's `topic` (the initiative's name), else the first text answer
 * of the model's intake; empty when there is none. The same rule as the exports of @actie/rules.
 */
export function planTopic(model: ActieModel | undefined, intake: IntakeAnswers): string {
  const text = (id: string): string => {
    const value = Object.prototype.hasOwnProperty.call(intake, id) ? intake[id] : undefined;
    return typeof value === 'string' ? value.trim() : '';
  };
  if (text('topic')) return text('topic');
  const question = model?.intake.find((q) => q.kind === 'text' && text(q.id));
  return question ? text(question.id) : '';
}

/** The notes on the questions the agreement's condition reads, in the model's order (none without a score). */
export function agreementNotes(result: AssessmentResult | undefined, notes: Notes, agreement: Agreement): string[] {
  const condition = agreement.condition ? result?.conditions.find((c) => c.id === agreement.condition) : undefined;
  return (condition?.questions ?? []).flatMap((q) => {
    const note = Object.prototype.hasOwnProperty.call(notes, q) ? (notes[q] ?? '').trim() : '';
    return note ? [note] : [];
  });
}
