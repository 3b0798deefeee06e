/**
 * UI strings: every element keeps its own Dutch and English defaults; a host page can override
 * any of them, per language, with {@link registerStrings} or per element with its `strings`
 * property, and can add other languages the same way.
 */

import { PENDING_STRINGS, type PendingCall, type PendingStrings } from './pending.js';

/** A table of UI strings of one element. Placeholders look like `{count}`. */
export type StringTable = Readonly<Record<string, string>>;

const defaults = new Map<string, Record<string, StringTable>>();
/** Built-in tables not loaded yet: group → language → loader (English is a chunk of its own). */
const unloaded = new Map<string, Map<string, () => Promise<StringTable>>>();
const loading = new Map<string, Promise<void>>(); // `group:lang` → the load under way
const registered = new Map<string, Map<string, StringTable>>();
const listeners = new Set<() => void>();

/** The language the components fall back to. */
export const DEFAULT_LANGUAGE = 'nl';

/**
 * A table whose keys are exactly those of the Dutch table `T`: what a group's English table must
 * be (a key missing or a key more does not compile, at the {@link defineStrings} call).
 * @internal
 */
export type SameKeys<T extends StringTable, E> = E &
  Readonly<Record<keyof T, string>> &
  Readonly<Record<Exclude<keyof E, keyof T>, never>>;

/**
 * Declare a group of UI strings (an element's, or `common`) and return its Dutch table (frozen),
 * whose keys are the group's key type (`keyof typeof planStrings`). Dutch holds every key and is the fallback of each.
 * English is a module of its own, loaded the first time an element speaks English
 * ({@link loadLanguage}): pass the dynamic import itself (`() => import('./x.strings.en.js')`), so a
 * bundler makes it a chunk of its own; the module exports its table as `en`. Its keys are checked
 * against the Dutch ones here, so the English file imports nothing and the two files do not import
 * each other.
 * @internal
 */
export function defineStrings<T extends StringTable, E extends StringTable>(
  group: string,
  english: () => Promise<{ readonly en: SameKeys<T, E> }>,
  nl: T,
): Readonly<T> {
  defaults.set(group, { nl: Object.freeze(nl) });
  unloaded.set(group, new Map([['en', () => english().then((module) => module.en)]]));
  return nl;
}

/**
 * Load the built-in strings of a language that are not loaded yet. Undefined when there is
 * nothing to load (the usual case: Dutch, or English already here), so an element can render at
 * once; else resolves when they are in (an element waits for it before it renders, so the UI never
 * shows a flash of Dutch or of keys). A table that cannot be loaded leaves Dutch in its place.
 * @internal
 */
export function loadLanguage(lang: string): Promise<void> | undefined {
  const code = primaryTag(lang);
  const loads: Promise<void>[] = [];
  for (const [group, byLang] of unloaded) {
    const loader = byLang.get(code);
    if (!loader) continue;
    const key = `${group}:${code}`;
    let load = loading.get(key);
    if (!load) {
      load = loader().then(
        (table) => {
          defaults.set(group, { ...(defaults.get(group) ?? {}), [code]: table });
          byLang.delete(code);
          loading.delete(key);
        },
        (error: unknown) => {
          byLang.delete(code); // Dutch stays in its place; not tried again on every render
          loading.delete(key);
          console.error(`ACTIE: the ${code} strings of "${group}" could not be loaded.`, error);
        },
      );
      loading.set(key, load);
    }
    loads.push(load);
  }
  return loads.length ? Promise.all(loads).then(() => undefined) : undefined;
}

/**
 * Work to finish before elements first speak a language, besides loading its strings: for
 * English, loading the default model's English texts. {@link loadLanguage} waits for it (once),
 * so the first English render has them. A failure is logged; the elements then render without it.
 * @internal
 */
export function beforeLanguage(name: string, lang: string, work: () => Promise<void>): void {
  unloaded.set(`~${name}`, new Map([[primaryTag(lang), () => work().then(() => ({}))]]));
}

/**
 * Override or add UI strings for a language, for every ACTIE element on the page.
 *
 * @param lang - A language code such as `nl`, `en` or `fy`.
 * @param strings - Per element group (`common`, `assessment`, `results`, `plan`, `team`) the
 *   strings to replace. See docs/embedding.md for the keys.
 *
 * @example
 * ```js
 * registerStrings('nl', { assessment: { finish: 'Klaar' } });
 * ```
 */
export function registerStrings(lang: string, strings: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  const code = primaryTag(lang);
  for (const [group, table] of Object.entries(strings)) {
    let byLang = registered.get(group);
    if (!byLang) registered.set(group, (byLang = new Map<string, StringTable>()));
    byLang.set(code, { ...(byLang.get(code) ?? {}), ...table });
  }
  for (const listener of listeners) listener();
}

/**
 * Apply the strings registered through `actie.js` (queued there, see ./pending.ts) in the order
 * they were registered, and take the queue's place so that each later call applies at once. Runs
 * when this module loads, so they are in place before any element renders. A second copy of this
 * module (a second bundle on the page) leaves the queue to the first, whose elements are the ones
 * on the page. @internal
 */
export function applyPendingStrings(): void {
  const page = globalThis as typeof globalThis & { [PENDING_STRINGS]?: PendingStrings };
  const pending = page[PENDING_STRINGS] ?? [];
  if (!(pending instanceof Array)) return;
  page[PENDING_STRINGS] = { push: ([lang, strings]: PendingCall) => registerStrings(lang, strings) };
  for (const [lang, strings] of pending) registerStrings(lang, strings);
}

/** Be told when strings are registered (elements re-render). @internal */
export function onStringsRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The primary language subtag in lower case: `nl-NL` → `nl`. */
export function primaryTag(lang: string): string {
  return (lang.split('-')[0] ?? '').toLowerCase();
}

/** Whether the components have strings for a language (built in or registered). */
export function hasLanguage(lang: string): boolean {
  const code = primaryTag(lang);
  if (code === 'nl' || code === 'en') return true;
  for (const byLang of registered.values()) if (byLang.has(code)) return true;
  return false;
}

/**
 * Look up one string: the element's own overrides (`strings`), then for the element's group and
 * then for `common`: the registered strings for the language, the built-in ones for the language,
 * the Dutch default. A key shared by every element lives in `common`; a host that overrides it in
 * an element's group (`results: { addToPlan: … }`) still changes it for that element.
 * @internal
 */
export function lookup(group: string, key: string, lang: string, local?: Readonly<Record<string, string>>): string {
  if (local && has(local, key)) return local[key] ?? '';
  const code = primaryTag(lang);
  for (const g of group === 'common' ? ['common'] : [group, 'common']) {
    const reg = registered.get(g)?.get(code);
    if (reg && has(reg, key)) return reg[key] ?? '';
    const tables = defaults.get(g);
    for (const table of [tables?.[code], tables?.[DEFAULT_LANGUAGE]]) if (table && has(table, key)) return table[key] ?? '';
  }
  return key;
}

function has(table: Readonly<Record<string, string>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** The keys of a string table whose plural forms (`<key>One`, `<key>Other`) are both there: `<key>`. */
export type PluralKey<K extends string> = {
  [P in K]: P extends `${infer B}One` ? (`${B}Other` extends K ? B : never) : never;
}[K];

applyPendingStrings();
