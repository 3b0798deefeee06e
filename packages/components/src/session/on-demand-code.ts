// Loaded with import() by ./on-demand.ts: see there. Only re-exports; no code of its own.
export { openSession, score, sessionInput } from '@actie/rules';
export { openStored } from './open-stored.js';
