/**
 * `@actie/rules/core`: the small part of the package a form needs before any model is checked or
 * any answer scored: the model's types, the answer values, the limits, `localize`, new session
 * files and agreements, and the plan's priorities.
 *
 * Everything here is also exported by the main entry (`@actie/rules`). Import it from here in code
 * that every page loads first, when your bundler splits code by files (esbuild `--splitting`): the
 * main entry gathers the whole package, and such a bundler then puts validation and scoring in
 * the first chunk too, although only later code uses them. Rollup and Vite leave them out either
 * way.
 *
 * @packageDocumentation
 */

export type * from './model/types.js';
export { ANSWER_VALUES } from './model/types.js';
export type * from './score/types.js';
export type * from './plan/types.js';
export { AGREEMENT_STATUSES } from './plan/types.js';
export type { ErrorCode, Failure, Ok, Result, ValidationError } from './result.js';
export { LIMITS } from './validate/limits.js';
export { localize } from './localize.js';
export { isIsoDate } from './dates.js';
export type { CreateSessionOptions, SessionFile } from './session/create.js';
export { createSession, newSessionId } from './session/create.js';
export type { DraftPlanOptions } from './plan/draft.js';
export { draftPlan } from './plan/draft.js';
export { proposeAgreement } from './plan/propose.js';
export type { Priority, PriorityReason, PrioritiseOptions } from './plan/prioritise.js';
export { PRIORITY_REASONS, PROPOSAL_SIZE, prioritise } from './plan/prioritise.js';
