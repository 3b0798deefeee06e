/**
 * Carrying sessions and plans saved with an older major version of a model over to the current
 * one, as the model's `migrations` declare. Nothing is dropped silently: what cannot carry over is
 * kept in a note or listed in the {@link MigrationReport}.
 *
 * @packageDocumentation
 */

import type {
  ActieModel,
  AnswerValue,
  IntakeValue,
  ValidAssessmentInput,
  LocalizedText,
  ModelMigration,
  QuestionMigration,
} from '../model/types.js';
import { PLAN_FORMAT, parsePlan } from './plan-file.js';
import type { ActionPlan, Agreement } from '../plan/types.js';
import { answerLabels } from '../answer-labels.js';
import { fail, ok, type Result } from '../result.js';
import { checkedModel, modelErrors } from '../model/trusted.js';
import { LIMITS, describeType, isRecord, own } from '../validate/checker.js';
import { parseJsonText } from '../validate/json.js';
import { checkSessionFile } from './check.js';
import { SESSION_FORMAT, answersOfSession, parseSession, type SessionFile } from './format.js';

/** An answer of the older version that did not carry over, with the question it answered. */
export interface EarlierAnswer {
  /** The question id in the older version. */
  readonly question: string;
  /** The old question text (empty when the migration does not give it). */
  readonly text: LocalizedText;
  readonly answer?: AnswerValue;
  readonly note?: string;
}

/**
 * What a migration did with one session or plan. Shown to the user ("what changed") and returned
 * by team aggregation for every session it carried over.
 */
export interface MigrationReport {
  /** The model id. */
  readonly model: string;
  /** The version the session or plan was saved with, e.g. `1.0`. */
  readonly from: string;
  /** The version it was carried over to, e.g. `2.0`. */
  readonly to: string;
  /** Answers that carried over, with the old and the new question id (the same id when kept). */
  readonly carried: readonly { readonly from: string; readonly to: string }[];
  /**
   * Questions of the current version that need a new answer, each with the old answers that stood
   * in its place. Those answers (and notes) are also written into the question's note.
   */
  readonly reanswer: readonly { readonly question: string; readonly earlier: readonly EarlierAnswer[] }[];
  /** Old questions that no longer exist, with what was answered. */
  readonly removed: readonly EarlierAnswer[];
  /** Intake answers that no longer fit the intake, with their value. */
  readonly removedIntake: readonly { readonly question: string; readonly value: string }[];
  /**
   * Intake questions of the current version without an answer after the migration (new ones, or
   * whose answer no longer fits), in model order: ask them, since advice and role rules read them.
   */
  readonly openIntake: readonly string[];
  /**
   * Agreements of the action plan whose link to a condition changed. `to` is absent when the link
   * could not be kept; the agreement itself always stays.
   */
  readonly agreements: readonly { readonly agreement: string; readonly from: string; readonly to?: string }[];
  /** Questions whose note was shortened to the note length limit (the full text is in `reanswer`). */
  readonly shortenedNotes: readonly string[];
}

/** Options of {@link migrateSession} and {@link migratePlan}. */
export interface MigrateOptions {
  /** Language of the notes written for answers that did not carry over; default the model's first. */
  readonly lang?: string;
}

/** A session carried over to the model's current version, and what was done (absent when nothing was needed). */
export interface MigratedSession {
  readonly session: SessionFile;
  readonly report?: MigrationReport;
}

function major(version: string): string {
  return version.split('.')[0] ?? version;
}

/** The migration that carries a version over to the model's, if the model declares one. */
function migrationFor(model: ActieModel, version: string): ModelMigration | undefined {
  return model.migrations.find((m) => m.from === major(version));
}

/**
 * Carry a session saved with an older major version of the model over to the current version.
 *
 * Answers to kept and moved questions carry over under their new id; a split, merged or replaced
 * question's old answer and note are written into the note of each new question, which is listed
 * as needing a new answer; removed questions are listed with their answer. Links of the action
 * plan follow the model's condition map. A session for another model, or already of the current
 * major version, is returned unchanged (without a report). Never throws.
 *
 * Fails (code `model-mismatch`) only when the session is of this model but of a major version the
 * model has no migration for (for example a newer one).
 */
