import { localize } from '../localize.js';
import type { ActieModel, Level } from '../model/types.js';
import type { StatusCounts } from '../score/types.js';
import { discussFirst, type DiscussPoint } from '../team/discuss.js';
import { disagreementLevel } from '../team/tally.js';
import type {
  CompanionView,
  ConditionTeamResult,
  QuestionTeamResult,
  TeamGroupResult,
  TeamResult,
  ViewSide,
} from '../team/types.js';
import type { FormatOptions } from './result.js';
import { fill, type ReportStrings } from './strings.js';
import { escapeMarkdown, reflectionLines, reportWriter } from './writer.js';

const LEVELS: readonly Level[] = ['frontline', 'organisation'];

/** How many reasons per rejected file a report shows; the rest is counted. */
const REASONS_SHOWN = 3;

/**
 * A readable report of a team result: how many took part (per level, and why a level is not
 * shown on its own), the points to discuss first (`discussFirst`, each with its reasons), the
 * discussion points (strong differences first, then mild ones), then per area the conditions by
 * team status with the distribution of statuses and answers, the per-level status and the action
 * point; each companion group's view next to the team's (such as the initiators'), what
 * participants wrote per area, a per-level summary, and the files that were given twice, not
 * combined, or carried over.
 *
 * Shows counts and the reflections participants wrote for the team, never names, and no internal
 * ids: a point is named as in a single report (by its concern when it needs work, by its strength
 * when it goes well), a question by its wording.
 *
 * @param given - The model the team result was combined for; one that cannot be used gives a
 *   report of its problems instead (never an exception).
 * @param team - The result of `aggregate`.
 * @param options - Language (`nl` default) and `text` (terminal) or `md` (Markdown).
 */
