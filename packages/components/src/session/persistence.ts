import type { SessionFile } from '@actie/rules';
import { storedText, type MigrationNotice } from './stored-state.js';
import type { SessionListener, SetAsideSave } from './store-types.js';
import { KEY_PREFIX, SessionSlot, webStorage, type StorageMode } from './web-storage.js';

/**
 * The session id used without `session-id`: one saved session per page path, and per built-in
 * model other than the default (`modelName`: the `model-name` in use, empty with a custom model),
 * so switching `model-name` never mixes answers. The same for `<actie-session>` and lone elements.
 */
export function defaultSessionId(modelName: string): string {
  const path = typeof location === 'undefined' ? 'default' : location.pathname;
  return modelName && modelName !== 'initiative' ? `${path} (${modelName})` : path;
}

/** What {@link SessionPersistence.follow} reads of the session it keeps: its public state, and its changes. */
export interface PersistedSession {
  subscribe(listener: SessionListener): () => void;
  /** The session as a file; undefined while there is no model (or saved answers are being read). */
  toSessionFile(): SessionFile | undefined;
  readonly isEmpty: boolean;
  readonly step: string;
  readonly page: number;
  readonly migration: MigrationNotice | undefined;
}

/** `elsewhere`: another tab saved the session (`detail`: its text) or deleted it (`detail`: null). */
export type ElsewhereEvent = CustomEvent<string | null>;

/**
 * Where a session is kept: its key in the chosen Web Storage, the saves set aside next to it
 * (kept, never dropped, so the person can download them), and the `storage` events of other tabs.
 * Storage that is blocked or full never loses anything: the session then lives in memory and
 * `problem` says why.
 *
 * It follows its session ({@link follow}) and saves after every change of what was entered. It
 * never calls into the session: it dispatches `storage` (a plain `Event`: `problem` or `setAside`
 * changed) and `elsewhere` (an {@link ElsewhereEvent}), which the session listens to.
 */
export class SessionPersistence extends EventTarget {
  sessionId: string;
  storage: StorageMode;
  /** Whether the stored session has been read (nothing is written before). */
  loaded = false;
  /** A problem with Web Storage (blocked, full); the session then lives in memory only. */
  problem: string | undefined;
  /** Saves that could not be read (or originals of migrated ones). */
  setAside: readonly SetAsideSave[] = [];
  /** The storage where a save that could not be copied aside was left in place. */
  #inPlaceStorage: StorageMode | undefined;
  #session: PersistedSession | undefined;
  /** A save was due while there was no model to write it with: it is made when the model is there. */
  #due = false;
  #listening = false;

  constructor(sessionId: string, storage: StorageMode) {
    super();
    this.sessionId = sessionId;
    this.storage = storage;
  }

  /**
   * Keep this session: save after every change of what was entered (not after one read back from
   * storage), remove it when it is cleared, and save what was entered without a model once the
   * model is there. Returns the function that stops it.
   */
  follow(session: PersistedSession): () => void {
    this.#session = session;
    return session.subscribe(({ change, now, old, stored }) => {
      if (stored) return;
      if (change === 'reset') this.remove();
      else if (now !== old || (change === 'model' && this.#due)) this.save();
    });
  }

  /** The text to keep now; `''` when there is nothing to keep; undefined while there is no model. */
  #text(): string | undefined {
    const session = this.#session;
    const file = session?.toSessionFile();
    if (!session || !file) return undefined;
    return session.isEmpty && !session.step ? '' : storedText(file, session.step, session.migration, session.page);
  }

  #storageChanged(): void {
    this.dispatchEvent(new Event('storage'));
  }

  /** This session's place in the chosen Web Storage; undefined with `storage="none"`. Throws when blocked. */
  slot(): SessionSlot | undefined {
    const storage = webStorage(this.storage);
    return storage ? new SessionSlot(storage, this.sessionId) : undefined;
  }