export function migrateSession(input: ActieModel, session: SessionFile, options: MigrateOptions = {}): Result<MigratedSession> {
  const usable = checkedModel(input);
  if (!usable.ok) return modelErrors(usable.errors);
  const model = usable.value;
  const parsed = parseSession(session);
  if (!parsed.ok) return parsed;
  return migrateParsed(model, parsed.value, options);
}

/** {@link migrateSession} for a checked model and a session that parseSession returned. */
function migrateParsed(model: ActieModel, session: SessionFile, options: MigrateOptions): Result<MigratedSession> {
  if (session.model.id !== model.id || major(session.model.version) === major(model.version)) return ok({ session });
  const migration = migrationFor(model, session.model.version);
  if (!migration) return fail([mismatch(model, session.model.version)]);
  const lang = options.lang ?? model.languages[0] ?? 'nl';
  const questions = new Map(migration.questions.map((q) => [q.from, q]));
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string[]> = {};
  const carried: { from: string; to: string }[] = [];
  const reanswer = new Map<string, EarlierAnswer[]>();
  const removed: EarlierAnswer[] = [];
  const addNote = (id: string, text: string): void => {
    (notes[id] ??= []).push(text);
  };

  const oldIds = [...new Set([...Object.keys(session.answers), ...Object.keys(session.notes)])];
  for (const id of oldIds) {
    const answer = Object.prototype.hasOwnProperty.call(session.answers, id) ? session.answers[id] : undefined;
    const note = Object.prototype.hasOwnProperty.call(session.notes, id) ? session.notes[id] : undefined;
    const entry = questions.get(id);
    const earlier: EarlierAnswer = {
      question: id,
      text: entry?.text ?? {},
      ...(answer !== undefined ? { answer } : {}),
      ...(note !== undefined ? { note } : {}),
    };
    if (!entry || entry.change === 'removed' || entry.to.length === 0) {
      removed.push(earlier);
      continue;
    }
    if (carriesOver(entry, answer)) {
      const target = entry.to[0] as string;
      if (answer !== undefined) {
        answers[target] = answer;
        carried.push({ from: id, to: target });
      }
      if (note !== undefined) addNote(target, note);
      continue;
    }
    for (const target of entry.to) {
      addNote(target, earlierNote(earlier, session.model.version, lang));
      reanswer.set(target, [...(reanswer.get(target) ?? []), earlier]);
    }
  }

  const shortenedNotes: string[] = [];
  const joinedNotes: Record<string, string> = {};
  for (const [id, parts] of Object.entries(notes)) {
    let text = parts.join('\n');
    if (text.length > LIMITS.note) {
      text = text.slice(0, LIMITS.note - 1) + '…';
      shortenedNotes.push(id);
    }
    joinedNotes[id] = text;
  }

  const intakeIds = new Map(model.intake.map((q) => [q.id, q]));
  const intake: Record<string, IntakeValue> = {};
  const removedIntake: { question: string; value: string }[] = [];
  for (const [id, value] of Object.entries(session.intake)) {
    const q = intakeIds.get(id);
    const isOption = (v: string): boolean => (q?.options ?? []).some((o) => o.value === v);
    // A list (the answer to a question that takes several options) keeps the options that still exist.
    const values = typeof value === 'string' ? [value] : value;
    const kept = q?.kind === 'text' && typeof value === 'string' ? values : values.filter(isOption);
    const lost = values.filter((v) => !kept.includes(v));
    if (kept.length) intake[id] = q?.kind === 'choices' ? kept : (kept[0] as string);
    for (const v of lost) removedIntake.push({ question: id, value: v });
  }

  const plan = session.plan ? mapPlan(migration, session.plan) : undefined;
  const report: MigrationReport = {
    model: model.id,
    from: session.model.version,
    to: model.version,
    carried,
    reanswer: [...reanswer].map(([question, list]) => ({ question, earlier: list })),
    removed,
    removedIntake,
    openIntake: model.intake.filter((q) => intake[q.id] === undefined).map((q) => q.id),
    agreements: plan?.changes ?? [],
    shortenedNotes,
  };
  const migrated: SessionFile = {
    ...session,
    model: { id: model.id, version: model.version },
    intake,
    answers,
    notes: joinedNotes,
    ...(plan ? { plan: plan.plan } : {}),
  };
  return ok({ session: migrated, report });
}

