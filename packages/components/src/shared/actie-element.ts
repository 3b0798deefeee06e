import { LitElement, type nothing, type TemplateResult } from 'lit';
import { localize, type AnswerValue, type LocalizedText, type Status } from '@actie/rules';
import { Announcer } from '../controllers/announcer.js';
import { FocusAfterRender } from '../controllers/focus-after-render.js';
import { LanguageController, closestLang } from '../controllers/language.js';
import { SessionStoreController } from '../controllers/session-store.js';
import type { SessionStore, StorageMode, StoreChangeDetail } from '../session/store.js';
import type { CommonKey } from './common.strings.js';
import { fill, formatNumber } from './i18n/format.js';
import { DEFAULT_LANGUAGE, hasLanguage, lookup, primaryTag, type PluralKey } from './i18n/registry.js';
import { modelState, storageNotices } from './notices.js';
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

/** The common strings key of each status. */
const STATUS_LABELS: Readonly<Record<Status, CommonKey>> = {
  good: 'statusGood',
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
export abstract class ActieElement<K extends string = never> extends LitElement {
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

  /** The session store, wherever the element is in the page. @internal */
  protected readonly session = new SessionStoreController(this, {
    connected: (store) => this.storeConnected(store),
    changed: (detail) => this.storeChanged(detail),
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

  /** Called when the element gets its store. @internal */
  protected storeConnected(store: SessionStore): void {
    void store;
  }

  /** Called on every store change, before the element re-renders. @internal */
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
    const form = new Intl.PluralRules(this.language).select(count) === 'one' ? 'One' : 'Other';
    return this.t(`${key}${form}` as K | CommonKey, { ...values, count: this.n(count) });
  }

  /** A whole number as the language writes it. @internal */
  n(value: number): string {
    return formatNumber(value, this.language);
  }

  /** A text from the model in the current language. @internal */
  mt(text: LocalizedText | undefined): string {
    return localize(text, this.language, this.store?.model?.languages);
  }

  /** The label of an answer ("Ja", "Deels", ...); `undefined` is "Niet beantwoord". @internal */
  answerLabel(answer: AnswerValue | undefined): string {
    return this.tc(answer ? ANSWER_LABELS[answer] : 'answerNone');
  }

  /** The label of a status. @internal */
  statusLabel(status: Status): string {
    return this.tc(STATUS_LABELS[status]);
  }

  /** What to show instead of the element while the model loads or is invalid; `nothing` when ready. @internal */
  protected renderModelState(): TemplateResult | typeof nothing {
    return modelState(this.store, (key, values) => this.tc(key, values));
  }

  /** Notices about storage, set-aside saves and answers carried over to new questions. @internal */
  protected renderStorageNotices(): TemplateResult | typeof nothing {
    return storageNotices(this.store, (key, values) => this.tc(key, values));
  }

  /** Dispatch a domain event that bubbles out of shadow roots. @internal */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail }),
    );
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
  statusLabel(status: Status): string;
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
