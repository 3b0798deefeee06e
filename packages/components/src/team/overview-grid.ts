import { html, nothing, type TemplateResult } from 'lit';
import type { CompanionView, ConditionTeamResult, Status, TeamGroupResult } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { areaLetter } from '../shared/area-letter.js';
import { filterControls } from './discussion.js';
import { memo } from './render-memo.js';
import {
  LEVELS,
  byStrength,
  canAddToPlan,
  conditionDetails,
  levelLabel,
  matches,
  type TeamResultContext,
} from './team-condition.js';
import type { TeamKey } from './team-overview.strings.js';

/** The mark of a status in the grid: a character, so it reads without colour, in print and in forced colours. */
const MARK: Readonly<Record<Status, string>> = { good: '✓', 'needs-work': '!', unknown: '?' };

const SHORT: Readonly<Record<Status, TeamKey>> = {
  good: 'shortGood',
  'needs-work': 'shortNeedsWork',
  unknown: 'shortUnknown',
};

/** One column of the grid: a group of participants with its result. */
interface GroupColumn {
  readonly key: string;
  readonly label: string;
  readonly group: TeamGroupResult;
}

/** The initiators' (or another companion group's) view of a condition, from its corresponding questions. */
export interface CompanionCell {
  readonly status: Status;
  readonly differs: boolean;
}

/**
 * A companion group's view of a condition: from the pairs of corresponding questions among the
 * condition's questions. Needs work when the group's view of one of them needs work, good when
 * every view they have is good, unknown when they have none; `differs` when one pair differs.
 * Undefined when none of the condition's questions was asked of the group.
 */
export function companionCell(view: CompanionView, condition: ConditionTeamResult): CompanionCell | undefined {
  const pairs = view.comparison.filter((pair) => condition.questions.includes(pair.team.question));
  if (!pairs.length) return undefined;
  const known = pairs.filter((pair) => pair.other.favourable + pair.other.unfavourable > 0);
  const status: Status = !known.length
    ? 'unknown'
    : known.some((pair) => pair.other.status === 'needs-work')
      ? 'needs-work'
      : 'good';
  return { status, differs: pairs.some((pair) => pair.differs) };
}

function columns({ el, team }: TeamResultContext): GroupColumn[] {
  const list: GroupColumn[] = [{ key: 'team', label: el.t('gridWholeTeam', { count: el.n(team.participants) }), group: team }];
  for (const level of LEVELS) {
    const group = team.byLevel[level];
    if (group)
      list.push({
        key: level,
        label: el.t('gridGroup', { group: levelLabel(el, level), count: el.n(group.participants) }),
        group,
      });
  }
  const merged = team.hiddenLevels?.group;
  if (merged)
    list.push({
      key: 'other',
      label: el.t('gridGroup', { group: el.t('otherLevels'), count: el.n(merged.participants) }),
      group: merged,
    });
  return list;
}