export function formatTeamResult(given: ActieModel, team: TeamResult, options: FormatOptions = {}): string {
  // A model that cannot be used gives a report of its problems, never an exception.
  const writer = reportWriter(given, options);
  if ('problems' in writer) return writer.problems;
  const { model, lang, md, s, t, plain, lines, heading } = writer;
  const bullet = md ? '-' : '  -';
  const sub = md ? '  -' : '      ';

  heading(1, `${s.team.title}: ${t(model.title)}`);
  if (team.participants === 0) {
    lines.push(s.team.empty);
    lines.push('');
  } else {
    lines.push(`${s.team.participants}: ${team.participants}${levelBreakdown(team, s)}`);
    const hidden = hiddenText(team, s);
    if (hidden) lines.push(plain(hidden));
    lines.push(`${s.overall}: ${s.status[team.overall.status]} (${overallText(team.overall.counts, s)})`);
    lines.push(s.areaRule);
    lines.push('');

    const areaOf = new Map(model.areas.map((a) => [a.id, a]));
    const questionsById = new Map(team.questions.map((q) => [q.question, q]));
    const questionText = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)));
    const split = levelsShown(team);
    // A point is named as in a single report: by its concern when it needs work, its strength when it goes well.
    const name = (c: ConditionTeamResult): string =>
      t(c.status === 'needs-work' ? c.concern : c.status === 'good' ? c.strength : c.title);
    const answerLines = (c: ConditionTeamResult): void => {
      for (const id of c.questions) {
        const q = questionsById.get(id);
        if (q) lines.push(`${sub} ${t(questionText.get(id))} (${answerCountsText(q, s)})`);
      }
    };
    const conditionLines = (c: ConditionTeamResult, withAction: boolean): void => {
      const marker = c.disagreementLevel
        ? md
          ? `, **${s.team.strength[c.disagreementLevel]}**`
          : ` [${s.team.strength[c.disagreementLevel]}]`
        : '';
      lines.push(`${bullet} ${name(c)} (${statusCountsText(c.counts, s)})${marker}`);
      answerLines(c);
      if (c.answered < team.participants) {
        lines.push(`${sub} ${s.team.answeredBy} ${c.answered} ${s.team.of} ${team.participants}`);
      }
      if (split.length > 1) {
        const perLevel = split.map((level) => {
          const status = team.byLevel[level]?.conditions.find((x) => x.id === c.id)?.status ?? 'unknown';
          return `${s.team.level[level]}: ${s.status[status]}`;
        });
        lines.push(`${sub} ${perLevel.join(' · ')}`);
      }
      const action = withAction ? team.actionPoints.find((a) => a.condition === c.id) : undefined;
      if (action) lines.push(`${md ? '  -' : '      '} → ${t(action.text)}`);
    };

    const first = discussFirst(team);
    if (first.length) {
      heading(2, s.team.discussFirst);
      lines.push(s.team.discussFirstIntro, '');
      first.forEach((point, i) => {
        const area = areaOf.get(point.condition.area);
        lines.push(
          `${md ? `${i + 1}.` : `  ${i + 1}.`} ${area ? `${plain(area.letter)} · ` : ''}${md ? `**${name(point.condition)}**` : name(point.condition)}`,
        );
        lines.push(`${md ? '   ' : '      '} ${reasonsText(point, team, lang, model, s, plain)}`);
      });
      lines.push('');
    }

    heading(2, s.team.discussion);
    if (team.disagreements.length) {
      lines.push(s.team.discussionIntro);
      lines.push('');
      for (const strength of ['strong', 'mild'] as const) {
        const items = team.disagreements.filter((c) => c.disagreementLevel === strength);
        if (!items.length) continue;
        lines.push(
          md
            ? `### ${s.team.strengthHeading[strength]} (${items.length})`
            : `${s.team.strengthHeading[strength]} (${items.length}):`,
        );
        lines.push('');
        for (const c of items) {
          const area = areaOf.get(c.area);
          lines.push(`${bullet} ${area ? `${plain(area.letter)} · ` : ''}${name(c)} (${statusCountsText(c.counts, s)})`);
          answerLines(c);
        }
        lines.push('');
      }
    } else {
      lines.push(s.team.noDiscussion);
    }
    lines.push('');

    for (const area of model.areas) {
      const areaResult = team.areas.find((a) => a.id === area.id);
      if (!areaResult) continue;
      const k = areaResult.counts;
      heading(
        2,
        `${plain(area.letter)} · ${t(area.title)}: ${s.status[areaResult.status]} (${k.good} / ${k.needsWork} / ${k.unknown})`,
      );
      const inArea = team.conditions.filter((c) => c.area === area.id);
      const section = (title: string, items: readonly ConditionTeamResult[], withAction: boolean): void => {
        if (!items.length) return;
        lines.push(md ? `**${title}**` : `  ${title}:`);
        if (md) lines.push('');
        for (const c of items) conditionLines(c, withAction);
        lines.push('');
      };
      section(
        s.needsWork,
        inArea.filter((c) => c.status === 'needs-work'),
        true,
      );
      section(
        s.good,
        inArea.filter((c) => c.status === 'good'),
        false,
      );
      section(
        s.unknown,
        inArea.filter((c) => c.status === 'unknown'),
        true,
      );
    }

    for (const view of team.views) viewLines(model, view, team.minCompanionGroupSize, lang, md, s, lines);

    if (team.reflections.length) {
      heading(2, s.team.reflections);
      reflectionLines(model, team.reflections, lang, md, lines);
    }

    if (split.length > 1 || team.unknownLevel > 0 || team.hiddenLevels) {
      heading(2, s.team.byLevel);
      for (const level of split) {
        const group = team.byLevel[level];
        if (group) lines.push(`${bullet} ${levelSummary(model, group, s.team.level[level], s, plain)}`);
      }
      const merged = team.hiddenLevels?.group;
      if (merged) lines.push(`${bullet} ${levelSummary(model, merged, s.team.otherLevels, s, plain)}`);
      if (team.unknownLevel > 0) lines.push(`${bullet} ${s.team.unknownLevel}: ${team.unknownLevel}`);
      if (hidden) lines.push('', plain(hidden));
      lines.push('');
    }
  }

  if (team.duplicates.length) {
    heading(2, `${s.team.duplicates} (${team.duplicates.length})`);
    for (const d of team.duplicates) lines.push(`${bullet} ${plain(d.source)} ${s.team.sameAs} ${plain(d.sameAs)}`);
    lines.push('');
  }
  if (team.errors.length) {
    heading(2, s.errors);
    for (const e of team.errors) lines.push(`${bullet} ${e.path || '/'}: ${plain(e.message)}`);
    lines.push('');
  }
  if (team.rejected.length) {
    heading(2, `${s.team.rejected} (${team.rejected.length})`);
    for (const r of team.rejected) {
      const shown = r.errors.slice(0, REASONS_SHOWN).map((e) => `${e.path ? `${e.path}: ` : ''}${e.message}`);
      const more = r.errors.length > REASONS_SHOWN ? ` (+${r.errors.length - REASONS_SHOWN})` : '';
      lines.push(`${bullet} ${plain(r.source)}: ${plain(shown.join(' '))}${more}`);
    }
    lines.push('');
  }
  if (team.migrated.length) {
    heading(2, `${s.team.migrated} (${team.migrated.length})`);
    for (const m of team.migrated) lines.push(`${bullet} ${plain(m.source)}: ${s.team.migratedFrom} ${m.from}`);
    lines.push('');
  }
  return writer.end();
}

