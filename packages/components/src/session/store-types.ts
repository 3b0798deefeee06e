import type { ActieModel, ValidationError } from '@actie/rules';
import type { SessionData } from './session-data.js';
import type { SetAsideCode, StorageMode } from './web-storage.js';

export type { StorageMode } from './web-storage.js';
export type { MigrationNotice } from './stored-state.js';

/**
 * The state of the model a session uses. Reading it (as `SessionStore.modelState`) asks for the
 * whole model: the store's model loader may show a form its questions first and load the rest only
 * when something reads the model, so until then this says `loading`.
 */
export type ModelState =
  | { readonly status: 'loading'; readonly source: string }
  | { readonly status: 'ready'; readonly model: ActieModel }
  | {
      readonly status: 'error';
      /** Where the model came from: a URL, `the page (model property)` or `model-name="…"`. */
      readonly source: string;
      /** Set when `model-name` names no built-in model: that name. */
      readonly unknownName?: string;
      readonly errors: readonly ValidationError[];
    };

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
  readonly code: SetAsideCode;
  /** When it was set aside (ISO 8601). */
  readonly at: string;
  /**
   * True when there was no room to copy it aside (storage full): it then stays under the
   * session's own key, untouched, and new answers are kept in memory only (not saved in the
   * browser) until it is dismissed. `key` is then the session's key.
   */
  readonly keptInPlace: boolean;
}

import type { StoreChange } from './events.js';

export type { StoreChange } from './events.js';

/** Detail of the store's change event. */
export interface StoreChangeDetail {
  readonly change: StoreChange;
  /** For `plan`: the element that made the change, when an element made it. */
  readonly origin?: EventTarget;
}

/**
 * What a subscriber of a `SessionStore` is told after every change: what changed, the data now
 * and at the change before. `opened`: the stored session was looked for and nothing was there
 * (no `actie-store-change` for it). `stored`: the data is what Web Storage holds already (read
 * back, or removed by another tab), nothing to save.
 */
export interface SessionUpdate {
  readonly change: StoreChange | 'opened';
  readonly now: SessionData;
  readonly old: SessionData;
  readonly origin?: EventTarget;
  readonly stored?: boolean;
}

/** A subscriber of a `SessionStore` (see `SessionStore.subscribe`). */
export type SessionListener = (update: SessionUpdate) => void;

/** Options of a `SessionStore`. */
export interface SessionStoreOptions {
  readonly sessionId: string;
  readonly storage: StorageMode;
  /**
   * Where `actie-plan-change` is dispatched when a plan change has no origin element (a script
   * called `setPlan`): the `<actie-session>`, or the lone element that made the store.
   */
  readonly host?: EventTarget;
}
