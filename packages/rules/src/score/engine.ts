import type { Engine, TopLevelCondition } from 'json-rules-engine';
import type * as EngineModuleNamespace from 'json-rules-engine';
import type { ActieModel, AnswerValue, IntakeAnswers, RuleCondition, RuleLeaf } from '../model/types.js';
import { kleene, type Truth, type TruthTree } from '../truth.js';
import { INTAKE_FACT } from '../validate/rule.js';

export type { Truth } from '../truth.js';

/** The json-rules-engine outcome of one rule, read as three-valued logic. */
export interface RuleOutcome {
  readonly truth: Truth;
  /** Question ids whose answers decided the outcome. */
  readonly decisive: readonly string[];
}

/**
 * Outcomes of every condition, and the truth of every role rule and point of attention, for one
 * set of answers, in the model's order (`conditions[i]` is the outcome of `model.conditions[i]`).
 */
export interface EngineOutcome {
  readonly conditions: readonly (RuleOutcome | undefined)[];
  readonly roleRules: readonly Truth[];
  readonly attention: readonly Truth[];
}

/** What json-rules-engine puts on each node of a rule result. */
interface ResultNode {
  readonly all?: readonly ResultNode[];
  readonly result?: boolean;
}

/**
 * A model rule with each comparison replaced by its place in one of the engines' lists of
 * comparisons: `answer` (with the question it reads) or `intake`.
 */
type CompiledRule = TruthTree<CompiledLeaf>;

/** A comparison of a compiled rule: its place in the engines' lists (and the question it reads). */
type CompiledLeaf = { readonly answer: number; readonly question: string } | { readonly intake: number };

/**
 * A model's rules as the engines evaluate them: every distinct comparison on a question once, the
 * same for the intake with the intake questions they read; and each condition, role rule and
 * point of attention as a tree over them, in model order.
 */
interface CompiledModel {
  readonly answerComparisons: readonly RuleLeaf[];
  readonly intakeComparisons: readonly RuleLeaf[];
  readonly intakePaths: readonly string[];
  readonly rules: Readonly<Record<keyof EngineOutcome, readonly CompiledRule[]>>;
}

/** What a rule is read over: the engines' results for its comparisons, and the answers. */
interface Holds {
  readonly answer: readonly boolean[];
  readonly intake: readonly boolean[];
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/** The name of the one json-rules-engine rule of each engine. */
const MODEL_RULE = 'actie-model';
/** All answers reach the engine as one fact; a comparison names its question in `path`. */
const ANSWERS_FACT = 'answers';
/** How many intake variants' results an engine keeps (a team has one or a few). */
const INTAKE_VARIANTS = 256;

type EngineModule = typeof EngineModuleNamespace;
let engineModule: Promise<EngineModule> | undefined;

/**
 * json-rules-engine, loaded on first use. This dynamic import is the only way to it, so a bundler
 * puts it (with its dependencies) in a chunk of its own that a page fetches at the first score,
 * not before. A failed load (a network error) is tried again on the next call.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= import('json-rules-engine').catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

/**
 * Runs a model's rules on json-rules-engine.
 *
 * json-rules-engine evaluates every comparison of a rule and deep-copies the rule's whole
 * condition tree on every run, so a run costs about as much as the tree has nodes. The model's
 * rules are therefore taken apart once per model: every distinct comparison on answers becomes
 * one branch of one json-rules-engine rule (`all` over them, every fact at one priority, so none
 * is skipped), however many conditions, role rules and points of attention share it, and the
 * model's own `all` / `any` / `not` trees are read over the comparisons' results in three-valued
 * logic (see {@link readRule}). The comparisons on the intake are a second engine of their own,
 * run once per intake variant (the values of the intake questions they read) and kept: a team's
 * sessions share an intake, so most runs evaluate only the comparisons on answers.
 *
 * json-rules-engine keeps its run status on the engine instance, so overlapping `run()` calls on
 * one engine can skip rules (CacheControl/json-rules-engine #303); runs are therefore queued, one
 * at a time, per model.
 */
export class ModelEngine {
  readonly #compiled: CompiledModel;
  /** Built at the first run, once json-rules-engine is loaded. */
  #engines: { readonly answers: Engine; readonly intake: Engine } | undefined;
  /** The intake comparisons' results by intake variant, oldest first. */
  readonly #intakeResults = new Map<string, readonly boolean[]>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(model: ActieModel) {
    this.#compiled = compileModel(model);
  }

