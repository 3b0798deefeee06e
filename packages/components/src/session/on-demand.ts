import type * as OnDemandCode from './on-demand-code.js';

/**
 * The code a session needs only after the first question is on screen: scoring (the rules engine
 * comes after it, in a chunk of its own), opening saved and imported session files (with the
 * migration of older versions). A page fetches it with `import()` the first time it is needed,
 * so the first question does not wait for it. (The code that checks a model from the page is
 * fetched on its own, by ./model-source.ts: see ./check-model.ts.)
 */
export type OnDemand = typeof OnDemandCode;

let loading: Promise<OnDemand> | undefined;

/** The on-demand code, loaded once (a failed load is tried again on the next call). */
export function onDemand(): Promise<OnDemand> {
  loading ??= import('./on-demand-code.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Why the on-demand code could not be loaded, for the error summary (English). */
export function onDemandFailure(error: unknown, what: string): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `The code to ${what} could not be loaded (${reason}). Reload the page to try again; nothing was changed.`;
}
