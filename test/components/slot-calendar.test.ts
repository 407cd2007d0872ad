import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/slot-calendar/slot-calendar.js';
import type { BookingSlotCalendar } from '../../src/components/slot-calendar/slot-calendar.js';
import { localizationContext, type Localization } from '../../src/context.js';
import type { Slot } from '../../src/core/model.js';
import { toIsoInstant, wallClockToInstant } from '../../src/core/zoned-time.js';
import { loadMessages } from '../../src/i18n/index.js';
import { TimeZoneToggleEvent } from '../../src/events.js';
import { VISITOR_ZONE } from '../core/dst-table.js';
import {
  click,
  deepActiveElement,
  findAllByShadowRole,
  findByShadowRole,
  findByShadowText,
  press,
  queryByShadowRole,
} from '../helpers/user.js';

const zone = 'Europe/Madrid';

function slot(date: string, time: string, timeZone = zone): Slot {
  const start = wallClockToInstant(date, time, timeZone);
  return {
    date,
    time,
    start: toIsoInstant(start),
    end: toIsoInstant(new Date(start.getTime() + 30 * 60_000)),
    professionals: [],
  };
}

// 5 March is before "today" (10 March), so it must not count as available.
const marchSlots = [slot('2026-03-05', '10:00'), slot('2026-03-12', '10:00'), slot('2026-03-20', '16:00')];

type Options = Partial<Pick<BookingSlotCalendar,
  'month' | 'slots' | 'selectedDate' | 'selectedSlot' | 'loading' | 'today' | 'maxMonth' | 'nextAvailableMonth'>>;

async function mount(options: Options = {}, locale = 'es'): Promise<BookingSlotCalendar> {
  const el = await fixture<BookingSlotCalendar>(
    html`<booking-slot-calendar locale=${locale} timezone=${zone}></booking-slot-calendar>`,
  );
  Object.assign(el, { today: '2026-03-10', month: '2026-03', slots: marchSlots, ...options });
  await el.updateComplete;
  return el;
}

/** The day cell whose accessible name starts with `prefix` (its full date). */
const day = (el: HTMLElement, prefix: string) =>
  findByShadowRole(el, 'gridcell', { name: (name) => name.startsWith(prefix) });

/** Identity check that names the elements on failure (chai's own diff of live DOM nodes is unreadable). */
function expectSame(actual: Element | null | undefined, expected: Element) {
  const describe = (node?: Element | null) => node?.getAttribute('aria-label') ?? node?.textContent?.trim() ?? String(node);
  expect(actual === expected, `got "${describe(actual)}", expected "${describe(expected)}"`).to.equal(true);
}

async function expectFocusOn(el: HTMLElement, prefix: string) {
  expectSame(deepActiveElement(), await day(el, prefix));
}

type CalendarEvent = 'booking-month-change' | 'booking-date-select' | 'booking-slot-select' | 'booking-time-zone-toggle';

/** The next event of a type, typed by its class. */
const nextEvent = <K extends CalendarEvent>(el: HTMLElement, type: K) =>
  new Promise<GlobalEventHandlersEventMap[K]>((resolve) => el.addEventListener(type, resolve, { once: true }));

/** Presses `key` while holding a modifier ("Shift+PageDown" is not a key the browser launcher knows). */
async function pressKey(key: string) {
  const [modifier, name] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await press(name);
  if (modifier) await sendKeys({ up: modifier });
}

/** Records every event of a type, so a test can prove that an action fired none. */
function record<K extends CalendarEvent>(el: HTMLElement, type: K) {
  const seen: Array<GlobalEventHandlersEventMap[K]> = [];
  el.addEventListener(type, (event) => seen.push(event));
  return seen;
}

