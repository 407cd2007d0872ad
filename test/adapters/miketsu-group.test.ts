/**
 * Contract: Miketsu classes and events. Which services are group services (`booking_type` in the merchant
 * catalog or on public entries), their sessions from `GET /bookings/calendar/events` (notes §4.5), joining
 * one with `booking_id` (the seed's "Joining Group Bookings"), a full session as the docs (409) and the
 * code (400 "no rows") answer it, and a refused calendar refusing the service's times up front.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMiketsuAdapter, type MiketsuAdapterOptions } from '../../src/adapters/miketsu.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest, Slot } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';
import { waitFor } from '../helpers/user.js';

const base = 'https://host.example/api/v1';
const NOW = new Date('2026-03-09T12:00:00Z');

const publicService = (id: number, name: string, extra: Record<string, unknown> = {}) => ({
  id, category_id: 1, name, description: '', total_duration: 60, price: '4 000 Ft', price_type: 'fixed', sequence: id, ...extra,
});
const merchantBody = (services = [publicService(123, 'Haircut'), publicService(456, 'Yoga class')]) => ({
  data: { url_name: 'spa-retreat', timezone: 'UTC', location_id: 456, formatted_location: 'Fő utca 1', services: [{ id: 1, name: 'All', sequence: 1, services }] },
});
// GET /merchant/services: categories whose services carry booking_type and the participant limits.
const merchantCatalog = {
  data: [
    {
      id: 1,
      name: 'All',
      services: [
        { id: 123, name: 'Haircut', booking_type: 'appointment', min_participants: 1, max_participants: 1, is_active: true, price: { amount: 4000, currency: 'HUF' } },
        { id: 456, name: 'Yoga class', booking_type: 'class', min_participants: 1, max_participants: 8, is_active: true, price: { amount: 4000, currency: 'HUF' } },
      ],
    },
  ],
};

const participants = (n: number, cancelled = 0) => [
  ...Array.from({ length: n }, (_, i) => ({ id: i + 1, customer_id: `c-${i}`, first_name: 'A', last_name: 'B', status: 'confirmed' })),
  ...Array.from({ length: cancelled }, (_, i) => ({ id: 100 + i, customer_id: `x-${i}`, first_name: 'X', last_name: 'Y', status: 'cancelled' })),
];
const event = (id: number, from: string, extra: Record<string, unknown> = {}) => ({
  id, booking_type: 'class', booking_status: 'confirmed', from_date: from, to_date: from.replace(/T(\d{2})/, (_, h) => `T${String(Number(h) + 1).padStart(2, '0')}`),
  is_recurring: true, service_id: 456, service_name: 'Yoga class', max_participants: 6, participants: participants(2), ...extra,
});
// The calendar between 10 and 12 March: sessions open, full, cancelled, past, of another service, an appointment.
const calendar = {
  data: {
    bookings: [
      event(71, '2026-03-10T18:00:00Z'),
      event(72, '2026-03-11T18:00:00Z', { participants: participants(6) }),
      event(73, '2026-03-11T07:00:00Z', { booking_status: 'cancelled' }),
      event(74, '2026-03-12T09:00:00Z', { max_participants: null, participants: participants(5, 2) }),
      event(75, '2026-03-12T18:00:00Z', { service_id: 999 }),
      { ...event(76, '2026-03-12T10:00:00Z'), booking_type: 'appointment' },
      event(77, '2026-03-09T11:00:00Z'),
    ],
    blocked_times: [],
  },
};

const routes = {
  merchant: http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody())),
  catalog: http.get(`${base}/merchant/services`, () => HttpResponse.json(merchantCatalog)),
  calendar: http.get(`${base}/bookings/calendar/events`, () => HttpResponse.json(calendar)),
  refused: (status: number) => http.get(`${base}/bookings/calendar/events`, () => HttpResponse.json({ error: { message: 'this resource can only be accessed with [owner admin staff] roles' } }, { status })),
  availability: http.get(`${base}/merchants/spa-retreat/locations/456/services/456/availability`, () =>
    HttpResponse.json({ data: [{ date: '2026-03-10', is_available: true, morning: [], afternoon: ['18:00'] }] })),
  created: http.post(`${base}/bookings/customer`, () => new HttpResponse(null, { status: 201 })),
};

const adapter = (overrides: Partial<MiketsuAdapterOptions> = {}) =>
  createMiketsuAdapter({ apiBase: base, merchant: 'spa-retreat', timeZone: 'UTC', now: () => NOW, warn: () => {}, ...overrides });

const yoga = { id: '456', name: 'Yoga class', durationMinutes: 60, price: 4000, currency: 'HUF', group: true };
const request = (slot: Slot, notes = ''): BookingRequest => ({
  service: yoga,
  location: { id: '456', name: 'Fő utca 1' },
  slot,
  client: { firstName: 'Jane', lastName: 'Smith', email: 'jane@example.com', phone: '', notes },
});
const session71: Slot = { date: '2026-03-10', time: '18:00', start: '2026-03-10T18:00:00Z', end: '2026-03-10T19:00:00Z', professionals: [], session: { id: '71', seatsLeft: 4, capacity: 6 } };

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('Miketsu adapter: classes and events', () => {
  useNetwork();

  it('marks services whose booking_type is class or event as group, from the merchant catalog', async () => {
    const log = recordRequests();
    useHandlers(routes.merchant, routes.catalog);
    const a = adapter();
    const services = await a.listServices();
    expect(services.map((s) => [s.id, s.group ?? false])).to.deep.equal([['123', false], ['456', true]]);
    expect(log.map((r) => r.url.pathname)).to.deep.equal(['/api/v1/merchants/spa-retreat', '/api/v1/merchant/services']);
    expect(a.capabilities).to.include({ groupSessions: true });
  });

  it('reads booking_type on public entries too, and then does not ask the merchant catalog', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/merchants/spa-retreat`, () =>
      HttpResponse.json(merchantBody([publicService(123, 'Haircut', { booking_type: 'appointment' }), publicService(456, 'Open day', { booking_type: 'EVENT' })]))));
    const services = await adapter().listServices();
    expect(services.map((s) => s.group ?? false)).to.deep.equal([false, true]);
    expect(log).to.have.length(1);
  });

  it('lists the sessions with seats from the calendar: ids, seats left and capacity', async () => {
    const log = recordRequests();
    useHandlers(routes.merchant, routes.catalog, routes.calendar);
    const { slots } = await adapter().getAvailability({ serviceId: '456', locationId: '456', from: '2026-03-09', to: '2026-03-12' });
    const ask = log.find((r) => r.url.pathname === '/api/v1/bookings/calendar/events')!;
    expect(Object.fromEntries(ask.url.searchParams)).to.deep.equal({ start: '2026-03-09T00:00:00+00:00', end: '2026-03-12T23:59:59+00:00' });
    expect(log.some((r) => r.url.pathname.endsWith('/availability')), 'public availability not needed').to.equal(false);
    expect(slots).to.deep.equal([
      { ...session71 },
      // No max_participants on the event: the service's 8; cancelled participants hold no seat.
      { date: '2026-03-12', time: '09:00', start: '2026-03-12T09:00:00Z', end: '2026-03-12T10:00:00Z', professionals: [], session: { id: '74', seatsLeft: 3, capacity: 8 } },
    ]);
  });

  it('joins with booking_id after reading the session again; no id comes back', async () => {
    const log = recordRequests();
    useHandlers(routes.merchant, routes.catalog, routes.calendar, routes.created);
    const confirmation = await adapter().createBooking(request(session71, 'First class'));
    // The recorder reads bodies asynchronously.
    await waitFor(() => expect(log.filter((r) => r.method === 'POST')).to.have.length(1));
    const posts = log.filter((r) => r.method === 'POST');
    expect(posts[0].url.pathname).to.equal('/api/v1/bookings/customer');
    expect(posts[0].body).to.deep.equal({
      merchant_name: 'spa-retreat',
      service_id: 456,
      location_id: 456,
      timeStamp: '2026-03-10T18:00:00Z',
      customer_note: 'First class',
      booking_id: 71,
    });
    const reread = log.findIndex((r) => r.url.pathname === '/api/v1/bookings/calendar/events');
    expect(reread, 'the session is read again before the POST').to.be.within(0, log.indexOf(posts[0]) - 1);
    expect(Object.fromEntries(log[reread].url.searchParams)).to.deep.equal({ start: '2026-03-10T00:00:00+00:00', end: '2026-03-10T23:59:59+00:00' });
    expect(confirmation).to.deep.equal({ id: undefined, status: 'pending', start: '2026-03-10T18:00:00Z', end: '2026-03-10T19:00:00Z', total: 4000, currency: 'HUF' });
  });

  it('refuses a session that filled up meanwhile as session-full, and a vanished one as slot-taken, without POSTing', async () => {
    const log = recordRequests();
    useHandlers(routes.merchant, routes.catalog, routes.calendar, routes.created);
    const full = await rejection(adapter().createBooking(request({ ...session71, date: '2026-03-11', start: '2026-03-11T18:00:00Z', session: { id: '72' } })));
    expect(full).to.be.instanceOf(BookingError);
    expect(full.code).to.equal('session-full');
    const gone = await rejection(adapter().createBooking(request({ ...session71, session: { id: '99' } })));
    expect(gone.code).to.equal('slot-taken');
    expect(log.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  const answering = (status: number, message: string) =>
    http.post(`${base}/bookings/customer`, () => HttpResponse.json({ error: { message } }, { status }));

  it('a full session as the docs (409) and as the code (400 "no rows in result set") answer it → session-full', async () => {
    for (const [status, message] of [
      [409, 'Capacity reached'],
      [400, 'no rows in result set'],
      [400, 'the class is full'],
      [400, 'maximum participants reached'],
    ] as const) {
      useHandlers(routes.merchant, routes.catalog, routes.calendar, answering(status, message));
      const error = await rejection(adapter().createBooking(request(session71)));
      expect(error.code, message).to.equal('session-full');
      expect(error).to.include({ status, detail: message });
    }
  });

  it('other join errors keep their meaning: 400 → validation, 401 → unauthorized', async () => {
    useHandlers(routes.merchant, routes.catalog, routes.calendar, answering(400, 'customer is blacklisted'));
    expect(await rejection(adapter().createBooking(request(session71)))).to.include({ code: 'validation', detail: 'customer is blacklisted' });
    useHandlers(answering(401, 'unauthorized'));
    expect(await rejection(adapter().createBooking(request(session71)))).to.include({ code: 'unauthorized', status: 401 });
  });

  for (const status of [401, 403]) {
    it(`calendar refused (${status}): no unjoinable times offered — availability is refused up front, and so is a join`, async () => {
      const log = recordRequests();
      const warnings: string[] = [];
      useHandlers(routes.merchant, routes.catalog, routes.refused(status), routes.availability, routes.created);
      const a = adapter({ warn: (m) => warnings.push(m) });
      const query = { serviceId: '456', locationId: '456', from: '2026-03-10', to: '2026-03-10' };
      const refused = await rejection(a.getAvailability(query));
      expect(refused).to.be.instanceOf(BookingError);
      // 'unauthorized': the customer reads "online booking is not available, contact us"; the merchant the why.
      expect(refused.code).to.equal('unauthorized');
      expect(refused.detail).to.contain('booking_id').and.to.contain('front desk');
      expect(warnings.join('\n')).to.contain('calendar/events').and.to.contain('not offered for online booking');
      expect(log.some((r) => r.url.pathname.endsWith('/availability')), 'public times not even asked').to.equal(false);
      // A booking built without a session id (a custom UI, an old slot) is refused the same way, nothing POSTed.
      const slot: Slot = { date: '2026-03-10', time: '18:00', start: '2026-03-10T18:00:00Z', end: '2026-03-10T19:00:00Z', professionals: [] };
      expect(await rejection(a.createBooking(request(slot)))).to.include({ code: 'unauthorized' });
      expect(log.filter((r) => r.method === 'POST'), 'no join pretended').to.have.length(0);
      // The refusal is remembered: the next month does not ask the calendar again, and is refused too.
      expect(await rejection(a.getAvailability({ ...query, from: '2026-04-01', to: '2026-04-30' }))).to.include({ code: 'unauthorized' });
      expect(log.filter((r) => r.url.pathname === '/api/v1/bookings/calendar/events')).to.have.length(1);
      // Appointments are untouched by it.
      useHandlers(http.get(`${base}/merchants/spa-retreat/locations/456/services/123/availability`, () =>
        HttpResponse.json({ data: [{ date: '2026-03-10', is_available: true, morning: ['09:00'], afternoon: [] }] })));
      expect((await a.getAvailability({ ...query, serviceId: '123' })).slots.map((s) => s.start)).to.deep.equal(['2026-03-10T09:00:00Z']);
    });
  }

  it('the public layout asks /merchants/{merchantId}/services and /calendar/events; without merchant-id it falls back', async () => {
    const log = recordRequests();
    const { services } = merchantBody().data;
    useHandlers(
      http.get(`${base}/public/merchants/spa-retreat/`, () => HttpResponse.json({ data: { ...merchantBody().data, services: undefined } })),
      http.get(`${base}/public/merchants/spa-retreat/services`, () => HttpResponse.json({ data: services })),
      http.get(`${base}/merchants/m-1/services`, () => HttpResponse.json(merchantCatalog)),
      http.get(`${base}/merchants/m-1/calendar/events`, () => HttpResponse.json(calendar)),
      http.get(`${base}/public/merchants/spa-retreat/locations/456/services/456/availability`, () =>
        HttpResponse.json({ data: [{ date: '2026-03-10', is_available: true, morning: [], afternoon: ['18:00'] }] })),
    );
    const query = { serviceId: '456', locationId: '456', from: '2026-03-10', to: '2026-03-10' };
    const withId = await adapter({ routeLayout: 'public', merchantId: 'm-1' }).getAvailability(query);
    expect(withId.slots.map((s) => s.session?.id)).to.deep.equal(['71']);
    expect(log.map((r) => r.url.pathname)).to.include.members(['/api/v1/merchants/m-1/services', '/api/v1/merchants/m-1/calendar/events']);

    log.length = 0;
    // Without merchant-id no employee route can be named: yoga reads as the public catalog shows it.
    const without = adapter({ routeLayout: 'public' });
    expect((await without.listServices()).some((s) => s.group)).to.equal(false);
    expect(log.some((r) => r.url.pathname.startsWith('/api/v1/merchants/')), 'no employee route asked').to.equal(false);
  });

  it('route-layout="public" without merchant-id, a class known from its public booking_type: refused up front, no route guessed', async () => {
    const log = recordRequests();
    const warnings: string[] = [];
    const services = [{ id: 1, name: 'All', sequence: 1, services: [publicService(123, 'Haircut', { booking_type: 'appointment' }), publicService(456, 'Yoga class', { booking_type: 'class' })] }];
    useHandlers(
      http.get(`${base}/public/merchants/spa-retreat/`, () => HttpResponse.json({ data: { ...merchantBody().data, services: undefined } })),
      http.get(`${base}/public/merchants/spa-retreat/services`, () => HttpResponse.json({ data: services })),
      http.get(`${base}/public/merchants/spa-retreat/locations/456/services/456/availability`, () =>
        HttpResponse.json({ data: [{ date: '2026-03-10', is_available: true, morning: [], afternoon: ['18:00'] }] })),
    );
    const a = adapter({ routeLayout: 'public', warn: (m) => warnings.push(m) });
    expect((await a.listServices()).find((s) => s.id === '456')?.group).to.equal(true);
    const error = await rejection(a.getAvailability({ serviceId: '456', locationId: '456', from: '2026-03-10', to: '2026-03-10' }));
    expect(error).to.include({ code: 'unauthorized' });
    expect(error.recoverable, 'no retry offered: trying again cannot help').to.equal(false);
    expect(error.detail).to.contain('merchant-id');
    expect(warnings.join('\n')).to.contain('merchant-id');
    expect(log.some((r) => r.url.pathname.startsWith('/api/v1/merchants/')), 'no employee route asked').to.equal(false);
    expect(log.some((r) => r.url.pathname.endsWith('/availability')), 'no unjoinable times fetched').to.equal(false);
  });

  it('front desk (query.frontDesk): the times a NEW session can start — inside hours, clear of bookings, blocked times and the lead time', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () =>
        HttpResponse.json({ data: { ...merchantBody().data, business_hours: { '2': [{ start_time: '08:00:00', end_time: '13:00:00' }] } } })),
      routes.catalog,
      http.get(`${base}/merchant/settings`, () => HttpResponse.json({ data: { booking_window_min: 1230, booking_window_max: 3, buffer_time: 15, timezone: 'UTC' } })),
      http.get(`${base}/bookings/calendar/events`, () =>
        HttpResponse.json({
          data: {
            bookings: [event(71, '2026-03-10T10:00:00Z'), event(80, '2026-03-10T08:00:00Z', { booking_status: 'cancelled', service_id: 123, booking_type: 'appointment' })],
            blocked_times: [{ id: 1, name: 'Break', from_date: '2026-03-10T11:15:00Z', to_date: '2026-03-10T11:30:00Z', all_day: false }],
          },
        })),
    );
    const { slots } = await adapter().getAvailability({ serviceId: '456', locationId: '456', from: '2026-03-10', to: '2026-03-10', frontDesk: true });
    // Lead 20.5 h from 9 March 12:00 → 08:30; the class 10:00–11:00 ± 15 min buffer; the break 11:15–11:30.
    expect(slots.map((s) => s.time)).to.deep.equal(['08:30', '08:45', '11:30', '11:45', '12:00']);
    expect(slots[0]).to.deep.equal({ date: '2026-03-10', time: '08:30', start: '2026-03-10T08:30:00Z', end: '2026-03-10T09:30:00Z', professionals: [] });
    expect(log.some((r) => r.url.pathname.endsWith('/availability')), 'not the public session times').to.equal(false);
    const ask = log.find((r) => r.url.pathname === '/api/v1/bookings/calendar/events')!;
    expect(Object.fromEntries(ask.url.searchParams)).to.deep.equal({ start: '2026-03-10T00:00:00+00:00', end: '2026-03-10T23:59:59+00:00' });
  });

  it('front desk: a refused calendar is unauthorized (an employee session is needed), not the customer fallback', async () => {
    useHandlers(routes.merchant, routes.catalog, routes.refused(401), routes.availability,
      http.get(`${base}/merchant/settings`, () => HttpResponse.json({ error: { message: 'unauthorized' } }, { status: 401 })));
    const error = await rejection(adapter().getAvailability({ serviceId: '456', locationId: '456', from: '2026-03-10', to: '2026-03-10', frontDesk: true }));
    expect(error).to.include({ code: 'unauthorized', status: 401 });
  });
});
