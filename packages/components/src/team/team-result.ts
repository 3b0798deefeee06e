import { html, nothing, type TemplateResult } from 'lit';
import type {
  ActieModel,
  Area,
  AreaTeamResult,
  ConditionTeamResult,
  Level,
  Question,
  QuestionTeamResult,
  TeamResult,
} from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { areaLetter } from '../shared/area-letter.js';
import { planControl } from '../shared/condition-card.js';
import { icon, statusIcon } from '../shared/icons.js';
import { answerSwatch, distributionBar, BAR_ANSWERS, type BarAnswer } from './distribution-bar.js';
import type { TeamKey } from './team-overview.strings.js';

const LEGEND_LABELS: Readonly<Record<BarAnswer, TeamKey>> = {
  yes: 'legendYes',
  partly: 'legendPartly',
  no: 'legendNo',
  'dont-know': 'legendDontKnow',
  unanswered: 'legendUnanswered',
};

const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/** What the team result views need of `<actie-team-overview>` besides its texts. */
export interface TeamResultContext {
  readonly el: Texts<TeamKey>;
  /** Prefix of ids in the shadow root (unique per element, for SVG patterns). */
  readonly id: string;
  readonly model: ActieModel;
  readonly team: TeamResult;
  readonly isOnPlan: (condition: string) => boolean;
  /** Put a condition on the plan; `focusKey` names the text that replaces the button. */
  readonly addToPlan: (condition: string, focusKey: string) => void;
  readonly download: () => void;
}

/** Whether a condition may go on the plan: it needs work, or the team disagrees on it. */
export function canAddToPlan(condition: ConditionTeamResult): boolean {
  return condition.status === 'needs-work' || condition.disagreement;
}

/** The team result: overview, discussion points, every area, and the download. */
export function teamResult(c: TeamResultContext): TemplateResult {
  const areaResults = new Map(c.team.areas.map((a) => [a.id, a]));
  return html`${overview(c)} ${discussion(c)}
    ${c.model.areas.map((area) => {
      const areaResult = areaResults.get(area.id);
      return areaResult ? areaSection(c, area, areaResult) : nothing;
    })}
    ${exportSection(c)}
    <p part="attribution" class="attribution">${c.el.mt(c.model.attribution)}</p>`;
}

function levelLabel(el: Texts<TeamKey>, level: Level): string {
  return el.t(level === 'frontline' ? 'levelFrontline' : 'levelOrganisation');
}

function participantsText({ el, team }: TeamResultContext): string {
  const levels: string[] = [];
  for (const level of LEVELS) {
    const group = team.byLevel[level];
    if (group) levels.push(el.t('levelCount', { count: el.n(group.participants), level: levelLabel(el, level) }));
  }
  if (team.unknownLevel > 0) levels.push(el.t('levelCount', { count: el.n(team.unknownLevel), level: el.t('levelUnknown') }));
  const participants = el.count('participants', team.participants);
  return levels.length ? el.t('participantsSplit', { participants, levels: levels.join(', ') }) : participants;
}

