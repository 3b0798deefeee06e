import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** How urgently a message is read out: `polite` waits for a pause, `assertive` interrupts. */
export type Politeness = 'polite' | 'assertive';

/**
 * A visually hidden live region that screen readers read out: steps reached, answers cleared,
 * points put on the plan, files downloaded. The element renders it once with {@link render} and
 * says things with {@link announce}. The region is emptied first and filled after the next render,
 * so the same message twice is read out twice.
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #polite = '';
  #assertive = '';
  /** The assertive region is rendered from its first use on (a region must exist before it speaks). */
  #assertiveUsed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the region is part of the host's template.
  }

  /** Say `text` in the live region. */
  announce(text: string, politeness: Politeness = 'polite'): void {
    if (politeness === 'assertive') this.#assertiveUsed = true;
    this.#set(politeness, '');
    void this.#host.updateComplete.then(() => this.#set(politeness, text));
  }

  /**
   * The live region(s): `part` names the polite one (`live`, or `announcer` in the assessment);
   * the assertive one, once used, has the part `<part>-assertive`.
   */
  render(part: string, options: { atomic?: boolean } = {}): TemplateResult {
    return html`<div
        part=${part}
        class="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic=${options.atomic ? 'true' : nothing}
      >
        ${this.#polite}
      </div>
      ${
        this.#assertiveUsed
          ? html`<div part=${`${part}-assertive`} class="visually-hidden" role="alert" aria-live="assertive">
              ${this.#assertive}
            </div>`
          : nothing
      }`;
  }

  #set(politeness: Politeness, text: string): void {
    if (politeness === 'polite') this.#polite = text;
    else this.#assertive = text;
    this.#host.requestUpdate();
  }
}
