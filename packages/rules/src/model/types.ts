/**
 * Types of an ACTIE model: the questions, conditions and advice as plain, serialisable data.
 *
 * A model is JSON. The default model ({@link actieModel}) is one; a municipality can write its
 * own and check it with `validateModel`.
 *
 * @packageDocumentation
 */

/** A language code such as `nl` or `en` (BCP 47 primary tag, lower case). */
export type LanguageCode = string;

/**
 * A text in several languages, keyed by language code. A valid model has a text for every
 * language listed in {@link ActieModel.languages}.
 *
 * @example `{ "nl": "Animo", "en": "Enthusiasm" }`
 */
export type LocalizedText = Readonly<Record<LanguageCode, string>>;

/** The four answers to an ACTIE question. `dont-know` counts as unknown, never as bad. */
export type AnswerValue = 'yes' | 'partly' | 'no' | 'dont-know';

/** Every {@link AnswerValue}, in the order the form shows them. Frozen: validation reads it. */
export const ANSWER_VALUES: readonly AnswerValue[] = Object.freeze(['yes', 'partly', 'no', 'dont-know'] as const);

/** Whose condition a question tests: the initiative and its initiators, or the supporting organisation. */
export type Actor = 'initiative' | 'organisation';

/** At which level a question is answered: the frontline professional, or the organisation (policy, management). */
export type Level = 'frontline' | 'organisation';

/** The three support roles of the ACTIE-model. */
export type SupportRole = 'stimulerend' | 'faciliterend' | 'coproducerend';

/** A knowledge source for an area: title, authors, publisher and year, optionally a web address. */
export interface Source {
  readonly title: string;
  /** The authors as they are cited, e.g. `Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker`. */
  readonly authors?: string;
  readonly publisher: string;
  readonly year: number;
  readonly url?: string;
}

/** One analytical question of an area. */
export interface Question {
  /** Unique across the whole model, e.g. `A1`. Letters, digits, `-` and `_`. */
  readonly id: string;
  readonly text: LocalizedText;
  /** Optional longer explanation, shown behind a "more information" toggle. */
  readonly help?: LocalizedText;
  /** Whose condition this question tests. */
  readonly actor: Actor;
  /** Which level usually knows the answer. */
  readonly level: Level;
  /** The answer that means this goes well: `yes` for most questions, `no` for risk questions. */
  readonly favourable: 'yes' | 'no';
  /**
   * A direction to consider when the answer is unfavourable: advice, not a verdict. Used as the
   * action point of the question's own condition.
   */
  readonly action: LocalizedText;
  /**
   * What to agree on, as a short instruction in the imperative ("Vraag de initiatiefnemers …"):
   * the "what" of an agreement on the action plan. Falls back to {@link action} when absent.
   */
  readonly agreement?: LocalizedText;
}

/** The five ACTIE areas have these ids in the default model; custom models may add others. */
export type DefaultAreaId = 'animo' | 'contacten' | 'toerusting' | 'inbedding' | 'empathie';

/** One area (letter) of the model with its questions. */
export interface Area {
  /** Unique area id, e.g. `animo`. */
  readonly id: string;
  /** The letter shown in the at-a-glance picture, e.g. `A`. */
  readonly letter: string;
  readonly title: LocalizedText;
  /** What this area is about, in one or two sentences. */
  readonly summary: LocalizedText;
  /** Background from research and practice for this area, in a few sentences (shown as such, not as proof). */
  readonly research: LocalizedText;
  /** One to three knowledge sources. */
  readonly sources: readonly Source[];
  readonly questions: readonly Question[];
}

/** A choice of an intake question. */
export interface IntakeOption {
  readonly value: string;
  readonly label: LocalizedText;
  /**
   * For the respondent question: the level this kind of respondent answers from. Used to split
   * team results by frontline and organisation level.
   */
  readonly level?: Level;
}

/** An intake question: context that is not scored but shapes advice and the role suggestion. */
export interface IntakeQuestion {
  /** `phase`, `origin`, `lead`, `stake`, `role`, `respondent` and `topic` in the default model. */
  readonly id: string;
  readonly kind: 'choice' | 'text';
  readonly text: LocalizedText;
  readonly help?: LocalizedText;
  /** The choices, for `kind: 'choice'`. */
  readonly options?: readonly IntakeOption[];
  /** Longest accepted answer in characters, for `kind: 'text'` (default 200). */
  readonly maxLength?: number;
}

/**
 * A comparison in a rule, in json-rules-engine's format. `fact` is a question id (its value is
 * the answer, or undefined when unanswered) or `intake` with `path` naming an intake question.
 */
export interface RuleLeaf {
  readonly fact: string;
  readonly operator: RuleOperator;
  readonly value: RuleValue;
  /** Only for the `intake` fact: the intake question id, e.g. `phase`. A plain name, no JSONPath. */
  readonly path?: string;
}

/** The json-rules-engine operators a model may use. */
export type RuleOperator = 'equal' | 'notEqual' | 'in' | 'notIn';

/** A value to compare with: one answer or intake value, or a list for `in` / `notIn`. */
export type RuleValue = string | readonly string[];

