import type { ActieModel, AssessmentResult, ModelQuestions, SessionFile } from '@actie/rules';
import { ModelSource, type SourceState } from './model-source.js';
import type { OnDemand } from './on-demand.js';
import { SessionPersistence, type ElsewhereEvent } from './persistence.js';
import { SavedReading } from './saved-reading.js';
import { SessionScoring } from './scoring.js';
import { EMPTY_SESSION, sessionFileOf } from './session-data.js';
import { SessionView } from './session-view.js';
import type { ModelState, SessionStoreOptions, SetAsideSave } from './store-types.js';
import type { StorageMode } from './web-storage.js';

/**
 * Where a {@link SessionStore}'s model, saved data and score come from, and how they follow it:
 * the model from a {@link ModelSource}; the data kept in Web Storage by a {@link SessionPersistence}
 * (saves, saves set aside, other tabs) and read back with the on-demand code by a
 * {@link SavedReading}; the score from a {@link SessionScoring}. Persistence and scoring subscribe
 * to the session and read its public state; none of them calls into it: each tells its news with
 * an event, and this class turns that into a transition of the data or a notification.
 */
export abstract class SessionSources extends SessionView {
  /** @internal */
  protected readonly models = new ModelSource();
  /** Saved answers being opened or checked while the code for it loads on demand. */
  readonly #reading = new SavedReading();
  readonly #scoring = new SessionScoring();
  readonly #kept: SessionPersistence;
  #connected = false;

  constructor(options: Pick<SessionStoreOptions, 'sessionId' | 'storage'>) {
    super();
    this.#kept = new SessionPersistence(options.sessionId, options.storage);
    // Subscribers: they read the store's public state after each change and tell back with events.
    this.#kept.follow(this);
    this.#scoring.follow(this);
    this.#kept.addEventListener('storage', () => this.notify('storage'));
    this.#kept.addEventListener('elsewhere', (event) => this.#changedElsewhere((event as ElsewhereEvent).detail));
    this.#scoring.addEventListener('change', () => this.notify('result'));
    this.#reading.addEventListener('change', () => this.notify('model'));
    this.models.addEventListener('loading', () => {
      this.#reading.stop();
      this.notify('model');
    });
    this.models.addEventListener('settled', () => {
      this.#reading.stop();
      this.#afterModel();
    });
    // The same questions, now with the rest of the model or with English texts: what was entered
    // still fits. The elements show the new texts; what was entered while only the questions were
    // there is saved now, and the score is made (the subscribers do both).
    this.models.addEventListener('replaced', () => this.notify('model'));
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Where the model is, without asking for more of it: the reading of saved answers first, else the loader's. */
  get #state(): SourceState {
    return this.#reading.state ?? this.models.state;
  }

  /**
   * The model's state; `loading` also while saved answers are being opened for it. Reading it (or
   * {@link model}) asks for the whole model: the default model's questions come with the page and
   * the rest loads the first time something reads the model (a form needs only {@link questions}),
   * so until it is there this says `loading`, and a change event follows when it is.
   */
  get modelState(): ModelState {
    const state = this.#state;
    if (state.status !== 'questions') return state;
    void this.models.whole();
    return { status: 'loading', source: 'the default model' };
  }

  /** The model when it is ready (and the saved answers, if any, are read); asks for it, see {@link modelState}. */
  get model(): ActieModel | undefined {
    const state = this.modelState;
    return state.status === 'ready' ? state.model : undefined;
  }

  /**
   * The model if it is ready now, without asking for it (see {@link modelState}): what the
   * subscribers that save and score read, so that they never load more than the page needs. @internal
   */
  get loadedModel(): ActieModel | undefined {
    const state = this.#state;
    return state.status === 'ready' ? state.model : undefined;
  }

  /**
   * What a form needs to show the questions: the model when it is ready, or the default model's
   * questions while the rest has not been asked for or has not loaded yet. Reading it asks for
   * nothing more. Undefined while saved answers are being read, so nobody answers a form that is
   * about to be filled in.
   */
  get questions(): ModelQuestions | undefined {
    const state = this.#state;
    return state.status === 'ready' ? state.model : state.status === 'questions' ? state.questions : undefined;
  }

  /**
   * The latest score; undefined until the first scoring finished, while the model loads, and
   * while nothing is answered (then {@link settled} makes it when asked).
   */
  get result(): AssessmentResult | undefined {
    return this.#scoring.result;
  }

  /** Why the latest score could not be made (its code could not be loaded); undefined when it could. */
  get scoringProblem(): string | undefined {
    return this.#scoring.problem;
  }

  /** Saves that could not be read (or originals of migrated ones), kept aside for download. */
  get setAside(): readonly SetAsideSave[] {
    return this.#kept.setAside;
  }

  /** A problem with Web Storage (blocked, full); the session then lives in memory only. */
  get storageProblem(): string | undefined {
    return this.#kept.problem;
  }

  get storageMode(): StorageMode {
    return this.#kept.storage;
  }

  get sessionId(): string {
    return this.#kept.sessionId;
  }

