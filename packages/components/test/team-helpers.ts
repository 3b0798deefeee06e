// Helpers of the <actie-team-overview> tests: the sample files, a session around the element, and
// ways to read its shadow root.
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/team-overview.js';
import '../src/action-plan.js';
import type { ActieTeamOverviewElement, TeamFileInput } from '../src/team-overview.js';
import type { ActieSessionElement } from '../src/session/session.js';
import type { SessionStore } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';

export const SAMPLE_NAMES = ['wijkprofessional.json', 'leidinggevende.json', 'ambtenaar.json'] as const;

/** The four of the team in docs/team.md: three frontline professionals and a manager. */
export const TEAM_NAMES = [...SAMPLE_NAMES, 'opbouwwerker.json'] as const;

/** All seven sample sessions of docs/team.md: four of the team and three initiators. */
export const ALL_NAMES = [...TEAM_NAMES, 'initiatiefnemer-1.json', 'initiatiefnemer-2.json', 'initiatiefnemer-3.json'] as const;

/** Sample sessions of docs/team.md, read from the repository (the test server's root). */
export async function sampleFiles(names: readonly string[] = SAMPLE_NAMES): Promise<TeamFileInput[]> {
  return Promise.all(
    names.map(async (name) => {
      const response = await fetch(`/examples/team/sessions/${name}`);
      if (!response.ok) throw new Error(`Could not fetch ${name}: ${response.status}`);
      return { name, text: await response.text() };
    }),
  );
}

/** A session of a newer (major) model version: the professional's file with version 4.0. */
export async function otherVersionFile(): Promise<TeamFileInput> {
  const [first] = await sampleFiles();
  const session = JSON.parse(first?.text ?? '{}') as { model: { version: string } };
  session.model.version = '4.0';
  return { name: 'andere-versie.json', text: JSON.stringify(session) };
}

export const BROKEN: TeamFileInput = { name: 'kapot.json', text: '{"format": "actie-session", "answers": {' };

export interface Setup {
  session: ActieSessionElement;
  store: SessionStore;
  el: ActieTeamOverviewElement;
  root: ShadowRoot;
}

export async function setup(options: { lang?: string } = {}): Promise<Setup> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session storage="none" session-id=${uniqueSessionId('team')} lang=${options.lang ?? 'nl'}>
      <actie-team-overview></actie-team-overview>
      <actie-action-plan></actie-action-plan>
    </actie-session>`,
  );
  const store = session.store;
  await settle(store);
  const el = session.querySelector('actie-team-overview') as ActieTeamOverviewElement;
  await elementUpdated(el);
  return { session, store, el, root: el.shadowRoot as ShadowRoot };
}

export async function imported(el: ActieTeamOverviewElement, files: readonly TeamFileInput[]): Promise<void> {
  await el.addFiles(files);
  await el.settled();
  await elementUpdated(el);
}

export function text(node: ParentNode | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function button(root: ParentNode, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => text(b).startsWith(label));
}

export function part(root: ParentNode, name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`No part ${name}`);
  return found;
}

export function fileItem(root: ShadowRoot, name: string): HTMLElement {
  const item = [...root.querySelectorAll<HTMLElement>('[part~="file"]')].find(
    (li) => text(li.querySelector('[part~="file-name"]')) === name,
  );
  if (!item) throw new Error(`No file ${name} in the list`);
  return item;
}

/** The bar of a question inside a discussion point or an area's condition. */
export function bar(scope: ParentNode, question: string): SVGElement {
  const svg = scope.querySelector<SVGElement>(`[data-question="${question}"] svg[role="img"]`);
  if (!svg) throw new Error(`No bar for ${question}`);
  return svg;
}

/** Open a condition's row of the overview (by the button of its name) and wait for the render; its tbody. */
export async function openRow(el: ActieTeamOverviewElement, root: ParentNode, condition: string): Promise<HTMLElement> {
  const row = root.querySelector<HTMLElement>(`[part~="grid"] [data-condition="${condition}"]`);
  const toggle = row?.querySelector<HTMLButtonElement>('button[aria-expanded]');
  if (!row || !toggle) throw new Error(`No row for ${condition}`);
  if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  await elementUpdated(el);
  expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  return row;
}

/** The condition a question belongs to. */
export function conditionOf(el: ActieTeamOverviewElement, question: string): string {
  const id = el.teamResult?.conditions.find((c) => c.questions.includes(question))?.id;
  if (!id) throw new Error(`No condition with ${question}`);
  return id;
}

export const STATUS_NL = { good: 'gaat al goed', 'needs-work': 'vraagt aandacht', unknown: 'nog onbekend' } as const;

/** A level's team status of a condition, in words. */
export function levelStatus(
  conditions: readonly { id: string; status: keyof typeof STATUS_NL }[] | undefined,
  id: string,
): string {
  const status = conditions?.find((c) => c.id === id)?.status;
  return status ? STATUS_NL[status] : '';
}
