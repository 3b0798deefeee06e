/**
 * Strings registered through `actie.js` before the registry was loaded: a queue on the page
 * (`globalThis`), applied in order by the registry when it loads and after each later call.
 * @internal
 */
export const PENDING_STRINGS = Symbol.for('actie.pendingStrings');

/** The queued calls: language and strings per group. @internal */
export type PendingStrings = [lang: string, strings: Readonly<Record<string, Readonly<Record<string, string>>>>][];
