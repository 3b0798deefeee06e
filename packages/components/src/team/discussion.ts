import { html, type TemplateResult } from 'lit';
import { matches, type DisagreementFilter, type TeamResultContext } from './team-condition.js';
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
 * everywhere else. Applies to the overview's tables right below it.
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
