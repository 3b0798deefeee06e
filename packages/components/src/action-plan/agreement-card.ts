import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { AGREEMENT_STATUSES, LIMITS, isOverdue, type Agreement, type AgreementStatus } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { areaLetter } from '../shared/area-letter.js';
import { icon } from '../shared/result-icons.js';
import type { PlanKey } from './action-plan.strings.js';
import type { AgreementEditing } from './agreement-editing.js';
import type { ConditionInfo } from './print-view.js';

/** Longest "who", as the plan file format accepts it. */
const WHO_MAX_LENGTH = 200;

/** The label of each field of an agreement. */
const FIELD_LABELS = { what: 'fieldWhat', who: 'fieldWho', when: 'fieldWhen', status: 'fieldStatus' } as const satisfies Readonly<
  Record<string, PlanKey>
>;

/** A text cut to about `max` characters at a word boundary, for accessible names. */
function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What an agreement card uses of `<actie-action-plan>` (the element itself; these members are internal). */
export interface AgreementContext extends Texts<PlanKey> {
  /** A prefix for ids in the shadow root. */
  readonly idPrefix: string;
  /** The agreements being edited: drafts, the new agreement, input handlers. */
  readonly editing: AgreementEditing;
  planCondition(agreement: Agreement): ConditionInfo;
  /** The notes the participant wrote on the questions of the agreement's condition. */
  planNotes(agreement: Agreement): readonly string[];
  planStatusLabel(status: AgreementStatus): string;
  moveAgreement(id: string, delta: -1 | 1): boolean;
  deleteAgreement(id: string): void;
}

/**
 * One agreement as a card: heading (position and condition), area, the participant's notes on
 * the condition's questions, badges (overdue, done), the
 * fields what / who / when / status, and move and delete buttons. A new agreement (`isPending`)
 * is shown before it is saved; its "what" must be filled in first.
 */
