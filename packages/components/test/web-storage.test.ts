import { expect } from '@open-wc/testing';
import { readMigrationNotice, readStoredState } from '../src/session/read-stored.js';
import { storedText } from '../src/session/stored-state.js';
import type { SessionFile } from '@actie/rules';
import { SessionPersistence } from '../src/session/persistence.js';
import { SessionSlot } from '../src/session/web-storage.js';
import { uniqueSessionId } from './helpers.js';

/** A Web Storage in memory that can be made full (every write of a new value throws, as a full quota does). */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}

describe('the Web Storage adapter (SessionSlot)', () => {
  it('sets a save aside under its own key and takes it from the session key', () => {
    const storage = new MemoryStorage();
    const slot = new SessionSlot(storage, 'wijk');
    slot.write('damaged');
    const placed = slot.setAside('damaged', 'corrupt', '2026-03-02T09:00:00.000Z');
    expect(placed).to.deep.equal({ key: 'actie:wijk:set-aside:corrupt:2026-03-02T09:00:00.000Z', keptInPlace: false });
    expect(storage.getItem('actie:wijk')).to.equal(null);
    expect(storage.getItem(placed.key)).to.equal('damaged');
  });

  it('leaves a save in place when the storage is full, and says so', () => {
    const storage = new MemoryStorage();
    const slot = new SessionSlot(storage, 'wijk');
    slot.write('damaged');
    storage.full = true;
    expect(slot.setAside('damaged', 'format', '2026-03-02T09:00:00.000Z')).to.deep.equal({
      key: 'actie:wijk',
      keptInPlace: true,
    });
    expect(storage.getItem('actie:wijk'), 'nothing is lost').to.equal('damaged');
  });

  it('finds saves set aside earlier: one per text, with the reason from the key', () => {
    const storage = new MemoryStorage();
    storage.setItem('actie:wijk:set-aside:model-mismatch:2026-03-01T10:00:00.000Z', 'a');
    storage.setItem('actie:wijk:set-aside:corrupt:2026-03-01T11:00:00.000Z', 'a'); // a copy from another tab
    storage.setItem('actie:wijk:set-aside:something-else:2026-03-01T12:00:00.000Z', 'b');
    storage.setItem('actie:other:set-aside:corrupt:2026-03-01T12:00:00.000Z', 'c');
    const found = new SessionSlot(storage, 'wijk').findSetAside();
    expect(found.map((s) => [s.raw, s.code, s.at])).to.deep.equal([
      ['a', 'corrupt', '2026-03-01T11:00:00.000Z'],
      ['b', 'corrupt', '2026-03-01T12:00:00.000Z'],
    ]);
  });

  it('removes every copy of a set-aside save, and nothing else', () => {
    const storage = new MemoryStorage();
    storage.setItem('actie:wijk:set-aside:corrupt:1', 'a');
    storage.setItem('actie:wijk:set-aside:corrupt:2', 'a');
    storage.setItem('actie:wijk:set-aside:corrupt:3', 'b');
    storage.setItem('actie:wijk', 'session');
    new SessionSlot(storage, 'wijk').removeSetAside('actie:wijk:set-aside:corrupt:1', 'a');
    expect([...Array(storage.length).keys()].map((i) => storage.key(i)).sort()).to.deep.equal([
      'actie:wijk',
      'actie:wijk:set-aside:corrupt:3',
    ]);
  });
});

