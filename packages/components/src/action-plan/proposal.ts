import { html, nothing, type TemplateResult } from 'lit';
import { PROPOSAL_SIZE, prioritise, proposeAgreement } from '@actie/rules/core';
import type { ActieModel, ActionPlan, Agreement, AssessmentResult, Priority, PriorityReason } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { icon } from '../shared/result-icons.js';
import type { PlanKey } from './action-plan.strings.js';

/** Why nothing is proposed: the key of the sentence that says so. */
export type NoProposal = 'noneUnanswered' | 'noneNeedsWork' | 'noneOffers' | 'noneCovered';

/** Points from the results proposed for the plan, shown before they are added. */
export interface Proposal {
  /** The points, the most important first (by `prioritise` of @actie/rules). */
  readonly items: readonly Priority[];
  /** One more after the first few ("Nog een punt toevoegen"), not the first proposal. */
  readonly next: boolean;
  /** Points that need work but are offers in this situation (never proposed), not on the plan. */
  readonly offers: number;
}

/** How far the plan covers the results' priorities. */
export interface PlanCoverage {
  /** Priorities that have an agreement on the plan. */
  readonly covered: number;
  /** Priorities without one yet, the most important first. */
  readonly remaining: readonly Priority[];
}

/** The conditions and points of attention the plan has an agreement for. */
function linked(plan: ActionPlan): Set<string> {
  return new Set(plan.agreements.flatMap((a) => (a.condition ? [a.condition] : [])));
}

/** Which of the results' priorities the plan covers, and which are left. */
export function planCoverage(model: ActieModel, result: AssessmentResult, plan: ActionPlan): PlanCoverage {
  const all = prioritise(model, result);
  const onPlan = linked(plan);
  const remaining = all.filter((p) => !onPlan.has(p.point.condition));
  return { covered: all.length - remaining.length, remaining };
}

/**
 * The next proposal. A plan is a few priorities: the first proposal fills the plan up to
 * {@link PROPOSAL_SIZE} (5) points from the results, the most important first; once it holds that
 * many, one more at a time. Or why there is nothing to propose: nothing answered yet, nothing
 * needs work, only offers (which are added only if the initiators ask), or all is on the plan.
 */
export function nextProposal(model: ActieModel, result: AssessmentResult, plan: ActionPlan): Proposal | NoProposal {
  if (!result.progress.answered) return 'noneUnanswered';
  const { covered, remaining } = planCoverage(model, result, plan);
  const onPlan = linked(plan);
  const offers = result.offers.filter((c) => !onPlan.has(c.id)).length;
  if (!remaining.length) return covered ? 'noneCovered' : offers ? 'noneOffers' : 'noneNeedsWork';
  const next = covered >= PROPOSAL_SIZE;
  return { items: remaining.slice(0, next ? 1 : PROPOSAL_SIZE - covered), next, offers };
}

/**
 * The plan with the proposal's points added as open agreements after the others ("what" is the
 * point's agreement text; "who" and "when" are for the team). A point that got on the plan since
 * it was proposed is not added twice.
 */
export function withProposal(plan: ActionPlan, proposal: Proposal, what: (priority: Priority) => string): ActionPlan {
  const agreements: Agreement[] = [...plan.agreements];
  const onPlan = linked(plan);
  for (const priority of proposal.items) {
    if (onPlan.has(priority.point.condition)) continue;
    agreements.push(proposeAgreement(priority.point.condition, what(priority), agreements));
  }
  return { agreements };
}

/** Why a point ranks where it does, in plain words. */
const WHY: Readonly<Record<PriorityReason, PlanKey>> = {
  situation: 'whySituation',
  key: 'whyKey',
  requested: 'whyRequested',
  situational: 'whySituational',
  attention: 'whyAttention',
  other: 'whyOther',
};

/** What the proposal panel uses of `<actie-action-plan>` (the element itself). */
export interface ProposalContext extends Texts<PlanKey> {
  readonly idPrefix: string;
  acceptProposal(): number;
  cancelProposal(): void;
}

/**
 * The proposal before anything is added: per point its name, the agreement it proposes and why
 * it ranks there; what is left out (offers); and the buttons to add them or to cancel. Its
 * heading takes focus when it opens.
 */
export function proposalPanel(c: ProposalContext, proposal: Proposal): TemplateResult {
  const headingId = `${c.idPrefix}-proposal`;
  const count = proposal.items.length;
  return html`<section part="proposal" class="proposal" aria-labelledby=${headingId} data-proposal>
    <h3 part="proposal-heading" id=${headingId} tabindex="-1" data-proposal-heading>
      ${proposal.next ? c.t('proposalNextTitle') : c.count('proposalTitle', count)}
    </h3>
    ${proposal.next ? nothing : html`<p>${c.t('proposalIntro')}</p>`}
    <ol part="proposal-list" class="proposal__list">
      ${proposal.items.map(
        ({ point, reason }) =>
          html`<li part="proposal-item" class="proposal__item" data-point=${point.condition}>
            <p class="proposal__title">
              <strong>${c.mt(point.title)}</strong>
              ${point.level === 'organisation' ? html`<span class="proposal__level">(${c.t('proposalForOrganisation')})</span>` : nothing}
            </p>
            <p class="proposal__what">${c.t('proposalAgreement', { what: c.mt(point.agreement) })}</p>
            <p class="proposal__why hint">${c.t('proposalWhy', { why: c.t(WHY[reason]) })}</p>
          </li>`,
      )}
    </ol>
    ${proposal.offers ? html`<p class="hint">${c.count('proposalOffers', proposal.offers)}</p>` : nothing}
    <div class="buttons">
      <button
        part="button accept-button"
        class="button button--primary"
        type="button"
        data-accept
        @click=${() => c.acceptProposal()}
      >
        ${icon('plus')} ${c.t(count === 1 ? 'proposalAcceptOne' : 'proposalAcceptOther')}
      </button>
      <button part="button cancel-button" class="button" type="button" data-cancel @click=${() => c.cancelProposal()}>
        ${c.t('proposalCancel')}
      </button>
    </div>
  </section>`;
}
