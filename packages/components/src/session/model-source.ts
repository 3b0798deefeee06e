import type { ActieModel, BuiltinModelName, ModelQuestions } from '@actie/rules';
import { LatestRun } from './latest-run.js';
import { defaultQuestions, isCompleteDefault, loadDefault, loadedDefault, whenCompleteDefault } from './default-model.js';
import { onDemandFailure } from './on-demand.js';
import type * as CheckModel from './check-model.js';
import type { ModelState } from './store-types.js';

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

/**
 * Where a {@link ModelSource} is: a {@link ModelState}, or (the default model only) its questions
 * while the rest has not been asked for yet. Only the store sees this state; it reports `questions`
 * as `loading` to whoever reads the model (see `SessionSources.modelState`).
 */
export type SourceState = ModelState | { readonly status: 'questions'; readonly questions: ModelQuestions };

/**
 * The events a {@link ModelSource} dispatches (plain `Event`s; its store listens):
 *
 * - `loading`: a model is being loaded or checked; the old result no longer applies;
 * - `settled`: the model is ready or could not be used (see {@link ModelSource.state});
 * - `replaced`: the default model grew: its questions were completed with the rest of the model,
 *   or the Dutch-only model was replaced by the complete one (an element speaks English). The same
 *   questions, so what was entered still fits; only the texts are new, or the score can be made now.
 */
export type ModelSourceEvent = 'loading' | 'settled' | 'replaced';

/**
 * Which model a session uses, and where it came from: the default (its questions at once, the rest
 * when first needed: see {@link ModelSource.whole}), a built-in one chosen by name,
 * an object from the page (validated) or a JSON file fetched from a URL (validated). Built-in
 * models are trusted data and are not validated again; the code that checks the others is loaded
 * when one is set (so a page with a built-in model never fetches it).
 *
 * Every change supersedes the ones before it: a model that finishes loading or checking after
 * another was chosen is dropped.
 */
export class ModelSource extends EventTarget {
  #state: SourceState;
  /** The model being loaded or checked: the latest wins, an older one is dropped. */
  readonly #runs = new LatestRun();
  /** Stops waiting for the complete default model (see {@link #defaultState}). */
  #stopWaiting: (() => void) | undefined;
  /** The rest of the default model being loaded (see {@link whole}). */
  #completing: Promise<void> | undefined;
  readonly #loadDefault: () => Promise<ActieModel>;

  /** `loadWhole` loads the whole default model (tests pass one that fails). */
  constructor(loadWhole: () => Promise<ActieModel> = loadDefault) {
    super();
    this.#loadDefault = loadWhole;
    this.#state = this.#defaultState();
  }

  get state(): SourceState {
    return this.#state;
  }

  /** Resolves when no model is being loaded or checked any more. */
  settled(): Promise<void> {
    return this.#runs.settled();
  }

  /**
   * The whole model once it is there. With only the default model's questions (state
   * `questions`), the rest is loaded now (once, however often this is called). Undefined when the
   * source ends in another state: another model was chosen meanwhile, or the rest could not be
   * loaded (then the state is an error that says so).
   */
  async whole(): Promise<ActieModel | undefined> {
    if (this.#state.status === 'questions') {
      this.#completing ??= this.#runs.run(
        () => loaded('the default model', 'load the rest of the questions', this.#loadDefault),
        (state) => {
          this.#completing = undefined;
          this.#state = state;
          if (state.status === 'ready') {
            this.#tell('replaced');
          } else {
            this.#leaveDefault();
            this.#tell('settled');
          }
        },
      );
      await this.#completing;
    }
    await this.settled();
    return this.#state.status === 'ready' ? this.#state.model : undefined;
  }

  /**
   * Use this model (an object or JSON text), once it is checked. Until then the state is
   * `loading`; an invalid model puts the source in the error state.
   */
  set(input: unknown, source: string): Promise<void> {
    return this.#later(source, () => withCheckCode(source, (code) => checked(code, input, source)));
  }

