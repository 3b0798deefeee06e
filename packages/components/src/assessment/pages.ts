import type { AreaQuestions, IntakeQuestion, ModelQuestions, QuestionForm } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import type { AssessmentKey } from './assessment.strings.js';

/**
 * At most this many questions on one page of a step. A step of the default model has up to 11
 * questions (up to 8.5 phone screens on one page); three fit on about one and a half, so a person
 * can finish a page, and sees where they are (docs/accessibility.md, "Steps and pages").
 */
export const PAGE_SIZE = 3;

/** The id of the last step, where the participant checks every answer before finishing. */
export const CHECK_STEP = 'review';

/** One step of the form. */
export type Step =
  | { readonly id: 'intake'; readonly kind: 'intake'; readonly title: string; readonly questions: readonly IntakeQuestion[] }
  | {
      readonly id: string;
      readonly kind: 'area';
      readonly title: string;
      readonly area: AreaQuestions;
      readonly questions: readonly QuestionForm[];
    }
  | { readonly id: typeof CHECK_STEP; readonly kind: 'check'; readonly title: string; readonly questions: readonly [] };

/** Where the participant is: the step, its index in the list, the page and how many pages it has. */
export interface Place {
  readonly step: Step;
  readonly index: number;
  readonly page: number;
  readonly pages: number;
}

/** A place to go to: a step id and a page in it. */
export interface Target {
  readonly id: string;
  readonly page: number;
}

/** The title of the intake step: about the organisation in the organisation scan, else about the initiative. */
export function intakeTitle(c: Pick<Texts<AssessmentKey>, 't'>, model: ModelQuestions): string {
  return c.t(model.id === 'actie-organisation' ? 'intakeTitleOrganisation' : 'intakeTitle');
}

/** The steps: the intake, one per area, the check of all answers. */
export function steps(el: Texts<AssessmentKey>, model: ModelQuestions): Step[] {
  return [
    { id: 'intake', kind: 'intake', title: intakeTitle(el, model), questions: model.intake },
    ...model.areas.map((area): Step => ({
      id: area.id,
      kind: 'area',
      title: el.mt(area.title),
      area,
      questions: area.questions,
    })),
    { id: CHECK_STEP, kind: 'check', title: el.t('checkTitle'), questions: [] },
  ];
}

/** How many pages a step has (at least one). */
export function pageCount(step: Step): number {
  return Math.max(1, Math.ceil(step.questions.length / PAGE_SIZE));
}

/** The questions on a page of a step, with their number in the step (1-based). */
export function questionsOn<Q extends IntakeQuestion | QuestionForm>(
  questions: readonly Q[],
  page: number,
): { readonly question: Q; readonly number: number }[] {
  return questions
    .slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
    .map((question, i) => ({ question, number: page * PAGE_SIZE + i + 1 }));
}

/** The page of a step a question is on (0 when it is not in the step). */
export function pageOf(step: Step, question: string): number {
  const index = step.questions.findIndex((q) => q.id === question);
  return index < 0 ? 0 : Math.floor(index / PAGE_SIZE);
}

/** The place a saved step and page point to: the intake when the step is unknown, the last page when the page is past it. */
export function placeOf(list: readonly Step[], savedStep: string, savedPage: number): Place {
  const found = list.findIndex((s) => s.id === savedStep);
  const index = found < 0 ? 0 : found;
  const step = list[index] as Step;
  const pages = pageCount(step);
  return { step, index, page: found < 0 ? 0 : Math.min(Math.max(savedPage, 0), pages - 1), pages };
}

/** The page after this one: the next page of the step, else the first page of the next step. */
export function nextOf(list: readonly Step[], place: Place): Target | undefined {
  if (place.page + 1 < place.pages) return { id: place.step.id, page: place.page + 1 };
  const next = list[place.index + 1];
  return next ? { id: next.id, page: 0 } : undefined;
}

/** The page before this one: the previous page of the step, else the last page of the previous step. */
export function previousOf(list: readonly Step[], place: Place): Target | undefined {
  if (place.page > 0) return { id: place.step.id, page: place.page - 1 };
  const previous = list[place.index - 1];
  return previous ? { id: previous.id, page: pageCount(previous) - 1 } : undefined;
}
