import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { onStringsRegistered } from '../shared/i18n/registry.js';

/** What a {@link TextsVersion} watches of its host: the language and the host's string overrides. */
export interface TextsSource {
  readonly language: string;
  readonly strings: unknown;
}

/**
 * A token that is replaced whenever the texts of the host may read differently: another language,
 * other string overrides (`strings`), or strings registered for the page. Parts of a template
 * that are only drawn again when their data or this token change ({@link memo}) stay correct.
 */
export class TextsVersion implements ReactiveController {
  readonly #host: ReactiveControllerHost & TextsSource;
  #language: string | undefined;
  #strings: unknown;
  #stop: (() => void) | undefined;
  /** Replaced (never mutated) when the texts change. */
  token: object = {};

  constructor(host: ReactiveControllerHost & TextsSource) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = onStringsRegistered(() => (this.token = {}));
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  hostUpdate(): void {
    const { language, strings } = this.#host;
    if (language === this.#language && strings === this.#strings) return;
    this.#language = language;
    this.#strings = strings;
    this.token = {};
  }
}

/**
 * Draw `render()` again only when one of `deps` changed since the last render at this place
 * (compared with `===`, Lit's `guard`). With 200 imported files a team result has hundreds of
 * cards, questions and files: drawing every one again for each change (a slice of new cards, the
 * import status) kept the page from painting for well over 100 ms. `deps` must name everything
 * the part shows, including a {@link TextsVersion} token.
 */
export function memo(deps: readonly unknown[], render: () => unknown): DirectiveResult {
  return guard([...deps], render);
}
