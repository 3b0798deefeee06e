import { pointer, type ErrorCode, type ValidationError } from '../result.js';
import { LIMITS } from './limits.js';

/** Keys that would change an object's prototype or shadow its constructor when used as ids. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Letters, digits, `-` and `_`, starting with a letter, at most `LIMITS.id` (64) characters. A
 * literal, not built from `LIMITS.id`: bundlers then keep this module on every page that imports
 * `LIMITS` (0.9 kB more before the first question); the tests check that the two agree.
 */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export { LIMITS };

/** A path inside the input, as reference tokens. */
export type Path = readonly (string | number)[];

/** Describe a value's type the way a person would. */
export function describeType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Whether `value` is in `seen` already (listed twice); when it is not, it is noted there. */
export function repeated(seen: Set<string>, value: string | undefined): value is string {
  if (value === undefined) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return false;
}

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property read that never reaches the prototype chain. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** What {@link Checker.items} reads: a list of objects, named in its messages. */
export interface ItemsSpec {
  /** The list, e.g. "The list of roles". */
  readonly list: string;
  /** One item, e.g. "A role". */
  readonly item: string;
  /** The fields an item may have. */
  readonly keys: readonly string[];
  /** At least this many items (default 0). */
  readonly min?: number;
  /** At most this many items (default `LIMITS.list`). */
  readonly max?: number;
  /** An item counts only when nothing inside it was reported, also what its check lets pass. */
  readonly whole?: boolean;
  /** The items' ids must differ; the name of an item in that message, e.g. "Role". */
  readonly unique?: string;
}

/** Checks one item of a list, an object, at `path` (its `index` in the list); undefined when it is wrong. */
export type ItemCheck<T> = (item: Record<string, unknown>, path: Path, index: number) => T | undefined;

/** Collects errors with JSON Pointer paths while a value is checked. */
export class Checker {
  readonly errors: ValidationError[] = [];
  /** JSON Pointers of empty list slots already reported: nothing at or below them is reported again. */
  readonly #holes: string[] = [];

  /** Record one problem. */
  add(path: Path, code: ErrorCode, message: string): void {
    // A thousand errors say enough; more only slows the reader and the program down.
    if (this.errors.length >= 1000) return;
    const at = pointer(...path);
    if (this.#holes.length && this.#holes.some((hole) => at === hole || at.startsWith(hole + '/'))) return;
    this.errors.push({ path: at, code, message });
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Require an object; report and return undefined otherwise. */
  record(value: unknown, path: Path, what: string): Record<string, unknown> | undefined {
    if (isRecord(value)) return value;
    if (value === undefined) this.add(path, 'required', `${what} is missing.`);
    else this.add(path, 'type', `${what} must be an object, but it is ${describeType(value)}.`);
    return undefined;
  }

  /** Report keys of `record` that are not in `allowed` (typos are the usual cause). */
  knownKeys(record: Record<string, unknown>, allowed: readonly string[], path: Path, what: string): void {
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) {
        this.add(
          [...path, key],
          'unknown-key',
          `${what} has an unknown field "${truncate(key)}". Allowed fields: ${allowed.join(', ')}.`,
        );
      }
    }
  }

  /** Require a list with at most `max` items (and at least `min`). */
  list(value: unknown, path: Path, what: string, min = 0, max: number = LIMITS.list): readonly unknown[] | undefined {
    if (!Array.isArray(value)) {
      if (value === undefined) this.add(path, 'required', `${what} is missing.`);
      else this.add(path, 'type', `${what} must be a list, but it is ${describeType(value)}.`);
      return undefined;
    }
    if (value.length > max) {
      this.add(path, 'too-large', `${what} has ${value.length} items; at most ${max} are allowed.`);
      return undefined;
    }
    if (value.length < min) {
      this.add(path, 'invalid-value', `${what} needs at least ${min} item${min === 1 ? '' : 's'}, but has ${value.length}.`);
    }
    return this.dense(value, path, what);
  }

