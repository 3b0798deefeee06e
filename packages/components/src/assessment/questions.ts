import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ANSWER_VALUES, LIMITS } from '@actie/rules/core';
import type { AreaQuestions, IntakeQuestion, QuestionForm } from '@actie/rules';
import type { AssessmentContext } from './context.js';

/** Longest intake text answer when the model sets none. */
const DEFAULT_TEXT_MAX = 200;

/** The help text behind a "More information" toggle; `context` names the question for screen readers. */
function help(c: AssessmentContext, text: QuestionForm['help'], context: string): TemplateResult | typeof nothing {
  const shown = c.mt(text);
  if (!shown) return nothing;
  return html`<details part="help" class="help">
    <summary part="help-toggle" class="help__toggle">${c.t('moreInfo')}<span class="visually-hidden"> ${context}</span></summary>
    <p part="help-text" class="help__text">${shown}</p>
  </details>`;
}

/**
 * The options of a question as native radio buttons (one answer) or checkboxes (several), each in a
 * label that is the whole (large) target. `change` gets the option and whether it is now chosen.
 */
function optionGroup<V extends string>(
  kind: 'radio' | 'checkbox',
  name: string,
  options: readonly { readonly value: V; readonly label: string }[],
  chosen: (value: V) => boolean,
  change: (value: V, on: boolean) => void,
  short = false,
): TemplateResult {
  return html`<div part="options" class="options ${short ? 'options--short' : ''}">
    ${options.map(
      (option) =>
        html`<label part="option" class="option">
          <input
            part=${kind}
            class="option__radio"
            type=${kind}
            name=${name}
            value=${option.value}
            .checked=${live(chosen(option.value))}
            @change=${(event: Event) => change(option.value, (event.target as HTMLInputElement).checked)}
          />
          <span part="option-label" class="option__label">${option.label}</span>
        </label>`,
    )}
  </div>`;
}

/** One answer of a list: radio buttons that call `choose` with the option chosen. */
function radioGroup<V extends string>(
  name: string,
  options: readonly { readonly value: V; readonly label: string }[],
  checked: string | undefined,
  choose: (value: V) => void,
  short = false,
): TemplateResult {
  return optionGroup('radio', name, options, (value) => value === checked, choose, short);
}

/** The question's number in its step, at the start of its legend or label: "Question 2 of 11". */
function numbered(c: AssessmentContext, text: string, number: number, total: number): TemplateResult {
  return html`<span part="question-number" class="question__number"
      >${c.t('questionNumber', { number: c.n(number), total: c.n(total) })}</span
    >
    <span class="question__text">${text}</span>`;
}

function intakeChoice(c: AssessmentContext, q: IntakeQuestion, number: number, total: number): TemplateResult {
  const given = c.store?.intake[q.id];
  const value = typeof given === 'string' ? given : '';
  const name = `intake-${q.id}`;
  const context = c.t('questionContext', { number: c.n(number) });
  return html`<fieldset part="question" class="question" id=${name} tabindex="-1">
    <legend part="question-legend" class="question__legend">${numbered(c, c.mt(q.text), number, total)}</legend>
    ${radioGroup(
      name,
      (q.options ?? []).map((option) => ({ value: option.value, label: c.mt(option.label) })),
      value,
      (chosen) => {
        c.touched();
        c.store?.setIntake(q.id, chosen);
      },
    )}
    ${help(c, q.help, context)}
    ${
      value
        ? html`<div part="question-actions" class="question__actions">
            <button part="clear-button" class="link-button" type="button" @click=${() => void c.clearIntake(q.id)}>
              ${c.t('clearAnswer')}<span class="visually-hidden"> ${context}</span>
            </button>
          </div>`
        : nothing
    }
  </fieldset>`;
}

/**
 * A question that takes several options, as native checkboxes. Choosing an exclusive option (such
 * as "Nothing") clears the others, and choosing another clears it, so the answer always fits.
 */
function intakeChoices(c: AssessmentContext, q: IntakeQuestion, number: number, total: number): TemplateResult {
  const given = c.store?.intake[q.id];
  const chosen = new Set(typeof given === 'string' ? [given] : (given ?? []));
  const name = `intake-${q.id}`;
  const options = q.options ?? [];
  const toggle = (value: string, on: boolean): void => {
    const option = options.find((o) => o.value === value);
    let next = new Set(chosen);
    if (!on) next.delete(value);
    else if (option?.exclusive) next = new Set([value]);
    else {
      for (const o of options) if (o.exclusive) next.delete(o.value);
      next.add(value);
    }
    c.touched();
    c.store?.setIntake(
      q.id,
      options.filter((o) => next.has(o.value)).map((o) => o.value),
    );
  };
  const context = c.t('questionContext', { number: c.n(number) });
  return html`<fieldset part="question" class="question" id=${name} tabindex="-1">
    <legend part="question-legend" class="question__legend">${numbered(c, c.mt(q.text), number, total)}</legend>
    <p part="hint" class="hint">${c.t('chooseAny')}</p>
    ${optionGroup(
      'checkbox',
      name,
      options.map((option) => ({ value: option.value, label: c.mt(option.label) })),
      (value) => chosen.has(value),
      toggle,
    )}
    ${help(c, q.help, context)}
  </fieldset>`;
}

