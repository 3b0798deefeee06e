import type {
  ActieModel,
  AdviceVariant,
  Area,
  Condition,
  IntakeOption,
  IntakeQuestion,
  LocalizedText,
  ModelTexts,
  Question,
  RoleDescription,
  RoleRule,
  RuleCondition,
  Source,
  SupportRole,
} from '../model/types.js';
import { defaultModelSource } from '../model/default-model.js';
import { fail, ok, type Result } from '../result.js';
import { Checker, ID_PATTERN, LIMITS, RESERVED_KEYS, isRecord, own, quote, type Path } from './checker.js';
import { INTAKE_FACT, checkRule, ruleQuestions, type RuleScope } from './rule.js';
import { parseJsonText } from './json.js';
import { checkMigrations } from './migration.js';

/** Area ids the assessment form uses for its own steps. */
const RESERVED_AREA_IDS: readonly string[] = ['intake', 'review'];

const ROLES: readonly SupportRole[] = ['stimulerend', 'faciliterend', 'coproducerend'];
const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
const VERSION_PATTERN = /^\d{1,4}\.\d{1,4}$/;

const MODEL_KEYS = [
  '$schema',
  'id',
  'version',
  'languages',
  'title',
  'attribution',
  'intake',
  'areas',
  'conditions',
  'roles',
  'roleRules',
  'defaultRole',
  'texts',
  'migrations',
];

/**
 * Check a model from outside (an object, or JSON text) and complete it.
 *
 * Returns the complete model, with a single-question condition for every question that no
 * condition reads and the default model's roles, role rules and texts where the input has none;
 * or every problem found, each with a JSON Pointer into the input and a message a person
 * understands. Never throws.
 *
 * @example
 * ```ts
 * const checked = validateModel(JSON.parse(text));
 * if (!checked.ok) for (const e of checked.errors) console.error(`${e.path}: ${e.message}`);
 * ```
 */
export function validateModel(input: unknown): Result<ActieModel> {
  const parsed = parseJsonText(input, 'model');
  if (!parsed.ok) return parsed;
  try {
    const c = new Checker();
    const model = checkModel(c, parsed.value);
    if (!model || c.failed) return fail(c.errors);
    validated.add(deepFreeze(model));
    return ok(model);
  } catch (error) {
    // Only hostile input (getters that throw, proxies) gets here.
    return fail([{ path: '', code: 'type', message: `The model could not be read: ${String(error)}.` }]);
  }
}

const validated = new WeakSet();

