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

/** What the print view needs of the element besides its texts. */
export interface PrintContext {
  readonly el: Texts<PlanKey>;
  readonly model: ActieModel | undefined;
  readonly condition: (agreement: Agreement) => ConditionInfo;
  readonly statusLabel: (status: AgreementStatus) => string;
}

/** The read-only table of the agreements that is shown only in print. */
export function printView(c: PrintContext, agreements: readonly Agreement[], now: string): TemplateResult {
  const { el } = c;
  return html`<div part="print-view" class="print-only">
    <p class="print-title">${el.t('title')}</p>
    <p>${el.t('printDate', { date: formatDate(now, el.language) })}</p>
    ${
      agreements.length
        ? html`<table part="print-table" class="print-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">${el.t('fieldWhat')}</th>
                <th scope="col">${el.t('fieldWho')}</th>
                <th scope="col">${el.t('fieldWhen')}</th>
                <th scope="col">${el.t('fieldStatus')}</th>
                <th scope="col">${el.t('columnCondition')}</th>
              </tr>
            </thead>
            <tbody>
              ${agreements.map((a, i) => {
                const condition = c.condition(a);
                return html`<tr>
                  <td>${el.n(i + 1)}</td>
                  <td>${a.what}</td>
                  <td>${a.who}</td>
                  <td>
                    ${a.when ? formatDate(a.when, el.language) : el.t('noDate')}
                    ${isOverdue(a, now) ? html`<strong>(${el.t('overdue')})</strong>` : nothing}
                  </td>
                  <td>${c.statusLabel(a.status)}</td>
                  <td>${condition.letter ? `${condition.letter} · ` : ''}${condition.title}</td>
                </tr>`;
              })}
            </tbody>
          </table>`
        : html`<p>${el.t('emptyTitle')}</p>`
    }
    ${c.model ? html`<p part="attribution" class="attribution">${el.mt(c.model.attribution)}</p>` : nothing}
  </div>`;
}