function intakeText(c: AssessmentContext, q: IntakeQuestion, number: number, total: number): TemplateResult {
  const given = c.store?.intake[q.id];
  const value = typeof given === 'string' ? given : '';
  const max = q.maxLength ?? DEFAULT_TEXT_MAX;
  const id = `intake-${q.id}`;
  return html`<div part="question" class="question question--text" id=${id}>
    <label part="question-legend" class="question__legend" for=${`${id}-input`}
      >${numbered(c, c.mt(q.text), number, total)}</label
    >
    ${help(c, q.help, c.t('questionContext', { number: c.n(number) }))}
    <input
      part="text-input"
      class="text-input"
      id=${`${id}-input`}
      type="text"
      maxlength=${max}
      aria-describedby=${`${id}-count`}
      .value=${live(value)}
      @input=${(event: InputEvent) => {
        c.touched();
        c.store?.setIntake(q.id, (event.target as HTMLInputElement).value);
      }}
    />
    <p part="hint" class="hint" id=${`${id}-count`}>${c.t('textCount', { count: c.n(value.length), max: c.n(max) })}</p>
  </div>`;
}

/** An intake question: a text field, a radio group or (several options) a group of checkboxes. */
export function intakeQuestion(c: AssessmentContext, q: IntakeQuestion, number: number, total: number): TemplateResult {
  return q.kind === 'text'
    ? intakeText(c, q, number, total)
    : q.kind === 'choices'
      ? intakeChoices(c, q, number, total)
      : intakeChoice(c, q, number, total);
}

/** The optional free text at the end of an area: what goes well, what to take up. */
export function reflection(c: AssessmentContext, area: AreaQuestions): TemplateResult {
  const text = c.store?.reflections[area.id] ?? '';
  const id = `reflection-${area.id}`;
  return html`<section part="reflection" class="question reflection" aria-labelledby=${`${id}-title`}>
    <h3 part="reflection-title" class="reflection__title" id=${`${id}-title`}>${c.t('reflectionTitle')}</h3>
    <label part="note-label" class="note__label" for=${`${id}-input`}
      >${c.t('reflectionLabel', { area: c.mt(area.title) })}</label
    >
    <p part="hint" class="hint" id=${`${id}-hint`}>${c.t('reflectionHint')}</p>
    <textarea
      part="reflection-textarea note-textarea"
      class="note__textarea"
      id=${`${id}-input`}
      rows="4"
      maxlength=${LIMITS.note}
      aria-describedby=${`${id}-hint ${id}-count`}
      .value=${live(text)}
      @input=${(event: InputEvent) => {
        c.touched();
        c.store?.setReflection(area.id, (event.target as HTMLTextAreaElement).value);
      }}
    ></textarea>
    <p part="hint" class="hint" id=${`${id}-count`}>${c.t('textCount', { count: c.n(text.length), max: c.n(LIMITS.note) })}</p>
  </section>`;
}

/**
 * A question of an area: its number in the step, the text, the answers, more information, "clear
 * answer" and a note. A note with text in it is always shown, where the question is, and can be
 * edited there; an empty one opens with "add a note".
 */
export function questionGroup(c: AssessmentContext, q: QuestionForm, number: number, total: number): TemplateResult {
  const store = c.store;
  const value = store?.answers[q.id];
  const note = store?.notes[q.id] ?? '';
  const noteOpen = note !== '' || (c.noteOpen.get(q.id) ?? false);
  const name = `answer-${q.id}`;
  const context = html`<span class="visually-hidden"> ${c.t('questionContext', { number: c.n(number) })}</span>`;
  return html`<fieldset part="question" class="question" id=${`question-${q.id}`} tabindex="-1">
    <legend part="question-legend" class="question__legend">${numbered(c, c.mt(q.text), number, total)}</legend>
    ${store?.needsNewAnswer(q.id) ? html`<p part="reanswer" class="notice reanswer">${c.t('needsNewAnswer')}</p>` : nothing}
    ${radioGroup(
      name,
      ANSWER_VALUES.map((answer) => ({ value: answer, label: c.answerLabel(answer) })),
      value,
      (chosen) => c.answer(q.id, chosen),
      true,
    )}
    ${help(c, q.help, c.t('questionContext', { number: c.n(number) }))}
    <div part="question-actions" class="question__actions">
      ${
        value !== undefined
          ? html`<button part="clear-button" class="link-button" type="button" @click=${() => void c.clearAnswer(q.id, number)}>
              ${c.t('clearAnswer')}${context}
            </button>`
          : nothing
      }
      ${
        note === ''
          ? html`<button
              part="note-toggle"
              class="link-button"
              type="button"
              aria-expanded=${noteOpen ? 'true' : 'false'}
              aria-controls=${`note-${q.id}`}
              @click=${() => void c.toggleNote(q.id, !noteOpen)}
            >
              ${c.t(noteOpen ? 'noteHide' : 'noteAdd')}${context}
            </button>`
          : nothing
      }
    </div>
    <div part="note" class="note" id=${`note-${q.id}`} ?hidden=${!noteOpen}>
      <label part="note-label" class="note__label" for=${`note-input-${q.id}`}>${c.t('noteLabel')}${context}</label>
      <textarea
        part="note-textarea"
        class="note__textarea"
        id=${`note-input-${q.id}`}
        rows="3"
        maxlength=${LIMITS.note}
        aria-describedby=${`note-count-${q.id}`}
        .value=${live(note)}
        @input=${(event: InputEvent) => {
          c.touched();
          store?.setNote(q.id, (event.target as HTMLTextAreaElement).value);
        }}
      ></textarea>
      <p part="hint" class="hint" id=${`note-count-${q.id}`}>
        ${c.t('textCount', { count: c.n(note.length), max: c.n(LIMITS.note) })}
      </p>
    </div>
  </fieldset>`;
}
