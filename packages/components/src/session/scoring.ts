import type { ActieModel, AnswerValue, AssessmentInput, AssessmentResult, IntakeAnswers } from '@actie/rules';
import { LatestRun } from './latest-run.js';
import { onDemand, onDemandFailure, type OnDemand } from './on-demand.js';
import type { SessionListener, SessionUpdate } from './store-types.js';

/** What {@link SessionScoring.follow} reads of the session it scores: its public state, and its changes. */
export interface ScoredSession {
  subscribe(listener: SessionListener): () => void;
  /** The model if it is ready now (scoring never asks for more of it than is loaded). */
  readonly loadedModel: ActieModel | undefined;
  readonly intake: IntakeAnswers;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly notes: Readonly<Record<string, string>>;
}

/** The changes after which the score can differ (notes, the plan, reflections and the step change nothing). */
const RESCORE: ReadonlySet<SessionUpdate['change']> = new Set(['model', 'answers', 'intake', 'import', 'reset', 'opened']);

/**
 * The score of a session, kept up to date: after every change the rules run again and the latest
 * run wins. While nothing is answered no score is made until one is asked for ({@link settled}),
 * so a page does not load the scoring code (on demand, see ./on-demand.ts) or the rules engine
 * before the first question.
 */
export class SessionScoring extends EventTarget {
  #result: AssessmentResult | undefined;
  /** Why the latest score could not be made (its code could not be loaded), for the error notice. */
  #problem: string | undefined;
  /** Nothing was answered, so no score was made yet. */
  #unscored = false;
  /**
   * What the latest run that worked (or is under way) scored. The session's data is immutable, so
   * the same objects again mean the same input: it is not scored twice (a stored session read back
   * is told as an import and as a model change).
   */
  #scored: { readonly model: ActieModel; readonly input: AssessmentInput } | undefined;
  readonly #runs = new LatestRun();
  readonly #load: () => Promise<OnDemand>;

  /**
   * Dispatches `change` (a plain `Event`) after each new result (or problem). `load` fetches the
   * scoring code (tests pass one that fails).
   */
  constructor(load: () => Promise<OnDemand> = onDemand) {
    super();
    this.#load = load;
  }

  /** Score a session again after every change that can change its score. Returns the function that stops it. */
  follow(session: ScoredSession): () => void {
    return session.subscribe(({ change }) => {
      if (!RESCORE.has(change)) return;
      const { loadedModel, intake, answers, notes } = session;
      this.update(loadedModel, { intake, answers, notes });
    });
  }

  #changed(): void {
    this.dispatchEvent(new Event('change'));
  }

  /** The latest score; undefined until one finished, without a model, and while nothing is answered. */
  get result(): AssessmentResult | undefined {
    return this.#result;
  }

  /**
   * Why the latest score could not be made: its code could not be loaded (a network failure after
   * the page loaded). English, with the reason; cleared by the next score that works.
   */
  get problem(): string | undefined {
    return this.#problem;
  }

  /** What was entered changed (or the model did): score again, or wait while nothing is answered. */
  update(model: ActieModel | undefined, input: AssessmentInput): void {
    const last = this.#scored;
    if (last && model === last.model && input.answers === last.input.answers && input.intake === last.input.intake) return;
    this.#unscored = false;
    this.#scored = undefined;
    if (!model) {
      this.#runs.cancel(); // a score for the model before is of no use any more
      this.#result = undefined;
      return;
    }
    if (!Object.keys(input.answers).length) {
      this.#runs.cancel();
      this.#result = undefined;
      this.#problem = undefined;
      this.#unscored = true;
      this.#changed();
      return;
    }
    this.#run(model, input);
  }

  /** The score once the latest run is done; made now if it was left out because nothing was answered. */
  async settled(model: ActieModel | undefined, input: AssessmentInput): Promise<AssessmentResult | undefined> {
    if (this.#unscored && model) this.#run(model, input);
    await this.#runs.settled();
    return this.#result;
  }

  #run(model: ActieModel, input: AssessmentInput): void {
    this.#unscored = false;
    const scored = { model, input };
    this.#scored = scored;
    void this.#runs.run(
      async () => {
        try {
          return { ok: true as const, result: await (await this.#load()).score(model, input) };
        } catch (error) {
          return { ok: false as const, problem: onDemandFailure(error, 'calculate the result') };
        }
      },
      (outcome) => {
        this.#result = outcome.ok ? outcome.result : undefined;
        this.#problem = outcome.ok ? undefined : outcome.problem;
        if (!outcome.ok && this.#scored === scored) this.#scored = undefined; // the same input may be tried again
        this.#changed();
      },
    );
  }
}