function overview(c: TeamResultContext): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-result`;
  const counts = c.team.overall.counts;
  return html`<section part="overview" class="section overview" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('resultTitle')}</h2>
    <p part="participants" class="participants">${participantsText(c)}</p>
    <p>${el.t('overallIntro', { total: el.n(counts.total) })}</p>
    <ul part="counts" class="counts">
      <li class="status status--good">${statusIcon('good')} ${el.count('countGood', counts.good)}</li>
      <li class="status status--needs-work">${statusIcon('needs-work')} ${el.count('countNeedsWork', counts.needsWork)}</li>
      <li class="status status--unknown">${statusIcon('unknown')} ${el.count('countUnknown', counts.unknown)}</li>
    </ul>
    <p class="hint">${el.t('teamRule')}</p>
    <div part="legend" class="legend">
      <h3 part="subheading">${el.t('legendTitle')}</h3>
      <p>${el.t('legendText')}</p>
      <ul class="legend__list">
        ${BAR_ANSWERS.map((answer) => html`<li class="legend__item">${answerSwatch(c.id, answer)} ${el.t(LEGEND_LABELS[answer])}</li>`)}
      </ul>
    </div>
  </section>`;
}

function discussion(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const headingId = `${c.id}-discussion`;
  return html`<section part="discussion" class="section discussion" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('discussionTitle')}</h2>
    ${
      team.disagreements.length
        ? html`<p>${el.t('discussionIntro')}</p>
            <ol part="discussion-list" class="conditions">
              ${team.disagreements.map((condition) => discussionPoint(c, condition))}
            </ol>`
        : html`<p>${el.t('discussionNone')}</p>`
    }
  </section>`;
}

function discussionPoint(c: TeamResultContext, condition: ConditionTeamResult): TemplateResult {
  const area = c.model.areas.find((a) => a.id === condition.area);
  const context = `discussion-${condition.id}`;
  return html`<li part="discussion-point" class="condition condition--${condition.status}" data-condition=${condition.id}>
    <h3 part="condition-title" class="condition__title heading">
      ${area ? areaLetter(area.letter, { spoken: true }) : nothing}
      <span>${c.el.mt(condition.title)}</span>
    </h3>
    ${conditionMeta(c, condition, false)} ${levels(c, condition)} ${questions(c, condition, context)}
    ${addControl(c, condition, context)}
  </li>`;
}

/** Team status, participants' statuses and (optionally) the discussion tag of a condition. */
function conditionMeta({ el }: TeamResultContext, condition: ConditionTeamResult, tag: boolean): TemplateResult {
  return html`<p class="meta">
      <span part="team-status" class="status status--${condition.status}">
        ${statusIcon(condition.status)} ${el.t('teamStatus', { status: el.statusLabel(condition.status) })}
      </span>
      ${tag && condition.disagreement ? html`<span part="tag" class="tag">${el.t('discussionTag')}</span>` : nothing}
    </p>
    <p part="participant-statuses" class="condition__counts">
      ${el.t('participantStatuses', {
        good: el.n(condition.counts.good),
        needsWork: el.n(condition.counts.needsWork),
        unknown: el.n(condition.counts.unknown),
      })}
    </p>`;
}

function levels({ el, team }: TeamResultContext, condition: ConditionTeamResult): TemplateResult | typeof nothing {
  const list = LEVELS.flatMap((level) => {
    const c = team.byLevel[level]?.conditions.find((x) => x.id === condition.id);
    if (!c) return [];
    const status = el.statusLabel(c.status).toLocaleLowerCase(el.language);
    return [el.t('levelStatus', { level: levelLabel(el, level), status })];
  });
  if (list.length < 2) return nothing;
  return html`<p part="levels" class="condition__counts">${el.t('byLevel', { levels: list.join(', ') })}</p>`;
}

function questions(c: TeamResultContext, condition: ConditionTeamResult, context: string): TemplateResult {
  const byId = new Map(c.team.questions.map((q) => [q.question, q]));
  const modelQuestions = new Map(c.model.areas.flatMap((a) => a.questions.map((q) => [q.id, q] as const)));
  return html`<ul part="question-list" class="questions">
    ${condition.questions.map((id) => {
      const result = byId.get(id);
      const question = modelQuestions.get(id);
      return result && question ? questionItem(c, question, result, context) : nothing;
    })}
  </ul>`;
}

/** The answer counts in words: "Ja 2, deels 1, nee 0, weet ik niet 0, niet beantwoord 0". */
function distributionText(el: Texts<TeamKey>, result: QuestionTeamResult): string {
  const text = BAR_ANSWERS.map(
    (answer) =>
      `${el.answerLabel(answer === 'unanswered' ? undefined : answer).toLocaleLowerCase(el.language)} ${el.n(result.counts[answer])}`,
  ).join(', ');
  return text.charAt(0).toLocaleUpperCase(el.language) + text.slice(1);
}

function questionItem(c: TeamResultContext, question: Question, result: QuestionTeamResult, context: string): TemplateResult {
  const { el } = c;
  const label = distributionText(el, result);
  return html`<li part="question" class="question" data-question=${question.id}>
    <p part="question-text" class="question__text">
      ${el.t('question', { id: question.id, text: el.mt(question.text) })}
      ${result.disagreement ? html`<span part="tag" class="tag">${el.t('questionDiffers')}</span>` : nothing}
    </p>
    ${question.favourable === 'no' ? html`<p class="question__note">${el.t('favourableNo')}</p>` : nothing}
    <div part="distribution" class="distribution">
      ${distributionBar({ id: `${c.id}-${context}-${question.id}`, counts: result.counts, favourable: question.favourable, label })}
      <span part="distribution-counts" class="distribution__counts">${label}</span>
    </div>
  </li>`;
}

function addControl(c: TeamResultContext, condition: ConditionTeamResult, context: string): TemplateResult | typeof nothing {
  if (!canAddToPlan(condition)) return nothing;
  return planControl({
    onPlan: c.isOnPlan(condition.id),
    focusKey: context,
    title: c.el.mt(condition.title),
    addLabel: c.el.t('addToPlan'),
    onPlanLabel: c.el.t('onPlan'),
    add: () => c.addToPlan(condition.id, context),
  });
}

function areaSection(c: TeamResultContext, area: Area, areaResult: AreaTeamResult): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-area-${area.id}`;
  const conditions = c.team.conditions.filter((x) => x.area === area.id);
  const counts = areaResult.counts;
  return html`<section part="area" class="section area" data-area=${area.id} aria-labelledby=${headingId}>
    <h2 part="heading area-heading" class="heading" id=${headingId}>
      ${areaLetter(area.letter)}
      <span>${el.mt(area.title)}</span>
      <span part="area-status" class="status status--${areaResult.status}">
        ${statusIcon(areaResult.status)}<span class="visually-hidden">:</span>
        ${el.t('teamStatus', { status: el.statusLabel(areaResult.status) })}
      </span>
    </h2>
    <p part="area-counts" class="area__counts">
      ${el.t('overallIntro', { total: el.n(counts.total) })}
      ${[
        el.count('countGood', counts.good),
        el.count('countNeedsWork', counts.needsWork),
        el.count('countUnknown', counts.unknown),
      ].join(', ')}.
      ${areaResult.disagreements ? el.count('areaDisagreements', areaResult.disagreements) + '.' : ''}
    </p>
    <ul part="condition-list" class="conditions">
      ${conditions.map((condition) => conditionCard(c, condition))}
    </ul>
  </section>`;
}

function conditionCard(c: TeamResultContext, condition: ConditionTeamResult): TemplateResult {
  const context = `area-${condition.id}`;
  const title = c.el.mt(condition.title);
  return html`<li part="condition" class="condition condition--${condition.status}" data-condition=${condition.id}>
    <h3 part="condition-title" class="condition__title">${title}</h3>
    ${conditionMeta(c, condition, true)}
    <details part="details" class="details">
      <summary>${c.el.t('answersDetails')}<span class="visually-hidden">: ${title}</span></summary>
      ${questions(c, condition, context)}
    </details>
    ${addControl(c, condition, context)}
  </li>`;
}

function exportSection(c: TeamResultContext): TemplateResult {
  const { el } = c;
  const headingId = `${c.id}-export`;
  return html`<section part="export" class="section export-section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('exportTitle')}</h2>
    <p>${el.t('exportText')}</p>
    <p class="hint">${el.t('exportNames')}</p>
    <div class="buttons">
      <button part="button download-button" class="button button--primary" type="button" @click=${c.download}>
        ${icon('download')} ${el.t('download')}
      </button>
    </div>
  </section>`;
}
