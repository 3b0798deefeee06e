import type { SetAsideSave } from './store-types.js';
import { KEY_PREFIX, type SessionSlot, type StorageMode } from './web-storage.js';

/**
 * The saves of one session that could not be read (or originals of migrated ones): kept aside,
 * never dropped, so the person can download them. Part of the {@link SessionStore}.
 */
export class SetAsideSaves {
  #saves: SetAsideSave[] = [];
  /** The storage where a save that could not be copied aside was left in place. */
  #inPlaceStorage: StorageMode | undefined;
  readonly #changed: () => void;

  /** `changed` is called after every change of the list. */
  constructor(changed: () => void) {
    this.#changed = changed;
  }

  get list(): readonly SetAsideSave[] {
    return this.#saves;
  }

  /** Forget the list (another session is opened; its own saves are collected when it loads). */
  reset(): void {
    this.#saves = [];
  }

  /** Whether a damaged save that could not be copied aside still sits under the session's key. */
  blocksSaving(sessionId: string, storage: StorageMode): boolean {
    const key = KEY_PREFIX + sessionId;
    return this.#inPlaceStorage === storage && this.#saves.some((s) => s.keptInPlace && s.key === key);
  }

  /**
   * Keep a save aside: copied under its own key when the storage has room, else left under the
   * session's key, else in memory only. `slot` throws when storage is blocked: memory only then.
   */
  keep(
    slot: () => SessionSlot | undefined,
    sessionId: string,
    storage: StorageMode,
    save: Omit<SetAsideSave, 'key' | 'keptInPlace' | 'at'>,
  ): void {
    // One notice per save: the same text read again (another tab, another load) is known already.
    if (this.#saves.some((s) => s.raw === save.raw)) return;
    const at = new Date().toISOString();
    let placed = { key: `${KEY_PREFIX}${sessionId}:set-aside:${save.code}:${at}`, keptInPlace: false };
    try {
      const place = slot();
      if (place) placed = place.setAside(save.raw, save.code, at);
    } catch {
      // Storage blocked: it is kept in memory; the message offers the download.
    }
    if (placed.keptInPlace) this.#inPlaceStorage = storage;
    const kept: SetAsideSave = { ...save, ...placed, at };
    this.#saves = [...this.#saves.filter((s) => s.key !== kept.key), kept];
    this.#changed();
  }

  /** Find saves set aside on an earlier visit, so they can still be downloaded. */
  collect(slot: SessionSlot): void {
    const known = new Set(this.#saves.map((s) => s.raw));
    const found = slot.findSetAside();
    if (!found.length) return;
    const reason = 'Saved answers that could not be read on an earlier visit.';
    this.#saves = [...this.#saves, ...found.filter((s) => !known.has(s.raw)).map((s) => ({ ...s, reason, keptInPlace: false }))];
    this.#changed();
  }

  /** Forget a save, here and in storage. Returns it (undefined when it was not in the list). */
  dismiss(key: string, slot: () => SessionSlot | undefined): SetAsideSave | undefined {
    const save = this.#saves.find((s) => s.key === key);
    this.#saves = this.#saves.filter((s) => s.key !== key);
    try {
      const place = slot();
      if (place && save) place.removeSetAside(key, save.raw);
      else place?.storage.removeItem(key);
    } catch {
      // Storage blocked: nothing stored to remove.
    }
    return save;
  }
}
