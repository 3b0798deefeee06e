/**
 * `@actie/components`: every ACTIE element, registered. This is also the entry of the single-file
 * bundle `dist/actie.js`.
 * @packageDocumentation
 */
export * from './session.js';
export { ActieElement, defineElement } from './shared/actie-element.js';
export { registerStrings } from './shared/i18n/registry.js';
