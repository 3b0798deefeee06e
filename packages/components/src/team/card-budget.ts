import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The stages of a staged result (see {@link CardBudget.reached}). */
const STAGES = 2;

/**
 * Renders a long list of cards a few at a time, so the page keeps painting and answering input
 * while a large team result appears (200 imported files: no frame over 100 ms, see
 * `pnpm bench:team`). After {@link reset} each render may draw `step` more cards than the one
 * before; the next slice follows in a new task until every card is there.
 *
 * A first result can be drawn in stages ({@link reset} with `staged`): the first render after it
 * shows what needs no stage (the file statuses), the next one stage 1 (the overview and the grid),
 * the next stage 2 (the other sections), and then the cards a slice at a time.
 */
export class CardBudget implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #step: number;
  #budget = Number.POSITIVE_INFINITY;
  #remaining = Number.POSITIVE_INFINITY;
  #pending = false;
  /** The stage of this render (see {@link reached}); {@link STAGES} once every stage is there. */
  #stage = STAGES;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #waiters: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, step: number) {
    this.#host = host;
    this.#step = step;
    host.addController(this);
  }

  /** Start again with one slice of cards (for a new result); when `staged`, with the stages first and no card. */
  reset(staged = false): void {
    this.#stage = staged ? 0 : STAGES;
    this.#budget = staged ? 0 : this.#step;
    this.#pending = true;
  }

  /** While rendering: whether stage `n` (1: the overview and grid, 2: the other sections) may be drawn. */
  readonly reached = (n: 1 | 2): boolean => this.#stage >= n;

  /** While rendering, once per card: whether that card may be drawn in this render. */
  readonly allow = (): boolean => this.#stage >= STAGES && this.#remaining-- > 0;

  /** Resolves once every card is drawn. */
  complete(): Promise<void> {
    if (!this.#pending) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  hostUpdate(): void {
    this.#remaining = this.#budget;
  }

  hostUpdated(): void {
    const staging = this.#stage < STAGES;
    this.#pending = staging || this.#remaining < 0;
    if (this.#pending) {
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        if (this.#stage < STAGES) this.#stage++;
        else this.#budget += this.#step;
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
    this.#stage = STAGES;
    this.#budget = Number.POSITIVE_INFINITY;
    this.#pending = false;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
