/**
 * Contract: the Miketsu front desk sends what the seed's "Create Booking by Merchant" examples show
 * (appointment, recurring weekly MO/WE/FR, group booking with several customers), finds the merchant's
 * customers, reads the opening hours, and maps every documented error (400, 401, 404, 409).
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createMiketsuAdapter, miketsuBackend, type MiketsuAdapterOptions } from '../../src/adapters/miketsu.js';
import { BookingError } from '../../src/core/errors.js';
import type { FrontDeskBookingRequest, RecurrenceRule, Slot } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';
import { waitFor } from '../helpers/user.js';

const base = 'https://host.example/api/v1';
const JANE = '550e8400-e29b-41d4-a716-446655440000';
const SECOND = '660e8400-e29b-41d4-a716-446655440001';

const adapter = (overrides: Partial<MiketsuAdapterOptions> = {}) =>
  createMiketsuAdapter({ apiBase: base, merchant: 'spa-retreat', apiKey: 'TOKEN', timeZone: 'UTC', warn: () => {}, ...overrides });

/** A slot in UTC unless `time` gives the business-zone clock. */
const slotAt = (start: string, minutes = 60, time = start.slice(11, 16)): Slot => ({
  date: start.slice(0, 10),
  time,
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
  professionals: [],
});
const desk = (overrides: Partial<FrontDeskBookingRequest> = {}): FrontDeskBookingRequest => ({
  service: { id: '123', name: 'Haircut', durationMinutes: 45, price: 8500, currency: 'HUF' },
  slot: slotAt('2026-03-15T14:00:00Z', 45),
  customers: [{ id: JANE }],
  note: '',
  ...overrides,
});

const accepted = (path = '/bookings/merchant') => http.post(`${base}${path}`, () => new HttpResponse(null, { status: 201 }));
const answering = (status: number, message: string) =>
  http.post(`${base}/bookings/merchant`, () => HttpResponse.json({ error: { message } }, { status }));

