/** Which language and direction an element takes from the page. */
import { expect, fixture, html } from '@open-wc/testing';
import { resolveTag } from '../../src/i18n/index.js';
import { pageLanguage } from '../../src/i18n/page-language.js';

/** `<div lang=… dir=…>` → shadow host → its shadow root → the target element. */
async function inShadow(host: { lang?: string; dir?: string }, outer: { lang?: string; dir?: string } = {}) {
  const page = await fixture<HTMLDivElement>(html`<div lang=${outer.lang ?? ''} dir=${outer.dir ?? ''}><span></span></div>`);
  if (!outer.lang) page.removeAttribute('lang');
  if (!outer.dir) page.removeAttribute('dir');
  const shadowHost = page.querySelector('span')!;
  if (host.lang) shadowHost.setAttribute('lang', host.lang);
  if (host.dir) shadowHost.setAttribute('dir', host.dir);
  const inner = document.createElement('div');
  const target = document.createElement('p');
  shadowHost.attachShadow({ mode: 'open' }).append(inner);
  inner.append(target);
  return target;
}

describe('pageLanguage', () => {
  it('the locale attribute wins over every lang around it', async () => {
    const el = await inShadow({ lang: 'es' });
    expect(pageLanguage(el, 'pt-BR')).to.deep.equal({ locale: 'pt-BR', catalog: 'pt-BR', dir: 'ltr' });
  });

  it('else the nearest lang, found through a shadow root', async () => {
    const el = await inShadow({ lang: 'ar-EG' }, { lang: 'en' });
    expect(pageLanguage(el)).to.deep.equal({ locale: 'ar-EG', catalog: 'ar', dir: 'rtl' });
    const outerOnly = await inShadow({}, { lang: 'es-MX' });
    expect(pageLanguage(outerOnly)).to.deep.equal({ locale: 'es-MX', catalog: 'es', dir: 'ltr' });
  });

  it('else the browser language', async () => {
    const el = await inShadow({});
    const pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      expect(pageLanguage(el)).to.deep.equal(resolveTag(navigator.language));
    } finally {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    }
  });

  it('regional tags fall back to their language; unknown languages to English', async () => {
    expect(pageLanguage(await inShadow({ lang: 'pt-PT' })).catalog).to.equal('pt-BR');
    expect(pageLanguage(await inShadow({ lang: 'es-419' })).catalog).to.equal('es');
    expect(pageLanguage(await inShadow({ lang: 'de-CH' }))).to.deep.equal({ locale: 'en', catalog: 'en', dir: 'ltr' });
  });

  it('direction: a dir at or nearer than the language wins, else the language decides', async () => {
    // The page says rtl where the language comes from.
    expect(pageLanguage(await inShadow({ lang: 'en', dir: 'rtl' })).dir).to.equal('rtl');
    // A nearer dir than the language.
    expect(pageLanguage(await inShadow({ dir: 'ltr' }, { lang: 'ar' })).dir).to.equal('ltr');
    // English inside an Arabic right-to-left page: the English part reads left to right.
    expect(pageLanguage(await inShadow({ lang: 'en' }, { lang: 'ar', dir: 'rtl' })).dir).to.equal('ltr');
    // dir="auto" says nothing.
    expect(pageLanguage(await inShadow({ lang: 'ar', dir: 'auto' })).dir).to.equal('rtl');
  });

  it('an explicit locale brings its own direction; only a dir on the element itself overrides it', async () => {
    const el = await inShadow({ lang: 'en', dir: 'ltr' });
    expect(pageLanguage(el, 'ar').dir).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    expect(pageLanguage(el, 'ar').dir).to.equal('ltr');
  });
});