export function agreementCard(
  c: AgreementContext,
  agreement: Agreement,
  index: number,
  total: number,
  isPending: boolean,
  now: string,
): TemplateResult {
  const base = `${c.idPrefix}-${agreement.id}`;
  const position = c.n(index + 1);
  const condition = c.planCondition(agreement);
  const overdue = !isPending && isOverdue(agreement, now);
  const done = agreement.status === 'done';
  const draft = c.editing.whatDraft(agreement.id);
  const whatValue = isPending ? agreement.what : (draft ?? agreement.what);
  const whatError = isPending ? c.editing.pendingTouched && whatValue.trim() === '' : draft !== undefined;
  const context = c.t('fieldContext', { position });
  const name = shorten(agreement.what.trim() || condition.title);
  const headingId = `${base}-heading`;
  const ids = {
    what: `${base}-what`,
    whatHint: `${base}-what-hint`,
    whatError: `${base}-what-error`,
    who: `${base}-who`,
    when: `${base}-when`,
    status: `${base}-status`,
  };
  /** One field: its label, which tells a screen reader which agreement it is in, a hint or error, the control. */
  const field = (name: keyof typeof FIELD_LABELS, control: TemplateResult, note: unknown = nothing): TemplateResult =>
    html`<div part="field" class="field field--${name}">
      <label part="label" for=${ids[name]}>${c.t(FIELD_LABELS[name])}<span class="visually-hidden">${context}</span></label>
      ${note} ${control}
    </div>`;
  /** A one-line field (who, when): its input, value and limits, what a change does (and typing, for who). */
  const line = (
    name: 'who' | 'when',
    input: { readonly type: 'text' | 'date'; readonly value: string; readonly maxlength?: number; readonly max?: string },
    change: (value: string) => void,
    typed?: (value: string) => void,
  ): TemplateResult =>
    field(
      name,
      html`<input
        part="${name}-input"
        class="input"
        id=${ids[name]}
        type=${input.type}
        maxlength=${ifDefined(input.maxlength)}
        max=${ifDefined(input.max)}
        autocomplete=${ifDefined(input.type === 'text' ? 'off' : undefined)}
        .value=${live(input.value)}
        @input=${typed ? (e: Event) => typed((e.target as HTMLInputElement).value) : undefined}
        @change=${(e: Event) => change((e.target as HTMLInputElement).value)}
      />`,
    );
  /** "Omhoog" or "Omlaag": move the agreement one place, not past either end. */
  const move = (delta: -1 | 1): TemplateResult => {
    const [way, action] = delta < 0 ? (['up', c.t('moveUp')] as const) : (['down', c.t('moveDown')] as const);
    return html`<button
      part="button move-${way}-button"
      class="button button--subtle"
      type="button"
      data-move=${way}
      ?disabled=${index === (delta < 0 ? 0 : total - 1)}
      aria-label=${c.t('actionFor', { action, what: name })}
      @click=${() => c.moveAgreement(agreement.id, delta)}
    >
      ${icon(way)} ${action}
    </button>`;
  };
  const classes = [
    'agreement',
    overdue ? 'agreement--overdue' : '',
    done ? 'agreement--done' : '',
    isPending ? 'agreement--new' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<li part="agreement" class=${classes} data-agreement=${agreement.id}>
    <h3 part="agreement-heading" class="agreement__heading" id=${headingId} tabindex="-1" data-focus="heading">
      ${isPending ? c.t('newAgreement') : html`<span class="agreement__position">${position}.</span> ${condition.title}`}
    </h3>
    ${
      condition.letter
        ? html`<p part="agreement-area" class="agreement__area">
            ${areaLetter(condition.letter)} ${c.t('area', { area: condition.area ?? '' })}
          </p>`
        : nothing
    }
    ${c.planNotes(agreement).map((note) => html`<p part="agreement-note" class="agreement__note">${c.t('agreementNote', { note })}</p>`)}
    ${
      overdue || done
        ? html`<p part="badges" class="badges">
            ${
              overdue
                ? html`<span part="overdue-badge" class="badge badge--overdue">${icon('needs-work')} ${c.t('overdue')}</span>`
                : nothing
            }
            ${done ? html`<span part="done-badge" class="badge badge--done">${icon('good')} ${c.planStatusLabel('done')}</span>` : nothing}
          </p>`
        : nothing
    }
    <div part="fields" class="fields">
      ${field(
        'what',
        html`<textarea
          part="what-input"
          class="input textarea"
          id=${ids.what}
          data-focus="what"
          rows="3"
          required
          maxlength=${LIMITS.note}
          aria-invalid=${whatError ? 'true' : 'false'}
          aria-describedby=${whatError ? ids.whatError : isPending ? ids.whatHint : nothing}
          .value=${live(whatValue)}
          @input=${(e: Event) => c.editing.onWhatInput(agreement, isPending, (e.target as HTMLTextAreaElement).value)}
          @change=${(e: Event) => c.editing.onWhatChange(agreement, isPending, (e.target as HTMLTextAreaElement).value)}
        ></textarea>`,
        whatError
          ? html`<p part="field-error" class="field-error" id=${ids.whatError}>${icon('needs-work')} ${c.t('whatRequired')}</p>`
          : isPending
            ? html`<p part="hint" class="hint" id=${ids.whatHint}>${c.t('whatNew')}</p>`
            : nothing,
      )}
      ${line(
        'who',
        { type: 'text', value: agreement.who, maxlength: WHO_MAX_LENGTH },
        (value) => c.editing.onWhoChange(agreement, isPending, value),
        (value) => c.editing.onField(agreement, isPending, { who: value }),
      )}
      ${line('when', { type: 'date', value: agreement.when ?? '', max: '9999-12-31' }, (value) =>
        c.editing.onWhen(agreement, isPending, value),
      )}
      ${field(
        'status',
        html`<select
          part="status-select"
          class="input select"
          id=${ids.status}
          .value=${live(agreement.status)}
          @change=${(e: Event) => c.editing.onField(agreement, isPending, { status: (e.target as HTMLSelectElement).value as AgreementStatus })}
        >
          ${AGREEMENT_STATUSES.map(
            (status) =>
              html`<option value=${status} ?selected=${status === agreement.status}>${c.planStatusLabel(status)}</option>`,
          )}
        </select>`,
      )}
    </div>
    <div part="agreement-actions" class="agreement__actions">
      ${!isPending && total > 1 ? html`${move(-1)} ${move(1)}` : nothing}
      <button
        part="button delete-button"
        class="button button--subtle"
        type="button"
        data-delete
        aria-label=${c.t('actionFor', { action: c.t('delete'), what: isPending ? c.t('newAgreement') : name })}
        @click=${() => c.deleteAgreement(agreement.id)}
      >
        ${icon('remove')} ${c.t('delete')}
      </button>
    </div>
  </li>`;
}
