/**
 * Strings registered through `actie.js`: a queue on the page (`globalThis`). The registry applies
 * what is queued when it loads and then puts itself in the queue's place, so a later call is
 * applied at once (actie.js does not import the registry: it is part of the elements' code).
 * @internal
 */
export const PENDING_STRINGS = Symbol.for('actie.pendingStrings');

/** One call: the language and the strings per group. @internal */
export type PendingCall = [lang: string, strings: Readonly<Record<string, Readonly<Record<string, string>>>>];

/**
 * The queued calls (an array until the registry is loaded), or the registry taking calls as they
 * come. @internal
 */
export type PendingStrings = PendingCall[] | { readonly push: (call: PendingCall) => void };
