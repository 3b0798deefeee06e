import type { ActieModel, AnswerValue, Answers, AssessmentInput, IntakeAnswers } from '../model/types.js';
import type { ActionPlan } from '../plan/types.js';

// The session file as this package writes it: its format, its type, and how a new one is made.
// Reading and checking files is in ./format.ts (a bundle can leave that out of a page that only
// writes sessions until a file has to be read).

/** The value of `format` in every saved session file. */
export const SESSION_FORMAT = 'actie-session';

/**
 * The session file format version this package writes. It reads 1, 2 and 3; version 3 added the
 * session's `id` (so the same file given twice counts once) and per-area `reflections`.
 */
export const SESSION_FORMAT_VERSION = 3;

/**
 * A saved session: one participant's intake, answers, notes and (optionally) action plan, for
 * one model version. This is what "download my answers" produces and what the team overview
 * imports. It carries no name unless the participant adds one.
 */
export interface SessionFile {
  readonly format: typeof SESSION_FORMAT;
  readonly formatVersion: typeof SESSION_FORMAT_VERSION;
  /**
   * A random id given when the session was first saved: a copy of the same file keeps it, so team
   * results count it once. Absent in files of format versions 1 and 2.
   */
  readonly id?: string;
  readonly model: { readonly id: string; readonly version: string };
  /** ISO 8601 date-time of the first answer. */
  readonly createdAt: string;
  /** ISO 8601 date-time of the last change. */
  readonly updatedAt: string;
  /** Only present when the participant chose to add a name. */
  readonly participant?: { readonly name: string };
  readonly intake: IntakeAnswers;
  readonly answers: Answers;
  readonly notes: Readonly<Record<string, string>>;
  /**
   * What the participant wrote per area (by area id) under "Wat gaat goed? Wat pakken we op?":
   * free text, shared with the team. Absent when nothing was written.
   */
  readonly reflections?: Readonly<Record<string, string>>;
  readonly plan?: ActionPlan;
}

/** Options of {@link createSession}. */
export interface CreateSessionOptions {
  /** The moment to record; defaults to now. */
  readonly now?: Date;
  /** Keep `createdAt` from an earlier save. */
  readonly createdAt?: string;
  /** A name the participant chose to add. */
  readonly participant?: string;
  readonly plan?: ActionPlan;
  /** Keep the id of an earlier save; a new random id otherwise. */
  readonly id?: string;
  /** Reflections per area id; empty texts are left out. */
  readonly reflections?: Readonly<Record<string, string>>;
}

/** Longest session id accepted, in characters. */
export const SESSION_ID_MAX = 64;

/** A new random session id (32 hex digits), also outside secure contexts (no randomUUID needed). */
export function newSessionId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Build a session file for answers to a model. */
export function createSession(model: ActieModel, input: AssessmentInput, options: CreateSessionOptions = {}): SessionFile {
  const now = (options.now ?? new Date()).toISOString();
  const name = options.participant?.trim();
  const reflections = Object.entries(options.reflections ?? {}).filter(([, text]) => text.trim() !== '');
  return {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    id: options.id ?? newSessionId(),
    model: { id: model.id, version: model.version },
    createdAt: options.createdAt ?? now,
    updatedAt: now,
    ...(name ? { participant: { name } } : {}),
    intake: { ...(input.intake ?? {}) },
    // A question answered `null` is not answered: it is left out of the file.
    answers: Object.fromEntries(
      Object.entries(input.answers).filter((entry): entry is [string, AnswerValue] => entry[1] !== null),
    ),
    notes: { ...(input.notes ?? {}) },
    ...(reflections.length ? { reflections: Object.fromEntries(reflections) } : {}),
    ...(options.plan ? { plan: options.plan } : {}),
  };
}

/** Write a session file as JSON text (two-space indent, ends with a newline). */
export function serializeSession(session: SessionFile): string {
  return JSON.stringify(session, null, 2) + '\n';
}