/** A json-rules-engine condition tree: `all`, `any`, `not`, or a leaf. */
export type RuleCondition =
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition }
  | RuleLeaf;

/** When an advice variant applies: any of the listed phases and any of the listed roles. */
export interface AdviceContext {
  /** Intake `phase` values. Omitted: any phase. */
  readonly phase?: readonly string[];
  /** Intake `role` values (the role the respondent takes now). Omitted: any role. */
  readonly role?: readonly string[];
}

/** An action point text that replaces the default in a given phase or role. */
export interface AdviceVariant {
  readonly when: AdviceContext;
  readonly text: LocalizedText;
}

/**
 * A condition (randvoorwaarde): one rule over answers, evaluated by json-rules-engine. When the rule holds the
 * condition is good; when it fails on known answers it needs work; when the outcome depends on an
 * unanswered or "don't know" question it is unknown.
 */
export interface Condition {
  /** Unique across conditions. Single-question conditions use the question id. */
  readonly id: string;
  /** The area this condition belongs to. */
  readonly area: string;
  /** Short name of the condition, e.g. "The support fits the request". */
  readonly title: LocalizedText;
  /** The rule that makes this condition good. */
  readonly when: RuleCondition;
  /** Action point when the condition needs work. */
  readonly action: LocalizedText;
  /**
   * What to agree on, as a short instruction in the imperative: the "what" of an agreement on the
   * action plan. Falls back to {@link action} when absent.
   */
  readonly agreement?: LocalizedText;
  /** Action points for specific phases or roles; the first that matches replaces `action`. */
  readonly variants?: readonly AdviceVariant[];
}

/** The description of a support role. */
export interface RoleDescription {
  readonly id: SupportRole;
  /** The colour the book gives the role (`rood`, `blauw`, `wit`). */
  readonly colour: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
}

/** A rule that suggests a support role, with the reason shown to the user. */
export interface RoleRule {
  readonly id: string;
  readonly role: SupportRole;
  /** Higher goes first; the first rule that holds decides the suggestion. */
  readonly priority: number;
  readonly when: RuleCondition;
  readonly reason: LocalizedText;
}

/** Texts the scoring itself needs. */
export interface ModelTexts {
  /** Prefix of the action point for a "don't know" answer, e.g. "Zoek dit uit". */
  readonly findOut: LocalizedText;
  /** Reason given when no role rule applies and the default role is suggested. */
  readonly defaultRoleReason: LocalizedText;
  /**
   * What the results say when the suggested role differs from the role the respondent named, with
   * `{current}` and `{suggested}` for the role titles. Optional: the elements have their own text.
   */
  readonly roleDiffers?: LocalizedText;
}

/**
 * Which questions of this model mirror questions of another model, so that the answers of two
 * groups can be put side by side (for example the initiators' own view next to the
 * professionals'). The answers are compared as favourable or not, so the two questions may have
 * opposite favourable answers.
 */
export interface Correspondence {
  /** The id of the other model, e.g. `actie-default`. */
  readonly model: string;
  /** Its major version, e.g. `2`. */
  readonly version: string;
  /**
   * What to call this model's participants next to the other model's, in running text and as a
   * heading, e.g. "initiatiefnemers" / "initiators".
   */
  readonly group: LocalizedText;
  /** Pairs of a question of this model and the question of the other model it mirrors. */
  readonly questions: readonly { readonly question: string; readonly corresponds: string }[];
}

/**
 * What became of one question of an older major version of the model.
 *
 * - `kept`: the same question under the same id; the answer and note carry over.
 * - `moved`: the same question under another id (or in another area); the answer and note carry over.
 * - `split`: the question became two or more questions; they need new answers, and the old
 *   answer and note are kept in their notes.
 * - `merged`: the question and another one became one question; as with `split`.
 * - `replaced`: a question that asks something else took its place; as with `split`.
 * - `removed`: the question is gone; the old answer is listed to the user.
 */
export type QuestionChange = 'kept' | 'moved' | 'split' | 'merged' | 'replaced' | 'removed';

/** The fate of one question of an older major version. */
export interface QuestionMigration {
  /** The question id in the older version. */
  readonly from: string;
  readonly change: QuestionChange;
  /**
   * The question ids in this version: exactly one for `kept`, `moved`, `merged` and `replaced`,
   * two or more for `split`, none for `removed`.
   */
  readonly to: readonly string[];
  /**
   * The old question text. Needed for every change whose old answer does not carry over (it is
   * quoted in the note and in the list shown to the user).
   */
  readonly text?: LocalizedText;
  /**
   * For `kept` and `moved`: old answers that do not carry over because the question's meaning
   * changed for them (they need a new answer, like a split question).
   */
  readonly reanswer?: readonly AnswerValue[];
}

/** Where an action plan's link to an old condition goes. */
export interface ConditionMigration {
  /** The condition id in the older version. */
  readonly from: string;
  /** The condition id in this version; absent when the link cannot be kept (the agreement stays). */
  readonly to?: string;
}

/**
 * How sessions and plans saved with an older major version of this model are carried over. Every
 * question and condition of the older version should be listed.
 */
