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
  /** What the plan is about (the initiative's name); empty when not known. */
  planTopic(): string;
  planCondition(agreement: Agreement): ConditionInfo;
  /** The notes on the questions the agreement's condition reads. */
  planNotes(agreement: Agreement): readonly string[];
  planStatusLabel(status: AgreementStatus): string;
}

/**
 * The read-only table of the agreements that is shown only in print: headed by what the plan is
 * about, with the notes on each agreement's questions when there are any.
 */
export function printView(c: PrintContext, agreements: readonly Agreement[], now: string): TemplateResult {
  const model = c.store?.model;
  const topic = c.planTopic();
  const notes = agreements.map((a) => c.planNotes(a));
  const withNotes = notes.some((n) => n.length > 0);
  return html`<div part="print-view" class="print-only">
    <p class="print-title">${topic ? `${c.t('title')}: ${topic}` : c.t('title')}</p>
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
                ${withNotes ? html`<th scope="col">${c.t('columnNote')}</th>` : nothing}
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
                  ${withNotes ? html`<td>${(notes[i] ?? []).map((note) => html`<p class="print-note">${note}</p>`)}</td>` : nothing}
                </tr>`;
              })}
            </tbody>
          </table>`
        : html`<p>${c.t('emptyTitle')}</p>`
    }
    ${model ? html`<p part="attribution" class="attribution">${c.mt(model.attribution)}</p>` : nothing}
  </div>`;
}
