import { html, type TemplateResult } from 'lit';
import type { ModelQuestions } from '@actie/rules';
import { icon } from '../shared/icons.js';
import type { AssessmentContext } from './context.js';

/**
 * What the form shrinks to once the participant finished: a short bar that says so, with a way to
 * look at or change the answers (back to "check your answers"). The results are the step now.
 */
export function finishedBar(c: AssessmentContext, model: ModelQuestions): TemplateResult {
  const questions = model.areas.flatMap((a) => a.questions);
  const values = { answered: c.n(c.answeredCount(questions)), total: c.n(questions.length) };
  return html`<section part="finished" class="finished" aria-labelledby="finished-heading">
    <h2 part="finished-heading" class="finished__heading" id="finished-heading" tabindex="-1">
      ${icon('good')} ${c.t('finishedTitle')}
    </h2>
    <p part="finished-text" class="finished__text">${c.t('finishedText', values)}</p>
    <button part="review-button" class="button" type="button" id="review-button" @click=${() => void c.review()}>
      ${c.t('finishedReview')}
    </button>
  </section>`;
}
