import type { nothing, TemplateResult } from 'lit';
import type { ValidationError } from '@actie/rules';
import type { PlanKey } from './action-plan.strings.js';
import type { PlanActions, PlanHost } from './plan-host.js';
import { importErrors, readFileText, readPlanText } from './plan-files.js';

/** What the import does in the element: replace the plan, say so, and focus the error summary. */
export interface ImportActions extends PlanActions {
  readonly focusErrors: () => void;
}

/**
 * Reading a plan file (or a session file's plan) into `<actie-action-plan>`: the plan replaced
 * and said so, or an error summary in the page's language and nothing changed.
 */
export class PlanImport {
  readonly #host: PlanHost;
  readonly #actions: ImportActions;
  #errors: readonly ValidationError[] | undefined;
  /** Why it failed, when the element knows better than the errors' codes (an unreadable file). */
  #reason: PlanKey | undefined;
  /** What the last import carried over from an older version of the questions. */
  #notice: string | undefined;
  /** The name of the file chosen last, for the status next to the button. */
  #chosen = '';

  constructor(host: PlanHost, actions: ImportActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** The name of the file chosen last. */
  get chosen(): string {
    return this.#chosen;
  }

  /** Replace the plan with the one in `text`; returns whether it worked (see the element's `importText`). */
  text(text: string): boolean {
    const read = readPlanText(this.#host, this.#host.store?.model, text);
    if (!read.ok) {
      this.#fail(read.errors);
      return false;
    }
    const { plan, notice } = read.value;
    this.#errors = undefined;
    this.#notice = notice;
    this.#actions.setPlan(plan);
    this.#host.requestUpdate();
    const imported = this.#host.count('imported', plan.agreements.length);
    this.#actions.announce(notice ? `${imported} ${notice}` : imported);
    return true;
  }

  /** Read a file and import it. */
  async file(file: File): Promise<boolean> {
    const read = await readFileText(file);
    if (read.ok) return this.text(read.text);
    this.#fail(read.errors, 'reasonUnreadable');
    return false;
  }

  /** The file input's change: import the file chosen, and let the same file be chosen again. */
  async chosenIn(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.#chosen = file.name;
    await this.file(file);
    input.value = '';
  }

  /** Forget the last error and notice (the session was reset). */
  reset(): void {
    this.#errors = undefined;
    this.#notice = undefined;
  }

  /** The error summary of a failed import, or the notice of what the last one carried over. */
  render(): TemplateResult | typeof nothing {
    return importErrors(this.#host, this.#host.idPrefix, this.#errors, this.#reason, this.#notice);
  }

  #fail(errors: readonly ValidationError[], reason?: PlanKey): void {
    this.#errors = errors;
    this.#reason = reason;
    this.#host.requestUpdate();
    this.#actions.focusErrors();
  }
}
