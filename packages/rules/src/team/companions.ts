/**
 * The built-in companion models of a team model, found in the table of the built-in models and
 * loaded one by one, so that combining a team loads only the built-in models it compares with
 * (for the default model: the initiators' questions; not the organisation scan). @internal
 *
 * @packageDocumentation
 */

import { BUILTIN_MODEL_INFO, loadBuiltinModel, type BuiltinModelInfo } from '../model/catalogue.js';
import type { ActieModel } from '../model/types.js';
import { modelIdentity } from '../score/score.js';
import { correspondenceTo, majorOf } from './groups.js';

/** The built-in models that declare a correspondence to this model's id and major version, in the order of `BUILTIN_MODEL_INFO`; never the model itself. */
export function builtinCompanionInfo(model: unknown): BuiltinModelInfo[] {
  const { id, version } = modelIdentity(model);
  if (!id || !version) return [];
  const major = majorOf(version);
  return Object.values(BUILTIN_MODEL_INFO).filter(
    (info) => info.id !== id && correspondenceTo(info.correspondence, id, major) !== undefined,
  );
}

/**
 * The built-in models that `aggregate` combines as their own group next to a team of this model
 * when no `companions` option is given: those that declare a `correspondence` to the model's id
 * and major version (for the default model, `initiatorModel`), loaded now and only those. Pass
 * them as the `companions` option to combine with exactly these models and keep them at hand, for
 * instance to show their questions' texts next to the team result.
 *
 * Resolves to an empty list for a model no built-in model mirrors, or a value that is not a
 * model. In a bundle each built-in model is a chunk of its own; the promise rejects only when one
 * cannot be loaded (a network failure).
 *
 * @example
 * ```ts
 * const companions = await builtinCompanions(initiativeModel); // [initiatorModel]
 * const team = await aggregate(initiativeModel, sessions, { companions });
 * ```
 */
export async function builtinCompanions(model: ActieModel): Promise<ActieModel[]> {
  const { models, unavailable } = await loadCompanions(model);
  if (unavailable[0]) throw new Error(`The model "${unavailable[0].info.id}" could not be loaded: ${unavailable[0].reason}`);
  return models;
}

/** A built-in companion model that could not be loaded, and why. */
export interface UnavailableCompanion {
  readonly info: BuiltinModelInfo;
  readonly reason: string;
}

/**
 * The built-in companion models of a team model as `aggregate` uses them by default: those that
 * loaded, and those that did not (their sessions are then refused with the reason, the rest is
 * still combined). Never rejects. `load` is replaced only by the tests.
 */
export async function loadCompanions(
  model: ActieModel,
  load: (name: BuiltinModelInfo['name']) => Promise<ActieModel | undefined> = loadBuiltinModel,
): Promise<{ models: ActieModel[]; unavailable: UnavailableCompanion[] }> {
  const found = builtinCompanionInfo(model);
  const settled = await Promise.allSettled(found.map((info) => load(info.name)));
  const models: ActieModel[] = [];
  const unavailable: UnavailableCompanion[] = [];
  settled.forEach((outcome, i) => {
    const info = found[i];
    if (!info) return;
    if (outcome.status === 'fulfilled' && outcome.value) models.push(outcome.value);
    else {
      const error: unknown = outcome.status === 'rejected' ? outcome.reason : 'not found';
      const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : 'an unknown error';
      unavailable.push({ info, reason });
    }
  });
  return { models, unavailable };
}