export interface ModelMigration {
  /** The older major version, e.g. `1` for sessions saved with version 1.x. */
  readonly from: string;
  readonly questions: readonly QuestionMigration[];
  readonly conditions: readonly ConditionMigration[];
}

/** A whole ACTIE model. */
export interface ActieModel {
  /** Identifies the model, e.g. `actie-default`. Saved sessions record it. */
  readonly id: string;
  /** Version of the model, `MAJOR.MINOR`. Sessions of another major version cannot be scored. */
  readonly version: string;
  /** Languages every text is given in; the first is the default. */
  readonly languages: readonly LanguageCode[];
  readonly title: LocalizedText;
  /** Where the model comes from, shown with the results. */
  readonly attribution: LocalizedText;
  readonly intake: readonly IntakeQuestion[];
  readonly areas: readonly Area[];
  /**
   * The conditions. A question that no condition reads gets a condition of its own (id = the
   * question id, good when the answer is the favourable one), so a custom model may leave this out.
   */
  readonly conditions: readonly Condition[];
  readonly roles: readonly RoleDescription[];
  readonly roleRules: readonly RoleRule[];
  /** The role suggested when no role rule holds. */
  readonly defaultRole: SupportRole;
  readonly texts: ModelTexts;
  /** How sessions of older major versions are carried over (empty when there are none). */
  readonly migrations: readonly ModelMigration[];
  /** Questions that mirror questions of other models (empty when there are none). */
  readonly correspondence: readonly Correspondence[];
}

/** A question as a form shows it: a {@link Question} without its advice (`action`, `agreement`). */
export type QuestionForm = Omit<Question, 'action' | 'agreement'>;

/** An area as a form shows it: an {@link Area} without its research and sources, its questions as {@link QuestionForm}. */
export interface AreaQuestions extends Omit<Area, 'research' | 'sources' | 'questions'> {
  readonly questions: readonly QuestionForm[];
}

/**
 * The part of a model a form needs to show its questions: id, version, languages, title,
 * attribution, intake and the areas with their questions, without conditions, role rules, advice,
 * research or migrations. Every {@link ActieModel} is one; `actieModelNlQuestions` is the default
 * model's, for a page that shows the first question before the rest of the model has loaded.
 */
export interface ModelQuestions extends Pick<ActieModel, 'id' | 'version' | 'languages' | 'title' | 'attribution' | 'intake'> {
  readonly areas: readonly AreaQuestions[];
}

/** Intake answers keyed by intake question id. */
export type IntakeAnswers = Readonly<Record<string, string>>;

/** Answers keyed by question id. An unanswered question is simply absent. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Free-text notes keyed by question id (evidence, context, who to ask). */
export type Notes = Readonly<Record<string, string>>;

/**
 * What one participant answered: the input of `score` and `validateAnswers`. An unanswered
 * question is absent or `null`.
 */
export interface AssessmentInput {
  readonly intake?: IntakeAnswers;
  readonly answers: Readonly<Record<string, AnswerValue | null>>;
  readonly notes?: Notes;
}

/**
 * An {@link AssessmentInput} that was checked against a model (by `validateAnswers`,
 * `sessionInput` or `openSession`): every answer fits the model, and unanswered questions are
 * absent (never `null`).
 */
export interface ValidAssessmentInput extends AssessmentInput {
  readonly answers: Answers;
}

/**
 * A model as written by hand, before completion: `conditions` may leave out single-question
 * conditions, and `roles`, `roleRules`, `defaultRole` and `texts` fall back to the default
 * model's. `validateModel` turns it into a complete {@link ActieModel}.
 */
export type ActieModelInput = Omit<
  ActieModel,
  'conditions' | 'roles' | 'roleRules' | 'defaultRole' | 'texts' | 'migrations' | 'correspondence'
> & {
  readonly migrations?: readonly ModelMigration[];
  readonly correspondence?: readonly Correspondence[];
  readonly conditions?: readonly Condition[];
  readonly roles?: readonly RoleDescription[];
  readonly roleRules?: readonly RoleRule[];
  readonly defaultRole?: SupportRole;
  readonly texts?: ModelTexts;
};

// ---- The built-in models (src/model/catalogue.ts) ----

/** The names of the built-in models, as `<actie-session model-name>` and `actie --model` take them. */
export type BuiltinModelName = 'initiative' | 'organisation' | 'initiator';

/** A model whose questions a built-in model mirrors: its id and major version (a `correspondence` entry without its question pairs). */
export interface BuiltinCorrespondence {
  /** The id of the model mirrored. */
  readonly model: string;
  /** Its major version, such as `"2"`. */
  readonly version: string;
}

/** What identifies a built-in model, known without loading it. */
export interface BuiltinModelInfo {
  /** Its name, as in `BUILTIN_MODELS`. */
  readonly name: BuiltinModelName;
  /** The model's `id`. */
  readonly id: string;
  /** The model's `version`. */
  readonly version: string;
  /** The model's `title`, in every language it has. */
  readonly title: LocalizedText;
  /** Every model it declares a `correspondence` to, in the model's order. */
  readonly correspondence: readonly BuiltinCorrespondence[];
}
