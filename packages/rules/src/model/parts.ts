import type { ActieModel, Area, ModelQuestions, Question } from './types.js';

/** What an area adds to its {@link ModelQuestions} part: research, sources and each question's advice. @internal */
export interface AreaDetails extends Pick<Area, 'research' | 'sources'> {
  /** Question id → its advice. */
  readonly questions: Readonly<Record<string, Pick<Question, 'action' | 'agreement'>>>;
}

/**
 * The rest of a model beside its {@link ModelQuestions}: conditions, roles, role rules, texts,
 * migrations, correspondence, and per area (by id) its research, sources and advice. The default
 * model is shipped in these two parts (src/model/builtin/initiative-nl-*.ts), so a page can show
 * the first question before the rest has loaded. @internal
 */
export interface ModelDetails extends Omit<ActieModel, keyof ModelQuestions> {
  /** Area id → what it adds. */
  readonly areas: Readonly<Record<string, AreaDetails>>;
}

/**
 * A model from its two parts, with the same keys in the same order as `validateModel` gives them.
 * The parts must belong together (made by {@link splitModel}; the tests check the built-in ones):
 * an area or question the details do not know is a programming error, not bad input.
 * @internal
 */
export function joinModel(questions: ModelQuestions, details: ModelDetails): ActieModel {
  const { id, version, languages, title, attribution, intake } = questions;
  const areas = questions.areas.map((area): Area => {
    const more = details.areas[area.id];
    if (!more) throw new Error(`The details of the model have no area "${area.id}".`);
    return {
      id: area.id,
      letter: area.letter,
      title: area.title,
      summary: area.summary,
      research: more.research,
      sources: more.sources,
      questions: area.questions.map((q): Question => {
        const advice = more.questions[q.id];
        if (!advice) throw new Error(`The details of the model have no advice for question "${q.id}".`);
        return { ...q, action: advice.action, ...(advice.agreement ? { agreement: advice.agreement } : {}) };
      }),
    };
  });
  const { conditions, roles, roleRules, defaultRole, texts, migrations, correspondence } = details;
  return {
    id,
    version,
    languages,
    title,
    attribution,
    intake,
    areas,
    conditions,
    roles,
    roleRules,
    defaultRole,
    texts,
    migrations,
    correspondence,
  };
}

/** A model in its two parts: what a form needs, and the rest (the opposite of {@link joinModel}). @internal */
export function splitModel(model: ActieModel): { questions: ModelQuestions; details: ModelDetails } {
  const { id, version, languages, title, attribution, intake, areas } = model;
  const { conditions, roles, roleRules, defaultRole, texts, migrations, correspondence } = model;
  return {
    questions: {
      id,
      version,
      languages,
      title,
      attribution,
      intake,
      areas: areas.map((area) => ({
        id: area.id,
        letter: area.letter,
        title: area.title,
        summary: area.summary,
        questions: area.questions.map((q) => ({
          id: q.id,
          text: q.text,
          ...(q.help ? { help: q.help } : {}),
          actor: q.actor,
          level: q.level,
          favourable: q.favourable,
        })),
      })),
    },
    details: {
      conditions,
      roles,
      roleRules,
      defaultRole,
      texts,
      migrations,
      correspondence,
      areas: Object.fromEntries(
        areas.map((area) => [
          area.id,
          {
            research: area.research,
            sources: area.sources,
            questions: Object.fromEntries(
              area.questions.map((q) => [
                q.id,
                q.agreement ? { action: q.action, agreement: q.agreement } : { action: q.action },
              ]),
            ),
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
 * that language. Same ids, questions, rules and version. The built-in `actieModelNl` is made this
 * way (scripts/builtin-models.js). @internal
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
