/**
 * Entry point: registers `<actie-action-plan>` (and `<actie-session>`, so the two can be used together).
 * @packageDocumentation
 */
import './session.js';
import { defineElement } from './shared/actie-element.js';
import { ActieActionPlanElement } from './action-plan/action-plan.js';

defineElement('actie-action-plan', ActieActionPlanElement);

export { ActieActionPlanElement };
export type { PlanExportFormat } from './action-plan/action-plan.js';
export type { ActiePlanChangeDetail } from './session/events.js';
export { ActiePlanChangeEvent } from './session/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'actie-action-plan': ActieActionPlanElement;
  }
}
