/**
 * `@actie/components`: every ACTIE element, registered. This is also the entry of the single-file
 * bundle `dist/actie.js`: one `<script type="module">` puts all of them on a page.
 * @packageDocumentation
 */
export * from './session.js';
export * from './assessment.js';
export * from './results.js';
export * from './action-plan.js';
export * from './team-overview.js';
export { ActieElement, defineElement } from './shared/actie-element.js';
export { registerStrings } from './shared/i18n/registry.js';
