import { html, nothing, type TemplateResult } from 'lit';
import type { Area, AreaTeamResult, ConditionTeamResult, DisagreementLevel } from '@actie/rules';
import { areaLetter } from '../shared/area-letter.js';
import { statusIcon } from '../shared/result-icons.js';
import { byStrength, conditionCard, matches, type DisagreementFilter, type TeamResultContext } from './team-condition.js';
import type { TeamKey } from './team-overview.strings.js';

const FILTERS: readonly { readonly value: DisagreementFilter; readonly label: TeamKey }[] = [
  { value: 'all', label: 'filterAll' },
  { value: 'strong', label: 'filterStrong' },
  { value: 'mild', label: 'filterMild' },
  { value: 'none', label: 'filterNone' },
];

/**
 * The filter (all / strong / mild / no difference, each with its count) and the order of the
 * conditions within the areas: native radio buttons and a select, so the keyboard works as
 * everywhere else. Applies to the discussion points and to the cards per area.
 */
export function filterControls(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const count = (filter: DisagreementFilter): number => team.conditions.filter((x) => matches(x, filter)).length;
  const sortId = `${c.id}-sort`;
  const shown = team.conditions.filter((x) => matches(x, c.filter)).length;
  return html`<div part="filters" class="filters">
    <fieldset part="filter" class="filter">
      <legend>${el.t('filterLegend')}</legend>
      ${FILTERS.map(
        (f) =>
          html`<label class="filter__option">
            <input
              type="radio"
              name="${c.id}-filter"
              value=${f.value}
              .checked=${c.filter === f.value}
              @change=${() => c.setFilter(f.value)}
            />
            ${el.t(f.label, { count: el.n(count(f.value)) })}
          </label>`,
      )}
    </fieldset>
    <p class="filter__sort">
      <label for=${sortId}>${el.t('sortLabel')}</label>
      <select
        part="sort"
        id=${sortId}
        class="select"
        @change=${(event: Event) => c.setSort((event.target as HTMLSelectElement).value === 'strength' ? 'strength' : 'model')}
      >
        <option value="model" ?selected=${c.sort === 'model'}>${el.t('sortModel')}</option>
        <option value="strength" ?selected=${c.sort === 'strength'}>${el.t('sortStrength')}</option>
      </select>
    </p>
    <p part="filter-status" class="hint" role="status">${el.t('filterStatus', { count: el.n(shown) })}</p>
  </div>`;
}

/** The discussion points: strong differences first, then mild, each group with its count in the heading. */
export function discussion(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const headingId = `${c.id}-discussion`;
  const groups = (['strong', 'mild'] as const).map((level) => ({
    level,
    items: team.disagreements.filter((x) => x.disagreementLevel === level),
  }));
  const visible = groups.filter((g) => g.items.length && matches(g.items[0] as ConditionTeamResult, c.filter));
  return html`<section part="discussion" class="section discussion" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('discussionCount', { count: el.n(team.disagreements.length) })}</h2>
    ${
      !team.disagreements.length
        ? html`<p>${el.t('discussionNone')}</p>`
        : html`<p>${el.t('discussionIntro')}</p>
            ${visible.length ? visible.map((g) => discussionGroup(c, g.level, g.items)) : html`<p>${el.t('filterEmpty')}</p>`}`
    }
  </section>`;
}

function discussionGroup(c: TeamResultContext, level: DisagreementLevel, items: readonly ConditionTeamResult[]): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-discussion-${level}`;
  return html`<h3 part="subheading" id=${headingId} data-strength=${level}>
      ${el.t(level === 'strong' ? 'strongHeading' : 'mildHeading', { count: el.n(items.length) })}
    </h3>
    <ol part="discussion-list" class="conditions" aria-labelledby=${headingId} data-strength=${level}>
      ${items.map((condition) => {
        const area = c.model.areas.find((a) => a.id === condition.area);
        const title = html`${area ? areaLetter(area.letter, { spoken: true }) : nothing} <span>${el.mt(condition.title)}</span>`;
        return conditionCard(c, condition, { context: 'discussion', title, headingLevel: 4 });
      })}
    </ol>`;
}

/** Every area with its conditions as collapsible cards, filtered and sorted as chosen. */
export function areaSection(c: TeamResultContext, area: Area, areaResult: AreaTeamResult): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-area-${area.id}`;
  const inArea = c.team.conditions.filter((x) => x.area === area.id);
  const conditions = (c.sort === 'strength' ? byStrength(inArea) : inArea).filter((x) => matches(x, c.filter));
  const counts = areaResult.counts;
  return html`<section part="area" class="section area" data-area=${area.id} aria-labelledby=${headingId}>
    <h3 part="area-heading" class="heading" id=${headingId}>
      ${areaLetter(area.letter)}
      <span>${el.mt(area.title)}</span>
      <span part="area-status" class="status status--${areaResult.status}">
        ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span>
        ${el.t('teamStatus', { status: el.statusLabel(areaResult.status) })}
      </span>
    </h3>
    <p part="area-counts" class="area__counts">
      ${el.t('overallIntro', { total: el.n(counts.total) })}
      ${[
        el.count('countGood', counts.good),
        el.count('countNeedsWork', counts.needsWork),
        el.count('countUnknown', counts.unknown),
      ].join(', ')}.
      ${areaResult.disagreements ? el.count('areaDisagreements', areaResult.disagreements) + '.' : ''}
    </p>
    ${
      conditions.length
        ? html`<ul part="condition-list" class="conditions">
            ${conditions.map((condition) =>
              conditionCard(c, condition, { context: 'area', title: el.mt(condition.title), headingLevel: 4 }),
            )}
          </ul>`
        : html`<p class="hint">${el.t('filterEmpty')}</p>`
    }
  </section>`;
}

/** The heading over the areas, the filter and sort, and every area. */
export function details(c: TeamResultContext): TemplateResult {
  const headingId = `${c.id}-details`;
  const areaResults = new Map(c.team.areas.map((a) => [a.id, a]));
  return html`<section part="details-section" class="section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${c.el.t('detailsTitle')}</h2>
    ${c.model.areas.map((area) => {
      const areaResult = areaResults.get(area.id);
      return areaResult ? areaSection(c, area, areaResult) : nothing;
    })}
  </section>`;
}
