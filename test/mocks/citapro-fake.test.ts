import { expect } from '@open-wc/testing';
import { CITAPRO_AUTH_MESSAGES, CITAPRO_IDS as ID, createCitaProFake, type CitaProFake } from '../../src/mocks/index.js';
import { useNetwork, worker } from '../helpers/network.js';

const BASE = 'https://api.citapro.test';
const NOW = new Date('2026-03-09T12:00:00Z'); // Monday 07:00 in Quito
const TZ = 'America/Guayaquil';

// Field sets of the seed documentation's examples.
const SEED_SERVICE = { id: ID.haircut, name: 'Corte de cabello', duration: 60, domiciliary: false, virtual: false, status: 'active', price: 50.0, categoryId: 'bb0e8400-e29b-41d4-a716-446655440006', description: null, sessions: null, simultaneous: 1 };
const SEED_PERSON = { id: ID.maria, firstname: 'María', lastname: 'García', email: 'maria@example.com', status: 'active', phone: '+593991234567' };
const SEED_CLIENT = { id: ID.juan, firstname: 'Juan', lastname: 'Pérez', email: 'juan@example.com', phone: '+593991234568' };
const BOOKING_KEYS = ['id', 'startTime', 'endTime', 'status', 'internalNote', 'clientNote', 'paymentStatus', 'isFromWeb', 'isFromAgent', 'amount', 'clientId', 'locationId', 'serviceId', 'personId', 'paymentId', 'businessAccountId', 'location', 'person', 'service', 'client', 'notifyClient', 'repeatGroupId', 'answers', 'questionaryId', 'createdAt'];
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/;

