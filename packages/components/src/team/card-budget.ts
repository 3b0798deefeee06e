import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list of cards a few at a time, so the page keeps painting and answering input
 * while a large team result appears (200 imported files: no frame over 100 ms, see
 * `pnpm bench:team`). After {@link reset} each render may draw `step` more cards than the one
 * before; the next slice follows in a new task until every card is there.
 */
export class CardBudget implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #step: number;
  #budget = Number.POSITIVE_INFINITY;
  #remaining = Number.POSITIVE_INFINITY;
  #pending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, step: number) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  /** Start again with one slice of cards (for a new result). */
  reset(): void {
    this.#budget = this.#step;
    this.#pending = true;
  }

  /** While rendering, once per card: whether that card may be drawn in this render. */
  readonly allow = (): boolean => this.#remaining-- > 0;

  /** Resolves once every card is drawn. */
  complete(): Promise<void> {
    if (!this.#pending) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  hostUpdate(): void {
    this.#remaining = this.#budget;
  }

  hostUpdated(): void {
    this.#pending = this.#remaining < 0;
    if (this.#pending) {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#budget += this.#step;
        this.#host.requestUpdate();
      }, 0);
      return;
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }

  hostDisconnected(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#budget = Number.POSITIVE_INFINITY;
    this.#pending = false;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
