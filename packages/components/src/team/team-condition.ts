import { html, nothing, type TemplateResult } from 'lit';
import type {
  ActieModel,
  ConditionTeamResult,
  DisagreementLevel,
  Level,
  Question,
  QuestionTeamResult,
  TeamResult,
} from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { planControl } from '../shared/condition-card.js';
import { statusIcon } from '../shared/result-icons.js';
import { distributionBar, BAR_ANSWERS } from './distribution-bar.js';
import type { TeamKey } from './team-overview.strings.js';

/** Which conditions the lists show: all, those with a strong or a mild difference, or those without one. */
export type DisagreementFilter = 'all' | 'strong' | 'mild' | 'none';

/** The order of the conditions within an area: the model's, or the strongest difference first. */
export type ConditionSort = 'model' | 'strength';

export const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/** What the team result views need of `<actie-team-overview>` besides its texts. */
export interface TeamResultContext {
  readonly el: Texts<TeamKey>;
  /** Prefix of ids in the shadow root (unique per element, for SVG patterns). */
  readonly id: string;
  readonly model: ActieModel;
  readonly team: TeamResult;
  /** The companion models `team` was combined with (the initiators' questions), for their questions' texts. */
  readonly companions: readonly ActieModel[];
  readonly filter: DisagreementFilter;
  readonly sort: ConditionSort;
  /** Replaced whenever the texts change (language, overrides): parts drawn once are drawn again ({@link memo}). */
  readonly texts: object;
  readonly setFilter: (filter: DisagreementFilter) => void;
  readonly setSort: (sort: ConditionSort) => void;
  /** Whether a card (by its key) is open: the user's choice, else open when the team disagrees. */
  readonly isOpen: (key: string, byDefault: boolean) => boolean;
  readonly toggle: (key: string, byDefault: boolean) => void;
  /** Whether a stage of a large first result may be drawn in this render: 1 the overview and grid, 2 the other sections. */
  readonly reached: (stage: 1 | 2) => boolean;
  readonly isOnPlan: (condition: string) => boolean;
  /** Put a condition on the plan; `focusKey` names the text that replaces the button. */
  readonly addToPlan: (condition: string, focusKey: string) => void;
  readonly download: () => void;
  /** Print the "Bespreek eerst" part alone (the meeting's agenda). */
  readonly printAgenda: () => void;
}

/**
 * A point named as in a single participant's report: by its concern when the team says it needs
 * work, by its strength when it goes well, by its title when that is not known.
 */
export function pointName(el: Texts<TeamKey>, condition: ConditionTeamResult): string {
  return el.mt(
    condition.status === 'needs-work' ? condition.concern : condition.status === 'good' ? condition.strength : condition.title,
  );
}

/** Whether a condition may go on the plan: it needs work, or the team disagrees on it. */
export function canAddToPlan(condition: ConditionTeamResult): boolean {
  return condition.status === 'needs-work' || condition.disagreement;
}

/** Whether a condition passes the disagreement filter. */
export function matches(condition: ConditionTeamResult, filter: DisagreementFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'none') return !condition.disagreementLevel;
  return condition.disagreementLevel === filter;
}

const STRENGTH_ORDER: Readonly<Record<DisagreementLevel | 'none', number>> = { strong: 0, mild: 1, none: 2 };

/** Strong differences first, then mild, then none; within each the most divided first, then model order. */
export function byStrength(conditions: readonly ConditionTeamResult[]): ConditionTeamResult[] {
  return conditions
    .map((condition, index) => ({ condition, index }))
    .sort(
      (a, b) =>
        STRENGTH_ORDER[a.condition.disagreementLevel ?? 'none'] - STRENGTH_ORDER[b.condition.disagreementLevel ?? 'none'] ||
        b.condition.division - a.condition.division ||
        a.index - b.index,
    )
    .map((x) => x.condition);
}

export function levelLabel(el: Texts<TeamKey>, level: Level): string {
  return el.t(level === 'frontline' ? 'levelFrontline' : 'levelOrganisation');
}

/** "Sterk verschil" / "Licht verschil" as a badge in text (not only a colour). */
export function strengthBadge(el: Texts<TeamKey>, level: DisagreementLevel | undefined): TemplateResult | typeof nothing {
  if (!level) return nothing;
  return html`<span part="tag strength" class="tag tag--${level}" data-strength=${level}
    >${el.t(level === 'strong' ? 'strongBadge' : 'mildBadge')}</span
  >`;
}

/**
 * What an opened row of the overview shows of a condition: its name as in a single report (its
 * concern when it needs work), the participants' statuses, the status per level, the answers per
 * question (bars with their numbers as text) and the add-button. Drawn only while open.
 */
export function conditionDetails(c: TeamResultContext, condition: ConditionTeamResult, key: string): TemplateResult {
  const { el } = c;
  return html`<p part="point-name" class="details__name">
      <span class="status status--${condition.status}">${statusIcon(condition.status)}</span> ${pointName(el, condition)}
    </p>
    <p part="participant-statuses" class="condition__counts">
      ${el.t('participantStatuses', {
        good: el.n(condition.counts.good),
        needsWork: el.n(condition.counts.needsWork),
        unknown: el.n(condition.counts.unknown),
      })}
    </p>
    ${levels(c, condition)} ${questions(c, condition, key)} ${addControl(c, condition, key)}`;
}

/** The team status per shown group (levels, and the other levels together), when there are two or more. */
function levels({ el, team }: TeamResultContext, condition: ConditionTeamResult): TemplateResult | typeof nothing {
  const status = (conditions: readonly ConditionTeamResult[] | undefined): string =>
    el.statusLabel(conditions?.find((x) => x.id === condition.id)?.status ?? 'unknown').toLocaleLowerCase(el.language);
  const list = LEVELS.flatMap((level) => {
    const group = team.byLevel[level];
    return group ? [el.t('levelStatus', { level: levelLabel(el, level), status: status(group.conditions) })] : [];
  });
  const merged = team.hiddenLevels?.group;
  if (merged) list.push(el.t('levelStatus', { level: el.t('otherLevels'), status: status(merged.conditions) }));
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

/**
 * The answer counts in words: "Ja 2, deels 1, nee 0, weet ik niet 0, niet beantwoord 0" (`all`), or
 * without the zero counts and the capital: "ja 2, deels 1".
 */
export function answerCountsText(el: Texts<TeamKey>, result: QuestionTeamResult, all = true): string {
  const text = BAR_ANSWERS.filter((answer) => all || result.counts[answer] > 0)
    .map(
      (answer) =>
        `${el.answerLabel(answer === 'unanswered' ? undefined : answer).toLocaleLowerCase(el.language)} ${el.n(result.counts[answer])}`,
    )
    .join(', ');
  return all ? text.charAt(0).toLocaleUpperCase(el.language) + text.slice(1) : text;
}

function questionItem(c: TeamResultContext, question: Question, result: QuestionTeamResult, context: string): TemplateResult {
  const { el } = c;
  const label = answerCountsText(el, result);
  return html`<li part="question" class="question" data-question=${question.id}>
    <p part="question-text" class="question__text">
      ${el.t('question', { text: el.mt(question.text) })} ${strengthBadge(el, result.disagreementLevel)}
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