/** Why a point is discussed first, in words: decisive, how the team differs, where another group differs. */
function reasonsText(
  point: DiscussPoint,
  team: TeamResult,
  lang: string,
  model: ActieModel,
  s: ReportStrings,
  plain: (text: string) => string,
): string {
  const c = point.condition;
  const parts: string[] = [];
  if (point.reason === 'key-needs-work') parts.push(s.team.reason.keyNeedsWork);
  else if (c.key) parts.push(s.team.reason.key);
  if (c.disagreementLevel) parts.push(fill(s.team.reason[c.disagreementLevel], { counts: splitText(c, team, s) }));
  for (const view of point.views) {
    const group = localize(view.label, lang, model.languages);
    const status = (side: ViewSide): string => s.status[side.favourable + side.unfavourable ? side.status : 'unknown'];
    parts.push(plain(fill(s.team.reason.view, { group, team: status(view.pair.team), other: status(view.pair.other) })));
  }
  return parts.join(' ');
}

/**
 * The counts behind a point's difference: the participants' statuses when they differ as much as
 * the point does, else the answers to its most divided question.
 */
function splitText(c: ConditionTeamResult, team: TeamResult, s: ReportStrings): string {
  if (disagreementLevel(c.counts.good, c.counts.needsWork) === c.disagreementLevel) return statusCountsText(c.counts, s);
  const share = (q: QuestionTeamResult): number => Math.min(q.favourable, q.unfavourable) / (q.favourable + q.unfavourable || 1);
  const question = team.questions
    .filter((q) => c.questions.includes(q.question) && q.disagreementLevel === c.disagreementLevel)
    .sort((a, b) => share(b) - share(a))[0];
  return question ? answerCountsText(question, s) : statusCountsText(c.counts, s);
}

/** The levels shown on their own, in display order. */
function levelsShown(team: TeamResult): Level[] {
  return LEVELS.filter((level) => (team.byLevel[level]?.participants ?? 0) > 0);
}

