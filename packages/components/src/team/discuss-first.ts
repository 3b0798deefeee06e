import { html, nothing, type TemplateResult } from 'lit';
import { disagreementLevel, discussFirst, type ConditionTeamResult, type DiscussPoint, type ViewSide } from '@actie/rules';
import { areaLetter } from '../shared/area-letter.js';
import { planControl } from '../shared/condition-card.js';
import { icon, statusIcon } from '../shared/result-icons.js';
import { answerCountsText, canAddToPlan, pointName, type TeamResultContext } from './team-condition.js';
import type { TeamKey } from './team-overview.strings.js';

const VIEW: Readonly<Record<'good' | 'needs-work' | 'unknown', TeamKey>> = {
  good: 'viewGood',
  'needs-work': 'viewNeedsWork',
  unknown: 'viewUnknown',
};

/**
 * "Bespreek eerst": the at most five points of `discussFirst`, each with why in plain words
 * (decisive, how the team differs, how the initiators see it), an add-to-plan control, and a button
 * that prints this part alone on one A4 page: the meeting's agenda.
 */
export function discussFirstSection(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const headingId = `${c.id}-discuss-first`;
  const points = discussFirst(team);
  return html`<section part="discuss-first" class="section discuss-first" aria-labelledby=${headingId} data-print-part="agenda">
    <h2 part="heading" id=${headingId}>${el.t('discussFirstTitle')}</h2>
    ${
      points.length
        ? html`<p>${el.t('discussFirstIntro')}</p>
            <ol part="agenda" class="agenda">
              ${points.map((point) => agendaItem(c, point))}
            </ol>
            <div class="buttons agenda__print">
              <button
                part="button agenda-button"
                class="button"
                type="button"
                aria-describedby=${`${headingId}-hint`}
                @click=${c.printAgenda}
              >
                ${icon('print')} ${el.t('printAgenda')}
              </button>
              <span class="hint" id=${`${headingId}-hint`}>${el.t('agendaHint')}</span>
            </div>`
        : html`<p>${el.t('discussFirstNone')}</p>`
    }
  </section>`;
}

function agendaItem(c: TeamResultContext, point: DiscussPoint): TemplateResult {
  const { el, model } = c;
  const condition = point.condition;
  const area = model.areas.find((a) => a.id === condition.area);
  const key = `agenda-${condition.id}`;
  return html`<li part="agenda-item" class="agenda__item" data-condition=${condition.id} data-reason=${point.reason}>
    <h3 part="agenda-title" class="agenda__title heading">
      ${area ? areaLetter(area.letter, { spoken: true }) : nothing} <span>${pointName(el, condition)}</span>
    </h3>
    <p part="agenda-reason" class="agenda__reason">
      <span class="status status--${condition.status}">
        ${statusIcon(condition.status)} ${el.t('teamStatus', { status: el.statusLabel(condition.status) })}.</span
      >
      ${reasons(c, point)}
    </p>
    ${
      canAddToPlan(condition)
        ? planControl({
            onPlan: c.isOnPlan(condition.id),
            focusKey: key,
            title: el.mt(condition.title),
            addLabel: el.t('addToPlan'),
            onPlanLabel: el.t('onPlan'),
            add: () => c.addToPlan(condition.id, key),
          })
        : nothing
    }
  </li>`;
}

/** Why a point is on the agenda, in words: decisive, how the team differs, how another group sees it. */
export function reasons(c: TeamResultContext, point: DiscussPoint): string {
  const { el } = c;
  const condition = point.condition;
  const parts: string[] = [];
  if (point.reason === 'key-needs-work') parts.push(el.t('reasonKeyNeedsWork'));
  else if (condition.key) parts.push(el.t('reasonKey'));
  const level = condition.disagreementLevel;
  if (level) {
    const { good, needsWork } = condition.counts;
    if (disagreementLevel(good, needsWork) === level) {
      parts.push(el.t(level === 'strong' ? 'reasonStrong' : 'reasonMild', { good: el.n(good), needsWork: el.n(needsWork) }));
    } else {
      parts.push(el.t(level === 'strong' ? 'reasonStrongAnswers' : 'reasonMildAnswers', { answers: splitAnswers(c, condition) }));
    }
  }
  for (const view of point.views) {
    const group = el.mt(view.label);
    const side = (v: ViewSide): string => el.t(VIEW[v.favourable + v.unfavourable ? v.status : 'unknown']);
    parts.push(el.t('reasonView', { group, team: side(view.pair.team), other: side(view.pair.other) }));
  }
  return parts.join(' ');
}

/** The answers to the point's most divided question, in words ("ja 2, deels 1, nee 1"). */
function splitAnswers(c: TeamResultContext, condition: ConditionTeamResult): string {
  const share = (f: number, u: number): number => Math.min(f, u) / (f + u || 1);
  const question = c.team.questions
    .filter((q) => condition.questions.includes(q.question) && q.disagreementLevel === condition.disagreementLevel)
    .sort((a, b) => share(b.favourable, b.unfavourable) - share(a.favourable, a.unfavourable))[0];
  return question ? answerCountsText(c.el, question, false) : '';
}
