/**
 * The script-tag entry, `dist/actie.js`: `<script type="module" src="…/actie.js">` is the whole
 * embedding. This file is small on purpose. It holds no element code: it looks for `actie-*` tags
 * in the page and imports the code of each element it finds (ES module chunks in `chunks/` next
 * to this file; the bundler resolves them from `import.meta.url`, so any folder or CDN path works).
 * A page with only `<actie-assessment>` never downloads the team overview or the action plan.
 *
 * How an element is found: the tags in the document when this module runs, and every element
 * added later to the document (a `MutationObserver` on the whole document, including elements put
 * in with `innerHTML` or by a framework). Elements inside another element's shadow root are not
 * seen by the observer: there, call {@link load} or import the element's npm entry.
 *
 * @packageDocumentation
 */
import type { PendingStrings } from './shared/i18n/pending.js';

/** The queue of ./shared/i18n/pending.ts (not imported: this file imports no code at all). */
const PENDING_STRINGS = Symbol.for('actie.pendingStrings');

/**
 * Override or add UI strings for a language, for every ACTIE element on the page (see
 * docs/embedding.md, section 8). The strings are kept until the elements' code is there and are
 * in place before an element first renders; on a page whose elements are loaded already they
 * apply right after this call (the elements render again).
 *
 * @param lang - A language code such as `nl`, `en` or `fy`.
 * @param strings - Per element group (`common`, `assessment`, `results`, `plan`, `team`) the
 *   strings to replace.
 */
export function registerStrings(lang: string, strings: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  // A queue on the page instead of an import of the strings registry: the registry is part of the
  // elements' code (no chunk of its own to fetch before the first question). It applies the queue
  // when it loads, then takes the queue's place, so a later call applies at once.
  const page = globalThis as typeof globalThis & { [PENDING_STRINGS]?: PendingStrings };
  (page[PENDING_STRINGS] ??= []).push([lang, strings]);
}

/** What each element's code is: one dynamic import per tag (the bundler makes each a chunk). */
const PARTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'actie-session': () => import('./session.js'),
  'actie-assessment': () => import('./assessment.js'),
  'actie-results': () => import('./results.js'),
  'actie-action-plan': () => import('./action-plan.js'),
  'actie-team-overview': () => import('./team-overview.js'),
};

/**
 * Per tag, the chunk files its code needs (relative to this file), written in by the build
 * (rollup.config.js, `chunkList`); the text stays as it is when this module runs from its
 * source, as in the tests. With it, {@link load} asks for all of an element's chunks at once
 * instead of finding them one import after the other.
 */
const CHUNKS: string = '__ACTIE_CHUNKS__';
const chunkList = ((): Readonly<Record<string, readonly string[]>> => {
  if (!CHUNKS.startsWith('{')) return {};
  try {
    return JSON.parse(CHUNKS) as Record<string, readonly string[]>;
  } catch {
    return {};
  }
})();

/** Start fetching every chunk of a tag's code (each is fetched once; errors show up in the real import). */
function fetchChunks(tag: string): void {
  for (const file of chunkList[tag] ?? []) {
    import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => undefined);
  }
}

/** The ACTIE tag names this file can load. */
export const TAGS: readonly string[] = Object.keys(PARTS);

const started = new Map<string, Promise<void>>();

/**
 * A second copy of this file on the page (a CMS with two plug-ins, another version at another
 * path) leaves the work to the first: one loader per page, so each tag is loaded once.
 */
const FIRST = Symbol.for('actie.loader');
interface LoaderMark {
  readonly url: string;
  readonly load: (tag: string) => Promise<void>;
}
const page = globalThis as typeof globalThis & { [FIRST]?: LoaderMark };
const first = page[FIRST];

/**
 * Load (once) the code of one ACTIE element and resolve when it is defined. For tags that are
 * not in the document itself, such as inside a shadow root; tags in the document load by
 * themselves.
 *
 * @param tag - An ACTIE tag name, e.g. `actie-results`.
 */
export function load(tag: string): Promise<void> {
  if (first) return first.load(tag);
  const name = tag.toLowerCase();
  const part = PARTS[name];
  if (!part) return Promise.reject(new Error(`ACTIE has no element <${name}>; known: ${TAGS.join(', ')}.`));
  let loading = started.get(name);
  if (!loading) {
    fetchChunks(name);
    loading = part().then(
      () => undefined,
      (error: unknown) => {
        started.delete(name); // a later attempt (a new element, a call to load) tries again
        console.error(`ACTIE: the code of <${name}> could not be loaded.`, error);
        throw error;
      },
    );
    started.set(name, loading);
  }
  return loading.then(() => customElements.whenDefined(name)).then(() => undefined);
}

/** Load every ACTIE element in or under `root` that is not defined yet. */
function loadIn(root: ParentNode): void {
  for (const tag of TAGS) {
    if (started.has(tag) || customElements.get(tag)) continue;
    const el = root instanceof Element && root.localName === tag ? root : root.querySelector(tag);
    if (el) load(tag).catch(() => undefined); // reported in load()
  }
}

/** Whether every tag has been asked for (then nothing is left to watch). */
function allStarted(): boolean {
  return TAGS.every((tag) => started.has(tag) || customElements.get(tag));
}

function watch(): void {
  loadIn(document);
  if (allStarted()) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadIn(node);
    }
    if (allStarted()) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

if (first) {
  console.warn(
    `ACTIE is already defined on this page by ${first.url}; this copy (${import.meta.url}) keeps the first one and loads nothing itself.`,
  );
} else if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  page[FIRST] = { url: import.meta.url, load };
  watch();
}
