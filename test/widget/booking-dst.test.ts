/**
 * Bookings around the 2026 DST transitions, driven as a customer would, against the fake CitaPro
 * backend in each business zone, while the browser itself runs in Pacific/Chatham. The clock is set
 * a few days before each transition so those days can be booked.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { formatMonth } from '../../src/core/format.js';
import { BookingCreatedEvent } from '../../src/events.js';
import { CITAPRO_IDS, type CitaProFake } from '../../src/mocks/index.js';
import { click, findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { asIsoWithOffset, asWallClock, casesIn, findCase, VISITOR_ZONE, type DstCase } from '../core/dst-table.js';
import { apiBase, button, citaProFake, fillDetails, heading, juan, mountWidget, oneEvent } from './citapro-fixture.js';

const RealDate = Date;

/** Moves the page's clock (`new Date()`, `Date.now()`) to `iso`; time keeps running from there. */
function setClock(iso: string): void {
  const shift = RealDate.parse(iso) - RealDate.now();
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [RealDate.now() + shift], newTarget),
    get: (target, key, receiver) => (key === 'now' ? () => RealDate.now() + shift : Reflect.get(target, key, receiver)),
  });
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const HOUR = 60 * 60_000;
const plusHour = (iso: string) => new RealDate(RealDate.parse(iso) + HOUR).toISOString().replace('.000Z', 'Z');

/** Open all of Sunday at the north branch, so night slots can be booked. */
function openAllSunday(fake: CitaProFake): void {
  const north = fake.state.locations.find((l) => l.id === CITAPRO_IDS.north)!;
  north.openingHours[0] = [{ start: '00:00', end: '23:59' }];
}

/** Answers availability with exactly these cases (in `format`), as one professional's free times. */
function answerAvailability(cases: readonly DstCase[], format: (c: DstCase, minutesLater?: number) => string) {
  useHandlers(
    http.get(`${apiBase}/v1/bookings/availability`, ({ request }) => {
      const url = new URL(request.url);
      const [from, to] = [url.searchParams.get('startDate')!, url.searchParams.get('endDate')!];
      const inRange = cases.filter((c) => c.date >= from && c.date <= to);
      const lucia = { id: CITAPRO_IDS.lucia, name: 'Lucía Torres' };
      const end = (c: DstCase) => (format === asWallClock ? asWallClock(c, 60) : asIsoWithOffset({ ...c, ...endOf(c) }));
      return HttpResponse.json({
        days: [...new Set(inRange.map((c) => c.date))],
        professionals: inRange.length ? [lucia] : [],
        slots: inRange.map((c) => ({ startTime: format(c), endTime: end(c), professionals: [lucia] })),
        limitExceeded: false,
      });
    }),
  );
}

/** The wall-clock fields of a case's instant + 1 h, for writing its end with an offset. */
function endOf(c: DstCase): Pick<DstCase, 'date' | 'shownTime' | 'offset'> {
  const end = new RealDate(RealDate.parse(c.instant) + HOUR);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: c.zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' })
      .formatToParts(end)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, shownTime: `${parts.hour}:${parts.minute}`, offset: parts.timeZoneName.replace('GMT', '') || '+00:00' };
}

/** Service, the north branch (open on Sundays), any professional; then the month and day of `date`. */
async function openDay(widget: BookingWidget, date: string, dayName: RegExp) {
  await click(await button(widget, /Corte de cabello/));
  await click(await button(widget, /Sede Norte/));
  await click(await button(widget, /Cualquier profesional/));
  await heading(widget, 'Elige fecha y hora');
  const month = formatMonth(date.slice(0, 7), 'es');
  if (!queryByShadowRole(widget, 'grid', { name: month })) await click(await button(widget, 'Mes siguiente'));
  await findByShadowRole(widget, 'grid', { name: month });
  const cell = await waitFor(
    async () => {
      const found = await findByShadowRole(widget, 'gridcell', { name: dayName });
      if (found.getAttribute('aria-disabled') === 'true') throw new Error(`${dayName} has no free times yet`);
      return found;
    },
    { timeout: 6000 },
  );
  await click(cell);
  return findByShadowRole(widget, 'group', { name: /^Horas del/ });
}

