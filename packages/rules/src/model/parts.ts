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
