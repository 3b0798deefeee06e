/**
 * Checking the intake and the areas of a model, with their sources and questions. @internal
 *
 * @packageDocumentation
 */

import type { Area, IntakeOption, IntakeQuestion, Question, Source } from '../model/types.js';
import type { Checker, Path } from './checker.js';
import { LIMITS, own, repeated } from './checker.js';
import { POINT_KEYS, checkPointTexts, checkVariants, type OptionScope } from './model-points.js';
import type { TextCheck } from './model-text.js';
import { INTAKE_FACT } from './rule.js';

/** Area ids the assessment form uses for its own steps. */
const RESERVED_AREA_IDS: readonly string[] = ['intake', 'review', 'results'];

export function checkIntake(c: Checker, value: unknown, t: TextCheck): IntakeQuestion[] | undefined {
  const keys = ['id', 'kind', 'text', 'title', 'help', 'options', 'maxLength'];
  const spec = { list: 'The intake', item: 'An intake question', keys, max: 50, whole: true, unique: 'Intake question' };
  return c.items(value, ['intake'], spec, (q, path): IntakeQuestion | undefined => {
    const id = c.id(own(q, 'id'), [...path, 'id'], 'The intake question id');
    const kind = c.oneOf(own(q, 'kind'), ['choice', 'choices', 'text'] as const, [...path, 'kind'], 'The intake question kind');
    const text = t(own(q, 'text'), [...path, 'text'], 'The intake question text');
    const help = own(q, 'help') === undefined ? undefined : t(own(q, 'help'), [...path, 'help'], 'The help text');
    const title = own(q, 'title') === undefined ? undefined : t(own(q, 'title'), [...path, 'title'], 'The short label');
    let options: IntakeOption[] | undefined;
    if (kind === 'choice' || kind === 'choices') {
      const values = new Set<string>();
      const spec = { list: 'The options', item: 'An option', keys: ['value', 'label', 'level', 'exclusive'], min: 1, max: 50 };
      options = c.items(own(q, 'options'), [...path, 'options'], spec, (opt, oPath): IntakeOption | undefined => {
        const optValue = c.id(own(opt, 'value'), [...oPath, 'value'], 'The option value');
        const label = t(own(opt, 'label'), [...oPath, 'label'], 'The option label');
        const level =
          own(opt, 'level') === undefined
            ? undefined
            : c.oneOf(own(opt, 'level'), ['frontline', 'organisation'] as const, [...oPath, 'level'], 'The level');
        const exclusive = own(opt, 'exclusive');
        if (exclusive !== undefined && (typeof exclusive !== 'boolean' || kind !== 'choices')) {
          c.add(
            [...oPath, 'exclusive'],
            'invalid-value',
            kind === 'choices'
              ? '"exclusive" must be true or false.'
              : 'Only options of an intake question of kind "choices" can be "exclusive".',
          );
          return undefined;
        }
        if (optValue === undefined || !label) return undefined;
        if (repeated(values, optValue)) c.add([...oPath, 'value'], 'duplicate-id', `Option value "${optValue}" is used twice.`);
        return { value: optValue, label, ...(level ? { level } : {}), ...(exclusive === true ? { exclusive: true } : {}) };
      });
    } else if (kind === 'text' && own(q, 'options') !== undefined) {
      c.add([...path, 'options'], 'invalid-value', 'Only intake questions of kind "choice" or "choices" have options.');
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
    if (!id || !kind || !text) return undefined;
    return {
      id,
      kind,
      text,
      ...(title ? { title } : {}),
      ...(help ? { help } : {}),
      ...(options ? { options } : {}),
      ...(maxLength !== undefined ? { maxLength } : {}),
    };
  });
}

/**
 * The areas with their questions. `options` is what a question's advice variants may name (the
 * intake questions with options).
 */
export function checkAreas(c: Checker, value: unknown, t: TextCheck, options: OptionScope): Area[] | undefined {
  const questionSeen = new Map<string, string>();
  const keys = ['id', 'letter', 'title', 'summary', 'research', 'sources', 'questions'];
  const spec = { list: 'The list of areas', item: 'An area', keys, min: 1, max: 50, unique: 'Area' };
  const out = c.items(value, ['areas'], spec, (a, path, i): Area | undefined => {
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
      const question = checkQuestion(c, q, [...path, 'questions', j], t, options);
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
  return out?.length ? out : undefined;
}

function checkSources(c: Checker, value: unknown, path: Path): Source[] | undefined {
  const spec = { list: 'The list of sources', item: 'A source', keys: ['title', 'authors', 'publisher', 'year', 'url'], max: 10 };
  return c.items(value, path, spec, (s, sPath): Source | undefined => {
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
}

function checkQuestion(c: Checker, value: unknown, path: Path, t: TextCheck, options: OptionScope): Question | undefined {
  const q = c.record(value, path, 'A question');
  if (!q) return undefined;
  const before = c.errors.length;
  c.knownKeys(
    q,
    ['id', 'text', 'help', 'actor', 'level', 'favourable', 'action', 'agreement', 'variants', ...POINT_KEYS],
    path,
    'A question',
  );
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
  const variants =
    own(q, 'variants') === undefined ? [] : checkVariants(c, own(q, 'variants'), [...path, 'variants'], t, options);
  const points = checkPointTexts(c, q, path, t, options);
  if (!id || id === INTAKE_FACT || !text || !actor || !level || !favourable || !action || !variants) return undefined;
  if (c.errors.length !== before) return undefined;
  // The form's keys first (see splitModel in model/parts.ts), then advice and result texts.
  return {
    id,
    text,
    ...(help ? { help } : {}),
    actor,
    level,
    favourable,
    action,
    ...(agreement ? { agreement } : {}),
    ...(variants.length ? { variants } : {}),
    ...points,
  };
}
