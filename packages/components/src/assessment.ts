/**
 * Entry point: registers `<actie-assessment>` (and `<actie-session>`, so both can be used).
 * @packageDocumentation
 */
import './session.js';
import { defineElement } from './shared/actie-element.js';
import { ActieAssessmentElement } from './assessment/assessment.js';

defineElement('actie-assessment', ActieAssessmentElement);

export { ActieAssessmentElement };
export type { ActieAssessmentEventMap, AssessmentChangeDetail, AssessmentCompleteDetail } from './assessment/assessment.js';
export { AssessmentChangeEvent, AssessmentCompleteEvent } from './assessment/assessment.js';

declare global {
  interface HTMLElementTagNameMap {
    'actie-assessment': ActieAssessmentElement;
  }
}
