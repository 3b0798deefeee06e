/**
 * Async work where the latest run wins: scoring after every change, combining team files after
 * every import. Each {@link LatestRun.run} supersedes the runs before it: an older run that
 * finishes later is dropped, so a slow early result never overwrites a newer one.
 *
 * No DOM and no Lit: the session store uses it as well as the elements.
 */
export class LatestRun {
  #run = 0;
  #latest: Promise<void> = Promise.resolve();

  /**
   * Start `work`; when it finishes and no newer run was started meanwhile, `apply` gets its value.
   * Resolves when this run is done (applied or dropped).
   */
  run<T>(work: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const run = ++this.#run;
    this.#latest = work().then((value) => {
      if (run === this.#run) apply(value);
    });
    return this.#latest;
  }

  /** Forget the runs under way (their results are dropped), e.g. when there is nothing to work on. */
  cancel(): void {
    this.#run++;
    this.#latest = Promise.resolve();
  }

  /** Resolves when the latest run is done, also when newer runs start while waiting. */
  async settled(): Promise<void> {
    let pending: Promise<void>;
    do {
      pending = this.#latest;
      await pending;
    } while (pending !== this.#latest);
  }
}
