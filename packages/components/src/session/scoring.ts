import type { ActieModel, AssessmentInput, AssessmentResult } from '@actie/rules';
import { LatestRun } from '../controllers/latest-run.js';
import { onDemand } from './on-demand.js';

/**
 * The score of a session, kept up to date: after every change the rules run again and the latest
 * run wins. While nothing is answered no score is made until one is asked for ({@link settled}),
 * so a page does not load the scoring code (on demand, see ./on-demand.ts) or the rules engine
 * before the first question.
 */
export class SessionScoring {
  #result: AssessmentResult | undefined;
  /** Nothing was answered, so no score was made yet. */
  #unscored = false;
  readonly #runs = new LatestRun();
  readonly #scored: () => void;

  /** `scored` is called after each new result. */
  constructor(scored: () => void) {
    this.#scored = scored;
  }

  /** The latest score; undefined until one finished, without a model, and while nothing is answered. */
  get result(): AssessmentResult | undefined {
    return this.#result;
  }

  /** What was entered changed (or the model did): score again, or wait while nothing is answered. */
  update(model: ActieModel | undefined, input: AssessmentInput): void {
    this.#unscored = false;
    if (!model) {
      this.#result = undefined;
      return;
    }
    if (!Object.keys(input.answers).length) {
      this.#runs.cancel();
      this.#result = undefined;
      this.#unscored = true;
      this.#scored();
      return;
    }
    this.#run(model, input);
  }

  /** Forget the result (a new model is loading). */
  clear(): void {
    this.#result = undefined;
  }

  /** The score once the latest run is done; made now if it was left out because nothing was answered. */
  async settled(model: ActieModel | undefined, input: AssessmentInput): Promise<AssessmentResult | undefined> {
    if (this.#unscored && model) this.#run(model, input);
    await this.#runs.settled();
    return this.#result;
  }

  #run(model: ActieModel, input: AssessmentInput): void {
    this.#unscored = false;
    void this.#runs.run(
      async () => (await onDemand()).score(model, input),
      (result) => {
        this.#result = result;
        this.#scored();
      },
    );
  }
}
