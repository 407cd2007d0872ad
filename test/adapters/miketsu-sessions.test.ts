/**
 * The Miketsu adapter against the stateful fake: listing and joining class sessions (with seats counted
 * on both sides), a session filling up before or during the join in both the docs' and the code's
 * answer, and the front desk booking series and finding customers.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { createMiketsuAdapter } from '../../src/adapters/miketsu.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import type { BookingRequest, Service, Slot } from '../../src/core/model.js';
import { createMiketsuFake, MIKETSU_IDS, type MiketsuFakeOptions } from '../../src/mocks/miketsu/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://host.example/api/v1';
// Monday 9 March 2026, 08:00 in Guayaquil. Yoga sessions 1–6: Wed 11 (full), Fri 13 (2 of 6), Mon 16 (4 of 6), …
const NOW = new Date('2026-03-09T13:00:00Z');
const zone = 'America/Guayaquil';

function setup(options: Partial<MiketsuFakeOptions> = {}) {
  const fake = createMiketsuFake({ baseUrl: base, timeZone: zone, now: () => NOW, ...options });
  useHandlers(...fake.handlers);
  const adapter = createMiketsuAdapter({ apiBase: base, merchant: MIKETSU_IDS.merchant, timeZone: zone, now: () => NOW, warn: () => {} });
  return { fake, adapter };
}

async function yogaOf(adapter: BookingAdapter): Promise<Service> {
  return (await adapter.listServices()).find((s) => s.id === String(MIKETSU_IDS.yoga))!;
}
const joining = (service: Service, slot: Slot): BookingRequest => ({
  service,
  slot,
  client: { firstName: 'Ana', lastName: 'Ríos', email: 'ana@example.com', phone: '', notes: '' },
});

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('Miketsu adapter with the fake: sessions and the front desk', () => {
  useNetwork();

  it('lists the class as a group service and its sessions with seats, then joins one', async () => {
    const { fake, adapter } = setup();
    const yoga = await yogaOf(adapter);
    expect(yoga).to.include({ name: 'Yoga en grupo', group: true, durationMinutes: 60, price: 12, currency: 'EUR' });
    const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-09', to: '2026-03-16' });
    expect(slots.map((s) => [s.date, s.time, s.session])).to.deep.equal([
      ['2026-03-13', '18:30', { id: '2', seatsLeft: 4, capacity: 6 }],
      ['2026-03-16', '18:30', { id: '3', seatsLeft: 2, capacity: 6 }],
    ]);
    await adapter.createBooking(joining(yoga, slots[0]));
    expect(fake.state.sessions[1].participants).to.have.length(3);
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.body).to.include({ booking_id: 2, service_id: MIKETSU_IDS.yoga, timeStamp: '2026-03-13T23:30:00Z' });
    const after = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-13', to: '2026-03-13' });
    expect(after.slots[0].session).to.deep.equal({ id: '2', seatsLeft: 3, capacity: 6 });
  });

  it('route-layout="public" with merchant-id: the class and its sessions from /merchants/{merchantId}/…', async () => {
    const fake = createMiketsuFake({ baseUrl: base, timeZone: zone, now: () => NOW, layout: 'public' });
    useHandlers(...fake.handlers);
    const adapter = createMiketsuAdapter({
      apiBase: base, merchant: MIKETSU_IDS.merchant, timeZone: zone, now: () => NOW, warn: () => {}, routeLayout: 'public', merchantId: MIKETSU_IDS.merchantId,
    });
    const yoga = await yogaOf(adapter);
    expect(yoga.group).to.equal(true);
    const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-16', to: '2026-03-16' });
    expect(slots.map((s) => s.session?.id)).to.deep.equal(['3']);
    await adapter.createBooking(joining(yoga, slots[0]));
    expect(fake.state.sessions[2].participants).to.have.length(5);
    expect(fake.requests.map((r) => `${r.method} ${r.url.pathname}`)).to.include.members([
      `GET /api/v1/merchants/${MIKETSU_IDS.merchantId}/services`,
      `GET /api/v1/merchants/${MIKETSU_IDS.merchantId}/calendar/events`,
      'POST /api/v1/public/bookings/',
    ]);
  });

  it('a session that filled up after listing is refused before sending', async () => {
    const { fake, adapter } = setup();
    const yoga = await yogaOf(adapter);
    const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-13', to: '2026-03-13' });
    fake.fillSession(2);
    const error = await rejection(adapter.createBooking(joining(yoga, slots[0])));
    expect(error).to.be.instanceOf(BookingError);
    expect(error.code).to.equal('session-full');
    expect(fake.requests.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  for (const conflicts of ['seed', 'code'] as const) {
    it(`the last seat taken while joining: ${conflicts === 'seed' ? '409 (the docs)' : '400 "no rows in result set" (the code)'} → session-full`, async () => {
      const { fake, adapter } = setup({ conflicts });
      const yoga = await yogaOf(adapter);
      const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-13', to: '2026-03-13' });
      // Others take the remaining seats just as this POST arrives; the fake then answers.
      useHandlers(http.post(`${base}/bookings/customer`, () => fake.fillSession(2), { once: true }));
      const error = await rejection(adapter.createBooking(joining(yoga, slots[0])));
      expect(error).to.include({ code: 'session-full', status: conflicts === 'seed' ? 409 : 400 });
      expect(fake.state.sessions[1].participants).to.have.length(6);
    });
  }

  it('the opening hours are the merchant business hours', async () => {
    const { adapter } = setup();
    const weekday = [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }];
    const classDay = [weekday[0], { start: '14:00', end: '20:00' }];
    expect(await adapter.getOpeningHours!()).to.deep.equal({ 0: [], 1: classDay, 2: weekday, 3: classDay, 4: weekday, 5: classDay, 6: [{ start: '10:00', end: '14:00' }] });
  });

  it('the front desk books a weekly series; its times then leave the customer availability', async () => {
    const { fake, adapter } = setup();
    const haircut = (await adapter.listServices()).find((s) => s.id === String(MIKETSU_IDS.haircut))!;
    const [jane] = await adapter.findCustomers!('jane smith');
    const slot: Slot = { date: '2026-03-16', time: '09:00', start: '2026-03-16T14:00:00Z', end: '2026-03-16T14:45:00Z', professionals: [] };
    await adapter.createFrontDeskBooking!({
      service: haircut,
      slot,
      customers: [{ id: jane.id }],
      note: 'Corte mensual',
      recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: '2026-03-27' },
    });
    expect(fake.state.bookings.map((b) => b.from_date.slice(0, 10))).to.deep.equal(['2026-03-16', '2026-03-18', '2026-03-20', '2026-03-23', '2026-03-25', '2026-03-27']);
    const { slots } = await adapter.getAvailability({ serviceId: haircut.id, from: '2026-03-18', to: '2026-03-18' });
    expect(slots.map((s) => s.time)).to.not.include('09:00');

    // The same series again collides at once: slot-taken, nothing more stored.
    const again = await rejection(adapter.createFrontDeskBooking!({ service: haircut, slot, customers: [{ id: jane.id }], note: '' }));
    expect(again).to.include({ code: 'slot-taken', status: 409 });
    expect(fake.state.bookings).to.have.length(6);
  });

  it('the front desk is offered free times for a new class session, not the existing ones', async () => {
    const { adapter } = setup();
    const yoga = await yogaOf(adapter);
    const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-13', to: '2026-03-13', frontDesk: true });
    const times = slots.map((s) => s.time);
    // Friday 09:00–13:00 and 14:00–20:00; the session 18:30–19:30 takes every hour-long start that touches it.
    expect(times.slice(0, 3)).to.deep.equal(['09:00', '09:15', '09:30']);
    expect(times).to.include.members(['12:00', '14:00', '17:30']);
    expect(times).to.not.include.members(['12:15', '13:00', '17:45', '18:00', '18:30', '19:00']);
    expect(slots.every((s) => s.session === undefined)).to.equal(true);
  });

  it('the front desk books a weekly class series for several customers at a free time; a new customer is then found', async () => {
    const { fake, adapter } = setup();
    const yoga = await yogaOf(adapter);
    const { slots } = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-13', to: '2026-03-13', frontDesk: true });
    const slot = slots.find((s) => s.time === '17:00')!;
    const known = await adapter.findCustomers!('');
    await adapter.createFrontDeskBooking!({
      service: yoga,
      slot,
      customers: [{ id: known[0].id }, { firstName: 'John', lastName: 'Doe', email: 'john.doe@example.com', phone: '' }],
      note: 'Yoga de tarde',
      recurrence: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: '2026-03-23' },
    });
    const series = fake.state.sessions.filter((s) => s.merchant_note === 'Yoga de tarde');
    expect(series.map((s) => s.from_date)).to.deep.equal(['13', '16', '18', '20', '23'].map((d) => `2026-03-${d}T22:00:00Z`));
    expect(series.every((s) => s.participants!.map((p) => p.last_name).join() === 'Smith,Doe')).to.equal(true);
    expect(await adapter.findCustomers!('DOE')).to.deep.equal([{ id: fake.state.customers.at(-1)!.id, firstName: 'John', lastName: 'Doe', email: 'john.doe@example.com' }]);
    // Its times are no longer free for another new session.
    const after = await adapter.getAvailability({ serviceId: yoga.id, from: '2026-03-16', to: '2026-03-16', frontDesk: true });
    expect(after.slots.map((s) => s.time)).to.not.include('17:00');

    const seven = (await adapter.findCustomers!('')).map((c) => ({ id: c.id }));
    const full = await rejection(adapter.createFrontDeskBooking!({ service: yoga, slot: slots.find((s) => s.time === '09:00')!, customers: seven, note: '' }));
    expect(full).to.include({ code: 'session-full', status: 400 });
  });

  it('a session that is not staff: the front desk is unauthorized', async () => {
    const { adapter } = setup({ staff: false });
    expect(await rejection(adapter.findCustomers!('jane'))).to.include({ code: 'unauthorized', status: 401 });
  });
});
