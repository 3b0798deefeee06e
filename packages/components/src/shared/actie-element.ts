import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { localize, type AnswerValue, type LocalizedText, type Status } from '@actie/rules';
import { sessionContext } from '../session/context.js';
import { SessionStore, type StorageMode, type StoreChangeDetail } from '../session/store.js';
import { fill } from './i18n/format.js';
import { DEFAULT_LANGUAGE, hasLanguage, lookup, onStringsRegistered, primaryTag } from './i18n/registry.js';
import type { CommonStrings } from './common.strings.js';
import './common.strings.js';

/** The common strings key of each answer. */
const ANSWER_LABELS: Readonly<Record<AnswerValue, keyof CommonStrings>> = {
  yes: 'answerYes',
  partly: 'answerPartly',
  no: 'answerNo',
  'dont-know': 'answerDontKnow',
};

/** Every connected ACTIE element, told when any `lang` attribute on the page changes. */
const langListeners = new Set<ActieElement>();
let langObserver: MutationObserver | undefined;

function watchLang(element: ActieElement): void {
  langListeners.add(element);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => {
      for (const el of langListeners) el.requestUpdate();
    });
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Standalone stores, one per session id and storage, so two lone elements on a page share one. */
const standaloneStores = new Map<string, SessionStore>();

/**
 * The base of every `actie-*` element: language, UI strings, and the session store (from an
 * enclosing `<actie-session>` through @lit/context, or a store of its own when used alone).
 *
 * Shared design tokens (every element reads them; where one fits, each falls back to an NL Design
 * System common token, then to a default: see docs/theming.md).
 *
 * @cssproperty --actie-color - Text colour.
 * @cssproperty --actie-background-color - Background of the elements, fields and buttons.
 * @cssproperty --actie-subtle-background-color - Background of notices, help texts and the current step.
 * @cssproperty --actie-muted-color - Secondary text: hints, counts, captions.
 * @cssproperty --actie-border-color - Borders of questions, fields and cards.
 * @cssproperty --actie-border-width - Width of those borders.
 * @cssproperty --actie-border-radius - Corner radius of buttons, fields and cards.
 * @cssproperty --actie-accent-color - Brand / action colour: primary buttons, links, the progress bar, letters.
 * @cssproperty --actie-accent-hover-color - The accent colour on hover.
 * @cssproperty --actie-on-accent-color - Text on the accent colour (primary buttons, letter badges).
 * @cssproperty --actie-good-color - Status "gaat al goed" (already going well).
 * @cssproperty --actie-needs-work-color - Status "vraagt aandacht" (needs work) and errors.
 * @cssproperty --actie-unknown-color - Status "nog onbekend" (not known yet).
 * @cssproperty --actie-focus-outline-color - Colour of the focus ring.
 * @cssproperty --actie-focus-outline-width - Width of the focus ring.
 * @cssproperty --actie-font-family - Font of all text (inherited from the page by default).
 * @cssproperty --actie-font-size - Base text size.
 * @cssproperty --actie-line-height - Base line height.
 * @cssproperty --actie-heading-font-family - Font of headings.
 * @cssproperty --actie-space - The base spacing unit; most gaps and paddings are multiples of it.
 * @cssproperty --actie-pointer-target-min-block-size - Smallest height and width of buttons and other targets.
 * @cssproperty --actie-button-background-color - Background of a secondary button.
 * @cssproperty --actie-button-border-color - Border of a secondary button.
 * @cssproperty --actie-button-border-radius - Corner radius of buttons.
 * @cssproperty --actie-button-color - Text of a secondary button.
 * @cssproperty --actie-button-font-weight - Weight of button text.
 * @cssproperty --actie-button-hover-border-color - Border of a secondary button on hover.
 * @cssproperty --actie-button-hover-color - Text of a secondary button on hover.
 * @cssproperty --actie-button-padding-inline - Padding left and right in buttons.
 * @cssproperty --actie-button-primary-background-color - Background (and border) of a primary button.
 * @cssproperty --actie-button-primary-color - Text of a primary button.
 * @cssproperty --actie-button-primary-hover-background-color - Background of a primary button on hover.
 * @cssproperty --actie-link-color - Text of link-style buttons ("Antwoord wissen", "Notitie toevoegen").
 * @cssproperty --actie-notice-background-color - Background of notices and the error summary.
 * @cssproperty --actie-notice-border-color - The bar at the start of a notice.
 * @cssproperty --actie-error-border-color - The bar at the start of an error notice.
 *
 * @csspart loading - The "loading the model" message.
 * @csspart error-summary - The list of problems in a custom model.
 * @csspart notice - Notices about storage and set-aside answers.
 * @csspart migration-notice - The notice that answers were carried over to a new version of the questions.
 */
