import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LATER_MODEL_LANGUAGES, loadModelTexts } from '../session/default-model.js';
import { beforeLanguage, onStringsRegistered } from '../shared/i18n/registry.js';

// An element speaking a language needs the model's texts in it too (the session's model loader
// knows which are not there yet): loaded with the UI strings, before the first render in it.
for (const lang of LATER_MODEL_LANGUAGES) beforeLanguage('model-texts', lang, () => loadModelTexts(lang));

/** Every connected host, told when any `lang` attribute on the page changes. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Re-renders its element when the page's language changes (any `lang` attribute, so a `lang` set
 * on an ancestor later counts too) and when the host page registers other UI strings.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => {
        for (const host of hosts) host.requestUpdate();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.#unsubscribe = onStringsRegistered(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    this.#unsubscribe?.();
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
