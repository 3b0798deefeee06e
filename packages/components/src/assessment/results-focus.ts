import type { SessionStore } from '../session/store.js';

/** An element of the page that works with a session store (the `store` of every `actie-*` element). */
type WithStore = HTMLElement & { readonly store?: SessionStore; readonly updateComplete?: Promise<unknown> };

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Focus an element and scroll it to the top of the view (below a sticky header the page declares with scroll-padding). */
export function focusAndShow(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}

/**
 * The heading of the results of the same session: the first element with `part="heading"` in an
 * `<actie-results>` that works with `store`, once it shows (the results show their full content
 * only after "finish", so this waits a few frames for them to render). Looked for in the
 * enclosing `<actie-session>`, else in the document (or shadow root) the form is in.
 */
export async function resultsHeading(from: HTMLElement, store: SessionStore): Promise<HTMLElement | undefined> {
  const scope: ParentNode = from.closest('actie-session') ?? (from.getRootNode() as ParentNode);
  const results = [...scope.querySelectorAll<WithStore>('actie-results')].filter((el) => el.store === store);
  if (!results.length) return undefined;
  for (let frame = 0; frame < 30; frame++) {
    for (const el of results) {
      await el.updateComplete;
      const heading = el.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]');
      if (heading && heading.getClientRects().length > 0) return heading;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return undefined;
}
