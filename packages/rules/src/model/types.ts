/**
 * Types of an ACTIE model: the questions, conditions and advice as plain, serialisable data.
 *
 * A model is data (JSON or YAML), as the built-in ones are (the default is `initiativeModel` of
 * `@actie/rules/models/initiative`); a municipality can write its own and check it with
 * `validateModel`.
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

/**
 * The stances a professional or organisation can take towards an initiative: the three support
 * roles of the ACTIE-model (`stimulerend`, `faciliterend`, `coproducerend`), and two that the
 * wider Dutch practice adds: `loslatend` (stepping back: the initiative carries itself; stay
 * reachable at a distance; the top of the ROB's participation ladder, *Loslaten in vertrouwen*,
 * 2012) and `opdrachtgevend` (commissioning: residents take over a task of the municipality, the
 * uitdaagrecht or Right to Challenge, and the relationship becomes that of commissioner and
 * contractor).
 */
export type SupportRole = 'stimulerend' | 'faciliterend' | 'coproducerend' | 'loslatend' | 'opdrachtgevend';

/** Every {@link SupportRole}, in the order forms and docs list them. Frozen: validation reads it. */
export const SUPPORT_ROLES: readonly SupportRole[] = Object.freeze([
  'stimulerend',
  'faciliterend',
  'coproducerend',
  'loslatend',
  'opdrachtgevend',
] as const);

/** A knowledge source for an area: title, authors, publisher and year, optionally a web address. */
export interface Source {
  readonly title: string;
  /** The authors as they are cited, e.g. `Bas Denters, Evelien Tonkens, Imrat Verhoeven & Judith Bakker`. */
  readonly authors?: string;
  readonly publisher: string;
  readonly year: number;
  readonly url?: string;
}

/**
 * How one point of the results reads (a question's own condition, or a combined condition): a
 * neutral name, and a statement for each outcome, so that the results never show a question with
 * its answer ("Is er een risico dat …? (nee)") in place of a finding.
 */
export interface PointTexts {
  /**
   * A short neutral name of the point, e.g. "Steun in de buurt". For a question, optional: its
   * own condition is then named by the question text.
   */
  readonly title?: LocalizedText;
  /** The point as a strength, when it goes well, e.g. "Het initiatief heeft steun in de buurt". Falls back to the title. */
  readonly strength?: LocalizedText;
  /** The point as a concern, when it needs work, e.g. "Er is nog weinig steun in de buurt". Falls back to the title. */
  readonly concern?: LocalizedText;
  /**
   * A decisive point: when it needs work, it comes first among the agreements proposed from the
   * results (see `prioritise`). A model has a few, not many.
   */
  readonly key?: boolean;
  /**
   * When the initiators themselves ask for help with this point: intake answers, as an advice
   * variant's `when` (e.g. `{ request: [money] }` for the money question). A point that needs work
   * and was asked for ranks above the rest (see `prioritise`): support follows the request.
   */
  readonly requestedWhen?: AdviceContext;
  /**
   * When this point is an offer rather than a task, whatever the stance: situations as an advice
   * variant's `when` (intake answers, or `stance`); the point is an offer when any of them fits.
   * E.g. finding new volunteers when the initiative is ending, or a bank account of its own for a
   * professional's idea that no residents carry yet. An offer is shown as "if they ask", is left
   * out of the verdicts and is not proposed as an agreement.
   */
  readonly offerWhen?: readonly AdviceContext[];
}

/** One analytical question of an area. */
export interface Question extends PointTexts {
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
  /** Advice for specific situations, for the question's own condition (see {@link AdviceVariant}). */
  readonly variants?: readonly AdviceVariant[];
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
  /** For `kind: 'choices'`: this option cannot be combined with another (such as "Nothing" or "Don't know"). */
  readonly exclusive?: boolean;
}

/**
 * An intake question: context that is not scored but shapes advice and the role suggestion.
 * `choice`: one option; `choices`: any number of options (the answer is a list); `text`: free text.
 */
export interface IntakeQuestion {
  /** Such as `phase`, `origin`, `lead`, `stake`, `request`, `role`, `respondent` and `topic` in the default model. */
  readonly id: string;
  readonly kind: 'choice' | 'choices' | 'text';
  readonly text: LocalizedText;
  /** A short label for the answer in results and reports, e.g. "Doel" for "Wat willen de initiatiefnemers bereiken?". Falls back to the text. */
  readonly title?: LocalizedText;
  readonly help?: LocalizedText;
  /** The options, for `kind: 'choice'` and `'choices'`. */
  readonly options?: readonly IntakeOption[];
  /** Longest accepted answer in characters, for `kind: 'text'` (default 200). */
  readonly maxLength?: number;
}

