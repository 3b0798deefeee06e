/**
 * Generated answer sets for the scoring equivalence test (test/score-equivalence.test.ts) and for
 * the script that wrote its fixture (test/fixtures/score-equivalence/make.ts). Deterministic: the
 * same seed gives the same inputs. Takes the package as an argument where it needs it, so the
 * fixture script can run it against any build. Not a test file itself (the runner picks up `*.test.ts` only).
 */
import { createHash } from 'node:crypto';
import type { ActieModel, AnswerValue, AssessmentInput, AssessmentResult, IntakeValue } from '../dist/index.js';
import type * as Rules from '../dist/index.js';
import { prng } from './helpers.js';

/** The built-in models and how many answer sets each gets (300 in all). */
export const EQUIVALENCE_MODELS = [
  { name: 'initiative', count: 150, seed: 2101 },
  { name: 'organisation', count: 100, seed: 2102 },
  { name: 'initiator', count: 50, seed: 2103 },
] as const;

const VALUES: readonly AnswerValue[] = ['yes', 'partly', 'no', 'dont-know'];

/** The built-in model of this name, loaded through `rules` (a build of the package). */
export async function builtinModel(rules: Pick<typeof Rules, 'loadBuiltinModel'>, name: string): Promise<ActieModel> {
  const model = await rules.loadBuiltinModel(name);
  if (!model) throw new Error(`No built-in model ${name}.`);
  return model;
}

/**
 * `count` answer sets for `model`: every intake question answered or left out (a choice, a list of
 * options with or without an exclusive one, a text), and answers from all open to all given, with
 * every answer value, "don't know" included. Every tenth set answers everything; every
 * seventeenth leaves the intake out.
 */
export function equivalenceInputs(model: ActieModel, count: number, seed: number): AssessmentInput[] {
  const next = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const questions = model.areas.flatMap((area) => area.questions.map((q) => q.id));
  return Array.from({ length: count }, (_, n) => {
    // How many answers stay open: none, a few, about half, most.
    const open = n % 10 === 0 ? 0 : pick([0, 0.1, 0.1, 0.3, 0.5, 0.9]);
    // A lean towards one answer value, so results range from mostly good to mostly needs-work.
    const lean = pick([undefined, ...VALUES]);
    const answers: Record<string, AnswerValue> = {};
    for (const id of questions) {
      if (next() < open) continue;
      answers[id] = lean !== undefined && next() < 0.6 ? lean : pick(VALUES);
    }
    if (n % 17 === 5) return { answers };
    const intake: Record<string, IntakeValue> = {};
    for (const question of model.intake ?? []) {
      if (next() < 0.15) continue;
      const options = question.options ?? [];
      if (question.kind === 'text') intake[question.id] = `text ${n}`;
      else if (question.kind === 'choice') intake[question.id] = pick(options).value;
      else {
        const exclusive = options.filter((o) => o.exclusive);
        if (exclusive.length && next() < 0.2) intake[question.id] = [pick(exclusive).value];
        else intake[question.id] = options.filter((o) => !o.exclusive && next() < 0.35).map((o) => o.value);
      }
    }
    return { intake, answers };
  });
}

/**
 * What the fixture keeps of one result: the SHA-256 of its whole JSON text (every field, in
 * order, so any change shows) and, to tell where a change is, each condition's status (`g` good,
 * `n` needs work, `o` offer, `u` unknown) and the suggested role with the rule that decided it.
 */
export interface ResultDigest {
  readonly sha256: string;
  readonly statuses: string;
  readonly role: string;
}

export function digest(result: AssessmentResult): ResultDigest {
  return {
    sha256: sha256(result),
    statuses: result.conditions
      .map((c) => (c.status === 'good' ? 'g' : c.status === 'unknown' ? 'u' : c.offer ? 'o' : 'n'))
      .join(''),
    role: result.role ? `${result.role.suggested} ${result.role.rule ?? '-'}` : '-',
  };
}

/** The SHA-256 of a value's JSON text. */
export function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * The answer sets as session files, as a facilitator collects them for `aggregate()`: fixed ids
 * and times, so the team result is the same on every run.
 */
export function equivalenceSessions(
  rules: Pick<typeof Rules, 'createSession'>,
  model: ActieModel,
  inputs: readonly AssessmentInput[],
): { source: string; data: unknown }[] {
  return inputs.map((input, i) => ({
    source: `participant-${i}.json`,
    data: rules.createSession(model, input, {
      id: `session-${String(i).padStart(4, '0')}`,
      now: new Date(Date.UTC(2026, 11, 1, 9, 0, i)),
    }),
  }));
}
