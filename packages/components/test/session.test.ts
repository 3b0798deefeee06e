import { expect, fixture, html } from '@open-wc/testing';
import '../src/session.js';
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
    el.store.setAnswer('A2', 'partly');
    await settle(el.store);
    expect(localStorage.getItem(`actie:${id}`)).to.contain('"A2":"partly"');
    el.storage = 'none';
    await el.updateComplete;
    expect(localStorage.getItem(`actie:${id}`)).to.equal(null);
    expect(el.store.answers).to.deep.equal({ A2: 'partly' });
  });
});
