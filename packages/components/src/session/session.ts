import { LitElement, css, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { sessionContext } from './context.js';
import { defaultSessionId } from './persistence.js';
import type { StoreChangeDetail } from './store-types.js';
import { ActieSessionChangeEvent } from './events.js';
import { SessionStore, type StorageMode } from './store.js';

const STORAGE_MODES: readonly StorageMode[] = ['local', 'session', 'none'];

/**
 * @summary Holds one participant's session and shares it with every `actie-*` element inside.
 *
 * @slot - The ACTIE elements (and any other content) that share this session.
 *
 * @event actie-session-change - After any change to the session (answers, plan, model, storage). Detail: `{ change }`.
 */
export class ActieSessionElement extends LitElement {
  static override properties = {
    modelSrc: { attribute: 'model-src' },
    modelName: { attribute: 'model-name', reflect: true },
    storage: { reflect: true },
    sessionId: { attribute: 'session-id' },
    model: { attribute: false },
  };

  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** URL of a custom model JSON. Fetched once when set; the default model is used otherwise. */
  declare modelSrc: string | undefined;

  /**
   * A built-in model by name: `initiative` (default: the questions about one initiative),
   * `organisation` (the organisation scan, for policymakers and managers) or `initiator` (the
   * initiators' own questions). `model-src` and the `model` property take precedence. Each
   * built-in model keeps its own saved session on a page (unless `session-id` is set). An unknown
   * name shows an error in the elements; nothing that was entered is changed.
   */
  declare modelName: string | undefined;

  /** Where answers are kept: `local` (default, survives closing the browser), `session` (this tab) or `none`. */
  declare storage: StorageMode;

  /** Which saved session to use. Default: one per page path. */
  declare sessionId: string | undefined;

  /** A model object to use instead of `model-src` or the default. Validated; errors are shown. */
  declare model: unknown;

  /** The store every element inside shares. */
  readonly store: SessionStore;

  constructor() {
    super();
    this.storage = 'local';
    this.store = new SessionStore({ sessionId: this.#defaultSessionId(), storage: 'local', host: this });
    new ContextProvider(this, { context: sessionContext, initialValue: this.store });
    this.store.addEventListener('actie-store-change', (event) => {
      this.dispatchEvent(new ActieSessionChangeEvent((event as CustomEvent<StoreChangeDetail>).detail.change));
    });
  }

  /** One saved session per page path, and per built-in model other than the default. */
  #defaultSessionId(): string {
    return defaultSessionId(this.modelSrc || this.model !== undefined ? '' : (this.modelName ?? ''));
  }

  /** Which model source was applied last: `property`, `src:<url>`, `name:<name>` or `default`. */
  #appliedSource: string | undefined;
  #appliedModel: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    // Apply the attributes before the store first reads storage, so it reads the right place
    // and checks saved answers against the right model.
    this.#applyConfiguration();
    this.store.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.store.disconnect();
  }

  protected override willUpdate(): void {
    this.#applyConfiguration();
  }

  #applyConfiguration(): void {
    let storage: StorageMode = this.storage;
    if (!STORAGE_MODES.includes(storage)) {
      console.warn(`<actie-session> storage="${storage}" is not one of ${STORAGE_MODES.join(', ')}; using "local".`);
      storage = 'local';
    }
    // Precedence: the model property, then model-src, then model-name, then the default model.
    const source =
      this.model !== undefined
        ? 'property'
        : this.modelSrc
          ? `src:${this.modelSrc}`
          : this.modelName
            ? `name:${this.modelName}`
            : 'default';
    const modelChanges = source !== this.#appliedSource || (source === 'property' && this.model !== this.#appliedModel);
    const first = this.#appliedSource === undefined;
    // With another model, the session saved for it is read once that model is ready.
    this.store.configure({ storage, sessionId: this.sessionId || this.#defaultSessionId() }, modelChanges);
    if (!modelChanges) return;
    this.#appliedSource = source;
    this.#appliedModel = this.model;
    if (this.model !== undefined) void this.store.setModel(this.model, 'the page (model property)');
    else if (this.modelSrc) void this.store.loadModel(new URL(this.modelSrc, document.baseURI).href);
    else if (this.modelName) void this.store.useBuiltinModel(this.modelName);
    else if (!first) this.store.useDefaultModel();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
