/**
 * The fake Miketsu backend's classes, calendar and front-desk routes answer as the seed and api-notes §4.5
 * describe, at the HTTP edge.
 */
import { expect } from '@open-wc/testing';
import { createMiketsuFake, MIKETSU_IDS, MIKETSU_MESSAGES, type MiketsuFakeOptions } from '../../src/mocks/miketsu/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://host.example/api/v1';
// Monday 9 March 2026, 08:00 in Guayaquil (−05:00). Yoga: Wed 11 (full), Fri 13, Mon 16, Wed 18, Fri 20, Mon 23 at 18:30.
const NOW = new Date('2026-03-09T13:00:00Z');
const zone = 'America/Guayaquil';
const { jane: JANE, lucia: LUCIA, yoga: YOGA, haircut: HAIRCUT } = MIKETSU_IDS;

function fake(options: Partial<MiketsuFakeOptions> = {}) {
  const f = createMiketsuFake({ baseUrl: base, timeZone: zone, now: () => NOW, ...options });
  useHandlers(...f.handlers);
  return f;
}

const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
const get = (path: string, headers: Record<string, string> = {}) => send('GET', path, undefined, headers);
const json = async (response: Response) => (await response.json()) as { data?: any; error?: { message: string } };

const join = (bookingId: unknown, timeStamp: string) => ({
  merchant_name: MIKETSU_IDS.merchant,
  service_id: YOGA,
  location_id: MIKETSU_IDS.location,
  timeStamp,
  ...(bookingId === undefined ? {} : { booking_id: bookingId }),
});
const desk = (extra: Record<string, unknown> = {}) => ({
  service_id: HAIRCUT,
  timestamp: '2026-03-16T14:00:00Z',
  customers: [{ id: JANE }],
  is_recurring: false,
  ...extra,
});
const calendarUrl = (from: string, to: string, prefix = '/bookings') =>
  `${prefix}/calendar/events?start=${encodeURIComponent(from)}&end=${encodeURIComponent(to)}`;

