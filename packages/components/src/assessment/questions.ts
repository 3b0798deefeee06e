import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ANSWER_VALUES,
  LIMITS,
  type AreaQuestions,
  type IntakeQuestion,
  type ModelQuestions,
  type QuestionForm,
} from '@actie/rules';
import type { AssessmentContext } from './context.js';

/** Longest intake text answer when the model sets none. */
const DEFAULT_TEXT_MAX = 200;

export function heading(title: string, letter?: string): TemplateResult {
  return html`<h2 part="step-heading" class="step-heading" id="step-heading" tabindex="-1">
    ${letter ? html`<span part="step-letter" class="step-letter">${letter}</span> ` : nothing}${title}
  </h2>`;
}

/** The help text behind a "More information" toggle; `context` names the question for screen readers. */
function help(c: AssessmentContext, text: QuestionForm['help'], context: string): TemplateResult | typeof nothing {
  const shown = c.mt(text);
  if (!shown) return nothing;
  return html`<details part="help" class="help">
    <summary part="help-toggle" class="help__toggle">${c.t('moreInfo')}<span class="visually-hidden"> ${context}</span></summary>
    <p part="help-text" class="help__text">${shown}</p>
  </details>`;
}

export function intakeStep(c: AssessmentContext, model: ModelQuestions): TemplateResult {
  return html`${heading(intakeTitle(c, model))}
    <p part="step-summary" class="step-summary">${c.t('intakeIntro')}</p>
    ${model.intake.map((q) => (q.kind === 'text' ? intakeText(c, q) : q.kind === 'choices' ? intakeChoices(c, q) : intakeChoice(c, q)))}
    <section part="attribution" class="attribution" aria-labelledby="attribution-heading">
      <h3 id="attribution-heading" class="attribution__heading">${c.t('aboutTitle')}</h3>
      <p>${c.mt(model.attribution)}</p>
    </section>`;
}

/** The options of a question as native radio buttons, each in a label that is the whole (large) target. */
function radioGroup<V extends string>(
  name: string,
  options: readonly { readonly value: V; readonly label: string }[],
  checked: string | undefined,
  choose: (value: V) => void,
): TemplateResult {
  return html`<div part="options" class="options">
    ${options.map(
      (option) =>
        html`<label part="option" class="option">
          <input
            part="radio"
            class="option__radio"
            type="radio"
            name=${name}
            value=${option.value}
            .checked=${live(checked === option.value)}
            @change=${() => choose(option.value)}
          />
          <span part="option-label" class="option__label">${option.label}</span>
        </label>`,
    )}
  </div>`;
}