/** The time buttons of the open day, by their text. */
async function times(widget: BookingWidget): Promise<HTMLElement[]> {
  const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
  return (await findAllByShadowRole(group, 'button')).filter((b) => b.matches('[part~="slot"]'));
}
const labels = async (widget: BookingWidget) => (await times(widget)).map((b) => plain(b.textContent));

/** Details, review, confirm; returns the POST /v1/bookings body, the review's and the confirmation's "when", and the event. */
async function finish(widget: BookingWidget, fake: CitaProFake) {
  await heading(widget, 'Tus datos');
  await fillDetails(widget, juan);
  await click(await button(widget, 'Continuar'));
  await heading(widget, 'Revisa tu reserva');
  const when = (root: Element | null | undefined) => {
    const row = [...(root?.shadowRoot?.querySelectorAll('dl > div') ?? [])].find((r) => /Fecha y hora/.test(r.textContent ?? ''));
    return plain(row?.querySelector('dd')?.textContent);
  };
  const reviewWhen = when(widget.shadowRoot!.querySelector('booking-review'));
  const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
  await click(await button(widget, 'Confirmar reserva'));
  const event = await created;
  await heading(widget, /Solicitud de reserva recibida/);
  await widget.updateComplete;
  const confirmationWhen = when(widget.shadowRoot!.querySelector('booking-confirmation'));
  const posts = fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');
  expect(posts).to.have.length(1);
  return { body: posts[0].body as { startTime: string; endTime: string }, reviewWhen, confirmationWhen, event };
}

interface AroundTransition {
  /** The page's clock when the customer opens the widget. */
  now: string;
  case: DstCase;
  dayName: RegExp;
  /** The day's times as the business's clock shows them (fake CitaPro, north branch, Sundays 10:00–14:00, 1 h service). */
  shown: string[];
  label: string;
  reviewWhen: string;
}

const aroundTransitions: AroundTransition[] = [
  {
    now: '2026-03-05T15:00:00Z',
    case: findCase('America/New_York', '2026-03-08', '13:00'),
    dayName: /^domingo, 8 de marzo de 2026/,
    shown: ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00'],
    label: '13:00',
    reviewWhen: 'domingo, 8 de marzo de 2026, 13:00 Zona horaria: hora oriental (New York)',
  },
  {
    now: '2026-10-22T10:00:00Z',
    case: findCase('Europe/Madrid', '2026-10-25', '13:00'),
    dayName: /^domingo, 25 de octubre de 2026/,
    shown: ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00'],
    label: '13:00',
    reviewWhen: 'domingo, 25 de octubre de 2026, 13:00 Zona horaria: hora de Europa central (Madrid)',
  },
  {
    now: '2026-04-01T00:00:00Z',
    case: findCase('Australia/Sydney', '2026-04-05', '13:00'),
    dayName: /^domingo, 5 de abril de 2026/,
    shown: ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00'],
    label: '13:00',
    reviewWhen: 'domingo, 5 de abril de 2026, 13:00 Zona horaria: hora de Australia oriental (Sydney)',
  },
  {
    now: '2026-09-30T00:00:00Z',
    case: findCase('Australia/Sydney', '2026-10-04', '10:00'),
    dayName: /^domingo, 4 de octubre de 2026/,
    shown: ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00'],
    label: '10:00',
    reviewWhen: 'domingo, 4 de octubre de 2026, 10:00 Zona horaria: hora de Australia oriental (Sydney)',
  },
  {
    now: '2026-10-29T15:00:00Z',
    case: findCase('America/Guayaquil', '2026-11-01', '10:00'),
    dayName: /^domingo, 1 de noviembre de 2026/,
    shown: ['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00'],
    label: '10:00',
    reviewWhen: 'domingo, 1 de noviembre de 2026, 10:00 Zona horaria: hora de Ecuador (Guayaquil)',
  },
];

