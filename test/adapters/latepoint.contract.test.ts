/**
 * Contract: the LatePoint adapter sends what shared/seeds/latepoint-create-booking.txt documents, reads
 * its example responses, and copes with the docs' inconsistent envelopes (shared/api-notes.md §3).
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createLatePointAdapter, readAvailabilityTimes } from '../../src/adapters/latepoint.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://site.example/wp-json/latepoint-api/v1';

// The seed's examples, verbatim.
const seedExistingCustomerBody = {
  service_id: 2,
  agent_id: 1,
  customer_id: 2,
  start_date: '2025-09-01',
  start_time: '14:30',
  status: 'approved',
  notes: 'Consulta de seguimiento',
};
const seedNewCustomerBody = {
  service_id: 2,
  agent_id: 1,
  start_date: '2025-09-01',
  start_time: '16:00',
  customer: { first_name: 'Ana', last_name: 'López', email: 'ana.lopez@email.com', phone: '+52 555 987 6543' },
  status: 'pending',
  send_confirmation: true,
};
const seedCreated = {
  status: 'success',
  data: {
    id: 156,
    booking_code: 'LP-2024-002',
    status: 'approved',
    start_date: '2024-01-20',
    start_time: '14:30',
    end_time: '15:30',
    duration: 60,
    price: '75.00',
    customer: { id: 45, first_name: 'Juan', last_name: 'Pérez', email: 'juan.perez@email.com', phone: '+52 555 123 4567' },
    agent: { id: 3, display_name: 'Dr. María García', email: 'maria.garcia@clinica.com' },
    service: { id: 7, name: 'Consulta General', duration: 60, price: '75.00' },
    location: { id: 1, name: 'Clínica Principal', address: 'Av. Reforma 123, CDMX' },
    notes: 'Consulta de seguimiento',
    created_at: '2024-01-15T10:30:00Z',
  },
};
const seedError = {
  status: 'error',
  error: {
    code: 'invalid_request',
    message: 'Invalid input data',
    details: {
      service_id: 'The specified service does not exist',
      start_time: 'Invalid time format, use HH:MM',
      'customer.email': 'Invalid email',
    },
  },
};

const adapter = (overrides: Partial<Parameters<typeof createLatePointAdapter>[0]> = {}) =>
  createLatePointAdapter({ apiBase: base, apiKey: 'lp_test_key', timeZone: 'America/Mexico_City', ...overrides });

const request = (overrides: Partial<BookingRequest> = {}, time = '14:30'): BookingRequest => ({
  service: { id: '2', name: 'Consulta', durationMinutes: 60, price: 75 },
  professional: { id: '1', name: 'María García' },
  slot: { date: '2025-09-01', time, start: '2025-09-01T20:30:00Z', end: '2025-09-01T21:30:00Z', professionals: [] },
  client: { firstName: 'Ana', lastName: 'López', email: 'ana.lopez@email.com', phone: '+52 555 987 6543', notes: '' },
  ...overrides,
});

const customers = (...list: Array<{ id: number | string; email: string }>) =>
  http.get(`${base}/customers`, () => HttpResponse.json({ success: true, data: list, pagination: { page: 1, per_page: 100, total: list.length, total_pages: 1 } }));

async function rejection(promise: Promise<unknown>): Promise<BookingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BookingError);
    return error as BookingError;
  }
  throw new Error('expected a rejection');
}

describe('LatePoint adapter contract', () => {
  useNetwork();

  it('books a known customer with the seed\'s "existing customer" body, found by exact e-mail', async () => {
    const sent = recordRequests();
    useHandlers(
      // `email` is a partial filter: the look-alike must not be taken.
      customers({ id: 9, email: 'juan.perez@email.com.mx' }, { id: '2', email: 'Juan.Perez@Email.com' }),
      http.post(`${base}/bookings`, () => HttpResponse.json(seedCreated, { status: 201 })),
    );
    await adapter({ bookingStatus: 'approved' }).createBooking(
      request({ client: { firstName: 'Juan', lastName: 'Pérez', email: 'juan.perez@email.com', phone: '', notes: 'Consulta de seguimiento' } }),
    );
    const lookup = sent.find((r) => r.url.pathname.endsWith('/customers'))!;
    expect(lookup.url.searchParams.get('email')).to.equal('juan.perez@email.com');
    const post = sent.find((r) => r.method === 'POST')!;
    expect(post.url.href).to.equal(`${base}/bookings`);
    expect(post.headers.get('X-API-Key')).to.equal('lp_test_key');
    expect(post.headers.get('Content-Type')).to.contain('application/json');
    expect(post.body).to.deep.equal({ ...seedExistingCustomerBody, send_confirmation: true });
  });

  it('books a new customer inline with the seed\'s "new customer" body', async () => {
    const sent = recordRequests();
    useHandlers(customers({ id: 9, email: 'ana.lopez@email.com.mx' }), http.post(`${base}/bookings`, () => HttpResponse.json(seedCreated, { status: 201 })));
    await adapter().createBooking(request({}, '16:00'));
    expect(sent.find((r) => r.method === 'POST')!.body).to.deep.equal(seedNewCustomerBody);
  });

  it('sends location_id, notes, and agent_id "any" when no agent was chosen', async () => {
    const sent = recordRequests();
    useHandlers(customers(), http.post(`${base}/bookings`, () => HttpResponse.json(seedCreated, { status: 201 })));
    const confirmation = await adapter().createBooking(
      request({ professional: undefined, location: { id: '1', name: 'Clínica Principal' }, client: { ...request().client, notes: 'Primera visita' } }),
    );
    expect(sent.find((r) => r.method === 'POST')!.body).to.deep.include({ agent_id: 'any', location_id: 1, notes: 'Primera visita' });
    expect(confirmation.professional, 'the agent the server assigned').to.deep.equal({ id: '3', name: 'Dr. María García' });
  });

  it('reads the seed\'s 201 response: id, booking code, status, price string', async () => {
    useHandlers(customers(), http.post(`${base}/bookings`, () => HttpResponse.json(seedCreated, { status: 201 })));
    const confirmation = await adapter().createBooking(request());
    expect(confirmation).to.deep.include({ id: '156', code: 'LP-2024-002', status: 'approved', total: 75, start: '2025-09-01T20:30:00Z' });
  });

  it('accepts the {success:true, data} envelope for a created booking too', async () => {
    useHandlers(customers(), http.post(`${base}/bookings`, () => HttpResponse.json({ success: true, data: seedCreated.data }, { status: 201 })));
    expect(await adapter().createBooking(request())).to.deep.include({ id: '156', code: 'LP-2024-002' });
  });

  it('books inline when the key may not read customers (403 on the lookup)', async () => {
    const sent = recordRequests();
    useHandlers(
      http.get(`${base}/customers`, () => HttpResponse.json({ status: 'error', error: { code: 'forbidden', message: 'Insufficient permissions' } }, { status: 403 })),
      http.post(`${base}/bookings`, () => HttpResponse.json(seedCreated, { status: 201 })),
    );
    await adapter().createBooking(request({}, '16:00'));
    expect(sent.find((r) => r.method === 'POST')!.body).to.deep.equal(seedNewCustomerBody);
  });

  it('maps the seed\'s validation error: customer.email on the e-mail field, start_time on the slot', async () => {
    useHandlers(customers(), http.post(`${base}/bookings`, () => HttpResponse.json(seedError, { status: 422 })));
    const error = await rejection(adapter().createBooking(request()));
    expect(error.code).to.equal('validation');
    expect(error.status).to.equal(422);
    expect(error.fields.email).to.deep.equal(['Invalid email']);
    expect(error.fields.slot).to.deep.equal(['Invalid time format, use HH:MM']);
    expect(error.detail).to.equal('Invalid input data');
  });

  it('reads the WordPress REST error shape {code, message, data:{status, params}}', async () => {
    useHandlers(
      customers(),
      http.post(`${base}/bookings`, () =>
        HttpResponse.json({ code: 'rest_invalid_param', message: 'Invalid parameter(s): customer', data: { status: 400, params: { 'customer.phone': 'Invalid phone' } } }, { status: 400 }),
      ),
    );
    const error = await rejection(adapter().createBooking(request()));
    expect(error).to.include({ code: 'validation', status: 400, detail: 'Invalid parameter(s): customer' });
    expect(error.fields.phone).to.deep.equal(['Invalid phone']);
  });

  it('a time no longer free at create (availability error code or 409) is "slot-taken"', async () => {
    useHandlers(
      customers(),
      http.post(`${base}/bookings`, () =>
        HttpResponse.json({ status: 'error', error: { code: 'agent_not_available', message: 'The agent is not available at the requested time' } }, { status: 422 }),
      ),
    );
    expect((await rejection(adapter().createBooking(request()))).code).to.equal('slot-taken');
    useHandlers(http.post(`${base}/bookings`, () => HttpResponse.json({ code: 'booking_conflict', message: 'Conflict', data: { status: 409 } }, { status: 409 })));
    expect((await rejection(adapter().createBooking(request()))).code).to.equal('slot-taken');
  });

  it('401 {error:{code:"unauthorized"}}, 403, 404 booking_not_found, 429, 503 "LatePoint not available"', async () => {
    const cases: Array<[number, unknown, string]> = [
      [401, { error: { code: 'unauthorized', message: 'Invalid or missing API key' } }, 'unauthorized'],
      [403, { status: 'error', error: { code: 'forbidden', message: 'Insufficient permissions' } }, 'unauthorized'],
      [404, { status: 'error', error: { code: 'booking_not_found', message: 'Booking with ID 123 was not found' } }, 'not-found'],
      [429, { status: 'error', error: { code: 'rate_limited', message: 'Too many requests' } }, 'rate-limited'],
      [503, { status: 'error', error: { code: 'latepoint_not_available', message: 'LatePoint not available' } }, 'server'],
    ];
    for (const [status, body, code] of cases) {
      useHandlers(http.get(`${base}/services`, () => HttpResponse.json(body as never, { status })));
      const error = await rejection(adapter().listServices());
      expect(error.code, String(status)).to.equal(code);
      expect(error.status).to.equal(status);
      expect(error.detail).to.equal(((body as { error: { message: string } }).error).message);
    }
  });

  it('lists active services with string-typed numbers parsed, following pagination', async () => {
    const sent = recordRequests();
    const service = (id: number, status = 'active') => ({ id: String(id), name: `S${id}`, duration: '60', price_min: '100.0000', price_max: '120.0000', status });
    useHandlers(
      http.get(`${base}/services`, ({ request: r }) => {
        const page = Number(new URL(r.url).searchParams.get('page'));
        return HttpResponse.json({
          success: true,
          data: page === 1 ? [service(1), service(2, 'disabled')] : [{ ...service(3), duration: 45, price_min: 30 }],
          pagination: { page, per_page: 2, total: 3, total_pages: 2, has_next_page: page === 1, has_previous_page: page > 1 },
        });
      }),
    );
    const list = await adapter().listServices();
    expect(list).to.deep.equal([
      { id: '1', name: 'S1', durationMinutes: 60, price: 100, description: undefined },
      { id: '3', name: 'S3', durationMinutes: 45, price: 30, description: undefined },
    ]);
    expect(sent.map((r) => r.url.searchParams.get('status'))).to.deep.equal(['active', 'active']);
    expect(sent.map((r) => r.url.searchParams.get('page'))).to.deep.equal(['1', '2']);
  });

  it('lists locations ({status, data, meta}) and agents filtered by location and service', async () => {
    const sent = recordRequests();
    useHandlers(
      http.get(`${base}/locations`, () =>
        HttpResponse.json({ status: 'success', data: [{ id: '1', name: 'Clínica Principal', full_address: 'Av. Reforma 123', status: 'active' }], meta: { total: 1, page: 1, per_page: 100, total_pages: 1 } }),
      ),
      http.get(`${base}/agents`, () => HttpResponse.json({ success: true, data: [{ id: 3, first_name: 'María', last_name: 'García', status: 'active' }, { id: 5, first_name: 'X', last_name: 'Y', status: 'disabled' }] })),
    );
    expect(await adapter().listLocations()).to.deep.equal([{ id: '1', name: 'Clínica Principal', address: 'Av. Reforma 123' }]);
    expect(await adapter().listProfessionals({ locationId: '1', serviceId: '7' })).to.deep.equal([{ id: '3', name: 'María García' }]);
    const agents = sent.find((r) => r.url.pathname.endsWith('/agents'))!;
    expect(agents.url.searchParams.get('location_id')).to.equal('1');
    expect(agents.url.searchParams.get('service_id')).to.equal('7');
  });

  it('asks /availability per agent and day, and "any" is the union with who is free at each start', async () => {
    const sent = recordRequests();
    const free: Record<string, string[]> = { '3|2026-03-10': ['09:00', '09:30'], '4|2026-03-10': ['09:30', '10:00'], '3|2026-03-11': [], '4|2026-03-11': ['11:00'] };
    useHandlers(
      http.get(`${base}/services`, () => HttpResponse.json({ success: true, data: [{ id: 7, name: 'Consulta', duration: '30', price_min: '75.0000', status: 'active' }] })),
      http.get(`${base}/agents`, () => HttpResponse.json({ status: 'success', data: [{ id: 3, display_name: 'María' }, { id: 4, display_name: 'Carlos' }] })),
      http.get(`${base}/availability`, ({ request: r }) => {
        const p = new URL(r.url).searchParams;
        return HttpResponse.json({ status: 'success', data: { available_slots: free[`${p.get('agent_id')}|${p.get('date')}`] } });
      }),
    );
    const a = adapter({ timeZone: 'UTC' });
    await a.listServices();
    const { slots } = await a.getAvailability({ serviceId: '7', locationId: '1', from: '2026-03-10', to: '2026-03-11' });
    expect(slots.map((s) => [s.date, s.time, s.end, s.professionals.map((p) => p.name)])).to.deep.equal([
      ['2026-03-10', '09:00', '2026-03-10T09:30:00Z', ['María']],
      ['2026-03-10', '09:30', '2026-03-10T10:00:00Z', ['María', 'Carlos']],
      ['2026-03-10', '10:00', '2026-03-10T10:30:00Z', ['Carlos']],
      ['2026-03-11', '11:00', '2026-03-11T11:30:00Z', ['Carlos']],
    ]);
    const calls = sent.filter((r) => r.url.pathname.endsWith('/availability'));
    expect(calls.map((r) => `${r.url.searchParams.get('agent_id')}|${r.url.searchParams.get('date')}`).sort()).to.deep.equal(Object.keys(free).sort());
    expect(calls.every((r) => r.url.searchParams.get('service_id') === '7' && r.url.searchParams.get('duration') === '30')).to.equal(true);
  });

  it('asks each agent and day once a minute, and afresh after any booking attempt', async () => {
    const sent = recordRequests();
    useHandlers(
      http.get(`${base}/agents`, () => HttpResponse.json({ status: 'success', data: [{ id: 3, display_name: 'María' }, { id: 4, display_name: 'Carlos' }] })),
      http.get(`${base}/availability`, () => HttpResponse.json({ status: 'success', data: { available_slots: ['10:00'] } })),
      customers(),
      http.post(`${base}/bookings`, () => HttpResponse.json({ status: 'error', error: { code: 'agent_not_available', message: 'Not available' } }, { status: 422 })),
    );
    const asked = () => sent.filter((r) => r.url.pathname.endsWith('/availability')).length;
    const a = adapter({ timeZone: 'UTC' });
    const range = { serviceId: '7', locationId: '1', from: '2026-03-10', to: '2026-03-12' };
    await a.getAvailability(range);
    expect(asked()).to.equal(6);
    const maria = await a.getAvailability({ ...range, professionalId: '3' });
    expect(asked(), 'María\'s days were just asked for "any"').to.equal(6);
    expect(maria.slots).to.have.length(3);
    await rejection(a.createBooking(request()));
    await a.getAvailability({ ...range, professionalId: '3' });
    expect(asked(), 'a failed booking makes availability stale').to.equal(9);
  });

  it('keeps at most `concurrency` availability requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    useHandlers(
      http.get(`${base}/availability`, async () => {
        most = Math.max(most, ++inFlight);
        await delay(20);
        inFlight--;
        return HttpResponse.json({ status: 'success', data: ['10:00'] });
      }),
    );
    const { slots } = await adapter({ concurrency: 3, timeZone: 'UTC' }).getAvailability({ serviceId: '7', professionalId: '3', from: '2026-03-01', to: '2026-03-31' });
    expect(slots).to.have.length(31);
    expect(most).to.equal(3);
  });

  it('declares what LatePoint can do, and refuses a range longer than it declares', async () => {
    const a = adapter();
    expect(a.capabilities).to.deep.include({ locations: true, professionals: true, anyProfessional: true, bookingCode: true, maxAvailabilityDays: 31 });
    await rejection(a.getAvailability({ serviceId: '7', professionalId: '3', from: '2026-03-01', to: '2026-04-01' }));
  });

  it('reads the plausible availability shapes', () => {
    const date = '2026-03-10';
    const expected = ['09:00', '14:30'];
    const shapes: unknown[] = [
      { status: 'success', data: { available_slots: ['09:00', '14:30'] } },
      { success: true, data: ['09:00', '14:30'] },
      { success: true, data: ['09:00:00', '14:30:00'] },
      { success: true, data: [540, '870'] },
      { status: 'success', data: { slots: [{ start_time: '09:00' }, { start_time: '10:00', available: false }, { time: '14:30', is_available: true }] } },
      { status: 'success', data: { slots: [{ start_time: 540 }, { start: 870 }] } },
      { status: 'success', data: { [date]: ['09:00', '14:30'] } },
      ['09:00', '14:30'],
    ];
    for (const shape of shapes) expect(readAvailabilityTimes(shape, date), JSON.stringify(shape)).to.deep.equal(expected);
    expect(readAvailabilityTimes({ status: 'success', data: { available_slots: [] } }, date)).to.deep.equal([]);
  });

  it('malformed JSON is a bad response', async () => {
    useHandlers(http.get(`${base}/locations`, () => new HttpResponse('<html>critical error</html>', { status: 200 })));
    expect((await rejection(adapter().listLocations())).code).to.equal('bad-response');
  });
});