describe('the stored value (stored-state)', () => {
  it('reads back what it writes, and tells damaged text from another format', () => {
    const session = { format: 'actie-session', formatVersion: 2 } as unknown as Parameters<typeof storedText>[0];
    const text = storedText(session, 'animo', undefined);
    expect(JSON.parse(text)).to.deep.equal({ format: 'actie-store', formatVersion: 1, session, ui: { step: 'animo' } });
    expect(readStoredState(text)).to.deep.equal({ ok: true, session, step: 'animo', page: 0, migration: undefined });
    // The page within the step is kept when it is not the first; a page that is no page reads as the first.
    const onPage = storedText(session, 'animo', undefined, 2);
    expect(JSON.parse(onPage).ui).to.deep.equal({ step: 'animo', page: 2 });
    expect(readStoredState(onPage)).to.deep.equal({ ok: true, session, step: 'animo', page: 2, migration: undefined });
    for (const page of [-1, 1.5, '2', 5000]) {
      const odd = JSON.stringify({ format: 'actie-store', formatVersion: 1, session, ui: { step: 'animo', page } });
      expect(readStoredState(odd).ok && readStoredState(odd)).to.include({ step: 'animo', page: 0 });
    }
    expect(readStoredState('{"format":"actie-store", broken')).to.deep.equal({ ok: false, code: 'corrupt' });
    expect(readStoredState('{"format":"actie-store","formatVersion":2}')).to.deep.equal({ ok: false, code: 'format' });
    expect(readStoredState('null')).to.deep.equal({ ok: false, code: 'format' });
  });

  it('keeps a migration notice read back only when it has the right shape', () => {
    const notice = {
      from: '2.0',
      to: '3.0',
      carried: 3,
      reanswer: ['A1'],
      removed: ['A7'],
      removedTexts: { A7: { nl: 'Een oude vraag?', en: 'An old question?' } },
      openIntake: ['goal'],
      removedIntake: [{ question: 'respondent', value: 'initiator' }],
    };
    expect(readMigrationNotice(notice)).to.deep.equal(notice);
    // Saved before the texts and the intake were kept: read with none.
    const older = { from: '1.0', to: '2.0', carried: 3, reanswer: ['A1'], removed: ['A7'] };
    expect(readMigrationNotice(older)).to.deep.equal({ ...older, removedTexts: {}, openIntake: [], removedIntake: [] });
    // What does not have the shape is left out, not kept.
    expect(
      readMigrationNotice({
        ...notice,
        removedTexts: { A7: 'text', B1: { nl: 'not removed' } },
        removedIntake: [{ question: 1 }],
      }),
    ).to.deep.equal({ ...notice, removedTexts: {}, removedIntake: [] });
    expect(readMigrationNotice({ ...notice, carried: '3' })).to.equal(undefined);
    expect(readMigrationNotice({ ...notice, reanswer: [1] })).to.equal(undefined);
    expect(readMigrationNotice('notice')).to.equal(undefined);
  });
});

describe('SessionPersistence in the browser', () => {
  it('writes the session, removes it when empty, and never writes over a save it could not set aside', () => {
    const id = uniqueSessionId('persistence');
    const key = `actie:${id}`;
    // A session as the persistence sees it: its public state (a stand-in file) and its changes.
    const file = { kept: 1 } as unknown as SessionFile;
    const session = {
      subscribe: () => () => undefined,
      toSessionFile: () => file,
      isEmpty: false,
      step: 'a',
      page: 0,
      migration: undefined,
    };
    const changes: string[] = [];
    const kept = new SessionPersistence(id, 'local');
    kept.follow(session);
    kept.addEventListener('storage', () => changes.push('storage'));
    expect(kept.load()).to.equal(null);
    kept.save();
    expect(localStorage.getItem(key)).to.equal(storedText(file, 'a', undefined, 0));
    session.isEmpty = true;
    session.step = '';
    kept.save();
    expect(localStorage.getItem(key), 'an empty session is removed').to.equal(null);

    // A damaged save that is set aside leaves the session key free; a later save writes again.
    localStorage.setItem(key, 'damaged');
    kept.keepAside('damaged', 'The saved answers are damaged and cannot be read.', 'corrupt');
    expect(kept.setAside.map((s) => [s.raw, s.code, s.keptInPlace])).to.deep.equal([['damaged', 'corrupt', false]]);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(changes).to.include('storage');
    kept.dismissSetAside(kept.setAside[0]?.key ?? '');
    expect(kept.setAside).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(key))).to.deep.equal([]);
  });
});
