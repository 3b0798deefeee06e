import { html, nothing, type TemplateResult } from 'lit';
import type {
  AnswerValue,
  Area,
  AreaResult,
  AssessmentResult,
  ConditionResult,
  LocalizedText,
  Source,
  Status,
} from '@actie/rules';
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
  /** Whether points can go on the action plan here: a plan element works with the session. */
  readonly planHere: boolean;
  readonly isOnPlan: (condition: string) => boolean;
  readonly addToPlan: (condition: string) => void;
  readonly print: (area: string) => void;
  /** What the participant wrote on an area (empty: nothing). */
  readonly reflection: (area: string) => string;
  /** The wording of a question, by its id. */
  readonly questionText: (question: string) => LocalizedText | undefined;
  /** The participant's answer to a question (undefined: not answered). */
  readonly answer: (question: string) => AnswerValue | undefined;
  /** The participant's note on a question (empty: none). */
  readonly note: (question: string) => string;
}

/** The groups of points in an area, in the order shown: offers have their own, and do not count. */
type Group = Status | 'offer';

/**
 * One area: heading with its verdict and counts and a print button; its points by group (needs
 * work, offers, going well, not known yet), each a disclosure with the questions, answers, notes
 * and advice; the participant's reflection; the background and sources, closed.
 */
export function areaSection(c: AreaSectionContext, area: Area, areaResult: AreaResult, result: AssessmentResult): TemplateResult {
  const { el } = c;
  const conditions = result.conditions.filter((x) => x.area === area.id);
  const inGroup = (group: Group): ConditionResult[] =>
    conditions.filter((x) => (group === 'offer' ? x.offer : x.status === group && !x.offer));
  const headingId = `${c.id}-area-${area.id}`;
  const title = el.mt(area.title);
  const printing = c.printArea === area.id;
  return html`<section
    part="area"
    class="section area ${printing ? 'area--printing' : ''}"
    data-area=${area.id}
    aria-labelledby=${headingId}
  >
    <div class="area__head">
      <div part="area-header" class="area__header">
        <div class="area__title">
          <h2 part="heading area-heading" class="area__heading" id=${headingId}>
            ${areaLetter(area.letter)}
            <span>${title}</span>
            <span part="area-status" class="area__status status status--${areaResult.status}">
              ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span> ${el.statusLabel(areaResult.status)}
            </span>
          </h2>
          <p part="area-counts" class="area__counts">${countsText(el, areaResult.counts)}</p>
        </div>
        <button part="button print-button" class="button button--subtle no-print" type="button" @click=${() => c.print(area.id)}>
          ${icon('print')} ${el.t('printArea')}<span class="visually-hidden">: ${title}</span>
        </button>
      </div>
      <p part="area-summary" class="area__summary">${el.mt(area.summary)}</p>
    </div>
    ${(['needs-work', 'offer', 'good', 'unknown'] as const).map((group) => pointList(c, group, inGroup(group), headingId))}
    ${reflection(c, area.id)} ${background(c, area)}
  </section>`;
}

