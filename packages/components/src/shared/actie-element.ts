import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { localize } from '@actie/rules/core';
import type { AnswerValue, LocalizedText, Verdict } from '@actie/rules';
import { Announcer } from '../controllers/announcer.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { LanguageController, closestLang } from '../controllers/language.js';
import { SessionStoreController } from '../controllers/session-store.js';
import type { SessionStore, StorageMode, StoreChangeDetail } from '../session/store.js';
import type { CommonKey } from './common.strings.js';
import { fill, formatNumber, pluralForm } from './i18n/format.js';
import { DEFAULT_LANGUAGE, hasLanguage, loadLanguage, lookup, primaryTag, type PluralKey } from './i18n/registry.js';
import { LazyCode } from './lazy-code.js';
import './common.strings.js';

/** Values for a string's `{placeholders}`. */
export type StringValues = Readonly<Record<string, string | number>>;

/** The common strings key of each answer. */
const ANSWER_LABELS: Readonly<Record<AnswerValue, CommonKey>> = {
  yes: 'answerYes',
  partly: 'answerPartly',
  no: 'answerNo',
  'dont-know': 'answerDontKnow',
};

/** The common strings key of each status and verdict. */
const STATUS_LABELS: Readonly<Record<Verdict, CommonKey>> = {
  good: 'statusGood',
  mixed: 'statusMixed',
  'needs-work': 'statusNeedsWork',
  unknown: 'statusUnknown',
};

/**
 * The base of every `actie-*` element: language, UI strings (typed by the element's keys `K`),
 * and the controllers every element uses: the session store (from an enclosing `<actie-session>`
 * through @lit/context, or a store of its own when used alone), a live region, and focus moves
 * after a render.
 *
 * Shared design tokens (every element reads them; where one fits, each falls back to an NL Design
 * System common token, then to a default: see docs/theming.md).
 *
 * @cssproperty [--actie-color=light-dark(#1b1b1b, #f1f1f1)] - Text colour. Falls back to `--basis-color-default-color-document`.
 * @cssproperty [--actie-background-color=light-dark(#ffffff, #161616)] - Background of the elements, fields and buttons. Falls back to `--basis-color-default-bg-document`.
 * @cssproperty [--actie-subtle-background-color=light-dark(#f3f4f6, #232323)] - Background of notices, help texts and the current step. Falls back to `--basis-color-default-bg-subtle`.
 * @cssproperty [--actie-muted-color=light-dark(#4a4a4a, #c8c8c8)] - Secondary text: hints, counts, captions. Falls back to `--basis-color-default-color-subtle`.
 * @cssproperty [--actie-border-color=light-dark(#767676, #8f8f8f)] - Borders of questions, fields and cards. Falls back to `--basis-color-default-border-default`.
 * @cssproperty [--actie-border-width=1px] - Width of those borders. Falls back to `--basis-border-width-sm`.
 * @cssproperty [--actie-border-radius=4px] - Corner radius of buttons, fields and cards. Falls back to `--basis-border-radius-md`.
 * @cssproperty [--actie-accent-color=light-dark(#154273, #9cc3ff)] - Brand / action colour: primary buttons, links, the progress bar, letters. Falls back to `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-accent-hover-color=light-dark(#0b2a4d, #c4dbff)] - The accent colour on hover. Falls back to `--basis-color-action-1-color-hover`.
 * @cssproperty [--actie-on-accent-color=light-dark(#ffffff, #0b1a2e)] - Text on the accent colour (primary buttons, letter badges).
 * @cssproperty [--actie-good-color=light-dark(#0f6b2f, #7fdc9a)] - Status "gaat al goed" (already going well). Falls back to `--basis-color-positive-color-default`.
 * @cssproperty [--actie-needs-work-color=light-dark(#a4261b, #ff9d92)] - Status "vraagt aandacht" (needs work) and errors. Falls back to `--basis-color-negative-color-default`.
 * @cssproperty [--actie-mixed-color=light-dark(#7a4a00, #ffc266)] - Verdict "wisselend" (mixed: some goes well, some needs work) on an area or the whole. Falls back to `--basis-color-warning-color-default`.
 * @cssproperty [--actie-unknown-color=light-dark(#545454, #c2c2c2)] - Status "nog onbekend" (not known yet).
 * @cssproperty [--actie-focus-outline-color=light-dark(#000000, #ffffff)] - Colour of the focus ring. Falls back to `--basis-focus-outline-color`.
 * @cssproperty [--actie-focus-outline-width=3px] - Width of the focus ring.
 * @cssproperty [--actie-font-family=inherit] - Font of all text (inherited from the page by default). Falls back to `--basis-text-font-family-default`.
 * @cssproperty [--actie-font-size=1rem] - Base text size. Falls back to `--basis-text-font-size-md`.
 * @cssproperty [--actie-line-height=1.5] - Base line height. Falls back to `--basis-text-line-height-md`.
 * @cssproperty [--actie-heading-font-family=inherit] - Font of headings. Falls back to `--basis-heading-font-family`.
 * @cssproperty [--actie-space=1rem] - The base spacing unit; most gaps and paddings are multiples of it. Falls back to `--basis-space-block-md`.
 * @cssproperty [--actie-pointer-target-min-block-size=44px] - Smallest height and width of buttons and other targets. Falls back to `--basis-pointer-target-min-block-size`.
 * @cssproperty [--actie-button-background-color=light-dark(#ffffff, #161616)] - Background of a secondary button. Falls back to `--actie-background-color` → `--basis-color-default-bg-document`.
 * @cssproperty [--actie-button-border-color=light-dark(#154273, #9cc3ff)] - Border of a secondary button. Falls back to `--actie-accent-color` → `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-button-border-radius=4px] - Corner radius of buttons. Falls back to `--actie-border-radius` → `--basis-border-radius-md`.
 * @cssproperty [--actie-button-color=light-dark(#154273, #9cc3ff)] - Text of a secondary button. Falls back to `--actie-accent-color` → `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-button-font-weight=700] - Weight of button text. Falls back to `--basis-text-font-weight-bold`.
 * @cssproperty [--actie-button-hover-border-color=light-dark(#0b2a4d, #c4dbff)] - Border of a secondary button on hover. Falls back to `--actie-accent-hover-color` → `--basis-color-action-1-color-hover`.
 * @cssproperty [--actie-button-hover-color=light-dark(#0b2a4d, #c4dbff)] - Text of a secondary button on hover. Falls back to `--actie-accent-hover-color` → `--basis-color-action-1-color-hover`.
 * @cssproperty [--actie-button-padding-inline=1em] - Padding left and right in buttons.
 * @cssproperty [--actie-button-primary-background-color=light-dark(#154273, #9cc3ff)] - Background (and border) of a primary button. Falls back to `--nl-button-primary-background-color` → `--actie-accent-color` → `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-button-primary-color=light-dark(#ffffff, #0b1a2e)] - Text of a primary button. Falls back to `--nl-button-primary-color` → `--actie-on-accent-color`.
 * @cssproperty [--actie-button-primary-hover-background-color=light-dark(#0b2a4d, #c4dbff)] - Background of a primary button on hover. Falls back to `--actie-accent-hover-color` → `--basis-color-action-1-color-hover`.
 * @cssproperty [--actie-link-color=light-dark(#154273, #9cc3ff)] - Text of link-style buttons ("Antwoord wissen", "Notitie toevoegen"). Falls back to `--actie-accent-color` → `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-notice-background-color=light-dark(#f3f4f6, #232323)] - Background of notices and the error summary. Falls back to `--actie-subtle-background-color` → `--basis-color-default-bg-subtle`.
 * @cssproperty [--actie-notice-border-color=light-dark(#154273, #9cc3ff)] - The bar at the start of a notice. Falls back to `--actie-accent-color` → `--basis-color-action-1-color-default`.
 * @cssproperty [--actie-error-border-color=light-dark(#a4261b, #ff9d92)] - The bar at the start of an error notice. Falls back to `--actie-needs-work-color` → `--basis-color-negative-color-default`.
 *
 * @csspart loading - The "loading the model" message.
 * @csspart error-summary - The list of problems in a custom model.
 * @csspart notice - Notices about storage and set-aside answers.
 * @csspart migration-notice - The notice that answers were carried over to a new version of the questions.
 */
