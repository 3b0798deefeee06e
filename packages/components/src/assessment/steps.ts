import { html, nothing, type TemplateResult } from 'lit';
import type { AreaQuestions, ModelQuestions } from '@actie/rules';
import { icon } from '../shared/icons.js';
import type { Texts } from '../shared/actie-element.js';
import type { AssessmentKey } from './assessment.strings.js';
import type { AssessmentContext } from './context.js';
import { intakeTitle } from './questions.js';

/** One step of the form. */
export type Step =
  | { readonly id: 'intake'; readonly kind: 'intake'; readonly title: string }
  | { readonly id: string; readonly kind: 'area'; readonly title: string; readonly area: AreaQuestions }
  | { readonly id: 'review'; readonly kind: 'review'; readonly title: string };

/** The steps: the intake, one per area, the review. */
export function steps(el: Texts<AssessmentKey>, model: ModelQuestions): Step[] {
  return [
    { id: 'intake', kind: 'intake', title: intakeTitle(el, model) },
    ...model.areas.map((area): Step => ({ id: area.id, kind: 'area', title: el.mt(area.title), area })),
    { id: 'review', kind: 'review', title: el.t('reviewTitle') },
  ];
}

/** Index of the current step: the saved one when it exists in this model, else the intake. */
export function currentIndex(list: readonly Step[], saved: string): number {
  const index = list.findIndex((s) => s.id === saved);
  return index < 0 ? 0 : index;
}

export function progress(c: AssessmentContext, model: ModelQuestions): TemplateResult {
  const questions = model.areas.flatMap((a) => a.questions);
  const answered = c.answeredCount(questions);
  const total = questions.length;
  return html`<div part="progress-area" class="progress">
    <p part="progress-text" class="progress__text" role="status">
      ${c.t('progressText', { answered: c.n(answered), total: c.n(total) })}
    </p>
    <progress
      part="progress"
      class="progress__bar"
      max=${Math.max(total, 1)}
      .value=${answered}
      aria-label=${c.t('progressLabel')}
    ></progress>
  </div>`;
}

export function stepList(c: AssessmentContext, steps: readonly Step[], current: number): TemplateResult {
  const intake = c.store?.intake ?? {};
  const open = c.stepsOpen;
  // Narrow containers show only a button for the list (the current step is named above the
  // heading), so the first question stays on the first screen of a phone; wide ones show the list.
  return html`<nav part="step-list" class="step-list ${open ? 'step-list--open' : ''}" aria-label=${c.t('stepListLabel')}>
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
    <ol class="step-list__items" id="step-list-items">
      ${steps.map((step, i) => {
        let count: string | undefined;
        let complete = false;
        if (step.kind === 'area') {
          const answered = c.answeredCount(step.area.questions);
          const total = step.area.questions.length;
          count = c.t('answeredCount', { answered: c.n(answered), total: c.n(total) });
          complete = answered === total;
        } else if (step.kind === 'intake') {
          const questions = c.store?.questions?.intake ?? [];
          const answered = questions.filter((q) => (intake[q.id] ?? '') !== '').length;
          count = c.t('intakeCount', { answered: c.n(answered), total: c.n(questions.length) });
          complete = questions.length > 0 && answered === questions.length;
        }
        const isCurrent = i === current;
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
