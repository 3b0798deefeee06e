import type { Engine, TopLevelCondition } from 'json-rules-engine';
import type * as EngineModuleNamespace from 'json-rules-engine';
import type { ActieModel, AnswerValue, IntakeAnswers, RuleCondition } from '../model/types.js';
import { INTAKE_FACT } from '../validate/rule.js';

/** A three-valued truth: true, false, or undefined when it depends on an open answer. */
export type Truth = boolean | undefined;

/** The json-rules-engine outcome of one rule, read as three-valued logic. */
export interface RuleOutcome {
  readonly truth: Truth;
  /** Question ids whose answers decided the outcome. */
  readonly decisive: readonly string[];
}

/**
 * Outcomes of every condition, role rule and point of attention for one set of answers, in the
 * model's order (`conditions[i]` is the outcome of `model.conditions[i]`).
 */
export interface EngineOutcome {
  readonly conditions: readonly (RuleOutcome | undefined)[];
  readonly roleRules: readonly (RuleOutcome | undefined)[];
  readonly attention: readonly (RuleOutcome | undefined)[];
}

/** What json-rules-engine puts on each node of a rule result. */
interface ResultNode {
  readonly all?: readonly ResultNode[];
  readonly any?: readonly ResultNode[];
  readonly not?: ResultNode;
  readonly fact?: string;
  readonly path?: string;
  readonly result?: boolean;
}

/** The name of the one json-rules-engine rule a model becomes. */
const MODEL_RULE = 'actie-model';
/** All answers reach the engine as one fact; a comparison names its question in `path`. */
const ANSWERS_FACT = 'answers';

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
 * One Engine is built per model and reused, with one rule: `all` over the model's conditions and
 * then its role rules, each a branch (json-rules-engine's work per rule is then done once per run,
 * not once per condition). json-rules-engine keeps its run status on the engine instance, so
 * overlapping `run()` calls on one engine can skip rules (CacheControl/json-rules-engine #303);
 * runs are therefore queued, one at a time, per engine. Every fact has the same priority, so every
 * branch and comparison is evaluated and the result tree is complete.
 */
export class ModelEngine {
  readonly #model: ActieModel;
  /** Built at the first run, once json-rules-engine is loaded. */
  #engine: Engine | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(model: ActieModel) {
    this.#model = model;
  }

  #build(EngineClass: EngineModule['Engine']): Engine {
    const model = this.#model;
    const engine = new EngineClass([], {
      allowUndefinedFacts: true,
      // Paths are plain intake ids: no JSONPath, so nothing in a model is evaluated as code.
      pathResolver: (value: unknown, path: string): unknown =>
        typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, path)
          ? (value as Record<string, unknown>)[path]
          : undefined,
    });
    // One rule whose branches are the conditions, then the role rules, then the points of attention, in model order.
    const branches = [
      ...model.conditions.map((c) => c.when),
      ...model.roleRules.map((r) => r.when),
      ...model.attention.map((a) => a.when),
    ].map(toEngineCondition);
    engine.addRule({ name: MODEL_RULE, conditions: { all: branches } as TopLevelCondition, event: { type: MODEL_RULE } });
    return engine;
  }

  /** Evaluate every rule for these answers. Runs one at a time on this engine. */
  run(answers: Readonly<Record<string, AnswerValue>>, intake: IntakeAnswers): Promise<EngineOutcome> {
    const next = this.#queue.then(() => this.#evaluate(answers, intake));
    // Keep the queue going whatever this run does.
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #evaluate(answers: Readonly<Record<string, AnswerValue>>, intake: IntakeAnswers): Promise<EngineOutcome> {
    const engine = this.#engine ?? (this.#engine = this.#build((await loadEngineModule()).Engine));
    const facts: Record<string, unknown> = { [ANSWERS_FACT]: answers, [INTAKE_FACT]: intake };
    const { results, failureResults } = await engine.run(facts);
    const branches = ((results[0] ?? failureResults[0])?.conditions as ResultNode | undefined)?.all ?? [];
    const count = this.#model.conditions.length;
    const conditions = new Array<RuleOutcome | undefined>(count);
    const roleRules = new Array<RuleOutcome | undefined>(this.#model.roleRules.length);
    const attention = new Array<RuleOutcome | undefined>(this.#model.attention.length);
    for (let i = 0; i < conditions.length; i++) conditions[i] = readBranch(branches[i], answers);
    for (let i = 0; i < roleRules.length; i++) roleRules[i] = readBranch(branches[count + i], answers);
    for (let i = 0; i < attention.length; i++) attention[i] = readBranch(branches[count + roleRules.length + i], answers);
    return { conditions, roleRules, attention };
  }
}

/**
 * A model rule as a branch of the model's json-rules-engine rule. Comparisons on a question read
 * the one `answers` fact with the question id as path: one fact per run instead of one per
 * question keeps runs fast.
 */
function toEngineCondition(node: RuleCondition): RuleCondition {
  if ('all' in node) return { all: node.all.map(toEngineCondition) };
  if ('any' in node) return { any: node.any.map(toEngineCondition) };
  if ('not' in node) return { not: toEngineCondition(node.not) };
  if (node.fact === INTAKE_FACT) return node;
  return { fact: ANSWERS_FACT, path: node.fact, operator: node.operator, value: node.value };
}

/**
 * Read a json-rules-engine result tree in three-valued (Kleene) logic. A comparison on a question
 * that is unanswered or answered "don't know" is unknown, whatever the engine computed for it;
 * `all` is false if any part is false, `any` is true if any part is true.
 */
export function readNode(node: ResultNode, answers: Readonly<Record<string, AnswerValue>>): RuleOutcome {
  const group = node.all ?? node.any;
  if (group) {
    // `all` is decided by a false part, `any` by a true one.
    const decider = node.all === undefined;
    let deciding: string[] | undefined;
    let open: string[] | undefined;
    const rest: string[] = [];
    for (const child of group) {
      const part = readNode(child, answers);
      if (part.truth === decider) (deciding ??= []).push(...part.decisive);
      else if (part.truth === undefined) (open ??= []).push(...part.decisive);
      else rest.push(...part.decisive);
    }
    if (deciding) return { truth: decider, decisive: unique(deciding) };
    if (open) return { truth: undefined, decisive: unique(open) };
    return { truth: !decider, decisive: unique(rest) };
  }
  if (node.not) {
    const inner = readNode(node.not, answers);
    return { truth: inner.truth === undefined ? undefined : !inner.truth, decisive: inner.decisive };
  }
  if (node.fact !== ANSWERS_FACT) return { truth: node.result === true, decisive: NONE };
  const question = node.path ?? '';
  const answer = Object.prototype.hasOwnProperty.call(answers, question) ? answers[question] : undefined;
  if (answer === undefined || answer === 'dont-know') return { truth: undefined, decisive: [question] };
  return { truth: node.result === true, decisive: [question] };
}

const NONE: readonly string[] = [];

function readBranch(node: ResultNode | undefined, answers: Readonly<Record<string, AnswerValue>>): RuleOutcome | undefined {
  return node ? readNode(node, answers) : undefined;
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
