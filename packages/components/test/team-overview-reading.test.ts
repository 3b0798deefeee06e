// <actie-team-overview>: many files from the file input are read a slice at a time, with the
// progress in the status, and combine to the same result as when given at once (issue 10).
import { expect, waitUntil } from '@open-wc/testing';
import { part, sampleFiles, setup, text } from './team-helpers.js';

/** `count` different sessions made from the professional's sample: other answers, another time. */
async function manyFiles(count: number): Promise<File[]> {
  const [sample] = await sampleFiles();
  if (!sample) throw new Error('no sample');
  const values = ['yes', 'partly', 'no', 'dont-know'];
  return Array.from({ length: count }, (_, i) => {
    const session = JSON.parse(sample.text) as { answers: Record<string, string>; createdAt: string; updatedAt: string };
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
    // What the status said and what the list showed, each time the status changed.
    const seen: { status: string; listed: number; withStatus: number }[] = [];
    const observer = new MutationObserver(() => {
      const last = seen[seen.length - 1];
      const now = {
        status: text(status),
        listed: root.querySelectorAll('[part~="file"]').length,
        withStatus: root.querySelectorAll('[part~="file-status"]').length,
      };
      if (now.status !== last?.status) seen.push(now);
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });

    const input = part(root, 'file-input') as HTMLInputElement;
    const chosen = new DataTransfer();
    for (const file of files) chosen.items.add(file);
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.files.length === 45 && !el.reading, 'files not read', { timeout: 30000 });
    await el.settled();
    observer.disconnect();

    // Twenty at a time: each slice is in the list as soon as it is read, without a status until
    // every file is combined; the polite status counts along.
    expect(seen.map((s) => s.status)).to.deep.equal([
      'Bestanden worden gelezen…',
      'Bestanden worden gelezen: 20 van 45…',
      'Bestanden worden gelezen: 40 van 45…',
      'Bestanden worden gelezen: 45 van 45…',
      '45 bestanden ingelezen, 0 niet gebruikt',
    ]);
    expect(seen.slice(1, 4).map((s) => [s.listed, s.withStatus])).to.deep.equal([
      [20, 0],
      [40, 0],
      [45, 0],
    ]);
    expect(status.getAttribute('role')).to.equal('status');
    expect([...root.querySelectorAll('[part~="file-status"]')].map((s) => text(s))).to.deep.equal(Array(45).fill('Gebruikt'));
    expect(text(part(root, 'participants'))).to.equal('45 deelnemers: 45 uitvoering');

    // The same files given at once (addFiles) make the same result, drawn in full.
    const other = await setup();
    await other.el.addFiles(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
    await other.el.settled();
    expect(el.teamResultText()).to.equal(other.el.teamResultText());
    const cards = (r: ShadowRoot): number => r.querySelectorAll('[part~="condition"], [part~="discussion-point"]').length;
    expect(cards(root)).to.be.greaterThan(0);
    expect(cards(root)).to.equal(cards(other.root));
    expect(root.querySelector('[part~="export"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
