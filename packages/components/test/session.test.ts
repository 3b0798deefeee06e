import { expect, fixture, html } from '@open-wc/testing';
import '../src/session.js';
import '../src/results.js';
import type { ActieResultsElement } from '../src/results/results.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { settle, uniqueSessionId } from './helpers.js';

describe('<actie-session>', () => {
  it('restores answers saved in localStorage for the same session id', async () => {
    const id = uniqueSessionId('restore');
    const first = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    first.store.setAnswer('A1', 'yes');
    first.store.setNote('A1', 'Gesproken met de trekkers');
    await settle(first.store);
    first.remove();

    const second = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(second.store);
    expect(second.store.answers).to.deep.equal({ A1: 'yes' });
    expect(second.store.notes).to.deep.equal({ A1: 'Gesproken met de trekkers' });
    expect(second.store.result?.progress.answered).to.equal(1);
    second.store.clear();
  });

  it('with storage="none" reads and writes nothing', async () => {
    const id = uniqueSessionId('none');
    localStorage.setItem(`actie:${id}`, 'not json at all');
    const el = await fixture<ActieSessionElement>(html`<actie-session storage="none" session-id=${id}></actie-session>`);
    el.store.setAnswer('A1', 'no');
    await settle(el.store);
    expect(el.store.setAside).to.have.length(0);
    expect(localStorage.getItem(`actie:${id}`)).to.equal('not json at all');
    localStorage.removeItem(`actie:${id}`);
  });

  it('keeps a damaged save aside instead of dropping it', async () => {
    const id = uniqueSessionId('corrupt');
    localStorage.setItem(`actie:${id}`, '{"format":"actie-store", broken');
    const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(el.store);
    expect(el.store.setAside).to.have.length(1);
    expect(el.store.setAside[0]?.raw).to.equal('{"format":"actie-store", broken');
    expect(el.store.setAside[0]?.code).to.equal('corrupt');
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}:set-aside:`));
    expect(kept).to.have.length(1);
    el.remove();

    // A later visit still offers it, with the reason.
    const again = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(again.store);
    expect(again.store.setAside.map((s) => s.code)).to.deep.equal(['corrupt']);
    again.store.dismissSetAside(again.store.setAside[0]?.key ?? '');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}:set-aside:`))).to.have.length(0);
  });

  it('switching storage to "none" removes what was kept in localStorage', async () => {
    const id = uniqueSessionId('switch');
    const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(el.store);
    const question = firstQuestion(el);
    el.store.setAnswer(question, 'partly');
    await settle(el.store);
    expect(localStorage.getItem(`actie:${id}`)).to.contain(`"${question}":"partly"`);
    el.storage = 'none';
    await el.updateComplete;
    expect(localStorage.getItem(`actie:${id}`)).to.equal(null);
    expect(el.store.answers).to.deep.equal({ [question]: 'partly' });
  });
});

/** The id of the first question of the model in the store (no hard-coded ids). */
function firstQuestion(el: ActieSessionElement): string {
  const id = el.store.model?.areas[0]?.questions[0]?.id;
  if (!id) throw new Error('the model has no questions');
  return id;
}

/**
 * Make localStorage behave as if it were full: a new key cannot be added, but the value under
 * `writable` can be replaced (a smaller value frees room). Returns the function that undoes it.
 */
function fillStorage(writable: string): () => void {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (this === localStorage && key !== writable) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, key, value);
  };
  return () => {
    Storage.prototype.setItem = setItem;
  };
}

