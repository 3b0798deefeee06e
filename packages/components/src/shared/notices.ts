import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '@actie/rules/core';
import type { LocalizedText } from '@actie/rules';
import type { ModelState, SessionStore } from '../session/store.js';
import type { CommonKey } from './common.strings.js';
import { errorSummary } from './error-summary.js';
import { downloadText } from './download.js';

// A chunk of its own (ActieElement loads it the first time there is a notice to show): the notices
// about storage and a model that cannot be used are rare, and not needed before the first question.

/** A `common` UI string with its placeholders filled. */
export type CommonText = (key: CommonKey, values?: Readonly<Record<string, string | number>>) => string;

/** A model that cannot be used (see `ActieElement.renderModelState`): what is wrong, and where. */
export function modelError(state: Extract<ModelState, { status: 'error' }>, tc: CommonText): TemplateResult {
  return errorSummary({
    headingId: 'actie-model-errors',
    heading: tc('modelErrorTitle'),
    level: 2,
    kind: 'model',
    body: html`<p>
      ${
        state.unknownName !== undefined
          ? tc('modelNameErrorIntro', { name: state.unknownName })
          : tc('modelErrorIntro', { source: state.source })
      }
    </p>`,
    details: state.errors,
  });
}

/**
 * Notices about storage: blocked storage, saves that were set aside (with a download), and
 * answers carried over to a new version of the questions (named by their texts in `lang`).
 */
export function storageNotices(store: SessionStore, tc: CommonText, lang = 'nl'): TemplateResult | typeof nothing {
  return html`${store.storageProblem ? html`<p part="notice" class="notice" role="status">${tc('storageProblem')}</p>` : nothing}
  ${migrationNotice(store, tc, lang)}
  ${store.setAside
    .filter((save) => save.code !== 'migrated')
    .map(
      (save) =>
        html`<div part="notice" class="notice notice--error" role="alert">
          <h2>${tc('setAsideTitle')}</h2>
          <p>
            ${tc(save.keptInPlace ? 'setAsideInPlaceText' : 'setAsideText', {
              reason: tc(save.code === 'corrupt' ? 'reasonCorrupt' : save.code === 'format' ? 'reasonFormat' : 'reasonModel'),
            })}
          </p>
          <p>
            <button
              class="button"
              type="button"
              @click=${() => downloadText(save.raw, `actie-bewaard-${save.at.slice(0, 10)}.json`)}
            >
              ${tc('setAsideDownload')}
            </button>
            <button class="button button--subtle" type="button" @click=${() => store.dismissSetAside(save.key)}>
              ${tc(save.keptInPlace ? 'setAsideInPlaceDismiss' : 'setAsideDismiss')}
            </button>
          </p>
        </div>`,
    )}`;
}

/**
 * A list of question texts (a notice names questions by what they ask, never by their codes). A
 * long list is folded behind "Show the 32 questions", so the notice does not push the form away.
 */
function questionList(texts: readonly string[], tc: CommonText): TemplateResult {
  const list = html`<ul class="notice__questions">
    ${texts.map((text) => html`<li>${text}</li>`)}
  </ul>`;
  return texts.length > 3
    ? html`<details class="notice__more">
        <summary>${tc('migratedShowQuestions', { count: texts.length })}</summary>
        ${list}
      </details>`
    : list;
}

/**
 * The notice about answers carried over to the current version of the questions: what carried
 * over; the questions to answer again, the intake questions to answer now and the questions that
 * no longer exist, each by its text; and the original to download.
 */
function migrationNotice(store: SessionStore, tc: CommonText, lang: string): TemplateResult | typeof nothing {
  const migration = store.migration;
  const original = store.setAside.find((save) => save.code === 'migrated');
  if (!migration && !original) return nothing;
  const model = store.questions;
  const text = (value: LocalizedText | undefined): string => localize(value, lang, model?.languages);
  const questions = new Map((model?.areas ?? []).flatMap((area) => area.questions.map((q) => [q.id, q.text] as const)));
  const intake = new Map((model?.intake ?? []).map((q) => [q.id, q] as const));
  const reanswer = (migration?.reanswer ?? []).filter((id) => store.answers[id] === undefined && questions.has(id));
  // Intake questions still without an answer; those whose earlier choice is gone say so.
  const gone = new Set((migration?.removedIntake ?? []).map((r) => r.question));
  const openIntake = (migration?.openIntake ?? []).filter((id) => intake.has(id) && store.intake[id] === undefined);
  const intakeRemoved = (migration?.removedIntake ?? []).filter((r) => !intake.has(r.question)).length;
  const removed = migration?.removed ?? [];
  const removedTexts = removed.map((id) => text(migration?.removedTexts[id])).filter((t) => t !== '');
  const others = removed.length - removedTexts.length;
  return html`<div part="notice migration-notice" class="notice" role="status">
    <h2>${tc('migratedTitle')}</h2>
    ${
      migration
        ? html`<p>
            ${tc('migratedText', { from: migration.from, to: migration.to })}
            ${tc(migration.carried === 1 ? 'migratedCarriedOne' : 'migratedCarried', { count: migration.carried })}
          </p>`
        : nothing
    }
    ${
      reanswer.length
        ? html`<p>${tc('migratedReanswer')}</p>
            ${questionList(
              reanswer.map((id) => text(questions.get(id))),
              tc,
            )}`
        : nothing
    }
    ${
      openIntake.length
        ? html`<p>${tc('migratedIntake')}</p>
            ${questionList(
              openIntake.map((id) => `${text(intake.get(id)?.text)}${gone.has(id) ? ` ${tc('migratedIntakeGone')}` : ''}`),
              tc,
            )}`
        : nothing
    }
    ${
      removed.length
        ? html`<p>${tc('migratedRemoved')}</p>
            ${removedTexts.length ? questionList(removedTexts, tc) : nothing}
            ${others ? html`<p>${tc(others === 1 ? 'migratedRemovedOthersOne' : 'migratedRemovedOthersOther', { count: others })}</p>` : nothing}`
        : nothing
    }
    ${
      intakeRemoved
        ? html`<p>
            ${tc(intakeRemoved === 1 ? 'migratedIntakeRemovedOne' : 'migratedIntakeRemovedOther', { count: intakeRemoved })}
          </p>`
        : nothing
    }
    ${original?.keptInPlace ? html`<p>${tc('migratedInPlace')}</p>` : nothing}
    <p>
      ${
        original
          ? html`<button
              class="button"
              type="button"
              @click=${() => downloadText(original.raw, `actie-origineel-${original.at.slice(0, 10)}.json`)}
            >
              ${tc('migratedDownload')}
            </button>`
          : nothing
      }
      <button
        class="button button--subtle"
        type="button"
        @click=${() => (migration ? store.dismissMigration() : original && store.dismissSetAside(original.key))}
      >
        ${tc('migratedDismiss')}
      </button>
    </p>
  </div>`;
}