  /**
   * A copy of a list without empty slots: each empty slot (`[a, , b]`, or a length set beyond
   * the items; JSON cannot hold one, programs can) is reported at its index and becomes
   * `undefined` in the copy, so the item checks that follow see it but do not report it again.
   * Call only on lists whose length is already bounded.
   */
  dense(value: readonly unknown[], path: Path, what: string): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (i in value) {
        out.push(value[i]);
        continue;
      }
      this.add([...path, i], 'required', `This item of ${lowerFirst(what)} is an empty slot; remove it or fill it in.`);
      this.#holes.push(pointer(...path, i));
      out.push(undefined);
    }
    return out;
  }

  /**
   * Require a list of objects and check each item with `check`: the list as {@link list} does, each
   * item as an object with only the fields `spec.keys`. An item is left out (`undefined`) when it is
   * not an object or `check` returns `undefined`, and, with `spec.whole`, when any problem was
   * reported while it was checked (an unknown field too). With `spec.unique`, an id used twice is
   * reported. Returns every item when all passed, else `undefined`.
   */
  items<T extends { readonly id: string }>(
    value: unknown,
    path: Path,
    spec: ItemsSpec & { readonly unique: string },
    check: ItemCheck<T>,
  ): T[] | undefined;
  items<T>(value: unknown, path: Path, spec: ItemsSpec & { readonly unique?: undefined }, check: ItemCheck<T>): T[] | undefined;
  items<T>(value: unknown, path: Path, spec: ItemsSpec, check: ItemCheck<T>): T[] | undefined {
    const list = this.list(value, path, spec.list, spec.min, spec.max);
    if (!list) return undefined;
    const out = list.map((item, i): T | undefined => {
      const at = [...path, i];
      const record = this.record(item, at, spec.item);
      if (!record) return undefined;
      const before = this.errors.length;
      this.knownKeys(record, spec.keys, at, spec.item);
      const checked = check(record, at, i);
      return spec.whole && this.errors.length !== before ? undefined : checked;
    });
    if (spec.unique !== undefined) this.#uniqueIds(out as readonly ({ readonly id: string } | undefined)[], path, spec.unique);
    return out.every((x) => x !== undefined) ? out : undefined;
  }

  /** Report every item whose id an earlier item has (`what`: "Role" for "Role id "x" is used twice"). */
  #uniqueIds(items: readonly ({ readonly id: string } | undefined)[], path: Path, what: string): void {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (!item) return;
      const previous = seen.get(item.id);
      if (previous !== undefined) {
        this.add(
          [...path, i, 'id'],
          'duplicate-id',
          `${what} id "${item.id}" is used twice (also at ${path.join('/')}/${previous}).`,
        );
      } else seen.set(item.id, i);
    });
  }

  /** Require an id that `known` has (`what`: "a question of this model"); an `unknown-reference` otherwise. */
  reference(value: unknown, known: ReadonlySet<string>, path: Path, what: string): string | undefined {
    if (typeof value === 'string' && known.has(value)) return value;
    this.add(path, 'unknown-reference', `${typeof value === 'string' ? `"${value}"` : 'This'} is not ${what}.`);
    return undefined;
  }

  /** Require non-empty text of at most `max` characters. */
  text(value: unknown, path: Path, what: string, max: number = LIMITS.text): string | undefined {
    if (typeof value !== 'string') {
      if (value === undefined) this.add(path, 'required', `${what} is missing.`);
      else this.add(path, 'type', `${what} must be text, but it is ${describeType(value)}.`);
      return undefined;
    }
    if (value.trim() === '') {
      this.add(path, 'invalid-value', `${what} is empty.`);
      return undefined;
    }
    if (value.length > max) {
      this.add(path, 'too-large', `${what} is ${value.length} characters long; at most ${max} are allowed.`);
      return undefined;
    }
    return value;
  }

  /** Require an id: letters, digits, `-`, `_`; not a reserved word. */
  id(value: unknown, path: Path, what: string): string | undefined {
    const text = this.text(value, path, what, 64);
    if (text === undefined) return undefined;
    if (RESERVED_KEYS.has(text)) {
      this.add(path, 'reserved-key', `${what} "${text}" is a reserved word; choose another id.`);
      return undefined;
    }
    if (!ID_PATTERN.test(text)) {
      this.add(
        path,
        'invalid-value',
        `${what} "${truncate(text)}" is not a valid id: use letters, digits, "-" and "_", starting with a letter.`,
      );
      return undefined;
    }
    return text;
  }

  /** Require one of the listed strings. */
  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: Path, what: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    if (value === undefined) this.add(path, 'required', `${what} is missing. Use one of: ${allowed.join(', ')}.`);
    else this.add(path, 'invalid-value', `${what} is ${quote(value)}, which is not allowed. Use one of: ${allowed.join(', ')}.`);
    return undefined;
  }
}

/** Text with its first letter in lower case ("The list" → "the list"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Shorten long user text inside a message. */
export function truncate(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Quote a value for a message. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `"${truncate(value)}"`;
  return describeType(value);
}
