/** The fake Miketsu backend answers as the seed and api-notes §4 describe, at the HTTP edge. */
import { expect } from '@open-wc/testing';
import { createMiketsuFake, MIKETSU_IDS, MIKETSU_MESSAGES, type MiketsuFakeOptions } from '../../src/mocks/miketsu/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://host.example/api/v1';
// Monday 9 March 2026, 08:00 in Guayaquil (−05:00).
const NOW = new Date('2026-03-09T13:00:00Z');
const zone = 'America/Guayaquil';

function fake(options: Partial<MiketsuFakeOptions> = {}) {
  const f = createMiketsuFake({ baseUrl: base, timeZone: zone, now: () => NOW, ...options });
  useHandlers(...f.handlers);
  return f;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

const booking = (timeStamp: string, extra: Record<string, unknown> = {}) => ({
  merchant_name: MIKETSU_IDS.merchant,
  service_id: MIKETSU_IDS.haircut,
  location_id: MIKETSU_IDS.location,
  timeStamp,
  ...extra,
});

const availabilityUrl = (start: string, end: string, prefix = '') =>
  `${base}${prefix}/merchants/${MIKETSU_IDS.merchant}/locations/${MIKETSU_IDS.location}/services/${MIKETSU_IDS.haircut}/availability?start=${encodeURIComponent(start)}&end=${encodeURIComponent(end)}`;

describe('Miketsu fake', () => {
  useNetwork();

  it('serves the merchant with categories, a formatted price string and business hours', async () => {
    fake();
    const { data } = await (await fetch(`${base}/merchants/spa-retreat`)).json();
    expect(data).to.include({ url_name: 'spa-retreat', timezone: zone, location_id: 456 });
    expect(data.services[0].services[0]).to.include({ id: 123, total_duration: 45, price: '25,00 €', price_type: 'fixed' });
    expect(data.business_hours['0']).to.deep.equal([]);
    const unknown = await fetch(`${base}/merchants/nobody`);
    expect(unknown.status).to.equal(400);
    expect(await unknown.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.merchant } });
  });

  it('lists 15-minute starts inside hours, split at noon, after the lead time; Sunday closed', async () => {
    fake();
    const res = await fetch(availabilityUrl('2026-03-08T00:00:00-05:00', '2026-03-10T23:59:59-05:00'));
    const { data } = await res.json();
    expect(data.map((d: { date: string }) => d.date)).to.deep.equal(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(data[0]).to.deep.equal({ date: '2026-03-08', is_available: false, morning: [], afternoon: [] });
    // Today at 08:00 with a 60-minute lead: 09:00 is the first start.
    expect(data[1].morning[0]).to.equal('09:00');
    expect(data[2].morning).to.deep.equal(['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45', '11:00', '11:15', '11:30', '11:45']);
    expect(data[2].afternoon).to.deep.equal(['12:00', '12:15', '14:00', '14:15', '14:30', '14:45', '15:00', '15:15', '15:30', '15:45', '16:00', '16:15', '16:30', '16:45', '17:00', '17:15']);
    const bad = await fetch(availabilityUrl('2026-03-10', '2026-03-11'));
    expect(bad.status).to.equal(400);
  });

  it('books with 201 and no body; the time is then gone; a second booking of it is 409 (seed)', async () => {
    const f = fake();
    const res = await post('/bookings/customer', booking('2026-03-10T14:00:00Z', { customer_note: 'Hola' }));
    expect(res.status).to.equal(201);
    expect(await res.text()).to.equal('');
    expect(f.state.bookings).to.have.length(1);
    expect(f.state.bookings[0]).to.include({ from_date: '2026-03-10T14:00:00Z', to_date: '2026-03-10T14:45:00Z', customer_note: 'Hola', booking_status: 'confirmed' });
    const day = f.availability({ serviceId: MIKETSU_IDS.haircut, from: '2026-03-10', to: '2026-03-10' })[0];
    // 09:00–09:45 is taken; starts whose 45 minutes would reach into it are gone too.
    expect(day.morning).to.not.include.members(['08:15', '08:30', '09:00', '09:15', '09:30']);
    expect(day.morning[0]).to.equal('09:45');
    const again = await post('/bookings/customer', booking('2026-03-10T14:15:00Z'));
    expect(again.status).to.equal(409);
    expect(await again.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.overlap } });
  });

  it("conflicts: 'code' refuses a taken time with 400 and a message, as the real code's errors look", async () => {
    const f = fake({ conflicts: 'code' });
    f.takeSlot({ serviceId: MIKETSU_IDS.haircut, date: '2026-03-10', time: '10:00' });
    const res = await post('/bookings/customer', booking('2026-03-10T15:00:00Z'));
    expect(res.status).to.equal(400);
    expect(await res.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.overlap } });
  });

  it('validates as 400 with { error: { message } }', async () => {
    fake();
    const cases: Array<[unknown, string]> = [
      [{ ...booking('2026-03-10T14:00:00Z'), merchant_name: 'nobody' }, MIKETSU_MESSAGES.merchant],
      [{ ...booking('2026-03-10T14:00:00Z'), service_id: 999 }, MIKETSU_MESSAGES.service],
      [{ ...booking('2026-03-10T14:00:00Z'), location_id: 1 }, MIKETSU_MESSAGES.location],
      [booking('2026-03-10 09:00'), MIKETSU_MESSAGES.timeStamp],
      [booking('2026-03-10T14:00:00Z', { customer_note: 'x'.repeat(501) }), MIKETSU_MESSAGES.note],
      [booking('2026-03-09T13:30:00Z'), MIKETSU_MESSAGES['too-soon'](60)],
      [booking('2026-07-10T14:00:00Z'), MIKETSU_MESSAGES['too-far'](3)],
      [booking('2026-03-10T23:00:00Z'), MIKETSU_MESSAGES.closed],
    ];
    for (const [body, message] of cases) {
      const res = await post('/bookings/customer', body);
      expect(res.status, message).to.equal(400);
      expect(await res.json()).to.deep.equal({ error: { message } });
    }
  });

  it('with apiKey, bookings need the Bearer token (401 otherwise); the catalog stays public', async () => {
    const f = fake({ apiKey: 'tok_right' });
    expect((await fetch(`${base}/merchants/spa-retreat`)).status).to.equal(200);
    const denied = await post('/bookings/customer', booking('2026-03-10T14:00:00Z'), { Authorization: 'Bearer tok_wrong' });
    expect(denied.status).to.equal(401);
    expect(await denied.json()).to.deep.equal({ error: { message: MIKETSU_MESSAGES.unauthorized } });
    const ok = await post('/bookings/customer', booking('2026-03-10T14:00:00Z'), { Authorization: 'Bearer tok_right' });
    expect(ok.status).to.equal(201);
    expect(f.requests.map((r) => r.headers.get('Authorization'))).to.deep.equal([null, 'Bearer tok_wrong', 'Bearer tok_right']);
  });

  it('the public layout serves /public/... and not the seed paths; reset() restores the data', async () => {
    const f = fake({ layout: 'public' });
    const merchant = (await (await fetch(`${base}/public/merchants/spa-retreat/`)).json()).data;
    expect(merchant).to.not.have.property('services');
    const categories = (await (await fetch(`${base}/public/merchants/spa-retreat/services`)).json()).data;
    expect(categories.map((c: { name: string }) => c.name)).to.deep.equal(['Peluquería', 'Spa', 'Clases']);
    const { data } = await (await fetch(availabilityUrl('2026-03-10T00:00:00-05:00', '2026-03-10T23:59:59-05:00', '/public'))).json();
    expect(data[0].morning[0]).to.equal('09:00');
    expect((await post('/public/bookings/', booking('2026-03-10T14:00:00Z'))).status).to.equal(201);
    expect((await post('/bookings/customer', booking('2026-03-10T16:00:00Z'))).status).to.equal(404);
    expect(f.state.bookings).to.have.length(1);
    f.reset();
    expect(f.state.bookings).to.have.length(0);
    expect(f.requests).to.have.length(0);
  });
});