/** "3 gaan al goed, 2 vragen aandacht, 1 alleen als ze erom vragen, 1 nog onbekend" (zero counts left out). */
export function countsText(el: Texts<ResultsKey>, counts: AreaResult['counts']): string {
  return [
    counts.good ? el.count('countGood', counts.good) : '',
    counts.needsWork ? el.count('countNeedsWork', counts.needsWork) : '',
    counts.offers ? el.count('countOffers', counts.offers) : '',
    counts.unknown ? el.count('countUnknown', counts.unknown) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The participant's own reflection on the area, as text (it is saved data, never markup). */
function reflection(c: AreaSectionContext, area: string): TemplateResult | typeof nothing {
  const text = c.reflection(area).trim();
  if (!text) return nothing;
  return html`<h3 part="subheading">${c.el.t('reflectionTitle')}</h3>
    <p class="reflection__intro">${c.el.t('reflectionIntro')}</p>
    <blockquote part="reflection" class="reflection">${text}</blockquote>`;
}

/** Research and sources, closed: the same for everyone, so it does not push the points apart. */
function background(c: AreaSectionContext, area: Area): TemplateResult {
  const { el } = c;
  return html`<details part="background" class="disclosure background">
    <summary part="background-summary" class="disclosure__summary">${el.t('backgroundTitle')}</summary>
    <h3 part="subheading">${el.t('researchTitle')}</h3>
    <p part="research">${el.mt(area.research)}</p>
    ${
      area.sources.length
        ? html`<h3 part="subheading">${el.t('sourcesTitle')}</h3>
            ${sourceList(el, area.sources)}`
        : nothing
    }
  </details>`;
}

/** A list of sources, each with its authors, publisher and year; a web address is a link. */
export function sourceList(el: Texts<ResultsKey>, sources: readonly Source[]): TemplateResult {
  return html`<ul part="sources" class="sources">
    ${sources.map(
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
  </ul>`;
}

function pointList(
  c: AreaSectionContext,
  group: Group,
  conditions: readonly ConditionResult[],
  areaHeadingId: string,
): TemplateResult | typeof nothing {
  if (!conditions.length) return nothing;
  const listId = `${areaHeadingId}-${group}`;
  const status = group === 'offer' ? 'needs-work' : group;
  return html`<h3 part="subheading" id=${listId} class="conditions-heading status status--${group === 'offer' ? 'offer' : group}">
      ${group === 'offer' ? c.el.t('offersTitle') : html`${statusIcon(status)} ${c.el.statusLabel(status)}`}
    </h3>
    ${group === 'offer' ? html`<p part="offers-intro" class="offers-intro">${c.el.t('offersIntro')}</p>` : nothing}
    <ul part="condition-list" class="conditions conditions--${group}" aria-labelledby=${listId}>
      ${conditions.map((condition) => point(c, group, condition))}
    </ul>`;
}

/**
 * One point: its strength or concern as the line a person reads, with markers (decisive, for the
 * organisation, with a note, on the plan); opened, every question behind it with the answer and
 * the note, the advice, and "Zet op actieplan" where a plan works with the session.
 */
function point(c: AreaSectionContext, group: Group, condition: ConditionResult): TemplateResult {
  const { el } = c;
  const action = condition.actionPoint;
  const title = el.mt(group === 'good' ? condition.strength : group === 'unknown' ? condition.title : condition.concern);
  const notes = condition.questions.filter((q) => c.note(q).trim());
  const onPlan = action ? c.isOnPlan(condition.id) : false;
  const marks = [
    ...(condition.key && group === 'needs-work' ? [el.t('keyPoint')] : []),
    ...(action && condition.level === 'organisation' && group !== 'good' ? [el.t('forOrganisation')] : []),
    ...(notes.length ? [el.t('withNote')] : []),
    ...(onPlan ? [el.t('onPlan')] : []),
  ];
  return html`<li part="condition" class="condition condition--${group}" data-condition=${condition.id}>
    <details part="point" class="disclosure point">
      <summary part="point-summary" class="disclosure__summary point__summary">
        <span part="condition-title" class="condition__title">${title}</span>
        ${marks.map((mark) => html`<span part="marker" class="marker">${mark}</span>`)}
      </summary>
      <div class="point__body">
        <ul part="answers" class="answers ${condition.questions.length === 1 ? 'answers--single' : ''}">
          ${condition.questions.map((question) => {
            const note = c.note(question).trim();
            return html`<li class="answers__item">
              <span class="answers__question">${el.mt(c.questionText(question))}</span>
              <span part="answer" class="answers__answer">
                ${el.t('answer', { answer: el.answerLabel(c.answer(question)).toLocaleLowerCase(el.language) })}
              </span>
              ${note ? html`<span part="note" class="answers__note">${el.t('note', { note })}</span>` : nothing}
            </li>`;
          })}
        </ul>
        ${
          action
            ? html`<p part="action-point" class="condition__action">
                ${action.kind === 'improve' ? html`<span class="condition__action-label">${el.t('actionPoint')}</span>` : nothing}
                ${el.mt(action.text)}
              </p>`
            : nothing
        }
        ${
          action && c.planHere
            ? planControl({
                onPlan,
                focusKey: condition.id,
                title,
                addLabel: el.t('addToPlan'),
                onPlanLabel: el.t('onPlan'),
                add: () => c.addToPlan(condition.id),
              })
            : nothing
        }
      </div>
    </details>
  </li>`;
}
