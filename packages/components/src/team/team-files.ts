import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadFile } from './file-drop.js';
import type { ImportedFile } from './import-section.js';
import { uniqueName } from './team-options.js';

/** How a {@link TeamFiles} names files: one without a name, and a second file with a name already taken. */
export interface FileNaming {
  readonly unnamed: (n: number) => string;
  readonly numbered: (base: string, n: number) => string;
}

/**
 * The answer files imported into a team overview: each under a unique name (a second
 * `antwoorden.json` becomes `antwoorden.json (2)`), in the order they came, and whether reads are
 * still under way. The files live here only: never in the session store or in Web Storage.
 */
export class TeamFiles implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #naming: FileNaming;
  #files: readonly ImportedFile[] = [];
  #reads = 0;
  #nextKey = 0;
  /** The text of the visible, polite import status. */
  #status = '';
  /** How far reading many files is (shown, not announced); undefined when not reading many. */
  #progress: { readonly read: number; readonly total: number } | undefined;

  constructor(host: ReactiveControllerHost, naming: FileNaming) {
    this.#host = host;
    this.#naming = naming;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: the files stay while the element is moved in the page.
  }

  get files(): readonly ImportedFile[] {
    return this.#files;
  }

  /** True while files are being read and combined. */
  get reading(): boolean {
    return this.#reads > 0;
  }

  get status(): string {
    return this.#status;
  }

  set status(text: string) {
    this.#status = text;
    this.#host.requestUpdate();
  }

  get progress(): { readonly read: number; readonly total: number } | undefined {
    return this.#progress;
  }

  set progress(value: { readonly read: number; readonly total: number } | undefined) {
    this.#progress = value;
    this.#host.requestUpdate();
  }

  /** Count a read (or a combining) as under way while `work` runs. */
  async busy<T>(work: () => Promise<T>): Promise<T> {
    this.#reads++;
    this.#host.requestUpdate();
    try {
      return await work();
    } finally {
      this.#reads--;
      this.#host.requestUpdate();
    }
  }

  /** Add read files at the end, each under a unique name; returns them as added. */
  add(entries: readonly ReadFile[]): readonly ImportedFile[] {
    const taken = new Set(this.#files.map((f) => f.name));
    const added = entries.map((entry): ImportedFile => {
      const key = ++this.#nextKey;
      const name = uniqueName(entry.name || this.#naming.unnamed(key), taken, this.#naming.numbered);
      taken.add(name);
      return { ...entry, key, name };
    });
    this.#set([...this.#files, ...added]);
    return added;
  }

  /** Remove the file at `index`. */
  removeAt(index: number): void {
    this.#set(this.#files.filter((_, i) => i !== index));
  }

  /** Forget every file and the import status. */
  clear(): void {
    this.#status = '';
    this.#progress = undefined;
    this.#set([]);
  }

  #set(files: readonly ImportedFile[]): void {
    this.#files = files;
    this.#host.requestUpdate();
  }
}