  /** Whether a damaged save that could not be copied aside still sits under the session's key. */
  get #blockedInPlace(): boolean {
    const key = KEY_PREFIX + this.sessionId;
    return this.#inPlaceStorage === this.storage && this.setAside.some((s) => s.keptInPlace && s.key === key);
  }

  /** Write the session (or remove it when empty). */
  save(): void {
    if (!this.loaded || this.#blockedInPlace) return; // never write over a save we could not set aside
    try {
      const slot = this.slot();
      const text = slot && this.#text();
      this.#due = !!slot && text === undefined;
      if (!slot || text === undefined) return;
      if (text === '') slot.remove();
      else slot.write(text);
      if (this.problem) {
        this.problem = undefined;
        this.#storageChanged();
      }
    } catch (error) {
      this.problem = `Saving in the browser failed: ${message(error)}`;
      this.#storageChanged();
    }
  }

  /** Remove the stored session (not a damaged save kept in its place). */
  remove(): void {
    if (this.#blockedInPlace) return; // that is a damaged save the person has not taken yet
    try {
      this.slot()?.remove();
    } catch {
      // Storage blocked: nothing was stored.
    }
  }

  /** Read the stored text (null when there is none) and collect the saves set aside on earlier visits. */
  load(): string | null {
    this.loaded = true;
    this.#due = false;
    try {
      const slot = this.slot();
      if (!slot) return null;
      const known = new Set(this.setAside.map((s) => s.raw));
      const found = slot.findSetAside().filter((s) => !known.has(s.raw));
      if (found.length) {
        const reason = 'Saved answers that could not be read on an earlier visit.';
        this.setAside = [...this.setAside, ...found.map((s) => ({ ...s, reason, keptInPlace: false }))];
        this.#storageChanged();
      }
      return slot.read();
    } catch (error) {
      this.problem = `The browser does not allow saving here: ${message(error)}`;
      this.#storageChanged();
      return null;
    }
  }

  /**
   * Keep a save that cannot be used aside, so it can still be downloaded: copied under its own key
   * when the storage has room, else left under the session's key, else in memory only.
   */
  keepAside(raw: string, reason: string, code: SetAsideSave['code']): void {
    // One notice per save: the same text read again (another tab, another load) is known already.
    if (this.setAside.some((s) => s.raw === raw)) return;
    const at = new Date().toISOString();
    let placed = { key: `${KEY_PREFIX}${this.sessionId}:set-aside:${code}:${at}`, keptInPlace: false };
    try {
      const slot = this.slot();
      if (slot) placed = slot.setAside(raw, code, at);
    } catch {
      // Storage blocked: it is kept in memory; the message offers the download.
    }
    if (placed.keptInPlace) this.#inPlaceStorage = this.storage;
    const save: SetAsideSave = { ...placed, raw, reason, code, at };
    this.setAside = [...this.setAside.filter((s) => s.key !== save.key), save];
    this.#storageChanged();
  }

  /** Forget a set-aside save, here and in storage. */
  dismissSetAside(key: string): void {
    const save = this.setAside.find((s) => s.key === key);
    this.setAside = this.setAside.filter((s) => s.key !== key);
    try {
      const slot = this.slot();
      if (slot && save) slot.removeSetAside(key, save.raw);
      else slot?.storage.removeItem(key);
    } catch {
      // Storage blocked: nothing stored to remove.
    }
    // A save kept in place blocked saving; now the session can be saved again.
    if (save?.keptInPlace) this.save();
    this.#storageChanged();
  }

  /** Follow what other tabs save. */
  listen(): void {
    if (this.#listening || typeof window === 'undefined') return;
    window.addEventListener('storage', this.#onStorageEvent);
    this.#listening = true;
  }

  unlisten(): void {
    if (!this.#listening) return;
    window.removeEventListener('storage', this.#onStorageEvent);
    this.#listening = false;
  }

  #onStorageEvent = (event: StorageEvent): void => {
    if (event.key !== KEY_PREFIX + this.sessionId || this.storage === 'none') return;
    if (event.storageArea !== webStorage(this.storage)) return;
    this.dispatchEvent(new CustomEvent<string | null>('elsewhere', { detail: event.newValue }));
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
