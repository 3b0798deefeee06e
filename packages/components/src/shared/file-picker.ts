import { html, type TemplateResult } from 'lit';
import { icon } from './result-icons.js';

/** What {@link fileChooser} shows and does. */
export interface FileChooserOptions {
  /** Id of the element's native `<input type="file" hidden>`, which the button opens. */
  readonly inputId: string;
  /** The button text (the action, in the page's language). */
  readonly label: string;
  /** Id of a hint that describes the button. */
  readonly hintId: string;
  /** The status text: no file chosen yet, or which files were chosen (in the page's language). */
  readonly status: string;
}

/**
 * File choosing with our own button and status text in the page's language, instead of the
 * browser's own "Choose Files / No file chosen". The element keeps its native file input in the
 * template, `hidden`; this button opens its picker, and the status says which files were chosen.
 */
export function fileChooser(o: FileChooserOptions): TemplateResult {
  const statusId = `${o.inputId}-status`;
  return html`<span class="file-picker">
    <button
      part="button choose-button"
      class="button"
      type="button"
      aria-describedby=${`${o.hintId} ${statusId}`}
      @click=${(event: Event) => {
        const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
        root.querySelector<HTMLInputElement>(`#${CSS.escape(o.inputId)}`)?.click();
      }}
    >
      ${icon('upload')} ${o.label}
    </button>
    <span part="chosen-files" class="file-status" id=${statusId}>${o.status}</span>
  </span>`;
}
