import type { ActieModel, Answers, IntakeAnswers, Notes } from '../model/types.js';
import { ranked } from '../plan/prioritise.js';
import type { ActionPoint, AssessmentResult, ConditionResult, VerdictCounts } from '../score/types.js';
import { escapeMarkdown, reflectionLines, reportWriter } from './writer.js';
import { fill, type ReportStrings } from './strings.js';

/** Options of {@link formatResult}. */
export interface FormatOptions {
  /** Language of the report; default the model's first language. */
  readonly lang?: string;
  /** `text` for a terminal, `md` for Markdown (a wiki, an e-mail). Default `text`. */
  readonly format?: 'text' | 'md';
  /**
   * What the participant wrote per area (a session's `reflections`), shown under
   * "Wat gaat goed? Wat pakken we op?". Only {@link formatResult} reads it.
   */
  readonly reflections?: Readonly<Record<string, string>>;
  /** The participant's notes per question (a session's `notes`), shown with the point they belong to. */
  readonly notes?: Notes;
  /** The intake answers (a session's `intake`): its `topic` heads the report, and its other text answers are shown. */
  readonly intake?: IntakeAnswers;
  /**
   * The participant's answers (a session's `answers`): with them, every answered question of a
   * point is shown with its answer (a point made from two or three questions shows each; a
   * question not answered yet only when it decided the point); without them, the answers that
   * decided the point.
   */
  readonly answers?: Answers;
}

/** The intake question whose text answer names the initiative: it heads every report. */
export const TOPIC_QUESTION = 'topic';

/** Whether a model speaks to the initiators themselves ("je", no role advice): it describes no roles (`roles: []`). */
export function speaksToInitiators(model: Pick<ActieModel, 'roles'>): boolean {
  return model.roles.length === 0;
}

export { escapeMarkdown } from './writer.js';

/**
 * A readable report of a scored assessment: the initiative it is about (the intake's `topic` as
 * its title), the verdict with its counts and why there are fewer points than questions, "Begin
 * hier" (the first three priorities, see `prioritise`), the points of attention, the suggested
 * role, then per area what needs work, what to offer only if they ask, what goes well (as
 * strengths) and what is not known yet, each point with its questions, the answers and the notes;
 * the reflections; where the questions come from. No internal ids: points are named by their
 * texts, questions by their wording. For a model without roles (the initiators' own set, see
 * {@link speaksToInitiators}) it ends its summary with "Bespreek je antwoorden met je contactpersoon".
 * A model that cannot be used (not built in, not from `validateModel`, and not passing its check)
 * gives a report of the model's problems instead; it never throws.
 */
