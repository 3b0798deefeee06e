import { html, nothing, type TemplateResult } from 'lit';
import { TOPIC_QUESTION, type ActieModel, type AssessmentResult, type IntakeAnswers, type Priority } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { statusIcon } from '../shared/result-icons.js';
import { formatDate, today } from '../shared/i18n/format.js';
import { areaChart, legendSwatch, CHART_STATUSES } from './area-chart.js';
import type { ResultsKey } from './results.strings.js';

/** The initiative's name or topic from the intake, trimmed; empty when not given. */
export function topicOf(intake: IntakeAnswers): string {
  const topic = intake[TOPIC_QUESTION];
  return typeof topic === 'string' ? topic.trim() : '';
}

/**
 * The head of the results: the first heading ("Uw resultaten: <topic>"), focusable so the form can
 * move focus there after "Afronden" (see `focusHeading`), and the lines that only print: the
 * model's title, today's date and the intake (its topic is in the heading already).
 */
export function resultsHeader(el: Texts<ResultsKey>, id: string, model: ActieModel, intake: IntakeAnswers): TemplateResult {
  const topic = topicOf(intake);
  const rows = model.intake
    .filter((q) => q.id !== TOPIC_QUESTION && (intake[q.id] ?? '').length > 0)
    .map((q) => {
      const given = intake[q.id] ?? '';
      // An option's label; for a question that takes several options, each label.
      const shown = (typeof given === 'string' ? [given] : given)
        .map((value) => {
          const option = q.options?.find((o) => o.value === value);
          return option ? el.mt(option.label) : value;
        })
        .join(', ');
      return html`<dt>${el.mt(q.title ?? q.text)}</dt>
        <dd>${shown}</dd>`;
    });
  return html`<div part="results-header" class="results-header">
    <h2 part="heading results-heading" id=${id} class="results-heading" tabindex="-1">
      ${topic ? el.t('headingTopic', { topic }) : el.t('heading')}
    </h2>
    <div part="print-header" class="print-only">
      <p part="print-title" class="print-title">${el.mt(model.title)}</p>
      <p part="print-date">${el.t('printDate', { date: formatDate(today(), el.language) })}</p>
      ${rows.length ? html`<dl part="intake" class="intake" aria-label=${el.t('intakeTitle')}>${rows}</dl>` : nothing}
    </div>
  </div>`;
}

/** What the overview shows besides the model and the result. */
export interface OverviewContext {
  readonly el: Texts<ResultsKey>;
  /** Prefix of ids in the shadow root. */
  readonly id: string;
  /** The id of the results' heading, which names the overview. */
  readonly headingId: string;
  /** The first priorities ("Begin hier"), at most three. */
  readonly start: readonly Priority[];
  /** The model speaks to the initiators themselves (je-form, no roles). */
  readonly initiators: boolean;
}

/**
 * The overview: the verdict with counts that add up (and why there are fewer points than
 * questions), how an area is read (closed), "Begin hier", the picture of the areas, and the
 * suggested role.
 */
