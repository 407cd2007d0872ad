/**
 * The 2026 DST table (test/core/dst-table.ts) through SalonBookIt's time format: `fecha` + `hora_inicio`
 * / `hora_fin` as plain business clock times. Availability must turn them into the table's instants;
 * a booking must send the business clock reading of the chosen instant.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import type { Slot } from '../../src/core/model.js';
import { wallClockToInstant } from '../../src/core/zoned-time.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { DST_CASES, wallClockIn, type DstCase } from '../core/dst-table.js';

const base = 'https://salon.example/api/v1';
const SLOT_MINUTES = 30;
const later = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
const hhmm = (zone: string, instant: string) => wallClockIn(zone, new Date(instant)).slice(11, 16);

/** The table's business days, each with its cases in time order (a repeated time's occurrences in order). */
function daysOf(cases: readonly DstCase[]) {
  const days = new Map<string, DstCase[]>();
  for (const c of cases) days.set(`${c.zone}|${c.date}`, [...(days.get(`${c.zone}|${c.date}`) ?? []), c]);
  return [...days.values()].map((list) => list.sort((a, b) => a.instant.localeCompare(b.instant)));
}

describe('SalonBookIt adapter on the 2026 DST table', () => {
  useNetwork();

  it(`reads fecha + hora_inicio/hora_fin into the table's instants (${DST_CASES.length} cases)`, async () => {
    for (const day of daysOf(DST_CASES)) {
      const { zone, date } = day[0];
      useHandlers(
        http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) =>
          HttpResponse.json({
            success: true,
            data: {
              fecha: params.fecha,
              profesional: { id: 5, nombre: 'Carlos García' },
              duracion_solicitada: SLOT_MINUTES,
              slots: day.map((c) => ({ hora_inicio: c.time, hora_fin: hhmm(zone, later(c.instant, SLOT_MINUTES)), disponible: true })),
            },
          }),
        ),
      );
      const { slots } = await createSalonBookItAdapter({ apiBase: base, timeZone: zone }).getAvailability({ serviceId: '15', professionalId: '5', from: date, to: date });
      // A skipped time and the time the clock reaches are the same instant: offered once.
      const unique = [...new Map(day.map((c) => [c.instant, c])).values()].sort((a, b) => a.instant.localeCompare(b.instant));
      expect(slots.map((s) => s.start), `${zone} ${date}`).to.deep.equal(unique.map((c) => c.instant));
      expect(slots.map((s) => s.end), `${zone} ${date}`).to.deep.equal(unique.map((c) => later(c.instant, SLOT_MINUTES)));
      expect(slots.map((s) => s.time), `${zone} ${date}: the clock shows`).to.deep.equal(unique.map((c) => c.shownTime));
      expect(slots.map((s) => s.date), `${zone} ${date}: grouped under the business date`).to.deep.equal(unique.map(() => date));
    }
  });

  it(`sends the business clock reading of each case's instant in POST /reservas/crear/ (${DST_CASES.length} cases)`, async () => {
    const bodies: Array<{ fecha: string; hora_inicio: string }> = [];
    useHandlers(
      http.post(`${base}/reservas/crear/`, async ({ request }) => {
        bodies.push((await request.json()) as (typeof bodies)[number]);
        return HttpResponse.json({ success: true, data: { id: bodies.length, codigo: 'X', total: 10, moneda: 'EUR', estado: 'confirmada' } }, { status: 201 });
      }),
    );
    for (const c of DST_CASES) {
      const slot: Slot = { date: c.date, time: c.shownTime, start: c.instant, end: later(c.instant, SLOT_MINUTES), professionals: [{ id: '5', name: 'Carlos' }] };
      await createSalonBookItAdapter({ apiBase: base, timeZone: c.zone }).createBooking({
        service: { id: '15', name: 'Corte', durationMinutes: SLOT_MINUTES, price: 10 },
        slot,
        client: { firstName: 'A', lastName: 'B', email: 'a@example.com', phone: '', notes: '' },
      });
    }
    expect(bodies.map((b) => `${b.fecha} ${b.hora_inicio}`)).to.deep.equal(DST_CASES.map((c) => `${c.date} ${c.shownTime}`));
    // What the server reads back: the exact instant, except a repeated hour's second pass, which a plain
    // clock time cannot name (it reads as the first occurrence, an hour earlier).
    for (const [i, c] of DST_CASES.entries()) {
      const read = wallClockToInstant(bodies[i].fecha, bodies[i].hora_inicio, c.zone).toISOString().replace('.000Z', 'Z');
      if (c.repeated === 'second') expect(Date.parse(c.instant) - Date.parse(read), c.name).to.equal(60 * 60_000);
      else expect(read, c.name).to.equal(c.instant);
    }
  });
});