  /** The session as a file, as "download my answers" gives it. */
  toSessionFile(participant?: string): SessionFile | undefined {
    const model = this.loadedModel;
    return model ? sessionFileOf(model, this.data, participant) : undefined;
  }

  // ---- configuration -------------------------------------------------------------------------

  /**
   * Change where the session is kept; moves the current session there. With another `sessionId`,
   * the session kept there is loaded instead, right away, or with `loadWithNextModel` once the
   * next model (set right after this call) is ready, so it is never checked against the old one.
   */
  configure(options: Partial<Pick<SessionStoreOptions, 'sessionId' | 'storage'>>, loadWithNextModel = false): void {
    const kept = this.#kept;
    const idChanged = options.sessionId !== undefined && options.sessionId !== kept.sessionId;
    const storageChanged = options.storage !== undefined && options.storage !== kept.storage;
    if (!idChanged && !storageChanged) return;
    // Moving elsewhere: what was kept in the old place goes, so storage="none" really keeps nothing.
    if (storageChanged && !idChanged && kept.loaded) kept.remove();
    if (options.sessionId !== undefined) kept.sessionId = options.sessionId;
    if (options.storage !== undefined) kept.storage = options.storage;
    if (!kept.loaded) return; // not reading or writing storage yet
    if (idChanged) {
      this.data = EMPTY_SESSION;
      kept.setAside = []; // the old session's notices; the new one's are collected on load
      kept.loaded = false;
      if (!loadWithNextModel) this.#load();
    } else {
      kept.save();
    }
    this.notify('storage');
  }

  /** Forget a set-aside save (after the person downloaded or dismissed it). */
  dismissSetAside(key: string): void {
    this.#kept.dismissSetAside(key);
  }

  /** Start persisting and listening to other tabs. Called when the first element connects. */
  connect(): void {
    this.#connected = true;
    this.#kept.listen();
    if (!this.#kept.loaded) this.#load();
  }

  /** Stop listening to other tabs. */
  disconnect(): void {
    this.#kept.unlisten();
  }

  /**
   * Wait until the model is loaded and checked, saved answers are read and the current scoring
   * has finished (useful in tests and before export).
   */
  async settled(): Promise<AssessmentResult | undefined> {
    await this.models.whole();
    await this.#reading.settled();
    const { intake, answers, notes } = this.data;
    return this.#scoring.settled(this.loadedModel, { intake, answers, notes });
  }

  /** Forget saved answers being read (the session is cleared). @internal */
  protected stopReading(): void {
    this.#reading.stop();
  }

  // ---- internals -----------------------------------------------------------------------------

  #afterModel(): void {
    this.notify('model');
    if (!this.#hasQuestions()) return;
    if (!this.#kept.loaded) {
      if (this.#connected) this.#load();
    } else if (!this.isEmpty) {
      // After a model change, drop nothing: answers that no longer fit are set aside with the save.
      this.#whenRead((code, model) => {
        const misfit = code.refitted(model, this.data);
        if (!misfit) return;
        this.#kept.keepAside(misfit.aside, 'The answers do not fit the new model.', 'model-mismatch');
        this.data = misfit.data; // saved and scored when the reading says it is done
      });
    }
  }

  /** Another tab saved the session (its text) or deleted it (null). */
  #changedElsewhere(raw: string | null): void {
    this.#reading.stop();
    if (raw !== null) {
      this.#restoreLater(raw, true);
      return;
    }
    this.data = EMPTY_SESSION;
    this.notify('reset', { stored: true });
  }

  /**
   * Work on saved answers that needs the on-demand code (see {@link SavedReading}); when it is
   * done, the reading tells (`model`), and the subscribers save and score what it gave.
   */
  #whenRead(work: (code: OnDemand, model: ActieModel) => void): void {
    if (!this.#hasQuestions()) return;
    this.#reading.start(() => this.models.whole(), work);
  }

  /** Whether the model is ready, or its questions are (the rest loads when needed). */
  #hasQuestions(): boolean {
    const status = this.models.state.status;
    return status === 'ready' || status === 'questions';
  }

  #load(): void {
    if (!this.#hasQuestions()) return; // wait for the model; loading happens in #afterModel
    this.#reading.stop();
    const raw = this.#kept.load();
    if (raw === null)
      this.notify('opened', { stored: true }); // nothing saved: nothing to open
    else this.#restoreLater(raw, false);
  }

  /** Read a stored state into the store once the code to open it is there; unreadable text is set aside. */
  #restoreLater(raw: string, fromOtherTab: boolean): void {
    this.#whenRead((code, model) => {
      const read = code.restored(model, raw, this.data, fromOtherTab);
      if (!read.ok) {
        this.#kept.keepAside(raw, read.reason, read.code);
        return;
      }
      this.data = read.data;
      const { migration } = read;
      if (migration) {
        // Saved with an older version of the questions: keep the original (to download), then save
        // the carried-over session in its place, unless the original could not be copied aside.
        const reason = `Saved with version ${migration.from} of the questions; carried over to ${migration.to}.`;
        this.#kept.keepAside(raw, reason, 'migrated');
      }
      this.notify('import', { stored: !migration });
    });
  }
}
