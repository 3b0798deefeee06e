import type { ActieModel } from '@actie/rules';
import { LatestRun } from './latest-run.js';
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
export class SavedReading extends EventTarget {
  #state: Extract<ModelState, { status: 'loading' | 'error' }> | undefined;
  /** The reads: the latest wins, an older one (or a stopped one) is dropped. */
  readonly #runs = new LatestRun();
  readonly #load: () => Promise<OnDemand>;

  /**
   * Dispatches `change` (a plain `Event`) when the state changes, and after the work ran. `load`
   * fetches the on-demand code (tests pass one that fails).
   */
  constructor(load: () => Promise<OnDemand> = onDemand) {
    super();
    this.#load = load;
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** `loading` while the code loads, an error when it could not be loaded, else undefined. */
  get state(): Extract<ModelState, { status: 'loading' | 'error' }> | undefined {
    return this.#state;
  }

  /**
   * Run `work` with the on-demand code, for this model, once both are there. `model` may be a
   * function that gives the model when it has loaded (the rest of the default model, see
   * ModelSource.whole); when that gives none (another model was chosen, or it failed, which the
   * model's state reports), the work is dropped.
   */
  start(model: ActieModel | (() => Promise<ActieModel | undefined>), work: (code: OnDemand, model: ActieModel) => void): void {
    const source = 'the saved answers';
    this.#state = { status: 'loading', source };
    this.#changed();
    void this.#runs.run(
      () =>
        Promise.all([this.#load(), typeof model === 'function' ? model() : model]).then(
          ([code, whole]) => ({ ok: true as const, code, whole }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      (loaded) => {
        if (!loaded.ok) {
          const message = onDemandFailure(loaded.error, 'read the saved answers');
          this.#state = { status: 'error', source, errors: [{ path: '', code: 'required', message }] };
        } else {
          this.#state = undefined;
          if (loaded.whole) work(loaded.code, loaded.whole);
        }
        this.#changed();
      },
    );
  }

  /** Forget a read under way. */
  stop(): void {
    this.#runs.cancel();
    this.#state = undefined;
  }

  /** Resolves when no read is under way any more (also when a newer one starts while waiting). */
  settled(): Promise<void> {
    return this.#runs.settled();
  }
}
