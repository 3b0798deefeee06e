import type {
  ActieModel,
  Claims,
  Condition,
  LocalizedText,
  RoleDescription,
  RuleCondition,
  SupportRole,
} from '../model/types.js';
import { trustedModel } from '../model/trusted.js';
import { fail, ok, type Result } from '../result.js';
import { Checker, own, type Path } from './checker.js';
import { parseJsonText } from './json.js';
import { checkMigrations } from './migration.js';
import { checkCorrespondence } from './model-correspondence.js';
import { checkAreas, checkIntake } from './model-areas.js';
import { checkConditions, sortConditions } from './model-conditions.js';
import { namedIds, namedIntake, namedIntakeLists, namedQuestionIds, readsOnly } from './model-names.js';
import type { ClaimScope, ModelScope, OptionScope } from './model-points.js';
import { ROLES, checkAttention, checkRoleRules, checkRoles, checkTexts } from './model-roles.js';
import { checkLanguages, checkText } from './model-text.js';
import { ruleQuestions, type RuleScope } from './rule.js';

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
  'attention',
  'texts',
  'migrations',
  'correspondence',
];

/** What a model without roles, role rules or texts of its own takes from the default model. */
export type ModelDefaults = Pick<ActieModel, 'languages' | 'roles' | 'roleRules' | 'defaultRole' | 'attention' | 'texts'>;

/**
 * `validateModel` with the defaults taken from `defaults` instead of the built-in default model.
 * For scripts/models.js, which validates the built-in models when the package is built (before
 * the default model's parts exist to be imported). @internal
 */
export function validateModelWith(input: unknown, defaults: ModelDefaults): Result<ActieModel> {
  const parsed = parseJsonText(input, 'model');
  if (!parsed.ok) return parsed;
  try {
    const c = new Checker();
    const model = checkModel(c, parsed.value, defaults);
    if (!model || c.failed) return fail(c.errors);
    return ok(trustedModel(model));
  } catch (error) {
    // Only hostile input (getters that throw, proxies) gets here.
    return fail([{ path: '', code: 'type', message: `The model could not be read: ${String(error)}.` }]);
  }
}

