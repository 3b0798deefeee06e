import { html, nothing, type TemplateResult } from 'lit';
import type { Area, AreaResult, AssessmentResult, ConditionResult, Status } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { areaLetter } from '../shared/area-letter.js';
import { planControl } from '../shared/condition-card.js';
import { icon, statusIcon } from '../shared/result-icons.js';
import type { ResultsKey } from './results.strings.js';

/** What the area sections need of `<actie-results>` besides its texts. */
export interface AreaSectionContext {
  readonly el: Texts<ResultsKey>;
  /** Prefix of ids in the shadow root. */
  readonly id: string;
  /** The area being printed on its own, if any. */
  readonly printArea: string | undefined;
  readonly isOnPlan: (condition: string) => boolean;
  readonly addToPlan: (condition: string) => void;
  readonly print: (area: string) => void;
  /** What the participant wrote on an area (empty: nothing). */
  readonly reflection: (area: string) => string;
}

/** One area: heading with status and print button, its conditions by status, research and sources. */
export function areaSection(c: AreaSectionContext, area: Area, areaResult: AreaResult, result: AssessmentResult): TemplateResult {
  const { el } = c;
  const conditions = result.conditions.filter((x) => x.area === area.id);
  const byStatus = (status: Status): ConditionResult[] => conditions.filter((x) => x.status === status);
  const headingId = `${c.id}-area-${area.id}`;
  const title = el.mt(area.title);
  const printing = c.printArea === area.id;
  return html`<section
    part="area"
    class="section area ${printing ? 'area--printing' : ''}"
    data-area=${area.id}
    aria-labelledby=${headingId}
  >
    <div part="area-header" class="area__header">
      <h2 part="heading area-heading" class="area__heading" id=${headingId}>
        ${areaLetter(area.letter)}
        <span>${title}</span>
        <span part="area-status" class="area__status status status--${areaResult.status}">
          ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span> ${el.statusLabel(areaResult.status)}
        </span>
      </h2>
      <button part="button print-button" class="button button--subtle" type="button" @click=${() => c.print(area.id)}>
        ${icon('print')} ${el.t('printArea')}<span class="visually-hidden">: ${title}</span>
      </button>
    </div>
    <p part="area-summary" class="area__summary">${el.mt(area.summary)}</p>
    ${conditionList(c, 'needs-work', byStatus('needs-work'), headingId)} ${conditionList(c, 'good', byStatus('good'), headingId)}
    ${conditionList(c, 'unknown', byStatus('unknown'), headingId)} ${reflection(c, area.id)}
    <h3 part="subheading">${el.t('researchTitle')}</h3>
    <p part="research">${el.mt(area.research)}</p>
    ${
      area.sources.length
        ? html`<h3 part="subheading">${el.t('sourcesTitle')}</h3>
            <ul part="sources" class="sources">
              ${area.sources.map(
                (source) =>
                  html`<li part="source" class="source">
                    ${
                      source.url && /^https?:\/\//.test(source.url)
                        ? html`<a href=${source.url}><cite>${source.title}</cite></a>`
                        : html`<cite>${source.title}</cite>`
                    }.
                    ${
                      source.authors
                        ? el.t('sourceMetaAuthors', { authors: source.authors, publisher: source.publisher, year: source.year })
                        : el.t('sourceMeta', { publisher: source.publisher, year: source.year })
                    }.
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}

/** The participant's own reflection on the area, as text (it is saved data, never markup). */
function reflection(c: AreaSectionContext, area: string): TemplateResult | typeof nothing {
  const text = c.reflection(area).trim();
  if (!text) return nothing;
  return html`<h3 part="subheading">${c.el.t('reflectionTitle')}</h3>
    <p class="reflection__intro">${c.el.t('reflectionIntro')}</p>
    <blockquote part="reflection" class="reflection">${text}</blockquote>`;
}

function conditionList(
  c: AreaSectionContext,
  status: Status,
  conditions: readonly ConditionResult[],
  areaHeadingId: string,
): TemplateResult | typeof nothing {
  if (!conditions.length) return nothing;
  const listId = `${areaHeadingId}-${status}`;
  return html`<h3 part="subheading" id=${listId} class="conditions-heading status status--${status}">
      ${statusIcon(status)} ${c.el.statusLabel(status)}
    </h3>
    <ul part="condition-list" class="conditions" aria-labelledby=${listId}>
      ${conditions.map((condition) => conditionCard(c, condition))}
    </ul>`;
}

function conditionCard(c: AreaSectionContext, condition: ConditionResult): TemplateResult {
  const { el } = c;
  const answerLabel = (answer: ConditionResult['decisive'][number]['answer']): string =>
    el.answerLabel(answer).toLocaleLowerCase(el.language);
  const answers = condition.decisive.map((d) => `${d.question}: ${answerLabel(d.answer)}`).join(', ');
  const point = condition.actionPoint;
  const title = el.mt(condition.title);
  return html`<li part="condition" class="condition condition--${condition.status}" data-condition=${condition.id}>
    <h4 part="condition-title" class="condition__title">${title}</h4>
    ${
      answers
        ? html`<p part="answers" class="condition__answers">
            ${el.t(condition.decisive.length === 1 ? 'answersOne' : 'answersOther', { answers })}
          </p>`
        : nothing
    }
    ${
      point
        ? html`<p part="action-point" class="condition__action">
            ${point.kind === 'improve' ? html`<span class="condition__action-label">${el.t('actionPoint')}</span>` : nothing}
            ${el.mt(point.text)}
          </p>`
        : nothing
    }
    ${
      point
        ? planControl({
            onPlan: c.isOnPlan(condition.id),
            focusKey: condition.id,
            title,
            addLabel: el.t('addToPlan'),
            onPlanLabel: el.t('onPlan'),
            add: () => c.addToPlan(condition.id),
          })
        : nothing
    }
  </li>`;
}
