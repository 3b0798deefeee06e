import { html, nothing, type TemplateResult } from 'lit';
import type { ActieModel, AssessmentResult, IntakeAnswers } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { statusIcon } from '../shared/result-icons.js';
import { formatDate, today } from '../shared/i18n/format.js';
import { areaChart, legendSwatch, CHART_STATUSES } from './area-chart.js';
import type { ResultsKey } from './results.strings.js';

/** The header that only shows in print: the model's title, today's date and the intake. */
export function printHeader(el: Texts<ResultsKey>, model: ActieModel, intake: IntakeAnswers): TemplateResult {
  const rows = model.intake
    .filter((q) => (intake[q.id] ?? '').length > 0)
    .map((q) => {
      const given = intake[q.id] ?? '';
      // An option's label; for a question that takes several options, each label.
      const shown = (typeof given === 'string' ? [given] : given)
        .map((value) => {
          const option = q.options?.find((o) => o.value === value);
          return option ? el.mt(option.label) : value;
        })
        .join(', ');
      return html`<dt>${el.mt(q.text)}</dt>
        <dd>${shown}</dd>`;
    });
  return html`<header part="print-header" class="print-only">
    <p part="print-title" class="print-title">${el.mt(model.title)}</p>
    <p part="print-date">${el.t('printDate', { date: formatDate(today(), el.language) })}</p>
    ${
      rows.length
        ? html`<p><strong>${el.t('intakeTitle')}</strong></p>
            <dl part="intake" class="intake">${rows}</dl>`
        : nothing
    }
  </header>`;
}

/** The overview: counts, the picture of the five areas with its key, and the suggested role. `id` prefixes ids. */
export function overview(el: Texts<ResultsKey>, id: string, model: ActieModel, result: AssessmentResult): TemplateResult {
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
  const headingId = `${id}-overview`;
  return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('overviewTitle')}</h2>
    <p>${el.t('countsIntro', { total: el.n(counts.total) })}</p>
    <ul part="counts" class="counts">
      <li class="counts__item status status--good">${statusIcon('good')} ${el.count('countGood', counts.good)}</li>
      <li class="counts__item status status--needs-work">
        ${statusIcon('needs-work')} ${el.count('countNeedsWork', counts.needsWork)}
      </li>
      <li class="counts__item status status--unknown">${statusIcon('unknown')} ${el.count('countUnknown', counts.unknown)}</li>
    </ul>
    <p part="progress">${el.t('progress', { answered: el.n(result.progress.answered), total: el.n(result.progress.total) })}</p>
    <p part="area-rule" class="area-rule">${el.t('areaRule')}</p>
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