describe('<actie-session>: nothing lost', () => {
  it('never writes over a damaged save it could not copy aside (storage full): keeps the new answers in memory', async () => {
    const id = uniqueSessionId('quota');
    const key = `actie:${id}`;
    const damaged = `{"format":"actie-store", damaged ${'x'.repeat(1000)}`;
    localStorage.setItem(key, damaged);
    const restore = fillStorage(key);
    try {
      const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
      await settle(el.store);
      expect(el.store.setAside).to.have.length(1);
      expect(el.store.setAside[0]?.raw).to.equal(damaged);
      expect(el.store.setAside[0]?.keptInPlace).to.equal(true);
      const question = firstQuestion(el);
      el.store.setAnswer(question, 'yes');
      await settle(el.store);
      expect(localStorage.getItem(key), 'the damaged save is still there, unchanged').to.equal(damaged);
      expect(el.store.answers).to.deep.equal({ [question]: 'yes' });

      // Once the person has taken it (download) and removed it, the new answers are saved.
      el.store.dismissSetAside(el.store.setAside[0]?.key ?? '');
      expect(el.store.setAside).to.have.length(0);
      expect(localStorage.getItem(key)).to.contain(`"${question}":"yes"`);
    } finally {
      restore();
      localStorage.removeItem(key);
    }
  });

  it('"delete my answers" and a storage switch leave a damaged save that could not be copied aside where it is', async () => {
    const id = uniqueSessionId('quota-clear');
    const key = `actie:${id}`;
    localStorage.setItem(key, 'not json');
    const restore = fillStorage(key);
    try {
      const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
      await settle(el.store);
      el.store.clear();
      expect(localStorage.getItem(key)).to.equal('not json');
      el.storage = 'none';
      await el.updateComplete;
      expect(localStorage.getItem(key)).to.equal('not json');
    } finally {
      restore();
      localStorage.removeItem(key);
    }
  });

  it('the same damaged save read twice (again through another tab) gives one notice', async () => {
    const id = uniqueSessionId('twice');
    const key = `actie:${id}`;
    const damaged = '{"format":"actie-store", broken';
    localStorage.setItem(key, damaged);
    const restore = fillStorage(key);
    try {
      const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
      await settle(el.store);
      expect(el.store.setAside).to.have.length(1);
      await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond
      // Another tab writes the same text under the same key.
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue: damaged, newValue: damaged, storageArea: localStorage }));
      await settle(el.store);
      expect(el.store.setAside.map((s) => s.raw)).to.deep.equal([damaged]);
    } finally {
      restore();
      localStorage.removeItem(key);
    }
  });

  it('two copies of one damaged save set aside earlier (two tabs) give one notice, and removing it removes both', async () => {
    const id = uniqueSessionId('two-copies');
    const damaged = '{"format":"actie-store", broken';
    localStorage.setItem(`actie:${id}:set-aside:corrupt:2026-01-01T10:00:00.000Z`, damaged);
    localStorage.setItem(`actie:${id}:set-aside:corrupt:2026-01-01T10:00:00.004Z`, damaged);
    const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(el.store);
    expect(el.store.setAside).to.have.length(1);
    el.store.dismissSetAside(el.store.setAside[0]?.key ?? '');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}`))).to.deep.equal([]);
  });

  it('a session-id change drops the set-aside notices of the old session', async () => {
    const id = uniqueSessionId('id-change');
    localStorage.setItem(`actie:${id}`, 'not json');
    const el = await fixture<ActieSessionElement>(html`<actie-session session-id=${id}></actie-session>`);
    await settle(el.store);
    expect(el.store.setAside).to.have.length(1);
    el.sessionId = uniqueSessionId('id-change-other');
    await el.updateComplete;
    await settle(el.store);
    expect(el.store.setAside).to.deep.equal([]);
    // Back to the first session: its set-aside save is offered again.
    el.sessionId = id;
    await el.updateComplete;
    await settle(el.store);
    expect(el.store.setAside.map((s) => s.raw)).to.deep.equal(['not json']);
    el.store.dismissSetAside(el.store.setAside[0]?.key ?? '');
  });

  it('removing the model property brings back the default model', async () => {
    const response = await fetch('/examples/custom-model/model.json');
    const custom = (await response.json()) as { id: string };
    const el = await fixture<ActieSessionElement>(
      html`<actie-session storage="none" session-id=${uniqueSessionId('model')}></actie-session>`,
    );
    const defaultId = el.store.model?.id;
    el.model = custom;
    await el.updateComplete;
    // A model from the page is checked first (the checking code is fetched then): loading until ready.
    await waitFor(() => el.store.modelState.status === 'ready');
    expect(el.store.model?.id).to.equal(custom.id);
    el.model = undefined;
    await el.updateComplete;
    expect(el.store.model?.id).to.equal(defaultId);
  });

  it('removing the model property brings back the model-src model', async () => {
    const el = await fixture<ActieSessionElement>(
      html`<actie-session
        storage="none"
        session-id=${uniqueSessionId('model-src')}
        model-src="/examples/custom-model/model.json"
      ></actie-session>`,
    );
    await waitFor(() => el.store.modelState.status === 'ready');
    const fromSrc = el.store.model?.id;
    expect(fromSrc).to.equal('voorbeeldstad-initiatieven');
    el.model = { ...(el.store.model as object), id: 'from-the-page' };
    await el.updateComplete;
    await waitFor(() => el.store.modelState.status === 'ready');
    expect(el.store.model?.id).to.equal('from-the-page');
    el.model = undefined;
    await el.updateComplete;
    await waitFor(() => el.store.modelState.status === 'ready');
    expect(el.store.model?.id).to.equal(fromSrc);
  });
});

describe('a standalone element (no <actie-session>)', () => {
  it('switching storage moves the session and removes the copy in the old place', async () => {
    const id = uniqueSessionId('standalone-switch');
    const el = await fixture<ActieResultsElement>(html`<actie-results session-id=${id} storage="local"></actie-results>`);
    const store = (el as unknown as { store: ActieSessionElement['store'] }).store;
    const question = store.model?.areas[0]?.questions[0]?.id ?? '';
    store.setAnswer(question, 'no');
    await settle(store);
    expect(localStorage.getItem(`actie:${id}`)).to.contain(`"${question}":"no"`);
    el.storage = 'session';
    await el.updateComplete;
    expect(localStorage.getItem(`actie:${id}`), 'the copy in localStorage is gone').to.equal(null);
    expect(sessionStorage.getItem(`actie:${id}`)).to.contain(`"${question}":"no"`);
    const moved = (el as unknown as { store: ActieSessionElement['store'] }).store;
    expect(moved.answers).to.deep.equal({ [question]: 'no' });
    moved.clear();
  });
});

async function waitFor(condition: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
