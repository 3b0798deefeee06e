/**
 * Entry point: registers `<actie-results>` (and `<actie-session>`, so the two can be used together).
 * @packageDocumentation
 */
import './session.js';
import { defineElement } from './shared/actie-element.js';
import { ActieResultsElement } from './results/results.js';

defineElement('actie-results', ActieResultsElement);

export { ActieResultsElement };

declare global {
  interface HTMLElementTagNameMap {
    'actie-results': ActieResultsElement;
  }
}
