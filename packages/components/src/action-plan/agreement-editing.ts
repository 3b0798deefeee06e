import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isIsoDate, proposeAgreement } from '@actie/rules/core';
import type { ActionPlan, Agreement } from '@actie/rules';
import type { SessionStore } from '../session/store.js';

/** A change of an agreement's fields. */
export type AgreementChanges = Partial<Omit<Agreement, 'id'>>;

/** The last agreement deleted, and where it was, for "undo". */
export interface DeletedAgreement {
  readonly agreement: Agreement;
  readonly index: number;
}

/** The element the editing works for: it re-renders, and its store holds the plan. */
export type EditingHost = ReactiveControllerHost & EventTarget & { readonly store: SessionStore | undefined };

/**
 * The agreements being edited in `<actie-action-plan>`: a new agreement that is shown but not
 * saved until its "what" is filled in, "what" texts emptied by the person (kept on screen with an
 * error, never saved empty), and the last agreement deleted (for undo). Every change that can be
 * saved goes to the session store at once, with the element as its origin.
 */
export class AgreementEditing implements ReactiveController {
  readonly #host: EditingHost;
  /** A new agreement whose "what" is not filled in yet: shown, not saved. */
  pending: Agreement | undefined;
  /** Whether the pending agreement's "what" has been left empty once (then its error shows). */
  pendingTouched = false;
  /** The last deleted agreement, offered for undo. */
  lastDeleted: DeletedAgreement | undefined;
  /** "What" texts typed but not saved because they are empty, by agreement id. */
  readonly #whatDrafts = new Map<string, string>();

  constructor(host: EditingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the state lives as long as the element.
  }

  get #plan(): ActionPlan {
    return this.#host.store?.plan ?? { agreements: [] };
  }

  /** A "what" typed but not saved because it is empty. */
  whatDraft(id: string): string | undefined {
    return this.#whatDrafts.get(id);
  }

  /** Forget everything being edited (the session was deleted, or a plan was imported). */
  reset(): void {
    this.pending = undefined;
    this.lastDeleted = undefined;
    this.#whatDrafts.clear();
    this.#host.requestUpdate();
  }

  /** Forget drafts of agreements that are no longer on the plan. */
  prune(): void {
    const ids = new Set(this.#plan.agreements.map((a) => a.id));
    for (const id of [...this.#whatDrafts.keys()]) if (!ids.has(id)) this.#whatDrafts.delete(id);
  }

  /** Start a new agreement (or keep the one being made); returns its id. */
  start(): string {
    if (!this.pending) {
      this.pending = { id: freshId(undefined, this.#plan.agreements), what: '', who: '', status: 'open' };
      this.pendingTouched = false;
      this.#host.requestUpdate();
    }
    return this.pending.id;
  }

  /** Delete an agreement, or discard the new one. Returns which it was. */
  remove(id: string): 'discarded' | 'deleted' | undefined {
    if (this.pending?.id === id) {
      this.pending = undefined;
      this.#host.requestUpdate();
      return 'discarded';
    }
    const agreements = this.#plan.agreements;
    const index = agreements.findIndex((a) => a.id === id);
    const agreement = agreements[index];
    if (!agreement) return undefined;
    this.#whatDrafts.delete(id);
    this.lastDeleted = { agreement, index };
    this.#setPlan({ agreements: agreements.filter((a) => a.id !== id) });
    return 'deleted';
  }

  /** Put the last deleted agreement back where it was (with a new id if its id was taken meanwhile). */
  undo(): { readonly agreement: Agreement; readonly index: number; readonly total: number } | undefined {
    const deleted = this.lastDeleted;
    if (!deleted) return undefined;
    const agreements = [...this.#plan.agreements];
    const pending = this.pending;
    const taken = agreements.some((a) => a.id === deleted.agreement.id) || pending?.id === deleted.agreement.id;
    const agreement = taken
      ? { ...deleted.agreement, id: freshId(deleted.agreement.condition, pending ? [...agreements, pending] : agreements) }
      : deleted.agreement;
    const index = Math.min(deleted.index, agreements.length);
    agreements.splice(index, 0, agreement);
    this.lastDeleted = undefined;
    this.#setPlan({ agreements });
    return { agreement, index, total: agreements.length };
  }

  // ---- input in an agreement's fields ----------------------------------------------------------

  onWhatInput(agreement: Agreement, isPending: boolean, value: string): void {
    if (isPending) {
      const pending = { ...agreement, what: value };
      if (value.trim() === '') {
        this.#setPending(pending);
        return;
      }
      // Filled in: save it at the end of the plan.
      const agreements = this.#plan.agreements;
      const id = agreements.some((a) => a.id === pending.id) ? freshId(undefined, agreements) : pending.id;
      this.pending = undefined;
      this.pendingTouched = false;
      this.#setPlan({ agreements: [...agreements, { ...pending, id }] });
      return;
    }
    if (value.trim() === '') {
      this.#whatDrafts.set(agreement.id, value);
      this.#host.requestUpdate();
      return;
    }
    this.#whatDrafts.delete(agreement.id);
    this.#update(agreement.id, { what: value });
  }

  onWhatChange(agreement: Agreement, isPending: boolean, value: string): void {
    if (isPending) {
      if (value.trim() === '') {
        this.pendingTouched = true;
        this.#host.requestUpdate();
      }
      return;
    }
    const trimmed = value.trim();
    if (trimmed && trimmed !== agreement.what) this.#update(agreement.id, { what: trimmed });
  }

  onField(agreement: Agreement, isPending: boolean, changes: AgreementChanges): void {
    if (isPending) this.#setPending({ ...agreement, ...changes });
    else this.#update(agreement.id, changes);
  }

  onWhoChange(agreement: Agreement, isPending: boolean, value: string): void {
    const trimmed = value.trim();
    if (trimmed !== value) this.onField(agreement, isPending, { who: trimmed });
  }

  onWhen(agreement: Agreement, isPending: boolean, value: string): void {
    if (value !== '' && !isIsoDate(value)) return; // not a whole date yet
    if ((agreement.when ?? '') === value) return;
    this.onField(agreement, isPending, { when: value });
  }

  #setPending(agreement: Agreement): void {
    this.pending = agreement;
    this.#host.requestUpdate();
  }

  /** Save a new plan in the store (which tells the page with `actie-plan-change`). */
  #setPlan(plan: ActionPlan): void {
    this.#host.store?.setPlan(plan, this.#host);
  }

  #update(id: string, changes: AgreementChanges): void {
    this.#host.store?.updateAgreement(id, changes, this.#host);
  }
}

/** An agreement id not used in `existing`. */
export function freshId(condition: string | undefined, existing: readonly Agreement[]): string {
  return proposeAgreement(condition, '-', existing).id;
}
