/**
 * The action plan file: JSON that {@link parsePlan} reads back without loss.
 *
 * @packageDocumentation
 */

import type { ActieModel } from '../model/types.js';
import { fail, ok, type Result } from '../result.js';
import { parseSession, readPlan, SESSION_FORMAT } from './format.js';
import { Checker, LIMITS, isRecord, own, quote } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import type { ActionPlan, Agreement } from '../plan/types.js';

/** The value of `format` in a plan file written by {@link serializePlan}. */
export const PLAN_FORMAT = 'actie-plan';

/**
 * The plan file format version this package writes. It reads 1 and 2; version 2 added the model
 * the plan was made with, so its links to conditions can be carried over to a later version.
 */
export const PLAN_FORMAT_VERSION = 2;

/** A plan file as {@link serializePlan} writes it. */
export interface PlanFile {
  readonly format: typeof PLAN_FORMAT;
  readonly formatVersion: typeof PLAN_FORMAT_VERSION;
  /** The model (and version) the plan's condition links refer to, when known. */
  readonly model?: { readonly id: string; readonly version: string };
  readonly agreements: readonly Agreement[];
}

/** Options of {@link serializePlan}. */
export interface SerializePlanOptions {
  /** The model the plan was made with; recorded so the plan can be carried over to a later version. */
  readonly model?: Pick<ActieModel, 'id' | 'version'>;
}

/**
 * Write a plan file: JSON `{ format: "actie-plan", formatVersion: 2, model?, agreements }`, two-space
 * indent, ending with a newline. Agreement fields are written in a fixed order (id, condition,
 * what, who, when, status) and fields that are not part of an agreement are left out, so
 * `serializePlan(parsePlan(serializePlan(plan)).value)` gives the same text.
 */
export function serializePlan(plan: ActionPlan, options: SerializePlanOptions = {}): string {
  const file: PlanFile = {
    format: PLAN_FORMAT,
    formatVersion: PLAN_FORMAT_VERSION,
    ...(options.model ? { model: { id: options.model.id, version: options.model.version } } : {}),
    agreements: plan.agreements.map((a) => ({
      id: a.id,
      ...(a.condition !== undefined ? { condition: a.condition } : {}),
      what: a.what,
      who: a.who,
      ...(a.when ? { when: a.when } : {}),
      status: a.status,
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * Read an action plan from JSON text or a parsed value. Accepts
 *
 * - a plan file written by {@link serializePlan} (`"format": "actie-plan"`),
 * - a session file (`"format": "actie-session"`, any version `parseSession` reads) that holds a
 *   plan; the whole session is checked, and only its plan is returned,
 * - a bare `{ "agreements": [...] }`.
 *
 * A leading byte order mark is ignored. Never throws: a file that is not one of these, or is
 * damaged anywhere, gives errors with JSON Pointer paths and no value at all.
 */
export function parsePlan(input: unknown): Result<ActionPlan> {
  const parsed = parseJsonText(input, 'action plan file');
  if (!parsed.ok) return parsed;
  try {
    return readPlanFile(parsed.value);
  } catch (error) {
    return fail([{ path: '', code: 'type', message: `The action plan file could not be read: ${String(error)}.` }]);
  }
}

const NOT_OURS =
  'Expected an action plan exported by ACTIE ("format": "actie-plan"), an ACTIE session file with a plan ("format": "actie-session"), or an object with "agreements".';

function readPlanFile(value: unknown): Result<ActionPlan> {
  const c = new Checker();
  if (!isRecord(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : quote(value);
    c.add([], 'not-actie-file', `This is not an ACTIE action plan: the file holds ${kind}, not an object. ${NOT_OURS}`);
    return fail(c.errors);
  }
  const format = own(value, 'format');
  if (format === SESSION_FORMAT) {
    const session = parseSession(value);
    if (!session.ok) return session;
    if (!session.value.plan) {
      c.add(
        ['plan'],
        'required',
        'This session file has no action plan yet. Make a plan first, or import the session as answers.',
      );
      return fail(c.errors);
    }
    return ok(session.value.plan);
  }
  if (format === undefined) {
    if (own(value, 'agreements') === undefined) {
      c.add([], 'not-actie-file', `This is not an ACTIE action plan: it has no "format" and no "agreements". ${NOT_OURS}`);
      return fail(c.errors);
    }
    const plan = readPlan(c, value, []);
    return plan && !c.failed ? ok(plan) : fail(c.errors);
  }
  if (format !== PLAN_FORMAT) {
    c.add(['format'], 'not-actie-file', `This is not an ACTIE action plan: "format" is ${quote(format)}. ${NOT_OURS}`);
    return fail(c.errors);
  }
  const version = own(value, 'formatVersion');
  if (version !== 1 && version !== PLAN_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > PLAN_FORMAT_VERSION;
    c.add(
      ['formatVersion'],
      version === undefined ? 'required' : 'unsupported-version',
      newer
        ? `This action plan has format version ${version}, made by a newer ACTIE; this version reads up to ${PLAN_FORMAT_VERSION}. Update ACTIE to open it.`
        : `Format version ${version === undefined ? 'is missing' : quote(version) + ' is not known'}; this version reads 1 and ${PLAN_FORMAT_VERSION}.`,
    );
    return fail(c.errors);
  }
  c.knownKeys(
    value,
    version === 1 ? ['format', 'formatVersion', 'agreements'] : ['format', 'formatVersion', 'model', 'agreements'],
    [],
    'The action plan file',
  );
  const model = own(value, 'model');
  if (model !== undefined) {
    const ref = c.record(model, ['model'], 'The model reference');
    if (ref) {
      c.knownKeys(ref, ['id', 'version'], ['model'], 'The model reference');
      c.text(own(ref, 'id'), ['model', 'id'], 'The model id', LIMITS.id);
      const v = own(ref, 'version');
      if (typeof v !== 'string' || !/^\d{1,4}\.\d{1,4}$/.test(v))
        c.add(['model', 'version'], 'invalid-value', 'The model version must be text like "2.0" (major.minor).');
    }
  }
  // readPlan checks the keys of the object it gets, so hand it the plan part only; paths stay
  // the same because the agreements sit at the root in both.
  const plan = readPlan(c, { agreements: own(value, 'agreements') }, []);
  return plan && !c.failed ? ok(plan) : fail(c.errors);
}
