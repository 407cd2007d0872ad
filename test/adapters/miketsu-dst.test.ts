/**
 * The 2026 DST table through the Miketsu adapter: availability answered as the backend writes it
 * ("HH:MM" lists on the merchant's clock, a repeated time listed twice), the RFC 3339 range it is asked
 * with, and the `timeStamp` instants it sends in POST /bookings/customer.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMiketsuAdapter } from '../../src/adapters/miketsu.js';
import type { Slot } from '../../src/core/model.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { DST_CASES, DST_TRANSITIONS, type DstCase } from '../core/dst-table.js';

const base = 'https://host.example/api/v1';
const MINUTES = 30;
const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

function daysOf(cases: readonly DstCase[]) {
  const days = new Map<string, DstCase[]>();
  for (const c of cases) days.set(`${c.zone}|${c.date}`, [...(days.get(`${c.zone}|${c.date}`) ?? []), c]);
  return [...days.values()].map((list) => list.sort((a, b) => a.instant.localeCompare(b.instant)));
}

/** The day as Miketsu answers it: wall-clock times split at noon, in the order they happen. */
const dayBody = (day: readonly DstCase[]) => ({
  data: [
    {
      date: day[0].date,
      is_available: true,
      morning: day.filter((c) => Number(c.time.slice(0, 2)) < 12).map((c) => c.time),
      afternoon: day.filter((c) => Number(c.time.slice(0, 2)) >= 12).map((c) => c.time),
    },
  ],
});

const merchant = (zone: string) => ({
  data: {
    url_name: 'spa-retreat',
    timezone: zone,
    location_id: 456,
    formatted_location: 'Main street 1',
    services: [{ id: 1, name: 'Hair', sequence: 1, services: [{ id: 123, name: 'Cut', total_duration: MINUTES, price: '10,00 €', price_type: 'fixed', sequence: 1 }] }],
  },
});

const adapterIn = (zone: string) => createMiketsuAdapter({ apiBase: base, merchant: 'spa-retreat', timeZone: zone, warn: () => {} });

describe('Miketsu adapter on the 2026 DST table', () => {
  useNetwork();
  // A customer's session: the merchant catalog (classes and events) is for employees (notes §4.5).
  beforeEach(() => useHandlers(http.get(`${base}/merchant/services`, () => HttpResponse.json({ error: { message: 'this resource can only be accessed with [owner admin staff] roles' } }, { status: 401 }))));

  it(`reads "HH:MM" availability into the table's instants (${DST_CASES.length} cases)`, async () => {
    for (const day of daysOf(DST_CASES)) {
      const { zone, date } = day[0];
      useHandlers(
        http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchant(zone))),
        http.get(`${base}/merchants/spa-retreat/locations/456/services/123/availability`, () => HttpResponse.json(dayBody(day))),
      );
      const { slots } = await adapterIn(zone).getAvailability({ serviceId: '123', locationId: '456', from: date, to: date });
      expect(slots.map((s) => s.start), `${zone} ${date}`).to.deep.equal(day.map((c) => c.instant));
      expect(slots.map((s) => s.end), `${zone} ${date}: start + total_duration`).to.deep.equal(day.map((c) => later(c.instant, MINUTES)));
      expect(slots.map((s) => s.date), `${zone} ${date}: grouped under the business date`).to.deep.equal(day.map(() => date));
    }
  });

  it('asks each transition day with start and end in RFC 3339 carrying that moment\'s offset', async () => {
    for (const t of DST_TRANSITIONS) {
      let params: Record<string, string> = {};
      useHandlers(
        http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchant(t.zone))),
        http.get(`${base}/merchants/spa-retreat/locations/456/services/123/availability`, ({ request }) => {
          params = Object.fromEntries(new URL(request.url).searchParams);
          return HttpResponse.json({ data: [] });
        }),
      );
      await adapterIn(t.zone).getAvailability({ serviceId: '123', locationId: '456', from: t.date, to: t.date });
      // Midnight is before every change in the table, the day's last second after it.
      expect(params, `${t.zone} ${t.date}`).to.deep.equal({ start: `${t.date}T00:00:00${t.offsetBefore}`, end: `${t.date}T23:59:59${t.offsetAfter}` });
      expect(Date.parse(params.end) - Date.parse(params.start), 'a 23 h or 25 h day').to.equal(
        (24 * 60 * 60 - 1) * 1000 + (Date.parse(`2000-01-01T00:00:00${t.offsetAfter}`) - Date.parse(`2000-01-01T00:00:00${t.offsetBefore}`)),
      );
    }
  });

  it(`sends each case's exact instant as timeStamp (${DST_CASES.length} cases)`, async () => {
    const stamps: string[] = [];
    useHandlers(http.post(`${base}/bookings/customer`, async ({ request }) => {
      stamps.push(((await request.json()) as { timeStamp: string }).timeStamp);
      return new HttpResponse(null, { status: 201 });
    }));
    for (const day of daysOf(DST_CASES)) {
      const { zone, date } = day[0];
      useHandlers(
        http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchant(zone))),
        http.get(`${base}/merchants/spa-retreat/locations/456/services/123/availability`, () => HttpResponse.json(dayBody(day))),
      );
      const adapter = adapterIn(zone);
      const { slots } = await adapter.getAvailability({ serviceId: '123', locationId: '456', from: date, to: date });
      for (const slot of slots as Slot[]) {
        await adapter.createBooking({
          service: { id: '123', name: 'Cut', durationMinutes: MINUTES, price: 10 },
          location: { id: '456', name: 'Main street 1' },
          slot,
          client: { firstName: 'A', lastName: 'B', email: 'a@example.com', phone: '0991234567', notes: '' },
        });
      }
    }
    expect(stamps).to.deep.equal(daysOf(DST_CASES).flat().map((c) => c.instant));
    for (const stamp of stamps) expect(stamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });
});