/** Whether a value is a model that {@link validateModel} returned (so it need not be checked again). */
export function isValidatedModel(value: unknown): value is ActieModel {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** Freeze an object graph so a shared model cannot be changed by accident. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function checkModel(c: Checker, input: unknown): ActieModel | undefined {
  const root = c.record(input, [], 'The model');
  if (!root) return undefined;
  c.knownKeys(root, MODEL_KEYS, [], 'The model');

  const id = c.id(own(root, 'id'), ['id'], 'The model id');
  const versionValue = own(root, 'version');
  let version: string | undefined;
  if (typeof versionValue === 'string' && VERSION_PATTERN.test(versionValue)) version = versionValue;
  else
    c.add(
      ['version'],
      versionValue === undefined ? 'required' : 'invalid-value',
      'The model version must be text like "1.0" (major.minor).',
    );

  const languages = checkLanguages(c, own(root, 'languages'));
  if (!languages) return undefined; // every text depends on it
  const t = (value: unknown, path: Path, what: string): LocalizedText | undefined => checkText(c, value, path, what, languages);

  const title = t(own(root, 'title'), ['title'], 'The model title');
  const attribution = t(own(root, 'attribution'), ['attribution'], 'The attribution');
  const intake = checkIntake(c, own(root, 'intake'), t);
  const areas = checkAreas(c, own(root, 'areas'), t);

  // When an area or intake question has mistakes of its own, references are checked against the
  // ids the input names, so that one mistake does not also make everything that refers to it
  // "unknown". Where the input does not name them all, references are not checked at all.
  const scope: RuleScope = {
    questions: areas ? new Set(areas.flatMap((area) => area.questions.map((q) => q.id))) : namedQuestionIds(own(root, 'areas')),
    intake: intake
      ? new Map(intake.map((q) => [q.id, q.kind === 'choice' ? q.options?.map((o) => o.value) : undefined]))
      : namedIntake(own(root, 'intake')),
  };
  const areaIds = areas ? areas.map((a) => a.id) : namedIds(own(root, 'areas'));

  const rawConditions = own(root, 'conditions');
  const conditions =
    rawConditions === undefined
      ? []
      : checkConditions(c, rawConditions, t, scope, areaIds === undefined ? undefined : new Set(areaIds));

  // Defaults come from the default model; texts are then checked for this model's languages.
  // When the default model lacks one of them, the missing part is one problem, not one per text.
  const lacking = languages.filter((lang) => !defaultModelSource.languages.includes(lang));
  const withDefault = (key: 'roles' | 'roleRules' | 'texts', fallback: unknown, what: string): { value: unknown } | undefined => {
    const value = own(root, key);
    if (value !== undefined && value !== null) return { value };
    if (lacking.length && !(Array.isArray(fallback) && fallback.length === 0)) {
      const names = lacking.map((lang) => `"${lang}"`).join(', ');
      c.add(
        [key],
        'required',
        `The model has no "${key}", and the default ${what} have no text in ${names}: add "${key}" to the model.`,
      );
      return undefined;
    }
    return { value: fallback };
  };
  const rolesIn = withDefault('roles', defaultModelSource.roles, 'roles');
  // Of the default role rules, only those that read questions and intake answers this model has.
  const roleRulesIn = withDefault(
    'roleRules',
    (defaultModelSource.roleRules ?? []).filter((rule) => readsOnly(rule.when, scope)),
    'role rules',
  );
  const textsIn = withDefault('texts', defaultModelSource.texts, 'texts');
  const roles = rolesIn && checkRoles(c, rolesIn.value, t, own(root, 'roles') === undefined);
  const roleRules = roleRulesIn && checkRoleRules(c, roleRulesIn.value, t, scope, own(root, 'roleRules') === undefined);
  const defaultRoleIn = own(root, 'defaultRole') ?? defaultModelSource.defaultRole ?? 'faciliterend';
  const defaultRole = c.oneOf(defaultRoleIn, ROLES, ['defaultRole'], 'The default role');
  const texts = textsIn && checkTexts(c, textsIn.value, t, own(root, 'texts') === undefined);

  if (
    c.failed ||
    !id ||
    !version ||
    !title ||
    !attribution ||
    !intake ||
    !areas ||
    !conditions ||
    !roles ||
    !roleRules ||
    !defaultRole ||
    !texts
  ) {
    return undefined;
  }

  // Every question that no condition reads becomes a condition of its own.
  const read = new Set<string>();
  for (const condition of conditions) ruleQuestions(condition.when, read);
  const conditionIds = new Set(conditions.map((cond) => cond.id));
  const completed: Condition[] = [];
  for (const area of areas) {
    for (const q of area.questions) {
      if (read.has(q.id)) continue;
      if (conditionIds.has(q.id)) {
        const index = conditions.findIndex((cond) => cond.id === q.id);
        c.add(
          ['conditions', index, 'id'],
          'duplicate-id',
          `Condition id "${q.id}" is also the id of a question that no condition reads; that question gets a condition of its own with this id. Rename the condition, or let it read question ${q.id}.`,
        );
        continue;
      }
      completed.push({
        id: q.id,
        area: area.id,
        title: q.text,
        when: { fact: q.id, operator: 'equal', value: q.favourable },
        action: q.action,
        ...(q.agreement ? { agreement: q.agreement } : {}),
      });
    }
  }
  if (c.errors.length > 0) return undefined;
  const allConditions = sortConditions([...completed, ...conditions], areas);
  const rawMigrations = own(root, 'migrations');
  const migrations =
    rawMigrations === undefined
      ? []
      : checkMigrations(
          c,
          rawMigrations,
          t,
          version,
          new Set(areas.flatMap((area) => area.questions.map((q) => q.id))),
          new Set(allConditions.map((cond) => cond.id)),
        );
  if (!migrations || c.errors.length > 0) return undefined;

  return {
    id,
    version,
    languages,
    title,
    attribution,
    intake,
    areas,
    conditions: allConditions,
    roles,
    roleRules: [...roleRules].sort((a, b) => b.priority - a.priority),
    defaultRole,
    texts,
    migrations,
  };
}

/** Whether a value is text that {@link Checker.id} accepts. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED_KEYS.has(value);
}

/**
 * The ids that the objects of a list in the input name, without other checks (for checking
 * references while the list has mistakes of its own); undefined when the list is not a list or
 * one of its items has no valid id, so that what refers to it cannot be told from a mistake.
 */
function namedIds(list: unknown): string[] | undefined {
  // Empty lists are only named here when they are wrong (areas and questions need at least one).
  if (!Array.isArray(list) || list.length === 0 || list.length > LIMITS.list) return undefined;
  const ids: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const id = isRecord(item) ? own(item, 'id') : undefined;
    if (!isId(id)) return undefined;
    ids.push(id);
  }
  return ids;
}

