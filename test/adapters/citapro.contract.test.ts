/**
 * Contract: the CitaPro adapter sends exactly what the seed documents and reads the seed's example
 * responses (shared/seeds/citapro-scheduling-guide.txt, citapro-bookings-reference.txt).
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createCitaProAdapter } from '../../src/adapters/citapro.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://api.example.com';

// The seed's examples, verbatim.
const seedServices = {
  total: 10,
  items: [{ id: '880e8400-e29b-41d4-a716-446655440003', name: 'Corte de cabello', duration: 60, price: 50.0, status: 'active' }],
};
const seedLocations = {
  total: 3,
  items: [{ id: '770e8400-e29b-41d4-a716-446655440002', name: 'Sede Principal', address: 'Av. Amazonas N36-152', status: 'active' }],
};
const seedAvailability = {
  days: ['2026-03-10', '2026-03-11', '2026-03-12'],
  professionals: [{ id: '990e8400-e29b-41d4-a716-446655440004', name: 'María García' }],
  slots: [
    {
      startTime: '2026-03-10 09:00:00',
      endTime: '2026-03-10 10:00:00',
      professionals: [{ id: '990e8400-e29b-41d4-a716-446655440004', name: 'María García' }],
    },
  ],
  limitExceeded: false,
};
const seedBookingBody = {
  startTime: '2026-03-10T09:00:00Z',
  endTime: '2026-03-10T10:00:00Z',
  status: 'confirmed',
  amount: 50.0,
  clientId: '660e8400-e29b-41d4-a716-446655440001',
  locationId: '770e8400-e29b-41d4-a716-446655440002',
  serviceId: '880e8400-e29b-41d4-a716-446655440003',
  personId: '990e8400-e29b-41d4-a716-446655440004',
  notifyClient: true,
};

const adapter = (overrides: Partial<Parameters<typeof createCitaProAdapter>[0]> = {}) =>
  createCitaProAdapter({ apiBase: base, apiKey: 'cpk_test', timeZone: 'UTC', ...overrides });

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  service: { id: seedBookingBody.serviceId, name: 'Corte de cabello', durationMinutes: 60, price: 50 },
  location: { id: seedBookingBody.locationId, name: 'Sede Principal' },
  professional: { id: seedBookingBody.personId, name: 'María García' },
  slot: {
    date: '2026-03-10',
    time: '09:00',
    start: '2026-03-10T09:00:00Z',
    end: '2026-03-10T10:00:00Z',
    professionals: [{ id: seedBookingBody.personId, name: 'María García' }],
  },
  client: { firstName: 'Juan', lastName: 'Pérez', email: 'juan@example.com', phone: '+593991234568', notes: '' },
  ...overrides,
});

describe('CitaPro adapter contract', () => {
  useNetwork();

  it('lists services from the seed response, sending the key as X-API-Key', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/v1/services`, () => HttpResponse.json(seedServices)));
    const services = await adapter().listServices();
    expect(services).to.deep.equal([
      { id: '880e8400-e29b-41d4-a716-446655440003', name: 'Corte de cabello', durationMinutes: 60, price: 50, description: undefined },
    ]);
    expect(log[0].headers.get('X-API-Key')).to.equal('cpk_test');
    expect(log[0].url.pathname).to.equal('/v1/services');
  });

  it('hides services and locations that are not active', async () => {
    useHandlers(
      http.get(`${base}/v1/services`, () =>
        HttpResponse.json({ total: 2, items: [...seedServices.items, { ...seedServices.items[0], id: 'x', status: 'inactive' }] }),
      ),
      http.get(`${base}/v1/locations`, () =>
        HttpResponse.json({ total: 2, items: [...seedLocations.items, { ...seedLocations.items[0], id: 'y', status: 'inactive' }] }),
      ),
    );
    expect((await adapter().listServices()).map((s) => s.id)).to.deep.equal(['880e8400-e29b-41d4-a716-446655440003']);
    expect((await adapter().listLocations()).map((l) => l.id)).to.deep.equal(['770e8400-e29b-41d4-a716-446655440002']);
  });

  it('sends no key header when none is configured', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/v1/locations`, () => HttpResponse.json(seedLocations)));
    const locations = await adapter({ apiKey: undefined }).listLocations();
    expect(locations[0]).to.deep.equal({ id: '770e8400-e29b-41d4-a716-446655440002', name: 'Sede Principal', address: 'Av. Amazonas N36-152' });
    expect(log[0].headers.has('X-API-Key')).to.equal(false);
  });

  it('lists professionals of a location with ?locationId=', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/v1/people`, () =>
        HttpResponse.json({
          total: 1,
          items: [{ id: '990e8400-e29b-41d4-a716-446655440004', firstname: 'María', lastname: 'García', email: 'maria@example.com', status: 'active' }],
        }),
      ),
    );
    const people = await adapter().listProfessionals({ locationId: seedLocations.items[0].id });
    expect(people).to.deep.equal([{ id: '990e8400-e29b-41d4-a716-446655440004', name: 'María García' }]);
    expect(log[0].url.searchParams.get('locationId')).to.equal(seedLocations.items[0].id);
  });

  it('asks availability with the documented parameters and reads the seed response', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/v1/bookings/availability`, () => HttpResponse.json(seedAvailability)));
    const result = await adapter().getAvailability({
      locationId: '770e8400-e29b-41d4-a716-446655440002',
      serviceId: '880e8400-e29b-41d4-a716-446655440003',
      from: '2026-03-10',
      to: '2026-03-17',
    });
    const params = Object.fromEntries(log[0].url.searchParams);
    expect(params).to.deep.equal({
      locationId: '770e8400-e29b-41d4-a716-446655440002',
      serviceId: '880e8400-e29b-41d4-a716-446655440003',
      startDate: '2026-03-10',
      endDate: '2026-03-17',
    });
    expect(result).to.deep.equal({
      slots: [
        {
          date: '2026-03-10',
          time: '09:00',
          start: '2026-03-10T09:00:00Z',
          end: '2026-03-10T10:00:00Z',
          professionals: [{ id: '990e8400-e29b-41d4-a716-446655440004', name: 'María García' }],
        },
      ],
      limitExceeded: false,
    });
  });

  it('passes professionalId and reads slot times in the business zone, across DST', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/v1/bookings/availability`, () =>
        HttpResponse.json({
          ...seedAvailability,
          slots: [
            { startTime: '2026-03-28 13:00:00', endTime: '2026-03-28 14:00:00', professionals: [] },
            { startTime: '2026-03-29 13:00:00', endTime: '2026-03-29 14:00:00', professionals: [] },
          ],
          limitExceeded: true,
        }),
      ),
    );
    const result = await adapter({ timeZone: 'Europe/Madrid' }).getAvailability({
      locationId: 'L',
      serviceId: 'S',
      professionalId: 'P',
      from: '2026-03-28',
      to: '2026-03-29',
    });
    expect(log[0].url.searchParams.get('professionalId')).to.equal('P');
    expect(result.slots.map((s) => [s.date, s.time, s.start, s.end])).to.deep.equal([
      ['2026-03-28', '13:00', '2026-03-28T12:00:00Z', '2026-03-28T13:00:00Z'],
      ['2026-03-29', '13:00', '2026-03-29T11:00:00Z', '2026-03-29T12:00:00Z'],
    ]);
    expect(result.limitExceeded).to.equal(true);
  });

  it('finds the client by e-mail with the seed filter syntax and books with the seed body', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/v1/clients`, () =>
        HttpResponse.json({ total: 1, items: [{ id: '660e8400-e29b-41d4-a716-446655440001', email: 'juan@example.com' }] }),
      ),
      http.post(`${base}/v1/bookings`, () =>
        HttpResponse.json({ id: 'cc0e8400-e29b-41d4-a716-446655440007' }, { status: 201 }),
      ),
    );
    const confirmation = await adapter({ bookingStatus: 'confirmed' }).createBooking(request());
    const lookup = log[0];
    expect(lookup.method).to.equal('GET');
    expect(lookup.url.pathname).to.equal('/v1/clients');
    expect([...lookup.url.searchParams]).to.deep.equal([
      ['filters[0][field]', 'email'],
      ['filters[0][operator]', '='],
      ['filters[0][value]', 'juan@example.com'],
    ]);
    expect(log).to.have.length(2);
    expect(log[1].method).to.equal('POST');
    expect(log[1].headers.get('Content-Type')).to.equal('application/json');
    expect(log[1].body).to.deep.equal(seedBookingBody);
    expect(confirmation).to.include({ id: 'cc0e8400-e29b-41d4-a716-446655440007', start: seedBookingBody.startTime });
  });

  it('creates the client with the seed body when none matches, once even across retries', async () => {
    const log = recordRequests();
    let bookingAttempts = 0;
    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 0, items: [] })),
      http.post(`${base}/v1/clients`, () => HttpResponse.json({ id: '660e8400-e29b-41d4-a716-446655440001' }, { status: 201 })),
      http.post(`${base}/v1/bookings`, () =>
        ++bookingAttempts === 1
          ? HttpResponse.json({ message: 'Server Error' }, { status: 500 })
          : HttpResponse.json({ id: 'b1' }, { status: 201 }),
      ),
    );
    const citapro = adapter();
    const failed = await citapro.createBooking(request()).catch((e) => e);
    expect(failed).to.be.instanceOf(BookingError);
    expect((failed as BookingError).code).to.equal('server');
    await citapro.createBooking(request());
    const clientPosts = log.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/clients');
    expect(clientPosts).to.have.length(1);
    expect(clientPosts[0].body).to.deep.equal({
      firstname: 'Juan',
      lastname: 'Pérez',
      email: 'juan@example.com',
      phone: '+593991234568',
    });
  });

  it('with "any professional" books the first professional of the chosen slot and sends the default status', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 1, items: [{ id: 'c1', email: 'juan@example.com' }] })),
      http.post(`${base}/v1/bookings`, () => HttpResponse.json({ id: 'b2' }, { status: 201 })),
    );
    const slot = { ...request().slot, professionals: [{ id: 'p2', name: 'Ana' }, { id: 'p3', name: 'Luis' }] };
    const confirmation = await adapter().createBooking(request({ professional: undefined, slot }));
    const body = log[1].body as Record<string, unknown>;
    expect(body.personId).to.equal('p2');
    expect(body.status).to.equal('pending');
    expect(confirmation.professional).to.deep.equal({ id: 'p2', name: 'Ana' });
  });

  it('sends the customer note as the internal note only when there is one', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 1, items: [{ id: 'c1', email: 'juan@example.com' }] })),
      http.post(`${base}/v1/bookings`, () => HttpResponse.json({ id: 'b3' }, { status: 201 })),
    );
    const base_ = request();
    await adapter().createBooking({ ...base_, client: { ...base_.client, notes: 'Llego 5 min tarde' } });
    expect((log[1].body as Record<string, unknown>).internalNote).to.equal('Llego 5 min tarde');
  });

  it('reads a 422 on startTime as a taken slot and 422 on client fields as field errors', async () => {
    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 0, items: [] })),
      http.post(`${base}/v1/clients`, () =>
        HttpResponse.json({ message: 'The given data was invalid.', errors: { email: ['The email must be a valid email address.'] } }, { status: 422 }),
      ),
    );
    const invalid = (await adapter().createBooking(request()).catch((e) => e)) as BookingError;
    expect(invalid.code).to.equal('validation');
    expect(invalid.fields).to.deep.equal({ email: ['The email must be a valid email address.'] });

    useHandlers(
      http.get(`${base}/v1/clients`, () => HttpResponse.json({ total: 1, items: [{ id: 'c1', email: 'juan@example.com' }] })),
      http.post(`${base}/v1/bookings`, () =>
        HttpResponse.json({ message: 'The given data was invalid.', errors: { startTime: ['The slot is no longer available.'] } }, { status: 422 }),
      ),
    );
    const taken = (await adapter().createBooking(request()).catch((e) => e)) as BookingError;
    expect(taken.code).to.equal('slot-taken');
    expect(taken.fields.slot).to.deep.equal(['The slot is no longer available.']);
  });

  it('reads the documented 401 and 404 bodies', async () => {
    useHandlers(
      http.get(`${base}/v1/services`, () => HttpResponse.json({ message: 'Invalid API key.' }, { status: 401 })),
      http.get(`${base}/v1/locations`, () => HttpResponse.json({ message: 'Booking not found.' }, { status: 404 })),
    );
    const unauthorized = (await adapter().listServices().catch((e) => e)) as BookingError;
    expect(unauthorized.code).to.equal('unauthorized');
    expect(unauthorized.detail).to.equal('Invalid API key.');
    expect(unauthorized.recoverable).to.equal(false);
    const missing = (await adapter().listLocations().catch((e) => e)) as BookingError;
    expect(missing.code).to.equal('not-found');
  });

  it('asks for further pages while total says items are missing, and stops when a page brings nothing new', async () => {
    const log = recordRequests();
    const service = (id: string) => ({ ...seedServices.items[0], id, name: `S${id}` });
    useHandlers(
      http.get(`${base}/v1/services`, ({ request }) => {
        const page = new URL(request.url).searchParams.get('page') ?? '1';
        return HttpResponse.json({ total: 3, items: page === '1' ? [service('a'), service('b')] : [service('c')] });
      }),
      // A server that ignores paging parameters: the first page again, every time.
      http.get(`${base}/v1/locations`, () => HttpResponse.json({ total: 5, items: seedLocations.items })),
    );
    expect((await adapter().listServices()).map((s) => s.id)).to.deep.equal(['a', 'b', 'c']);
    expect((await adapter().listLocations()).map((l) => l.id)).to.deep.equal([seedLocations.items[0].id]);
    const locationCalls = log.filter((r) => r.url.pathname === '/v1/locations');
    expect(locationCalls.map((r) => r.url.searchParams.get('page'))).to.deep.equal([null, '2']);
  });
});