// Bodies are checked field by field against the seed examples, so they stay loosely typed here.
interface Reply { status: number; body: any }

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const init: RequestInit = { method, headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${BASE}${path}`, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const get = (path: string) => call('GET', path);
const availability = (q: Record<string, string>) =>
  get(`/v1/bookings/availability?${new URLSearchParams({ locationId: ID.main, serviceId: ID.haircut, ...q })}`);
const clientFilter = (field: string, value: string, operator = '=') =>
  get(`/v1/clients?filters[0][field]=${field}&filters[0][operator]=${encodeURIComponent(operator)}&filters[0][value]=${encodeURIComponent(value)}`);

/** The seed's POST body, on Wednesday 11 March 09:00 in Quito with María. */
const seedBooking = (over: Record<string, unknown> = {}) => ({
  startTime: '2026-03-11T14:00:00Z', endTime: '2026-03-11T15:00:00Z', status: 'confirmed', amount: 50.0,
  clientId: ID.juan, locationId: ID.main, serviceId: ID.haircut, personId: ID.maria, notifyClient: true, ...over,
});
const starts = (reply: Reply, date: string) =>
  (reply.body.slots as Array<{ startTime: string; professionals: Array<{ id: string }> }>).filter((s) => s.startTime.startsWith(date));

describe('CitaPro fake over fetch', () => {
  useNetwork();
  let fake: CitaProFake;
  beforeEach(() => {
    fake = createCitaProFake({ now: () => NOW, timeZone: TZ });
    worker.use(...fake.handlers);
  });

  it('lists services, locations and people with the seed fields only', async () => {
    const services = await get('/v1/services');
    expect(services.status).to.equal(200);
    expect(services.body.total).to.equal(6);
    expect(services.body.items[0]).to.deep.equal(SEED_SERVICE);
    expect(services.body.items.map((s: { status: string }) => s.status)).to.include('inactive');
    const locations = await get('/v1/locations');
    expect(locations.body.items[0]).to.deep.equal({ id: ID.main, name: 'Sede Principal', address: 'Av. Amazonas N36-152', status: 'active' });
    expect(locations.body.total).to.equal(2);
    const people = await get('/v1/people');
    expect(people.body.items[0]).to.deep.equal(SEED_PERSON);
    const north = await get(`/v1/people?locationId=${ID.north}`);
    expect(north.body.items.map((p: { id: string }) => p.id)).to.deep.equal([ID.carlos, ID.lucia, ID.sofia]);
    expect(north.body.total).to.equal(3);
  });

  it('pages and filters lists', async () => {
    const page = await get('/v1/services?page=2&limit=4');
    expect(page.body.total).to.equal(6);
    expect(page.body.items).to.have.length(2);
    const active = await get('/v1/services?filters[0][field]=status&filters[0][operator]==&filters[0][value]=active');
    expect(active.body.total).to.equal(5);
    expect((await get('/v1/services?limit=500')).status).to.equal(422);
  });

  it('answers availability in exactly the seed shape, as fake.availability() computes it', async () => {
    const reply = await availability({ startDate: '2026-03-10', endDate: '2026-03-12' });
    expect(reply.status).to.equal(200);
    expect(Object.keys(reply.body)).to.deep.equal(['days', 'professionals', 'slots', 'limitExceeded']);
    expect(reply.body.days).to.deep.equal(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect(reply.body.slots[0]).to.deep.equal({
      startTime: '2026-03-10 09:00:00',
      endTime: '2026-03-10 10:00:00',
      professionals: [{ id: ID.maria, name: 'María García' }, { id: ID.carlos, name: 'Carlos Andrade' }],
    });
    for (const slot of reply.body.slots) {
      expect(Object.keys(slot)).to.deep.equal(['startTime', 'endTime', 'professionals']);
      expect(slot.startTime).to.match(WALL_CLOCK);
    }
    // María's seeded 10:00 booking leaves only Carlos; her cancelled 12:00 one frees the time.
    const tuesday = starts(reply, '2026-03-10');
    expect(tuesday.find((s) => s.startTime === '2026-03-10 10:00:00')?.professionals.map((p) => p.id)).to.deep.equal([ID.carlos]);
    expect(tuesday.find((s) => s.startTime === '2026-03-10 12:00:00')?.professionals.map((p) => p.id)).to.deep.equal([ID.maria, ID.carlos]);
    expect(reply.body.limitExceeded).to.equal(false);
    expect(reply.body).to.deep.equal(fake.availability({ locationId: ID.main, serviceId: ID.haircut, startDate: '2026-03-10', endDate: '2026-03-12' }));
  });

  it('defaults the range to today + 30 days and honours lead time, horizon and professional', async () => {
    const defaults = await availability({});
    expect(defaults.body).to.deep.equal((await availability({ startDate: '2026-03-09', endDate: '2026-04-08' })).body);
    expect(defaults.body.slots[0].startTime).to.equal('2026-03-09 09:00:00');
    const late = createCitaProFake({ now: () => new Date('2026-03-09T18:10:00Z'), timeZone: TZ }); // 13:10 in Quito
    expect(late.availability({ locationId: ID.main, serviceId: ID.haircut, startDate: '2026-03-09', endDate: '2026-03-09' }).slots[0].startTime)
      .to.equal('2026-03-09 14:30:00');
    const far = await availability({ startDate: '2026-06-01', endDate: '2026-06-20' });
    expect(far.body.limitExceeded).to.equal(true);
    expect(far.body.days.at(-1)).to.equal('2026-06-06'); // the horizon ends Sunday 7 June, when the branch is closed
    const maria = await availability({ startDate: '2026-03-10', endDate: '2026-03-12', professionalId: ID.maria });
    expect(maria.body.professionals).to.deep.equal([{ id: ID.maria, name: 'María García' }]);
    expect(starts(maria, '2026-03-10').map((s) => s.startTime.slice(11, 16))).to.not.include('10:00');
  });

  it('rejects invalid availability queries with 422 on the field', async () => {
    const errorsOf = async (path: string) => {
      const reply = await get(path);
      expect(reply.status, path).to.equal(422);
      expect(reply.body.message).to.equal('The given data was invalid.');
      return Object.keys(reply.body.errors);
    };
    expect(await errorsOf('/v1/bookings/availability')).to.have.members(['locationId', 'serviceId']);
    const q = (extra: string) => `/v1/bookings/availability?locationId=${ID.main}&serviceId=${ID.haircut}&${extra}`;
    expect(await errorsOf(`/v1/bookings/availability?locationId=${ID.main}&serviceId=nope`)).to.deep.equal(['serviceId']);
    expect(await errorsOf(`/v1/bookings/availability?locationId=${ID.main}&serviceId=${ID.eventStyling}`)).to.deep.equal(['serviceId']);
    expect(await errorsOf(q('startDate=2026-03-10&endDate=2026-04-10'))).to.deep.equal(['endDate']);
    expect(await errorsOf(q('startDate=2026-03-10&endDate=2026-03-09'))).to.deep.equal(['endDate']);
    expect(await errorsOf(q('startDate=10/03/2026'))).to.deep.equal(['startDate']);
    expect(await errorsOf(q('professionalId=nope'))).to.deep.equal(['professionalId']);
    expect((await get(q('startDate=2026-03-10&endDate=2026-04-09'))).status).to.equal(200); // exactly 30 days
  });

  it('finds clients by e-mail (any case) or phone with the filters grammar', async () => {
    const byEmail = await clientFilter('email', 'JUAN@example.com');
    expect(byEmail.body).to.deep.equal({ total: 1, items: [SEED_CLIENT] });
    expect((await clientFilter('phone', '+593991234568')).body.items[0].id).to.equal(ID.juan);
    expect((await clientFilter('email', 'nadie@example.com')).body).to.deep.equal({ total: 0, items: [] });
    expect(Object.keys((await get('/v1/clients?filters[0][field]=email&filters[0][value]=x')).body.errors)).to.deep.equal(['filters.0.operator']);
    expect(Object.keys((await clientFilter('password', 'x')).body.errors)).to.deep.equal(['filters.0.field']);
    expect(Object.keys((await clientFilter('email', 'x', '~')).body.errors)).to.deep.equal(['filters.0.operator']);
  });

  it('creates clients and validates them', async () => {
    const lucia = { firstname: 'Lucía', lastname: 'Ramírez', email: 'lucia@example.com', phone: '+593 99 123 4000' };
    const created = await call('POST', '/v1/clients', lucia);
    expect(created.status).to.equal(201);
    expect(Object.keys(created.body)).to.deep.equal(['id']);
    expect((await clientFilter('email', 'lucia@example.com')).body.items).to.deep.equal([{ id: created.body.id, ...lucia }]);
    const empty = await call('POST', '/v1/clients', {});
    expect(empty.status).to.equal(422);
    expect(Object.keys(empty.body.errors)).to.have.members(['firstname', 'lastname', 'email', 'phone']);
    expect((await call('POST', '/v1/clients', { ...lucia, email: 'not-an-email' })).body.errors)
      .to.deep.equal({ email: ['The email must be a valid email address.'] });
    expect((await call('POST', '/v1/clients', { ...lucia, email: 'Juan@Example.com' })).body.errors)
      .to.deep.equal({ email: ['The email has already been taken.'] });
  });

  it('creates a booking readable in the seed item shape, and the slot disappears', async () => {
    const created = await call('POST', '/v1/bookings', seedBooking());
    expect(created.status).to.equal(201);
    expect(Object.keys(created.body)).to.deep.equal(['id']);
    const read = await get(`/v1/bookings/${created.body.id}`);
    expect(Object.keys(read.body)).to.deep.equal(BOOKING_KEYS);
    expect(read.body).to.deep.include({ startTime: '2026-03-11 09:00:00', endTime: '2026-03-11 10:00:00', status: 'confirmed', amount: 50, personId: ID.maria, isFromWeb: false });
    expect(read.body.person).to.deep.equal(SEED_PERSON);
    expect(read.body.service).to.deep.equal(SEED_SERVICE);
    expect(read.body.client).to.deep.equal(SEED_CLIENT);
    expect(read.body.location).to.deep.equal({ id: ID.main, name: 'Sede Principal' });
    expect(read.body.createdAt).to.equal('2026-03-09 07:00:00');
    const list = await get('/v1/bookings');
    expect(list.body.total).to.equal(5);
    expect(list.body.items.map((b: { id: string }) => b.id)).to.include(created.body.id);
    const nine = (r: Reply) => starts(r, '2026-03-11').find((s) => s.startTime === '2026-03-11 09:00:00');
    expect(nine(await availability({ startDate: '2026-03-11', endDate: '2026-03-11' }))?.professionals.map((p) => p.id)).to.not.include(ID.maria);
    const again = await call('POST', '/v1/bookings', seedBooking());
    expect(again.status).to.equal(422);
    expect(again.body.errors).to.deep.equal({ startTime: ['The selected time slot is not available.'] });

    expect((await call('DELETE', `/v1/bookings/${created.body.id}`)).status).to.equal(204);
    expect((await get(`/v1/bookings/${created.body.id}`)).body.status).to.equal('cancelled');
    expect(nine(await availability({ startDate: '2026-03-11', endDate: '2026-03-11' }))?.professionals.map((p) => p.id)).to.include(ID.maria);
  });

  it('assigns a free professional when personId is left out, until nobody is free', async () => {
    const body = seedBooking({ personId: undefined, startTime: '2026-03-10T14:00:00Z', endTime: '2026-03-10T15:00:00Z' });
    const first = await call('POST', '/v1/bookings', body);
    const second = await call('POST', '/v1/bookings', body);
    expect((await get(`/v1/bookings/${first.body.id}`)).body.personId).to.equal(ID.maria);
    expect((await get(`/v1/bookings/${second.body.id}`)).body.personId).to.equal(ID.carlos);
    const third = await call('POST', '/v1/bookings', body);
    expect(third.status).to.equal(422);
    expect(Object.keys(third.body.errors)).to.deep.equal(['startTime']);
  });

  it('validates every booking field', async () => {
    const errorsOf = async (body: unknown) => {
      const reply = await call('POST', '/v1/bookings', body);
      expect(reply.status).to.equal(422);
      return reply.body.errors as Record<string, string[]>;
    };
    const all = await errorsOf({ startTime: '2026-03-11 09:00:00', endTime: 'tomorrow', status: 'done', amount: -1, clientId: 'x', locationId: 'x', serviceId: 'x', personId: 'x', notifyClient: 'yes', internalNote: 5 });
    expect(Object.keys(all)).to.have.members(['startTime', 'endTime', 'status', 'amount', 'clientId', 'locationId', 'serviceId', 'personId', 'notifyClient', 'internalNote']);
    expect(Object.keys(await errorsOf({}))).to.have.members(['startTime', 'endTime', 'status', 'amount', 'clientId', 'locationId', 'serviceId']);
    expect(await errorsOf(seedBooking({ endTime: '2026-03-11T13:00:00Z' }))).to.deep.equal({ endTime: ['The end time must be a date after start time.'] });
    expect(Object.keys(await errorsOf(seedBooking({ amount: '50' })))).to.deep.equal(['amount']);
    expect(Object.keys(await errorsOf(seedBooking({ serviceId: ID.eventStyling })))).to.deep.equal(['serviceId']);
    expect(Object.keys(await errorsOf(seedBooking({ personId: ID.lucia })))).to.deep.equal(['personId']);
    const tooSoon = await errorsOf(seedBooking({ startTime: '2026-03-09T12:30:00Z', endTime: '2026-03-09T13:30:00Z' }));
    expect(tooSoon.startTime[0]).to.contain('60 minutes');
    expect(Object.keys(await errorsOf(seedBooking({ startTime: '2026-03-15T14:00:00Z', endTime: '2026-03-15T15:00:00Z' })))).to.deep.equal(['startTime']); // Sunday: closed
    expect(Object.keys(await errorsOf(seedBooking({ startTime: '2026-07-01T14:00:00Z', endTime: '2026-07-01T15:00:00Z' })))).to.deep.equal(['startTime']);
    // An offset other than Z is the same instant.
    expect((await call('POST', '/v1/bookings', seedBooking({ startTime: '2026-03-11T09:00:00-05:00', endTime: '2026-03-11T10:00:00-05:00' }))).status).to.equal(201);
  });

  it('answers malformed bodies with 400 and unknown bookings with 404', async () => {
    const malformed = await call('POST', '/v1/bookings', '{"startTime": ');
    expect(malformed.status).to.equal(400);
    expect(malformed.body.message).to.be.a('string');
    expect((await call('POST', '/v1/clients', '[1, 2]')).status).to.equal(400);
    expect(await get('/v1/bookings/cc0e8400-0000-0000-0000-000000000000')).to.deep.equal({ status: 404, body: { message: 'Booking not found.' } });
    expect((await call('DELETE', '/v1/bookings/cc0e8400-0000-0000-0000-000000000000')).status).to.equal(404);
    expect((await get('/v1/unknown')).status).to.equal(404);
  });

  it('updates bookings partially and re-checks a moved time', async () => {
    const id = '550e8400-e29b-41d4-a716-446655440020'; // Pedro with Andrés, Friday 13 March 14:00
    expect((await call('PUT', `/v1/bookings/${id}`, { status: 'confirmed' })).status).to.equal(204);
    expect((await get(`/v1/bookings/${id}`)).body).to.deep.include({ status: 'confirmed', startTime: '2026-03-13 14:00:00', amount: 80 });
    const { id: other } = (await call('POST', '/v1/bookings', seedBooking({ personId: ID.andres, startTime: '2026-03-13T15:00:00Z', endTime: '2026-03-13T16:00:00Z' }))).body;
    const clash = await call('PUT', `/v1/bookings/${other}`, { startTime: '2026-03-13T19:00:00Z', endTime: '2026-03-13T20:00:00Z' });
    expect(clash.status).to.equal(422);
    expect(Object.keys(clash.body.errors)).to.deep.equal(['startTime']);
    // Moving a booking within its own time does not collide with itself.
    expect((await call('PUT', `/v1/bookings/${id}`, { startTime: '2026-03-13T19:30:00Z', endTime: '2026-03-13T21:30:00Z', amount: 75 })).status).to.equal(204);
    expect((await get(`/v1/bookings/${id}`)).body).to.deep.include({ startTime: '2026-03-13 14:30:00', endTime: '2026-03-13 16:30:00', amount: 75 });
    expect((await call('PUT', `/v1/bookings/${id}`, { status: 'done' })).body.errors).to.have.keys(['status']);
    const missing = await call('PUT', '/v1/bookings/cc0e8400-0000-0000-0000-000000000000', { status: 'confirmed' });
    expect(missing.status).to.equal(422);
    expect(missing.body.errors).to.have.keys(['id']);
  });

  it('lets tests take a slot, records requests and resets', async () => {
    fake.takeSlot({ locationId: ID.main, serviceId: ID.haircut, date: '2026-03-10', time: '09:00' });
    fake.takeSlot({ locationId: ID.main, serviceId: ID.haircut, date: '2026-03-10', time: '09:00' });
    // María and Carlos now both work 09:00–10:00; María's seeded 10:00 booking leaves Carlos at 10:00.
    const tuesday = await availability({ startDate: '2026-03-10', endDate: '2026-03-10' });
    expect(tuesday.body.slots[0]).to.deep.include({ startTime: '2026-03-10 10:00:00', professionals: [{ id: ID.carlos, name: 'Carlos Andrade' }] });
    expect(() => fake.takeSlot({ locationId: ID.main, serviceId: ID.haircut, date: '2026-03-10', time: '09:00' })).to.throw();
    await call('POST', '/v1/clients', { firstname: 'Eva', lastname: 'Loor', email: 'eva@example.com', phone: '+593990000001' });
    expect(fake.requests.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal(['GET /v1/bookings/availability', 'POST /v1/clients']);
    expect(fake.requests[1].body).to.deep.equal({ firstname: 'Eva', lastname: 'Loor', email: 'eva@example.com', phone: '+593990000001' });
    fake.reset();
    expect(fake.requests).to.have.length(0);
    expect(fake.state.clients).to.have.length(3);
    expect(fake.state.bookings).to.have.length(4);
    expect(starts(await availability({ startDate: '2026-03-10', endDate: '2026-03-10' }), '2026-03-10')[0].startTime).to.equal('2026-03-10 09:00:00');
  });

  it('puts its default bookings in the future', () => {
    const live = createCitaProFake();
    expect(live.state.bookings.every((b) => Date.parse(b.startTime) > Date.now())).to.equal(true);
  });

  it('writes wall-clock times in a DST business zone', async () => {
    worker.resetHandlers();
    const madrid = createCitaProFake({ now: () => new Date('2026-03-27T08:00:00Z'), timeZone: 'Europe/Madrid' });
    worker.use(...madrid.handlers);
    const before = await availability({ startDate: '2026-03-30', endDate: '2026-03-30' });
    expect(before.body.slots[0].startTime).to.equal('2026-03-30 09:00:00');
    const created = await call('POST', '/v1/bookings', seedBooking({ startTime: '2026-03-30T09:00:00+02:00', endTime: '2026-03-30T10:00:00+02:00' }));
    expect(created.status).to.equal(201);
    expect((await get(`/v1/bookings/${created.body.id}`)).body.startTime).to.equal('2026-03-30 09:00:00');
    expect(madrid.state.bookings.at(-1)?.startTime).to.equal('2026-03-30T07:00:00Z');
  });
});

describe('CitaPro fake with an API key', () => {
  useNetwork();
  beforeEach(() => {
    worker.use(...createCitaProFake({ now: () => NOW, apiKey: 'cpk_live', revokedApiKeys: ['cpk_old'] }).handlers);
  });

  it('answers 401 with the documented messages and accepts either header', async () => {
    expect(await call('GET', '/v1/services')).to.deep.equal({ status: 401, body: { message: CITAPRO_AUTH_MESSAGES.missing } });
    expect(CITAPRO_AUTH_MESSAGES.missing).to.equal('API key is required. Provide it via X-API-Key header or Authorization Bearer.');
    expect(await call('GET', '/v1/services', undefined, { 'X-API-Key': 'cpk_wrong' })).to.deep.equal({ status: 401, body: { message: 'Invalid API key.' } });
    expect(await call('GET', '/v1/services', undefined, { Authorization: 'Bearer cpk_old' })).to.deep.equal({ status: 401, body: { message: 'API key is expired or revoked.' } });
    expect((await call('GET', '/v1/services', undefined, { 'X-API-Key': 'cpk_live' })).status).to.equal(200);
    expect((await call('GET', '/v1/services', undefined, { Authorization: 'Bearer cpk_live' })).status).to.equal(200);
  });
});
