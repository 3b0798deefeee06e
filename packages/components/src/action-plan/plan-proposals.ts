import { PROPOSAL_SIZE } from '@actie/rules/core';
import type { StoreChange } from '../session/store.js';
import type { PlanActions, PlanHost } from './plan-host.js';
import { nextProposal, planCoverage, withProposal, type Proposal } from './proposal.js';

/** What the proposals do in the element: say, save, and move the focus. */
export interface ProposalsActions extends PlanActions {
  /** Focus the proposal's heading, the propose button, or an agreement's heading, after the next render. */
  readonly focus: (target: 'proposal' | 'propose' | { readonly agreement: string }) => void;
}

/** Changes after which a proposal shown, or the reason nothing was, may no longer hold. */
const STALE_PROPOSAL: ReadonlySet<StoreChange> = new Set(['answers', 'intake', 'model', 'reset', 'import']);
const STALE_NOTE: ReadonlySet<StoreChange> = new Set([...STALE_PROPOSAL, 'plan']);

/**
 * "A plan is a few priorities": the proposal from the results that `<actie-action-plan>` shows
 * before anything is added (see {@link nextProposal}), adding it or not, and why nothing was
 * proposed.
 */
export class PlanProposals {
  readonly #host: PlanHost;
  readonly #actions: ProposalsActions;
  #proposal: Proposal | undefined;
  #note: string | undefined;

  constructor(host: PlanHost, actions: ProposalsActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** The points shown before they are added; undefined when none is shown. */
  get proposal(): Proposal | undefined {
    return this.#proposal;
  }

  /** Why the last "propose" found nothing, in words; undefined when it did, or things changed since. */
  get note(): string | undefined {
    return this.#note;
  }

  /** Show the next points, or say why there are none. Returns how many are shown. */
  async show(): Promise<number> {
    const { store } = this.#host;
    const result = store ? await store.settled() : undefined;
    const model = store?.model;
    const next = result && model ? nextProposal(model, result, this.#host.plan) : 'noneUnanswered';
    if (typeof next === 'string') {
      const incomplete = next === 'noneNeedsWork' && result && result.progress.answered < result.progress.total;
      this.#set(undefined, incomplete ? `${this.#host.t(next)} ${this.#host.t('noneIncomplete')}` : this.#host.t(next));
      this.#actions.announce(this.#note ?? '');
      return 0;
    }
    this.#set(next, undefined);
    this.#actions.focus('proposal');
    return next.items.length;
  }

  /** Add the points shown as open agreements; focus goes to the first one added. Returns how many. */
  accept(): number {
    const proposal = this.#proposal;
    this.#set(undefined, undefined);
    if (!proposal) return 0;
    const plan = this.#host.plan;
    const after = withProposal(plan, proposal, ({ point }) => this.#host.mt(point.agreement));
    const added = after.agreements.length - plan.agreements.length;
    if (added) this.#actions.setPlan(after);
    const first = after.agreements[plan.agreements.length];
    this.#actions.focus(first ? { agreement: first.id } : 'propose');
    this.#actions.announce(this.#host.count('proposed', added));
    return added;
  }

  /** Close the proposal without adding anything; focus goes back to the propose button. */
  cancel(): void {
    this.#set(undefined, this.#note);
    this.#actions.focus('propose');
    this.#actions.announce(this.#host.t('proposalCancelled'));
  }

  /** Whether the next proposal is "one more point", and how many points are not on the plan yet. */
  state(): { readonly more: boolean; readonly remaining: number } {
    const { store } = this.#host;
    const model = store?.model;
    const result = store?.result;
    if (!model || !result) return { more: false, remaining: 0 };
    const { covered, remaining } = planCoverage(model, result, this.#host.plan);
    return { more: covered >= PROPOSAL_SIZE, remaining: remaining.length };
  }

  /** Forget what no longer holds after a change of the session. */
  storeChanged(change: StoreChange): void {
    if (STALE_PROPOSAL.has(change)) this.#proposal = undefined;
    if (STALE_NOTE.has(change)) this.#note = undefined;
  }

  #set(proposal: Proposal | undefined, note: string | undefined): void {
    this.#proposal = proposal;
    this.#note = note;
    this.#host.requestUpdate();
  }
}