/**
 * Carry an action plan saved with an older major version of the model over: agreement links to
 * conditions follow the model's condition map; a link that cannot be kept is removed, the
 * agreement stays. Returns the plan unchanged (without a report) when `version` is of the current
 * major version. Never throws.
 *
 * @param version - The model version the plan was made with.
 */
export function migratePlan(
  input: ActieModel,
  plan: ActionPlan,
  version: string,
): Result<{ plan: ActionPlan; report?: MigrationReport }> {
  const usable = checkedModel(input);
  if (!usable.ok) return modelErrors(usable.errors);
  const model = usable.value;
  const parsedPlan = parsePlan(plan);
  if (!parsedPlan.ok) return parsedPlan;
  if (typeof version !== 'string' || !/^\d{1,4}\.\d{1,4}$/.test(version))
    return fail([
      {
        path: '',
        code: 'invalid-value',
        message: `The version the plan was made with must be like "2.0", but it is ${typeof version === 'string' ? JSON.stringify(version) : describeType(version)}.`,
      },
    ]);
  return migrateParsedPlan(model, parsedPlan.value, version);
}

/** {@link migratePlan} for a checked model and plan. */
function migrateParsedPlan(
  model: ActieModel,
  plan: ActionPlan,
  version: string,
): Result<{ plan: ActionPlan; report?: MigrationReport }> {
  if (major(version) === major(model.version)) return ok({ plan });
  const migration = migrationFor(model, version);
  if (!migration) return fail([mismatch(model, version)]);
  const mapped = mapPlan(migration, plan);
  return ok({
    plan: mapped.plan,
    report: {
      model: model.id,
      from: version,
      to: model.version,
      carried: [],
      reanswer: [],
      removed: [],
      removedIntake: [],
      openIntake: [],
      agreements: mapped.changes,
      shortenedNotes: [],
    },
  });
}

function mapPlan(
  migration: ModelMigration,
  plan: ActionPlan,
): { plan: ActionPlan; changes: { agreement: string; from: string; to?: string }[] } {
  const links = new Map(migration.conditions.map((c) => [c.from, c.to]));
  const changes: { agreement: string; from: string; to?: string }[] = [];
  const agreements = plan.agreements.map((a): Agreement => {
    if (a.condition === undefined) return a;
    const to = links.get(a.condition);
    if (to === a.condition) return a;
    changes.push({ agreement: a.id, from: a.condition, ...(to !== undefined ? { to } : {}) });
    if (to !== undefined) return { ...a, condition: to };
    return { id: a.id, what: a.what, who: a.who, ...(a.when !== undefined ? { when: a.when } : {}), status: a.status };
  });
  return { plan: { agreements }, changes };
}

function carriesOver(entry: QuestionMigration, answer: AnswerValue | undefined): boolean {
  if (entry.change !== 'kept' && entry.change !== 'moved') return false;
  return answer === undefined || !(entry.reanswer ?? []).includes(answer);
}

/**
 * The note that keeps an earlier answer with the new question, in the given language: the old
 * question by its words (never its code: the note is read by people), the answer and the old note.
 */
function earlierNote(earlier: EarlierAnswer, version: string, lang: string): string {
  const nl = lang.toLowerCase().startsWith('nl');
  const text = earlier.text[lang] ?? earlier.text[nl ? 'nl' : 'en'] ?? Object.values(earlier.text)[0];
  const question = text ? ` ${nl ? 'op' : 'to'} “${text}”` : '';
  const head = nl ? `Eerder antwoord (versie ${version})${question}` : `Earlier answer (version ${version})${question}`;
  // An old file may hold an answer this version does not know; it is quoted as it was.
  const labels: Readonly<Record<string, string | undefined>> = answerLabels(lang);
  const label = earlier.answer !== undefined ? (labels[earlier.answer] ?? earlier.answer) : undefined;
  const answer = label !== undefined ? `: ${label}.` : `: ${answerLabels(lang).none}.`;
  const note = earlier.note !== undefined ? ` ${nl ? 'Notitie' : 'Note'}: ${earlier.note}` : '';
  return head + answer + note;
}

