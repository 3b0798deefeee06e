// A module of its own: frozen data (the questions a page shows first, the catalogue) needs this,
// not the record of checked models in ./trusted.ts.

/** Freeze an object graph so a shared model cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
