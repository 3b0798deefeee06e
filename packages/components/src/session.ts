/**
 * Entry point: registers `<actie-session>`.
 * @packageDocumentation
 */
import { defineElement } from './shared/actie-element.js';
import { ActieSessionElement } from './session/session.js';

defineElement('actie-session', ActieSessionElement);

export { ActieSessionElement };
export { SessionStore, RESULTS_STEP } from './session/store.js';
export type {
  ModelState,
  SetAsideSave,
  StorageMode,
  StoreChange,
  StoreChangeDetail,
  SessionStoreOptions,
} from './session/store.js';
export { sessionContext } from './session/context.js';
export type { ActieSessionChangeDetail } from './session/events.js';
export { ActieSessionChangeEvent } from './session/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'actie-session': ActieSessionElement;
  }
}
