import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How to find the element to focus once the host has rendered; `null` while it is not there yet. */
export type FocusFinder = (root: HTMLElement | DocumentFragment) => HTMLElement | null | undefined;

/** Options of {@link FocusAfterRender.focus}. */
export interface FocusOptions {
  /** Scroll the target into view at this position (smooth unless reduced motion is asked). */
  readonly scroll?: ScrollLogicalPosition;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Moves the keyboard focus after the next render: to a control that replaces the one just used
 * (the "on the plan" text after "add to plan"), to a heading after a step change, to an error
 * summary after a failed import. The target is looked up after every render until it exists, so
 * it may appear a render or two later (after scoring); a newer request replaces an older one.
 */
export class FocusAfterRender implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  #pending: { readonly find: FocusFinder; readonly options: FocusOptions } | undefined;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus what `find` returns after the next render (and ask for that render). */
  focus(find: FocusFinder, options: FocusOptions = {}): void {
    this.#pending = { find, options };
    this.#host.requestUpdate();
  }

  /** Focus the element with this id in the render root after the next render. */
  focusId(id: string, options: FocusOptions = {}): void {
    this.focus((root) => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`), options);
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (!pending) return;
    const target = pending.find(this.#host.renderRoot);
    if (!target) return;
    this.#pending = undefined;
    target.focus({ preventScroll: pending.options.scroll !== undefined });
    if (pending.options.scroll) {
      target.scrollIntoView({ block: pending.options.scroll, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    }
  }
}
