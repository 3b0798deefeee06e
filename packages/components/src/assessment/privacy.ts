import { html, nothing, type TemplateResult } from 'lit';
import type { ModelQuestions } from '@actie/rules';
import type { SessionStore } from '../session/store.js';
import { icon } from '../shared/icons.js';
import type { AssessmentContext } from './context.js';
import { heading } from './questions.js';
import type { Step } from './steps.js';

export function reviewStep(c: AssessmentContext, model: ModelQuestions): TemplateResult {
  const answers = c.store?.answers ?? {};
  const open = model.areas.flatMap((area) => area.questions.filter((q) => answers[q.id] === undefined).map((q) => ({ area, q })));
  return html`${heading(c.t('reviewTitle'))}
    <p part="step-summary" class="step-summary">${c.t('reviewIntro')}</p>
    <h3>${c.t('reviewAreasTitle')}</h3>
    <ul part="review-areas" class="review-areas">
      ${model.areas.map((area) => {
        const answered = c.answeredCount(area.questions);
        const total = area.questions.length;
        return html`<li part="review-area" class="review-area">
          <span part="step-letter" class="step-letter" aria-hidden="true">${area.letter}</span>
          <span class="review-area__text">
            <strong>${c.mt(area.title)}</strong>:
            ${c.t('reviewAreaCounts', { answered: c.n(answered), total: c.n(total), open: c.n(total - answered) })}
          </span>
          ${
            answered === total
              ? html`<span part="step-complete" class="step-button__complete"
                  >${icon('good')}<span class="visually-hidden">${c.t('complete')}</span></span
                >`
              : nothing
          }
        </li>`;
      })}
    </ul>
    <h3>${c.t('openTitle')}</h3>
    ${
      open.length
        ? html`<p>${c.t('openIntro')}</p>
            <ul part="open-questions" class="open-questions">
              ${open.map(
                ({ area, q }) =>
                  html`<li>
                    <button
                      part="open-question-button"
                      class="link-button open-question"
                      type="button"
                      @click=${() => void c.goTo(area.id, q.id)}
                    >
                      <span class="question__id">${q.id}</span> ${c.mt(q.text)}
                    </button>
                  </li>`,
              )}
            </ul>`
        : html`<p>${c.t('noOpen')}</p>`
    }
    <div class="finish">
      ${
        open.length
          ? html`<p part="open-warning" class="notice">
              ${open.length === 1 ? c.t('openWarningOne') : c.t('openWarningMany', { open: c.n(open.length) })}
            </p>`
          : nothing
      }
      <button part="finish-button" class="button button--primary" type="button" @click=${() => void c.finish()}>
        ${c.t('finish')}
      </button>
      ${c.finishFailed ? html`<p part="finish-error" class="notice notice--error" role="alert">${c.t('finishFailed')}</p>` : nothing}
    </div>
    ${
      c.finished
        ? html`<section
            part="confirmation"
            class="notice confirmation"
            id="confirmation"
            tabindex="-1"
            aria-labelledby="confirmation-heading"
          >
            <h3 id="confirmation-heading" class="confirmation__heading">${icon('good')} ${c.t('finishedTitle')}</h3>
            <p>${c.t('finishedText')}</p>
          </section>`
        : nothing
    }`;
}

export function stepNavigation(c: AssessmentContext, steps: readonly Step[], index: number): TemplateResult {
  const previous = steps[index - 1];
  const next = steps[index + 1];
  return html`<div part="step-navigation" class="step-navigation">
    ${
      previous
        ? html`<button part="previous-button" class="button" type="button" @click=${() => void c.goTo(previous.id)}>
            ${c.t('previous', { title: previous.title })}
          </button>`
        : nothing
    }
    ${
      next
        ? html`<button
            part="next-button"
            class="button button--primary step-navigation__next"
            type="button"
            @click=${() => void c.goTo(next.id)}
          >
            ${c.t('next', { title: next.title })}
          </button>`
        : nothing
    }
  </div>`;
}

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
              <button
                part="delete-confirm-button"
                class="button button--primary"
                type="button"
                id="delete-confirm"
                @click=${() => void c.confirmDelete()}
              >
                ${c.t('deleteConfirm')}
              </button>
              <button
                part="delete-cancel-button"
                class="button"
                type="button"
                id="delete-cancel"
                @click=${() => void c.cancelDelete()}
              >
                ${c.t('deleteCancel')}
              </button>
            </div>
          </div>`
        : html`<button part="delete-button" class="button" type="button" id="delete-button" @click=${() => void c.askDelete()}>
            ${icon('remove')} ${c.t('deleteButton')}
          </button>`
    }
  </section>`;
}
