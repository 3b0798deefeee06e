import {
  actieModel,
  createSession,
  openSession,
  score,
  sessionInput,
  validateModel,
  type MigrationReport,
  type ActieModel,
  type ActionPlan,
  type Agreement,
  type AnswerValue,
  type AssessmentResult,
  type SessionFile,
  type ValidationError,
} from '@actie/rules';

/** Where a session is kept between visits. */
export type StorageMode = 'local' | 'session' | 'none';

/** The state of the model a session uses. */
export type ModelState =
  | { readonly status: 'loading'; readonly source: string }
  | { readonly status: 'ready'; readonly model: ActieModel }
  | { readonly status: 'error'; readonly source: string; readonly errors: readonly ValidationError[] };

/** A saved session that could not be read. It is kept aside, never dropped, so it can be downloaded. */
export interface SetAsideSave {
  /** The storage key it is kept under. */
  readonly key: string;
  /** The saved text exactly as it was found. */
  readonly raw: string;
  /** Why it could not be used, for the person (English; elements show their own text). */
  readonly reason: string;
  /**
   * Why it was set aside. `migrated`: it was saved with an older version of the questions and was
   * carried over to the current one; this is the original, kept so it can still be downloaded.
   */
  readonly code: 'corrupt' | 'format' | 'model-mismatch' | 'migrated';
  /** When it was set aside (ISO 8601). */
  readonly at: string;
  /**
   * True when there was no room to copy it aside (storage full): it then stays under the
   * session's own key, untouched, and new answers are kept in memory only (not saved in the
   * browser) until it is dismissed. `key` is then the session's key.
   */
  readonly keptInPlace: boolean;
}

/** What changed, in the `actie-store-change` event of a {@link SessionStore}. */
export type StoreChange = 'model' | 'answers' | 'intake' | 'notes' | 'plan' | 'step' | 'result' | 'storage' | 'reset' | 'import';

/** Detail of the store's change event. */
export interface StoreChangeDetail {
  readonly change: StoreChange;
}

/**
 * What a migration to the current version of the questions changed, in short: shown as a notice
 * until the person closes it, and used to mark the questions that need a new answer.
 */
export interface MigrationNotice {
  /** The model version the answers were saved with, e.g. `1.0`. */
  readonly from: string;
  /** The version they were carried over to, e.g. `2.0`. */
  readonly to: string;
  /** How many answers carried over. */
  readonly carried: number;
  /** Questions of the current version that need a new answer (the earlier answer is in their note). */
  readonly reanswer: readonly string[];
  /** Old question ids whose answers no longer have a question. */
  readonly removed: readonly string[];
}

/** The wrapper written to Web Storage. */
interface StoredState {
  readonly format: 'actie-store';
  readonly formatVersion: 1;
  readonly session: SessionFile;
  readonly ui: { readonly step: string; readonly migration?: MigrationNotice };
}

const KEY_PREFIX = 'actie:';
const EMPTY_PLAN: ActionPlan = { agreements: [] };

/** Options of a {@link SessionStore}. */
export interface SessionStoreOptions {
  readonly sessionId: string;
  readonly storage: StorageMode;
}

/**
 * One participant's session: model, intake, answers, notes, action plan and where they are in
 * the form. Persists every change to the chosen Web Storage, resumes from it, keeps unreadable
 * saves aside, follows changes made in other tabs, and keeps the score result up to date.
 *
 * Dispatches `actie-store-change` (a `CustomEvent<StoreChangeDetail>`) after every change.
 */
export class SessionStore extends EventTarget {
  #model: ModelState = { status: 'ready', model: actieModel };
  #intake: Record<string, string> = {};
  #answers: Record<string, AnswerValue> = {};
  #notes: Record<string, string> = {};
  #plan: ActionPlan = EMPTY_PLAN;
  #step = '';
  #createdAt: string | undefined;
  #updatedAt: string | undefined;
  #result: AssessmentResult | undefined;
  #resultRun = 0;
  #setAside: SetAsideSave[] = [];
  #migration: MigrationNotice | undefined;
  /** The storage where a save that could not be copied aside was left in place. */
  #inPlaceStorage: StorageMode | undefined;
  #storageProblem: string | undefined;
  #sessionId: string;
  #storage: StorageMode;
  #loaded = false;
  #connected = false;
  #listening = false;

