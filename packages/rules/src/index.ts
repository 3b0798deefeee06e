/**
 * `@actie/rules`: the ACTIE-model as validated data, scored with json-rules-engine.
 *
 * Runs in Node 20+ and in browsers; no DOM. Functions that take input from outside never throw
 * on it: they return `{ ok: false, errors }` with JSON Pointer paths, or report errors in the
 * result.
 *
 * @packageDocumentation
 */

export type * from './model/types.js';
export { ANSWER_VALUES } from './model/types.js';
// The built-in models are not imported here: load one with `loadBuiltinModel`, or import it from
// its own module (`@actie/rules/models/initiative`, ...), so a bundle carries only the models a
// page uses.
export { BUILTIN_MODEL_INFO, builtinModelOf, loadBuiltinModel } from './model/catalogue.js';
export type {
  ChangedField,
  ChangedIntakeOption,
  ChangedItem,
  ChangedQuestion,
  ChangedValue,
  IntakeOptionAt,
  ListChanges,
  MigrationReason,
  MigrationReasonKind,
  MigrationVerdict,
  ModelDiff,
  MovedQuestion,
  QuestionAt,
} from './model/diff.js';
export { diffModels } from './model/diff.js';
export { modelSources } from './model/sources.js';

export type { ErrorCode, Failure, Ok, Result, ValidationError } from './result.js';
export { validateModel } from './validate/model.js';
export { validateAnswers } from './validate/answers.js';
export { LIMITS } from './validate/checker.js';

export type * from './score/types.js';
export { score } from './score/score.js';
export { localize } from './localize.js';
export type { FormatOptions } from './report/result.js';
export { TOPIC_QUESTION, escapeMarkdown, formatResult, speaksToInitiators } from './report/result.js';

export type * from './plan/types.js';
export { AGREEMENT_STATUSES } from './plan/types.js';
export type { DraftPlanOptions } from './plan/draft.js';
export { draftPlan } from './plan/draft.js';
export { proposeAgreement } from './plan/propose.js';
export type { Priority, PriorityReason, PrioritiseOptions } from './plan/prioritise.js';
export { PRIORITY_REASONS, PROPOSAL_SIZE, prioritise } from './plan/prioritise.js';
// Action plan files and exports: JSON that parsePlan reads back without loss, CSV for
// spreadsheets, Markdown to read or print, iCalendar for calendars. Pure functions returning text.
export type { PlanFile, SerializePlanOptions } from './session/plan-file.js';
export { PLAN_FORMAT, PLAN_FORMAT_VERSION, parsePlan, serializePlan } from './session/plan-file.js';
export type { CsvOptions } from './exports/csv.js';
export { planToCsv } from './exports/csv.js';
export type { ICalendarOptions } from './exports/icalendar.js';
export { planToICalendar } from './exports/icalendar.js';
export type { MarkdownOptions } from './exports/markdown.js';
export { planToMarkdown } from './exports/markdown.js';
export type { PlanContext } from './exports/table.js';
export { isOverdue } from './exports/table.js';

export type * from './team/types.js';
export { aggregate, serializeTeamResult, DEFAULT_MIN_GROUP_SIZE, DEFAULT_MIN_COMPANION_GROUP_SIZE } from './team/aggregate.js';
export { builtinCompanions } from './team/companions.js';
export { disagreementLevel, teamStatus } from './team/tally.js';
export type { DiscussFirstOptions, DiscussPoint, DiscussReason, ViewDifference } from './team/discuss.js';
export { DISCUSS_FIRST_SIZE, DISCUSS_REASONS, VIEW_PLACES, discussFirst } from './team/discuss.js';
export { formatTeamResult } from './report/team.js';

export { isIsoDate } from './dates.js';
export type { CreateSessionOptions, SessionFile } from './session/format.js';
export {
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  createSession,
  newSessionId,
  parseSession,
  serializeSession,
  sessionInput,
} from './session/format.js';

export type { EarlierAnswer, MigrateOptions, MigratedSession, MigrationReport, OpenedSession } from './session/migrate.js';
export { migratePlan, migrateSession, openPlan, openSession } from './session/migrate.js';
