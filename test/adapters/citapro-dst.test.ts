/**
 * The 2026 DST table through the CitaPro adapter: availability answered in each of the time formats a
 * CitaPro server may write, and the instants the adapter then sends in POST /v1/bookings.
 * Other adapters run the same table (test/core/dst-table.ts) through their own formats.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createCitaProAdapter } from '../../src/adapters/citapro.js';
import type { Slot } from '../../src/core/model.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { asIsoWithOffset, asWallClock, DST_CASES, wallClockIn, type DstCase } from '../core/dst-table.js';

const base = 'https://api.example.com';
const SLOT_MINUTES = 30;
const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

/** How a server writes a slot's start and end. */
const formats = {
  /** The documented format: business wall-clock without offset. */
  'wall-clock': (c: DstCase) => ({ startTime: asWallClock(c), endTime: asWallClock(c, SLOT_MINUTES) }),
  /** ISO 8601 with the zone's offset, which the adapter also reads. */
  'ISO with offset': (c: DstCase) => {
    const end = later(c.instant, SLOT_MINUTES);
    const offset = new Intl.DateTimeFormat('en-US', { timeZone: c.zone, timeZoneName: 'longOffset' }).format(new Date(end)).split('GMT')[1] || '+00:00';
    return { startTime: asIsoWithOffset(c), endTime: `${wallClockIn(c.zone, new Date(end)).replace(' ', 'T')}${offset}` };
  },
};

/** Plain wall-clock lists a repeated hour's time twice, in order; the adapter reads the second as the second occurrence. */
const WALL_CLOCK_CASES = DST_CASES;

/** The table's business days, each with its cases in time order. */
function daysOf(cases: readonly DstCase[]) {
  const days = new Map<string, DstCase[]>();
  for (const c of cases) days.set(`${c.zone}|${c.date}`, [...(days.get(`${c.zone}|${c.date}`) ?? []), c]);
  return [...days.values()].map((list) => list.sort((a, b) => a.instant.localeCompare(b.instant)));
}

describe('CitaPro adapter on the 2026 DST table', () => {
  useNetwork();

  for (const [formatName, write] of Object.entries(formats)) {
    const cases = formatName === 'wall-clock' ? WALL_CLOCK_CASES : DST_CASES;

    it(`reads availability written as ${formatName} into the table's instants (${cases.length} cases)`, async () => {
      for (const day of daysOf(cases)) {
        const { zone, date } = day[0];
        useHandlers(
          http.get(`${base}/v1/bookings/availability`, () =>
            HttpResponse.json({ days: [date], professionals: [], slots: day.map((c) => ({ ...write(c), professionals: [] })), limitExceeded: false }),
          ),
        );
        const { slots } = await createCitaProAdapter({ apiBase: base, timeZone: zone }).getAvailability({ serviceId: 's', locationId: 'l', from: date, to: date });
        expect(slots.map((s) => s.start), `${zone} ${date}`).to.deep.equal(day.map((c) => c.instant));
        expect(slots.map((s) => s.end), `${zone} ${date}`).to.deep.equal(day.map((c) => later(c.instant, SLOT_MINUTES)));
        expect(slots.map((s) => s.date), `${zone} ${date}: grouped under the business date`).to.deep.equal(day.map(() => date));
      }
    });
  }

  it(`sends each case's exact instants in POST /v1/bookings (${DST_CASES.length} cases)`, async () => {
    const bodies: Array<{ startTime: string; endTime: string }> = [];
    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 1, items: [{ id: 'c1', email: 'a@example.com' }] })),
      http.post(`${base}/v1/bookings`, async ({ request }) => {
        bodies.push((await request.json()) as (typeof bodies)[number]);
        return HttpResponse.json({ id: 'b1' }, { status: 201 });
      }),
    );
    for (const c of DST_CASES) {
      const slot: Slot = { date: c.date, time: c.time, start: c.instant, end: later(c.instant, SLOT_MINUTES), professionals: [] };
      await createCitaProAdapter({ apiBase: base, timeZone: c.zone }).createBooking({
        service: { id: 's', name: 'Corte', durationMinutes: SLOT_MINUTES, price: 10 },
        location: { id: 'l', name: 'Sede' },
        slot,
        client: { firstName: 'A', lastName: 'B', email: 'a@example.com', phone: '0991234567', notes: '' },
      });
    }
    expect(bodies.map((b) => b.startTime)).to.deep.equal(DST_CASES.map((c) => c.instant));
    expect(bodies.map((b) => b.endTime)).to.deep.equal(DST_CASES.map((c) => later(c.instant, SLOT_MINUTES)));
  });
});