  constructor(options: SessionStoreOptions) {
    super();
    this.#sessionId = options.sessionId;
    this.#storage = options.storage;
  }

  // ---- reading -------------------------------------------------------------------------------

  get modelState(): ModelState {
    return this.#model;
  }

  /** The model when it is ready. */
  get model(): ActieModel | undefined {
    return this.#model.status === 'ready' ? this.#model.model : undefined;
  }

  get intake(): Readonly<Record<string, string>> {
    return this.#intake;
  }

  get answers(): Readonly<Record<string, AnswerValue>> {
    return this.#answers;
  }

  get notes(): Readonly<Record<string, string>> {
    return this.#notes;
  }

  get plan(): ActionPlan {
    return this.#plan;
  }

  /** The step of the assessment the participant is on (empty: the start). */
  get step(): string {
    return this.#step;
  }

  /** The latest score; undefined until the first scoring finished or while the model loads. */
  get result(): AssessmentResult | undefined {
    return this.#result;
  }

  /** Saves that could not be read (or originals of migrated ones), kept aside for download. */
  get setAside(): readonly SetAsideSave[] {
    return this.#setAside;
  }

  /** What the last carrying over to the current version of the questions changed, until closed. */
  get migration(): MigrationNotice | undefined {
    return this.#migration;
  }

  /** Whether a question needs a new answer because the version of the questions changed. */
  needsNewAnswer(question: string): boolean {
    return !!this.#migration?.reanswer.includes(question) && this.#answers[question] === undefined;
  }

  /** A problem with Web Storage (blocked, full); the session then lives in memory only. */
  get storageProblem(): string | undefined {
    return this.#storageProblem;
  }

  get storageMode(): StorageMode {
    return this.#storage;
  }

  get sessionId(): string {
    return this.#sessionId;
  }

