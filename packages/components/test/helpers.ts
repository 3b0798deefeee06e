import { aTimeout, nextFrame } from '@open-wc/testing';
import type { SessionStore } from '../src/session/store.js';

/** Wait until the store has scored the latest change and elements have re-rendered. */
export async function settle(store: SessionStore | undefined): Promise<void> {
  await store?.settled();
  await nextFrame();
  await aTimeout(0);
}

/** A unique session id per test, so tests never share saved state. */
export function uniqueSessionId(name: string): string {
  return `test-${name}-${Math.random().toString(36).slice(2)}`;
}

/** Find an element inside nested shadow roots by a chain of selectors. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T {
  let current: Element | ShadowRoot = root;
  for (const [i, selector] of selectors.entries()) {
    const scope: ParentNode = current instanceof Element && current.shadowRoot ? current.shadowRoot : current;
    const found = scope.querySelector(selector);
    if (!found) throw new Error(`Not found: ${selectors.slice(0, i + 1).join(' → ')}`);
    current = found;
  }
  return current as T;
}

/** The browser engine the tests run in (the launchers: Chromium, Firefox, WebKit). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Whether `emulateMedia` (print media, reduced motion) works: it needs Chromium's DevTools
 * protocol. puppeteer's Firefox (WebDriver BiDi) and WebDriver for WebKit have no media emulation.
 */
export const canEmulateMedia = engine === 'chromium';