/** The question ids the areas in the input name, as {@link namedIds}. */
function namedQuestionIds(areas: unknown): Set<string> | undefined {
  if (!Array.isArray(areas) || areas.length === 0 || areas.length > LIMITS.list) return undefined;
  const ids = new Set<string>();
  for (let i = 0; i < areas.length; i++) {
    const area: unknown = areas[i];
    const questions = isRecord(area) ? namedIds(own(area, 'questions')) : undefined;
    if (!questions) return undefined;
    for (const id of questions) ids.add(id);
  }
  return ids;
}

/** The intake question ids the input names with their option values (undefined: any value), as {@link namedIds}. */
function namedIntake(intake: unknown): Map<string, readonly string[] | undefined> | undefined {
  const ids = namedIds(intake);
  if (!ids || !Array.isArray(intake)) return undefined;
  return new Map(
    ids.map((id, i) => {
      const question = intake[i] as Record<string, unknown>;
      const options = own(question, 'options');
      let values: string[] | undefined;
      if (own(question, 'kind') === 'choice' && Array.isArray(options) && options.length > 0 && options.length <= LIMITS.list) {
        values = [];
        for (let j = 0; j < options.length; j++) {
          const option: unknown = options[j];
          const value = isRecord(option) ? own(option, 'value') : undefined;
          if (!isId(value)) {
            values = undefined;
            break;
          }
          values.push(value);
        }
      }
      return [id, values] as const;
    }),
  );
}

/** Whether a well-formed rule reads only questions and intake values that `scope` has. */
function readsOnly(rule: RuleCondition, scope: RuleScope): boolean {
  if ('all' in rule) return rule.all.every((child) => readsOnly(child, scope));
  if ('any' in rule) return rule.any.every((child) => readsOnly(child, scope));
  if ('not' in rule) return readsOnly(rule.not, scope);
  if (rule.fact !== INTAKE_FACT) return scope.questions === undefined || scope.questions.has(rule.fact);
  if (scope.intake === undefined) return true;
  const path = rule.path ?? '';
  const allowed = scope.intake.get(path);
  const values: readonly string[] = typeof rule.value === 'string' ? [rule.value] : rule.value;
  return scope.intake.has(path) && (allowed === undefined || values.every((v) => allowed.includes(v)));
}

/** Order conditions by area and by the position of the first question they read. */
function sortConditions(conditions: Condition[], areas: readonly Area[]): Condition[] {
  const position = new Map<string, number>();
  let n = 0;
  for (const area of areas) for (const q of area.questions) position.set(q.id, n++);
  const areaIndex = new Map(areas.map((a, i) => [a.id, i]));
  const first = (cond: Condition): number =>
    Math.min(...[...ruleQuestions(cond.when)].map((id) => position.get(id) ?? Number.MAX_SAFE_INTEGER));
  return conditions
    .map((cond, i) => ({ cond, i }))
    .sort(
      (a, b) =>
        (areaIndex.get(a.cond.area) ?? 0) - (areaIndex.get(b.cond.area) ?? 0) || first(a.cond) - first(b.cond) || a.i - b.i,
    )
    .map((x) => x.cond);
}

type TextCheck = (value: unknown, path: Path, what: string) => LocalizedText | undefined;

function checkLanguages(c: Checker, value: unknown): string[] | undefined {
  const list = c.list(value, ['languages'], 'The list of languages', 1, 20);
  if (!list?.length) return undefined;
  const out: string[] = [];
  for (const [i, lang] of list.entries()) {
    if (typeof lang !== 'string' || !LANGUAGE_PATTERN.test(lang)) {
      c.add(['languages', i], 'invalid-value', 'A language must be a lower-case code like "nl" or "en".');
      return undefined;
    }
    if (out.includes(lang)) {
      c.add(['languages', i], 'duplicate-id', `Language "${lang}" is listed twice.`);
      return undefined;
    }
    out.push(lang);
  }
  return out;
}