/**
 * A comparison in a rule, in json-rules-engine's format. `fact` is a question id (its value is
 * the answer, or undefined when unanswered) or `intake` with `path` naming an intake question.
 * An intake question of kind `choices` (a list of options) is compared with `contains` or
 * `doesNotContain` and one option; every other fact with `equal`, `notEqual`, `in` or `notIn`.
 */
export interface RuleLeaf {
  readonly fact: string;
  readonly operator: RuleOperator;
  readonly value: RuleValue;
  /** Only for the `intake` fact: the intake question id, e.g. `phase`. A plain name, no JSONPath. */
  readonly path?: string;
}

/** The json-rules-engine operators a model may use. */
export type RuleOperator = 'equal' | 'notEqual' | 'in' | 'notIn' | 'contains' | 'doesNotContain';

/** A value to compare with: one answer or intake value, or a list for `in` / `notIn`. */
export type RuleValue = string | readonly string[];

/** A json-rules-engine condition tree: `all`, `any`, `not`, or a leaf. */
export type RuleCondition =
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition }
  | RuleLeaf;

/**
 * When an advice variant applies: for each key, one of the listed values. A key is an intake
 * question id of kind `choice` or `choices` (such as `phase`, `lead`, `role`: for `choices`, the
 * answer holds one of the values), or `stance`, the role the results suggest. Keys left out match
 * anything; an intake question left unanswered matches no list.
 *
 * @example `{ phase: ['running', 'continuing'], lead: ['residents'] }`
 */
export type AdviceContext = Readonly<Record<string, readonly string[]>>;

/** Advice that replaces the default in a given situation: the first variant whose `when` fits is used. */
export interface AdviceVariant {
  readonly when: AdviceContext;
  readonly text: LocalizedText;
  /** The agreement for this situation; falls back to the condition's agreement. */
  readonly agreement?: LocalizedText;
}

/**
 * A condition (randvoorwaarde): one rule over answers, evaluated by json-rules-engine. When the rule holds the
 * condition is good; when it fails on known answers it needs work; when the outcome depends on an
 * unanswered or "don't know" question it is unknown.
 */
