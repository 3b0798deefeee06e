// Loaded with import() by ./on-demand.ts: see there. Only re-exports; no code of its own.
export { score } from '@actie/rules';
export { imported, refitted, restored } from './open-stored.js';