function checkModel(c: Checker, input: unknown, defaultModel: ModelDefaults): ActieModel | undefined {
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
  // What advice variants and claims may name: the intake questions with options (not checked
  // when the intake has mistakes of its own: those are reported instead).
  const options: OptionScope = intake
    ? new Map(intake.flatMap((q) => (q.options ? [[q.id, q.options.map((o) => o.value)] as const] : [])))
    : undefined;
  const facts: ClaimScope = intake
    ? new Map(
        intake.flatMap((q) =>
          q.options ? [[q.id, { values: q.options.map((o) => o.value), many: q.kind === 'choices' }] as const] : [],
        ),
      )
    : undefined;
  const areas = checkAreas(c, own(root, 'areas'), t, options);

  // When an area or intake question has mistakes of its own, references are checked against the
  // ids the input names, so that one mistake does not also make everything that refers to it
  // "unknown". Where the input does not name them all, references are not checked at all.
  const scope: RuleScope = {
    questions: areas ? new Set(areas.flatMap((area) => area.questions.map((q) => q.id))) : namedQuestionIds(own(root, 'areas')),
    intake: intake ? new Map(intake.map((q) => [q.id, q.options?.map((o) => o.value)])) : namedIntake(own(root, 'intake')),
    intakeLists: intake
      ? new Set(intake.filter((q) => q.kind === 'choices').map((q) => q.id))
      : namedIntakeLists(own(root, 'intake')),
  };
  const areaIds = areas ? areas.map((a) => a.id) : namedIds(own(root, 'areas'));
  const areaSet = areaIds === undefined ? undefined : new Set(areaIds);

  const scoped: ModelScope = { c, t, rules: scope, areas: areaSet, options, facts };

  const rawConditions = own(root, 'conditions');
  const conditions = rawConditions === undefined ? [] : checkConditions(scoped, rawConditions);

  // Defaults come from the default model; texts are then checked for this model's languages.
  // When the default model lacks one of them, the missing part is one problem, not one per text.
  const lacking = languages.filter((lang) => !defaultModel.languages.includes(lang));
  const withDefault = (
    key: 'roles' | 'roleRules' | 'attention' | 'texts',
    fallback: unknown,
    what: string,
  ): { value: unknown } | undefined => {
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
  const rolesIn = withDefault('roles', defaultModel.roles, 'roles');
  const roles = rolesIn && checkRoles(c, rolesIn.value, t, own(root, 'roles') === undefined);
  // A model with `roles: []` gives no role advice: no role rules and no default role of the
  // default model's. Of the default role rules and points of attention, a model takes only those
  // that read questions and intake answers it has, in areas it has.
  const noRoles = Array.isArray(own(root, 'roles')) && (own(root, 'roles') as unknown[]).length === 0;
  const fits = (rule: { readonly when: RuleCondition; readonly claims?: Claims }): boolean =>
    readsOnly(rule.when, scope) &&
    Object.entries(rule.claims ?? {}).every(([key, values]) => {
      const allowed = scope.intake?.get(key);
      return scope.intake === undefined || (scope.intake.has(key) && (!allowed || values.every((v) => allowed.includes(v))));
    });
  const roleRulesIn = withDefault('roleRules', noRoles ? [] : defaultModel.roleRules.filter(fits), 'role rules');
  const attentionIn = withDefault(
    'attention',
    defaultModel.attention.filter((point) => fits(point) && (areaSet === undefined || areaSet.has(point.area))),
    'points of attention',
  );
  const textsIn = withDefault('texts', defaultModel.texts, 'texts');
  const roleIds = roles?.map((r) => r.id);
  const roleRules = roleRulesIn && checkRoleRules(scoped, roleRulesIn.value, own(root, 'roleRules') === undefined, roleIds);
  const attention = attentionIn && checkAttention(scoped, attentionIn.value);
  // The default role: given, else the default model's; none for a model without roles.
  const defaultRoleGiven = own(root, 'defaultRole');
  let defaultRole: SupportRole | undefined;
  if (roles && roles.length === 0) {
    if (defaultRoleGiven !== undefined)
      c.add(
        ['defaultRole'],
        'invalid-value',
        'A model without roles gives no role advice, so it has no default role: remove "defaultRole".',
      );
  } else {
    defaultRole = c.oneOf(defaultRoleGiven ?? defaultModel.defaultRole, ROLES, ['defaultRole'], 'The default role');
    if (defaultRole && roleIds && !roleIds.includes(defaultRole))
      c.add(
        ['defaultRole'],
        'unknown-reference',
        `The default role "${defaultRole}" is not described in "roles" (${roleIds.join(', ')}).`,
      );
  }
  if (roles && roles.length === 0 && roleRules && roleRules.length > 0)
    c.add(
      ['roleRules'],
      'invalid-value',
      'A model without roles cannot have role rules: describe the roles in "roles", or remove the rules.',
    );
  const texts = textsIn && checkTexts(c, textsIn.value, t, own(root, 'texts') === undefined, !roles || roles.length > 0);

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
    !attention ||
    (roles.length > 0 && !defaultRole) ||
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
      // The question's own condition: named by its title (else its text), at its level, with its
      // advice, variants and result texts.
      completed.push({
        id: q.id,
        area: area.id,
        title: q.title ?? q.text,
        level: q.level,
        when: { fact: q.id, operator: 'equal', value: q.favourable },
        action: q.action,
        ...(q.agreement ? { agreement: q.agreement } : {}),
        ...(q.variants ? { variants: q.variants } : {}),
        ...(q.strength ? { strength: q.strength } : {}),
        ...(q.concern ? { concern: q.concern } : {}),
        ...(q.key ? { key: true } : {}),
        ...(q.requestedWhen ? { requestedWhen: q.requestedWhen } : {}),
        ...(q.offerWhen ? { offerWhen: q.offerWhen } : {}),
      });
    }
  }
  if (c.errors.length > 0) return undefined;
  // A combined condition without a level of its own is at the organisation's level when every
  // question it reads is.
  const levelOf = new Map(areas.flatMap((area) => area.questions.map((q) => [q.id, q.level] as const)));
  const leveled = conditions.map((cond): Condition => {
    if (cond.level) return cond;
    const level = [...ruleQuestions(cond.when)].every((q) => levelOf.get(q) === 'organisation') ? 'organisation' : 'frontline';
    const { id: condId, area, title: condTitle, ...rest } = cond;
    return { id: condId, area, title: condTitle, level, ...rest };
  });
  const allConditions = sortConditions([...completed, ...leveled], areas);
  // The points a stance of offers keeps as tasks must be conditions of this model; of the default
  // model's roles, those the model lacks are left out.
  const allIds = new Set(allConditions.map((cond) => cond.id));
  const rolesDefaulted = own(root, 'roles') === undefined;
  const checkedRoles = roles.map((role, i): RoleDescription => {
    if (!role.offerExcept) return role;
    if (rolesDefaulted) return { ...role, offerExcept: role.offerExcept.filter((id) => allIds.has(id)) };
    role.offerExcept.forEach((ref, k) => {
      if (!allIds.has(ref))
        c.add(
          ['roles', i, 'offerExcept', k],
          'unknown-reference',
          `"offerExcept" names "${ref}", which is not a condition of this model (or a question with a condition of its own).`,
        );
    });
    return role;
  });
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
  const rawCorrespondence = own(root, 'correspondence');
  const correspondence =
    rawCorrespondence === undefined
      ? []
      : checkCorrespondence(c, rawCorrespondence, new Set(areas.flatMap((area) => area.questions.map((q) => q.id))), languages);
  if (!migrations || !correspondence || c.errors.length > 0) return undefined;

  return {
    id,
    version,
    languages,
    title,
    attribution,
    intake,
    areas,
    conditions: allConditions,
    roles: checkedRoles,
    roleRules: [...roleRules].sort((a, b) => b.priority - a.priority),
    ...(defaultRole && roles.length > 0 ? { defaultRole } : {}),
    attention,
    texts,
    migrations,
    correspondence,
  };
}