describe('<booking-slot-calendar>', () => {
  it('shows the month and weekdays from Monday in Spanish', async () => {
    const el = await mount();
    const label = await findByShadowText(el, 'marzo de 2026');
    expect(label.getAttribute('aria-live')).to.equal('polite');
    expect(el.shadowRoot!.querySelector('[aria-live="assertive"]')).to.equal(null);
    await findByShadowRole(el, 'grid', { name: 'marzo de 2026' });
    const headers = await findAllByShadowRole(el, 'columnheader');
    expect(headers).to.have.length(7);
    expectSame(headers[0], await findByShadowRole(el, 'columnheader', { name: 'lunes' }));
    expectSame(headers[6], await findByShadowRole(el, 'columnheader', { name: 'domingo' }));
    expect(headers[0].textContent).to.contain('lun');
    // 1 March 2026 is a Sunday: six empty cells precede it in a Monday week.
    const firstRow = [...el.shadowRoot!.querySelectorAll('tbody tr:first-child td')];
    expect(firstRow.map((cell) => cell.textContent!.trim())).to.deep.equal(['', '', '', '', '', '', '1']);
    expect(firstRow[0].hasAttribute('tabindex')).to.equal(false);
  });

  it('shows the month and weekdays from Sunday in US English', async () => {
    const el = await mount({}, 'en-US');
    await findByShadowRole(el, 'grid', { name: 'March 2026' });
    const headers = await findAllByShadowRole(el, 'columnheader');
    expectSame(headers[0], await findByShadowRole(el, 'columnheader', { name: 'Sunday' }));
    expectSame(headers[6], await findByShadowRole(el, 'columnheader', { name: 'Saturday' }));
    const firstRow = [...el.shadowRoot!.querySelectorAll('tbody tr:first-child td')];
    expect(firstRow[0].textContent!.trim()).to.equal('1');
    await findByShadowRole(el, 'button', { name: 'Previous month' });
    await findByShadowRole(el, 'button', { name: 'Next month' });
  });

  it('marks days with free times from today on as available and the rest as unavailable', async () => {
    const el = await mount();
    const available = await day(el, 'jueves, 12 de marzo de 2026');
    expect(available.getAttribute('aria-label')).to.equal('jueves, 12 de marzo de 2026, con horas libres');
    expect(available.hasAttribute('aria-disabled')).to.equal(false);
    const empty = await day(el, 'miércoles, 11 de marzo de 2026');
    expect(empty.getAttribute('aria-disabled')).to.equal('true');
    expect(empty.getAttribute('aria-label')).to.contain('sin horas libres');
    const past = await day(el, 'jueves, 5 de marzo de 2026');
    expect(past.getAttribute('aria-disabled')).to.equal('true');
  });

  it('marks today with aria-current and says so in its name', async () => {
    const el = await mount();
    const today = await day(el, 'martes, 10 de marzo de 2026');
    expect(today.getAttribute('aria-current')).to.equal('date');
    expect(today.getAttribute('aria-label')).to.equal('martes, 10 de marzo de 2026, hoy, sin horas libres');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
  });

  it('selects an available day on click and ignores unavailable ones', async () => {
    const el = await mount();
    const selected = record(el, 'booking-date-select');
    await click(await day(el, 'miércoles, 11 de marzo'));
    await click(await day(el, 'jueves, 12 de marzo'));
    expect(selected.map((event) => event.date)).to.deep.equal(['2026-03-12']);
  });

  it('selects with Enter and Space, only available days', async () => {
    const el = await mount();
    const selected = record(el, 'booking-date-select');
    await click(await day(el, 'miércoles, 11 de marzo'));
    await press('Enter');
    await press('ArrowRight');
    await press('Enter');
    await press('ArrowDown');
    await expectFocusOn(el, 'jueves, 19 de marzo');
    await press('ArrowRight');
    await press(' ');
    expect(selected.map((event) => event.date)).to.deep.equal(['2026-03-12', '2026-03-20']);
  });

  it('has exactly one day in the tab order: today, then the selected day', async () => {
    const el = await mount();
    const tabStops = () => [...el.shadowRoot!.querySelectorAll('td[tabindex="0"]')];
    expect(tabStops()).to.have.length(1);
    expectSame(tabStops()[0], await day(el, 'martes, 10 de marzo'));
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="-1"]')).to.have.length(30);

    el.selectedDate = '2026-03-20';
    await el.updateComplete;
    expect(tabStops()).to.have.length(1);
    expectSame(tabStops()[0], await day(el, 'viernes, 20 de marzo'));

    // A real Tab from the month buttons lands on that one day.
    await click(await findByShadowRole(el, 'button', { name: 'Mes anterior' }));
    await press('Tab');
    await press('Tab');
    await expectFocusOn(el, 'viernes, 20 de marzo');
  });

  it('puts the first available day in the tab order in a month without today or selection', async () => {
    const el = await mount({ month: '2026-04', slots: [slot('2026-04-14', '10:00')] });
    const tabStops = () => [...el.shadowRoot!.querySelectorAll('td[tabindex="0"]')];
    expect(tabStops()).to.have.length(1);
    expectSame(tabStops()[0], await day(el, 'martes, 14 de abril'));
    el.slots = [];
    await el.updateComplete;
    expect(tabStops()).to.have.length(1);
    expectSame(tabStops()[0], await day(el, 'miércoles, 1 de abril'));
  });

  it('moves focus with arrows and Home/End (Monday weeks)', async () => {
    const el = await mount();
    await click(await day(el, 'miércoles, 18 de marzo'));
    const moves: Array<[string, string]> = [
      ['ArrowRight', 'jueves, 19 de marzo'],
      ['ArrowLeft', 'miércoles, 18 de marzo'],
      ['ArrowDown', 'miércoles, 25 de marzo'],
      ['ArrowUp', 'miércoles, 18 de marzo'],
      ['Home', 'lunes, 16 de marzo'],
      ['End', 'domingo, 22 de marzo'],
    ];
    for (const [key, target] of moves) {
      await press(key);
      await expectFocusOn(el, target);
      expect((await day(el, target)).tabIndex).to.equal(0);
    }
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
  });

  it('goes to the locale week start and end with Home/End (Sunday weeks)', async () => {
    const el = await mount({}, 'en-US');
    await click(await day(el, 'Wednesday, March 18, 2026'));
    await press('Home');
    await expectFocusOn(el, 'Sunday, March 15, 2026');
    await press('End');
    await expectFocusOn(el, 'Saturday, March 21, 2026');
  });

  it('crosses months with PageUp/PageDown and the arrows, keeping focus once the parent shows the month', async () => {
    const el = await mount({ today: '2026-01-05' });
    const cross = async (key: string, month: string, target: string) => {
      const changed = nextEvent(el, 'booking-month-change');
      await pressKey(key);
      expect((await changed).month).to.equal(month);
      // The parent loads the month: first a skeleton, then its slots.
      Object.assign(el, { month, loading: true, slots: [] });
      await el.updateComplete;
      await expectFocusOn(el, target);
      Object.assign(el, { loading: false, slots: [slot(`${month}-15`, '10:00')] });
      await el.updateComplete;
      await expectFocusOn(el, target);
      expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    };
    await click(await day(el, 'martes, 31 de marzo'));
    await cross('PageUp', '2026-02', 'sábado, 28 de febrero de 2026');
    await cross('PageDown', '2026-03', 'sábado, 28 de marzo de 2026');
    await cross('Shift+PageDown', '2027-03', 'domingo, 28 de marzo de 2027');
    await cross('Shift+PageUp', '2026-03', 'sábado, 28 de marzo de 2026');
    await cross('ArrowDown', '2026-04', 'sábado, 4 de abril de 2026');
    await cross('ArrowUp', '2026-03', 'sábado, 28 de marzo de 2026');
    await press('End');
    await press('ArrowRight');
    await press('ArrowRight');
    await expectFocusOn(el, 'martes, 31 de marzo de 2026');
    await cross('ArrowRight', '2026-04', 'miércoles, 1 de abril de 2026');
    await cross('ArrowLeft', '2026-03', 'martes, 31 de marzo de 2026');
    await press('ArrowLeft');
    await cross('End', '2026-04', 'domingo, 5 de abril de 2026');
    await cross('Home', '2026-03', 'lunes, 30 de marzo de 2026');
  });

  it('keeps keyboard moves within today\'s month and the booking horizon', async () => {
    const el = await mount({ maxMonth: '2026-03' });
    const changes = record(el, 'booking-month-change');
    await click(await day(el, 'domingo, 1 de marzo'));
    await press('ArrowLeft');
    await press('PageUp');
    await expectFocusOn(el, 'domingo, 1 de marzo');
    await press('PageDown');
    await expectFocusOn(el, 'martes, 31 de marzo');
    await press('ArrowRight');
    await expectFocusOn(el, 'martes, 31 de marzo');
    expect(changes).to.have.length(0);
  });

  it('disables the previous month at today\'s month and the next month after the horizon', async () => {
    const el = await mount({ maxMonth: '2026-04' });
    const changes = record(el, 'booking-month-change');
    const previous = await findByShadowRole(el, 'button', { name: 'Mes anterior' });
    const next = await findByShadowRole(el, 'button', { name: 'Mes siguiente' });
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(next.getAttribute('aria-disabled')).to.equal('false');
    await click(previous);
    await click(next);
    expect(changes.map((event) => event.month)).to.deep.equal(['2026-04']);

    el.month = '2026-04';
    await el.updateComplete;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(previous.getAttribute('aria-disabled')).to.equal('false');
    await click(next);
    await click(previous);
    expect(changes.map((event) => event.month)).to.deep.equal(['2026-04', '2026-03']);
  });

  it('shows the selected day\'s times in the business time zone and selects one', async () => {
    // 29 March 2026 is the day Madrid moves to summer time; the test browser runs in UTC.
    const morning = slot('2026-03-29', '09:00');
    const afternoon = slot('2026-03-29', '13:30');
    expect(morning.start).to.equal('2026-03-29T07:00:00Z');
    const el = await mount({ slots: [afternoon, morning], selectedDate: '2026-03-29' });
    const group = await findByShadowRole(el, 'group', { name: 'Horas del domingo, 29 de marzo de 2026' });
    const times = await findAllByShadowRole(group, 'button');
    expect(times.map((button) => button.textContent!.trim())).to.deep.equal(['9:00', '13:30']);
    expect(times.map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
    await findByShadowText(el, '2 horas disponibles');
    await findByShadowText(el, (text) => text.startsWith('Horas en ') && text.includes('Madrid'));
    expect((await day(el, 'domingo, 29 de marzo')).getAttribute('aria-selected')).to.equal('true');

    const chosen = nextEvent(el, 'booking-slot-select');
    await click(await findByShadowRole(el, 'button', { name: '13:30' }));
    expect((await chosen).slot).to.equal(afternoon);

    el.selectedSlot = { ...afternoon };
    await el.updateComplete;
    expect((await findByShadowRole(el, 'button', { name: '13:30' })).getAttribute('aria-pressed')).to.equal('true');
    expect((await findByShadowRole(el, 'button', { name: '9:00' })).getAttribute('aria-pressed')).to.equal('false');
  });

  it('asks to pick a day while none is selected', async () => {
    const el = await mount();
    await findByShadowText(el, 'Elige un día resaltado para ver sus horas.');
    expect(queryByShadowRole(el, 'group', { name: /^Horas del/ })).to.equal(null);
  });

  it('shows a skeleton that shimmers unless motion is reduced, and a polite loading message', async () => {
    const el = await mount({ loading: true });
    const status = await findByShadowRole(el, 'status');
    expect(status.textContent!.trim()).to.equal('Cargando horas libres…');
    expect((await findByShadowRole(el, 'grid')).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('td[part~="skeleton"]')).to.have.length(31);
    const cell = await day(el, 'jueves, 12 de marzo');
    expect(getComputedStyle(cell).animationName).to.equal('shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(cell).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    // Availability is unknown while loading: nothing is claimed and nothing selects.
    expect(cell.getAttribute('aria-label')).to.equal('jueves, 12 de marzo de 2026');
    const selected = record(el, 'booking-date-select');
    await click(cell);
    expect(selected).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('offers the next month with free times when this one has none', async () => {
    const el = await mount({ slots: [], nextAvailableMonth: '2026-05' });
    expect((await findByShadowRole(el, 'status')).textContent!.trim()).to.equal('No hay horas libres en marzo de 2026.');
    const changed = nextEvent(el, 'booking-month-change');
    await click(await findByShadowRole(el, 'button', { name: 'Ver mayo de 2026' }));
    expect((await changed).month).to.equal('2026-05');
    await expect(el).to.be.accessible();
  });

  it('says when there are no free times in the coming months', async () => {
    const el = await mount({ slots: [], nextAvailableMonth: null });
    expect((await findByShadowRole(el, 'status')).textContent!.trim()).to.equal(
      'No hay horas libres en los próximos meses. Contáctanos para reservar.',
    );
    expect(queryByShadowRole(el, 'button', { name: /^Ver / })).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps saying it is loading while the next month with free times is still being looked for', async () => {
    const el = await mount({ slots: [] });
    expect((await findByShadowRole(el, 'status')).textContent!.trim()).to.equal('Cargando horas libres…');
    expect(queryByShadowRole(el, 'button', { name: /^Ver / })).to.equal(null);
  });

  it('is accessible with a day and a time selected', async () => {
    const times = [slot('2026-03-12', '10:00'), slot('2026-03-12', '11:00')];
    const el = await mount({ slots: times, selectedDate: '2026-03-12', selectedSlot: times[1] });
    await findByShadowRole(el, 'group', { name: /^Horas del jueves, 12 de marzo/ });
    await expect(el).to.be.accessible();
  });
});

/** The settings `<booking-widget>` provides, without a widget: the calendar as the widget shows it. */
async function mountProvided(timeZone: string, options: Options) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const l10n: Localization = { locale: 'es', messages: await loadMessages('es'), timeZone, displayTimeZone: timeZone, dir: 'ltr', currency: 'USD' };
  const provider = new ContextProvider(host, { context: localizationContext, initialValue: l10n });
  // Like the widget: the switch changes the zone times are shown in, and nothing else.
  host.addEventListener(TimeZoneToggleEvent.eventName, (event) =>
    provider.setValue({ ...provider.value, displayTimeZone: event.visitorZone ? VISITOR_ZONE : timeZone }),
  );
  const el = document.createElement('booking-slot-calendar');
  Object.assign(el, { today: '2026-03-01', month: '2026-03', ...options });
  host.append(el);
  await el.updateComplete;
  return { el, toggles: record(el, 'booking-time-zone-toggle') };
}

const slotNames = async (el: HTMLElement) =>
  (await findAllByShadowRole(await findByShadowRole(el, 'group', { name: /^Horas del/ }), 'button'))
    .filter((button) => button.matches('[part~="slot"]'))
    .map((button) => button.textContent!.trim());

describe('<booking-slot-calendar> time zones', () => {
  // 8 March 2026: New York springs forward; it is already the 9th in the browser's zone (Chatham) by 10:00 there.
  const ny = 'America/New_York';
  const newYorkDay = [slot('2026-03-08', '01:30', ny), slot('2026-03-08', '10:00', ny), slot('2026-03-08', '13:00', ny)];

  it('standing alone, shows the business zone and offers no switch', async () => {
    const el = await fixture<BookingSlotCalendar>(html`<booking-slot-calendar locale="es" timezone=${ny}></booking-slot-calendar>`);
    Object.assign(el, { today: '2026-03-01', month: '2026-03', slots: newYorkDay, selectedDate: '2026-03-08' });
    await el.updateComplete;
    expect(await slotNames(el)).to.deep.equal(['1:30', '10:00', '13:00']);
    await findByShadowText(el, (text) => text.startsWith('Horas en ') && text.includes('New York'));
    expect(queryByShadowRole(el, 'button', { name: /^Mostrar en mi hora/ })).to.equal(null);
  });

  it('inside the widget, offers the visitor\'s zone and switches the labels and the note, not the day', async () => {
    const { el, toggles } = await mountProvided(ny, { slots: newYorkDay, selectedDate: '2026-03-08' });
    const toggle = await findByShadowRole(el, 'button', { name: 'Mostrar en mi hora: hora de Chatham' });
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(await slotNames(el)).to.deep.equal(['1:30', '10:00', '13:00']);
    await expect(el).to.be.accessible();

    await click(toggle);
    expect(toggles.map((event) => event.visitorZone)).to.deep.equal([true]);
    await el.updateComplete;
    // Still the New York day's group; times on the Chatham clock, with the day when it is the 9th there.
    await findByShadowRole(el, 'group', { name: 'Horas del domingo, 8 de marzo de 2026' });
    expect(await slotNames(el)).to.deep.equal(['20:15', 'lun, 9 mar, 3:45', 'lun, 9 mar, 6:45']);
    await findByShadowText(el, 'Horas en hora de Chatham');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement()).to.equal(toggle);
    await expect(el).to.be.accessible();

    await press('Enter');
    expect(toggles.map((event) => event.visitorZone)).to.deep.equal([true, false]);
    await el.updateComplete;
    expect(await slotNames(el)).to.deep.equal(['1:30', '10:00', '13:00']);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
  });

  it('offers no switch when the visitor\'s clock reads the same, whatever the zone is called', async () => {
    // NZ-CHAT is another name for the browser's zone.
    const { el } = await mountProvided('NZ-CHAT', { slots: [slot('2026-03-12', '10:00', 'NZ-CHAT')], selectedDate: '2026-03-12' });
    expect(await slotNames(el)).to.deep.equal(['10:00']);
    expect(queryByShadowRole(el, 'button', { name: /^Mostrar en mi hora/ })).to.equal(null);
  });

  it('tells the two occurrences of a repeated hour apart', async () => {
    // 1 November 2026: New York's 01:00–02:00 happens twice.
    const first = { ...slot('2026-11-01', '01:30', ny), start: '2026-11-01T05:30:00Z', end: '2026-11-01T06:00:00Z' };
    const second = { ...first, start: '2026-11-01T06:30:00Z', end: '2026-11-01T07:00:00Z' };
    const { el } = await mountProvided(ny, { month: '2026-11', today: '2026-10-30', slots: [second, first], selectedDate: '2026-11-01' });
    expect(await slotNames(el)).to.deep.equal(['1:30 GMT-4', '1:30 GMT-5']);
    const chosen = nextEvent(el, 'booking-slot-select');
    await click(await findByShadowRole(el, 'button', { name: '1:30 GMT-5' }));
    expect((await chosen).slot).to.equal(second);
  });
});
