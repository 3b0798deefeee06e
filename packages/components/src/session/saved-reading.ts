import type { ActieModel } from '@actie/rules';
import { onDemand, onDemandFailure, type OnDemand } from './on-demand.js';
import type { ModelState } from './store-types.js';

/**
 * Work on saved answers that needs the on-demand code (opening a stored session, checking the
 * answers against a new model), for a {@link SessionStore}: while the code loads, {@link state}
 * says `loading` (the store reports it as its model state, so the elements wait and nothing is
 * saved over the stored answers); then the work runs, unless {@link stop} was called meanwhile
 * (another model, another session, the session cleared). When the code cannot be loaded the state
 * is an error and nothing changes.
 */
export class SavedReading {
  #state: Exclude<ModelState, { status: 'ready' }> | undefined;
  /** Counts the reads; one that comes back to an older count was superseded. */
  #reads = 0;
  /** Settles when the latest read is done. */
  #done: Promise<void> = Promise.resolve();
  /** Called when the state changes, and after the work ran. */
  readonly #changed: () => void;
  readonly #load: () => Promise<OnDemand>;

  /** `load` fetches the on-demand code (tests pass one that fails). */
  constructor(changed: () => void, load: () => Promise<OnDemand> = onDemand) {
    this.#changed = changed;
    this.#load = load;
  }

  /** `loading` while the code loads, an error when it could not be loaded, else undefined. */
  get state(): Exclude<ModelState, { status: 'ready' }> | undefined {
    return this.#state;
  }

  /** Run `work` with the on-demand code, for this model, once the code is there. */
  start(model: ActieModel, work: (code: OnDemand, model: ActieModel) => void): void {
    const read = ++this.#reads;
    const source = 'the saved answers';
    this.#state = { status: 'loading', source };
    this.#changed();
    this.#done = this.#load().then(
      (code) => {
        if (read !== this.#reads) return; // superseded
        this.#state = undefined;
        work(code, model);
        this.#changed();
      },
      (error: unknown) => {
        if (read !== this.#reads) return;
        const message = onDemandFailure(error, 'read the saved answers');
        this.#state = { status: 'error', source, errors: [{ path: '', code: 'required', message }] };
        this.#changed();
      },
    );
  }

  /** Forget a read under way. */
  stop(): void {
    this.#reads++;
    this.#state = undefined;
  }

  /** Resolves when no read is under way any more (also when a newer one starts while waiting). */
  async settled(): Promise<void> {
    let done: Promise<void>;
    do {
      done = this.#done;
      await done;
    } while (done !== this.#done);
  }
}
