import { html, nothing, type TemplateResult } from 'lit';
import type { ModelQuestions } from '@actie/rules';
import { icon } from '../shared/icons.js';
import type { AssessmentContext } from './context.js';
import type { Place, Step } from './pages.js';

/** The progress over all questions: a bar and "12 of 46 questions answered", on one row. */
export function progress(c: AssessmentContext, model: ModelQuestions): TemplateResult {
  const questions = model.areas.flatMap((a) => a.questions);
  const answered = c.answeredCount(questions);
  const total = questions.length;
  return html`<div part="progress-area" class="progress">
    <progress
      part="progress"
      class="progress__bar"
      max=${Math.max(total, 1)}
      .value=${answered}
      aria-label=${c.t('progressLabel')}
    ></progress>
    <p part="progress-text" class="progress__text" role="status">
      ${c.t('progressText', { answered: c.n(answered), total: c.n(total) })}
    </p>
  </div>`;
}

/** How far a step is: "5 of 7 answered" and whether it is complete. */
function stepCount(c: AssessmentContext, step: Step): { count?: string; complete: boolean } {
  if (step.kind === 'area') {
    const answered = c.answeredCount(step.area.questions);
    const total = step.area.questions.length;
    return { count: c.t('answeredCount', { answered: c.n(answered), total: c.n(total) }), complete: answered === total };
  }
  if (step.kind === 'intake') {
    const intake = c.store?.intake ?? {};
    const answered = step.questions.filter((q) => (intake[q.id] ?? '') !== '').length;
    return {
      count: c.t('intakeCount', { answered: c.n(answered), total: c.n(step.questions.length) }),
      complete: step.questions.length > 0 && answered === step.questions.length,
    };
  }
  return { complete: false };
}

/**
 * The step list: "Step 2 of 7" and, in a narrow container, a button that opens the list of all
 * steps (folded by default, so the first question stays on the first screen of a phone); in a
 * wide one the list is always there, beside the step.
 */
export function stepList(c: AssessmentContext, steps: readonly Step[], place: Place): TemplateResult {
  const open = c.stepsOpen;
  return html`<nav part="step-list" class="step-list ${open ? 'step-list--open' : ''}" aria-label=${c.t('stepListLabel')}>
    <div class="step-list__head">
      <p part="step-number" class="step-number">${c.t('stepOf', { current: c.n(place.index + 1), total: c.n(steps.length) })}</p>
      <button
        part="step-list-toggle"
        class="button step-list__toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="step-list-items"
        @click=${() => {
          c.toggleSteps();
        }}
      >
        ${icon(open ? 'up' : 'down')} ${c.t('stepListToggle')}
      </button>
    </div>
    <ol class="step-list__items" id="step-list-items">
      ${steps.map((step, i) => {
        const { count, complete } = stepCount(c, step);
        const isCurrent = i === place.index;
        return html`<li part="step-list-item" class="step-list__item">
          <button
            part=${isCurrent ? 'step-button step-button-current' : 'step-button'}
            class="step-button"
            type="button"
            aria-current=${isCurrent ? 'step' : nothing}
            @click=${() => void c.goTo(step.id)}
          >
            <span part="step-letter" class="step-letter ${step.kind === 'area' ? '' : 'step-letter--empty'}" aria-hidden="true"
              >${step.kind === 'area' ? step.area.letter : ''}</span
            >
            <span class="step-button__text">
              <span class="step-button__title">${step.title}</span>
              ${count ? html`<span part="step-count" class="step-button__count">${count}</span>` : nothing}
            </span>
            ${
              complete
                ? html`<span part="step-complete" class="step-button__complete"
                    >${icon('good')}<span class="visually-hidden">${c.t('complete')}</span></span
                  >`
                : nothing
            }
          </button>
        </li>`;
      })}
    </ol>
  </nav>`;
}