function mismatch(model: ActieModel, version: string): { path: string; code: 'model-mismatch'; message: string } {
  const newer = Number(major(version)) > Number(major(model.version));
  return {
    path: '/model/version',
    code: 'model-mismatch',
    message: newer
      ? `This was saved with version ${version} of the model, which is newer than this one (${model.version}). Update ACTIE to open it.`
      : `This was saved with version ${version} of the model; version ${model.version} asks different questions and has no way to carry answers of version ${major(version)} over.`,
  };
}

/** A session file read, carried over to the model's current version and checked against it. */
export interface OpenedSession {
  /** The session as it is now (carried over when it was saved with an older version). */
  readonly session: SessionFile;
  /** Its answers, checked against the model: ready for `score`. */
  readonly input: ValidAssessmentInput;
  /** What the migration did; absent when the session was of the current version. */
  readonly migration?: MigrationReport;
}

/**
 * Read a session file (object or JSON text), carry it over to the model's current version when it
 * was saved with an older one ({@link migrateSession}), and check its answers against the model.
 * This is what the elements, team aggregation and the command line use to open a saved session.
 * Never throws.
 */
export function openSession(given: ActieModel, input: unknown, options: MigrateOptions = {}): Result<OpenedSession> {
  const usable = checkedModel(given);
  if (!usable.ok) return modelErrors(usable.errors);
  const model = usable.value;
  const parsed = parseSession(input);
  if (!parsed.ok) {
    // Report every problem at once: the structure, and the answers where they can be read.
    const all = checkSessionFile(model, input);
    return all.ok ? parsed : all;
  }
  const migrated = migrateParsed(model, parsed.value, options);
  if (!migrated.ok) return migrated;
  const checked = answersOfSession(model, migrated.value.session);
  if (!checked.ok) return checked;
  const { session, report } = migrated.value;
  return ok({ session, input: checked.value, ...(report ? { migration: report } : {}) });
}

/**
 * Read an action plan (plan file, session file with a plan, or `{ agreements }`; object or JSON
 * text) for a model, carrying its links to conditions over when it was made with an older major
 * version of the same model. Plan files of format version 1 (release 0.1) name no model: they are
 * taken to be made with major version 1 of the model, when the model has a migration from it. A
 * plan of another model, or a bare `{ agreements }`, is taken as it is. Never throws.
 */
export function openPlan(given: ActieModel, input: unknown): Result<{ plan: ActionPlan; migration?: MigrationReport }> {
  const usable = checkedModel(given);
  if (!usable.ok) return modelErrors(usable.errors);
  const model = usable.value;
  const text = typeof input === 'string' && input.startsWith('\uFEFF') ? input.slice(1) : input;
  const parsed = parseJsonText(text, 'action plan file');
  if (!parsed.ok) return parsed;
  const plan = parsePlan(parsed.value);
  if (!plan.ok) return plan;
  const value = parsed.value;
  let version = model.version;
  if (isRecord(value)) {
    const format = own(value, 'format');
    if (format === SESSION_FORMAT) {
      const session = parseSession(value);
      if (session.ok && session.value.model.id === model.id) version = session.value.model.version;
    } else if (format === PLAN_FORMAT && own(value, 'formatVersion') === 1) {
      if (model.migrations.some((m) => m.from === '1')) version = '1.0';
    } else if (format === PLAN_FORMAT) {
      const ref = own(value, 'model');
      const id = isRecord(ref) ? own(ref, 'id') : undefined;
      const refVersion = isRecord(ref) ? own(ref, 'version') : undefined;
      if (id === model.id && typeof refVersion === 'string') version = refVersion;
    }
  }
  const migrated = migrateParsedPlan(model, plan.value, version);
  if (!migrated.ok) return migrated;
  return ok(
    migrated.value.report ? { plan: migrated.value.plan, migration: migrated.value.report } : { plan: migrated.value.plan },
  );
}