  /** Whether anything has been entered. */
  get isEmpty(): boolean {
    return (
      !Object.keys(this.#answers).length &&
      !Object.keys(this.#intake).length &&
      !Object.keys(this.#notes).length &&
      !this.#plan.agreements.length
    );
  }

  /** The session as a file, as "download my answers" gives it. */
  toSessionFile(participant?: string): SessionFile | undefined {
    const model = this.model;
    if (!model) return undefined;
    return createSession(
      model,
      { intake: this.#intake, answers: this.#answers, notes: this.#notes },
      {
        ...(this.#createdAt ? { createdAt: this.#createdAt } : {}),
        ...(this.#updatedAt ? { now: new Date(this.#updatedAt) } : {}),
        ...(participant ? { participant } : {}),
        plan: this.#plan,
      },
    );
  }

  // ---- configuration -------------------------------------------------------------------------

  /** Change where the session is kept; moves the current session there. */
  configure(options: Partial<SessionStoreOptions>): void {
    const idChanged = options.sessionId !== undefined && options.sessionId !== this.#sessionId;
    const storageChanged = options.storage !== undefined && options.storage !== this.#storage;
    if (!idChanged && !storageChanged) return;
    // Moving elsewhere: what was kept in the old place goes, so storage="none" really keeps nothing.
    if (storageChanged && !idChanged && this.#loaded) this.#removeStored();
    if (options.sessionId !== undefined) this.#sessionId = options.sessionId;
    if (options.storage !== undefined) this.#storage = options.storage;
    if (!this.#loaded) return; // not reading or writing storage yet
    if (idChanged) {
      this.#resetState();
      this.#setAside = []; // the old session's notices; the new one's are collected on load
      this.#loaded = false;
      this.#load();
    } else {
      this.#save();
    }
    this.#emit('storage');
  }

  /** Use this model (already an object). Invalid models put the store in the error state. */
  setModel(input: unknown, source = 'model'): void {
    const checked = validateModel(input);
    this.#model = checked.ok ? { status: 'ready', model: checked.value } : { status: 'error', source, errors: checked.errors };
    this.#afterModel();
  }

  /** Use the default ACTIE model. */
  useDefaultModel(): void {
    this.#model = { status: 'ready', model: actieModel };
    this.#afterModel();
  }

  /**
   * Fetch a model from a URL (the only network request the components make, and only when the
   * host page asks for it with `model-src`).
   */
  async loadModel(url: string, fetcher: typeof fetch = fetch): Promise<void> {
    this.#model = { status: 'loading', source: url };
    this.#result = undefined;
    this.#emit('model');
    let errors: ValidationError[];
    try {
      const response = await fetcher(url, { credentials: 'same-origin' });
      if (!response.ok) {
        errors = [
          {
            path: '',
            code: 'invalid-json',
            message: `The model could not be loaded from ${url}: the server answered ${response.status} ${response.statusText}.`,
          },
        ];
      } else {
        const text = await response.text();
        if (this.#model.status !== 'loading' || this.#model.source !== url) return; // superseded
        this.setModel(text, url);
        return;
      }
    } catch (error) {
      errors = [
        {
          path: '',
          code: 'invalid-json',
          message: `The model could not be loaded from ${url}: ${error instanceof Error ? error.message : String(error)}.`,
        },
      ];
    }
    if (this.#model.status === 'loading' && this.#model.source === url) {
      this.#model = { status: 'error', source: url, errors };
      this.#emit('model');
    }
  }

  // ---- changes -------------------------------------------------------------------------------

  /** Set or clear (undefined) one answer. */
  setAnswer(question: string, value: AnswerValue | undefined): void {
    if (this.#answers[question] === value) return;
    this.#answers = value === undefined ? without(this.#answers, question) : { ...this.#answers, [question]: value };
    this.#changed('answers');
  }

  /** Set or clear (empty text) the note of a question. */
  setNote(question: string, text: string): void {
    if ((this.#notes[question] ?? '') === text) return;
    this.#notes = text === '' ? without(this.#notes, question) : { ...this.#notes, [question]: text };
    this.#changed('notes');
  }

  /** Set or clear (empty text) one intake answer. */
  setIntake(question: string, value: string): void {
    if ((this.#intake[question] ?? '') === value) return;
    this.#intake = value === '' ? without(this.#intake, question) : { ...this.#intake, [question]: value };
    this.#changed('intake');
  }

  /** Remember where the participant is in the form. */
  setStep(step: string): void {
    if (this.#step === step) return;
    this.#step = step;
    this.#save();
    this.#emit('step');
  }

  /** Replace the action plan. */
  setPlan(plan: ActionPlan): void {
    this.#plan = plan;
    this.#changed('plan');
  }

  /** Change one agreement. */
  updateAgreement(id: string, changes: Partial<Omit<Agreement, 'id'>>): void {
    this.setPlan({
      agreements: this.#plan.agreements.map((a) => (a.id === id ? cleanAgreement({ ...a, ...changes }) : a)),
    });
  }

  /**
   * Take a session file from another device: answers, notes, intake and plan replace the current
   * ones. Returns the problems and changes nothing when the file cannot be used.
   */
  importSession(input: unknown): { ok: true; migration?: MigrationReport } | { ok: false; errors: readonly ValidationError[] } {
    const model = this.model;
    if (!model) return { ok: false, errors: [{ path: '', code: 'required', message: 'The model is not ready yet.' }] };
    // A file saved with an older version of the questions is carried over (the person still has the original file).
    const opened = openSession(model, input, { lang: this.#notesLanguage(model) });
    if (!opened.ok) return opened;
    const { session, input: checked, migration } = opened.value;
    this.#intake = { ...(checked.intake ?? {}) };
    this.#answers = { ...checked.answers };
    this.#notes = { ...(checked.notes ?? {}) };
    this.#plan = session.plan ?? EMPTY_PLAN;
    this.#createdAt = session.createdAt;
    this.#migration = migration ? migrationNotice(migration) : undefined;
    this.#changed('import');
    return migration ? { ok: true, migration } : { ok: true };
  }

  /** Close the notice about answers carried over to the current version (and forget its original). */
  dismissMigration(): void {
    if (!this.#migration) return;
    this.#migration = undefined;
    for (const save of this.#setAside.filter((s) => s.code === 'migrated')) this.dismissSetAside(save.key);
    this.#save();
    this.#emit('storage');
  }

  /** "Delete my answers": forget everything of this session, here and in storage. */
  clear(): void {
    this.#resetState();
    this.#removeStored();
    this.#emit('reset');
    this.#rescore();
  }

  /** Forget a set-aside save (after the person downloaded or dismissed it). */
  dismissSetAside(key: string): void {
    const save = this.#setAside.find((s) => s.key === key);
    this.#setAside = this.#setAside.filter((s) => s.key !== key);
    try {
      const storage = this.#webStorage();
      if (storage && save) {
        // Every stored copy of this save (two tabs may each have set it aside).
        const prefix = `${this.#key}:set-aside:`;
        const copies = [...storedKeys(storage)].filter(
          (k) => (k === key || k.startsWith(prefix)) && storage.getItem(k) === save.raw,
        );
        for (const k of copies) storage.removeItem(k);
      } else {
        storage?.removeItem(key);
      }
    } catch {
      // Storage blocked: nothing stored to remove.
    }
    // A save kept in place blocked saving; now the session can be saved again.
    if (save?.keptInPlace) this.#save();
    this.#emit('storage');
  }

  /** Start persisting and listening to other tabs. Called when the first element connects. */
  connect(): void {
    this.#connected = true;
    if (!this.#listening && typeof window !== 'undefined') {
      window.addEventListener('storage', this.#onStorageEvent);
      this.#listening = true;
    }
    if (!this.#loaded) this.#load();
  }

  /** Stop listening to other tabs. */
  disconnect(): void {
    if (this.#listening) {
      window.removeEventListener('storage', this.#onStorageEvent);
      this.#listening = false;
    }
  }

  /** Wait until the current scoring has finished (useful in tests and before export). */
  async settled(): Promise<AssessmentResult | undefined> {
    await this.#pending;
    return this.#result;
  }

  // ---- internals -----------------------------------------------------------------------------

  #pending: Promise<void> = Promise.resolve();

  #resetState(): void {
    this.#migration = undefined;
    this.#intake = {};
    this.#answers = {};
    this.#notes = {};
    this.#plan = EMPTY_PLAN;
    this.#step = '';
    this.#createdAt = undefined;
    this.#updatedAt = undefined;
  }

  #afterModel(): void {
    this.#emit('model');
    if (this.#model.status === 'ready') {
      if (this.#loaded) this.#revalidate();
      else if (this.#connected) this.#load();
    }
    this.#rescore();
  }

  /** After a model change, drop nothing: answers that no longer fit are set aside with the save. */
  #revalidate(): void {
    const model = this.model;
    if (!model || this.isEmpty) return;
    const file = createSession(model, { intake: this.#intake, answers: this.#answers, notes: this.#notes });
    const checked = sessionInput(model, file);
    if (!checked.ok) {
      this.#keepAside(JSON.stringify(this.#stored(file)), 'The answers do not fit the new model.', 'model-mismatch');
      this.#resetState();
      this.#save();
    }
  }

  #changed(change: StoreChange): void {
    const now = new Date().toISOString();
    this.#createdAt ??= now;
    this.#updatedAt = now;
    this.#save();
    this.#emit(change);
    // Notes and the plan do not change the score: no need to run the rules for every keystroke.
    if (change !== 'notes' && change !== 'plan') this.#rescore();
  }

  #rescore(): void {
    const model = this.model;
    if (!model) {
      this.#result = undefined;
      return;
    }
    const run = ++this.#resultRun;
    const input = { intake: this.#intake, answers: this.#answers, notes: this.#notes };
    this.#pending = score(model, input).then((result) => {
      if (run !== this.#resultRun) return; // a newer change is being scored
      this.#result = result;
      this.#emit('result');
    });
  }

  #emit(change: StoreChange): void {
    this.dispatchEvent(new CustomEvent<StoreChangeDetail>('actie-store-change', { detail: { change } }));
  }

  get #key(): string {
    return KEY_PREFIX + this.#sessionId;
  }

  #webStorage(): Storage | undefined {
    if (this.#storage === 'none' || typeof window === 'undefined') return undefined;
    return this.#storage === 'local' ? window.localStorage : window.sessionStorage;
  }

  #stored(session: SessionFile): StoredState {
    const ui = this.#migration ? { step: this.#step, migration: this.#migration } : { step: this.#step };
    return { format: 'actie-store', formatVersion: 1, session, ui };
  }

  /** The language of notes written when answers are carried over: the page's, if the model has it. */
  #notesLanguage(model: ActieModel): string {
    const page = typeof document === 'undefined' ? '' : (document.documentElement.lang.toLowerCase().split('-')[0] ?? '');
    return model.languages.includes(page) ? page : (model.languages[0] ?? 'nl');
  }

  /** A damaged save that could not be copied aside still sits under the session's key. */
  get #blockedInPlace(): boolean {
    return this.#inPlaceStorage === this.#storage && this.#setAside.some((s) => s.keptInPlace && s.key === this.#key);
  }

  #save(): void {
    if (!this.#loaded || this.#blockedInPlace) return; // never write over a save we could not set aside
    let storage: Storage | undefined;
    try {
      storage = this.#webStorage();
      if (!storage) return;
      const file = this.toSessionFile();
      if (!file) return;
      if (this.isEmpty && !this.#step) storage.removeItem(this.#key);
      else storage.setItem(this.#key, JSON.stringify(this.#stored(file)));
      if (this.#storageProblem) {
        this.#storageProblem = undefined;
        this.#emit('storage');
      }
    } catch (error) {
      this.#storageProblem = `Saving in the browser failed: ${error instanceof Error ? error.message : String(error)}`;
      this.#emit('storage');
    }
  }

  #removeStored(): void {
    if (this.#blockedInPlace) return; // that is a damaged save the person has not taken yet
    try {
      this.#webStorage()?.removeItem(this.#key);
    } catch {
      // Storage blocked: nothing was stored.
    }
  }

  #load(): void {
    const model = this.model;
    if (!model) return; // wait for the model; loading happens in #afterModel
    this.#loaded = true;
    let raw: string | null = null;
    try {
      raw = this.#webStorage()?.getItem(this.#key) ?? null;
      this.#collectSetAside();
    } catch (error) {
      this.#storageProblem = `The browser does not allow saving here: ${error instanceof Error ? error.message : String(error)}`;
      this.#emit('storage');
    }
    if (raw !== null) this.#restore(raw, false);
    this.#rescore();
  }

  /** Read a stored state into the store; unreadable text is set aside. */
  #restore(raw: string, fromOtherTab: boolean): void {
    const model = this.model;
    if (!model) return;
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(raw);
    } catch {
      this.#keepAside(raw, 'The saved answers are damaged and cannot be read.', 'corrupt');
      return;
    }
    const wrapper = parsedJson as Partial<StoredState> | null;
    if (!wrapper || typeof wrapper !== 'object' || wrapper.format !== 'actie-store' || wrapper.formatVersion !== 1) {
      this.#keepAside(raw, 'The saved answers are in a format this version does not know.', 'format');
      return;
    }
    const opened = openSession(model, wrapper.session, { lang: this.#notesLanguage(model) });
    if (!opened.ok) {
      const codes = opened.errors.map((e) => e.code);
      const code = codes.includes('unsupported-version')
        ? 'format'
        : codes.includes('model-mismatch')
          ? 'model-mismatch'
          : 'corrupt';
      this.#keepAside(raw, opened.errors.map((e) => e.message).join(' '), code);
      return;
    }
    const { session, input, migration } = opened.value;
    this.#intake = { ...(input.intake ?? {}) };
    this.#answers = { ...input.answers };
    this.#notes = { ...(input.notes ?? {}) };
    this.#plan = session.plan ?? EMPTY_PLAN;
    this.#createdAt = session.createdAt;
    this.#updatedAt = session.updatedAt;
    const ui = wrapper.ui && typeof wrapper.ui === 'object' ? wrapper.ui : undefined;
    const step = ui && typeof ui.step === 'string' ? ui.step : '';
    if (!fromOtherTab) this.#step = step;
    this.#migration = migration ? migrationNotice(migration) : readMigrationNotice(ui?.migration);
    if (migration) {
      // Saved with an older version of the questions: keep the original (to download), then save
      // the carried-over session in its place, unless the original could not be copied aside.
      this.#keepAside(raw, `Saved with version ${migration.from} of the questions; carried over to ${migration.to}.`, 'migrated');
      this.#save();
    }
    this.#emit('import');
    if (fromOtherTab) this.#rescore();
  }

  #keepAside(raw: string, reason: string, code: SetAsideSave['code']): void {
    // One notice per save: the same text read again (another tab, another load) is known already.
    if (this.#setAside.some((s) => s.raw === raw)) return;
    const at = new Date().toISOString();
    // The reason's code is part of the key, so a later visit can still say why.
    let key = `${this.#key}:set-aside:${code}:${at}`;
    let keptInPlace = false;
    let storage: Storage | undefined;
    try {
      storage = this.#webStorage();
    } catch {
      // Storage blocked: it is kept in memory; the message offers the download.
    }
    if (storage) {
      try {
        storage.setItem(key, raw);
        if (storage.getItem(this.#key) === raw) storage.removeItem(this.#key);
      } catch {
        // No room to copy it (quota full). What is under the session's key stays there and is
        // never written over until the person has dismissed it (after downloading it).
        try {
          if (storage.getItem(this.#key) !== null) {
            key = this.#key;
            keptInPlace = true;
            this.#inPlaceStorage = this.#storage;
          }
        } catch {
          // Storage blocked after all: memory only.
        }
      }
    }
    this.#setAside = [...this.#setAside.filter((s) => s.key !== key), { key, raw, reason, code, at, keptInPlace }];
    this.#emit('storage');
  }

  /** Find saves set aside on an earlier visit, so they can still be downloaded. */
  #collectSetAside(): void {
    const storage = this.#webStorage();
    if (!storage) return;
    const prefix = `${this.#key}:set-aside:`;
    const found: SetAsideSave[] = [];
    for (const key of [...storedKeys(storage)].sort()) {
      if (!key.startsWith(prefix)) continue;
      const raw = storage.getItem(key);
      if (raw === null || found.some((s) => s.raw === raw)) continue; // copies of one save: one notice
      const [code, ...time] = key.slice(prefix.length).split(':');
      found.push({
        key,
        raw,
        reason: 'Saved answers that could not be read on an earlier visit.',
        code: code === 'format' || code === 'model-mismatch' || code === 'migrated' ? code : 'corrupt',
        at: time.join(':'),
        keptInPlace: false,
      });
    }
    if (found.length) {
      const known = new Set(this.#setAside.map((s) => s.raw));
      this.#setAside = [...this.#setAside, ...found.filter((s) => !known.has(s.raw))];
      this.#emit('storage');
    }
  }

  #onStorageEvent = (event: StorageEvent): void => {
    if (event.key !== this.#key || this.#storage === 'none') return;
    if (event.storageArea !== this.#webStorage()) return;
    if (event.newValue === null) {
      this.#resetState();
      this.#emit('reset');
      this.#rescore();
    } else {
      this.#restore(event.newValue, true);
    }
  };
}

/** The short notice of a migration report. */
function migrationNotice(report: MigrationReport): MigrationNotice {
  return {
    from: report.from,
    to: report.to,
    carried: report.carried.length,
    reanswer: report.reanswer.map((r) => r.question),
    removed: report.removed.map((r) => r.question),
  };
}

/** A migration notice read back from storage (untrusted): kept only when it has the right shape. */
function readMigrationNotice(value: unknown): MigrationNotice | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const texts = (list: unknown): list is string[] =>
    Array.isArray(list) && list.length <= 500 && list.every((x) => typeof x === 'string' && x.length <= 64);
  if (typeof v['from'] !== 'string' || typeof v['to'] !== 'string' || typeof v['carried'] !== 'number') return undefined;
  if (!texts(v['reanswer']) || !texts(v['removed'])) return undefined;
  return {
    from: v['from'].slice(0, 16),
    to: v['to'].slice(0, 16),
    carried: v['carried'],
    reanswer: [...v['reanswer']],
    removed: [...v['removed']],
  };
}

/** The keys in a Web Storage area (read first: removing while iterating shifts the indexes). */
function storedKeys(storage: Storage): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.add(key);
  }
  return keys;
}

/** A copy of a record without one key. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** Trim text fields of an agreement and drop an empty deadline. */
function cleanAgreement(a: Agreement): Agreement {
  const { when, condition, ...rest } = a;
  return {
    ...rest,
    ...(condition ? { condition } : {}),
    ...(when ? { when } : {}),
  };
}
