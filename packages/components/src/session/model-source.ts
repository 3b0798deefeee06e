import type { ActieModel, BuiltinModelName, validateModel } from '@actie/rules';
import { defaultModel, isDutchDefault, whenCompleteDefault } from './default-model.js';
import { onDemandFailure } from './on-demand.js';
import type { ModelState } from './store-types.js';

/**
 * Fetch the text of a model from a URL: the only network request the components make, and only
 * when the host page asks for it with `model-src`. Never throws: a failure is a message for the
 * error summary (English, with the URL).
 */
async function fetchModel(
  url: string,
  fetcher: typeof fetch,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  let problem: string;
  try {
    const response = await fetcher(url, { credentials: 'same-origin' });
    if (response.ok) return { ok: true, text: await response.text() };
    problem = `the server answered ${response.status} ${response.statusText}`;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return { ok: false, message: `The model could not be loaded from ${url}: ${problem}.` };
}

/** The names `<actie-session model-name>` takes, the default first. */
const BUILTIN_MODEL_NAMES: readonly BuiltinModelName[] = ['initiative', 'organisation', 'initiator'];

/** Whether a text names a built-in model. */
function isBuiltinModelName(name: string): name is BuiltinModelName {
  return (BUILTIN_MODEL_NAMES as readonly string[]).includes(name);
}

/**
 * A built-in model by name. The default model is in the main code; the other two are loaded
 * (as chunks of their own in a bundle) only when a page asks for them.
 */
async function builtinModel(name: Exclude<BuiltinModelName, 'initiative'>): Promise<ActieModel> {
  switch (name) {
    case 'organisation':
      return (await import('./builtin/organisation.js')).organisationModel;
    case 'initiator':
      return (await import('./builtin/initiator.js')).initiatorModel;
  }
}

/** What a {@link ModelSource} tells its store. */
export interface ModelSourceEvents {
  /** A model is being loaded or checked: the old result no longer applies. */
  readonly loading: () => void;
  /** The model is ready or could not be used (see {@link ModelSource.state}). */
  readonly settled: () => void;
  /**
   * The Dutch-only default model was replaced by the complete one (an element speaks English):
   * the same questions, so what was entered still fits; only the texts are new.
   */
  readonly replaced: () => void;
}

/**
 * Which model a session uses, and where it came from: the default, a built-in one chosen by name,
 * an object from the page (validated) or a JSON file fetched from a URL (validated). Built-in
 * models are trusted data and are not validated again; the code that checks the others is loaded
 * when one is set (so a page with a built-in model never fetches it).
 *
 * Every change supersedes the ones before it: a model that finishes loading or checking after
 * another was chosen is dropped.
 */
export class ModelSource {
  #state: ModelState;
  /** Counts the changes; an `await` that comes back to an older count was superseded. */
  #change = 0;
  readonly #events: ModelSourceEvents;
  /** Stops waiting for the complete default model (see {@link #useDefault}). */
  #stopWaiting: (() => void) | undefined;
  /** The latest change under way (loading or checking a model). */
  #latest: Promise<void> = Promise.resolve();

  constructor(events: ModelSourceEvents) {
    this.#events = events;
    this.#state = { status: 'ready', model: this.#useDefault() };
  }

  get state(): ModelState {
    return this.#state;
  }

  /** Resolves when no model is being loaded or checked any more. */
  async settled(): Promise<void> {
    let latest: Promise<void>;
    do {
      latest = this.#latest;
      await latest;
    } while (latest !== this.#latest);
  }

  /**
   * Use this model (an object or JSON text), once it is checked. Until then the state is
   * `loading`; an invalid model puts the source in the error state.
   */
  set(input: unknown, source: string): Promise<void> {
    return this.#track(this.#check(input, source));
  }

  async #check(input: unknown, source: string): Promise<void> {
    const change = this.#start(source);
    let checked: ReturnType<typeof validateModel>;
    try {
      checked = (await import('./check-model.js')).validateModel(input);
    } catch (error) {
      if (change === this.#change) this.#fail(source, onDemandFailure(error, 'check the model'));
      return;
    }
    if (change !== this.#change) return;
    this.#state = checked.ok ? { status: 'ready', model: checked.value } : { status: 'error', source, errors: checked.errors };
    this.#events.settled();
  }

  /**
   * Use a built-in model by name (`initiative`, `organisation`, `initiator`). An unknown name is
   * an error the elements show; the answers entered so far stay as they are.
   */
  useBuiltin(name: string): Promise<void> {
    return this.#track(this.#builtin(name));
  }

  async #builtin(name: string): Promise<void> {
    const source = `model-name="${name}"`;
    if (!isBuiltinModelName(name)) {
      this.#change++;
      this.#state = {
        status: 'error',
        source,
        unknownName: name,
        errors: [
          {
            path: '',
            code: 'invalid-value',
            message: `"${name}" is not a built-in model; choose one of ${BUILTIN_MODEL_NAMES.join(', ')}.`,
          },
        ],
      };
      this.#events.settled();
      return;
    }
    if (name === 'initiative') {
      // The default model is in the main code: ready at once, without a loading state.
      this.#change++;
      this.#state = { status: 'ready', model: this.#useDefault() };
      this.#events.settled();
      return;
    }
    const change = this.#start(source);
    let model: ActieModel;
    try {
      model = await builtinModel(name);
    } catch (error) {
      if (change === this.#change) this.#fail(source, onDemandFailure(error, `load the questions of ${source}`));
      return;
    }
    if (change !== this.#change) return;
    this.#state = { status: 'ready', model };
    this.#events.settled();
  }

  /** Fetch a model from a URL and use it once it is valid. */
  load(url: string, fetcher: typeof fetch): Promise<void> {
    return this.#track(this.#fetch(url, fetcher));
  }

  async #fetch(url: string, fetcher: typeof fetch): Promise<void> {
    const change = this.#start(url);
    const fetched = await fetchModel(url, fetcher);
    if (change !== this.#change) return;
    if (fetched.ok) await this.#check(fetched.text, url);
    else this.#fail(url, fetched.message, 'invalid-json');
  }

  /**
   * The default model now; while that is the Dutch-only one, the complete one replaces it when it
   * arrives (unless another model was chosen meanwhile).
   */
  #useDefault(): ActieModel {
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
    const model = defaultModel();
    if (isDutchDefault(model)) {
      this.#stopWaiting = whenCompleteDefault((complete) => {
        this.#stopWaiting = undefined;
        if (this.#state.status !== 'ready' || this.#state.model !== model) return;
        this.#state = { status: 'ready', model: complete };
        this.#events.replaced();
      });
    }
    return model;
  }

  #track(run: Promise<void>): Promise<void> {
    this.#latest = run;
    return run;
  }

  /** A new change: the state is `loading` (from this source) until it settles. */
  #start(source: string): number {
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
    this.#state = { status: 'loading', source };
    this.#events.loading();
    return ++this.#change;
  }

  /** `required`: code the model needs could not be loaded; `invalid-json`: the model's URL gave no text. */
  #fail(source: string, message: string, code: 'invalid-json' | 'required' = 'required'): void {
    this.#state = { status: 'error', source, errors: [{ path: '', code, message }] };
    this.#events.settled();
  }
}
