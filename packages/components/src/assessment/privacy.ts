import { html, type TemplateResult } from 'lit';
import type { SessionStore } from '../session/store.js';
import { icon } from '../shared/icons.js';
import type { AssessmentContext } from './context.js';
import { button } from './step-page.js';

/** Where the answers are kept, and "delete my answers" with an inline confirmation. */
export function privacy(c: AssessmentContext, store: SessionStore): TemplateResult {
  const mode = store.storageMode;
  const text = c.t(mode === 'local' ? 'storageLocal' : mode === 'session' ? 'storageSession' : 'storageNone');
  return html`<section part="privacy" class="privacy" aria-labelledby="privacy-heading">
    <h2 id="privacy-heading" class="privacy__heading">${c.t('privacyTitle')}</h2>
    <p>${text}</p>
    ${
      c.confirmingDelete
        ? html`<div
            part="delete-confirm"
            class="notice notice--error delete-confirm"
            role="group"
            aria-labelledby="delete-question"
            @keydown=${(event: KeyboardEvent) => c.onConfirmKeydown(event)}
          >
            <p id="delete-question">${c.t('deleteQuestion')}</p>
            <div class="delete-confirm__actions">
              ${button({
                part: 'delete-confirm-button',
                className: 'button button--primary',
                id: 'delete-confirm',
                label: c.t('deleteConfirm'),
                click: () => void c.confirmDelete(),
              })}
              ${button({ part: 'delete-cancel-button', className: 'button', id: 'delete-cancel', label: c.t('deleteCancel'), click: () => void c.cancelDelete() })}
            </div>
          </div>`
        : html`<button part="delete-button" class="button" type="button" id="delete-button" @click=${() => void c.askDelete()}>
            ${icon('remove')} ${c.t('deleteButton')}
          </button>`
    }
  </section>`;
}
