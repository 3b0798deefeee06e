// <actie-team-overview>: the initiators' view, strong and mild differences, small groups kept
// anonymous, and sessions of another model refused (issue 10).
import { elementUpdated, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localize } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import { initiatorModel } from '@actie/rules/models/initiator';
import { organisationModel } from '@actie/rules/models/organisation';
import {
  ALL_NAMES,
  conditionOf,
  fileItem,
  imported,
  levelStatus,
  openRow,
  part,
  sampleFiles,
  setup,
  TEAM_NAMES,
  text,
} from './team-helpers.js';

describe('<actie-team-overview> groups and differences', function () {
  // axe checks the whole team result (several thousand nodes) more than once per test.
  this.timeout(60000);

  it('shows the initiators as their own group next to the team, with the views that differ marked', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles(ALL_NAMES));
    const team = el.teamResult;
    const view = team?.views.find((v) => v.model.id === initiatorModel.id);
    if (!team || !view) throw new Error('no initiators');

    // Four of the team (three frontline, one manager); the initiators are counted apart.
    expect(team.participants).to.equal(4);
    expect(text(part(root, 'participants'))).to.equal('4 deelnemers: 3 uitvoering, 1 organisatie');
    expect(text(part(root, 'companion-count'))).to.equal('Apart daarvan: 3 initiatiefnemers.');
    // Three frontline could be shown, but then the one manager is the difference: no level shown.
    expect(part(root, 'hidden-levels').dataset['reason']).to.equal('difference');
    expect(text(part(root, 'hidden-levels'))).to.equal(
      'Groepen van minder dan 3 deelnemers tonen we niet apart, zodat niemand herkenbaar is. Dat geldt voor: organisatie (1). Hun antwoorden tellen wel mee in het hele team. Daarom tonen we geen enkel niveau apart: anders kunt u de antwoorden van die paar deelnemers afleiden uit het verschil met het hele team.',
    );

    // The grid: the whole team and the initiators as columns.
    const grids = [...root.querySelectorAll<HTMLTableElement>('table[part~="grid"]')];
    expect(grids.map((g) => g.dataset['area'])).to.deep.equal(initiativeModel.areas.map((a) => a.id));
    expect([...(grids[0]?.querySelectorAll('thead th') ?? [])].map((th) => text(th))).to.deep.equal([
      'Punt',
      'Team (4)',
      'Initiatiefnemers (3)',
      'Verschil',
    ]);
    expect(text(grids[0]?.querySelector('caption'))).to.equal('A Animo Team: Vraagt aandacht');
    // Their view comes right after "Bespreek eerst", before the overview.
    const companion = part(root, 'companion');
    expect(part(root, 'discuss-first').nextElementSibling).to.equal(companion);

    // The comparison: one row per pair of corresponding questions, the differing ones marked in text.
    const differing = view.comparison.filter((pair) => pair.differs).map((pair) => pair.team.question);
    expect(differing.length).to.be.greaterThan(0);
    expect(text(companion.querySelector('h2'))).to.equal('Zo zien de initiatiefnemers het (3)');
    expect(text(part(companion, 'companion-summary'))).to.equal(
      `Op ${differing.length} van de ${view.comparison.length} vragen zien de initiatiefnemers het anders dan het team.`,
    );
    // The pairs that differ in the table, the others in a disclosure below it; each in the team's order.
    const rows = [...companion.querySelectorAll<HTMLElement>('tbody tr')];
    const same = view.comparison.filter((pair) => !pair.differs).map((pair) => pair.team.question);
    expect(rows.map((r) => r.dataset['question'])).to.deep.equal([...differing, ...same]);
    expect(part(companion, 'companion-same').querySelectorAll('tbody tr')).to.have.length(same.length);
    for (const row of rows) {
      const differs = differing.includes(row.dataset['question'] ?? '');
      expect(text(row.querySelector('td:last-child')), row.dataset['question']).to.equal(
        differs ? 'Beelden verschillen' : 'Zelfde beeld',
      );
    }
    // The initiators' own question is named next to the team's.
    const firstPair = view.comparison.find((pair) => pair.differs);
    const theirQuestion = initiatorModel.areas.flatMap((a) => a.questions).find((q) => q.id === firstPair?.other.question);
    expect(text(rows[0])).to.contain(`Aan de initiatiefnemers gevraagd: ${localize(theirQuestion?.text, 'nl')}`);
    // In the grid, the condition of a differing question says so in text.
    const differingCondition = conditionOf(el, differing[0] ?? '');
    expect(text(root.querySelector(`table[part~="grid"] [data-condition="${differingCondition}"] [data-differs]`))).to.equal(
      '≠: ziet het anders dan het team',
    );

    // What the initiators wrote, and what the team wrote, per area, as text.
    expect(text(companion.querySelector('h3'))).to.equal('Wat de initiatiefnemers schreven');
    expect(text(part(companion, 'companion-reflections'))).to.contain('We zoeken nog twee vrijwilligers voor de zaterdag.');
    const reflections = part(root, 'reflections');
    expect(text(reflections.querySelector('dt[data-area="animo"]'))).to.equal('A Animo');
    expect(text(reflections)).to.contain('De groep is enthousiast, maar het hangt aan twee mensen.');
    expect(text(reflections)).to.not.contain('vrijwilligers');
    await expect(el).to.be.accessible();
  });

  it('filters and sorts by strong and mild difference, with the keyboard, right above the overview it changes', async () => {
    const { el, root } = await setup();
    // Four of the team: with three, the smaller side is always one person and no difference is strong.
    await imported(el, await sampleFiles(TEAM_NAMES));
    const team = el.teamResult;
    if (!team) throw new Error('no team result');
    const strong = team.conditions.filter((c) => c.disagreementLevel === 'strong').map((c) => c.id);
    const mild = team.conditions.filter((c) => c.disagreementLevel === 'mild').map((c) => c.id);
    const none = team.conditions.filter((c) => !c.disagreement).map((c) => c.id);
    // Two against two is strong; one against three is not: a few strong ones, many mild ones.
    expect(strong.length).to.be.greaterThan(0);
    expect(strong.length).to.be.lessThan(mild.length);
    for (const id of strong) {
      const c = team.conditions.find((x) => x.id === id);
      expect(Math.min(c?.counts.good ?? 0, c?.counts.needsWork ?? 0), id).to.be.at.least(2);
    }

    // The filter is right above the tables it changes.
    const filters = part(root, 'filters');
    expect(filters.nextElementSibling?.classList.contains('grid-tables')).to.equal(true);
    const radios = [...part(root, 'filter').querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => text(r.closest('label')))).to.deep.equal([
      `Alle punten (${team.conditions.length})`,
      `Sterk verschil (${strong.length})`,
      `Licht verschil (${mild.length})`,
      `Geen verschil (${none.length})`,
    ]);
    const shown = (): string[] =>
      [...root.querySelectorAll<HTMLElement>('table[part~="grid"] [part~="condition"]')].map((c) => c.dataset['condition'] ?? '');
    expect(shown()).to.have.length(team.conditions.length);

    // Keyboard: focus the first radio and move with the arrow key to "strong".
    radios[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(radios[1]?.checked).to.equal(true);
    expect(shown().sort()).to.deep.equal([...strong].sort());
    expect(text(part(root, 'filter-status'))).to.equal(`${strong.length} punten getoond.`);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(radios[2]?.checked).to.equal(true);
    expect(shown().sort()).to.deep.equal([...mild].sort());

    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(shown().sort()).to.deep.equal([...none].sort());
    // Rows start closed; Enter on the name opens one, Space closes it.
    const row = root.querySelector<HTMLElement>(`[part~="grid"] [data-condition="${none[0] ?? ''}"]`);
    const toggle = row?.querySelector<HTMLButtonElement>('button[aria-expanded]');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(row?.querySelector('[part~="question"]') === null).to.equal(true);
    toggle?.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(row?.querySelector('[part~="question"]') === null).to.equal(false);
    await sendKeys({ press: ' ' });
    await elementUpdated(el);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    // All again, sorted by strength: in each area the strong ones first, then mild, then none.
    radios[0]?.click();
    const sort = part(root, 'sort') as HTMLSelectElement;
    sort.value = 'strength';
    sort.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    const rank = (id: string): number => (strong.includes(id) ? 0 : mild.includes(id) ? 1 : 2);
    for (const a of initiativeModel.areas) {
      const ids = [...root.querySelectorAll<HTMLElement>(`table[data-area="${a.id}"] [part~="condition"]`)].map(
        (c) => c.dataset['condition'] ?? '',
      );
      const ranks = ids.map(rank);
      expect(ranks, a.id).to.deep.equal([...ranks].sort((x, y) => x - y));
    }
  });

  it('counts two initiators apart but shows neither their answers nor what they wrote: fewer than three', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles([...TEAM_NAMES, 'initiatiefnemer-1.json', 'initiatiefnemer-2.json']));
    expect(text(part(root, 'companion-count'))).to.equal('Apart daarvan: 2 initiatiefnemers.');
    expect(text(part(root, 'companion-hidden'))).to.equal(
      'Aantal initiatiefnemers: 2. Hun antwoorden tonen we pas vanaf 3 deelnemers, zodat niemand herkenbaar is.',
    );
    expect(root.querySelector('th[data-group="actie-initiator"]')).to.equal(null);
    expect(root.querySelector('[part~="comparison"]')).to.equal(null);
    expect(text(root)).to.not.contain('Elke keer een ander aan de telefoon');
    await expect(el).to.be.accessible();
  });

  it('shows levels only from min-group-size, and shows an error for a bad value', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles());
    expect(root.querySelector('th[data-group="frontline"]') === null).to.equal(true);

    // With groups from 1 participant, both levels are shown, in the grid and per condition.
    el.setAttribute('min-group-size', '1');
    await el.settled();
    await elementUpdated(el);
    const team = el.teamResult;
    expect(team?.minGroupSize).to.equal(1);
    expect(text(root.querySelector('th[data-group="frontline"]'))).to.equal('uitvoering (2)');
    expect(text(root.querySelector('th[data-group="organisation"]'))).to.equal('organisatie (1)');
    expect(part(root, 'hidden-levels').dataset['reason']).to.equal('none');
    expect(text(part(root, 'hidden-levels'))).to.equal(
      'Een groep tonen we apart vanaf 1 deelnemers, zodat niemand herkenbaar is.',
    );
    const first = team?.disagreements[0];
    const point = await openRow(el, root, first?.id ?? '');
    expect(text(point.querySelector('[part~="levels"]'))).to.equal(
      `Per niveau: uitvoering ${levelStatus(team?.byLevel.frontline?.conditions, first?.id ?? '')}, organisatie ${levelStatus(team?.byLevel.organisation?.conditions, first?.id ?? '')}.`,
    );
    expect(root.querySelector('[part~="option-error"]') === null).to.equal(true);

    // A bad value: a visible error, and the default (3) is used.
    el.setAttribute('min-group-size', 'twee');
    await el.settled();
    await elementUpdated(el);
    const error = part(root, 'option-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal(
      'De instelling min-group-size moet een heel getal van 1 tot en met 100 zijn. Nu is het ‘twee’. Daarom gebruiken we de standaard: 3.',
    );
    expect(el.teamResult?.minGroupSize).to.equal(3);
    expect(root.querySelector('th[data-group="frontline"]') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses a session of the organisation scan with a message naming the file and the model', async () => {
    const { el, root } = await setup();
    const [professional] = await sampleFiles();
    const session = JSON.parse(professional?.text ?? '{}') as { model: { id: string; version: string } };
    session.model = { id: organisationModel.id, version: organisationModel.version };
    await imported(el, [...(await sampleFiles()), { name: 'beleid.json', text: JSON.stringify(session) }]);
    expect(el.teamResult?.participants).to.equal(3);
    const expected =
      'de antwoorden horen bij andere vragen: ACTIE-scan van de organisatie (actie-organisation). Die tellen we niet samen met deze vragen. Bekijk dat bestand apart.';
    expect(text(part(root, 'error-summary').querySelector('li[data-source="beleid.json"]'))).to.equal(`beleid.json: ${expected}`);
    expect(text(fileItem(root, 'beleid.json').querySelector('[part~="file-status"]'))).to.equal(`Niet gebruikt: ${expected}`);
    await expect(el).to.be.accessible();
  });
  it("with only the initiators' files, says the team's files are needed instead of 'none could be used'", async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles(['initiatiefnemer-1.json', 'initiatiefnemer-2.json']));
    expect(el.teamResult?.participants).to.equal(0);
    expect(el.teamResult?.rejected).to.deep.equal([]);
    expect(text(part(root, 'none-used'))).to.equal(
      'Er zijn alleen antwoorden van initiatiefnemers (2). Die komen naast de antwoorden van het team te staan. Lees ook de bestanden van het team in.',
    );
    await expect(el).to.be.accessible();
    // The check can fail: with the team's files as well, the result is shown and the message goes.
    await imported(el, await sampleFiles());
    expect(el.teamResult?.participants).to.equal(3);
    expect(root.querySelector('[part~="none-used"]')).to.equal(null);
  });
});
