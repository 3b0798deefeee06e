import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { discussFirst, localize, openSession } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import type { ActieTeamOverviewElement } from '../src/team-overview.js';
import { reason } from '../src/team/import-section.js';
import { settle, uniqueSessionId } from './helpers.js';
import {
  bar,
  BROKEN,
  button,
  conditionOf,
  fileItem,
  imported,
  openRow,
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

  it('combines the three sample sessions: who took part, "Bespreek eerst" with the reasons, the overview with bars in each opened row', async () => {
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
    expect([...grid.querySelectorAll('thead th')].map((th) => text(th))).to.deep.equal(['Punt', 'Team (3)', 'Verschil']);
    expect(root.querySelector('[part~="levels"]') === null).to.equal(true);

    // "Bespreek eerst" comes first: the points of discussFirst, named as in a single report (by
    // their concern when they need work), each with why in words. Three people never make a strong
    // difference (the smaller side is one person), so these are mild ones.
    const agenda = part(root, 'discuss-first');
    expect(agenda.compareDocumentPosition(part(root, 'grid-section')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const first = discussFirst(team);
    expect(first.length).to.equal(5);
    const items = [...agenda.querySelectorAll<HTMLElement>('[part~="agenda-item"]')];
    expect(items.map((li) => li.dataset['condition'])).to.deep.equal(first.map((p) => p.condition.id));
    const point = first[0]?.condition;
    if (!point) throw new Error('nothing to discuss');
    expect(point.status).to.equal('needs-work');
    const area0 = initiativeModel.areas.find((a) => a.id === point.area);
    expect(text(items[0]?.querySelector('[part~="agenda-title"]'))).to.equal(
      `${area0?.letter ?? ''} ${localize(point.concern, 'nl')}`,
    );
    expect(text(items[0]?.querySelector('[part~="agenda-reason"]'))).to.equal(
      `Team: Vraagt aandacht. Doorslaggevend punt. Eén of enkelen zien het anders: ${point.counts.good} goed, ${point.counts.needsWork} aandacht.`,
    );
    expect(text(part(agenda, 'agenda-button'))).to.equal('Agenda afdrukken');

    // I1, by hand from the files: professional "no", manager "yes", civil servant "partly": one
    // sees it going well, two do not. A mild difference; its row opens on its name.
    const i1Row = grid.ownerDocument && root.querySelector<HTMLElement>('[part~="grid"] [data-condition="I1"]');
    if (!i1Row) throw new Error('no row for I1');
    expect([...i1Row.querySelectorAll('tr:first-child td')].map((td) => text(td))).to.deep.equal(['! aandacht', 'licht']);
    expect(i1Row.querySelector('[data-question]') === null, 'closed by default').to.equal(true);
    const i1 = bar(await openRow(el, root, 'I1'), 'I1');
    expect(i1.getAttribute('aria-label')).to.equal('Ja 1, deels 1, nee 1, weet ik niet 0, niet beantwoord 0');
    // The same numbers as visible text next to the bar, and the question by its wording, no code.
    expect(text(i1Row.querySelector('[data-question="I1"] [part~="distribution-counts"]'))).to.equal(
      'Ja 1, deels 1, nee 1, weet ik niet 0, niet beantwoord 0',
    );
    const i1Text = initiativeModel.areas.flatMap((a) => a.questions).find((q) => q.id === 'I1')?.text;
    expect(text(i1Row.querySelector('[part~="question-text"]'))).to.equal(`${localize(i1Text, 'nl')} Licht verschil`);
    // The point named by its concern, as in a single report.
    expect(text(i1Row.querySelector('[part~="point-name"]'))).to.equal(
      localize(initiativeModel.conditions.find((c) => c.id === 'I1')?.concern, 'nl'),
    );
    // One segment per given answer, each with its own pattern defined in this element.
    const segments = [...i1.querySelectorAll('rect.bar__segment')];
    expect(
      segments.every((rect) => rect instanceof SVGRectElement),
      'SVG rectangles, not HTML elements of that name',
    ).to.equal(true);
    expect(segments.map((s) => s.getAttribute('data-answer'))).to.deep.equal(['yes', 'partly', 'no']);
    for (const rect of i1.querySelectorAll('rect.bar__segment[fill]')) {
      const id = /^url\(#(.+)\)$/.exec(rect.getAttribute('fill') ?? '')?.[1] ?? '';
      expect(root.getElementById(id)?.tagName).to.equal('pattern');
    }
    // Equal counts, equal widths.
    const widths = segments.map((s) => Number(s.getAttribute('width')));
    expect(widths[0]).to.be.closeTo(widths[1] ?? 0, 0.001);

    // C5, by hand: professional "no", manager "don't know", civil servant left it open.
    const c5 = bar(await openRow(el, root, conditionOf(el, 'C5')), 'C5');
    expect(c5.getAttribute('aria-label')).to.equal('Ja 0, deels 0, nee 1, weet ik niet 1, niet beantwoord 1');
    expect([...c5.querySelectorAll('rect.bar__segment')].map((s) => s.getAttribute('data-answer'))).to.deep.equal([
      'no',
      'dont-know',
      'unanswered',
    ]);

    // Per area a table, with letter, title and team status in its caption, and a row per point.
    const animo = root.querySelector<HTMLTableElement>('table[part~="grid"][data-area="animo"]');
    expect(text(animo?.querySelector('caption'))).to.equal('A Animo Team: Vraagt aandacht');
    expect(animo?.querySelectorAll('[part~="condition"]')).to.have.length(
      team.conditions.filter((c) => c.area === 'animo').length,
    );
    // A5, by hand: professional "partly", manager "yes", civil servant "no": two of three need work.
    const a5Row = root.querySelector('[part~="grid"] [data-condition="A5"] tr');
    expect([...(a5Row?.querySelectorAll('td') ?? [])].map((td) => text(td))).to.deep.equal(['! aandacht', 'licht']);

    // Where the questions come from.
    expect(text(part(root, 'attribution'))).to.contain('Bas Denters, Evelien Tonkens, Imrat Verhoeven en Judith Bakker');

    // No question code anywhere on screen.
    const codes = initiativeModel.areas.flatMap((a) => a.questions.map((q) => q.id));
    expect(codes.filter((id) => new RegExp(`\\b${id}\\b`).test(text(root)))).to.deep.equal([]);
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
    expect(root.querySelectorAll('[part~="agenda-item"]').length).to.be.greaterThan(0);
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
    // I1 without the manager's "yes": "deels" and "nee", both unfavourable: no difference any more.
    expect(bar(await openRow(el, root, 'I1'), 'I1').getAttribute('aria-label')).to.equal(
      'Ja 0, deels 1, nee 1, weet ik niet 0, niet beantwoord 0',
    );
    expect(text(root.querySelector('[part~="grid"] [data-condition="I1"] [data-strength]'))).to.equal('geen');
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
    // One participant is not a team yet.
    expect(text(part(root, 'one-file'))).to.equal(
      'Er is één bestand ingelezen. Voeg de bestanden van de anderen toe om de antwoorden te vergelijken.',
    );
    expect(root.querySelector('[part~="grid"]')).to.equal(null);
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
    // How many questions to answer again: what the migration to the current questions says.
    const opened = openSession(initiativeModel, old);
    if (!opened.ok || !opened.value.migration) throw new Error('not carried over');
    const reanswer = opened.value.migration.reanswer.length;
    expect(reanswer).to.be.greaterThan(0);
    await imported(el, [...(await sampleFiles()), { name: 'oud.json', text: old }]);
    expect(el.teamResult?.participants).to.equal(4);
    expect(text(part(root, 'import-status'))).to.equal('4 bestanden ingelezen, 0 niet gebruikt');
    const item = fileItem(root, 'oud.json');
    expect(text(item.querySelector('[part~="file-status"]'))).to.equal('Gebruikt');
    expect(text(item.querySelector('[part~="file-migrated"]'))).to.equal(
      `Ingevuld met versie 1.0 van de vragen en omgezet naar de nieuwe versie. Antwoorden op ${reanswer} nieuwe of veranderde vragen tellen als niet beantwoord.`,
    );
    expect(fileItem(root, 'ambtenaar.json').querySelector('[part~="file-migrated"]') === null).to.equal(true);
    // The saved team result names the carried-over file, as the text above its download button says.
    expect(el.teamResultText()).to.contain('"oud.json"');
    expect(text(part(root, 'export'))).to.contain('is overgezet van een oudere versie van de vragen');
    await expect(el).to.be.accessible();
  });

  it('puts a team condition on the shared action plan and fires actie-plan-change', async () => {
    const { session, el, store, root } = await setup();
    await imported(el, await sampleFiles());
    const team = el.teamResult;
    const first = team ? discussFirst(team)[0]?.condition : undefined;
    if (!team || !first) throw new Error('no point to discuss first');
    expect(first.status).to.equal('needs-work');

    // From "Bespreek eerst".
    const point = root.querySelector<HTMLElement>(`[part~="agenda-item"][data-condition="${first.id}"]`);
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
    // The same condition's row in the overview shows it too, once opened.
    expect(text((await openRow(el, root, first.id)).querySelector('[part~="on-plan"]'))).to.equal('Staat op het actieplan');
    await waitUntil(() => text(part(root, 'live')).startsWith('Toegevoegd aan het actieplan'));

    // The action plan in the same session shows the agreement.
    const plan = session.querySelector('actie-action-plan');
    await elementUpdated(plan as HTMLElement);
    expect(plan?.shadowRoot?.textContent ?? '').to.contain(action);
    await expect(el).to.be.accessible();

    // A disagreement whose team status is good gets the condition's own agreement text.
    const goodButDivided = team.conditions.find((c) => c.status === 'good' && c.disagreement && c.id !== first.id);
    if (!goodButDivided) throw new Error('no good condition with a disagreement');
    button(await openRow(el, root, goodButDivided.id), 'Zet op actieplan')?.click();
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
    expect((await openRow(el, root, goodAgreed.id)).querySelector('button[part~="add-button"]')).to.equal(null);
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
    expect(text(part(root, 'discuss-first').querySelector('h2'))).to.equal('Discuss first');
    expect(text(part(root, 'agenda-button'))).to.equal('Print the agenda');
    expect(text(part(root, 'hidden-levels'))).to.equal(
      'Groups of fewer than 3 participants are not shown separately, so that nobody can be recognised. This applies to: frontline (2), organisation (1). Their answers do count in the whole team.',
    );
    expect(bar(await openRow(el, root, 'I1'), 'I1').getAttribute('aria-label')).to.equal(
      "Yes 1, partly 1, no 1, don't know 0, not answered 0",
    );
    expect(text(root.querySelector('table[part~="grid"][data-area="animo"] caption'))).to.equal('A Enthusiasm Team: Needs work');
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