export function formatResult(given: ActieModel, result: AssessmentResult, options: FormatOptions = {}): string {
  const writer = reportWriter(given, options);
  if ('problems' in writer) return writer.problems;
  const { model, lang, md, s, t, plain, lines, heading, bold } = writer;
  const counts = (c: VerdictCounts): string =>
    fill(c.offers ? s.countsWithOffers : s.counts, {
      good: c.good,
      needsWork: c.needsWork,
      offers: c.offers,
      unknown: c.unknown,
    });

  // The initiative's name or topic heads the report; the model's title follows.
  const topic = options.intake?.[TOPIC_QUESTION];
  const named = typeof topic === 'string' && topic.trim() ? topic.trim() : '';
  if (named) {
    heading(1, plain(named));
    lines.push(t(model.title), '');
  } else heading(1, t(model.title));
  // What else the report is about: the intake's other free-text answers (such as the goal).
  for (const q of model.intake) {
    const value = options.intake?.[q.id];
    if (q.id === TOPIC_QUESTION || q.kind !== 'text' || typeof value !== 'string' || !value.trim()) continue;
    lines.push(`${bold(t(q.title ?? q.text))}: ${plain(value.trim())}`);
  }
  const { answered, total } = result.progress;
  lines.push(`${s.answered}: ${answered} / ${total}`);
  if (result.conditions.length !== total)
    lines.push(fill(s.pointsFromQuestions, { questions: total, points: result.conditions.length }));
  lines.push(`${bold(s.overall)}: ${s.status[result.overall.status]} (${counts(result.overall.counts)})`);
  lines.push(result.overall.counts.offers ? `${s.areaRule} ${s.offersRule}` : s.areaRule);
  if (speaksToInitiators(model)) lines.push('', s.discussWithContact);
  lines.push('');

  // Where to start: the first few priorities (see prioritise), points of attention included.
  const ownAdvice = new Map(model.conditions.map((c) => [c.id, c.action]));
  const start = ranked(result, ownAdvice).slice(0, START_HERE);
  if (start.length) {
    heading(2, s.startHere);
    lines.push(s.startHereIntro, '');
    start.forEach(({ point }, i) =>
      lines.push(`${md ? `${i + 1}.` : `  ${i + 1}.`} ${bold(t(point.title))}${markers(point, s)}`),
    );
    lines.push('');
  }

  const attention = result.actionPoints.filter((p) => p.kind === 'attention');
  if (attention.length) {
    heading(2, s.attention);
    for (const point of attention) {
      lines.push(`${md ? '-' : '  -'} ${bold(t(point.title))}${markers(point, s)}`);
      lines.push(`${md ? '  - ' : '      '}→ ${t(point.text)}`);
    }
    lines.push('');
  }

  if (result.role) {
    const roleTitle = (id: string): string => t(model.roles.find((r) => r.id === id)?.title);
    lines.push(`${bold(`${s.role}:`)} ${roleTitle(result.role.suggested)}. ${t(result.role.reason)}`);
    if (result.role.current) {
      lines.push('');
      lines.push(`${s.roleCurrent}: ${roleTitle(result.role.current)}.${result.role.differs ? ' ' + s.roleDiffers : ''}`);
    }
    lines.push('');
  }

  // What belongs to a point: in Markdown a nested list (so each stays on a line of its own).
  const indent = md ? '  - ' : '      ';
  const questionText = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)));
  const noteLine = (question: string): void => {
    const note = options.notes?.[question]?.trim();
    if (note) lines.push(`${indent}${s.note}: ${md ? escapeMarkdown(note) : note.replace(/\r?\n/g, `\n${indent}`)}`);
  };
  for (const area of model.areas) {
    const areaResult = result.areas.find((a) => a.id === area.id);
    if (!areaResult) continue;
    heading(2, `${area.letter} · ${t(area.title)}: ${s.status[areaResult.status]} (${counts(areaResult.counts)})`);
    const inArea = result.conditions.filter((cond) => cond.area === area.id);
    const section = (title: string, items: ConditionResult[], name: (c: ConditionResult) => string): void => {
      if (!items.length) return;
      lines.push(md ? `**${title}**` : `  ${title}:`);
      if (md) lines.push('');
      for (const cond of items) {
        const marks = cond.actionPoint ? markers({ ...cond.actionPoint, offer: false }, s) : '';
        lines.push(`${md ? '-' : '  -'} ${name(cond)}${marks}`);
        // Every answered question behind the point with its answer (a question still open only
        // when it decided the point; without the answers, those that decided it), each with the
        // participant's note.
        const decided = new Set(cond.decisive.map((d) => d.question));
        const asked = options.answers
          ? cond.questions
              .map((question) => ({ question, answer: options.answers?.[question] }))
              .filter((d) => d.answer !== undefined || decided.has(d.question))
          : cond.decisive;
        const shown = new Set<string>();
        for (const d of asked) {
          shown.add(d.question);
          lines.push(
            `${indent}${fill(s.questionAnswer, { question: t(questionText.get(d.question)), answer: s.answer[d.answer ?? 'none'] })}`,
          );
          noteLine(d.question);
        }
        for (const id of cond.questions) if (!shown.has(id)) noteLine(id);
        if (cond.actionPoint) lines.push(`${indent}→ ${t(cond.actionPoint.text)}`);
      }
      lines.push('');
    };
    section(
      s.needsWork,
      inArea.filter((x) => x.status === 'needs-work' && !x.offer),
      (c) => t(c.concern),
    );
    section(
      s.offers,
      inArea.filter((x) => x.offer),
      (c) => t(c.concern),
    );
    section(
      s.good,
      inArea.filter((x) => x.status === 'good'),
      (c) => t(c.strength),
    );
    section(
      s.unknown,
      inArea.filter((x) => x.status === 'unknown'),
      (c) => t(c.title),
    );
  }

  const reflections = model.areas.flatMap((area) => {
    const text = options.reflections?.[area.id]?.trim();
    return text ? [{ area: area.id, texts: [text] }] : [];
  });
  if (reflections.length) {
    heading(2, s.reflections);
    reflectionLines(model, reflections, lang, md, lines);
  }

  if (result.errors.length) {
    heading(2, s.errors);
    // Named by the question's wording where the problem is an answer or a note, never by its id.
    for (const e of result.errors) {
      const question = /^\/(?:answers|notes)\/(.+)$/.exec(e.path)?.[1];
      const where = question && questionText.has(question) ? t(questionText.get(question)) : '';
      lines.push(`${md ? '-' : '  -'} ${where ? `${where}: ` : ''}${md ? escapeMarkdown(e.message) : e.message}`);
    }
    lines.push('');
  }
  return writer.end();
}

/** How many points "Begin hier" names. */
const START_HERE = 3;

/** What stands after a point's name: decisive, for the organisation, only if they ask. @internal */
export function markers(point: Pick<ActionPoint, 'level' | 'offer' | 'key' | 'kind'>, s: ReportStrings): string {
  const marks = [
    ...(point.key && point.kind === 'improve' ? [s.key] : []),
    ...(point.level === 'organisation' ? [s.forOrganisation] : []),
    ...(point.offer ? [s.offer] : []),
  ];
  return marks.length ? ` (${marks.join('; ')})` : '';
}