describe('Miketsu fake: classes and the front desk', () => {
  useNetwork();

  it('the merchant catalog names the class and its seats; the public catalog does not (as in the code)', async () => {
    fake();
    const merchant = (await json(await get('/merchant/services'))).data;
    const yoga = merchant.flatMap((c: { services: unknown[] }) => c.services).find((s: { id: number }) => s.id === YOGA);
    expect(yoga).to.include({ name: 'Yoga en grupo', booking_type: 'class', max_participants: 6, is_active: true });
    const publicOne = (await json(await get('/merchants/spa-retreat'))).data.services[2].services[0];
    expect(publicOne).to.include({ id: YOGA, name: 'Yoga en grupo' }).and.not.have.any.keys('booking_type', 'max_participants');
  });

  it('the calendar lists bookings in range with participants; the first session is full', async () => {
    const f = fake();
    const { data } = await json(await get(calendarUrl('2026-03-09T00:00:00-05:00', '2026-03-15T23:59:59-05:00')));
    expect(data.blocked_times).to.deep.equal([]);
    expect(data.bookings.map((b: { id: number; from_date: string; participants: unknown[] }) => [b.id, b.from_date, b.participants.length])).to.deep.equal([
      [1, '2026-03-11T23:30:00Z', 6],
      [2, '2026-03-13T23:30:00Z', 2],
    ]);
    expect(data.bookings[1]).to.include({ booking_type: 'class', booking_status: 'confirmed', service_id: YOGA, max_participants: 6, is_recurring: true });
    expect(data.bookings[1].participants[0]).to.include({ customer_id: JANE, first_name: 'Jane', last_name: 'Smith', status: 'confirmed' });
    expect(f.state.sessions).to.have.length(6);
    expect(f.state.bookings, 'appointments are kept apart').to.have.length(0);
    expect((await get(calendarUrl('2026-03-09', '2026-03-15'))).status).to.equal(400);
  });

  it('public availability of the class: the times of sessions with seats, no ids', async () => {
    const f = fake();
    const url = `/merchants/spa-retreat/locations/456/services/${YOGA}/availability?start=${encodeURIComponent('2026-03-09T00:00:00-05:00')}&end=${encodeURIComponent('2026-03-16T23:59:59-05:00')}`;
    const { data } = await json(await get(url));
    const offered = data.filter((d: { is_available: boolean }) => d.is_available);
    expect(offered).to.deep.equal([
      { date: '2026-03-13', is_available: true, morning: [], afternoon: ['18:30'] },
      { date: '2026-03-16', is_available: true, morning: [], afternoon: ['18:30'] },
    ]);
    f.fillSession(2);
    const again = (await json(await get(url))).data.filter((d: { is_available: boolean }) => d.is_available);
    expect(again.map((d: { date: string }) => d.date)).to.deep.equal(['2026-03-16']);
  });

  it('joining with booking_id adds a participant; a full session is 409 (the docs)', async () => {
    const f = fake();
    const res = await send('POST', '/bookings/customer', { ...join(2, '2026-03-13T23:30:00Z'), customer_note: 'Primera clase' });
    expect(res.status).to.equal(201);
    expect(await res.text()).to.equal('');
    expect(f.state.sessions[1].participants).to.have.length(3);
    expect(f.state.sessions[1].participants!.at(-1)).to.include({ customer_note: 'Primera clase', status: 'confirmed' });
    const full = await send('POST', '/bookings/customer', join(1, '2026-03-11T23:30:00Z'));
    expect(full.status).to.equal(409);
    expect(await full.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.full } });
  });

  it("conflicts: 'code' answers a full session as the real backend: 400 \"no rows in result set\"", async () => {
    const f = fake({ conflicts: 'code' });
    const full = await send('POST', '/bookings/customer', join(1, '2026-03-11T23:30:00Z'));
    expect(full.status).to.equal(400);
    expect(await full.json()).to.deep.equal({ error: { message: 'no rows in result set' } });
    expect(f.state.sessions[0].participants).to.have.length(6);
  });

  it('joining validates booking_id and the time (400)', async () => {
    const f = fake();
    const cases: Array<[unknown, string]> = [
      [join(undefined, '2026-03-13T23:30:00Z'), MIKETSU_MESSAGES.joinNeedsId],
      [join('2', '2026-03-13T23:30:00Z'), MIKETSU_MESSAGES.bookingId],
      [join(99, '2026-03-13T23:30:00Z'), MIKETSU_MESSAGES.session],
      [join(2, '2026-03-13T22:30:00Z'), MIKETSU_MESSAGES.sessionTime],
      [{ ...join(2, '2026-03-13T23:30:00Z'), service_id: HAIRCUT }, MIKETSU_MESSAGES.session],
    ];
    for (const [body, message] of cases) {
      const res = await send('POST', '/bookings/customer', body);
      expect(res.status, message).to.equal(400);
      expect(await res.json()).to.deep.equal({ error: { message } });
    }
    expect(f.state.sessions[1].participants).to.have.length(2);
  });

  it('employee routes: 401 without the token, for a session that is not staff, and for another merchant', async () => {
    fake({ apiKey: 'tok' });
    const routes: Array<[string, string, unknown?]> = [
      ['GET', '/merchant/services'],
      ['GET', '/merchant/customers'],
      ['GET', '/merchant/settings'],
      ['GET', calendarUrl('2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z')],
      ['POST', '/bookings/merchant', desk()],
    ];
    for (const [method, path, body] of routes) {
      const res = await send(method, path, body);
      expect(res.status, path).to.equal(401);
      expect(await res.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.unauthorized } });
      expect((await send(method, path, body, { Authorization: 'Bearer tok' })).status, path).to.be.oneOf([200, 201]);
    }
    fake({ staff: false });
    for (const [method, path, body] of routes) {
      const res = await send(method, path, body);
      expect(res.status, path).to.equal(401);
      expect(await res.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.staffOnly } });
    }
    fake({ layout: 'public' });
    const other = await get('/merchants/0000-other/customers');
    expect(other.status).to.equal(401);
    expect((await json(other)).error!.message).to.equal(MIKETSU_MESSAGES.otherMerchant);
  });

  it("the seed's appointment: one booking for the customer; that time leaves availability", async () => {
    const f = fake();
    const res = await send('POST', '/bookings/merchant', desk({ merchant_note: 'Prefiere la mañana' }));
    expect(res.status).to.equal(201);
    expect(await res.text()).to.equal('');
    expect(f.state.bookings).to.have.length(1);
    expect(f.state.bookings[0]).to.include({ booking_type: 'appointment', from_date: '2026-03-16T14:00:00Z', to_date: '2026-03-16T14:45:00Z', merchant_note: 'Prefiere la mañana', is_recurring: false });
    expect(f.state.bookings[0].participants!.map((p) => [p.customer_id, p.first_name])).to.deep.equal([[JANE, 'Jane']]);
    const [day] = f.availability({ serviceId: HAIRCUT, from: '2026-03-16', to: '2026-03-16' });
    expect(day.morning).to.not.include('09:00');
  });

  it('a group booking with several customers, one new: a session with three participants, the new customer kept', async () => {
    const f = fake();
    const body = desk({
      service_id: YOGA,
      timestamp: '2026-03-12T23:30:00Z',
      customers: [{ id: JANE }, { id: LUCIA }, { first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com' }],
    });
    expect((await send('POST', '/bookings/merchant', body)).status).to.equal(201);
    const session = f.state.sessions.find((s) => s.from_date === '2026-03-12T23:30:00Z')!;
    expect(session).to.include({ booking_type: 'class', max_participants: 6 });
    expect(session.participants!.map((p) => `${p.first_name} ${p.last_name}`)).to.deep.equal(['Jane Smith', 'Lucía Andrade', 'John Doe']);
    const customers = (await json(await get('/merchant/customers'))).data;
    const john = customers.find((c: { last_name: string }) => c.last_name === 'Doe');
    expect(john).to.include({ first_name: 'John', email: 'john.doe@example.com', phone_number: null });
    expect(john.id).to.match(/^[0-9a-f-]{36}$/);
    expect(session.participants![2].customer_id).to.equal(john.id);
  });

  it('a weekly series on MO, WE and FR is expanded on the merchant clock and every occurrence stored', async () => {
    const f = fake();
    const body = desk({
      timestamp: '2026-03-16T14:00:00Z',
      is_recurring: true,
      recurrence_rule: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO', 'WE', 'FR'], until: '2026-03-27T14:00:00Z' },
    });
    expect((await send('POST', '/bookings/merchant', body)).status).to.equal(201);
    expect(f.state.bookings.map((b) => b.from_date)).to.deep.equal(
      ['16', '18', '20', '23', '25', '27'].map((d) => `2026-03-${d}T14:00:00Z`),
    );
    expect(f.state.bookings.every((b) => b.is_recurring)).to.equal(true);
    const [wednesday] = f.availability({ serviceId: HAIRCUT, from: '2026-03-18', to: '2026-03-18' });
    expect(wednesday.morning[0], 'the series holds 09:00–09:45').to.equal('09:45');
  });

  for (const conflicts of ['seed', 'code'] as const) {
    it(`an occurrence colliding with a booking refuses the whole series (${conflicts === 'seed' ? '409' : '400'}); nothing stored`, async () => {
      const f = fake({ conflicts });
      f.takeSlot({ serviceId: HAIRCUT, date: '2026-03-20', time: '09:30' });
      const body = desk({ is_recurring: true, recurrence_rule: { frequency: 'DAILY', interval: 2, weekdays: [], until: '2026-03-27T14:00:00Z' } });
      const res = await send('POST', '/bookings/merchant', body);
      expect(res.status).to.equal(conflicts === 'seed' ? 409 : 400);
      expect(await res.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.deskOverlap('2026-03-20') } });
      expect(f.state.bookings).to.have.length(1);
    });
  }

  it('validates the front-desk body per the docs and the code (400; unknown ids 404 as the docs say)', async () => {
    const f = fake();
    const seven = [...f.state.customers.map((c) => ({ id: c.id })), { first_name: 'Eva', last_name: 'Ríos' }];
    const rule = (extra: Record<string, unknown>) => ({ is_recurring: true, recurrence_rule: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO'], until: '2026-04-13T14:00:00Z', ...extra } });
    const cases: Array<[unknown, number, string]> = [
      ['not json', 400, MIKETSU_MESSAGES.badJson],
      [desk({ service_id: 999 }), 404, MIKETSU_MESSAGES.service],
      [desk({ timestamp: '2026-03-16 09:00' }), 400, MIKETSU_MESSAGES.timestamp],
      [desk({ customers: [] }), 400, MIKETSU_MESSAGES.customers],
      [desk({ customers: [{ first_name: 'Ana' }] }), 400, MIKETSU_MESSAGES.customerName],
      [desk({ customers: [{ id: 'nope' }] }), 400, MIKETSU_MESSAGES.customerId],
      [desk({ customers: [{ id: '00000000-0000-4000-8000-000000000000' }] }), 404, MIKETSU_MESSAGES.customer],
      [desk({ customers: [{ id: JANE }, { id: LUCIA }] }), 400, MIKETSU_MESSAGES.oneCustomer],
      [desk({ service_id: YOGA, timestamp: '2026-03-12T23:30:00Z', customers: seven }), 400, MIKETSU_MESSAGES.tooMany(6)],
      [desk({ is_recurring: undefined }), 400, MIKETSU_MESSAGES.isRecurring],
      [desk({ is_recurring: 'yes' }), 400, MIKETSU_MESSAGES.isRecurring],
      [desk({ is_recurring: true }), 400, MIKETSU_MESSAGES.rule],
      [desk(rule({ frequency: 'YEARLY' })), 400, MIKETSU_MESSAGES.frequency('YEARLY')],
      [desk(rule({ interval: 0 })), 400, MIKETSU_MESSAGES.interval],
      [desk(rule({ weekdays: ['MO', 'XX'] })), 400, MIKETSU_MESSAGES.weekdays],
      [desk(rule({ until: '2026-03-16T13:00:00Z' })), 400, MIKETSU_MESSAGES.until],
      [desk(rule({ until: '2026-04-13' })), 400, MIKETSU_MESSAGES.until],
    ];
    for (const [body, status, message] of cases) {
      const res = await send('POST', '/bookings/merchant', body);
      expect(res.status, message).to.equal(status);
      expect(await res.json()).to.deep.equal({ error: { message } });
    }
    expect(f.state.bookings).to.have.length(0);
    expect(f.state.sessions).to.have.length(6);
    expect(f.state.customers).to.have.length(6);
  });

  it("conflicts: 'code' answers unknown ids with 400, as the code does", async () => {
    fake({ conflicts: 'code' });
    expect((await send('POST', '/bookings/merchant', desk({ service_id: 999 }))).status).to.equal(400);
    expect((await send('POST', '/bookings/merchant', desk({ customers: [{ id: '00000000-0000-4000-8000-000000000000' }] }))).status).to.equal(400);
  });

  it('the public layout serves the employee routes under /merchants/{merchantId}/', async () => {
    const f = fake({ layout: 'public' });
    const prefix = `/merchants/${MIKETSU_IDS.merchantId}`;
    const publicYoga = (await json(await get('/public/merchants/spa-retreat/services'))).data[2].services[0];
    expect(publicYoga).to.include({ id: YOGA }).and.not.have.any.keys('booking_type', 'max_participants');
    expect((await json(await get(`${prefix}/customers`))).data).to.have.length(6);
    expect((await json(await get(`${prefix}/settings`))).data).to.include({ booking_window_min: 60, booking_window_max: 3, buffer_time: 0, timezone: zone });
    expect((await json(await get(`${prefix}/services`))).data[2].services[0]).to.include({ booking_type: 'class' });
    expect((await json(await get(calendarUrl('2026-03-11T00:00:00Z', '2026-03-12T23:59:59Z', prefix)))).data.bookings).to.have.length(1);
    expect((await send('POST', `${prefix}/bookings/`, desk())).status).to.equal(201);
    expect((await send('POST', '/bookings/merchant', desk({ timestamp: '2026-03-17T14:00:00Z' }))).status).to.equal(404);
    expect(f.state.bookings).to.have.length(1);
  });
});
