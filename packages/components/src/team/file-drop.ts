import type { TeamResult, ValidationError } from '@actie/rules';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** Read files as text in the browser (never sent anywhere); too large or unreadable ones say why. */
export function readFiles(files: readonly File[]): Promise<ReadFile[]> {
  return Promise.all(
    files.map(async (file): Promise<ReadFile> => {
      if (file.size > MAX_FILE_BYTES) return { name: file.name, text: undefined, problem: 'too-large' };
      try {
        return { name: file.name, text: await file.text() };
      } catch {
        return { name: file.name, text: undefined, problem: 'unreadable' };
      }
    }),
  );
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
