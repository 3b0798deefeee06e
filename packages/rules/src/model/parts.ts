import type { ActieModel, Area, ModelQuestions, Question, QuestionForm } from './types.js';

/**
 * The keys of a question in the form part: what a form needs to show it at once. Its help text
 * (behind "more information") is in the details: the form part is what a page loads before the
 * first question, and the help texts were a third of it. (The intake is in the form part whole:
 * its questions are few, and the first page a participant sees.)
 */
const FORM_KEYS = ['id', 'text', 'actor', 'level', 'favourable'] as const;

/** The keys of a model that its form part holds beside its areas (see {@link ModelQuestions}), in a model's order. */
const MODEL_FORM_KEYS = ['id', 'version', 'languages', 'title', 'attribution', 'intake'] as const;

/** The fields of `value` named in `keys` (in that order, those with a value), and the rest (in `value`'s order). */
function split<T extends object, K extends keyof T & string>(value: T, keys: readonly K[]): [Pick<T, K>, Omit<T, K>] {
  const named = (key: string): boolean => (keys as readonly string[]).includes(key);
  const picked = Object.fromEntries(keys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]));
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !named(key)));
  return [picked as Pick<T, K>, rest as Omit<T, K>];
}

/** What a question adds to its form: everything but {@link FORM_KEYS} (its help text, advice, result texts, variants). @internal */
export type QuestionDetails = Omit<Question, (typeof FORM_KEYS)[number]>;

/** What an area adds to its {@link ModelQuestions} part: research, sources and what each question adds. @internal */
export interface AreaDetails extends Pick<Area, 'research' | 'sources'> {
  /** Question id → what it adds to its form (advice, result texts, variants). */
  readonly questions: Readonly<Record<string, QuestionDetails>>;
}

/**
 * The rest of a model beside its {@link ModelQuestions}: conditions, roles, role rules, points of
 * attention, texts, migrations, correspondence, and per area (by id) its research, sources and
 * what each question adds. The default model is shipped in these two parts, so a page can show the
 * first question before the rest has loaded. @internal
 */
export interface ModelDetails extends Omit<ActieModel, keyof ModelQuestions> {
  /** Area id → what it adds. */
  readonly areas: Readonly<Record<string, AreaDetails>>;
}

/**
 * A model from its two parts, with the same keys in the same order as `validateModel` gives them
 * (a question's form keys first, then the rest; the model's form keys, its areas, then the rest).
 * The parts must belong together (made by {@link splitModel}; the tests check the built-in ones):
 * an area or question the details do not know is a programming error, not bad input.
 * @internal
 */
export function joinModel(questions: ModelQuestions, details: ModelDetails): ActieModel {
  // The form part holds the model's form keys (id … intake) and its areas; the details, the rest.
  const { areas: formAreas, ...form } = questions;
  const { areas: moreAreas, ...rest } = details;
  const areas = formAreas.map((area): Area => {
    const more = moreAreas[area.id];
    if (!more) throw new Error(`The details of the model have no area "${area.id}".`);
    return {
      id: area.id,
      letter: area.letter,
      title: area.title,
      summary: area.summary,
      research: more.research,
      sources: more.sources,
      questions: area.questions.map((q): Question => {
        const added = more.questions[q.id];
        if (!added) throw new Error(`The details of the model have no advice for question "${q.id}".`);
        // In validateModel's key order: the help text after the question's text.
        const { id, text, ...form } = q;
        const { help, ...advice } = added;
        return { id, text, ...(help ? { help } : {}), ...form, ...advice };
      }),
    };
  });
  return { ...form, areas, ...rest };
}

/** A model in its two parts: what a form needs, and the rest (the opposite of {@link joinModel}). @internal */
export function splitModel(model: ActieModel): { questions: ModelQuestions; details: ModelDetails } {
  const { areas } = model;
  const [form, rest] = split(model, [...MODEL_FORM_KEYS, 'areas']);
  return {
    questions: {
      ...form,
      areas: areas.map((area) => ({
        id: area.id,
        letter: area.letter,
        title: area.title,
        summary: area.summary,
        questions: area.questions.map((q): QuestionForm => split(q, FORM_KEYS)[0]),
      })),
    },
    details: {
      ...rest,
      areas: Object.fromEntries(
        areas.map((area) => [
          area.id,
          {
            research: area.research,
            sources: area.sources,
            questions: Object.fromEntries(area.questions.map((q) => [q.id, split(q, FORM_KEYS)[1]])),
          },
        ]),
      ),
    },
  };
}

/** Whether a value is a text object of a model with these languages: only language keys, every value a string. */
function isText(value: object, languages: readonly string[]): value is Readonly<Record<string, string>> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => languages.includes(key) && typeof text === 'string');
}

/** Every text object of a value, in a fixed order (depth first, keys in their order), given to `visit`. */
function mapTexts(
  value: unknown,
  languages: readonly string[],
  visit: (text: Readonly<Record<string, string>>) => unknown,
): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => mapTexts(item, languages, visit));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value, languages)) return visit(value);
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, mapTexts(child, languages, visit)]));
}

/**
 * A model with the texts of one language only (`languages: [lang]`): every text object keeps only
 * that language. Same ids, questions, rules and version. The built-in `initiativeModelNl` is made
 * this way (scripts/models.js). @internal
 */
export function oneLanguage(model: ActieModel, lang: string): ActieModel {
  const texts = mapTexts(model, model.languages, (text) => ({ [lang]: text[lang] })) as ActieModel;
  return { ...texts, languages: [lang] };
}

/**
 * The texts of one language of a model, in the order {@link withLanguage} adds them (`null` where
 * a text lacks it). The built-in default model's English is written out this way, so that the
 * complete model is its Dutch one plus these texts. @internal
 */
export function textsOf(model: ActieModel, lang: string): (string | null)[] {
  const texts: (string | null)[] = [];
  mapTexts(model, model.languages, (text) => texts.push(text[lang] ?? null));
  return texts;
}

/**
 * A model with the texts of one more language: `texts` as {@link textsOf} gave them, in that
 * order, each added after the model's own languages (`null`: that text has none). The texts must
 * belong to the model (the tests check the built-in ones). @internal
 */
export function withLanguage(model: ActieModel, lang: string, texts: readonly (string | null)[]): ActieModel {
  let next = 0;
  const added = mapTexts(model, model.languages, (text) => {
    const more = texts[next++];
    return more === null || more === undefined ? text : { ...text, [lang]: more };
  }) as ActieModel;
  return { ...added, languages: [...model.languages, lang] };
}
