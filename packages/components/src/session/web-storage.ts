/** Where a session is kept between visits. */
export type StorageMode = 'local' | 'session' | 'none';

/** Why a save was set aside; part of its key, so a later visit can still say why. */
export type SetAsideCode = 'corrupt' | 'format' | 'model-mismatch' | 'migrated';

/** A save found under `<key>:set-aside:<code>:<time>`. */
export interface StoredSetAside {
  readonly key: string;
  readonly raw: string;
  readonly code: SetAsideCode;
  /** When it was set aside (ISO 8601). */
  readonly at: string;
}

/** The prefix of every session's key. */
export const KEY_PREFIX = 'actie:';

/**
 * The Web Storage area of a mode: `localStorage`, `sessionStorage`, or none. Throws when the
 * browser blocks storage (some privacy settings make reading `localStorage` itself throw).
 */
export function webStorage(mode: StorageMode): Storage | undefined {
  if (mode === 'none' || typeof window === 'undefined') return undefined;
  return mode === 'local' ? window.localStorage : window.sessionStorage;
}

/**
 * One session's place in a Web Storage area: its own key `actie:<session-id>`, and the saves set
 * aside next to it (`actie:<session-id>:set-aside:<code>:<time>`). Every method may throw as the
 * Storage does (blocked, or full on writing); the session store decides what that means.
 */
export class SessionSlot {
  readonly key: string;

  constructor(
    readonly storage: Storage,
    sessionId: string,
  ) {
    this.key = KEY_PREFIX + sessionId;
  }

  /** The prefix of this session's set-aside keys. */
  get setAsidePrefix(): string {
    return `${this.key}:set-aside:`;
  }

  read(): string | null {
    return this.storage.getItem(this.key);
  }

  write(text: string): void {
    this.storage.setItem(this.key, text);
  }

  remove(): void {
    this.storage.removeItem(this.key);
  }

  /**
   * Copy a save aside under its own key, and take it from the session's key when it is there.
   * When there is no room for the copy (quota full) and the session's key holds text, that text
   * stays where it is: the result then says `keptInPlace` and names the session's key. Without
   * room and with nothing under the session's key, nothing is stored (the store keeps it in memory).
   */
  setAside(raw: string, code: SetAsideCode, at: string): { key: string; keptInPlace: boolean } {
    const key = `${this.setAsidePrefix}${code}:${at}`;
    try {
      this.storage.setItem(key, raw);
      if (this.storage.getItem(this.key) === raw) this.storage.removeItem(this.key);
      return { key, keptInPlace: false };
    } catch {
      // No room to copy it. What is under the session's key stays there, untouched.
      try {
        if (this.storage.getItem(this.key) !== null) return { key: this.key, keptInPlace: true };
      } catch {
        // Storage blocked after all: memory only.
      }
      return { key, keptInPlace: false };
    }
  }

  /** The saves set aside on earlier visits, one per text (copies of one save from two tabs count once). */
  findSetAside(): StoredSetAside[] {
    const prefix = this.setAsidePrefix;
    const found: StoredSetAside[] = [];
    for (const key of [...storedKeys(this.storage)].sort()) {
      if (!key.startsWith(prefix)) continue;
      const raw = this.storage.getItem(key);
      if (raw === null || found.some((s) => s.raw === raw)) continue;
      const [code, ...time] = key.slice(prefix.length).split(':');
      found.push({
        key,
        raw,
        code: code === 'format' || code === 'model-mismatch' || code === 'migrated' ? code : 'corrupt',
        at: time.join(':'),
      });
    }
    return found;
  }

  /** Remove a set-aside save: every stored copy of its text (two tabs may each have set it aside). */
  removeSetAside(key: string, raw: string): void {
    const prefix = this.setAsidePrefix;
    const copies = [...storedKeys(this.storage)].filter(
      (k) => (k === key || k.startsWith(prefix)) && this.storage.getItem(k) === raw,
    );
    for (const k of copies) this.storage.removeItem(k);
  }
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