function statusCell(el: Texts<TeamKey>, status: Status, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<td class="cell cell--${status}" data-status=${status}>
    <span class="cell__mark" aria-hidden="true">${MARK[status]}</span> ${el.t(SHORT[status])}${extra}
  </td>`;
}

/**
 * Every point in one overview that fits a desktop screen: one table per area (its letter, title
 * and team status in the caption; side by side where there is room), a row per condition against
 * the groups shown (the whole team, each level large enough to show, the other levels together,
 * the companion groups shown), with the team's difference in a column of its own. Every cell says
 * its status in text and with a mark as well as with a colour and a border style. The filter and
 * the order sit right above the tables they change; a row's name opens the details below it.
 */
export function overviewGrid(c: TeamResultContext): TemplateResult {
  const { el, model, team } = c;
  const headingId = `${c.id}-grid`;
  const groups = columns(c);
  const views = team.views.filter((v) => v.shown);
  const byArea = new Map<string, ConditionTeamResult[]>();
  for (const condition of team.conditions) byArea.set(condition.area, [...(byArea.get(condition.area) ?? []), condition]);
  const head = html`<thead>
    <tr>
      <th scope="col" class="grid__condition-head">${el.t('gridCondition')}</th>
      ${groups.map((g) => html`<th scope="col" class="grid__status-head" data-group=${g.key}>${g.label}</th>`)}
      ${views.map(
        (v) =>
          html`<th scope="col" class="grid__status-head" data-group=${v.model.id}>
            ${el.t('gridGroup', { group: startCapital(el.mt(v.label), el.language), count: el.n(v.participants) })}
          </th>`,
      )}
      <th scope="col" class="grid__status-head">${el.t('gridDifference')}</th>
    </tr>
  </thead>`;
  const span = 2 + groups.length + views.length;
  const tables = model.areas.map((area) => {
    const all = byArea.get(area.id) ?? [];
    const conditions = (c.sort === 'strength' ? byStrength(all) : all).filter((x) => matches(x, c.filter));
    if (!conditions.length) return nothing;
    const areaResult = team.areas.find((a) => a.id === area.id);
    const captionId = `${headingId}-${area.id}`;
    return html`<div class="grid-scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
      <table part="grid area" class="grid" data-area=${area.id}>
        <caption id=${captionId}>
          ${areaLetter(area.letter)}
          <span>${el.mt(area.title)}</span>
          ${
            areaResult
              ? html`<span part="area-status" class="grid__area-status"
                  >${el.t('teamStatus', { status: el.statusLabel(areaResult.status) })}</span
                >`
              : nothing
          }
        </caption>
        ${head} ${conditions.map((condition) => gridRow(c, condition, groups, views, span))}
      </table>
    </div>`;
  });
  return html`<section part="grid-section" class="section grid-section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('gridTitle')}</h2>
    ${memo([team, model, c.texts, c.filter, c.sort], () => filterControls(c))}
    <div class="grid-tables">${tables}</div>
    ${tables.every((t) => t === nothing) ? html`<p class="hint">${el.t('filterEmpty')}</p>` : nothing}
    ${memo([team, model, c.texts], () => gridLegend(c, views))}
  </section>`;
}

/** A condition's row (its name opens the details in a row below it), drawn again only when what it shows changed. */
function gridRow(
  c: TeamResultContext,
  condition: ConditionTeamResult,
  groups: readonly GroupColumn[],
  views: readonly CompanionView[],
  span: number,
): unknown {
  const key = `grid-${condition.id}`;
  const open = c.isOpen(key, false);
  const onPlan = canAddToPlan(condition) && c.isOnPlan(condition.id);
  return memo([c.team, c.model, c.texts, condition, open, onPlan, span], () => row(c, condition, groups, views, span, key, open));
}

function row(
  c: TeamResultContext,
  condition: ConditionTeamResult,
  groups: readonly GroupColumn[],
  views: readonly CompanionView[],
  span: number,
  key: string,
  open: boolean,
): TemplateResult {
  const { el } = c;
  const strength = condition.disagreementLevel;
  const detailsId = `${c.id}-${key}-details`;
  return html`<tbody part="condition" class="grid__point" data-condition=${condition.id} data-status=${condition.status}>
    <tr>
      <th scope="row" part="condition-title" class="grid__condition">
        <button
          part="toggle"
          class="toggle"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailsId}
          data-toggle=${key}
          @click=${() => c.toggle(key, false)}
        >
          <span class="toggle__marker" aria-hidden="true"></span><span>${el.mt(condition.title)}</span>
        </button>
      </th>
      ${groups.map((g) => statusCell(el, g.group.conditions.find((x) => x.id === condition.id)?.status ?? 'unknown'))}
      ${views.map((view) => {
        const cell = companionCell(view, condition);
        if (!cell)
          return html`<td class="cell cell--none" data-status="none">
            –<span class="visually-hidden">${el.t('gridNotAsked')}</span>
          </td>`;
        return statusCell(
          el,
          cell.status,
          cell.differs
            ? html` <span class="cell__differs" data-differs
                ><span aria-hidden="true">${el.t('gridDiffers')}</span
                ><span class="visually-hidden">: ${el.t('gridDiffersLong')}</span></span
              >`
            : nothing,
        );
      })}
      <td class="cell cell--strength ${strength ? `cell--${strength}` : ''}" data-strength=${strength ?? 'none'}>
        ${el.t(strength === 'strong' ? 'strongShort' : strength === 'mild' ? 'mildShort' : 'noneShort')}
      </td>
    </tr>
    <tr class="grid__details" id=${detailsId} ?hidden=${!open}>
      <td colspan=${span} part="condition-details">${open ? conditionDetails(c, condition, key) : nothing}</td>
    </tr>
  </tbody>`;
}

function gridLegend({ el }: TeamResultContext, views: readonly CompanionView[]): TemplateResult {
  return html`<details part="legend grid-legend" class="legend">
    <summary>${el.t('gridLegendTitle')}</summary>
    <ul class="legend__list">
      <li class="legend__item">
        <span class="cell cell--good legend__cell" aria-hidden="true">${MARK.good}</span> ${el.t('gridLegendGood')}
      </li>
      <li class="legend__item">
        <span class="cell cell--needs-work legend__cell" aria-hidden="true">${MARK['needs-work']}</span>
        ${el.t('gridLegendNeedsWork')}
      </li>
      <li class="legend__item">
        <span class="cell cell--unknown legend__cell" aria-hidden="true">${MARK.unknown}</span> ${el.t('gridLegendUnknown')}
      </li>
      <li class="legend__item">${el.t('gridLegendStrong')}</li>
      <li class="legend__item">${el.t('gridLegendMild')}</li>
      ${views.map((v) => html`<li class="legend__item">${el.t('gridLegendCompanion', { group: el.mt(v.label) })}</li>`)}
    </ul>
  </details>`;
}

/** A group label as a column heading: with a capital, as the other headings (`initiatiefnemers` → `Initiatiefnemers`). */
function startCapital(label: string, lang: string): string {
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}
