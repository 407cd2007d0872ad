/**
 * Contract: the Miketsu adapter sends what the seed (shared/seeds/merchant-api-bookings.txt) documents
 * and reads the shapes api-notes §4 gives for the public catalog and availability.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { classifyMiketsuError, createMiketsuAdapter, miketsuBackend, parseMiketsuPrice, type MiketsuAdapterOptions } from '../../src/adapters/miketsu.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';
import { waitFor } from '../helpers/user.js';

const base = 'https://host.example/api/v1';

// The seed's customer booking example, verbatim.
const seedBookingBody = {
  merchant_name: 'spa-retreat',
  service_id: 123,
  location_id: 456,
  timeStamp: '2026-03-15T14:00:00Z',
  customer_note: 'Please use fragrance-free products',
};

// GET /merchants/{merchantName} as notes §4.3 describes it.
const merchantBody = {
  data: {
    merchant_name: 'Spa Retreat',
    url_name: 'spa-retreat',
    contact_email: 'hello@spa.example',
    introduction: '',
    announcement: '',
    about_us: '',
    parking_info: '',
    payment_info: '',
    timezone: 'UTC',
    location_id: 456,
    country: 'Hungary',
    city: 'Budapest',
    postal_code: '1051',
    address: 'Fő utca 1',
    formatted_location: 'Fő utca 1, 1051 Budapest, Hungary',
    geo_point: { latitude: 47.5, longitude: 19.04 },
    services: [
      {
        id: 2,
        name: 'Spa',
        sequence: 2,
        services: [{ id: 124, category_id: 2, name: 'Massage', description: 'Full body', total_duration: 60, price: '12 000 Ft', price_type: 'from', sequence: 1 }],
      },
      {
        id: 1,
        name: 'Hair',
        sequence: 1,
        services: [
          { id: 125, category_id: 1, name: 'Consultation', description: '', total_duration: 30, price: '', price_type: 'free', sequence: 2 },
          { id: 123, category_id: 1, name: 'Haircut', description: 'Wash and cut', total_duration: 45, price: '8 500 Ft', price_type: 'fixed', sequence: 1 },
        ],
      },
    ],
    business_hours: { '1': [{ start_time: '09:00:00', end_time: '17:00:00' }] },
  },
};

const availabilityPath = `${base}/merchants/spa-retreat/locations/456/services/123/availability`;
const dayOf15 = { data: [{ date: '2026-03-15', is_available: true, morning: ['09:00'], afternoon: ['14:00', '14:15'] }] };

const adapter = (overrides: Partial<MiketsuAdapterOptions> = {}) =>
  createMiketsuAdapter({ apiBase: base, merchant: 'spa-retreat', apiKey: 'tok_123', timeZone: 'UTC', warn: () => {}, ...overrides });

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  service: { id: '123', name: 'Haircut', durationMinutes: 45, price: 8500, currency: 'HUF' },
  location: { id: '456', name: 'Fő utca 1' },
  slot: { date: '2026-03-15', time: '14:00', start: '2026-03-15T14:00:00Z', end: '2026-03-15T14:45:00Z', professionals: [] },
  client: { firstName: 'Jane', lastName: 'Smith', email: 'jane@example.com', phone: '+1234567890', notes: seedBookingBody.customer_note },
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('Miketsu adapter contract', () => {
  useNetwork();
  // A customer's session: the merchant catalog (classes and events) is for employees (notes §4.5).
  beforeEach(() => useHandlers(http.get(`${base}/merchant/services`, () => HttpResponse.json({ error: { message: 'this resource can only be accessed with [owner admin staff] roles' } }, { status: 401 }))));

  it('reads the catalog: categories flattened in order, prices parsed, one location, Bearer key', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)));
    const a = adapter();
    const services = await a.listServices();
    expect(services).to.deep.equal([
      { id: '123', name: 'Haircut', durationMinutes: 45, price: 8500, currency: 'HUF', description: 'Wash and cut' },
      { id: '125', name: 'Consultation', durationMinutes: 30, price: 0, description: undefined },
      { id: '124', name: 'Massage', durationMinutes: 60, price: 12000, currency: 'HUF', description: 'Full body' },
    ]);
    expect(await a.listLocations()).to.deep.equal([
      { id: '456', name: 'Fő utca 1, 1051 Budapest, Hungary', address: 'Fő utca 1, 1051 Budapest, Hungary' },
    ]);
    expect(log.map((r) => r.url.pathname), 'the merchant is asked once for services and locations; the merchant catalog once, for classes').to.deep.equal([
      '/api/v1/merchants/spa-retreat',
      '/api/v1/merchant/services',
    ]);
    expect(log[0].headers.get('Authorization')).to.equal('Bearer tok_123');
    expect(a.capabilities).to.include({ locations: true, professionals: false, anyProfessional: true });
    expect(await a.listProfessionals({})).to.deep.equal([]);
  });

  it('sends no Authorization header without an api-key', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)));
    await adapter({ apiKey: undefined }).listServices();
    expect(log[0].headers.has('Authorization')).to.equal(false);
  });

  it("warns the merchant when its timezone differs from the widget's, and keeps the widget's", async () => {
    const warnings: string[] = [];
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json({ data: { ...merchantBody.data, timezone: 'Europe/Budapest' } })),
      http.get(availabilityPath, () => HttpResponse.json({ data: [{ date: '2026-03-28', is_available: true, morning: ['10:00'], afternoon: [] }] })),
    );
    const a = adapter({ timeZone: 'Europe/Madrid', warn: (m) => warnings.push(m) });
    await a.listServices();
    await a.listLocations();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Europe/Budapest').and.to.contain('Europe/Madrid');
    const { slots } = await a.getAvailability({ serviceId: '123', locationId: '456', from: '2026-03-28', to: '2026-03-28' });
    expect(slots[0].start, 'read on the widget zone (Madrid, +01:00)').to.equal('2026-03-28T09:00:00Z');
  });

  it('asks availability with RFC 3339 start/end on the business clock and reads morning/afternoon', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)),
      http.get(availabilityPath, () =>
        HttpResponse.json({
          data: [
            { date: '2026-03-09', is_available: true, morning: ['08:00'], afternoon: [] },
            { date: '2026-03-10', is_available: true, morning: ['09:00', '11:45'], afternoon: ['13:30'] },
            { date: '2026-03-11', is_available: false, morning: [], afternoon: [] },
          ],
        }),
      ),
    );
    const { slots } = await adapter({ timeZone: 'America/Guayaquil' }).getAvailability({ serviceId: '123', locationId: '456', from: '2026-03-10', to: '2026-03-11' });
    const ask = log.find((r) => r.url.pathname.endsWith('/availability'))!;
    expect(Object.fromEntries(ask.url.searchParams)).to.deep.equal({ start: '2026-03-10T00:00:00-05:00', end: '2026-03-11T23:59:59-05:00' });
    expect(slots).to.deep.equal([
      { date: '2026-03-10', time: '09:00', start: '2026-03-10T14:00:00Z', end: '2026-03-10T14:45:00Z', professionals: [] },
      { date: '2026-03-10', time: '11:45', start: '2026-03-10T16:45:00Z', end: '2026-03-10T17:30:00Z', professionals: [] },
      { date: '2026-03-10', time: '13:30', start: '2026-03-10T18:30:00Z', end: '2026-03-10T19:15:00Z', professionals: [] },
    ]);
  });

  it('books with the seed body, after checking the time is still offered; no id comes back', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)),
      http.get(availabilityPath, () => HttpResponse.json(dayOf15)),
      http.post(`${base}/bookings/customer`, () => new HttpResponse(null, { status: 201 })),
    );
    const confirmation = await adapter().createBooking(request());
    await waitFor(() => expect(log.filter((r) => r.method === 'POST')).to.have.length(1));
    const posts = log.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(posts[0].url.href).to.equal(`${base}/bookings/customer`);
    expect(posts[0].body).to.deep.equal(seedBookingBody);
    expect(posts[0].headers.get('Authorization')).to.equal('Bearer tok_123');
    expect(posts[0].headers.get('Content-Type')).to.equal('application/json');
    const recheck = log.findIndex((r) => r.url.pathname.endsWith('/availability'));
    expect(recheck, 'availability re-asked before the POST').to.be.within(0, log.indexOf(posts[0]) - 1);
    expect(Object.fromEntries(log[recheck].url.searchParams)).to.deep.equal({ start: '2026-03-15T00:00:00+00:00', end: '2026-03-15T23:59:59+00:00' });
    expect(confirmation).to.deep.equal({ id: undefined, status: 'pending', start: '2026-03-15T14:00:00Z', end: '2026-03-15T14:45:00Z', total: 8500, currency: 'HUF' });
  });

  it('leaves customer_note out when the customer wrote none (name, e-mail and phone are never sent)', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)),
      http.get(availabilityPath, () => HttpResponse.json(dayOf15)),
      http.post(`${base}/bookings/customer`, () => new HttpResponse(null, { status: 201 })),
    );
    await adapter().createBooking(request({ client: { ...request().client, notes: '  ' } }));
    await waitFor(() => expect(log.some((r) => r.method === 'POST')).to.equal(true));
    const { customer_note: _omitted, ...rest } = seedBookingBody;
    expect(log.find((r) => r.method === 'POST')!.body).to.deep.equal(rest);
  });

  it('refuses a time that is no longer offered as slot-taken, without POSTing', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)),
      http.get(availabilityPath, () => HttpResponse.json({ data: [{ date: '2026-03-15', is_available: true, morning: ['09:00'], afternoon: ['14:15'] }] })),
      http.post(`${base}/bookings/customer`, () => new HttpResponse(null, { status: 201 })),
    );
    const error = await rejection(adapter().createBooking(request()));
    expect(error).to.be.instanceOf(BookingError);
    expect(error.code).to.equal('slot-taken');
    expect(log.filter((r) => r.method === 'POST')).to.have.length(0);
  });

  const failing = (status: number, message: string) => [
    http.get(`${base}/merchants/spa-retreat`, () => HttpResponse.json(merchantBody)),
    http.get(availabilityPath, () => HttpResponse.json(dayOf15)),
    http.post(`${base}/bookings/customer`, () => HttpResponse.json({ error: { message } }, { status })),
  ];

  it('401 → unauthorized, not recoverable', async () => {
    useHandlers(...failing(401, 'unauthorized'));
    const error = await rejection(adapter().createBooking(request()));
    expect(error).to.include({ code: 'unauthorized', status: 401, recoverable: false, detail: 'unauthorized' });
  });

  it('409 (the seed) and 400 messages about the time (the code) → slot-taken', async () => {
    for (const [status, message] of [
      [409, 'Time slot already booked'],
      [400, 'the selected time slot is already booked'],
      [400, 'booking overlaps with an existing booking'],
      [400, 'booking time must be at least 60 minutes from now'],
    ] as const) {
      useHandlers(...failing(status, message));
      const error = await rejection(adapter().createBooking(request()));
      expect(error.code, message).to.equal('slot-taken');
      expect(error.detail).to.equal(message);
    }
  });

  it('other 400 messages → validation; one about the note is pinned to the notes field', async () => {
    useHandlers(...failing(400, 'customer note must be at most 500 characters'));
    const note = await rejection(adapter().createBooking(request()));
    expect(note.code).to.equal('validation');
    expect(note.fields).to.deep.equal({ notes: ['customer note must be at most 500 characters'] });
    useHandlers(...failing(400, 'customer is blacklisted'));
    const other = await rejection(adapter().createBooking(request()));
    expect(other).to.include({ code: 'validation', status: 400, detail: 'customer is blacklisted' });
    expect(other.fields).to.deep.equal({});
  });

  it('the public layout uses /public/merchants/{name}/, /services, and POST /public/bookings/', async () => {
    const log = recordRequests();
    const { services, ...merchantOnly } = merchantBody.data;
    useHandlers(
      http.get(`${base}/public/merchants/spa-retreat/services`, () => HttpResponse.json({ data: services })),
      http.get(`${base}/public/merchants/spa-retreat/locations/456/services/123/availability`, () => HttpResponse.json(dayOf15)),
      http.get(`${base}/public/merchants/spa-retreat/`, () => HttpResponse.json({ data: merchantOnly })),
      http.post(`${base}/public/bookings/`, () => new HttpResponse(null, { status: 201 })),
    );
    const a = adapter({ routeLayout: 'public' });
    expect((await a.listServices()).map((s) => s.id)).to.deep.equal(['123', '125', '124']);
    await a.createBooking(request());
    await waitFor(() => expect(log).to.have.length(4));
    expect(log.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([
      'GET /api/v1/public/merchants/spa-retreat/',
      'GET /api/v1/public/merchants/spa-retreat/services',
      'GET /api/v1/public/merchants/spa-retreat/locations/456/services/123/availability',
      'POST /api/v1/public/bookings/',
    ]);
    expect(log[3].body).to.deep.equal(seedBookingBody);
  });

  it('backend="miketsu" reads merchant, route-layout and credentials attributes; credentials reach fetch', async () => {
    const seen: RequestInit[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init ?? {});
      return original(input, init);
    };
    try {
      useHandlers(http.get(`${base}/public/merchants/spa-retreat/`, () => HttpResponse.json(merchantBody)));
      const attributes: Record<string, string> = { merchant: 'spa-retreat', 'route-layout': 'public', credentials: 'include' };
      const a = miketsuBackend({ apiBase: base, apiKey: 'tok_9', timeZone: 'UTC', bookingStatus: 'pending', attribute: (name) => attributes[name] ?? null });
      expect((await a.listServices()).length).to.equal(3);
      expect(seen[0].credentials).to.equal('include');
      expect(new Headers(seen[0].headers).get('Authorization')).to.equal('Bearer tok_9');

      useHandlers(http.get(`${base}/merchants/other`, () => HttpResponse.json(merchantBody)));
      await miketsuBackend({ apiBase: base, timeZone: 'UTC', bookingStatus: 'pending', attribute: (name) => (name === 'merchant' ? 'other' : null) }).listServices();
      expect(seen[1].credentials, 'default').to.equal('same-origin');
    } finally {
      window.fetch = original;
    }
  });

  it('parses pre-formatted prices', () => {
    const cases: Array<[string | null, number, string | undefined]> = [
      ['8 500 Ft', 8500, 'HUF'],
      ['12,50 €', 12.5, 'EUR'],
      ['1.234,56 €', 1234.56, 'EUR'],
      ['€1,234.50', 1234.5, 'EUR'],
      ['$45', 45, undefined],
      ['', 0, undefined],
      [null, 0, undefined],
    ];
    for (const [text, amount, currency] of cases) expect(parseMiketsuPrice(text), String(text)).to.deep.equal(currency ? { amount, currency } : { amount, currency: undefined });
  });

  it('classifies errors heuristically', () => {
    expect(classifyMiketsuError(409, undefined)).to.equal('slot-taken');
    expect(classifyMiketsuError(400, 'service not found')).to.equal(undefined);
    expect(classifyMiketsuError(400, 'The time slot is unavailable')).to.equal('slot-taken');
  });
});
