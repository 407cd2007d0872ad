/** The fake LatePoint backend keeps to its documented shapes and rules (src/mocks/latepoint/fake.ts). */
import { expect } from '@open-wc/testing';
import { createLatePointFake, LATEPOINT_IDS as IDS } from '../../src/mocks/latepoint/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://site.example/wp-json/latepoint-api/v1';
// Monday 2 March 2026, 08:00 in Mexico City (UTC−6).
const NOW = new Date('2026-03-02T14:00:00Z');
const ZONE = 'America/Mexico_City';

function fake(options: Parameters<typeof createLatePointFake>[0] = { baseUrl: base, timeZone: ZONE }) {
  const f = createLatePointFake({ baseUrl: base, timeZone: ZONE, now: () => NOW, ...options });
  useHandlers(...f.handlers);
  return f;
}

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  call('/bookings', { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });

const newBooking = (overrides: Record<string, unknown> = {}) => ({
  service_id: IDS.consultation,
  agent_id: IDS.maria,
  start_date: '2026-03-03',
  start_time: '11:00',
  customer: { first_name: 'Ana', last_name: 'López', email: 'ana.lopez@email.com', phone: '+52 555 987 6543' },
  location_id: IDS.main,
  ...overrides,
});

describe('LatePoint fake', () => {
  useNetwork();

  it('lists with the docs\' envelopes and string-typed numbers', async () => {
    fake();
    const services = await call('/services?status=active&per_page=1');
    expect(services.body).to.deep.include({ success: true });
    expect(services.body.pagination).to.deep.include({ page: 1, per_page: 1, total: 2, total_pages: 2, has_next_page: true });
    expect(services.body.data[0]).to.deep.include({ id: 7, duration: '60', price_min: '75.0000' });
    const agents = await call(`/agents?location_id=${IDS.north}&service_id=${IDS.consultation}&status=active&per_page=100`);
    expect(agents.body.status).to.equal('success');
    expect(agents.body.data.map((a: { id: number }) => a.id)).to.deep.equal([IDS.maria]);
    expect(agents.body.meta).to.deep.include({ total: 1, total_pages: 1 });
  });

  it('availability: free "HH:MM" starts within hours, minus bookings and the past', async () => {
    const f = fake();
    const next = f.state.bookings[0];
    const { body } = await call(`/availability?service_id=${IDS.consultation}&agent_id=${IDS.maria}&date=${next.start_date}`);
    expect(body.status).to.equal('success');
    expect(body.data.available_slots).to.not.include('09:00').and.not.include('09:30');
    expect(body.data.available_slots[0]).to.equal('10:00');
    expect(body.data.available_slots.at(-1)).to.equal('16:00');
    // Today: 08:00 now, so every time from 09:00 is still free.
    const today = await call(`/availability?service_id=${IDS.consultation}&agent_id=${IDS.maria}&date=2026-03-02`);
    expect(today.body.data.available_slots[0]).to.equal('09:00');
    const past = await call(`/availability?service_id=${IDS.consultation}&agent_id=${IDS.maria}&date=2026-03-01`);
    expect(past.body.data.available_slots).to.deep.equal([]);
    const longer = await call(`/availability?service_id=${IDS.consultation}&agent_id=${IDS.maria}&date=2026-03-03&duration=90`);
    expect(longer.body.data.available_slots.at(-1)).to.equal('15:30');
  });

  it('availability errors: WordPress REST shape for missing parameters, duration not allowed', async () => {
    fake();
    const missing = await call(`/availability?service_id=${IDS.consultation}`);
    expect(missing).to.deep.equal({ status: 400, body: { code: 'missing_parameters', message: 'Missing required parameters: agent_id, date', data: { status: 400 } } });
    const duration = await call(`/availability?service_id=${IDS.consultation}&agent_id=${IDS.maria}&date=2026-03-03&duration=45`);
    expect(duration.status).to.equal(422);
    expect(duration.body.error.details).to.have.property('duration');
  });

  it('creates a booking: 201 with LP-YYYY-NNN, the time disappears, a new customer is stored', async () => {
    const f = fake();
    const { status, body } = await post(newBooking({ notes: 'Hola' }));
    expect(status).to.equal(201);
    expect(body.status).to.equal('success');
    expect(body.data).to.deep.include({ status: 'pending', start_date: '2026-03-03', start_time: '11:00', end_time: '12:00', notes: 'Hola', price: '75.0000' });
    expect(body.data.booking_code).to.equal('LP-2026-001');
    expect(body.data.customer.email).to.equal('ana.lopez@email.com');
    expect(f.freeTimes(IDS.consultation, IDS.maria, '2026-03-03')).to.not.include('11:00').and.not.include('10:30');
    expect(f.state.customers.some((c) => c.email === 'ana.lopez@email.com')).to.equal(true);
  });

  it('"any" agent: the server assigns a free agent at that location', async () => {
    const f = fake();
    f.takeSlot({ serviceId: IDS.consultation, agentId: IDS.maria, date: '2026-03-03', time: '11:00' });
    const { status, body } = await post(newBooking({ agent_id: 'any' }));
    expect(status).to.equal(201);
    expect(body.data.agent.id).to.equal(IDS.carlos);
    const again = await post(newBooking({ agent_id: -1, customer_id: IDS.juan, customer: undefined }));
    expect(again.status).to.equal(422);
    expect(again.body.error.code).to.equal('agent_not_available');
  });

  it('rejects an inline customer whose e-mail exists; customer_id books them', async () => {
    const f = fake();
    const taken = await post(newBooking({ customer: { first_name: 'Juan', last_name: 'Pérez', email: 'JUAN.PEREZ@email.com' } }));
    expect(taken.status).to.equal(422);
    expect(taken.body.error.details['customer.email']).to.equal('This email is already in use');
    const ok = await post(newBooking({ customer: undefined, customer_id: IDS.juan }));
    expect(ok.status).to.equal(201);
    expect(f.state.bookings.at(-1)!.customer_id).to.equal(IDS.juan);
  });

  it('validation: the seed\'s error envelope and messages', async () => {
    fake();
    const { status, body } = await post(newBooking({ service_id: 999, start_time: '9am', customer: { first_name: 'A', last_name: 'B', email: 'nope' } }));
    expect(status).to.equal(422);
    expect(body).to.deep.equal({
      status: 'error',
      error: {
        code: 'invalid_request',
        message: 'Invalid input data',
        details: { service_id: 'The specified service does not exist', start_time: 'Invalid time format, use HH:MM', 'customer.email': 'Invalid email' },
      },
    });
  });

  it('auth, permissions, plugin off, malformed JSON, unknown routes and bookings', async () => {
    const f = fake({ apiKey: 'lp_live_right', deniedPermissions: ['customers:read'] });
    expect(await call('/services')).to.deep.equal({ status: 401, body: { error: { code: 'unauthorized', message: 'Invalid or missing API key' } } });
    const key = { 'X-API-Key': 'lp_live_right' };
    expect((await call('/services', { headers: key })).status).to.equal(200);
    expect((await call('/services', { headers: { Authorization: 'Bearer lp_live_right' } })).status).to.equal(200);
    expect((await call('/customers?email=x', { headers: key })).status).to.equal(403);
    expect(await post('{"service_id": 7,', key)).to.deep.equal({ status: 400, body: { code: 'rest_invalid_json', message: 'Invalid JSON body passed.', data: { status: 400 } } });
    expect((await call('/bookings/123', { headers: key })).body).to.deep.equal({ status: 'error', error: { code: 'booking_not_found', message: 'Booking with ID 123 was not found' } });
    expect((await call('/nothing', { headers: key })).body.code).to.equal('rest_no_route');
    f.state.settings.pluginActive = false;
    expect(await call('/services', { headers: key })).to.deep.equal({ status: 503, body: { status: 'error', error: { code: 'latepoint_not_available', message: 'LatePoint not available' } } });
    f.reset();
    expect(f.state.settings.pluginActive).to.equal(true);
    expect(f.requests).to.have.length(0);
  });
});