export abstract class ActieElement extends LitElement {
  static override properties = {
    strings: { attribute: false },
    storage: { reflect: true },
    sessionId: { attribute: 'session-id' },
    modelSrc: { attribute: 'model-src' },
  };

  /** The strings group of this element (`assessment`, `results`, ...). */
  protected abstract readonly stringsGroup: string;

  /** Replace any of this element's UI strings (by key); see docs/embedding.md. */
  declare strings: Readonly<Record<string, string>> | undefined;

  /** Used alone (outside `<actie-session>`): where answers are kept. Default `local`. */
  declare storage: StorageMode | undefined;

  /** Used alone: which saved session to use. Default: one per page path. */
  declare sessionId: string | undefined;

  /** Used alone: URL of a custom model JSON. */
  declare modelSrc: string | undefined;

  /** The session store this element works with, once connected. */
  protected store: SessionStore | undefined;

  #standalone = false;
  /** The key of this element's standalone store in `standaloneStores`. */
  #standaloneKey = '';
  #unsubscribeStrings: (() => void) | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: sessionContext,
      subscribe: true,
      callback: (store) => this.#useStore(store, false),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback(); // asks for an enclosing session (synchronously answered)
    if (!this.store) this.#useStore(this.#standaloneStore(), true);
    watchLang(this);
    this.#unsubscribeStrings = onStringsRegistered(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    langListeners.delete(this);
    this.#unsubscribeStrings?.();
    this.store?.removeEventListener('actie-store-change', this.#onStoreChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#standalone && (changed.has('storage') || changed.has('sessionId') || changed.has('modelSrc'))) {
      this.#useStore(this.#standaloneStore(), true);
    }
  }

  #standaloneStore(): SessionStore {
    const sessionId = this.sessionId ?? (typeof location === 'undefined' ? 'default' : location.pathname);
    const storage = this.storage ?? 'local';
    const key = `${storage}|${sessionId}|${this.modelSrc ?? ''}`;
    let store = standaloneStores.get(key);
    const current = this.#standalone ? this.store : undefined;
    if (
      !store &&
      current &&
      current.sessionId === sessionId &&
      this.#standaloneKey === `${current.storageMode}|${sessionId}|${this.modelSrc ?? ''}`
    ) {
      // Only `storage` changed: move this session there, so nothing stays behind in the old place.
      standaloneStores.delete(this.#standaloneKey);
      current.configure({ storage });
      store = current;
      standaloneStores.set(key, store);
    }
    this.#standaloneKey = key;
    if (!store) {
      store = new SessionStore({ sessionId, storage });
      if (this.modelSrc) void store.loadModel(new URL(this.modelSrc, document.baseURI).href);
      standaloneStores.set(key, store);
    }
    return store;
  }

  #useStore(store: SessionStore, standalone: boolean): void {
    if (store === this.store) return;
    this.store?.removeEventListener('actie-store-change', this.#onStoreChange);
    this.store = store;
    this.#standalone = standalone;
    store.addEventListener('actie-store-change', this.#onStoreChange);
    store.connect();
    this.storeConnected(store);
    this.requestUpdate();
  }

  #onStoreChange = (event: Event): void => {
    this.storeChanged((event as CustomEvent<StoreChangeDetail>).detail);
    this.requestUpdate();
  };

  /** Called when the element gets its store. */
  protected storeConnected(store: SessionStore): void {
    void store;
  }

  /** Called on every store change, before the element re-renders. */
  protected storeChanged(detail: StoreChangeDetail): void {
    void detail;
  }

  /**
   * The language: the element's own `lang`, else the nearest ancestor's (also across shadow
   * roots), else the page's. A language without strings falls back to Dutch.
   */
  get language(): string {
    const lang = closestLang(this);
    return lang && hasLanguage(lang) ? primaryTag(lang) : DEFAULT_LANGUAGE;
  }

  /** A UI string of this element, with `{placeholders}` filled. */
  protected t(key: string, values?: Readonly<Record<string, string | number>>): string {
    return fill(lookup(this.stringsGroup, key, this.language, this.strings), values);
  }

  /** A shared UI string (group `common`). */
  protected tc(key: keyof CommonStrings, values?: Readonly<Record<string, string | number>>): string {
    return fill(lookup('common', key, this.language, this.strings), values);
  }

  /** A text from the model in the current language. */
  protected mt(text: LocalizedText | undefined): string {
    return localize(text, this.language, this.store?.model?.languages);
  }

  /** The label of an answer ("Ja", "Deels", ...); `undefined` is "Niet beantwoord". */
  protected answerLabel(answer: AnswerValue | undefined): string {
    return this.tc(answer ? ANSWER_LABELS[answer] : 'answerNone');
  }

  /** The label of a status. */
  protected statusLabel(status: Status): string {
    return this.tc(status === 'good' ? 'statusGood' : status === 'needs-work' ? 'statusNeedsWork' : 'statusUnknown');
  }

  /**
   * What to show instead of the element while the model loads or when it is invalid; `nothing`
   * when the model is ready.
   */
  protected renderModelState(): TemplateResult | typeof nothing {
    const state = this.store?.modelState;
    if (!state || state.status === 'ready') return nothing;
    if (state.status === 'loading') {
      return html`<p part="loading" role="status" aria-live="polite">${this.tc('loading')}</p>`;
    }
    return html`<div part="error-summary" class="notice notice--error" role="alert" tabindex="-1">
      <h2>${this.tc('modelErrorTitle')}</h2>
      <p>${this.tc('modelErrorIntro', { source: state.source })}</p>
      <ul>
        ${state.errors.map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * Notices about storage: blocked storage, saves that were set aside (with a download), and
   * answers carried over to a new version of the questions.
   */
  protected renderStorageNotices(): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store || (!store.storageProblem && !store.setAside.length && !store.migration)) return nothing;
    return html`${
      store.storageProblem ? html`<p part="notice" class="notice" role="status">${this.tc('storageProblem')}</p>` : nothing
    }
    ${this.#renderMigrationNotice(store)}
    ${store.setAside
      .filter((save) => save.code !== 'migrated')
      .map(
        (save) =>
          html`<div part="notice" class="notice notice--error" role="alert">
            <h2>${this.tc('setAsideTitle')}</h2>
            <p>
              ${this.tc(save.keptInPlace ? 'setAsideInPlaceText' : 'setAsideText', {
                reason: this.tc(
                  save.code === 'corrupt' ? 'reasonCorrupt' : save.code === 'format' ? 'reasonFormat' : 'reasonModel',
                ),
              })}
            </p>
            <p>
              <button
                class="button"
                type="button"
                @click=${() => downloadText(save.raw, `actie-bewaard-${save.at.slice(0, 10)}.json`)}
              >
                ${this.tc('setAsideDownload')}
              </button>
              <button class="button button--subtle" type="button" @click=${() => store.dismissSetAside(save.key)}>
                ${this.tc(save.keptInPlace ? 'setAsideInPlaceDismiss' : 'setAsideDismiss')}
              </button>
            </p>
          </div>`,
      )}`;
  }

  /** The notice about answers carried over to the current version of the questions. */
  #renderMigrationNotice(store: SessionStore): TemplateResult | typeof nothing {
    const migration = store.migration;
    const original = store.setAside.find((save) => save.code === 'migrated');
    if (!migration && !original) return nothing;
    const open = migration?.reanswer.filter((id) => store.answers[id] === undefined) ?? [];
    return html`<div part="notice migration-notice" class="notice" role="status">
      <h2>${this.tc('migratedTitle')}</h2>
      ${
        migration
          ? html`<p>
              ${this.tc('migratedText', { from: migration.from, to: migration.to })}
              ${this.tc(migration.carried === 1 ? 'migratedCarriedOne' : 'migratedCarried', { count: migration.carried })}
            </p>`
          : nothing
      }
      ${open.length ? html`<p>${this.tc('migratedReanswer', { questions: open.join(', ') })}</p>` : nothing}
      ${migration?.removed.length ? html`<p>${this.tc('migratedRemoved', { questions: migration.removed.join(', ') })}</p>` : nothing}
      ${original?.keptInPlace ? html`<p>${this.tc('migratedInPlace')}</p>` : nothing}
      <p>
        ${
          original
            ? html`<button
                class="button"
                type="button"
                @click=${() => downloadText(original.raw, `actie-origineel-${original.at.slice(0, 10)}.json`)}
              >
                ${this.tc('migratedDownload')}
              </button>`
            : nothing
        }
        <button
          class="button button--subtle"
          type="button"
          @click=${() => (migration ? store.dismissMigration() : original && store.dismissSetAside(original.key))}
        >
          ${this.tc('migratedDismiss')}
        </button>
      </p>
    </div>`;
  }

  /**
   * Dispatch a domain event that bubbles out of shadow roots.
   */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
    );
  }
}

/** The nearest `lang` attribute from a node up, crossing shadow roots; empty when none. */
export function closestLang(start: Node): string {
  for (let node: Node | null = start; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
  }
  return '';
}

/** Offer text as a file download (no network: a Blob URL). */
export function downloadText(text: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Register a custom element once. A second copy of the bundle (or another version) on the same
 * page finds the name taken and leaves it, with a console warning instead of an exception.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, constructor);
  else if (existing !== constructor) {
    console.warn(`<${name}> is already defined on this page (by another copy of ACTIE); keeping the first one.`);
  }
}