export interface Condition extends Omit<PointTexts, 'title'> {
  /** Unique across conditions. Single-question conditions use the question id. */
  readonly id: string;
  /** The area this condition belongs to. */
  readonly area: string;
  /** Short name of the condition, e.g. "The support fits the request". */
  readonly title: LocalizedText;
  /**
   * Who is to act when it needs work: `organisation` for policy, budgets, procedures and internal
   * cooperation (the agreement belongs to the organisation, not only to one plan), `frontline`
   * for the work with this initiative. A question's own condition takes the question's level; a
   * combined condition without one is `organisation` when every question it reads is.
   */
  readonly level?: Level;
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

/** The description of a support role (a stance). */
export interface RoleDescription {
  readonly id: SupportRole;
  /** The colour the book gives the role (`rood`, `blauw`, `wit`), for the book's three roles. */
  readonly colour?: string;
  readonly title: LocalizedText;
  /** What the stance means, in general: it must fit every situation a role rule suggests it for. */
  readonly description: LocalizedText;
  /**
   * In this stance every point that needs work is an offer, not a task, except those named in
   * {@link offerExcept}: its action point has `offer: true`, it is left out of the verdicts and it is
   * not proposed as an agreement. Points of attention stay. For stepping back: a request for
   * nothing is not a problem to fix, and adding points of involvement is not the advice.
   */
  readonly offerOnly?: boolean;
  /**
   * With `offerOnly`: the conditions that stay tasks in this stance (e.g. being reachable, showing
   * appreciation). Condition ids of the model; with the default model's roles, ids the model does
   * not have are left out.
   */
  readonly offerExcept?: readonly string[];
}

/**
 * What a reason text says about the situation, as intake values: intake question id → the values
 * the text is true for. Validation proves that the rule's `when` implies every claim, so a reason
 * can never contradict the intake (e.g. say "you do it together" while residents lead).
 *
 * @example `{ origin: ['residents'], lead: ['residents'], stake: ['yes'] }`
 */
export type Claims = Readonly<Record<string, readonly string[]>>;

/** A rule that suggests a support role, with the reason shown to the user. */
export interface RoleRule {
  readonly id: string;
  readonly role: SupportRole;
  /** Higher goes first; the first rule that holds decides the suggestion. */
  readonly priority: number;
  readonly when: RuleCondition;
  readonly reason: LocalizedText;
  /** What the reason says about the intake; proved to follow from `when`. */
  readonly claims?: Claims;
}

/**
 * A point of attention that follows from the situation (the intake, sometimes with answers),
 * whatever the answers to the questions: for example the duties that stay with the owner when an
 * initiative uses the organisation's land or building. Any number can apply next to the role.
 */
export interface AttentionPoint {
  readonly id: string;
  /** The area it is shown with. */
  readonly area: string;
  /** Who is to act (see {@link Condition.level}). */
  readonly level: Level;
  /** When it applies. Intake comparisons; it may read questions too. */
  readonly when: RuleCondition;
  /** What the text says about the intake; proved to follow from `when` (see {@link Claims}). */
  readonly claims?: Claims;
  /** A short name, e.g. "Taken van de eigenaar". */
  readonly title: LocalizedText;
  /** The explanation and advice ("U blijft eigenaar … U kunt …"). */
  readonly text: LocalizedText;
  /** What to agree on, in the imperative. */
  readonly agreement: LocalizedText;
  /** A decisive point: proposed first (see {@link PointTexts.key}). */
  readonly key?: boolean;
}

/** Texts the scoring itself needs. */
export interface ModelTexts {
  /** Prefix of the action point for a "don't know" answer, e.g. "Zoek dit uit". */
  readonly findOut: LocalizedText;
  /** Reason given when no role rule applies and the default role is suggested (a model with roles has one). */
  readonly defaultRoleReason?: LocalizedText;
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
  /**
   * The stances the results can suggest, with their descriptions. Empty for a model that gives no
   * role advice (the initiators' own questions): `roleRules` is then empty and `defaultRole` absent.
   */
  readonly roles: readonly RoleDescription[];
  readonly roleRules: readonly RoleRule[];
  /** The role suggested when no role rule holds; absent when the model gives no role advice. */
  readonly defaultRole?: SupportRole;
  /** Points of attention that follow from the situation (empty when there are none). */
  readonly attention: readonly AttentionPoint[];
  readonly texts: ModelTexts;
  /** How sessions of older major versions are carried over (empty when there are none). */
  readonly migrations: readonly ModelMigration[];
  /** Questions that mirror questions of other models (empty when there are none). */
  readonly correspondence: readonly Correspondence[];
}

/** A question as a form shows it: a {@link Question} without its advice and result texts. */
export type QuestionForm = Omit<
  Question,
  'action' | 'agreement' | 'variants' | 'title' | 'strength' | 'concern' | 'key' | 'requestedWhen' | 'offerWhen'
>;

/** An area as a form shows it: an {@link Area} without its research and sources, its questions as {@link QuestionForm}. */
export interface AreaQuestions extends Omit<Area, 'research' | 'sources' | 'questions'> {
  readonly questions: readonly QuestionForm[];
}

/**
 * The part of a model a form needs to show its questions: id, version, languages, title,
 * attribution, intake and the areas with their questions, without conditions, role rules, advice,
 * research or migrations. Every {@link ActieModel} is one; `initiativeQuestionsNl` is the default
 * model's, for a page that shows the first question before the rest of the model has loaded (its
 * area questions come without their help texts, which are in the rest).
 */
export interface ModelQuestions extends Pick<ActieModel, 'id' | 'version' | 'languages' | 'title' | 'attribution' | 'intake'> {
  readonly areas: readonly AreaQuestions[];
}

/**
 * Intake answers keyed by intake question id: an option value (`choice`), a list of option values
 * (`choices`), or text (`text`).
 */
export type IntakeAnswers = Readonly<Record<string, IntakeValue>>;

/** One intake answer: an option value or text, or a list of option values for `kind: 'choices'`. */
export type IntakeValue = string | readonly string[];

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
  'conditions' | 'roles' | 'roleRules' | 'defaultRole' | 'texts' | 'migrations' | 'correspondence' | 'attention'
> & {
  /** The JSON Schema the file follows, for editors (`schema/model.schema.json` of the package); ignored. */
  readonly $schema?: string;
  readonly attention?: readonly AttentionPoint[];
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
  /** Its name, as `loadBuiltinModel` takes it. */
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