export function overview(c: OverviewContext, model: ActieModel, result: AssessmentResult): TemplateResult {
  const { el, id } = c;
  const counts = result.overall.counts;
  const areaResults = new Map(result.areas.map((a) => [a.id, a]));
  const areas = model.areas.flatMap((area) => {
    const r = areaResults.get(area.id);
    return r ? [{ area, result: r }] : [];
  });
  const label = el.t('chartLabel', {
    areas: areas
      .map(({ area, result: r }) =>
        el.t('chartArea', {
          title: el.mt(area.title),
          good: r.counts.good,
          needsWork: r.counts.needsWork,
          unknown: r.counts.unknown,
        }),
      )
      .join('; '),
  });
  const { answered, total } = result.progress;
  const points = result.conditions.length;
  return html`<section part="overview" class="section overview" aria-labelledby=${c.headingId}>
    <p part="verdict" class="verdict">
      ${el.t('verdict')}
      <span class="status status--${result.overall.status}"
        >${statusIcon(result.overall.status)} ${el.statusLabel(result.overall.status)}</span
      >
    </p>
    <p class="counts-intro">${el.t('countsIntro', { total: el.n(counts.total) })}</p>
    <ul part="counts" class="counts">
      <li class="counts__item status status--good">${statusIcon('good')} ${el.count('countGood', counts.good)}</li>
      <li class="counts__item status status--needs-work">
        ${statusIcon('needs-work')} ${el.count('countNeedsWork', counts.needsWork)}
      </li>
      ${counts.offers ? html`<li class="counts__item status status--offer">${el.count('countOffers', counts.offers)}</li>` : nothing}
      <li class="counts__item status status--unknown">${statusIcon('unknown')} ${el.count('countUnknown', counts.unknown)}</li>
    </ul>
    <p part="progress">
      ${el.t('progress', { answered: el.n(answered), total: el.n(total) })}
      ${points !== total ? html`<span part="points-note">${el.t('pointsFromQuestions', { questions: el.n(total), points: el.n(points) })}</span>` : nothing}
    </p>
    <details part="area-rule-details" class="disclosure area-rule-details">
      <summary class="disclosure__summary">${el.t('areaRuleTitle')}</summary>
      <p part="area-rule" class="area-rule">${el.t('areaRule')} ${counts.offers ? el.t('offersRule') : ''}</p>
    </details>
    ${c.initiators ? html`<p part="contact" class="notice contact">${el.t('contact')}</p>` : nothing} ${startHere(c, model)}
    <figure part="chart" class="figure">
      ${areaChart({
        id,
        label,
        areas: areas.map(({ area, result: r }) => ({ id: area.id, letter: area.letter, counts: r.counts })),
      })}
      <figcaption part="chart-caption" class="figcaption">
        ${el.t('chartCaption')}
        <ul part="legend" class="legend" aria-label=${el.t('legendLabel')}>
          ${CHART_STATUSES.map(
            (status) =>
              html`<li class="legend__item">
                ${legendSwatch(id, status)}
                ${el.t(status === 'good' ? 'legendGood' : status === 'needs-work' ? 'legendNeedsWork' : 'legendUnknown')}
              </li>`,
          )}
        </ul>
        <p class="legend__areas">${areas.map(({ area }) => `${area.letter}: ${el.mt(area.title)}`).join(', ')}</p>
      </figcaption>
    </figure>
    ${role(el, model, result)}
  </section>`;
}

/** "Begin hier": the first priorities (see `prioritise` in @actie/rules), each with its area and advice. */
function startHere(c: OverviewContext, model: ActieModel): TemplateResult | typeof nothing {
  const { el } = c;
  if (!c.start.length) return nothing;
  const headingId = `${c.id}-start`;
  return html`<section part="start" class="start" aria-labelledby=${headingId}>
    <h3 part="subheading" id=${headingId} class="start__heading">${el.t('startTitle')}</h3>
    <p class="start__intro">${el.t('startIntro')}</p>
    <ol part="start-list" class="start__list">
      ${c.start.map(({ point }) => {
        const area = model.areas.find((a) => a.id === point.area);
        const marks = [
          ...(point.key && point.kind === 'improve' ? [el.t('keyPoint')] : []),
          ...(point.level === 'organisation' ? [el.t('forOrganisation')] : []),
        ];
        return html`<li part="start-item" class="start__item">
          <strong class="start__title">${el.mt(point.title)}</strong>
          ${marks.map((mark) => html`<span part="marker" class="marker">${mark}</span>`)}
          ${area ? html`<span class="start__area">${area.letter} · ${el.mt(area.title)}</span>` : nothing}
          <span class="start__text">${el.mt(point.text)}</span>
        </li>`;
      })}
    </ol>
  </section>`;
}

/** The suggested support role, why, and whether it differs from the role the respondent named; nothing for a model without role advice. */
function role(el: Texts<ResultsKey>, model: ActieModel, result: AssessmentResult): TemplateResult | typeof nothing {
  const roleTitle = (id: string | undefined): string => {
    const found = model.roles.find((r) => r.id === id);
    return found ? el.mt(found.title) : (id ?? '');
  };
  const suggested = result.role;
  if (!suggested) return nothing;
  const description = model.roles.find((r) => r.id === suggested.suggested)?.description;
  return html`<div part="role" class="role">
    <h3 part="subheading">${el.t('roleTitle', { role: roleTitle(suggested.suggested) })}</h3>
    ${description ? html`<p>${el.mt(description)}</p>` : nothing}
    <h4 part="subheading">${el.t('roleWhy')}</h4>
    <p>${el.mt(suggested.reason)}</p>
    ${
      suggested.differs
        ? html`<p part="role-differs" class="notice role__differs">
            ${el.t('roleDiffers', { current: roleTitle(suggested.current), suggested: roleTitle(suggested.suggested) })}
          </p>`
        : nothing
    }
    ${suggested.current && !suggested.differs ? html`<p part="role-same">${el.t('roleSame')}</p>` : nothing}
  </div>`;
}
