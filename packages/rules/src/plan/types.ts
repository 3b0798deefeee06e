/** Status of an agreement. */
export type AgreementStatus = 'open' | 'busy' | 'done';

/** Every {@link AgreementStatus}, in workflow order. Frozen: validation reads it. */
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = Object.freeze(['open', 'busy', 'done'] as const);

/** A concrete agreement on an improvement point: what, who, by when, and how far it is. */
export interface Agreement {
  /** Unique within the plan. */
  readonly id: string;
  /** The condition (or point of attention) this agreement addresses, if any. */
  readonly condition?: string;
  /** What will be done. */
  readonly what: string;
  /** Who does it (a name, role or team). May be empty while the plan is a draft. */
  readonly who: string;
  /** The deadline as an ISO date `YYYY-MM-DD`, if agreed. */
  readonly when?: string;
  readonly status: AgreementStatus;
}

/** The agreements a team made, in the order the team put them. */
export interface ActionPlan {
  readonly agreements: readonly Agreement[];
}
