import { html, nothing, type TemplateResult } from 'lit';
import { AGREEMENT_STATUSES, isOverdue, type Agreement, type AgreementStatus } from '@actie/rules';
import { icon } from '../shared/result-icons.js';
import type { AgreementEditing } from './agreement-editing.js';
import { proposalPanel, type Proposal, type ProposalContext } from './proposal.js';

/** What the top of the plan uses of `<actie-action-plan>` (the element itself). */
export interface PlanOverviewContext extends ProposalContext {
  readonly editing: AgreementEditing;
  /** The points shown before they are added, while they are. */
  readonly proposal: Proposal | undefined;
  /** Why nothing was proposed, after "propose" found nothing. */
  readonly proposalNote: string | undefined;
  /** How the plan covers the results: the first proposal, or one more at a time, and how many are left. */
  proposalState(): { readonly more: boolean; readonly remaining: number };
  planStatusLabel(status: AgreementStatus): string;
  showProposal(): Promise<number>;
  addAgreement(): void;
  undoDelete(): boolean;
}

/**
 * The buttons to propose points from the results ("Stel voor vanuit de resultaten", then "Nog een
 * punt toevoegen") and to add an own agreement; how many points are left; why nothing was
 * proposed; and the proposal itself while it is shown.
 */
function toolbar(c: PlanOverviewContext): TemplateResult {
  const { more, remaining } = c.proposalState();
  return html`<div part="toolbar" class="buttons">
      <button
        part="button propose-button"
        class="button button--primary"
        type="button"
        data-propose
        @click=${() => void c.showProposal()}
      >
        ${icon('plus')} ${c.t(more ? 'proposeMore' : 'propose')}
      </button>
      <button part="button add-button" class="button" type="button" data-add @click=${() => c.addAgreement()}>
        ${icon('plus')} ${c.t('addAgreement')}
      </button>
    </div>
    ${more && remaining ? html`<p part="remaining" class="hint">${c.count('remaining', remaining)}</p>` : nothing}
    ${c.proposalNote ? html`<p part="proposal-note" class="notice" data-proposal-note>${c.proposalNote}</p>` : nothing}
    ${c.proposal ? proposalPanel(c, c.proposal) : nothing}`;
}

/** The plan without agreements: what a plan is, and how to start one. */
export function planEmpty(c: PlanOverviewContext): TemplateResult {
  const headingId = `${c.idPrefix}-title`;
  return html`<section part="empty" class="section empty notice" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${c.t('title')}</h2>
    <h3>${c.t('emptyTitle')}</h3>
    <p>${c.t('emptyText')}</p>
    <p>${c.t('emptyHow')}</p>
    ${toolbar(c)}
  </section>`;
}

/** The top of the plan: counts by status, what is overdue, and the buttons to add agreements. */
export function planOverview(c: PlanOverviewContext, agreements: readonly Agreement[], now: string): TemplateResult {
  const headingId = `${c.idPrefix}-title`;
  const overdue = agreements.filter((a) => isOverdue(a, now)).length;
  return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${c.t('title')}</h2>
    <p part="intro">${c.t('intro')}</p>
    <p part="total" class="total">${c.count('total', agreements.length)}</p>
    <ul part="counts" class="counts" aria-label=${c.t('countsLabel')}>
      ${AGREEMENT_STATUSES.map(
        (status) =>
          html`<li part="count" class="count" data-status=${status}>
            ${c.t('countStatus', { status: c.planStatusLabel(status), count: c.n(agreements.filter((a) => a.status === status).length) })}
          </li>`,
      )}
    </ul>
    ${
      overdue
        ? html`<p part="overdue-summary" class="overdue-summary">${icon('needs-work')} ${c.count('overdueSummary', overdue)}</p>`
        : nothing
    }
    ${toolbar(c)}
  </section>`;
}

/** The status region that offers to undo the last delete (always there, so it is announced). */
export function undoRegion(c: PlanOverviewContext): TemplateResult {
  const deleted = c.editing.lastDeleted;
  return html`<div part="undo" class="undo ${deleted ? 'undo--active' : ''}" role="status">
    ${
      deleted
        ? html`<p class="undo__text">${c.t('deleted', { what: deleted.agreement.what })}</p>
            <button part="button undo-button" class="button" type="button" data-undo @click=${() => c.undoDelete()}>
              ${c.t('undo')}
            </button>`
        : nothing
    }
  </div>`;
}
