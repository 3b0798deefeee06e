import { createContext } from '@lit/context';
import type { SessionStore } from './store.js';

/**
 * The @lit/context key under which `<actie-session>` provides its {@link SessionStore} to every
 * `actie-*` element inside it.
 */
export const sessionContext = createContext<SessionStore>(Symbol.for('actie-session-store'));
