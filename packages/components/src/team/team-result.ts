import { html, nothing, type TemplateResult } from 'lit';
import type { TeamResult } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { icon, statusIcon } from '../shared/result-icons.js';
import { companionSection, reflectionsSection } from './companion-view.js';
import { discussFirstSection } from './discuss-first.js';
import { answerSwatch, BAR_ANSWERS, type BarAnswer } from './distribution-bar.js';
import { overviewGrid } from './overview-grid.js';
import { memo } from './render-memo.js';
import { LEVELS, levelLabel, type TeamResultContext } from './team-condition.js';
import type { TeamKey } from './team-overview.strings.js';

export { canAddToPlan, type TeamResultContext } from './team-condition.js';

const LEGEND_LABELS: Readonly<Record<BarAnswer, TeamKey>> = {
  yes: 'legendYes',
  partly: 'legendPartly',
  no: 'legendNo',
  'dont-know': 'legendDontKnow',
  unanswered: 'legendUnanswered',
};

/**
 * The team result, the meeting first: who took part, "Bespreek eerst" (at most five points with
 * the reasons, printable as the agenda), the initiators' view, every point in one overview (a grid
 * that fits one screen), then every point per area with the filter right above it (collapsed
 * cards), what participants wrote, and the download. A large first result is drawn in stages: the
 * picture first, then the rest.
 */
export function teamResult(c: TeamResultContext): TemplateResult {
  // The parts without cards show the result only: drawn again for a new result or other texts,
  // not for every slice of cards, an opened card or a new import status.
  const same = [c.team, c.model, c.texts];
  return html`${
    c.reached(1)
      ? html`${memo(same, () => overview(c))} ${discussFirstSection(c)}
        ${memo(same, () => c.team.views.map((view, index) => companionSection(c, view, index)))} ${overviewGrid(c)}`
      : nothing
  }
  ${c.reached(2) ? rest(c, same) : nothing}`;
}

/** Everything after the picture. */
function rest(c: TeamResultContext, same: readonly unknown[]): TemplateResult {
  return html`${memo(same, () => html`${barLegend(c)} ${reflectionsSection(c)} ${exportSection(c)}`)}
    <p part="attribution" class="attribution">${c.el.mt(c.model.attribution)}</p>`;
}

/** "3 deelnemers: 2 uitvoering, 1 organisatie": how many answered from each level, also levels not shown. */
function participantsText(el: Texts<TeamKey>, team: TeamResult): string {
  const levels: string[] = [];
  for (const level of LEVELS) {
    const n = team.participantsByLevel[level] ?? 0;
    if (n > 0) levels.push(el.t('levelCount', { count: el.n(n), level: levelLabel(el, level) }));
  }
  if (team.unknownLevel > 0) levels.push(el.t('levelCount', { count: el.n(team.unknownLevel), level: el.t('levelUnknown') }));
  const participants = el.count('participants', team.participants);
  return levels.length ? el.t('participantsSplit', { participants, levels: levels.join(', ') }) : participants;
}

/** Why levels are not shown on their own (reason `small` or `difference`), else the minimum group size. */
export function hiddenLevelsText(el: Texts<TeamKey>, team: TeamResult): string {
  const hidden = team.hiddenLevels;
  const min = el.n(team.minGroupSize);
  if (!hidden) return el.t('groupMinimum', { min });
  const few = LEVELS.flatMap((level) => {
    const n = team.participantsByLevel[level] ?? 0;
    return n > 0 && n < team.minGroupSize ? [el.t('levelWithCount', { level: levelLabel(el, level), count: el.n(n) })] : [];
  });
  if (team.unknownLevel > 0 && team.unknownLevel < team.minGroupSize) {
    few.push(el.t('levelWithCount', { level: el.t('levelUnknown'), count: el.n(team.unknownLevel) }));
  }
  const sentence = el.t('hiddenSmall', { min, levels: few.join(', ') });
  return hidden.reason === 'difference' ? `${sentence} ${el.t('hiddenDifference')}` : sentence;
}

function overview(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const headingId = `${c.id}-result`;
  const counts = team.overall.counts;
  return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('resultTitle')}</h2>
    <p part="participants" class="participants">${participantsText(el, team)}</p>
    ${team.views
      .filter((v) => v.participants > 0)
      .map(
        (v) =>
          html`<p part="companion-count" class="participants">
            ${el.t('companionCount', { count: el.n(v.participants), group: el.mt(v.label) })}
          </p>`,
      )}
    <p part="hidden-levels" class="hint" data-reason=${team.hiddenLevels?.reason ?? 'none'}>${hiddenLevelsText(el, team)}</p>
    ${duplicatesNotice(c)}
    <p>${el.t('overallIntro', { total: el.n(counts.total) })}</p>
    <ul part="counts" class="counts">
      <li class="status status--good">${statusIcon('good')} ${el.count('countGood', counts.good)}</li>
      <li class="status status--needs-work">${statusIcon('needs-work')} ${el.count('countNeedsWork', counts.needsWork)}</li>
      <li class="status status--unknown">${statusIcon('unknown')} ${el.count('countUnknown', counts.unknown)}</li>
    </ul>
    <p class="hint">${el.t('teamRule')}</p>
  </section>`;
}

/** The key to the bars' patterns (a disclosure), next to the points whose bars it explains. */
function barLegend(c: TeamResultContext): TemplateResult {
  const { el } = c;
  return html`<details part="legend" class="legend">
    <summary>${el.t('legendTitle')}</summary>
    <p>${el.t('legendText')}</p>
    <ul class="legend__list">
      ${BAR_ANSWERS.map((answer) => html`<li class="legend__item">${answerSwatch(c.id, answer)} ${el.t(LEGEND_LABELS[answer])}</li>`)}
    </ul>
  </details>`;
}

/** Files given more than once: which file repeats which, counted once. */
function duplicatesNotice({ el, team, id }: TeamResultContext): TemplateResult | typeof nothing {
  if (!team.duplicates.length) return nothing;
  const headingId = `${id}-duplicates`;
  return html`<div part="duplicates" class="notice" aria-labelledby=${headingId} role="group">
    <h3 part="subheading" id=${headingId}>${el.count('duplicatesTitle', team.duplicates.length)}</h3>
    <p>${el.t('duplicatesIntro')}</p>
    <ul>
      ${team.duplicates.map((d) => html`<li data-source=${d.source}>${el.t('duplicateItem', { file: d.source, sameAs: d.sameAs })}</li>`)}
    </ul>
  </div>`;
}

function exportSection(c: TeamResultContext): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-export`;
  return html`<section part="export" class="section export-section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('exportTitle')}</h2>
    <p>
      ${el.t(c.team.reflections.length || c.team.views.some((v) => v.reflections.length) ? 'exportTextReflections' : 'exportText')}
    </p>
    <p class="hint">${el.t('exportNames')}</p>
    <div class="buttons">
      <button part="button download-button" class="button button--primary" type="button" @click=${c.download}>
        ${icon('download')} ${el.t('download')}
      </button>
    </div>
  </section>`;
}
