import { html, nothing, type TemplateResult } from 'lit';
import type { SessionStore } from '../session/store.js';
import type { CommonKey } from './common.strings.js';
import { downloadText } from './download.js';

/** A `common` UI string with its placeholders filled. */
type CommonText = (key: CommonKey, values?: Readonly<Record<string, string | number>>) => string;

/**
 * What to show instead of an element while the model loads (also while only its questions are
 * there) or when it is invalid; `nothing` when the model is ready.
 */
export function modelState(store: SessionStore | undefined, tc: CommonText): TemplateResult | typeof nothing {
  const state = store?.modelState;
  if (!state || state.status === 'ready') return nothing;
  if (state.status === 'loading' || state.status === 'questions') {
    return html`<p part="loading" role="status" aria-live="polite">${tc('loading')}</p>`;
  }
  return html`<div part="error-summary" class="notice notice--error" role="alert" tabindex="-1">
    <h2>${tc('modelErrorTitle')}</h2>
    <p>
      ${
        state.unknownName !== undefined
          ? tc('modelNameErrorIntro', { name: state.unknownName })
          : tc('modelErrorIntro', { source: state.source })
      }
    </p>
    <ul>
      ${state.errors.map((e) => html`<li><code>${e.path || '/'}</code>: ${e.message}</li>`)}
    </ul>
  </div>`;
}

/**
 * Notices about storage: blocked storage, saves that were set aside (with a download), and
 * answers carried over to a new version of the questions.
 */
export function storageNotices(store: SessionStore | undefined, tc: CommonText): TemplateResult | typeof nothing {
  if (!store || (!store.storageProblem && !store.setAside.length && !store.migration)) return nothing;
  return html`${store.storageProblem ? html`<p part="notice" class="notice" role="status">${tc('storageProblem')}</p>` : nothing}
  ${migrationNotice(store, tc)}
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

/** The notice about answers carried over to the current version of the questions. */
function migrationNotice(store: SessionStore, tc: CommonText): TemplateResult | typeof nothing {
  const migration = store.migration;
  const original = store.setAside.find((save) => save.code === 'migrated');
  if (!migration && !original) return nothing;
  const open = migration?.reanswer.filter((id) => store.answers[id] === undefined) ?? [];
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
    ${open.length ? html`<p>${tc('migratedReanswer', { questions: open.join(', ') })}</p>` : nothing}
    ${migration?.removed.length ? html`<p>${tc('migratedRemoved', { questions: migration.removed.join(', ') })}</p>` : nothing}
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
