import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
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
import { memo } from './render-memo.js';
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
  /** Whether the next card may be drawn in this render (cards appear a slice at a time). */
  readonly allow: () => boolean;
  /** Whether a stage of a large first result may be drawn in this render: 1 the overview and grid, 2 the other sections. */
  readonly reached: (stage: 1 | 2) => boolean;
  readonly isOnPlan: (condition: string) => boolean;
  /** Put a condition on the plan; `focusKey` names the text that replaces the button. */
  readonly addToPlan: (condition: string, focusKey: string) => void;
  readonly download: () => void;
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
 * A condition as a collapsible card: its title is a button (aria-expanded) that shows or hides
 * the participants' statuses, the status per level, the answers per question and the add-button
 * (only rendered while open). The team status and the difference stay visible when it is closed.
 */
export function conditionCard(
  c: TeamResultContext,
  condition: ConditionTeamResult,
  options: { readonly context: 'discussion' | 'area'; readonly title: TemplateResult | string; readonly headingLevel: 3 | 4 },
): DirectiveResult | typeof nothing {
  if (!c.allow()) return nothing;
  const key = `${options.context}-${condition.id}`;
  const open = c.isOpen(key, condition.disagreement);
  const onPlan = canAddToPlan(condition) && c.isOnPlan(condition.id);
  // A card is drawn again only when what it shows changed: not for every slice of new cards.
  return memo([c.team, c.model, c.texts, condition, open, onPlan, options.context, options.headingLevel], () =>
    card(c, condition, options, key, open),
  );
}

function card(
  c: TeamResultContext,
  condition: ConditionTeamResult,
  options: { readonly context: 'discussion' | 'area'; readonly title: TemplateResult | string; readonly headingLevel: 3 | 4 },
  key: string,
  open: boolean,
): TemplateResult {
  const { el } = c;
  const bodyId = `${c.id}-${key}-body`;
  const button = html`<button
    part="toggle"
    class="toggle"
    type="button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${bodyId}
    data-toggle=${key}
    @click=${() => c.toggle(key, condition.disagreement)}
  >
    <span class="toggle__marker" aria-hidden="true"></span>${options.title}
  </button>`;
  return html`<li
    part=${options.context === 'discussion' ? 'discussion-point' : 'condition'}
    class="condition condition--${condition.status}"
    data-condition=${condition.id}
  >
    ${
      options.headingLevel === 3
        ? html`<h3 part="condition-title" class="condition__title heading">${button}</h3>`
        : html`<h4 part="condition-title" class="condition__title heading">${button}</h4>`
    }
    <p class="meta">
      <span part="team-status" class="status status--${condition.status}">
        ${statusIcon(condition.status)} ${el.t('teamStatus', { status: el.statusLabel(condition.status) })}
      </span>
      ${strengthBadge(el, condition.disagreementLevel)}
    </p>
    <div class="condition__body" id=${bodyId} ?hidden=${!open}>
      ${
        open
          ? html`<p part="participant-statuses" class="condition__counts">
                ${el.t('participantStatuses', {
                  good: el.n(condition.counts.good),
                  needsWork: el.n(condition.counts.needsWork),
                  unknown: el.n(condition.counts.unknown),
                })}
              </p>
              ${levels(c, condition)} ${questions(c, condition, key)} ${addControl(c, condition, key)}`
          : nothing
      }
    </div>
  </li>`;
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
      ${el.t('question', { id: question.id, text: el.mt(question.text) })} ${strengthBadge(el, result.disagreementLevel)}
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
