import type {
  MigrationReport,
  ActieModel,
  ActionPlan,
  ModelQuestions,
  Agreement,
  AnswerValue,
  AssessmentResult,
  IntakeValue,
  SessionFile,
  ValidationError,
} from '@actie/rules';
import { onDemand, onDemandFailure, type OnDemand } from './on-demand.js';
import { SavedReading } from './saved-reading.js';
import { SessionScoring } from './scoring.js';
import { notesLanguage } from './stored-state.js';
import type { ModelState, SessionStoreOptions, SetAsideSave, StoreChange } from './store-types.js';
import { ModelSource } from './model-source.js';
import { SessionPersistence, type ElsewhereEvent } from './persistence.js';
import { planChangeEvent, withAgreementChanged, withCondition } from './plan-changes.js';
import { EMPTY_SESSION, sessionFileOf, type SessionData } from './session-data.js';
import { SessionView } from './session-view.js';
import * as next from './transitions.js';
import type { StorageMode } from './web-storage.js';

/**
 * The step of a participant who finished the questions: the results are then their own step (see
 * `SessionStore.finished`). No model may have an area with this id.
 */
export const RESULTS_STEP = 'results';

export type {
  MigrationNotice,
  ModelState,
  SessionStoreOptions,
  SessionListener,
  SessionUpdate,
  SetAsideSave,
  StorageMode,
  StoreChange,
  StoreChangeDetail,
} from './store-types.js';

/**
 * One participant's session: model, intake, answers, notes, action plan and where they are in
 * the form. It holds the current data (immutable {@link SessionData}), applies the pure changes of
 * ./transitions.ts and tells who follows it (see {@link SessionView.subscribe}). Its persistence
 * (the chosen Web Storage: saves, set-aside saves, other tabs) and its scoring subscribe to it and
 * tell it their news with events; the model comes from a {@link ModelSource} that does the same.
 *
 * Dispatches `actie-store-change` (a `CustomEvent<StoreChangeDetail>`) after every change, and
 * `actie-plan-change` after every change of the plan (on the element that made it, else on the
 * store's host): the one place that event comes from.
 */
export class SessionStore extends SessionView {
  readonly #models = new ModelSource();
  /** Saved answers being opened or checked while the code for it loads on demand. */
  readonly #reading = new SavedReading();
  readonly #scoring = new SessionScoring();
  readonly #kept: SessionPersistence;
  readonly #host: EventTarget | undefined;
  #connected = false;
  /** How many assessments work with this session (see {@link hasForm}). */
  #forms = 0;
  /** An element needs the whole model (see {@link requireModel}): load it whenever only questions are there. */
  #wholeWanted = false;

