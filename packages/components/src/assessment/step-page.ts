import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ModelQuestions } from '@actie/rules';
import type { AssessmentContext } from './context.js';
import { PAGE_SIZE, nextOf, previousOf, questionsOn, type Place, type Step } from './pages.js';
import { intakeQuestion, questionGroup, reflection } from './questions.js';

/** The heading of a step: focused after every move to it (its page, a step in the list). */
export function heading(title: string, letter?: string): TemplateResult {
  return html`<h2 part="step-heading" class="step-heading" id="step-heading" tabindex="-1">
    ${letter ? html`<span part="step-letter" class="step-letter">${letter}</span> ` : nothing}${title}
  </h2>`;
}

/** "Questions 4 to 6 of 7": which questions of the step this page has. */
export function pageText(c: AssessmentContext, place: Place): string {
  const total = place.step.questions.length;
  const first = place.page * PAGE_SIZE + 1;
  const last = Math.min(first + PAGE_SIZE - 1, total);
  const values = { first: c.n(first), last: c.n(last), total: c.n(total) };
  return c.t(first === last ? 'pageQuestion' : 'pageQuestions', values);
}

/** The short introduction of a step, folded: the area's summary and how to answer. */
function intro(c: AssessmentContext, step: Step): TemplateResult {
  return html`<details part="step-intro" class="step-intro">
    <summary part="step-intro-toggle" class="step-intro__toggle">${c.t('stepIntroToggle')}</summary>
    <div part="step-summary" class="step-summary">
      ${
        step.kind === 'area'
          ? html`<p>${c.mt(step.area.summary)}</p>
              <p>${c.t('areaIntro')}</p>`
          : html`<p>${c.t('intakeIntro')}</p>`
      }
    </div>
  </details>`;
}

/**
 * A page of the intake or of an area: heading, which questions these are, the folded
 * introduction, at most three questions, and on an area's last page the reflection.
 */
export function questionPage(c: AssessmentContext, place: Place, model: ModelQuestions): TemplateResult {
  const step = place.step;
  const total = step.questions.length;
  const last = place.page === place.pages - 1;
  return html`${heading(step.title, step.kind === 'area' ? step.area.letter : undefined)}
  ${total ? html`<p part="page-number" class="page-number">${pageText(c, place)}</p>` : nothing} ${intro(c, step)}
  ${
    step.kind === 'intake'
      ? questionsOn(step.questions, place.page).map(({ question, number }) => intakeQuestion(c, question, number, total))
      : step.kind === 'area'
        ? questionsOn(step.questions, place.page).map(({ question, number }) => questionGroup(c, question, number, total))
        : nothing
  }
  ${step.kind === 'area' && last ? reflection(c, step.area) : nothing}
  ${
    step.kind === 'intake' && last
      ? html`<section part="attribution" class="attribution" aria-labelledby="attribution-heading">
          <h3 id="attribution-heading" class="attribution__heading">${c.t('aboutTitle')}</h3>
          <p>${c.mt(model.attribution)}</p>
        </section>`
      : nothing
  }`;
}

/**
 * Previous and next: to the page before or after this one, crossing into the step before or after
 * at the ends ("Next: Contacts"). Coming from "check your answers", a button goes back there.
 */
export function stepNavigation(c: AssessmentContext, list: readonly Step[], place: Place): TemplateResult {
  const previous = previousOf(list, place);
  const next = nextOf(list, place);
  const title = (id: string): string => list.find((s) => s.id === id)?.title ?? '';
  return html`<div part="step-navigation" class="step-navigation">
    ${
      previous
        ? button({
            part: 'previous-button',
            className: 'button',
            label: previous.id === place.step.id ? c.t('previousPage') : c.t('previous', { title: title(previous.id) }),
            click: () => void c.goTo(previous.id, { page: previous.page }),
          })
        : nothing
    }
    ${
      c.changing !== undefined && place.step.kind !== 'check'
        ? button({
            part: 'back-to-check-button',
            className: 'button button--primary',
            label: c.t('backToCheck'),
            click: () => void c.backToCheck(),
          })
        : nothing
    }
    ${
      next
        ? button({
            part: 'next-button',
            className: `button ${c.changing === undefined ? 'button--primary' : ''} step-navigation__next`,
            label: next.id === place.step.id ? c.t('nextPage') : c.t('next', { title: title(next.id) }),
            click: () => void c.goTo(next.id, { page: next.page }),
          })
        : nothing
    }
  </div>`;
}

/** A button of the form (`type="button"`): its part, classes, optional id, text and what a press does. */
export function button(b: {
  readonly part: string;
  readonly className: string;
  readonly id?: string;
  readonly label: string;
  readonly click: () => void;
}): TemplateResult {
  return html`<button part=${b.part} class=${b.className} type="button" id=${ifDefined(b.id)} @click=${b.click}>
    ${b.label}
  </button>`;
}
