/**
 * Entry point: registers `<actie-team-overview>` (and `<actie-session>`, so the two can be used together).
 * @packageDocumentation
 */
import './session.js';
import { defineElement } from './shared/actie-element.js';
import { ActieTeamOverviewElement } from './team/team-overview.js';

defineElement('actie-team-overview', ActieTeamOverviewElement);

export { ActieTeamOverviewElement };
export type { TeamFileInput } from './team/team-overview.js';

declare global {
  interface HTMLElementTagNameMap {
    'actie-team-overview': ActieTeamOverviewElement;
  }
}