/** " (uitvoering 3, organisatie 1)": how many answered from each level, also levels not shown. */
function levelBreakdown(team: TeamResult, s: ReportStrings): string {
  const counts = team.participantsByLevel;
  const parts = LEVELS.flatMap((level) => (counts[level] ? [`${s.team.level[level]} ${counts[level]}`] : []));
  if (team.unknownLevel > 0 && parts.length) parts.push(`${s.team.unknownLevel} ${team.unknownLevel}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** Why levels are not shown on their own, or nothing when all are. */
function hiddenText(team: TeamResult, s: ReportStrings): string {
  const hidden = team.hiddenLevels;
  if (!hidden) return '';
  const small = LEVELS.filter((level) => {
    const n = team.participantsByLevel[level] ?? 0;
    return n > 0 && n < team.minGroupSize;
  });
  const few = small.map((level) => `${s.team.level[level]} (${team.participantsByLevel[level] ?? 0})`);
  if (team.unknownLevel > 0 && team.unknownLevel < team.minGroupSize) few.push(`${s.team.unknownLevel} (${team.unknownLevel})`);
  const sentence = fill(s.team.hiddenSmall, { min: team.minGroupSize, levels: few.join(', ') });
  return hidden.reason === 'difference' ? `${sentence} ${s.team.hiddenDifference}` : sentence;
}

/** A companion group's view next to the team's, pair by pair; or why it is not shown. */
function viewLines(
  model: ActieModel,
  view: CompanionView,
  min: number,
  lang: string,
  md: boolean,
  s: ReportStrings,
  lines: string[],
): void {
  const group = localize(view.label, lang, model.languages);
  const plain = (text: string): string => (md ? escapeMarkdown(text) : text);
  const title = fill(s.team.viewHeading, { group, n: view.participants });
  lines.push(md ? `## ${plain(title)}` : title, '');
  if (!view.shown) {
    lines.push(plain(fill(s.team.viewHidden, { group, n: view.participants, min })), '');
    return;
  }
  lines.push(s.team.viewIntro, '');
  const questionText = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)));
  const side = (v: ViewSide): string =>
    v.favourable + v.unfavourable === 0
      ? s.status.unknown
      : fill(s.team.viewSide, { status: s.status[v.status], f: v.favourable, n: v.favourable + v.unfavourable });
  for (const pair of view.comparison) {
    const text = localize(questionText.get(pair.team.question), lang, model.languages);
    const marker = pair.differs ? (md ? ` **${s.team.viewDiffers}**` : ` [${s.team.viewDiffers}]`) : '';
    lines.push(`${md ? '-' : '  -'} ${plain(text)}${marker}`);
    lines.push(`${md ? '  -' : '      '} ${s.team.teamSide}: ${side(pair.team)} · ${plain(group)}: ${side(pair.other)}`);
  }
  lines.push('');
  if (view.reflections.length) {
    const heading = plain(fill(s.team.viewReflections, { group }));
    lines.push(md ? `**${heading}**` : `${heading}:`, '');
    reflectionLines(model, view.reflections, lang, md, lines);
  }
}

function overallText(c: StatusCounts, s: ReportStrings): string {
  return `${s.good.toLowerCase()} ${c.good}, ${s.needsWork.toLowerCase()} ${c.needsWork}, ${s.unknown.toLowerCase()} ${c.unknown}`;
}

/** "gaat goed 2, vraagt aandacht 1": the participants' statuses, zero counts left out. */
function statusCountsText(c: StatusCounts, s: ReportStrings): string {
  const parts: string[] = [];
  if (c.good) parts.push(`${s.status.good} ${c.good}`);
  if (c.needsWork) parts.push(`${s.status['needs-work']} ${c.needsWork}`);
  if (c.unknown) parts.push(`${s.status.unknown} ${c.unknown}`);
  return parts.join(', ') || `${s.status.unknown} 0`;
}

/** "ja 2, nee 1": the answers to a question, zero counts left out. */
function answerCountsText(q: QuestionTeamResult, s: ReportStrings): string {
  const c = q.counts;
  const parts: string[] = [];
  if (c.yes) parts.push(`${s.answer.yes} ${c.yes}`);
  if (c.partly) parts.push(`${s.answer.partly} ${c.partly}`);
  if (c.no) parts.push(`${s.answer.no} ${c.no}`);
  if (c['dont-know']) parts.push(`${s.answer['dont-know']} ${c['dont-know']}`);
  if (c.unanswered) parts.push(`${s.answer.none} ${c.unanswered}`);
  return parts.join(', ');
}

/** One line per level: participants, overall status and each area's status. */
function levelSummary(
  model: ActieModel,
  group: TeamGroupResult,
  label: string,
  s: ReportStrings,
  plain: (text: string) => string,
): string {
  const areas = model.areas.map((area) => {
    const status = group.areas.find((a) => a.id === area.id)?.status ?? 'unknown';
    return `${plain(area.letter)} ${s.status[status]}`;
  });
  return `${label} (${group.participants}): ${s.status[group.overall.status]}; ${areas.join(', ')}`;
}
