import { html, nothing, type TemplateResult } from 'lit';
import { isOverdue, type ActieModel, type Agreement, type AgreementStatus } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { formatDate } from '../shared/i18n/format.js';
import type { PlanKey } from './action-plan.strings.js';

/** Title, area letter and area title of the condition an agreement addresses. */
export interface ConditionInfo {
  readonly title: string;
  readonly letter?: string;
  readonly area?: string;
}

/** What the print view uses of `<actie-action-plan>` (the element itself; these members are internal). */
export interface PrintContext extends Texts<PlanKey> {
  readonly store: { readonly model: ActieModel | undefined } | undefined;
  planCondition(agreement: Agreement): ConditionInfo;
  planStatusLabel(status: AgreementStatus): string;
}

/** The read-only table of the agreements that is shown only in print. */
export function printView(c: PrintContext, agreements: readonly Agreement[], now: string): TemplateResult {
  const model = c.store?.model;
  return html`<div part="print-view" class="print-only">
    <p class="print-title">${c.t('title')}</p>
    <p>${c.t('printDate', { date: formatDate(now, c.language) })}</p>
    ${
      agreements.length
        ? html`<table part="print-table" class="print-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">${c.t('fieldWhat')}</th>
                <th scope="col">${c.t('fieldWho')}</th>
                <th scope="col">${c.t('fieldWhen')}</th>
                <th scope="col">${c.t('fieldStatus')}</th>
                <th scope="col">${c.t('columnCondition')}</th>
              </tr>
            </thead>
            <tbody>
              ${agreements.map((a, i) => {
                const condition = c.planCondition(a);
                return html`<tr>
                  <td>${c.n(i + 1)}</td>
                  <td>${a.what}</td>
                  <td>${a.who}</td>
                  <td>
                    ${a.when ? formatDate(a.when, c.language) : c.t('noDate')}
                    ${isOverdue(a, now) ? html`<strong>(${c.t('overdue')})</strong>` : nothing}
                  </td>
                  <td>${c.planStatusLabel(a.status)}</td>
                  <td>${condition.letter ? `${condition.letter} · ` : ''}${condition.title}</td>
                </tr>`;
              })}
            </tbody>
          </table>`
        : html`<p>${c.t('emptyTitle')}</p>`
    }
    ${model ? html`<p part="attribution" class="attribution">${c.mt(model.attribution)}</p>` : nothing}
  </div>`;
}
