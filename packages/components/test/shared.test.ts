import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { ActieResultsElement, registerStrings } from '../src/index.js';
import { defineElement } from '../src/shared/actie-element.js';
import { formatNumber, pluralForm } from '../src/shared/i18n/format.js';
import type { ActieSessionElement } from '../src/session/session.js';
import { settle, uniqueSessionId } from './helpers.js';

const text = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('language and UI strings', () => {
  it('follows the nearest lang, also when it changes later', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl">
        <actie-results storage="none" session-id=${uniqueSessionId('lang')}></actie-results>
      </div>`,
    );
    const results = wrapper.querySelector('actie-results') as ActieResultsElement;
    // The first score loads the rules engine: wait until the result (nothing answered) shows.
    await waitUntil(() => text(results).includes('Nog geen resultaten'), 'the empty result in Dutch');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver runs
    await results.updateComplete;
    expect(text(results)).to.contain('No results yet');
    // A language without strings falls back to Dutch, the default.
    wrapper.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await results.updateComplete;
    expect(text(results)).to.contain('Nog geen resultaten');
  });

  it("takes the host page's strings: registerStrings for every element, `strings` for one", async () => {
    registerStrings('nl', { results: { emptyTitle: 'Nog niets te zien' } });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <actie-results storage="none" session-id=${uniqueSessionId('strings-a')}></actie-results>
        <actie-results storage="none" session-id=${uniqueSessionId('strings-b')}></actie-results>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('actie-results')] as ActieResultsElement[];
    if (!a || !b) throw new Error('two elements expected');
    b.strings = { emptyTitle: 'Alleen hier anders' };
    await waitUntil(() => !text(a).includes('berekend') && !text(b).includes('berekend'), 'the first score');
    expect(text(a)).to.contain('Nog niets te zien');
    expect(text(b)).to.contain('Alleen hier anders');
    // A new language can be added the same way.
    registerStrings('fy', { results: { emptyTitle: 'Noch gjin resultaten' } });
    a.setAttribute('lang', 'fy');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await a.updateComplete;
    expect(text(a)).to.contain('Noch gjin resultaten');
    registerStrings('nl', { results: { emptyTitle: 'Nog geen resultaten' } });
  });
});

describe('numbers and plurals', () => {
  it('writes numbers and picks plural forms as Intl does, also where it takes a short cut', () => {
    for (const lang of ['nl', 'en', 'en-GB', 'fy', 'de', 'ar']) {
      for (const value of [0, 1, 2, 46, 999, 1000, 12345, -3, 2.5]) {
        expect(formatNumber(value, lang), `${value} in ${lang}`).to.equal(new Intl.NumberFormat(lang).format(value));
        expect(pluralForm(value, lang), `plural of ${value} in ${lang}`).to.equal(new Intl.PluralRules(lang).select(value));
      }
    }
    expect(formatNumber(12345, 'nl')).to.equal('12.345');
  });
});

describe('saves that cannot be read', () => {
  it('are announced in the page with a download of exactly what was saved, and pass axe', async () => {
    const id = uniqueSessionId('set-aside-ui');
    const damaged = '{"format":"actie-store","formatVersion":1,"session":{"format":"actie-session","formatVersion":9}}';
    localStorage.setItem(`actie:${id}`, damaged);
    const session = await fixture<ActieSessionElement>(
      html`<actie-session session-id=${id}>
        <actie-results></actie-results>
      </actie-session>`,
    );
    const results = session.querySelector('actie-results') as ActieResultsElement;
    await settle(session.store);
    await results.updateComplete;
    const notice = results.shadowRoot?.querySelector('[part~="notice"][role="alert"]');
    expect(notice, 'a notice is shown').to.be.instanceOf(HTMLElement);
    expect(notice?.textContent).to.contain('niets weggegooid');
    expect(notice?.textContent).to.contain('andere versie van dit hulpmiddel');
    await expect(results).to.be.accessible();

    // The download offers the saved text unchanged.
    let downloaded: Blob | undefined;
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      downloaded = blob as Blob;
      return 'blob:test';
    };
    const clicks: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    try {
      const button = [...(notice?.querySelectorAll('button') ?? [])].find((b) => /Download/.test(b.textContent ?? ''));
      button?.click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks).to.have.length(1);
    expect(await downloaded?.text()).to.equal(damaged);

    // Dismissing removes the message and the copy kept aside.
    const dismiss = [...(notice?.querySelectorAll('button') ?? [])].find((b) => /Verwijder/.test(b.textContent ?? ''));
    dismiss?.click();
    await results.updateComplete;
    expect(results.shadowRoot?.querySelector('[part~="notice"][role="alert"]')).to.equal(null);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`actie:${id}`))).to.deep.equal([]);
  });
});

describe('registration', () => {
  it('a second definition of a tag (another copy of the bundle) warns instead of throwing', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => defineElement('actie-results', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings.join(' ')).to.contain('already defined');
    expect(customElements.get('actie-results')).to.equal(ActieResultsElement);
  });
});

describe('a damaged save with no room to set it aside (storage full)', () => {
  it('says plainly that new answers are not saved until it is taken away, offers it for download, then saves again', async () => {
    const id = uniqueSessionId('in-place-ui');
    const key = `actie:${id}`;
    const damaged = '{"format":"actie-store", damaged';
    localStorage.setItem(key, damaged);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, value: string) {
      if (this === localStorage && k !== key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, k, value);
    };
    try {
      const session = await fixture<ActieSessionElement>(
        html`<actie-session session-id=${id}>
          <actie-results></actie-results>
        </actie-session>`,
      );
      const results = session.querySelector('actie-results') as ActieResultsElement;
      await settle(session.store);
      await results.updateComplete;
      const notices = results.shadowRoot?.querySelectorAll('[part~="notice"][role="alert"]') ?? [];
      expect(notices.length, 'one notice').to.equal(1);
      const notice = notices[0] as HTMLElement;
      expect(notice.textContent).to.contain('niet in deze browser');
      expect(notice.textContent).to.not.contain('We hebben ze apart gezet');
      await expect(results).to.be.accessible();

      results.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await results.updateComplete;
      expect(results.shadowRoot?.querySelector('[part~="notice"][role="alert"]')?.textContent).to.contain(
        'not saved in this browser',
      );

      let downloaded: Blob | undefined;
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        downloaded = blob as Blob;
        return 'blob:test';
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = () => undefined;
      try {
        [...notice.querySelectorAll('button')].find((b) => /Download/.test(b.textContent ?? ''))?.click();
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(await downloaded?.text()).to.equal(damaged);

      const question = session.store.model?.areas[0]?.questions[0]?.id ?? '';
      session.store.setAnswer(question, 'partly');
      await settle(session.store);
      expect(localStorage.getItem(key)).to.equal(damaged);
      [...(results.shadowRoot?.querySelector('[part~="notice"][role="alert"]')?.querySelectorAll('button') ?? [])]
        .at(-1)
        ?.click();
      await results.updateComplete;
      expect(results.shadowRoot?.querySelector('[part~="notice"][role="alert"]')).to.equal(null);
      expect(localStorage.getItem(key)).to.contain(`"${question}":"partly"`);
    } finally {
      Storage.prototype.setItem = setItem;
      localStorage.removeItem(key);
    }
  });
});