  constructor(options: SessionStoreOptions) {
    super();
    this.#host = options.host;
    this.#kept = new SessionPersistence(options.sessionId, options.storage);
    // Subscribers: they read the store's public state after each change and tell back with events.
    this.#kept.follow(this);
    this.#scoring.follow(this);
    this.#kept.addEventListener('storage', () => this.notify('storage'));
    this.#kept.addEventListener('elsewhere', (event) => this.#changedElsewhere((event as ElsewhereEvent).detail));
    this.#scoring.addEventListener('change', () => this.notify('result'));
    this.#reading.addEventListener('change', () => this.notify('model'));
    this.#models.addEventListener('loading', () => {
      this.#reading.stop();
      this.notify('model');
    });
    this.#models.addEventListener('settled', () => {
      this.#reading.stop();
      this.#afterModel();
    });
    // The same questions, now with the rest of the model or with English texts: what was entered
    // still fits. The elements show the new texts; what was entered while only the questions were
    // there is saved now, and the score is made (the subscribers do both).
    this.#models.addEventListener('replaced', () => this.notify('model'));
  }

  // ---- reading -------------------------------------------------------------------------------

  /** The model's state; `loading` also while saved answers are being opened for it. */
  get modelState(): ModelState {
    return this.#reading.state ?? this.#models.state;
  }

  /** The model when it is ready (and the saved answers, if any, are read). */
  get model(): ActieModel | undefined {
    const state = this.modelState;
    return state.status === 'ready' ? state.model : undefined;
  }

  /**
   * What a form needs to show the questions: the model when it is ready, or the default model's
   * questions while its rest has not loaded yet (state `questions`). Undefined while saved answers
   * are being read, so nobody answers a form that is about to be filled in.
   */
  get questions(): ModelQuestions | undefined {
    const state = this.modelState;
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
    const model = this.model;
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

  /**
   * Use this model (an object or JSON text). It is checked first (the store is `loading` until
   * then; the checking code loads on demand); an invalid model puts the store in the error state.
   * Resolves when the model is ready or refused.
   */
  setModel(input: unknown, source = 'model'): Promise<void> {
    return this.#models.set(input, source);
  }

  /**
   * Load the whole model now if only the default model's questions are there (state `questions`).
   * The store does so itself when something needs it (the first answer, saved answers, `settled`,
   * `importSession`); an element that shows more than the questions calls it when it connects.
   * Resolves when the model is ready, or in another state (see {@link modelState}).
   */
  async requireModel(): Promise<void> {
    this.#wholeWanted = true;
    await this.#models.whole();
  }

  /** Use the default ACTIE model (the questions about one initiative). */
  useDefaultModel(): void {
    void this.#models.useBuiltin('initiative');
  }

  /**
   * Use a built-in model by name: `initiative` (the default), `organisation` (the organisation
   * scan) or `initiator` (the initiators' own questions). An unknown name puts the store in the
   * error state; what was entered is kept.
   */
  useBuiltinModel(name: string): Promise<void> {
    return this.#models.useBuiltin(name);
  }

  /**
   * Fetch a model from a URL (the only network request the components make, and only when the
   * host page asks for it with `model-src`).
   */
  loadModel(url: string, fetcher: typeof fetch = fetch): Promise<void> {
    return this.#models.load(url, fetcher);
  }

  // ---- changes -------------------------------------------------------------------------------

  /** Set or clear (undefined) one answer. */
  setAnswer(question: string, value: AnswerValue | undefined): void {
    this.#enter('answers', next.withAnswer(this.data, question, value));
  }

  /** Set or clear (empty text) the note of a question. */
  setNote(question: string, text: string): void {
    this.#enter('notes', next.withNote(this.data, question, text));
  }

  /**
   * Set or clear one intake answer: an option or text (empty text clears it), or for a question
   * that takes several options the list of those chosen (an empty list clears it).
   */
  setIntake(question: string, value: IntakeValue): void {
    this.#enter('intake', next.withIntake(this.data, question, value));
  }

  /** Set or clear (empty text) the reflection on an area ("Wat gaat goed? Wat pakken we op?"). */
  setReflection(area: string, text: string): void {
    this.#enter('reflections', next.withReflection(this.data, area, text));
  }

  // ---- the journey: answering, then the results as a step of their own -----------------------

  /**
   * Whether an `<actie-assessment>` works with this session now. While one does and the
   * participant has not finished (see {@link finished}), results and plan elements show a short
   * note instead of growing under the questions.
   */
  get hasForm(): boolean {
    return this.#forms > 0;
  }

  /**
   * Whether the participant finished the questions ("Afronden"): the step is {@link RESULTS_STEP},
   * so the results are the step they are on. Going back to a question (any other step) undoes it.
   */
  get finished(): boolean {
    return this.data.step === RESULTS_STEP;
  }

  /** An assessment says it works with this session; call the returned function when it goes. @internal */
  attachForm(): () => void {
    this.#forms++;
    this.notify('step');
    let attached = true;
    return () => {
      if (!attached) return;
      attached = false;
      this.#forms--;
      this.notify('step');
    };
  }

  /**
   * Remember where the participant is in the form: the step ({@link RESULTS_STEP} when they
   * finished) and the page within it (0, the first, by default). Saved like everything else, so a
   * reload opens the same page.
   */
  setStep(step: string, page = 0): void {
    const data = next.withStep(this.data, step, page);
    if (data === this.data) return;
    this.data = data;
    void this.#models.whole(); // saving needs the whole model
    this.notify('step');
  }

  /**
   * Replace the action plan. `origin`: the element that made the change; `actie-plan-change` is
   * dispatched on it (it bubbles out of the `<actie-session>`), else on the store's host.
   */
  setPlan(plan: ActionPlan, origin?: EventTarget): void {
    this.#enter('plan', next.withPlan(this.data, plan), origin);
  }

  /** Change one agreement (see {@link setPlan} for `origin`). */
  updateAgreement(id: string, changes: Partial<Omit<Agreement, 'id'>>, origin?: EventTarget): void {
    this.setPlan(withAgreementChanged(this.data.plan, id, changes), origin);
  }

  /**
   * Put a condition on the action plan, once, as an open agreement with `what` as its text. A
   * condition already on the plan changes nothing. Returns the plan (see {@link setPlan} for `origin`).
   */
  addToPlan(condition: string, what: string, origin?: EventTarget): ActionPlan {
    if (!this.isOnPlan(condition)) this.setPlan(withCondition(this.data.plan, condition, what), origin);
    return this.data.plan;
  }

  /**
   * Take a session file from another device: answers, notes, intake and plan replace the current
   * ones. Resolves with the problems, and changes nothing, when the file cannot be used. (The code
   * that reads session files loads on demand, so this is asynchronous.)
   */
  async importSession(
    input: unknown,
  ): Promise<{ ok: true; migration?: MigrationReport } | { ok: false; errors: readonly ValidationError[] }> {
    if (!this.model) await this.#models.whole();
    const model = this.model;
    if (!model) return { ok: false, errors: [{ path: '', code: 'required', message: 'The model is not ready yet.' }] };
    let code: OnDemand;
    try {
      code = await onDemand();
    } catch (error) {
      return { ok: false, errors: [{ path: '', code: 'required', message: onDemandFailure(error, 'read the file') }] };
    }
    if (this.model !== model) {
      const message = 'The questions changed while the file was read; open it again.';
      return { ok: false, errors: [{ path: '', code: 'required', message }] };
    }
    // A file saved with an older version of the questions is carried over (the person still has the original file).
    const opened = code.openSession(model, input, { lang: notesLanguage(model) });
    if (!opened.ok) return opened;
    const { migration } = opened.value;
    this.#enter('import', next.imported(this.data, opened.value, migration));
    return migration ? { ok: true, migration } : { ok: true };
  }

  /** Close the notice about answers carried over to the current version (and forget its original). */
  dismissMigration(): void {
    if (!this.data.migration) return;
    this.data = next.withoutMigration(this.data);
    for (const save of this.#kept.setAside.filter((s) => s.code === 'migrated')) this.dismissSetAside(save.key);
    this.notify('storage');
  }

  /** "Delete my answers": forget everything of this session, here and in storage. */
  clear(): void {
    this.#reading.stop();
    this.data = EMPTY_SESSION;
    this.notify('reset');
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
    await this.#models.whole();
    await this.#reading.settled();
    const { intake, answers, notes } = this.data;
    return this.#scoring.settled(this.model, { intake, answers, notes });
  }

  // ---- internals -----------------------------------------------------------------------------

  /** Something was entered: apply it (unless it changes nothing) and tell everyone. */
  #enter(change: StoreChange, data: SessionData, origin?: EventTarget): void {
    if (data === this.data) return;
    this.data = next.touched(data, new Date().toISOString());
    void this.#models.whole(); // saving and scoring need the whole model
    this.notify(change, origin ? { origin } : {});
    // The one place `actie-plan-change` comes from, whichever element (or script) changed the plan.
    if (change === 'plan') (origin ?? this.#host)?.dispatchEvent(planChangeEvent(this.data.plan));
  }

  #afterModel(): void {
    this.notify('model');
    if (this.#wholeWanted) void this.#models.whole();
    if (!this.#hasQuestions()) return;
    if (!this.#kept.loaded) {
      if (this.#connected) this.#load();
    } else if (!this.isEmpty) {
      // After a model change, drop nothing: answers that no longer fit are set aside with the save.
      this.#whenRead((code, model) => {
        const misfit = next.refitted(code, model, this.data);
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
    this.#reading.start(() => this.#models.whole(), work);
  }

  /** Whether the model is ready, or its questions are (the rest loads when needed). */
  #hasQuestions(): boolean {
    const status = this.#models.state.status;
    return status === 'ready' || status === 'questions';
  }

  #load(): void {
    if (!this.#hasQuestions()) return; // wait for the model; loading happens in #afterModel
    this.#reading.stop();
    const raw = this.#kept.load();
    if (raw === null) this.notify('opened', { stored: true }); // nothing saved: nothing to open
    else this.#restoreLater(raw, false);
  }

  /** Read a stored state into the store once the code to open it is there; unreadable text is set aside. */
  #restoreLater(raw: string, fromOtherTab: boolean): void {
    this.#whenRead((code, model) => {
      const read = next.restored(code, model, raw, this.data, fromOtherTab);
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