  /** Evaluate every rule for these answers. Runs one at a time on this engine. */
  run(answers: Readonly<Record<string, AnswerValue>>, intake: IntakeAnswers): Promise<EngineOutcome> {
    const next = this.#queue.then(() => this.#evaluate(answers, intake));
    // Keep the queue going whatever this run does.
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #evaluate(answers: Readonly<Record<string, AnswerValue>>, intake: IntakeAnswers): Promise<EngineOutcome> {
    const compiled = this.#compiled;
    if (!this.#engines) {
      const module = await loadEngineModule();
      this.#engines = {
        answers: buildEngine(module, compiled.answerComparisons),
        intake: buildEngine(module, compiled.intakeComparisons),
      };
    }
    const engines = this.#engines;
    const holds: Holds = {
      intake: await this.#intakeHolds(engines.intake, intake),
      answer: await runComparisons(engines.answers, ANSWERS_FACT, answers),
      answers,
    };
    const { conditions, roleRules, attention } = compiled.rules;
    return {
      conditions: conditions.map((rule) => readRule(rule, holds)),
      roleRules: roleRules.map((rule) => truthOf(rule, holds)),
      attention: attention.map((rule) => truthOf(rule, holds)),
    };
  }

  /** The intake comparisons' results for this intake: kept per intake variant, run when new. */
  async #intakeHolds(engine: Engine, intake: IntakeAnswers): Promise<readonly boolean[]> {
    const paths = this.#compiled.intakePaths;
    if (!paths.length) return NO_HOLDS;
    // The values the comparisons read decide their results; 0 (never an intake value) for an unanswered one.
    const variant = JSON.stringify(paths.map((path) => own(intake, path) ?? 0));
    let holds = this.#intakeResults.get(variant);
    if (!holds) {
      holds = await runComparisons(engine, INTAKE_FACT, intake);
      if (this.#intakeResults.size >= INTAKE_VARIANTS)
        this.#intakeResults.delete(this.#intakeResults.keys().next().value as string);
      this.#intakeResults.set(variant, holds);
    }
    return holds;
  }
}

/** An engine with one rule: `all` over these comparisons. */
function buildEngine(module: EngineModule, comparisons: readonly RuleCondition[]): Engine {
  const engine = new module.Engine([], {
    allowUndefinedFacts: true,
    // Paths are plain ids: no JSONPath, so nothing in a model is evaluated as code.
    pathResolver: (value: unknown, path: string): unknown =>
      typeof value === 'object' && value !== null ? own(value, path) : undefined,
  });
  engine.addRule({ name: MODEL_RULE, conditions: { all: comparisons } as TopLevelCondition, event: { type: MODEL_RULE } });
  return engine;
}

/** Run an engine's comparisons on one fact: whether each holds, in the engine's order. */
async function runComparisons(engine: Engine, fact: string, value: object): Promise<readonly boolean[]> {
  const { results, failureResults } = await engine.run({ [fact]: value });
  const nodes = ((results[0] ?? failureResults[0])?.conditions as ResultNode | undefined)?.all ?? [];
  return nodes.map((node) => node.result === true);
}

/**
 * A model's rules as two lists of distinct comparisons, on answers and on the intake, and each
 * rule as a tree over those lists. A comparison on a question reads the one `answers` fact with
 * the question id as path (one fact per run instead of one per question keeps runs fast); an
 * intake comparison is kept as it is.
 */
