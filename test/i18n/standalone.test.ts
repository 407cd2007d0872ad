/**
 * Sub-elements used without the widget: they take their language from the page like the widget,
 * load only the catalogs they use, never show English first, and follow the page's changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/location-picker/location-picker.js';
import '../../src/components/slot-calendar/slot-calendar.js';
import type { BookingLocationPicker } from '../../src/components/location-picker/location-picker.js';
import type { BookingSlotCalendar } from '../../src/components/slot-calendar/slot-calendar.js';
import type { Slot } from '../../src/core/model.js';
import { toIsoInstant, wallClockToInstant } from '../../src/core/zoned-time.js';
import { findAllByShadowRole, findByShadowRole, waitFor } from '../helpers/user.js';

// The test page loads hundreds of modules; make room so the catalogs' entries are not dropped.
performance.setResourceTimingBufferSize(100_000);

/** Catalog modules this page has fetched so far. */
const fetchedCatalogs = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/src\/i18n\/(es|pt-BR|ar)\.[jt]s\b/.exec(entry.name)?.[1])
    .filter(Boolean);

const status = async (el: HTMLElement) => (await findByShadowRole(el, 'status')).textContent!.trim();

describe('sub-elements on their own', () => {
  // Runs first: nothing in this page has loaded a catalog yet.
  it('loads only the catalogs in use, and shows no English while the first one loads', async () => {
    expect(fetchedCatalogs()).to.deep.equal([]);
    const page = await fixture<HTMLDivElement>(html`<div lang="es-EC"></div>`);
    const el = document.createElement('booking-location-picker');
    el.loading = true;
    page.append(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();

    expect(await status(el)).to.equal('Cargando…');
    expect(seen.join(' ')).to.not.contain('Loading');
    expect(fetchedCatalogs()).to.deep.equal(['es']);

    el.locale = 'pt-BR';
    await el.updateComplete;
    expect(await status(el)).to.equal('Carregando…');
    expect(fetchedCatalogs()).to.have.members(['es', 'pt-BR']);
  });

  it('applies properties set while its catalog was loading', async () => {
    const start = wallClockToInstant('2026-03-12', '10:00', 'UTC');
    const slots: Slot[] = [
      { date: '2026-03-12', time: '10:00', start: toIsoInstant(start), end: toIsoInstant(new Date(start.getTime() + 1_800_000)), professionals: [] },
    ];
    // Arabic is not loaded yet: the first render waits, and the slots set meanwhile must still count.
    const el = document.createElement('booking-slot-calendar') as BookingSlotCalendar;
    el.locale = 'ar';
    Object.assign(el, { today: '2026-03-10', month: '2026-03', slots });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    const available = await findAllByShadowRole(el, 'gridcell', { name: /, توجد أوقات متاحة$/ });
    expect(available).to.have.length(1);
    expect(fetchedCatalogs()).to.include('ar');
  });

  it('follows a lang found through a shadow root, and the page changing it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><span lang="ar"></span></div>`);
    const host = page.querySelector('span')!;
    const el = document.createElement('booking-location-picker') as BookingLocationPicker;
    el.loading = true;
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;
    expect(await status(el)).to.equal('جارٍ التحميل…');

    host.setAttribute('lang', 'es');
    await waitFor(async () => expect(await status(el)).to.equal('Cargando…'));
    host.removeAttribute('lang');
    await waitFor(async () => expect(await status(el)).to.equal('Loading…'));
  });
});