export abstract class ActieElement<K extends string = never> extends LitElement {
  static override properties = {
    strings: { attribute: false },
    storage: { reflect: true },
    sessionId: { attribute: 'session-id' },
    modelSrc: { attribute: 'model-src' },
    modelName: { attribute: 'model-name' },
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

  /** Used alone: a built-in model by name (`initiative`, the default, `organisation`, `initiator`). */
  declare modelName: string | undefined;

  /** The session store, wherever the element is in the page. @internal */
  protected readonly session = new SessionStoreController(this, {
    connected: (store) => this.storeConnected?.(store),
    changed: (detail) => this.storeChanged?.(detail),
  });

  /** The visually hidden live region. @internal */
  protected readonly announcer = new Announcer(this);

  /** Focus moves after the next render. @internal */
  protected readonly focusAfter = new FocusAfterRender(this);

  constructor() {
    super();
    new LanguageController(this);
  }

  /** The session store this element works with, once connected. @internal */
  get store(): SessionStore | undefined {
    return this.session.store;
  }

  /** Called when the element gets its store (an element that needs to, implements it). @internal */
  protected storeConnected?(store: SessionStore): void;

  /** Called on every store change, before the element re-renders. @internal */
  protected storeChanged?(detail: StoreChangeDetail): void;

  /**
   * The language: the element's own `lang`, else the nearest ancestor's (also across shadow
   * roots), else the page's. A language without strings falls back to Dutch.
   */
  get language(): string {
    const lang = closestLang(this);
    return lang && hasLanguage(lang) ? primaryTag(lang) : DEFAULT_LANGUAGE;
  }

  /**
   * Renders only when the strings of the element's language are in: the first time an element
   * speaks English, its English strings are loaded first (a chunk of their own), so no Dutch or
   * keys flash by. Dutch, and English once loaded, render at once.
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const strings = loadLanguage(this.language);
    if (!strings) {
      const update = super.scheduleUpdate();
      return update instanceof Promise ? update : undefined;
    }
    return strings.then(() => super.scheduleUpdate());
  }

  /** A UI string of this element (or a shared one), with `{placeholders}` filled. @internal */
  t(key: K | CommonKey, values?: StringValues): string {
    return fill(lookup(this.stringsGroup, key, this.language, this.strings), values);
  }

  /** A shared UI string (group `common` only, even where the element has a key of that name). @internal */
  tc(key: CommonKey, values?: StringValues): string {
    return fill(lookup('common', key, this.language, this.strings), values);
  }

  /** A counted string: `<key>One` or `<key>Other` by the language's plural rules, `{count}` filled. @internal */
  count(key: PluralKey<K | CommonKey>, count: number, values: StringValues = {}): string {
    const form = pluralForm(count, this.language) === 'one' ? 'One' : 'Other';
    return this.t(`${key}${form}` as K | CommonKey, { ...values, count: this.n(count) });
  }

  /** A whole number as the language writes it. @internal */
  n(value: number): string {
    return formatNumber(value, this.language);
  }

  /** A text from the model in the current language. @internal */
  mt(text: LocalizedText | undefined): string {
    return localize(text, this.language, this.store?.questions?.languages);
  }

  /** The label of an answer ("Ja", "Deels", ...); `undefined` is "Niet beantwoord". @internal */
  answerLabel(answer: AnswerValue | undefined): string {
    return this.tc(answer ? ANSWER_LABELS[answer] : 'answerNone');
  }

  /** The label of a status. @internal */
  statusLabel(status: Verdict): string {
    return this.tc(STATUS_LABELS[status]);
  }

  /**
   * What to show instead of the element while the model loads (in one step or more: the store's
   * model loader knows) or when it cannot be used; `nothing` when it is ready. @internal
   */
  protected renderModelState(): TemplateResult | typeof nothing {
    const state = this.store?.modelState;
    if (!state || state.status === 'ready') return nothing;
    const notices = state.status === 'error' ? this.#notices.get() : undefined;
    if (state.status === 'error' && (notices || this.#notices.failed)) {
      return notices
        ? notices.modelError(state, (key, values) => this.tc(key, values))
        : html`<p part="error-summary" role="alert">${this.tc('modelErrorTitle')}</p>`;
    }
    return html`<p part="loading" role="status" aria-live="polite">${this.tc('loading')}</p>`;
  }

  /** Notices about storage, set-aside saves and answers carried over to new questions. @internal */
  protected renderStorageNotices(): TemplateResult | typeof nothing {
    const store = this.store;
    if (!store || (!store.storageProblem && !store.setAside.length && !store.migration)) return nothing;
    return this.#notices.get()?.storageNotices(store, (key, values) => this.tc(key, values), this.language) ?? nothing;
  }

  /** Code this element loads when it first needs it (see {@link lazy}). */
  readonly #lazies: LazyCode<unknown>[] = [];

  /** The notices (storage, a model that cannot be used): rare, so a chunk of their own. */
  readonly #notices = this.lazy(() => import('./notices.js'));

  /**
   * Code that this element needs only in some states, as a chunk of its own, loaded the first time
   * it is asked for; the element renders again when it is there (after `arrived`), and its
   * `updateComplete` waits for it. @internal
   */
  protected lazy<T>(load: () => Promise<T>, arrived?: (code: T) => void): LazyCode<T> {
    const code = new LazyCode(load, (loaded) => {
      if (loaded !== undefined) arrived?.(loaded);
      this.requestUpdate();
    });
    this.#lazies.push(code as LazyCode<unknown>);
    return code;
  }

  /** Also waits for code a render asked for (see {@link lazy}) and the render after it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this.#pending(); pending.length; pending = this.#pending()) {
      await Promise.all(pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #pending(): Promise<void>[] {
    return this.#lazies.flatMap((code) => code.pending ?? []);
  }
}

/**
 * What the template functions of an element's folder (views) use of the element: its strings,
 * numbers and model texts in its language. Every element is one.
 */
export interface Texts<K extends string> {
  readonly language: string;
  t(key: K | CommonKey, values?: StringValues): string;
  tc(key: CommonKey, values?: StringValues): string;
  count(key: PluralKey<K | CommonKey>, count: number, values?: StringValues): string;
  n(value: number): string;
  mt(text: LocalizedText | undefined): string;
  answerLabel(answer: AnswerValue | undefined): string;
  statusLabel(status: Verdict): string;
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
