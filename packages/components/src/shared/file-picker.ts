import { html, type TemplateResult } from 'lit';
import type { Texts } from './actie-element.js';
import { icon } from './result-icons.js';

/** What {@link fileChooser} shows and does. */
export interface FileChooserOptions {
  /** Id of the native `<input type="file" hidden>`, unique in the shadow root (its hint and status add to it). */
  readonly id: string;
  /** The native input's part (`import-input`, `file-input`). */
  readonly inputPart: string;
  /** Whether several files can be chosen at once. */
  readonly multiple?: boolean;
  /** Above the button: which file to choose, and what happens with it. */
  readonly hint: string;
  /** The button text (the action, in the page's language). */
  readonly label: string;
  /** The names of the files chosen last; none yet: empty. */
  readonly chosen: readonly string[];
  /** The element, for "no file chosen yet" and "chosen: …" in its language. */
  readonly el: Pick<Texts<never>, 'tc'>;
  /** The native input's `change`: files were chosen. */
  readonly change: (event: Event) => void;
}

/**
 * Choosing ACTIE files (JSON) with our own button and status text in the page's language, instead
 * of the browser's own "Choose Files / No file chosen": a hint, the native file input (`hidden`),
 * the button that opens its picker (described by the hint and the status), and the status that
 * says which files were chosen. Parts: `hint`, the input's own part, `button choose-button` and
 * `chosen-files`.
 */
export function fileChooser(o: FileChooserOptions): TemplateResult {
  const hintId = `${o.id}-hint`;
  const statusId = `${o.id}-status`;
  const status = o.chosen.length ? o.el.tc('fileChosen', { names: o.chosen.join(', ') }) : o.el.tc('fileNone');
  return html`<p part="hint" class="hint" id=${hintId}>${o.hint}</p>
    <input
      part=${o.inputPart}
      class="file-input"
      id=${o.id}
      type="file"
      ?multiple=${o.multiple === true}
      accept=".json,application/json"
      hidden
      @change=${o.change}
    />
    <span class="file-picker">
      <button
        part="button choose-button"
        class="button"
        type="button"
        aria-describedby=${`${hintId} ${statusId}`}
        @click=${(event: Event) => {
          const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
          root.querySelector<HTMLInputElement>(`#${CSS.escape(o.id)}`)?.click();
        }}
      >
        ${icon('upload')} ${o.label}
      </button>
      <span part="chosen-files" class="file-status" id=${statusId}>${status}</span>
    </span>`;
}
