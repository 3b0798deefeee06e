/**
 * Code an element needs only in some states (a notice, a step few reach soon), as a chunk of its
 * own. {@link get} gives it once it is there; until then it starts loading it (once) and the host
 * renders again when it arrives. A load that fails is not tried again (the page says to reload);
 * {@link failed} then says so. Hosts that are ActieElements wait for loads under way in their
 * `updateComplete` (see ActieElement.lazy).
 */
export class LazyCode<T> {
  #code: T | undefined;
  #loading: Promise<void> | undefined;
  #inFlight = false;
  #failed = false;
  readonly #load: () => Promise<T>;
  readonly #arrived: (code: T | undefined) => void;

  /** `arrived` is called when the load ends: with the code, or with undefined when it failed. */
  constructor(load: () => Promise<T>, arrived: (code: T | undefined) => void) {
    this.#load = load;
    this.#arrived = arrived;
  }

  /** The code if it is there; otherwise undefined, and it is being loaded. */
  get(): T | undefined {
    if (!this.#loading && !this.#failed) {
      this.#inFlight = true;
      this.#loading = this.#load().then(
        (code) => {
          this.#code = code;
          this.#inFlight = false;
          this.#arrived(code);
        },
        () => {
          this.#failed = true;
          this.#inFlight = false;
          this.#arrived(undefined);
        },
      );
    }
    return this.#code;
  }

  /** Whether the code could not be loaded. */
  get failed(): boolean {
    return this.#failed;
  }

  /** While the code loads: the promise that resolves when it is there or failed. */
  get pending(): Promise<void> | undefined {
    return this.#inFlight ? this.#loading : undefined;
  }

  /** Load the code (if it is not there) and resolve when it is there or could not be loaded. */
  ready(): Promise<void> {
    this.get();
    return this.#loading ?? Promise.resolve();
  }
}
