import type { ActieModel, Agreement, AgreementStatus } from '@actie/rules';
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

/** Title, area letter and area title of the condition an agreement addresses. */
export function conditionInfo(el: Texts<PlanKey>, model: ActieModel | undefined, agreement: Agreement): ConditionInfo {
  if (!agreement.condition) return { title: el.t('freeAgreement') };
  const condition = model?.conditions.find((c) => c.id === agreement.condition);
  if (!model || !condition) return { title: el.t('unknownCondition', { id: agreement.condition }) };
  const area = model.areas.find((a) => a.id === condition.area);
  return {
    title: el.mt(condition.title),
    ...(area ? { letter: area.letter, area: el.mt(area.title) } : {}),
  };
}