async function posted(request: FrontDeskBookingRequest, options: Partial<MiketsuAdapterOptions> = {}) {
  const log = recordRequests();
  const confirmation = await adapter(options).createFrontDeskBooking!(request);
  // The recorder reads bodies asynchronously.
  await waitFor(() => expect(log.filter((r) => r.method === 'POST')).to.have.length(1));
  const posts = log.filter((r) => r.method === 'POST');
  return { post: posts[0], confirmation, log };
}

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('Miketsu adapter: front desk', () => {
  useNetwork();

  it('declares the front desk: recurrence, findCustomers, createFrontDeskBooking, getOpeningHours', () => {
    const a = adapter();
    expect(a.capabilities.recurrence).to.equal(true);
    expect([a.createFrontDeskBooking, a.findCustomers, a.getOpeningHours].every((f) => typeof f === 'function')).to.equal(true);
  });

  it("books an appointment for an existing customer with the seed's body; 201 with no body → no id", async () => {
    useHandlers(accepted());
    const { post, confirmation } = await posted(desk());
    expect(post.url.href).to.equal(`${base}/bookings/merchant`);
    expect(post.headers.get('Authorization')).to.equal('Bearer TOKEN');
    // "Creating an Appointment", verbatim.
    expect(post.body).to.deep.equal({ service_id: 123, timestamp: '2026-03-15T14:00:00Z', customers: [{ id: JANE }], is_recurring: false });
    expect(confirmation).to.deep.equal({ id: undefined, status: 'pending', start: '2026-03-15T14:00:00Z', end: '2026-03-15T14:45:00Z', total: 8500, currency: 'HUF' });
  });

  it('sends the merchant note when written', async () => {
    useHandlers(accepted());
    const { post } = await posted(desk({ note: '  Customer prefers morning appointments ' }));
    expect(post.body).to.deep.equal({
      service_id: 123,
      timestamp: '2026-03-15T14:00:00Z',
      customers: [{ id: JANE }],
      merchant_note: 'Customer prefers morning appointments',
      is_recurring: false,
    });
  });

  it('a recurring weekly series on MO, WE and FR: the seed\'s "Creating Recurring Bookings" body', async () => {
    useHandlers(accepted());
    const rule: RecurrenceRule = { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: '2026-06-15' };
    const { post } = await posted(
      desk({
        service: { id: '789', name: 'Yoga class', durationMinutes: 60, price: 0, group: true },
        slot: slotAt('2026-03-15T18:00:00Z'),
        note: 'Yoga class - beginner level',
        recurrence: rule,
      }),
    );
    expect(post.body).to.deep.equal({
      service_id: 789,
      timestamp: '2026-03-15T18:00:00Z',
      customers: [{ id: JANE }],
      merchant_note: 'Yoga class - beginner level',
      is_recurring: true,
      recurrence_rule: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: '2026-06-15T18:00:00Z' },
    });
  });

  it("until is the series' wall-clock time on the until date, in the business zone; WEEKLY without days names the first date's", async () => {
    useHandlers(accepted());
    // 09:30 in Madrid: +01:00 in March, +02:00 by June.
    const { post } = await posted(
      desk({ slot: slotAt('2026-03-16T08:30:00Z', 60, '09:30'), recurrence: { frequency: 'WEEKLY', interval: 2, weekdays: [], until: '2026-06-01' } }),
      { timeZone: 'Europe/Madrid' },
    );
    expect((post.body as Record<string, unknown>).recurrence_rule).to.deep.equal({ frequency: 'WEEKLY', interval: 2, weekdays: ['MO'], until: '2026-06-01T07:30:00Z' });

    const daily = await posted(desk({ recurrence: { frequency: 'DAILY', interval: 1, weekdays: [], until: '2026-03-20' } }));
    expect((daily.post.body as Record<string, unknown>).recurrence_rule).to.deep.equal({ frequency: 'DAILY', interval: 1, weekdays: [], until: '2026-03-20T14:00:00Z' });
  });

  it('a group booking with several customers: existing ones by id, a new one by name (empty fields left out)', async () => {
    useHandlers(accepted());
    const { post } = await posted(
      desk({
        service: { id: '456', name: 'Yoga class', durationMinutes: 60, price: 0, group: true },
        customers: [{ id: JANE, name: 'Jane Smith' }, { id: SECOND }, { firstName: ' John ', lastName: 'Doe', email: 'john.doe@example.com', phone: ' ' }],
      }),
    );
    // "Creating a Group Booking (Event/Class)", with a real address for the seed's redacted one.
    expect(post.body).to.deep.equal({
      service_id: 456,
      timestamp: '2026-03-15T14:00:00Z',
      customers: [{ id: JANE }, { id: SECOND }, { first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com' }],
      is_recurring: false,
    });
  });

  it('the public layout posts to /merchants/{merchant-id}/bookings/ (attribute merchant-id)', async () => {
    useHandlers(accepted('/merchants/0197-abc/bookings/'));
    const attributes: Record<string, string> = { merchant: 'spa-retreat', 'route-layout': 'public', 'merchant-id': '0197-abc' };
    const a = miketsuBackend({ apiBase: base, timeZone: 'UTC', bookingStatus: 'pending', attribute: (name) => attributes[name] ?? null });
    const log = recordRequests();
    await a.createFrontDeskBooking!(desk());
    await waitFor(() => expect(log.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal(['POST /api/v1/merchants/0197-abc/bookings/']));
  });

  it('the public layout without merchant-id: a console hint and a BookingError, nothing sent', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const log = recordRequests();
      const a = adapter({ routeLayout: 'public' });
      const error = await rejection(a.createFrontDeskBooking!(desk()));
      expect(error).to.be.instanceOf(BookingError);
      expect(error).to.include({ code: 'unauthorized', detail: 'merchant-id attribute missing' });
      expect((await rejection(a.findCustomers!('jane'))).code).to.equal('unauthorized');
      expect(logged.join('\n')).to.contain('merchant-id');
      expect(log).to.have.length(0);
    } finally {
      console.error = original;
    }
  });

  it('400 → validation with the message; 400 about capacity → session-full; about an overlap → slot-taken', async () => {
    for (const [message, code] of [
      ['a new customer needs first_name and last_name', 'validation'],
      ['invalid frequency: YEARLY (DAILY, WEEKLY or MONTHLY)', 'validation'],
      ['timestamp must be an RFC 3339 date-time', 'validation'],
      ['too many participants: at most 6 allowed', 'session-full'],
      ['booking overlaps with an existing booking on 2026-03-16', 'slot-taken'],
    ] as const) {
      useHandlers(answering(400, message));
      const error = await rejection(adapter().createFrontDeskBooking!(desk()));
      expect(error.code, message).to.equal(code);
      expect(error).to.include({ status: 400, detail: message });
    }
  });

  it('401 → unauthorized (an employee session is needed); 404 → not-found; 409 → slot-taken, or session-full about capacity', async () => {
    const cases = [
      [401, 'unauthorized: missing or invalid token', 'unauthorized'],
      [404, 'customer not found', 'not-found'],
      [409, 'Time slot already booked', 'slot-taken'],
      [409, 'capacity reached', 'session-full'],
    ] as const;
    for (const [status, message, code] of cases) {
      useHandlers(answering(status, message));
      const error = await rejection(adapter().createFrontDeskBooking!(desk()));
      expect(error).to.include({ code, status, detail: message });
    }
  });

  const customers = [
    { id: JANE, first_name: 'Jane', last_name: 'Smith', email: 'jane.smith@example.com', phone_number: '+1234567890', birthday: null, note: null, is_dummy: false, is_blacklisted: false, blacklist_reason: null, times_booked: 3, times_cancelled: 0 },
    { id: SECOND, first_name: 'Lucía', last_name: 'Andrade', email: null, phone_number: '+593 99 123 4567', birthday: null, note: null, is_dummy: false, is_blacklisted: false, blacklist_reason: null, times_booked: 0, times_cancelled: 0 },
    { id: '0197f3a2-6d2f-7c55-8b4e-3a7f9d2c5e81', first_name: 'Carlos', last_name: 'Vega', email: 'CARLOS@example.com', phone_number: null, birthday: null, note: null, is_dummy: false, is_blacklisted: false, blacklist_reason: null, times_booked: 1, times_cancelled: 1 },
  ];

  it('findCustomers reads GET /merchant/customers and filters by name, e-mail or phone, case-insensitively', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/merchant/customers`, () => HttpResponse.json({ data: customers })));
    const a = adapter();
    expect(await a.findCustomers!('jane')).to.deep.equal([{ id: JANE, firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', phone: '+1234567890' }]);
    expect((await a.findCustomers!('SMITH JANE')).map((c) => c.id), 'surname first').to.deep.equal([JANE]);
    expect((await a.findCustomers!('carlos@EXAMPLE')).map((c) => c.lastName)).to.deep.equal(['Vega']);
    expect(await a.findCustomers!('99 123'), 'phone digits').to.deep.equal([{ id: SECOND, firstName: 'Lucía', lastName: 'Andrade', phone: '+593 99 123 4567' }]);
    expect((await a.findCustomers!('5939912')).map((c) => c.id), 'digits across spaces').to.deep.equal([SECOND]);
    expect((await a.findCustomers!('  ')).length, 'empty query: everyone').to.equal(3);
    expect(await a.findCustomers!('nobody')).to.deep.equal([]);
    expect(log.every((r) => r.url.pathname === '/api/v1/merchant/customers' && r.headers.get('Authorization') === 'Bearer TOKEN')).to.equal(true);
  });

  it('findCustomers: the public layout path, and a refused session → unauthorized', async () => {
    useHandlers(
      http.get(`${base}/merchants/m-9/customers`, () => HttpResponse.json({ data: customers })),
      http.get(`${base}/merchant/customers`, () => HttpResponse.json({ error: { message: 'this resource can only be accessed with [owner admin staff] roles' } }, { status: 401 })),
    );
    expect((await adapter({ routeLayout: 'public', merchantId: 'm-9' }).findCustomers!('vega')).map((c) => c.firstName)).to.deep.equal(['Carlos']);
    expect(await rejection(adapter().findCustomers!('vega'))).to.include({ code: 'unauthorized', status: 401 });
  });

  it('getOpeningHours reads business_hours: 0 = Sunday, "HH:MM" and "HH:MM:SS", closed days empty', async () => {
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () =>
        HttpResponse.json({
          data: {
            url_name: 'spa-retreat',
            timezone: 'UTC',
            location_id: 456,
            services: [],
            business_hours: {
              '0': [],
              '1': [{ start_time: '09:00:00', end_time: '13:00:00' }, { start_time: '14:00:00', end_time: '18:30:00' }],
              '3': [{ start_time: '9:00', end_time: '17:00' }],
              '6': null,
            },
          },
        })),
      http.get(`${base}/merchant/services`, () => HttpResponse.json({ data: [] })),
    );
    expect(await adapter().getOpeningHours!()).to.deep.equal({
      0: [],
      1: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:30' }],
      3: [{ start: '09:00', end: '17:00' }],
      6: [],
    });
  });

  it('getOpeningHours: a merchant without business_hours is a bad response', async () => {
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json({ data: { url_name: 'spa-retreat', timezone: 'UTC', location_id: 456, services: [] } })),
      http.get(`${base}/merchant/services`, () => HttpResponse.json({ data: [] })),
    );
    expect((await rejection(adapter().getOpeningHours!())).code).to.equal('bad-response');
  });
});
