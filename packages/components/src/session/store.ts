import type { ActionPlan, Agreement, AnswerValue, IntakeValue, MigrationReport, ValidationError } from '@actie/rules';
import { onDemand, onDemandFailure, type OnDemand } from './on-demand.js';
import { planChangeEvent, withAgreementChanged, withCondition } from './plan-changes.js';
import { EMPTY_SESSION, type SessionData } from './session-data.js';
import { SessionSources } from './session-sources.js';
import type { SessionStoreOptions, StoreChange } from './store-types.js';
import * as next from './transitions.js';

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
 * ./transitions.ts and tells who follows it (`subscribe`, see ./session-view.ts). Its persistence
 * (the chosen Web Storage: saves, set-aside saves, other tabs) and its scoring subscribe to it and
 * tell it their news with events; the model comes from a model source that does the same (see
 * ./session-sources.ts).
 *
 * Dispatches `actie-store-change` (a `CustomEvent<StoreChangeDetail>`) after every change, and
 * `actie-plan-change` after every change of the plan (on the element that made it, else on the
 * store's host): the one place that event comes from.
 */
export class SessionStore extends SessionSources {
  readonly #host: EventTarget | undefined;
  /** How many assessments work with this session (see {@link hasForm}). */
  #forms = 0;

  constructor(options: SessionStoreOptions) {
    super(options);
    this.#host = options.host;
  }

  /**
   * Use this model (an object or JSON text). It is checked first (the store is `loading` until
   * then; the checking code loads on demand); an invalid model puts the store in the error state.
   * Resolves when the model is ready or refused.
   */
  setModel(input: unknown, source = 'model'): Promise<void> {
    return this.models.set(input, source);
  }

  /** Use the default ACTIE model (the questions about one initiative). */
  useDefaultModel(): void {
    void this.models.useBuiltin('initiative');
  }

  /**
   * Use a built-in model by name: `initiative` (the default), `organisation` (the organisation
   * scan) or `initiator` (the initiators' own questions). An unknown name puts the store in the
   * error state; what was entered is kept.
   */
  useBuiltinModel(name: string): Promise<void> {
    return this.models.useBuiltin(name);
  }

  /**
   * Fetch a model from a URL (the only network request the components make, and only when the
   * host page asks for it with `model-src`).
   */
  loadModel(url: string, fetcher: typeof fetch = fetch): Promise<void> {
    return this.models.load(url, fetcher);
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
    void this.models.whole(); // saving needs the whole model
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
    if (!this.model) await this.models.whole();
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
    const opened = code.imported(model, input, this.data);
    if (!opened.ok) return opened;
    const { migration } = opened;
    this.#enter('import', opened.data);
    return migration ? { ok: true, migration } : { ok: true };
  }

  /** Close the notice about answers carried over to the current version (and forget its original). */
  dismissMigration(): void {
    if (!this.data.migration) return;
    this.data = next.withoutMigration(this.data);
    for (const save of this.setAside.filter((s) => s.code === 'migrated')) this.dismissSetAside(save.key);
    this.notify('storage');
  }

  /** "Delete my answers": forget everything of this session, here and in storage. */
  clear(): void {
    this.stopReading();
    this.data = EMPTY_SESSION;
    this.notify('reset');
  }

  // ---- internals -----------------------------------------------------------------------------

  /** Something was entered: apply it (unless it changes nothing) and tell everyone. */
  #enter(change: StoreChange, data: SessionData, origin?: EventTarget): void {
    if (data === this.data) return;
    this.data = next.touched(data, new Date().toISOString());
    void this.models.whole(); // saving and scoring need the whole model
    this.notify(change, origin ? { origin } : {});
    // The one place `actie-plan-change` comes from, whichever element (or script) changed the plan.
    if (change === 'plan') (origin ?? this.#host)?.dispatchEvent(planChangeEvent(this.data.plan));
  }
}
