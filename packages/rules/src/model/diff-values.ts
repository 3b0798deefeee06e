// Comparing model values generically, without knowing their fields: for diffModels (diff.ts),
// which imports from here (never the other way round).
import { pointer } from '../result.js';

/** One field of an item (a question, condition, intake question or option) that differs. */
export interface ChangedField {
  /** The field's name, e.g. `text`, `favourable`, `when`. */
  readonly field: string;
  /** Its value in the older model; absent when the older model does not have the field. */
  readonly before?: unknown;
  /** Its value in the newer model; absent when the newer model does not have the field. */
  readonly after?: unknown;
}

/** A value somewhere else in the model that differs. */
export interface ChangedValue {
  /**
   * Where it is: a JSON Pointer into the newer model, or into the older model for something it no
   * longer has (e.g. `/title/en`, `/areas/2/summary/nl`, `/roles/0/description/en`).
   */
  readonly path: string;
  /** The value in the older model; absent when it was added. */
  readonly before?: unknown;
  /** The value in the newer model; absent when it was removed. */
  readonly after?: unknown;
}

type Fields = Readonly<Record<string, unknown>>;

/** The fields of two items that differ, except those in `skip`. */
export function changedFields(before: object, after: object, skip: readonly string[]): ChangedField[] {
  const a = before as Fields;
  const b = after as Fields;
  const out: ChangedField[] = [];
  for (const field of unionKeys(a, b)) {
    if (skip.includes(field) || same(a[field], b[field])) continue;
    out.push({
      field,
      ...(has(a, field) ? { before: a[field] } : {}),
      ...(has(b, field) ? { after: b[field] } : {}),
    });
  }
  return out;
}

/**
 * Every value that differs between `before` and `after` below `path`, as small as it makes sense:
 * objects that have a key in common are compared key by key, so a changed text is reported at its
 * language (`/title/en`); lists item by item when their items have an `id` (or a `value`) to match
 * them by, or when they are as long as before. Anything else that differs (a rule that changed
 * shape, such as `all` that became `any`, or a list that grew) is reported whole.
 */
export function diffValue(before: unknown, after: unknown, path: readonly (string | number)[], out: ChangedValue[]): void {
  if (same(before, after)) return;
  if (isRecord(before) && isRecord(after) && sharesKey(before, after)) {
    for (const key of unionKeys(before, after)) {
      const [a, b] = [before[key], after[key]];
      if (a === undefined) out.push({ path: pointer(...path, key), after: b });
      else if (b === undefined) out.push({ path: pointer(...path, key), before: a });
      else diffValue(a, b, [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = matchKey(before);
    if (key !== undefined && matchKey(after) === key) {
      const old = byKey(before as object[], key);
      const now = byKey(after as object[], key);
      const oldIndex = new Map([...old.keys()].map((id, i) => [id, i]));
      [...now].forEach(([id, item], i) => {
        const was = old.get(id);
        if (was === undefined) out.push({ path: pointer(...path, i), after: item });
        else diffValue(was, item, [...path, i], out);
      });
      for (const [id, item] of old) if (!now.has(id)) out.push({ path: pointer(...path, oldIndex.get(id) ?? 0), before: item });
      return;
    }
    if (before.length === after.length) {
      before.forEach((item: unknown, i) => {
        diffValue(item, after[i], [...path, i], out);
      });
      return;
    }
  }
  out.push({ path: pointer(...path), before, after });
}

/** Whether two objects have a key in common: the same kind of thing, changed, rather than one thing replaced by another. */
function sharesKey(a: Fields, b: Fields): boolean {
  return Object.keys(a).some((k) => has(a, k) && has(b, k));
}

/** `id` or `value` when every item of the list is an object with a distinct text under that key. */
function matchKey(list: readonly unknown[]): string | undefined {
  return ['id', 'value'].find((key) => {
    const ids = list.map((item) => (isRecord(item) ? item[key] : undefined));
    return ids.length > 0 && ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length;
  });
}

export function byKey(list: readonly object[], key: string): Map<string, object> {
  const out = new Map<string, object>();
  for (const item of list) {
    const id = (item as Fields)[key];
    if (typeof id === 'string' && !out.has(id)) out.set(id, item);
  }
  return out;
}

/** The keys of `after` with a value, then those only `before` has. */
function unionKeys(before: Fields, after: Fields): string[] {
  const keys = new Set(Object.keys(after).filter((k) => after[k] !== undefined));
  for (const k of Object.keys(before)) if (before[k] !== undefined) keys.add(k);
  return [...keys];
}

function has(record: Fields, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key) && record[key] !== undefined;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether two JSON values are equal: objects key by key in any order (a key with `undefined` counts as absent), lists in order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = unionKeys(a, b);
    return keys.every((k) => has(a, k) && has(b, k) && same(a[k], b[k]));
  }
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}