function intakeChoice(c: AssessmentContext, q: IntakeQuestion): TemplateResult {
  const given = c.store?.intake[q.id];
  const value = typeof given === 'string' ? given : '';
  const name = `intake-${q.id}`;
  return html`<fieldset part="question" class="question" id=${name}>
    <legend part="question-legend" class="question__legend">${c.mt(q.text)}</legend>
    ${radioGroup(
      name,
      (q.options ?? []).map((option) => ({ value: option.value, label: c.mt(option.label) })),
      value,
      (chosen) => {
        c.touched();
        c.store?.setIntake(q.id, chosen);
      },
    )}
    ${help(c, q.help, c.t('questionContext', { id: c.mt(q.text) }))}
    ${
      value
        ? html`<div part="question-actions" class="question__actions">
            <button part="clear-button" class="link-button" type="button" @click=${() => void c.clearIntake(q.id)}>
              ${c.t('clearAnswer')}<span class="visually-hidden"> ${c.t('questionContext', { id: c.mt(q.text) })}</span>
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
function intakeChoices(c: AssessmentContext, q: IntakeQuestion): TemplateResult {
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
  return html`<fieldset part="question" class="question" id=${name}>
    <legend part="question-legend" class="question__legend">${c.mt(q.text)}</legend>
    <p part="hint" class="hint">${c.t('chooseAny')}</p>
    <div part="options" class="options">
      ${options.map(
        (option) =>
          html`<label part="option" class="option">
            <input
              part="checkbox"
              class="option__radio"
              type="checkbox"
              name=${name}
              value=${option.value}
              .checked=${live(chosen.has(option.value))}
              @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
            />
            <span part="option-label" class="option__label">${c.mt(option.label)}</span>
          </label>`,
      )}
    </div>
    ${help(c, q.help, c.t('questionContext', { id: c.mt(q.text) }))}
  </fieldset>`;
}

function intakeText(c: AssessmentContext, q: IntakeQuestion): TemplateResult {
  const given = c.store?.intake[q.id];
  const value = typeof given === 'string' ? given : '';
  const max = q.maxLength ?? DEFAULT_TEXT_MAX;
  const id = `intake-${q.id}`;
  return html`<div part="question" class="question question--text" id=${id}>
    <label part="question-legend" class="question__legend" for=${`${id}-input`}>${c.mt(q.text)}</label>
    ${help(c, q.help, c.t('questionContext', { id: c.mt(q.text) }))}
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

/** The title of the intake step: about the organisation in the organisation scan, else about the initiative. */
export function intakeTitle(c: Pick<AssessmentContext, 't'>, model: ModelQuestions): string {
  return c.t(model.id === 'actie-organisation' ? 'intakeTitleOrganisation' : 'intakeTitle');
}

// -- area

export function areaStep(c: AssessmentContext, area: AreaQuestions): TemplateResult {
  return html`${heading(c.mt(area.title), area.letter)}
    <div part="step-summary" class="step-summary">
      <p>${c.mt(area.summary)}</p>
      <p>${c.t('areaIntro')}</p>
    </div>
    ${area.questions.map((q) => questionGroup(c, q))} ${reflection(c, area)}`;
}

/** The optional free text at the end of an area: what goes well, what to take up. */
function reflection(c: AssessmentContext, area: AreaQuestions): TemplateResult {
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

function questionGroup(c: AssessmentContext, q: QuestionForm): TemplateResult {
  const store = c.store;
  const value = store?.answers[q.id];
  const note = store?.notes[q.id] ?? '';
  const noteOpen = c.noteOpen.get(q.id) ?? note !== '';
  const name = `answer-${q.id}`;
  const context = html`<span class="visually-hidden"> ${c.t('questionContext', { id: q.id })}</span>`;
  return html`<fieldset part="question" class="question" id=${`question-${q.id}`} tabindex="-1">
    <legend part="question-legend" class="question__legend">
      <span part="question-id" class="question__id">${q.id}</span>
      <span class="question__text">${c.mt(q.text)}</span>
    </legend>
    ${store?.needsNewAnswer(q.id) ? html`<p part="reanswer" class="notice reanswer">${c.t('needsNewAnswer')}</p>` : nothing}
    ${radioGroup(
      name,
      ANSWER_VALUES.map((answer) => ({ value: answer, label: c.answerLabel(answer) })),
      value,
      (chosen) => c.answer(q.id, chosen),
    )}
    ${help(c, q.help, c.t('questionContext', { id: q.id }))}
    <div part="question-actions" class="question__actions">
      ${
        value !== undefined
          ? html`<button part="clear-button" class="link-button" type="button" @click=${() => void c.clearAnswer(q.id)}>
              ${c.t('clearAnswer')}${context}
            </button>`
          : nothing
      }
      <button
        part="note-toggle"
        class="link-button"
        type="button"
        aria-expanded=${noteOpen ? 'true' : 'false'}
        aria-controls=${`note-${q.id}`}
        @click=${() => void c.toggleNote(q.id, !noteOpen)}
      >
        ${c.t(noteOpen ? 'noteHide' : note ? 'noteShow' : 'noteAdd')}${context}
      </button>
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
        @input=${(event: InputEvent) => store?.setNote(q.id, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p part="hint" class="hint" id=${`note-count-${q.id}`}>
        ${c.t('textCount', { count: c.n(note.length), max: c.n(LIMITS.note) })}
      </p>
    </div>
  </fieldset>`;
}
