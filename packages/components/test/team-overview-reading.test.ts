// <actie-team-overview>: many files from the file input are read a slice at a time, with a
// progress bar (shown, not announced), and combine to the same result as when given at once (issue 10).
import { expect, waitUntil } from '@open-wc/testing';
import { part, sampleFiles, setup, text } from './team-helpers.js';

/** `count` different sessions made from the professional's sample: other answers, another time. */
async function manyFiles(count: number): Promise<File[]> {
  const [sample] = await sampleFiles();
  if (!sample) throw new Error('no sample');
  const values = ['yes', 'partly', 'no', 'dont-know'];
  return Array.from({ length: count }, (_, i) => {
    const session = JSON.parse(sample.text) as {
      id: string;
      answers: Record<string, string>;
      createdAt: string;
      updatedAt: string;
    };
    // Each a session of its own (the same id would count once).
    session.id = (i + 1).toString(16).padStart(32, '0');
    Object.keys(session.answers).forEach((id, q) => (session.answers[id] = values[(i + q) % 4] ?? 'yes'));
    session.createdAt = session.updatedAt = new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString();
    return new File([JSON.stringify(session)], `deelnemer-${i + 1}.json`, { type: 'application/json' });
  });
}

describe('<actie-team-overview> reading many files', function () {
  // 45 files, and axe over the whole result.
  this.timeout(60000);

  it('says how many of the files are read while the list grows, then combines them all as given at once', async () => {
    const { el, root } = await setup();
    const files = await manyFiles(45);
    const status = part(root, 'import-status');
    // What the status, the progress and the list showed, each time one of the first two changed.
    const seen: { status: string; progress: string; listed: number; withStatus: number }[] = [];
    const observer = new MutationObserver(() => {
      const last = seen[seen.length - 1];
      const progress = root.querySelector('[part~="import-progress"]');
      const now = {
        status: text(status),
        progress: progress
          ? `${text(progress)} [${progress.querySelector('progress')?.value ?? '?'}/${progress.querySelector('progress')?.max ?? '?'}]`
          : '',
        listed: root.querySelectorAll('[part~="file"]').length,
        withStatus: root.querySelectorAll('[part~="file-status"]').length,
      };
      if (now.status !== last?.status || now.progress !== last.progress) seen.push(now);
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true });

    const input = part(root, 'file-input') as HTMLInputElement;
    const chosen = new DataTransfer();
    for (const file of files) chosen.items.add(file);
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.files.length === 45 && !el.reading, 'files not read', { timeout: 30000 });
    await el.settled();
    observer.disconnect();

    // Twenty at a time: each slice is in the list as soon as it is read, without a status until
    // every file is combined; the progress bar counts along, the polite status speaks twice only.
    expect(seen.map((s) => s.status).filter((t, i, all) => t !== all[i - 1])).to.deep.equal([
      'Bestanden worden gelezen…',
      '45 bestanden ingelezen, 0 niet gebruikt',
    ]);
    const progress = seen.map((s) => s.progress).filter((p, i, all) => p && p !== all[i - 1]);
    expect(progress).to.deep.equal([
      'Gelezen: 20 van 45 bestanden [20/45]',
      'Gelezen: 40 van 45 bestanden [40/45]',
      'Gelezen: 45 van 45 bestanden [45/45]',
    ]);
    expect(seen.filter((s) => s.progress).map((s) => [s.listed, s.withStatus])[0]).to.deep.equal([20, 0]);
    expect(root.querySelector('[part~="import-progress"]'), 'gone once read').to.equal(null);
    expect(status.getAttribute('role')).to.equal('status');
    expect([...root.querySelectorAll('[part~="file-status"]')].map((s) => text(s))).to.deep.equal(Array(45).fill('Gebruikt'));
    expect(text(part(root, 'participants'))).to.equal('45 deelnemers: 45 uitvoering');

    // The same files given at once (addFiles) make the same result, drawn in full.
    const other = await setup();
    await other.el.addFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
    await other.el.settled();
    expect(el.teamResultText()).to.equal(other.el.teamResultText());
    const cards = (r: ShadowRoot): number => r.querySelectorAll('[part~="condition"], [part~="agenda-item"]').length;
    expect(cards(root)).to.be.greaterThan(0);
    expect(cards(root)).to.equal(cards(other.root));
    expect(root.querySelector('[part~="export"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
