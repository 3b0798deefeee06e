import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localize } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import type { ActieTeamOverviewElement } from '../src/team-overview.js';
import { reason } from '../src/team/import-section.js';
import { settle, uniqueSessionId } from './helpers.js';
import {
  area,
  bar,
  BROKEN,
  button,
  conditionOf,
  fileItem,
  imported,
  openCard,
  otherVersionFile,
  part,
  sampleFiles,
  SAMPLE_NAMES,
  setup,
  text,
} from './team-helpers.js';

describe('<actie-team-overview>', function () {
  // axe checks the whole team result (several thousand nodes) more than once per test.
  this.timeout(60000);
  it('before any import explains how participants make their file, and that no names are needed', async () => {
    const { el, root } = await setup();
    const empty = text(part(root, 'empty'));
    expect(empty).to.contain('Download mijn antwoorden');
    expect(empty).to.contain('Namen zijn niet nodig');

    // Our own button and status in the page's language (not the browser's "Choose Files / No
    // file chosen"), for several JSON files; the hint mentions dropping files.
    const input = part(root, 'file-input') as HTMLInputElement;
    expect(input.type).to.equal('file');
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.equal('.json,application/json');
    expect(input.hidden, 'the native input is not shown').to.equal(true);
    const choose = part(root, 'choose-button') as HTMLButtonElement;
    expect(text(choose)).to.equal('Kies de bestanden met antwoorden');
    const described = (choose.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text(root.getElementById(id)));
    expect(described.join(' ')).to.contain('of sleep bestanden hierheen');
    expect(described.join(' ')).to.contain('Nog geen bestand gekozen.');
    expect(text(part(root, 'chosen-files'))).to.equal('Nog geen bestand gekozen.');
    expect(choose.closest('[part~="drop-zone"]')).to.not.equal(null);
    // The button opens the native picker.
    let opened = 0;
    input.addEventListener('click', (event) => {
      opened++;
      event.preventDefault();
    });
    choose.click();
    expect(opened).to.equal(1);

    expect(root.querySelector('[part~="overview"]') === null).to.equal(true);
    expect(root.querySelector('[part~="error-summary"]') === null).to.equal(true);
    expect(el.teamResultText()).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('combines the three sample sessions: participants by level, discussion points first, distribution bars', async () => {
    const { el, root } = await setup();
    const reading = el.addFiles(await sampleFiles());
    await elementUpdated(el);
    expect(text(part(root, 'import-status'))).to.equal('Bestanden worden gelezen…');
    await reading;
    await el.settled();
    await elementUpdated(el);
    const team = el.teamResult;
    if (!team) throw new Error('no team result');

    expect(text(part(root, 'import-status'))).to.equal('3 bestanden ingelezen, 0 niet gebruikt');
    expect(part(root, 'import-status').getAttribute('role')).to.equal('status');
    for (const name of SAMPLE_NAMES)
      expect(text(fileItem(root, name).querySelector('[part~="file-status"]'))).to.equal('Gebruikt');
    expect(root.querySelector('[part~="error-summary"]') === null).to.equal(true);

    // Who took part, also from levels too small to show on their own.
    expect(text(part(root, 'participants'))).to.equal('3 deelnemers: 2 uitvoering, 1 organisatie');
    // Two frontline and one organisation participant: both levels are under 3, and together they
    // are the whole team again, so no level is shown separately, and the overview says why.
    expect(team.byLevel).to.deep.equal({});
    expect(part(root, 'hidden-levels').dataset['reason']).to.equal('small');
    expect(text(part(root, 'hidden-levels'))).to.equal(
      'Groepen van minder dan 3 deelnemers tonen we niet apart, zodat niemand herkenbaar is. Dat geldt voor: uitvoering (2), organisatie (1). Hun antwoorden tellen wel mee in het hele team.',
    );
    // The grid shows only the whole team (no level columns) and the difference in the team.
    const grid = part(root, 'grid') as HTMLTableElement;
    expect([...grid.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal([
      'Punt',
      'Hele team (3)',
      'Verschil in team',
    ]);
    expect(root.querySelector('[part~="levels"]') === null).to.equal(true);

    // Discussion points come before the areas, strong differences first, most divided first.
    const discussion = part(root, 'discussion');
    const firstArea = area(root, 'animo');
    expect(discussion.compareDocumentPosition(firstArea) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const points = [...discussion.querySelectorAll<HTMLElement>('[part~="discussion-point"]')];
    expect(points.map((p) => p.dataset['condition'])).to.deep.equal(team.disagreements.map((c) => c.id));
    const strong = team.disagreements.filter((c) => c.disagreementLevel === 'strong');
    const first = team.disagreements[0];
    if (!first) throw new Error('no discussion point');
    expect(first.disagreementLevel).to.equal('strong');
    expect(first.division).to.equal(Math.max(...strong.map((c) => c.division)));
    // Its title with the area letter, and the participants' statuses.
    const firstArea0 = initiativeModel.areas.find((a) => a.id === first.area);
    expect(text(points[0]?.querySelector('h4'))).to.equal(`${firstArea0?.letter ?? ''} ${localize(first.title, 'nl')}`);
    expect(text(points[0]?.querySelector('[part~="strength"]'))).to.equal('Sterk verschil');
    expect(text(points[0]?.querySelector('[part~="participant-statuses"]'))).to.equal(
      `Oordeel van de deelnemers: ${first.counts.good} goed, ${first.counts.needsWork} aandacht, ${first.counts.unknown} onbekend.`,
    );

    // I1, by hand from the files: professional "no", manager "yes", civil servant "partly".
    const i1Point = discussion.querySelector<HTMLElement>('[data-condition="I1"]');
    if (!i1Point) throw new Error('I1 is not a discussion point');
    const i1 = bar(i1Point, 'I1');
    expect(i1.getAttribute('aria-label')).to.equal('Ja 1, deels 1, nee 1, weet ik niet 0, niet beantwoord 0');
    // The same numbers as visible text next to the bar.
    expect(text(i1Point.querySelector('[data-question="I1"] [part~="distribution-counts"]'))).to.equal(
      'Ja 1, deels 1, nee 1, weet ik niet 0, niet beantwoord 0',
    );
    // One segment per given answer, each with its own pattern defined in this element.
    const segments = [...i1.querySelectorAll('rect.bar__segment')];
    expect(segments.map((s) => s.getAttribute('data-answer'))).to.deep.equal(['yes', 'partly', 'no']);
    for (const rect of i1.querySelectorAll('rect.bar__segment[fill]')) {
      const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill') ?? '')?.[1] ?? '';
      expect(root.getElementById(id)?.tagName).to.equal('pattern');
    }
    // Equal counts, equal widths.
    const widths = segments.map((s) => Number(s.getAttribute('width')));
    expect(widths[0]).to.be.closeTo(widths[1] ?? 0, 0.001);

    // C5, by hand: professional "no", manager "don't know", civil servant left it open. Its
    // condition has no difference, so its card is closed until it is opened.
    const contacten = area(root, 'contacten');
    const c5Condition = conditionOf(el, 'C5');
    expect(contacten.querySelector(`[data-condition="${c5Condition}"] [data-question="C5"]`) === null).to.equal(true);
    const c5 = bar(await openCard(el, contacten, c5Condition), 'C5');
    expect(c5.getAttribute('aria-label')).to.equal('Ja 0, deels 0, nee 1, weet ik niet 1, niet beantwoord 1');
    expect([...c5.querySelectorAll('rect.bar__segment')].map((s) => s.getAttribute('data-answer'))).to.deep.equal([
      'no',
      'dont-know',
      'unanswered',
    ]);

    // Per area: heading with letter, title and team status; counts; every condition with its bars.
    const animo = area(root, 'animo');
    expect(text(animo.querySelector('h3'))).to.equal('A Animo : Team: Vraagt aandacht');
    const animoResult = team.areas.find((a) => a.id === 'animo');
    expect(text(part(animo, 'area-counts'))).to.contain(`Van de ${animoResult?.counts.total ?? 0} punten:`);
    expect(animo.querySelectorAll('[part~="condition"]')).to.have.length(
      team.conditions.filter((c) => c.area === 'animo').length,
    );
    // A5, by hand: professional "partly", manager "yes", civil servant "no": two of three need
    // work, and "yes" against "no" is a strong difference, so its card is open.
    const a5 = animo.querySelector<HTMLElement>('[data-condition="A5"]');
    expect(text(a5?.querySelector('[part~="team-status"]'))).to.equal('Team: Vraagt aandacht');
    expect(text(a5?.querySelector('[part~="strength"]'))).to.equal('Sterk verschil');
    expect(a5?.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded')).to.equal('true');
    // In the grid: A5's row says the same in text.
    const a5Row = grid.querySelector('tr[data-condition="A5"]');
    expect([...(a5Row?.querySelectorAll('td') ?? [])].map((td) => text(td))).to.deep.equal(['! aandacht', 'sterk']);

    // Where the questions come from.
    expect(text(part(root, 'attribution'))).to.contain('Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker');

    // Strict CSP: no inline style attributes anywhere.
    expect(root.querySelectorAll('[style]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('lists a broken file and a session of another model version with reasons, and combines the rest', async () => {
    const { el, root } = await setup();
    const [professional, manager, civilServant] = await sampleFiles();
    if (!professional || !manager || !civilServant) throw new Error('no samples');
    await imported(el, [professional, BROKEN, manager, await otherVersionFile(), civilServant]);

    expect(text(part(root, 'import-status'))).to.equal('5 bestanden ingelezen, 2 niet gebruikt');
    const summary = part(root, 'error-summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(text(summary.querySelector('h3'))).to.equal('2 bestanden zijn niet gebruikt');
    const reasons = [...summary.querySelectorAll('li[data-source]')].map((li) => text(li));
    expect(reasons).to.deep.equal([
      'kapot.json: het bestand is beschadigd of onvolledig.',
      'andere-versie.json: de antwoorden horen bij een ander model of een andere versie van de vragen.',
    ]);
    // Focus moves to the summary so the problem is noticed.
    expect(root.activeElement).to.equal(summary);

    expect(text(fileItem(root, 'kapot.json').querySelector('[part~="file-status"]'))).to.equal(
      'Niet gebruikt: het bestand is beschadigd of onvolledig.',
    );
    expect(text(fileItem(root, 'ambtenaar.json').querySelector('[part~="file-status"]'))).to.equal('Gebruikt');

    // The good ones are still combined.
    expect(el.teamResult?.participants).to.equal(3);
    expect(text(part(root, 'participants'))).to.equal('3 deelnemers: 2 uitvoering, 1 organisatie');
    expect(root.querySelectorAll('[part~="discussion-point"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('combines again after a file is removed, and clears everything', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles());

    button(fileItem(root, 'leidinggevende.json'), 'Verwijder')?.click();
    await el.settled();
    await elementUpdated(el);
    expect([...root.querySelectorAll('[part~="file-name"]')].map((n) => text(n))).to.deep.equal([
      'wijkprofessional.json',
      'ambtenaar.json',
    ]);
    expect(text(part(root, 'participants'))).to.equal('2 deelnemers: 2 uitvoering');
    // I1 without the manager's "yes": no longer a disagreement, so only in its area, closed.
    expect(bar(await openCard(el, area(root, 'inbedding'), 'I1'), 'I1').getAttribute('aria-label')).to.equal(
      'Ja 0, deels 1, nee 1, weet ik niet 0, niet beantwoord 0',
    );
    expect(root.querySelector('[part~="discussion"] [data-condition="I1"]') === null).to.equal(true);
    // Focus stays in the list: on the next file's remove button.
    expect(root.activeElement).to.equal(fileItem(root, 'ambtenaar.json').querySelector('button'));
    await waitUntil(() => text(part(root, 'live')) === 'Bestand verwijderd: leidinggevende.json');
    await expect(el).to.be.accessible();

    button(root, 'Alles wissen')?.click();
    await el.settled();
    await elementUpdated(el);
    expect(root.querySelectorAll('[part~="file"]')).to.have.length(0);
    expect(root.querySelector('[part~="empty"]')).to.not.equal(null);
    expect(el.teamResult).to.equal(undefined);
    expect(root.activeElement).to.equal(part(root, 'choose-button'));
    await expect(el).to.be.accessible();
  });

  it('reads files from the file input (reachable with Tab) and from a drop', async () => {
    const { el, root } = await setup();
    const [professional, manager] = await sampleFiles();
    if (!professional || !manager) throw new Error('no samples');

    // Keyboard: the button that chooses files is the first stop in the element.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(part(root, 'choose-button'));

    const input = part(root, 'file-input') as HTMLInputElement;
    const chosen = new DataTransfer();
    chosen.items.add(new File([professional.text], professional.name, { type: 'application/json' }));
    chosen.items.add(new File(['not json'], 'notities.txt', { type: 'text/plain' }));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.files.length === 2 && !el.reading, 'files not read', { timeout: 10000 });
    await el.settled();
    expect(text(part(root, 'import-status'))).to.equal('2 bestanden ingelezen, 1 niet gebruikt');
    expect(text(part(root, 'chosen-files'))).to.equal(`Gekozen: ${professional.name}, notities.txt`);
    expect(el.teamResult?.participants).to.equal(1);
    await expect(el).to.be.accessible();

    // Drag and drop onto the zone around the input; a second file with the same name gets a number.
    const zone = part(root, 'drop-zone');
    const dropped = new DataTransfer();
    dropped.items.add(new File([manager.text], manager.name, { type: 'application/json' }));
    dropped.items.add(new File([professional.text], professional.name, { type: 'application/json' }));
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dropped }));
    await elementUpdated(el);
    expect(zone.classList.contains('drop-zone--active')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dropped }));
    await waitUntil(() => el.files.length === 4 && !el.reading, 'drop not read', { timeout: 10000 });
    await el.settled();
    expect(zone.classList.contains('drop-zone--active')).to.equal(false);
    expect([...root.querySelectorAll('[part~="file-name"]')].map((n) => text(n))).to.deep.equal([
      'wijkprofessional.json',
      'notities.txt',
      'leidinggevende.json',
      'wijkprofessional (2).json',
    ]);
    // The professional's file a second time is the same session: reported and counted once.
    expect(el.teamResult?.participants).to.equal(2);
    expect(text(fileItem(root, 'wijkprofessional (2).json').querySelector('[part~="file-status"]'))).to.equal(
      'Dubbel: dezelfde antwoorden als wijkprofessional.json. Eén keer meegeteld.',
    );
    expect(text(fileItem(root, 'wijkprofessional.json').querySelector('[part~="file-status"]'))).to.equal('Gebruikt');
    const duplicates = part(root, 'duplicates');
    expect(text(duplicates.querySelector('h3'))).to.equal('1 bestand is dubbel');
    expect([...duplicates.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
      'wijkprofessional (2).json is hetzelfde als wijkprofessional.json',
    ]);
    expect(text(part(root, 'participants'))).to.equal('2 deelnemers: 1 uitvoering, 1 organisatie');
    await expect(el).to.be.accessible();
  });

  it('combines a file saved with the previous version of the questions, and says it was carried over', async () => {
    const { el, root } = await setup();
    const old = await (await fetch('/packages/rules/test/fixtures/release-0.1/session.json')).text();
    await imported(el, [...(await sampleFiles()), { name: 'oud.json', text: old }]);
    expect(el.teamResult?.participants).to.equal(4);
    expect(text(part(root, 'import-status'))).to.equal('4 bestanden ingelezen, 0 niet gebruikt');
    const item = fileItem(root, 'oud.json');
    expect(text(item.querySelector('[part~="file-status"]'))).to.equal('Gebruikt');
    expect(text(item.querySelector('[part~="file-migrated"]'))).to.equal(
      'Ingevuld met versie 1.0 van de vragen en omgezet naar de nieuwe versie. Antwoorden op 14 nieuwe of veranderde vragen tellen als niet beantwoord.',
    );
    expect(fileItem(root, 'ambtenaar.json').querySelector('[part~="file-migrated"]') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('puts a team condition on the shared action plan and fires actie-plan-change', async () => {
    const { session, el, store, root } = await setup();
    await imported(el, await sampleFiles());
    const team = el.teamResult;
    const first = team?.disagreements[0];
    if (!team || !first) throw new Error('no discussion point');

    const point = root.querySelector<HTMLElement>(`[part~="discussion"] [data-condition="${first.id}"]`);
    const add = point ? button(point, 'Zet op actieplan') : undefined;
    if (!add) throw new Error('no add button');
    setTimeout(() => add.click());
    const event = await oneEvent(el, 'actie-plan-change');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);

    // The plan's "what" is the agreement text of the team's action point.
    const action = localize(team.actionPoints.find((p) => p.condition === first.id && p.kind === 'improve')?.agreement, 'nl');
    expect(action).to.not.equal('');
    expect(store.plan.agreements).to.deep.equal([
      { id: `a-${first.id}`, condition: first.id, what: action, who: '', status: 'open' },
    ]);
    expect(event.detail.plan).to.deep.equal(store.plan);

    await settle(store);
    await elementUpdated(el);
    const onPlan = point?.querySelector('[part~="on-plan"]');
    expect(text(onPlan)).to.equal('Staat op het actieplan');
    expect(point?.querySelector('[part~="add-button"]') === null).to.equal(true);
    expect(root.activeElement).to.equal(onPlan);
    // The same condition in its area shows it too.
    expect(text(root.querySelector(`section[data-area] [data-condition="${first.id}"] [part~="on-plan"]`))).to.equal(
      'Staat op het actieplan',
    );
    await waitUntil(() => text(part(root, 'live')).startsWith('Toegevoegd aan het actieplan'));

    // The action plan in the same session shows the agreement.
    const plan = session.querySelector('actie-action-plan');
    await elementUpdated(plan as HTMLElement);
    expect(plan?.shadowRoot?.textContent ?? '').to.contain(action);
    await expect(el).to.be.accessible();

    // A disagreement whose team status is good gets the condition's own agreement text.
    const goodButDivided = team.conditions.find((c) => c.status === 'good' && c.disagreement && c.id !== first.id);
    if (!goodButDivided) throw new Error('no good condition with a disagreement');
    const divided = root.querySelector<HTMLElement>(`section[data-area] [data-condition="${goodButDivided.id}"]`);
    button(divided as HTMLElement, 'Zet op actieplan')?.click();
    await settle(store);
    const agreement = localize(initiativeModel.conditions.find((c) => c.id === goodButDivided.id)?.agreement, 'nl');
    expect(agreement).to.not.equal('');
    expect(store.plan.agreements.map((a) => [a.condition, a.what])).to.deep.equal([
      [first.id, action],
      [goodButDivided.id, agreement],
    ]);
    // A condition the team agrees is good has no add button.
    const goodAgreed = team.conditions.find((c) => c.status === 'good' && !c.disagreement);
    if (!goodAgreed) throw new Error('no agreed good condition');
    expect(root.querySelector(`section[data-area] [data-condition="${goodAgreed.id}"] button[part~="add-button"]`)).to.equal(
      null,
    );
  });

  it('exports the team result as JSON without names, notes or free text', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles());
    const exported = el.teamResultText();
    if (exported === undefined) throw new Error('nothing to export');
    const parsed = JSON.parse(exported) as { participants: number; model: { id: string }; disagreements: unknown[] };
    expect(parsed.participants).to.equal(3);
    expect(parsed.model.id).to.equal('actie-default');
    expect(parsed.disagreements.length).to.equal(el.teamResult?.disagreements.length);
    // ambtenaar.json carries the participant name "Sanne": the team result never does.
    expect(exported).to.not.contain('Sanne');
    expect(exported).to.not.contain('bonnetjes'); // a note
    expect(exported).to.not.contain('Buurtkamer'); // the free-text topic
    // And the element never shows it either.
    expect(root.textContent ?? '').to.not.contain('Sanne');
    const download = button(root, 'Download teamresultaat (JSON)');
    expect(download?.getAttribute('part')).to.contain('download-button');
    expect(el.teamResultFileName()).to.match(/^actie-teamresultaat-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('speaks English with lang="en"', async () => {
    const { el, root } = await setup({ lang: 'en' });
    expect(text(part(root, 'empty'))).to.contain('Download my answers');
    expect(text(part(root, 'empty'))).to.contain('No names are needed');
    expect(text(part(root, 'choose-button'))).to.equal('Choose the files with answers');
    expect(text(part(root, 'chosen-files'))).to.equal('No file chosen yet.');
    await expect(el).to.be.accessible();

    await imported(el, [...(await sampleFiles()), BROKEN]);
    expect(text(part(root, 'import-status'))).to.equal('4 files read, 1 not used');
    expect(text(part(root, 'error-summary').querySelector('li[data-source]'))).to.equal(
      'kapot.json: the file is damaged or incomplete.',
    );
    expect(text(part(root, 'participants'))).to.equal('3 participants: 2 frontline, 1 organisation');
    expect(text(part(root, 'discussion').querySelector('h2'))).to.equal(
      `Discussion points (${el.teamResult?.disagreements.length ?? 0})`,
    );
    expect(text(part(root, 'hidden-levels'))).to.equal(
      'Groups of fewer than 3 participants are not shown separately, so that nobody can be recognised. This applies to: frontline (2), organisation (1). Their answers do count in the whole team.',
    );
    expect(bar(part(root, 'discussion'), 'I1').getAttribute('aria-label')).to.equal(
      "Yes 1, partly 1, no 1, don't know 0, not answered 0",
    );
    expect(text(area(root, 'animo').querySelector('h3'))).to.equal('A Enthusiasm : Team: Needs work');
    expect(button(root, 'Add to action plan')).to.not.equal(undefined);
    expect(button(root, 'Download team result (JSON)')).to.not.equal(undefined);
    expect(button(root, 'Clear all')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('works on its own, outside <actie-session>', async () => {
    const el = await fixture<ActieTeamOverviewElement>(
      html`<actie-team-overview storage="none" session-id=${uniqueSessionId('team-alone')}></actie-team-overview>`,
    );
    await imported(el, await sampleFiles());
    const root = el.shadowRoot as ShadowRoot;
    expect(text(part(root, 'participants'))).to.equal('3 deelnemers: 2 uitvoering, 1 organisatie');
    await expect(el).to.be.accessible();
  });

  it('a file of the initiators whose questions could not be downloaded says so and to reload, not that the answers do not fit', async () => {
    const el = await fixture<ActieTeamOverviewElement>(
      html`<actie-team-overview storage="none" session-id=${uniqueSessionId('team-reason')}></actie-team-overview>`,
    );
    await el.updateComplete;
    const [initiator] = await sampleFiles(['initiatiefnemer-1.json']);
    // What aggregate() reports for such a file when the initiators' model cannot be loaded.
    const notLoaded = [{ path: '/model/id', code: 'required' as const, message: 'That model could not be loaded.' }];
    expect(reason(el, notLoaded, initiator?.text)).to.equal(
      'de vragen van ACTIE-check voor initiatiefnemers (actie-initiator) konden niet worden geladen. Laad de pagina opnieuw en probeer het nog eens.',
    );
    // The same code for a file that does not name its model is still a file that does not fit.
    expect(reason(el, notLoaded, '{"format": "actie-session", "model": {}}')).to.equal(
      'de antwoorden passen niet bij de vragen.',
    );
  });
});
