import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseSession, serializeSession } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import { initiatorModel } from '@actie/rules/models/initiator';
import { organisationModel } from '@actie/rules/models/organisation';
import '../src/session.js';
import '../src/assessment.js';
import '../src/results.js';
import type { ActieAssessmentElement } from '../src/assessment.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { RESULTS_STEP } from '../src/session/store.js';
import { settle, uniqueSessionId } from './helpers.js';

const count = (model: typeof initiativeModel): number => model.areas.reduce((n, a) => n + a.questions.length, 0);

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Not found: ${selector}`);
  return found;
}

async function page(attrs: { id?: string; name?: string }): Promise<{
  session: ActieSessionElement;
  assessment: ActieAssessmentElement;
  results: ActieResultsElement;
}> {
  const session = await fixture<ActieSessionElement>(
    html`<actie-session storage="session" session-id=${attrs.id ?? ''} model-name=${attrs.name ?? ''}>
      <actie-assessment></actie-assessment>
      <actie-results></actie-results>
    </actie-session>`,
  );
  await waitUntil(() => session.store.modelState.status !== 'loading', 'the model to load');
  await settle(session.store);
  const assessment = session.querySelector('actie-assessment') as ActieAssessmentElement;
  const results = session.querySelector('actie-results') as ActieResultsElement;
  await assessment.updateComplete;
  await results.updateComplete;
  return { session, assessment, results };
}

/** Go to a step by the title in the step list, as a user would. */
async function goToStep(el: ActieAssessmentElement, title: string): Promise<void> {
  const button = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[part~="step-button"]') ?? [])].find((b) =>
    text(b).includes(title),
  );
  if (!button) throw new Error(`No step "${title}"`);
  button.click();
  await waitUntil(() => text(q(el, '#step-heading')).includes(title), `heading ${title}`);
}

/** Type into a textarea as a user would (value, then the input event). */
async function type(area: HTMLTextAreaElement, value: string): Promise<void> {
  area.focus();
  area.value = value;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<actie-session model-name>', () => {
  it('"organisation" asks the organisation scan: questions about the organisation, its own intake title', async () => {
    const { session, assessment } = await page({ id: uniqueSessionId('org'), name: 'organisation' });
    expect(session.store.model?.id).to.equal(organisationModel.id);
    expect(text(q(assessment, '[part~="progress-text"]'))).to.contain(`0 van ${count(organisationModel)}`);
    expect(text(q(assessment, '#step-heading'))).to.contain('Over uw organisatie');
    await expect(assessment).to.be.accessible();
    session.store.clear();
  });

  it('"initiator" asks the initiators their own questions; no attribute (or "initiative") asks about one initiative', async () => {
    const initiator = await page({ id: uniqueSessionId('ini'), name: 'initiator' });
    expect(initiator.session.store.model?.id).to.equal(initiatorModel.id);
    expect(text(q(initiator.assessment, '[part~="progress-text"]'))).to.contain(`0 van ${count(initiatorModel)}`);
    const initiative = await page({ id: uniqueSessionId('default'), name: 'initiative' });
    expect(initiative.session.store.model?.id).to.equal(initiativeModel.id);
    expect(text(q(initiative.assessment, '#step-heading'))).to.contain('Over het initiatief');
  });

  it('an unknown name shows an error that names it, and leaves the saved answers as they are', async () => {
    const id = uniqueSessionId('bad-name');
    const first = await page({ id });
    first.session.store.setAnswer('A1', 'yes');
    await settle(first.session.store);
    const saved = sessionStorage.getItem(`actie:${id}`);
    expect(saved, 'the answer is saved').to.be.a('string');
    first.session.remove();

    const { session, assessment } = await page({ id, name: 'organsation' });
    expect(session.store.modelState.status).to.equal('error');
    const error = q(assessment, '[part~="error-summary"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('‘organsation’');
    expect(text(error)).to.contain('initiative, organisation, initiator');
    expect(sessionStorage.getItem(`actie:${id}`), 'nothing saved was changed').to.equal(saved);
    await expect(assessment).to.be.accessible();

    // Corrected, the saved answers are back.
    session.modelName = 'initiative';
    await session.updateComplete;
    await settle(session.store);
    expect(session.store.answers).to.deep.equal({ A1: 'yes' });
    session.store.clear();
  });

  it('each built-in model keeps its own saved session on a page; switching back finds the answers again', async () => {
    const { session } = await page({});
    const initiativeKey = session.store.sessionId;
    session.store.setAnswer('A1', 'no');
    await settle(session.store);

    session.modelName = 'organisation';
    await session.updateComplete;
    await waitUntil(() => session.store.model?.id === organisationModel.id, 'the organisation scan');
    await settle(session.store);
    expect(session.store.sessionId).not.to.equal(initiativeKey);
    expect(session.store.answers, 'the organisation scan starts empty').to.deep.equal({});
    expect(session.store.setAside, 'nothing of the other model was set aside').to.deep.equal([]);
    const orgQuestion = organisationModel.areas[0]?.questions[0]?.id ?? '';
    session.store.setAnswer(orgQuestion, 'partly');
    await settle(session.store);

    session.modelName = 'initiative';
    await session.updateComplete;
    await settle(session.store);
    expect(session.store.answers).to.deep.equal({ A1: 'no' });
    session.store.clear();
    session.modelName = 'organisation';
    await session.updateComplete;
    await waitUntil(() => session.store.model?.id === organisationModel.id, 'the organisation scan again');
    await settle(session.store);
    expect(session.store.answers).to.deep.equal({ [orgQuestion]: 'partly' });
    session.store.clear();
  });

  it('a lone element takes model-name too', async () => {
    const el = await fixture<ActieAssessmentElement>(
      html`<actie-assessment storage="none" model-name="initiator" session-id=${uniqueSessionId('lone')}></actie-assessment>`,
    );
    await waitUntil(() =>
      text(el.shadowRoot?.querySelector('[part~="progress-text"]')).includes(`0 van ${count(initiatorModel)}`),
    );
    expect(text(q(el, '#step-heading'))).to.contain('Over het initiatief');
  });
});

describe("the initiators' own results", () => {
  it('speak "je", show no codes and no role, offer no plan button without a plan, and ask to discuss the answers', async () => {
    const { session, results } = await page({ id: uniqueSessionId('ini-results'), name: 'initiator' });
    const store = session.store;
    const questions = initiatorModel.areas.flatMap((a) => a.questions);
    // Every question answered unfavourably, and a note on the first.
    for (const question of questions) store.setAnswer(question.id, question.favourable === 'yes' ? 'no' : 'yes');
    store.setIntake('topic', 'Buurtfeest in de Lindelaan');
    store.setNote(questions[0]?.id ?? '', 'We weten het niet zeker.');
    store.setStep(RESULTS_STEP);
    await settle(store);
    await results.updateComplete;
    const root = results.shadowRoot as ShadowRoot;
    for (const details of root.querySelectorAll('details')) details.open = true;
    await results.updateComplete;

    expect(text(q(results, '[part~="results-heading"]'))).to.equal('Jouw resultaten: Buurtfeest in de Lindelaan');
    expect(text(q(results, '[part~="progress"]'))).to.match(/^Je hebt \d+ van de \d+ vragen beantwoord\./);
    expect(text(q(results, '[part~="contact"]'))).to.equal('Bespreek je antwoorden met je contactpersoon.');
    expect(root.querySelector('[part~="role"]'), 'no role advice').to.equal(null);
    expect(root.querySelector('[part~="add-button"]'), 'no plan on the page: no plan button').to.equal(null);
    expect(text(q(results, '[part~="note"]'))).to.equal('Je notitie: We weten het niet zeker.');
    const shown = root.textContent ?? '';
    for (const question of questions) expect(shown).not.to.match(new RegExp(`\\b${question.id}\\b`));
    // "je" throughout: no polite "u" or "uw" in what the element says.
    expect(shown.match(/(^|[\s(‘])(u|U|uw|Uw)(?=[\s,.:;!?’)])/g), 'no u-form').to.equal(null);
    await expect(results).to.be.accessible();
    store.clear();
  });
});

describe('reflection per area', () => {
  it('is typed at the end of an area step, saved, shown in the results as text, and passes axe', async () => {
    const { session, assessment, results } = await page({ id: uniqueSessionId('reflect') });
    const area = initiativeModel.areas[0];
    if (!area) throw new Error('no area');
    await goToStep(assessment, 'Animo');
    // The reflection closes the area: on its last page (three questions a page).
    session.store.setStep(area.id, Math.ceil(area.questions.length / 3) - 1);
    await settle(session.store);
    await assessment.updateComplete;
    const field = q<HTMLTextAreaElement>(assessment, `#reflection-${area.id}-input`);
    const label = q(assessment, `label[for="reflection-${area.id}-input"]`);
    expect(text(label)).to.contain('Animo');
    expect(text(q(assessment, '[part~="reflection-title"]'))).to.equal('Wat gaat goed? Wat pakken we op?');
    await type(field, 'De trekkers zijn enthousiast.\n<b>Oppakken</b>: vaker langsgaan.');
    expect(session.store.reflections).to.deep.equal({
      [area.id]: 'De trekkers zijn enthousiast.\n<b>Oppakken</b>: vaker langsgaan.',
    });
    await expect(assessment).to.be.accessible();

    session.store.setAnswer('A1', 'yes');
    session.store.setStep(RESULTS_STEP);
    await settle(session.store);
    await results.updateComplete;
    const shown = q(results, `[data-area="${area.id}"] [part~="reflection"]`);
    expect(shown.textContent).to.contain('<b>Oppakken</b>');
    expect(shown.querySelector('b'), 'saved text is never markup').to.equal(null);
    await expect(results).to.be.accessible();

    // The report (Markdown) carries it, escaped so it stays text.
    const report = results.reportText() ?? '';
    expect(report).to.contain('Wat gaat goed? Wat pakken we op?');
    expect(report).to.contain('\\<b\\>Oppakken\\</b\\>');
    session.store.clear();
  });

  it('goes into the session file with an id that stays the same, and comes back on import in another session', async () => {
    const { session, results } = await page({ id: uniqueSessionId('reflect-file') });
    session.store.setAnswer('A1', 'partly');
    session.store.setReflection('contacten', 'Het buurthuis kent iedereen.');
    await settle(session.store);
    const first = parseSession(JSON.parse(results.sessionFileText() ?? '{}'));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(first.value.reflections).to.deep.equal({ contacten: 'Het buurthuis kent iedereen.' });
    expect(first.value.id, 'the file has an id').to.be.a('string');
    session.store.setAnswer('A9', 'no');
    await settle(session.store);
    const second = parseSession(JSON.parse(results.sessionFileText() ?? '{}'));
    expect(second.ok && second.value.id, 'the id stays across changes').to.equal(first.value.id);

    const other = await page({ id: uniqueSessionId('reflect-import') });
    const imported = await other.session.store.importSession(JSON.parse(serializeSession(first.value)));
    expect(imported.ok).to.equal(true);
    expect(other.session.store.reflections).to.deep.equal({ contacten: 'Het buurthuis kent iedereen.' });
    expect(other.session.store.toSessionFile()?.id, 'the same session: the same id').to.equal(first.value.id);
    session.store.clear();
    other.session.store.clear();
  });

  it('a file with a reflection on an area the model does not have is refused by path, and nothing changes', async () => {
    const { session } = await page({ id: uniqueSessionId('reflect-bad') });
    session.store.setReflection('animo', 'Blijft staan.');
    const file = { ...session.store.toSessionFile(), reflections: { 'geen-onderdeel': 'Onbekend' } };
    const imported = await session.store.importSession(JSON.parse(JSON.stringify(file)));
    expect(imported.ok).to.equal(false);
    if (!imported.ok) expect(imported.errors.map((e) => e.path)).to.include('/reflections/geen-onderdeel');
    expect(session.store.reflections).to.deep.equal({ animo: 'Blijft staan.' });
    session.store.clear();
  });
});