function checkText(
  c: Checker,
  value: unknown,
  path: Path,
  what: string,
  languages: readonly string[],
): LocalizedText | undefined {
  const record = c.record(value, path, what);
  if (!record) return undefined;
  const before = c.errors.length;
  const out: Record<string, string> = {};
  for (const key of Object.keys(record)) {
    if (!languages.includes(key)) {
      c.add(
        [...path, key],
        'unknown-key',
        `${what} has a text in "${key}", which is not one of the model's languages (${languages.join(', ')}).`,
      );
    }
  }
  for (const lang of languages) {
    const text = c.text(own(record, lang), [...path, lang], `${what} in "${lang}"`);
    if (text !== undefined) out[lang] = text;
  }
  return c.errors.length === before ? out : undefined;
}

function uniqueIds(c: Checker, items: readonly ({ readonly id: string } | undefined)[], path: Path, what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (!item) return;
    const previous = seen.get(item.id);
    if (previous !== undefined) {
      c.add([...path, i, 'id'], 'duplicate-id', `${what} id "${item.id}" is used twice (also at ${path.join('/')}/${previous}).`);
    } else seen.set(item.id, i);
  });
}

function checkIntake(c: Checker, value: unknown, t: TextCheck): IntakeQuestion[] | undefined {
  const list = c.list(value, ['intake'], 'The intake', 0, 50);
  if (!list) return undefined;
  const out = list.map((item, i): IntakeQuestion | undefined => {
    const path = ['intake', i];
    const q = c.record(item, path, 'An intake question');
    if (!q) return undefined;
    const before = c.errors.length;
    c.knownKeys(q, ['id', 'kind', 'text', 'help', 'options', 'maxLength'], path, 'An intake question');
    const id = c.id(own(q, 'id'), [...path, 'id'], 'The intake question id');
    const kind = c.oneOf(own(q, 'kind'), ['choice', 'text'] as const, [...path, 'kind'], 'The intake question kind');
    const text = t(own(q, 'text'), [...path, 'text'], 'The intake question text');
    const help = own(q, 'help') === undefined ? undefined : t(own(q, 'help'), [...path, 'help'], 'The help text');
    let options: IntakeOption[] | undefined;
    if (kind === 'choice') {
      const opts = c.list(own(q, 'options'), [...path, 'options'], 'The options', 1, 50);
      const checked = opts?.map((o, j): IntakeOption | undefined => {
        const oPath = [...path, 'options', j];
        const opt = c.record(o, oPath, 'An option');
        if (!opt) return undefined;
        c.knownKeys(opt, ['value', 'label', 'level'], oPath, 'An option');
        const optValue = c.id(own(opt, 'value'), [...oPath, 'value'], 'The option value');
        const label = t(own(opt, 'label'), [...oPath, 'label'], 'The option label');
        const level =
          own(opt, 'level') === undefined
            ? undefined
            : c.oneOf(own(opt, 'level'), ['frontline', 'organisation'] as const, [...oPath, 'level'], 'The level');
        if (optValue === undefined || !label) return undefined;
        return level ? { value: optValue, label, level } : { value: optValue, label };
      });
      if (checked) {
        const values = checked.map((o) => o?.value);
        values.forEach((v, j) => {
          if (v && values.indexOf(v) !== j)
            c.add([...path, 'options', j, 'value'], 'duplicate-id', `Option value "${v}" is used twice.`);
        });
        if (checked.every((o) => o !== undefined)) options = checked;
      }
    } else if (kind === 'text' && own(q, 'options') !== undefined) {
      c.add([...path, 'options'], 'invalid-value', 'Only intake questions of kind "choice" have options.');
    }
    const maxLengthValue = own(q, 'maxLength');
    let maxLength: number | undefined;
    if (maxLengthValue !== undefined) {
      if (
        typeof maxLengthValue === 'number' &&
        Number.isInteger(maxLengthValue) &&
        maxLengthValue >= 1 &&
        maxLengthValue <= LIMITS.note
      ) {
        maxLength = maxLengthValue;
      } else c.add([...path, 'maxLength'], 'invalid-value', `maxLength must be a whole number from 1 to ${LIMITS.note}.`);
    }
    // Any mistake, also in an option, leaves the question out (references are then checked against the input).
    if (!id || !kind || !text || c.errors.length !== before) return undefined;
    return {
      id,
      kind,
      text,
      ...(help ? { help } : {}),
      ...(options ? { options } : {}),
      ...(maxLength !== undefined ? { maxLength } : {}),
    };
  });
  uniqueIds(c, out, ['intake'], 'Intake question');
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkAreas(c: Checker, value: unknown, t: TextCheck): Area[] | undefined {
  const list = c.list(value, ['areas'], 'The list of areas', 1, 50);
  if (!list?.length) return undefined;
  const questionSeen = new Map<string, string>();
  const out = list.map((item, i): Area | undefined => {
    const path = ['areas', i];
    const a = c.record(item, path, 'An area');
    if (!a) return undefined;
    c.knownKeys(a, ['id', 'letter', 'title', 'summary', 'research', 'sources', 'questions'], path, 'An area');
    const id = c.id(own(a, 'id'), [...path, 'id'], 'The area id');
    if (id && RESERVED_AREA_IDS.includes(id)) {
      c.add([...path, 'id'], 'reserved-key', `"${id}" is reserved for a step of the form; choose another area id.`);
    }
    const letter = c.text(own(a, 'letter'), [...path, 'letter'], 'The area letter', 3);
    const title = t(own(a, 'title'), [...path, 'title'], 'The area title');
    const summary = t(own(a, 'summary'), [...path, 'summary'], 'The area summary');
    const research = t(own(a, 'research'), [...path, 'research'], 'The research text');
    const sources = checkSources(c, own(a, 'sources'), [...path, 'sources']);
    const qs = c.list(own(a, 'questions'), [...path, 'questions'], 'The list of questions', 1);
    const questions = qs?.map((q, j) => {
      const question = checkQuestion(c, q, [...path, 'questions', j], t);
      if (question) {
        const where = questionSeen.get(question.id);
        if (where !== undefined)
          c.add(
            [...path, 'questions', j, 'id'],
            'duplicate-id',
            `Question id "${question.id}" is used twice (also at ${where}).`,
          );
        else questionSeen.set(question.id, `/areas/${i}/questions/${j}`);
      }
      return question;
    });
    if (!id || !letter || !title || !summary || !research || !sources || !questions?.length || questions.some((q) => !q))
      return undefined;
    return { id, letter, title, summary, research, sources, questions: questions as Question[] };
  });
  uniqueIds(c, out, ['areas'], 'Area');
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkSources(c: Checker, value: unknown, path: Path): Source[] | undefined {
  const list = c.list(value, path, 'The list of sources', 0, 10);
  if (!list) return undefined;
  const out = list.map((item, i): Source | undefined => {
    const sPath = [...path, i];
    const s = c.record(item, sPath, 'A source');
    if (!s) return undefined;
    c.knownKeys(s, ['title', 'authors', 'publisher', 'year', 'url'], sPath, 'A source');
    const title = c.text(own(s, 'title'), [...sPath, 'title'], 'The source title', 300);
    const authors =
      own(s, 'authors') === undefined ? undefined : c.text(own(s, 'authors'), [...sPath, 'authors'], 'The authors', 300);
    const publisher = c.text(own(s, 'publisher'), [...sPath, 'publisher'], 'The publisher', 300);
    const year = own(s, 'year');
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1800 || year > 2200) {
      c.add([...sPath, 'year'], year === undefined ? 'required' : 'invalid-value', 'The year must be a whole number like 2013.');
      return undefined;
    }
    const url = own(s, 'url');
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url) || url.length > 500)) {
      c.add([...sPath, 'url'], 'invalid-value', 'The web address must start with http:// or https://.');
      return undefined;
    }
    if (!title || !publisher || (own(s, 'authors') !== undefined && !authors)) return undefined;
    return { title, ...(authors ? { authors } : {}), publisher, year, ...(typeof url === 'string' ? { url } : {}) };
  });
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkQuestion(c: Checker, value: unknown, path: Path, t: TextCheck): Question | undefined {
  const q = c.record(value, path, 'A question');
  if (!q) return undefined;
  c.knownKeys(q, ['id', 'text', 'help', 'actor', 'level', 'favourable', 'action', 'agreement'], path, 'A question');
  const id = c.id(own(q, 'id'), [...path, 'id'], 'The question id');
  if (id === INTAKE_FACT) {
    c.add([...path, 'id'], 'reserved-key', `"${INTAKE_FACT}" is reserved for the intake; choose another question id.`);
  }
  const text = t(own(q, 'text'), [...path, 'text'], 'The question text');
  const help = own(q, 'help') === undefined ? undefined : t(own(q, 'help'), [...path, 'help'], 'The help text');
  const actor = c.oneOf(own(q, 'actor'), ['initiative', 'organisation'] as const, [...path, 'actor'], 'The actor');
  const level = c.oneOf(own(q, 'level'), ['frontline', 'organisation'] as const, [...path, 'level'], 'The level');
  const favourable = c.oneOf(own(q, 'favourable'), ['yes', 'no'] as const, [...path, 'favourable'], 'The favourable answer');
  const action = t(own(q, 'action'), [...path, 'action'], 'The action point');
  const agreement =
    own(q, 'agreement') === undefined ? undefined : t(own(q, 'agreement'), [...path, 'agreement'], 'The agreement text');
  if (!id || id === INTAKE_FACT || !text || !actor || !level || !favourable || !action) return undefined;
  if (own(q, 'agreement') !== undefined && !agreement) return undefined;
  return { id, text, ...(help ? { help } : {}), actor, level, favourable, action, ...(agreement ? { agreement } : {}) };
}

