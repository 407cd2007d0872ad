/**
 * The 2026 DST table (test/core/dst-table.ts) through the LatePoint adapter: availability answered as
 * site wall-clock "HH:MM" (and as minutes after midnight), and the `start_date` + `start_time` it then
 * sends in POST /bookings.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createLatePointAdapter } from '../../src/adapters/latepoint.js';
import type { Slot } from '../../src/core/model.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { DST_CASES, minutesOfDay, type DstCase } from '../core/dst-table.js';

const base = 'https://site.example/wp-json/latepoint-api/v1';
const SLOT_MINUTES = 30;
const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');

/** How a server may write one free start. */
const formats: Record<string, (c: DstCase) => string | number> = {
  'HH:MM': (c: DstCase) => c.time,
  'minutes after midnight': (c: DstCase) => minutesOfDay(c),
};

/** The table's business days, each with its cases in time order (a repeated time listed twice, in order). */
function daysOf(cases: readonly DstCase[]) {
  const days = new Map<string, DstCase[]>();
  for (const c of cases) days.set(`${c.zone}|${c.date}`, [...(days.get(`${c.zone}|${c.date}`) ?? []), c]);
  return [...days.values()].map((list) => list.sort((a, b) => a.instant.localeCompare(b.instant)));
}

/** Cases whose instant another case of the same day also names (a skipped time and the time the clock reaches). */
const sameInstant = (day: DstCase[]) => day.filter((c, i) => day.findIndex((o) => o.instant === c.instant) === i);

describe('LatePoint adapter on the 2026 DST table', () => {
  useNetwork();

  for (const [formatName, write] of Object.entries(formats)) {
    it(`reads availability written as ${formatName} into the table's instants (${DST_CASES.length} cases)`, async () => {
      for (const day of daysOf(DST_CASES)) {
        const { zone, date } = day[0];
        // Listed the way a server walking the wall-clock day lists them: by clock time, the repeated one twice.
        const listed = [...day].sort((a, b) => a.time.localeCompare(b.time) || a.instant.localeCompare(b.instant));
        useHandlers(
          http.get(`${base}/services`, () => HttpResponse.json({ success: true, data: [{ id: '7', name: 'S', duration: String(SLOT_MINUTES), price_min: '1.0000' }] })),
          http.get(`${base}/availability`, ({ request }) => {
            const p = new URL(request.url).searchParams;
            expect(p.get('date')).to.equal(date);
            return HttpResponse.json({ status: 'success', data: { available_slots: listed.map(write) } });
          }),
        );
        const adapter = createLatePointAdapter({ apiBase: base, timeZone: zone });
        await adapter.listServices();
        const { slots } = await adapter.getAvailability({ serviceId: '7', professionalId: '3', from: date, to: date });
        const expected = sameInstant(day);
        expect(slots.map((s) => s.start), `${zone} ${date}`).to.deep.equal(expected.map((c) => c.instant));
        expect(slots.map((s) => s.end), `${zone} ${date}`).to.deep.equal(expected.map((c) => later(c.instant, SLOT_MINUTES)));
        expect(slots.map((s) => s.date), `${zone} ${date}: grouped under the site's date`).to.deep.equal(expected.map(() => date));
        // A skipped time also offered as the time the clock reaches keeps the real clock time (what gets booked).
        const clock = (c: DstCase) => day.find((o) => o.instant === c.instant && !o.skipped)?.time ?? c.time;
        expect(slots.map((s) => s.time), `${zone} ${date}`).to.deep.equal(expected.map(clock));
      }
    });
  }

  it(`sends each case's site date and the clock time the server listed (${DST_CASES.length} cases)`, async () => {
    const bodies: Array<{ start_date: string; start_time: string }> = [];
    useHandlers(
      http.get(`${base}/customers`, () => HttpResponse.json({ success: true, data: [] })),
      http.post(`${base}/bookings`, async ({ request }) => {
        bodies.push((await request.json()) as (typeof bodies)[number]);
        return HttpResponse.json({ status: 'success', data: { id: 1, booking_code: 'LP-2026-001' } }, { status: 201 });
      }),
    );
    for (const c of DST_CASES) {
      const slot: Slot = { date: c.date, time: c.time, start: c.instant, end: later(c.instant, SLOT_MINUTES), professionals: [] };
      await createLatePointAdapter({ apiBase: base, timeZone: c.zone }).createBooking({
        service: { id: '7', name: 'S', durationMinutes: SLOT_MINUTES, price: 1 },
        professional: { id: '3', name: 'María' },
        slot,
        client: { firstName: 'A', lastName: 'B', email: 'a@example.com', phone: '', notes: '' },
      });
    }
    expect(bodies.map((b) => `${b.start_date} ${b.start_time}`)).to.deep.equal(DST_CASES.map((c) => `${c.date} ${c.time}`));
  });
});
