import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { sessionContext } from '../session/context.js';
import { defaultSessionId } from '../session/persistence.js';
import { SessionStore, type StorageMode, type StoreChangeDetail } from '../session/store.js';

/** What an element says about the store it would use alone (its `storage`, `session-id`, `model-src` and `model-name`). */
export interface StandaloneSettings {
  readonly storage: StorageMode | undefined;
  readonly sessionId: string | undefined;
  readonly modelSrc: string | undefined;
  readonly modelName: string | undefined;
}

/** The element a {@link SessionStoreController} works for. */
export type SessionStoreHost = ReactiveControllerHost & HTMLElement & StandaloneSettings;

/** Options of a {@link SessionStoreController}. */
export interface SessionStoreControllerOptions {
  /** Called when the element gets a (new) store, before it re-renders. */
  readonly connected?: (store: SessionStore) => void;
  /** Called on every change of the store, before the element re-renders. */
  readonly changed?: (detail: StoreChangeDetail) => void;
}

/** Standalone stores, one per storage, session id and model, so two lone elements on a page share one. */
const standaloneStores = new Map<string, SessionStore>();

/**
 * The session store of an element, kept up to date wherever the element is in the page:
 *
 * - inside an `<actie-session>`, the store it provides through `@lit/context`;
 * - alone, a store of its own made from the element's `storage`, `session-id`, `model-src` and `model-name`
 *   (shared with other lone elements with the same values);
 * - moved within the page or into another `<actie-session>`, the store of its new place.
 *
 * It follows the store's changes while the element is connected (and again after it is
 * reconnected), and re-renders the element on each.
 */
export class SessionStoreController implements ReactiveController {
  readonly #host: SessionStoreHost;
  readonly #options: SessionStoreControllerOptions;
  #store: SessionStore | undefined;
  #standalone = false;
  /** The key of the standalone store in use (storage, session id, model). */
  #standaloneKey = '';
  /** Whether an enclosing `<actie-session>` answered since the element was last connected. */
  #provided = false;
  #listening: SessionStore | undefined;

  constructor(host: SessionStoreHost, options: SessionStoreControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    // Added before this controller, so its request is answered before hostConnected below runs.
    new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = true;
        this.#use(store, false);
      },
    });
    host.addController(this);
  }

  /** The store the element works with; undefined only before it is first connected. */
  get store(): SessionStore | undefined {
    return this.#store;
  }

  hostConnected(): void {
    // The context consumer has asked for an enclosing session (answered synchronously if there is one).
    if (!this.#provided) this.#use(this.#standaloneStore(), true);
    this.#listen();
  }

  hostDisconnected(): void {
    this.#provided = false;
    this.#unlisten();
  }

  hostUpdate(): void {
    // A lone element whose storage, session id or model changed moves to the matching store.
    if (this.#standalone && this.#standaloneKey !== keyOf(this.#settings())) {
      this.#use(this.#standaloneStore(), true);
      this.#listen();
    }
  }

  #settings(): Settings {
    const host = this.#host;
    const modelSrc = host.modelSrc ?? '';
    const modelName = modelSrc ? '' : (host.modelName ?? '');
    return {
      sessionId: host.sessionId ?? defaultSessionId(modelName),
      storage: host.storage ?? 'local',
      modelSrc,
      modelName,
    };
  }

  #standaloneStore(): SessionStore {
    const settings = this.#settings();
    const key = keyOf(settings);
    let store = standaloneStores.get(key);
    const current = this.#standalone ? this.#store : undefined;
    if (
      !store &&
      current &&
      current.sessionId === settings.sessionId &&
      this.#standaloneKey === keyOf({ ...settings, storage: current.storageMode })
    ) {
      // Only `storage` changed: move this session there, so nothing stays behind in the old place.
      standaloneStores.delete(this.#standaloneKey);
      current.configure({ storage: settings.storage });
      store = current;
      standaloneStores.set(key, store);
    }
    this.#standaloneKey = key;
    if (!store) {
      store = new SessionStore({ sessionId: settings.sessionId, storage: settings.storage, host: this.#host });
      if (settings.modelSrc) void store.loadModel(new URL(settings.modelSrc, document.baseURI).href);
      else if (settings.modelName) void store.useBuiltinModel(settings.modelName);
      standaloneStores.set(key, store);
    }
    return store;
  }

  #use(store: SessionStore, standalone: boolean): void {
    this.#standalone = standalone;
    if (store === this.#store) return;
    this.#unlisten();
    this.#store = store;
    if (this.#host.isConnected) this.#listen();
    store.connect();
    this.#options.connected?.(store);
    this.#host.requestUpdate();
  }

  #listen(): void {
    const store = this.#store;
    if (!store || this.#listening === store) return;
    this.#unlisten();
    store.addEventListener('actie-store-change', this.#onChange);
    this.#listening = store;
  }

  #unlisten(): void {
    this.#listening?.removeEventListener('actie-store-change', this.#onChange);
    this.#listening = undefined;
  }

  #onChange = (event: Event): void => {
    this.#options.changed?.((event as CustomEvent<StoreChangeDetail>).detail);
    this.#host.requestUpdate();
  };
}

/** The settings of a lone element with their defaults filled in. */
interface Settings {
  readonly storage: StorageMode;
  readonly sessionId: string;
  readonly modelSrc: string;
  readonly modelName: string;
}

function keyOf(s: Settings): string {
  return `${s.storage}|${s.sessionId}|${s.modelSrc}|${s.modelName}`;
}