function checkVariants(c: Checker, value: unknown, path: Path, t: TextCheck): AdviceVariant[] | undefined {
  const list = c.list(value, path, 'The list of variants', 0, 50);
  if (!list) return undefined;
  const out = list.map((item, i): AdviceVariant | undefined => {
    const vPath = [...path, i];
    const v = c.record(item, vPath, 'A variant');
    if (!v) return undefined;
    c.knownKeys(v, ['when', 'text'], vPath, 'A variant');
    const when = c.record(own(v, 'when'), [...vPath, 'when'], 'The "when" of a variant');
    const text = t(own(v, 'text'), [...vPath, 'text'], 'The variant text');
    if (!when || !text) return undefined;
    c.knownKeys(when, ['phase', 'role'], [...vPath, 'when'], 'The "when" of a variant');
    const ctx: { phase?: string[]; role?: string[] } = {};
    for (const key of ['phase', 'role'] as const) {
      const raw = own(when, key);
      if (raw === undefined) continue;
      const values = c.list(raw, [...vPath, 'when', key], `The ${key} list`, 1, 20);
      if (!values) return undefined;
      // `values` is a copy: the frozen model must not share lists with the input.
      const wrong = values.findIndex((x) => typeof x !== 'string');
      if (wrong !== -1) {
        c.add(
          [...vPath, 'when', key, wrong],
          'type',
          `The ${key} list must hold text values, but this is ${quote(values[wrong])}.`,
        );
        return undefined;
      }
      ctx[key] = values as string[];
    }
    return { when: ctx, text };
  });
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkConditions(
  c: Checker,
  value: unknown,
  t: TextCheck,
  scope: RuleScope,
  areaIds: ReadonlySet<string> | undefined,
): Condition[] | undefined {
  const list = c.list(value, ['conditions'], 'The list of conditions');
  if (!list) return undefined;
  const out = list.map((item, i): Condition | undefined => {
    const path = ['conditions', i];
    const cond = c.record(item, path, 'A condition');
    if (!cond) return undefined;
    c.knownKeys(cond, ['id', 'area', 'title', 'when', 'action', 'agreement', 'variants'], path, 'A condition');
    const id = c.id(own(cond, 'id'), [...path, 'id'], 'The condition id');
    const areaValue = own(cond, 'area');
    const areaList = areaIds === undefined ? '' : ` Areas: ${[...areaIds].join(', ')}.`;
    let area: string | undefined;
    if (areaValue === undefined) c.add([...path, 'area'], 'required', `The condition's area is missing.${areaList}`);
    else if (typeof areaValue !== 'string')
      c.add([...path, 'area'], 'type', `The condition's area must be an area id (text), but it is ${quote(areaValue)}.`);
    else if (areaIds === undefined ? isId(areaValue) : areaIds.has(areaValue)) area = areaValue;
    else if (areaIds === undefined)
      c.add([...path, 'area'], 'invalid-value', `The condition's area ${quote(areaValue)} is not a valid area id.`);
    else c.add([...path, 'area'], 'unknown-reference', `The condition's area ${quote(areaValue)} does not exist.${areaList}`);
    const title = t(own(cond, 'title'), [...path, 'title'], 'The condition title');
    const when = checkRule(c, own(cond, 'when'), [...path, 'when'], scope);
    if (when && ruleQuestions(when).size === 0) {
      c.add([...path, 'when'], 'invalid-value', 'A condition must read at least one question, not only the intake.');
    }
    const action = t(own(cond, 'action'), [...path, 'action'], 'The action point');
    const agreement =
      own(cond, 'agreement') === undefined ? undefined : t(own(cond, 'agreement'), [...path, 'agreement'], 'The agreement text');
    const variants = own(cond, 'variants') === undefined ? [] : checkVariants(c, own(cond, 'variants'), [...path, 'variants'], t);
    if (!id || !area || !title || !when || !action || !variants) return undefined;
    if (own(cond, 'agreement') !== undefined && !agreement) return undefined;
    return {
      id,
      area,
      title,
      when,
      action,
      ...(agreement ? { agreement } : {}),
      ...(variants.length ? { variants } : {}),
    };
  });
  uniqueIds(c, out, ['conditions'], 'Condition');
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkRoles(c: Checker, value: unknown, t: TextCheck, defaulted: boolean): RoleDescription[] | undefined {
  const list = c.list(value, ['roles'], 'The list of roles', 3, 3);
  if (!list) return undefined;
  const out = list.map((item, i): RoleDescription | undefined => {
    const path = ['roles', i];
    const r = c.record(item, path, 'A role');
    if (!r) return undefined;
    c.knownKeys(r, ['id', 'colour', 'title', 'description'], path, 'A role');
    const id = c.oneOf(own(r, 'id'), ROLES, [...path, 'id'], 'The role id');
    const colour = c.text(own(r, 'colour'), [...path, 'colour'], 'The role colour', 40);
    const title = t(
      own(r, 'title'),
      [...path, 'title'],
      defaulted ? 'The default role title (add "roles" to the model)' : 'The role title',
    );
    const description = t(own(r, 'description'), [...path, 'description'], 'The role description');
    if (!id || !colour || !title || !description) return undefined;
    return { id, colour, title, description };
  });
  uniqueIds(c, out, ['roles'], 'Role');
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkRoleRules(c: Checker, value: unknown, t: TextCheck, scope: RuleScope, defaulted: boolean): RoleRule[] | undefined {
  const list = c.list(value, ['roleRules'], 'The list of role rules', 0, 100);
  if (!list) return undefined;
  const out = list.map((item, i): RoleRule | undefined => {
    const path = ['roleRules', i];
    const r = c.record(item, path, 'A role rule');
    if (!r) return undefined;
    c.knownKeys(r, ['id', 'role', 'priority', 'when', 'reason'], path, 'A role rule');
    const id = c.id(own(r, 'id'), [...path, 'id'], 'The role rule id');
    const role = c.oneOf(own(r, 'role'), ROLES, [...path, 'role'], 'The role');
    const priority = own(r, 'priority');
    if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 1000) {
      c.add([...path, 'priority'], 'invalid-value', 'The priority must be a whole number from 1 to 1000.');
      return undefined;
    }
    const when = checkRule(c, own(r, 'when'), [...path, 'when'], scope);
    const reason = t(
      own(r, 'reason'),
      [...path, 'reason'],
      defaulted ? 'The reason of a default role rule (add "roleRules" to the model)' : 'The reason',
    );
    if (!id || !role || !when || !reason) return undefined;
    return { id, role, priority, when, reason };
  });
  uniqueIds(c, out, ['roleRules'], 'Role rule');
  return out.every((x) => x !== undefined) ? out : undefined;
}

function checkTexts(c: Checker, value: unknown, t: TextCheck, defaulted: boolean): ModelTexts | undefined {
  const r = c.record(value, ['texts'], 'The texts');
  if (!r) return undefined;
  c.knownKeys(r, ['findOut', 'defaultRoleReason'], ['texts'], 'The texts');
  const hint = defaulted ? ' (add "texts" to the model)' : '';
  const findOut = t(own(r, 'findOut'), ['texts', 'findOut'], `The "find out" text${hint}`);
  const defaultRoleReason = t(own(r, 'defaultRoleReason'), ['texts', 'defaultRoleReason'], `The default role reason${hint}`);
  if (!findOut || !defaultRoleReason) return undefined;
  return { findOut, defaultRoleReason };
}
