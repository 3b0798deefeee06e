import { html, nothing, type TemplateResult } from 'lit';
import type { IntakeQuestion } from '@actie/rules';
import type { AssessmentContext } from './context.js';
import type { Step } from './pages.js';
import { heading } from './step-page.js';

export { checkStyles } from './check.styles.js';

/** One row of "check your answers": the question, what was answered (and the note), and "change". */
interface Row {
  /** Part of the ids: `change-<key>` is the row's "change" button. */
  readonly key: string;
  readonly question: TemplateResult | string;
  /** What was answered; undefined when nothing was. */
  readonly answer: string | undefined;
  /** What to show when nothing was answered ("Not answered", "Not filled in"). */
  readonly empty: string;
  readonly note?: string | undefined;
  /** The hidden end of the button's name: "Change the answer to question 2 of Contacts". */
  readonly context: string;
  /** Where "change" goes: the step and the question (or `reflection`). */
  readonly step: string;
  readonly target: string;
}

/** The answer to an intake question as a person reads it: the option's label(s) or the text. */
function intakeAnswer(c: AssessmentContext, q: IntakeQuestion): string | undefined {
  const given = c.store?.intake[q.id];
  const values: readonly string[] = given === undefined ? [] : typeof given === 'string' ? [given] : given;
  if (values.join('') === '') return undefined;
  if (q.kind === 'text') return values.join(', ');
  return values.map((value) => c.mt(q.options?.find((o) => o.value === value)?.label) || value).join(', ');
}

function rows(c: AssessmentContext, step: Step): Row[] {
  const store = c.store;
  const number = (n: number): TemplateResult =>
    html`<span class="question__number">${c.t('questionNumber', { number: c.n(n), total: c.n(step.questions.length) })}</span> `;
  const context = (n: number): string => c.t('changeContext', { number: c.n(n), step: step.title });
  if (step.kind === 'intake') {
    return step.questions.map((q, i) => ({
      key: `intake-${q.id}`,
      question: html`${number(i + 1)}${c.mt(q.text)}`,
      answer: intakeAnswer(c, q),
      empty: c.t('notFilledIn'),
      context: context(i + 1),
      step: step.id,
      target: q.id,
    }));
  }
  if (step.kind !== 'area') return [];
  const reflection = store?.reflections[step.area.id] ?? '';
  return [
    ...step.questions.map((q, i) => {
      const answer = store?.answers[q.id];
      return {
        key: q.id,
        question: html`${number(i + 1)}${c.mt(q.text)}`,
        answer: answer === undefined ? undefined : c.answerLabel(answer),
        empty: c.answerLabel(undefined),
        note: store?.notes[q.id],
        context: context(i + 1),
        step: step.id,
        target: q.id,
      };
    }),
    {
      key: `reflection-${step.area.id}`,
      question: c.t('reflectionTitle'),
      answer: reflection || undefined,
      empty: c.t('notFilledIn'),
      context: c.t('changeReflectionContext', { area: step.title }),
      step: step.id,
      target: 'reflection',
    },
  ];
}

/** A step's answers as a summary list (`<dl>`), each row with a "change" button. */
function group(c: AssessmentContext, step: Step): TemplateResult {
  const id = `check-${step.id}`;
  return html`<section part="check-area" class="check-area" aria-labelledby=${id}>
    <h3 part="check-heading" class="check-area__heading" id=${id}>
      ${step.kind === 'area' ? html`<span part="step-letter" class="step-letter" aria-hidden="true">${step.area.letter}</span>` : nothing}
      ${step.title}
    </h3>
    <dl part="check-list" class="check-list">
      ${rows(c, step).map(
        (row) =>
          html`<div part="check-row" class="check-row" data-key=${row.key}>
            <dt part="check-question" class="check-row__question">${row.question}</dt>
            <dd part="check-answer" class="check-row__answer ${row.answer === undefined ? 'check-row__answer--open' : ''}">
              ${row.answer ?? row.empty}
              ${
                row.note
                  ? html`<p part="check-note" class="check-row__note"><strong>${c.t('checkNote')}:</strong> ${row.note}</p>`
                  : nothing
              }
            </dd>
            <dd part="check-actions" class="check-row__actions">
              <button
                part="change-button"
                class="link-button"
                type="button"
                id=${`change-${row.key}`}
                @click=${() => void c.goTo(row.step, { question: row.target, returnTo: `change-${row.key}` })}
              >
                ${c.t('change')}<span class="visually-hidden"> ${row.context}</span>
              </button>
            </dd>
          </div>`,
      )}
    </dl>
  </section>`;
}

/**
 * "Check your answers" (the last step): how many questions are answered, the open ones listed
 * plainly (each a way there), then every answer, note, intake answer and reflection per step,
 * each with "change", which goes to the question and offers a way back here. Then "finish".
 */
export function checkStep(c: AssessmentContext, list: readonly Step[]): TemplateResult {
  const answers = c.store?.answers ?? {};
  const areas = list.filter((s): s is Extract<Step, { kind: 'area' }> => s.kind === 'area');
  const total = areas.reduce((n, s) => n + s.questions.length, 0);
  const open = areas.flatMap((step) =>
    step.questions.flatMap((q, i) => (answers[q.id] === undefined ? [{ step, q, number: i + 1 }] : [])),
  );
  return html`${heading(c.t('checkTitle'))}
    <p part="step-summary" class="step-summary">${c.t('checkIntro')}</p>
    <p part="check-counts" class="check-counts">
      ${c.t('checkCounts', { answered: c.n(total - open.length), total: c.n(total) })}
    </p>
    ${
      open.length
        ? html`<section part="open-section" class="open-section" aria-labelledby="open-heading">
            <h3 id="open-heading">${c.t('openTitle')}</h3>
            <p>${c.t('openIntro')}</p>
            <ul part="open-questions" class="open-questions">
              ${open.map(
                ({ step, q, number }) =>
                  html`<li>
                    <button
                      part="open-question-button"
                      class="link-button open-question"
                      type="button"
                      @click=${() => void c.goTo(step.id, { question: q.id, returnTo: `change-${q.id}` })}
                    >
                      <span class="question__number"
                        >${c.t('openQuestion', { step: step.title, number: c.n(number), total: c.n(step.questions.length) })}</span
                      >
                      ${c.mt(q.text)}
                    </button>
                  </li>`,
              )}
            </ul>
          </section>`
        : html`<p>${c.t('noOpen')}</p>`
    }
    ${list.filter((s) => s.kind !== 'check').map((step) => group(c, step))}
    <section part="finish" class="finish" aria-labelledby="finish-heading">
      <h3 id="finish-heading">${c.t('finishTitle')}</h3>
      ${
        open.length
          ? html`<p part="open-warning" class="notice">
              ${open.length === 1 ? c.t('openWarningOne') : c.t('openWarningMany', { open: c.n(open.length) })}
            </p>`
          : nothing
      }
      <p>${c.t('finishIntro')}</p>
      <button part="finish-button" class="button button--primary" type="button" @click=${() => void c.finish()}>
        ${c.t('finish')}
      </button>
      ${c.finishFailed ? html`<p part="finish-error" class="notice notice--error" role="alert">${c.t('finishFailed')}</p>` : nothing}
    </section>`;
}