describe('<booking-widget> around the 2026 DST transitions', () => {
  useNetwork();
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  for (const t of aroundTransitions) {
    it(`books ${t.case.name} in the business zone and sends its exact instant`, async function () {
      this.timeout(20000);
      setClock(t.now);
      const zone = t.case.zone;
      const fake = citaProFake({ timeZone: zone });
      const widget = await mountWidget({ timezone: zone });
      await openDay(widget, t.case.date, t.dayName);
      expect(await labels(widget)).to.deep.equal(t.shown);
      await findByShadowText(widget, (text) => text.startsWith('Horas en '));
      await click((await times(widget)).find((b) => plain(b.textContent) === t.label)!);
      const { body, reviewWhen, confirmationWhen, event } = await finish(widget, fake);
      expect(reviewWhen).to.equal(t.reviewWhen);
      expect(confirmationWhen).to.equal(t.reviewWhen);
      expect(body.startTime).to.equal(t.case.instant);
      expect(body.endTime).to.equal(plusHour(t.case.instant));
      expect(event.detail).to.deep.include({ start: t.case.instant, timeZone: zone });
    });
  }

  it('shows the visitor\'s clock after the switch, but sends the same instant (New York, 1 November)', async function () {
    this.timeout(20000);
    setClock('2026-10-29T15:00:00Z');
    const zone = 'America/New_York';
    const fake = citaProFake({ timeZone: zone });
    const widget = await mountWidget({ timezone: zone });
    await openDay(widget, '2026-11-01', /^domingo, 1 de noviembre de 2026/);
    expect(await labels(widget)).to.deep.equal(['10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00']);

    const toggle = await button(widget, 'Mostrar en mi hora: hora de Chatham');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).to.equal('true'));
    // 10:00 EST is 04:45 the next day in Chatham: the New York day keeps its times, each saying its own day.
    const ten = findCase(zone, '2026-11-01', '10:00');
    expect(ten.visitor).to.deep.equal({ date: '2026-11-02', time: '04:45' });
    expect(await labels(widget)).to.deep.equal([
      'lun, 2 nov, 4:45',
      'lun, 2 nov, 5:15',
      'lun, 2 nov, 5:45',
      'lun, 2 nov, 6:15',
      'lun, 2 nov, 6:45',
      'lun, 2 nov, 7:15',
      'lun, 2 nov, 7:45',
    ]);
    await findByShadowText(widget, 'Horas en hora de Chatham');
    await findByShadowRole(widget, 'group', { name: 'Horas del domingo, 1 de noviembre de 2026' });

    await click((await times(widget))[0]);
    const { body, reviewWhen, confirmationWhen, event } = await finish(widget, fake);
    expect(reviewWhen).to.equal('lunes, 2 de noviembre de 2026, 4:45 Zona horaria: hora de Chatham');
    expect(confirmationWhen).to.equal(reviewWhen);
    expect(body).to.include({ startTime: ten.instant, endTime: plusHour(ten.instant) });
    expect(event.detail).to.deep.include({ start: ten.instant, timeZone: zone });
  });

  it('lists a skipped time once, at the time the clock reaches, and books that instant (New York, 8 March)', async function () {
    this.timeout(20000);
    setClock('2026-03-05T15:00:00Z');
    const zone = 'America/New_York';
    const fake = citaProFake({ timeZone: zone });
    openAllSunday(fake);
    // The backend offers "02:30", which that night's clocks skip, and "03:30", the same instant.
    const day = casesIn(zone, '2026-03-08');
    expect(day.some((c) => c.skipped && c.time === '02:30')).to.equal(true);
    answerAvailability(day, asWallClock);
    const widget = await mountWidget({ timezone: zone });
    await openDay(widget, '2026-03-08', /^domingo, 8 de marzo de 2026/);
    expect(await labels(widget)).to.deep.equal(['1:30', '3:00', '3:30', '10:00', '13:00', '23:30']);

    // The same times on the visitor's clock, in the same New York day.
    await click(await button(widget, /^Mostrar en mi hora/));
    const visitorLabels = ['20:15', '20:45', '21:15', 'lun, 9 mar, 3:45', 'lun, 9 mar, 6:45', 'lun, 9 mar, 17:15'];
    await waitFor(async () => expect(await labels(widget)).to.deep.equal(visitorLabels));
    // Grouped by the business's date: 9 March (already the visitor's date for three of them) has no times.
    const ninth = await findByShadowRole(widget, 'gridcell', { name: /^lunes, 9 de marzo de 2026/ });
    expect(ninth.getAttribute('aria-disabled')).to.equal('true');
    await click(await button(widget, /^Mostrar en mi hora/));
    await waitFor(async () => expect(await labels(widget)).to.deep.equal(['1:30', '3:00', '3:30', '10:00', '13:00', '23:30']));

    await click((await times(widget)).find((b) => plain(b.textContent) === '3:30')!);
    const skipped = findCase(zone, '2026-03-08', '02:30');
    const { body, reviewWhen } = await finish(widget, fake);
    expect(reviewWhen).to.equal('domingo, 8 de marzo de 2026, 3:30 Zona horaria: hora oriental (New York)');
    expect(body).to.include({ startTime: skipped.instant, endTime: plusHour(skipped.instant) });
    expect(body.startTime).to.equal('2026-03-08T07:30:00Z');
  });

  it('lists both occurrences of a repeated hour, told apart, and books the second (Madrid, 25 October)', async function () {
    this.timeout(20000);
    setClock('2026-10-22T10:00:00Z');
    const zone = 'Europe/Madrid';
    const fake = citaProFake({ timeZone: zone });
    openAllSunday(fake);
    // A backend that writes offsets can name both 02:30s.
    answerAvailability(casesIn(zone, '2026-10-25'), asIsoWithOffset);
    const widget = await mountWidget({ timezone: zone });
    await openDay(widget, '2026-10-25', /^domingo, 25 de octubre de 2026/);
    expect(await labels(widget)).to.deep.equal(['1:30', '2:30 CEST', '2:30 CET', '3:30', '10:00', '13:00']);

    await click((await times(widget)).find((b) => plain(b.textContent) === '2:30 CET')!);
    const second = findCase(zone, '2026-10-25', '02:30', 'second');
    const { body, reviewWhen } = await finish(widget, fake);
    expect(reviewWhen).to.equal('domingo, 25 de octubre de 2026, 2:30 CET Zona horaria: hora de Europa central (Madrid)');
    expect(body).to.include({ startTime: second.instant, endTime: plusHour(second.instant) });
    expect(body.startTime).to.equal('2026-10-25T01:30:00Z');
  });

  it('books a slot that ends in the repeated hour from the fake\'s own wall-clock availability (New York, 1 November)', async function () {
    this.timeout(20000);
    setClock('2026-10-29T15:00:00Z');
    const zone = 'America/New_York';
    const fake = citaProFake({ timeZone: zone });
    openAllSunday(fake);
    const widget = await mountWidget({ timezone: zone });
    await openDay(widget, '2026-11-01', /^domingo, 1 de noviembre de 2026/);
    // 01:30 EDT + 1 h ends at "01:30" again (EST): the end is read after the start, not an hour before it.
    expect((await labels(widget)).slice(0, 6)).to.deep.equal(['0:00', '0:30', '1:00', '1:30', '2:00', '2:30']);
    await click((await times(widget)).find((b) => plain(b.textContent) === '1:30')!);
    const first = findCase(zone, '2026-11-01', '01:30', 'first');
    const { body } = await finish(widget, fake);
    expect(body).to.include({ startTime: first.instant, endTime: plusHour(first.instant) });
    expect(body.endTime).to.equal('2026-11-01T06:30:00Z');
  });

  it('offers no switch when the business is in the visitor\'s own zone', async function () {
    this.timeout(20000);
    setClock('2026-03-05T15:00:00Z');
    citaProFake({ timeZone: VISITOR_ZONE });
    const widget = await mountWidget({ timezone: VISITOR_ZONE });
    await openDay(widget, '2026-03-08', /^domingo, 8 de marzo de 2026/);
    expect(await labels(widget)).to.include('13:00');
    expect(queryByShadowRole(widget, 'button', { name: /^Mostrar en mi hora/ })).to.equal(null);
  });
});
