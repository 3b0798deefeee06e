// <actie-team-overview>: the initiators' view, strong and mild differences, small groups kept
// anonymous, and sessions of another model refused (issue 10).
import { elementUpdated, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localize } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import { initiatorModel } from '@actie/rules/models/initiator';
import { organisationModel } from '@actie/rules/models/organisation';
import { area, conditionOf, fileItem, imported, levelStatus, part, sampleFiles, setup, SIX_NAMES, text } from './team-helpers.js';

describe('<actie-team-overview> groups and differences', function () {
  // axe checks the whole team result (several thousand nodes) more than once per test.
  this.timeout(60000);

  it('shows the initiators as their own group next to the team, with the views that differ marked', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles(SIX_NAMES));
    const team = el.teamResult;
    const view = team?.views.find((v) => v.model.id === initiatorModel.id);
    if (!team || !view) throw new Error('no initiators');

    // Four of the team (three frontline, one manager); the initiators are counted apart.
    expect(team.participants).to.equal(4);
    expect(text(part(root, 'participants'))).to.equal('4 deelnemers: 3 uitvoering, 1 organisatie');
    expect(text(part(root, 'companion-count'))).to.equal('Apart daarvan: 2 initiatiefnemers.');
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
      'Hele team (4)',
      'Initiatiefnemers (2)',
      'Verschil in team',
    ]);
    expect(text(grids[0]?.querySelector('caption'))).to.equal('A Animo Team: Vraagt aandacht');

    // The comparison: one row per pair of corresponding questions, the differing ones marked in text.
    const differing = view.comparison.filter((pair) => pair.differs).map((pair) => pair.team.question);
    expect(differing.length).to.be.greaterThan(0);
    const companion = part(root, 'companion');
    expect(text(companion.querySelector('h2'))).to.equal('Zo zien de initiatiefnemers het (2)');
    expect(text(part(companion, 'companion-summary'))).to.equal(
      `Op ${differing.length} van de ${view.comparison.length} vragen zien de initiatiefnemers het anders dan het team.`,
    );
    const rows = [...companion.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((r) => r.dataset['question'])).to.deep.equal(view.comparison.map((pair) => pair.team.question));
    for (const row of rows) {
      const differs = differing.includes(row.dataset['question'] ?? '');
      expect(text(row.querySelector('td:last-child')), row.dataset['question']).to.equal(
        differs ? 'Beelden verschillen' : 'Zelfde beeld',
      );
    }
    // The initiators' own question is named next to the team's.
    const firstPair = view.comparison[0];
    const theirQuestion = initiatorModel.areas.flatMap((a) => a.questions).find((q) => q.id === firstPair?.other.question);
    expect(text(rows[0])).to.contain(`Aan de initiatiefnemers gevraagd: ${localize(theirQuestion?.text, 'nl')}`);
    // In the grid, the condition of a differing question says so in text.
    const differingCondition = conditionOf(el, differing[0] ?? '');
    expect(text(root.querySelector(`table[part~="grid"] tr[data-condition="${differingCondition}"]`))).to.contain('≠ team');

    // What the initiators wrote, and what the team wrote, per area, as text.
    expect(text(companion.querySelector('h3'))).to.equal('Wat de initiatiefnemers schreven');
    expect(text(part(companion, 'companion-reflections'))).to.contain('We zoeken nog twee vrijwilligers voor de zaterdag.');
    const reflections = part(root, 'reflections');
    expect(text(reflections.querySelector('dt[data-area="animo"]'))).to.equal('A Animo');
    expect(text(reflections)).to.contain('De groep is enthousiast, maar het hangt aan twee mensen.');
    expect(text(reflections)).to.not.contain('vrijwilligers');
    await expect(el).to.be.accessible();
  });

  it('filters and sorts by strong and mild difference, with the keyboard', async () => {
    const { el, root } = await setup();
    await imported(el, await sampleFiles());
    const team = el.teamResult;
    if (!team) throw new Error('no team result');
    const strong = team.conditions.filter((c) => c.disagreementLevel === 'strong').map((c) => c.id);
    const mild = team.conditions.filter((c) => c.disagreementLevel === 'mild').map((c) => c.id);
    const none = team.conditions.filter((c) => !c.disagreement).map((c) => c.id);
    expect(strong.length).to.be.greaterThan(0);
    expect(mild.length).to.be.greaterThan(0);

    // The counts in the headings and on the filter.
    const discussion = part(root, 'discussion');
    expect([...discussion.querySelectorAll('h3')].map((h) => text(h))).to.deep.equal([
      `Sterk verschil: de een zegt ja, de ander nee (${strong.length})`,
      `Licht verschil: ja tegenover deels (${mild.length})`,
    ]);
    const radios = [...part(root, 'filter').querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => text(r.closest('label')))).to.deep.equal([
      `Alle punten (${team.conditions.length})`,
      `Sterk verschil (${strong.length})`,
      `Licht verschil (${mild.length})`,
      `Geen verschil (${none.length})`,
    ]);
    const shownInAreas = (): string[] =>
      [...root.querySelectorAll<HTMLElement>('section[data-area] [part~="condition"]')].map((c) => c.dataset['condition'] ?? '');
    const shownInDiscussion = (): string[] =>
      [...discussion.querySelectorAll<HTMLElement>('[part~="discussion-point"]')].map((c) => c.dataset['condition'] ?? '');
    expect(shownInAreas()).to.have.length(team.conditions.length);

    // Keyboard: focus the first radio and move with the arrow key to "strong".
    radios[0]?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(radios[1]?.checked).to.equal(true);
    expect(shownInAreas().sort()).to.deep.equal([...strong].sort());
    expect(shownInDiscussion()).to.deep.equal(
      team.disagreements.filter((c) => c.disagreementLevel === 'strong').map((c) => c.id),
    );
    expect(text(part(root, 'filter-status'))).to.equal(`${strong.length} punten getoond.`);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(radios[2]?.checked).to.equal(true);
    expect(shownInAreas().sort()).to.deep.equal([...mild].sort());
    expect(shownInDiscussion()).to.deep.equal(team.disagreements.filter((c) => c.disagreementLevel === 'mild').map((c) => c.id));

    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(shownInAreas().sort()).to.deep.equal([...none].sort());
    expect(shownInDiscussion()).to.deep.equal([]);
    expect(text(discussion)).to.contain('Bij deze keuze zijn er hier geen punten.');
    // Cards without a difference start closed; Enter on the title opens one.
    const card = root.querySelector<HTMLElement>(`section[data-area] [data-condition="${none[0] ?? ''}"]`);
    const toggle = card?.querySelector<HTMLButtonElement>('button[aria-expanded]');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    expect(card?.querySelector('[part~="question"]') === null).to.equal(true);
    toggle?.focus();
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(card?.querySelector('[part~="question"]') === null).to.equal(false);
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
      const ids = [...area(root, a.id).querySelectorAll<HTMLElement>('[part~="condition"]')].map(
        (c) => c.dataset['condition'] ?? '',
      );
      const ranks = ids.map(rank);
      expect(ranks, a.id).to.deep.equal([...ranks].sort((x, y) => x - y));
    }
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
    const point = root.querySelector(`[part~="discussion"] [data-condition="${first?.id ?? ''}"]`);
    expect(text(point?.querySelector('[part~="levels"]'))).to.equal(
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
