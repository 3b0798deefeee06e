import type { TeamResult, ValidationError } from '@actie/rules';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToBrowser } from './team-options.js';

/** Files larger than this are not read (a session file is a few kilobytes). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Why a file could not even be handed on. */
export type FileProblem = 'unreadable' | 'too-large';

/** A file read as text, or why it could not be. */
export interface ReadFile {
  readonly name: string;
  readonly text: string | undefined;
  readonly problem?: FileProblem;
}

/** How many files {@link readFiles} starts reading at once, before it lets the browser paint. */
export const READ_SLICE = 20;

/**
 * Read files as text in the browser (never sent anywhere); too large or unreadable ones say why.
 * Reads {@link READ_SLICE} files at a time and yields to the browser after each slice (starting
 * 200 reads in one go kept the page from painting for about 75 ms); `slice` hears each slice as
 * it is read, with how many of the files are read so far.
 */
export async function readFiles(
  files: readonly File[],
  slice?: (read: readonly ReadFile[], done: number, total: number) => void,
): Promise<ReadFile[]> {
  const all: ReadFile[] = [];
  for (let start = 0; start < files.length; start += READ_SLICE) {
    if (start > 0) await yieldToBrowser();
    const read = await Promise.all(files.slice(start, start + READ_SLICE).map(readFile));
    all.push(...read);
    slice?.(read, all.length, files.length);
  }
  return all;
}

async function readFile(file: File): Promise<ReadFile> {
  if (file.size > MAX_FILE_BYTES) return { name: file.name, text: undefined, problem: 'too-large' };
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    return { name: file.name, text: undefined, problem: 'unreadable' };
  }
}

/**
 * Files chosen with the file input or dropped on a drop zone: whether files are dragged over the
 * zone (for its style), the names chosen last (for the status beside the button), and the files
 * themselves handed to `received`.
 */
export class FileDrop implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #received: (files: File[]) => void;
  /** True while files are dragged over the drop zone. */
  dragging = false;
  /** Names of the files chosen or dropped last. */
  chosen: string[] = [];

  constructor(host: ReactiveControllerHost, received: (files: File[]) => void) {
    this.#host = host;
    this.#received = received;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the listeners are in the host's template.
  }

  /** Forget the names chosen last. */
  clear(): void {
    this.chosen = [];
    this.#host.requestUpdate();
  }

  readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.#setDragging(true);
  };

  readonly onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && zone.contains(event.relatedTarget)) return;
    this.#setDragging(false);
  };

  readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.#setDragging(false);
    this.#take([...(event.dataTransfer?.files ?? [])]);
  };

  readonly onInputChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = input.files ? [...input.files] : [];
    input.value = ''; // so choosing the same file again adds it again
    this.#take(files);
  };

  #take(files: File[]): void {
    this.chosen = files.map((f) => f.name);
    this.#host.requestUpdate();
    this.#received(files);
  }

  #setDragging(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }
}

/** Put the element's own reasons on files it could not read (they reached `aggregate` without data). */
export function withFileProblems(result: TeamResult, files: readonly Pick<ReadFile, 'name' | 'problem'>[]): TeamResult {
  const problems = new Map(files.filter((f) => f.problem).map((f) => [f.name, f.problem]));
  if (!problems.size) return result;
  return {
    ...result,
    rejected: result.rejected.map((r) => {
      const problem = problems.get(r.source);
      if (!problem) return r;
      const error: ValidationError =
        problem === 'too-large'
          ? {
              path: '',
              code: 'too-large',
              message: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and was not read.`,
            }
          : { path: '', code: 'required', message: 'The file could not be read.' };
      return { source: r.source, errors: [error] };
    }),
  };
}