  /**
   * Use a built-in model by name (`initiative`, `organisation`, `initiator`). An unknown name is
   * an error the elements show; the answers entered so far stay as they are.
   */
  useBuiltin(name: string): Promise<void> {
    const source = `model-name="${name}"`;
    if (!isBuiltinModelName(name)) {
      const message = `"${name}" is not a built-in model; choose one of ${BUILTIN_MODEL_NAMES.join(', ')}.`;
      this.#leaveDefault();
      this.#now({ status: 'error', source, unknownName: name, errors: [{ path: '', code: 'invalid-value', message }] });
    } else if (name === 'initiative') {
      // The default model's questions are in the main code: there at once, without a loading state.
      this.#now(this.#defaultState());
    } else {
      return this.#later(source, () => loaded(source, `load the questions of ${source}`, () => builtinModel(name)));
    }
    return Promise.resolve();
  }

  /** Fetch a model from a URL and use it once it is valid. */
  load(url: string, fetcher: typeof fetch): Promise<void> {
    return this.#later(url, () => {
      // The model and the code that checks it are fetched at the same time.
      const response = Promise.resolve().then(() => fetcher(url, { credentials: 'same-origin' }));
      response.catch(() => undefined); // a failure is reported by modelText, not as an unhandled rejection
      return withCheckCode(url, async (code) => {
        const fetched = await code.modelText(url, response);
        return fetched.ok ? checked(code, fetched.text, url) : failed(url, fetched.message, 'invalid-json');
      });
    });
  }

  /**
   * The default model as far as it is loaded (at first its questions only: state `questions`, see
   * {@link whole}). Until it is the complete one, the complete one replaces it when it arrives
   * (an element speaks English), unless another model was chosen meanwhile.
   */
  #defaultState(): SourceState {
    this.#leaveDefault();
    const loaded = loadedDefault();
    if (!loaded || !isCompleteDefault(loaded)) {
      this.#stopWaiting = whenCompleteDefault((complete) => {
        this.#stopWaiting = undefined;
        this.#runs.cancel(); // the Dutch rest, if it is still loading, is not needed any more
        this.#completing = undefined;
        this.#state = { status: 'ready', model: complete };
        this.#tell('replaced');
      });
    }
    return loaded ? { status: 'ready', model: loaded } : { status: 'questions', questions: defaultQuestions };
  }

  /** Another model than the default one is chosen: stop waiting for the complete default model. */
  #leaveDefault(): void {
    this.#stopWaiting?.();
    this.#stopWaiting = undefined;
  }

  #tell(event: ModelSourceEvent): void {
    this.dispatchEvent(new Event(event));
  }

  /** A model known now: what was under way is dropped. */
  #now(state: SourceState): void {
    this.#runs.cancel();
    this.#completing = undefined;
    this.#state = state;
    this.#tell('settled');
  }

  /** A model that takes time: `loading` (from this source) until `work` gives its state, unless superseded. */
  #later(source: string, work: () => Promise<ModelState>): Promise<void> {
    this.#leaveDefault();
    this.#completing = undefined;
    this.#state = { status: 'loading', source };
    this.#tell('loading');
    return this.#runs.run(work, (state) => {
      this.#state = state;
      this.#tell('settled');
    });
  }
}

/**
 * A built-in model whose chunk is loaded on demand, as the state it puts the source in: ready, or
 * an error that says `what` could not be done. Never rejects.
 */
async function loaded(source: string, what: string, load: () => Promise<ActieModel>): Promise<ModelState> {
  try {
    return { status: 'ready', model: await load() };
  } catch (error) {
    return failed(source, onDemandFailure(error, what));
  }
}

/** The code that fetches and checks a model from the page (./check-model.ts). */
type CheckCode = typeof CheckModel;

/**
 * Run `work` with the code that fetches and checks a model from the page, loaded on demand (a chunk
 * pages with a built-in model never fetch). Never rejects: a failure to load it is the error state.
 */
async function withCheckCode(source: string, work: (code: CheckCode) => ModelState | Promise<ModelState>): Promise<ModelState> {
  let code: CheckCode;
  try {
    code = await import('./check-model.js');
  } catch (error) {
    return failed(source, onDemandFailure(error, 'check the model'));
  }
  return work(code);
}

/** A model checked, as the state it puts the source in. */
function checked(code: CheckCode, input: unknown, source: string): ModelState {
  const result = code.validateModel(input);
  return result.ok ? { status: 'ready', model: result.value } : { status: 'error', source, errors: result.errors };
}

/** `required`: code the model needs could not be loaded; `invalid-json`: the model's URL gave no text. */
function failed(source: string, message: string, code: 'invalid-json' | 'required' = 'required'): ModelState {
  return { status: 'error', source, errors: [{ path: '', code, message }] };
}