function compileModel(model: ActieModel): CompiledModel {
  const answerComparisons = new ComparisonList();
  const intakeComparisons = new ComparisonList();
  const intakePaths = new Set<string>();
  const compile = (node: RuleCondition): CompiledRule => {
    if ('all' in node) return { all: node.all.map(compile) };
    if ('any' in node) return { any: node.any.map(compile) };
    if ('not' in node) return { not: compile(node.not) };
    if (node.fact === INTAKE_FACT) {
      intakePaths.add(node.path ?? '');
      return { intake: intakeComparisons.place(node) };
    }
    const comparison = { fact: ANSWERS_FACT, path: node.fact, operator: node.operator, value: node.value };
    return { answer: answerComparisons.place(comparison), question: node.fact };
  };
  return {
    rules: {
      conditions: model.conditions.map((c) => compile(c.when)),
      roleRules: model.roleRules.map((r) => compile(r.when)),
      attention: model.attention.map((a) => compile(a.when)),
    },
    answerComparisons: answerComparisons.list,
    intakeComparisons: intakeComparisons.list,
    intakePaths: [...intakePaths],
  };
}

/** Distinct comparisons, each at its place in the list. */
class ComparisonList {
  readonly list: RuleLeaf[] = [];
  readonly #places = new Map<string, number>();

  /** The place of this comparison, added when it is new. */
  place(comparison: RuleLeaf): number {
    const key = JSON.stringify([comparison.fact, comparison.path ?? null, comparison.operator, comparison.value]);
    let at = this.#places.get(key);
    if (at === undefined) {
      at = this.list.push(comparison) - 1;
      this.#places.set(key, at);
    }
    return at;
  }
}

/**
 * Read a rule in three-valued (Kleene) logic over the engines' results for its comparisons. A
 * comparison on a question that is unanswered or answered "don't know" is unknown, whatever the
 * engine computed for it; `all` is false if any part is false, `any` is true if any part is true.
 */
function readRule(node: CompiledRule, holds: Holds): RuleOutcome {
  // `all` is decided by a false part, `any` by a true one.
  if ('all' in node) return readGroup(node.all, false, holds);
  if ('any' in node) return readGroup(node.any, true, holds);
  if ('not' in node) {
    const inner = readRule(node.not, holds);
    return { truth: inner.truth === undefined ? undefined : !inner.truth, decisive: inner.decisive };
  }
  if ('intake' in node) return { truth: holds.intake[node.intake] === true, decisive: NONE };
  const question = node.question;
  const answer = own(holds.answers, question);
  if (answer === undefined || answer === 'dont-know') return { truth: undefined, decisive: [question] };
  return { truth: holds.answer[node.answer] === true, decisive: [question] };
}

function readGroup(group: readonly CompiledRule[], decider: boolean, holds: Holds): RuleOutcome {
  let deciding: string[] | undefined;
  let open: string[] | undefined;
  const rest: string[] = [];
  for (const child of group) {
    const part = readRule(child, holds);
    if (part.truth === decider) (deciding ??= []).push(...part.decisive);
    else if (part.truth === undefined) (open ??= []).push(...part.decisive);
    else rest.push(...part.decisive);
  }
  if (deciding) return { truth: decider, decisive: unique(deciding) };
  if (open) return { truth: undefined, decisive: unique(open) };
  return { truth: !decider, decisive: unique(rest) };
}

/** A rule's truth alone, as {@link readRule} reads it (for role rules and points of attention). */
function truthOf(node: CompiledRule, holds: Holds): Truth {
  return kleene(node, (leaf: CompiledLeaf) => {
    if ('intake' in leaf) return holds.intake[leaf.intake] === true;
    const answer = own(holds.answers, leaf.question);
    return answer === undefined || answer === 'dont-know' ? undefined : holds.answer[leaf.answer] === true;
  });
}

const NONE: readonly string[] = [];
const NO_HOLDS: readonly boolean[] = [];

function own<T>(record: Readonly<Record<string, T>> | object, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, T>)[key] : undefined;
}

function unique(ids: readonly string[]): readonly string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}

const engines = new WeakMap<ActieModel, ModelEngine>();

/** The engine for a model, built on first use and kept as long as the model object lives. */
export function engineFor(model: ActieModel): ModelEngine {
  let engine = engines.get(model);
  if (!engine) {
    engine = new ModelEngine(model);
    engines.set(model, engine);
  }
  return engine;
}
