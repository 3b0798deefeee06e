import { actieModel, validateModel, type ActieModel, type BuiltinModelName } from '@actie/rules';
import type { ModelState } from './store-types.js';

/**
 * Fetch the text of a model from a URL: the only network request the components make, and only
 * when the host page asks for it with `model-src`. Never throws: a failure is a message for the
 * error summary (English, with the URL).
 */
export async function fetchModel(
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
export const BUILTIN_MODEL_NAMES: readonly BuiltinModelName[] = ['initiative', 'organisation', 'initiator'];

/** Whether a text names a built-in model. */
export function isBuiltinModelName(name: string): name is BuiltinModelName {
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
  /** A model is being fetched: the old result no longer applies. */
  readonly loading: () => void;
  /** The model is ready or could not be used (see {@link ModelSource.state}). */
  readonly settled: () => void;
}

/**
 * Which model a session uses, and where it came from: the default, a built-in one chosen by name,
 * an object from the page (validated) or a JSON file fetched from a URL (validated). Built-in
 * models are trusted data and are not validated again.
 */
export class ModelSource {
  #state: ModelState = { status: 'ready', model: actieModel };
  readonly #events: ModelSourceEvents;

  constructor(events: ModelSourceEvents) {
    this.#events = events;
  }

  get state(): ModelState {
    return this.#state;
  }

  /** Use this model (already an object). Invalid models put the source in the error state. */
  set(input: unknown, source: string): void {
    const checked = validateModel(input);
    this.#state = checked.ok ? { status: 'ready', model: checked.value } : { status: 'error', source, errors: checked.errors };
    this.#events.settled();
  }

  /**
   * Use a built-in model by name (`initiative`, `organisation`, `initiator`). An unknown name is
   * an error the elements show; the answers entered so far stay as they are.
   */
  async useBuiltin(name: string): Promise<void> {
    if (!isBuiltinModelName(name)) {
      this.#state = {
        status: 'error',
        source: `model-name="${name}"`,
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
      this.#state = { status: 'ready', model: actieModel };
      this.#events.settled();
      return;
    }
    const source = `model-name="${name}"`;
    this.#state = { status: 'loading', source };
    this.#events.loading();
    const model = await builtinModel(name);
    if (!this.#isLoading(source)) return; // superseded meanwhile
    this.#state = { status: 'ready', model };
    this.#events.settled();
  }

  /** Fetch a model from a URL and use it once it is valid. */
  async load(url: string, fetcher: typeof fetch): Promise<void> {
    this.#state = { status: 'loading', source: url };
    this.#events.loading();
    const fetched = await fetchModel(url, fetcher);
    if (!this.#isLoading(url)) return; // superseded meanwhile
    if (fetched.ok) {
      this.set(fetched.text, url);
    } else {
      this.#state = { status: 'error', source: url, errors: [{ path: '', code: 'invalid-json', message: fetched.message }] };
      this.#events.loading(); // the elements show the error; nothing to score or load
    }
  }

  /** Whether the model from this source is still the one being loaded (read after an `await`). */
  #isLoading(source: string): boolean {
    const state = this.#state;
    return state.status === 'loading' && state.source === source;
  }
}
