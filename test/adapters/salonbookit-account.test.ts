/**
 * The SalonBookIt adapter against the stateful fake, as a signed-in customer would use it: sign in,
 * see her bookings, book paying with points, look a booking up by code, cancel, and have her session
 * renewed or ended.
 */
import { expect } from '@open-wc/testing';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import { BookingError } from '../../src/core/errors.js';
import { createSalonBookItFake, SALONBOOKIT_DEMO_CUSTOMER as DEMO, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';
// Monday 4 May 2026, 10:15 in Madrid.
const now = () => new Date('2026-05-04T08:15:00Z');
const credentials = { email: DEMO.email, password: DEMO.password };

function setup() {
  const fake = createSalonBookItFake({ baseUrl: base, apiKey: KEY, timeZone: 'Europe/Madrid', now, demoBookings: true });
  useHandlers(...fake.handlers);
  return { fake, salon: createSalonBookItAdapter({ apiBase: base, apiKey: KEY, timeZone: 'Europe/Madrid', currency: 'EUR' }) };
}

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(BookingError);
  return error as BookingError;
}

describe('SalonBookIt adapter with the fake: a customer account', () => {
  useNetwork();

  it('signs the demo customer in and lists her bookings, upcoming ones by status', async () => {
    const { salon } = setup();
    expect(await salon.login!(credentials)).to.deep.equal({ id: '301', firstName: 'Lucía', lastName: 'Fernández', email: DEMO.email, phone: DEMO.phone, points: 120 });
    const mine = await salon.listMyBookings!({});
    expect(mine.map((b) => [b.start, b.end, b.status, b.canCancel])).to.deep.equal([
      ['2026-04-20T08:00:00Z', '2026-04-20T08:30:00Z', 'completed', false],
      ['2026-05-07T09:00:00Z', '2026-05-07T10:00:00Z', 'confirmed', true],
      ['2026-05-14T14:00:00Z', '2026-05-14T15:30:00Z', 'pending', true],
    ]);
    expect(mine[1]).to.deep.include({ services: ['Corte Clásico', 'Arreglo de barba'], professional: { id: '5', name: 'Carlos García' }, total: 37.5, currency: 'EUR' });
    expect((await salon.listMyBookings!({ from: '2026-05-04', status: 'pending' })).map((b) => b.start)).to.deep.equal(['2026-05-14T14:00:00Z']);
  });

  it('books signed in paying with points: the total left, points earned, her balance lower', async () => {
    const { fake, salon } = setup();
    await salon.login!(credentials);
    const { slots } = await salon.getAvailability({ serviceId: '17', professionalId: String(ID.lucia), from: '2026-05-06', to: '2026-05-06' });
    const slot = slots.find((s) => s.time === '10:00')!;
    const colour = { id: '17', name: 'Color completo', durationMinutes: 90, price: 60 };
    const confirmation = await salon.createBooking({
      service: colour, slot, client: { firstName: 'Lucía', lastName: 'Fernández', email: DEMO.email, phone: '', notes: '' }, usePoints: true,
    });
    expect(confirmation).to.deep.include({ total: 0, currency: 'EUR', pointsEarned: 0, status: 'confirmed' });
    const body = fake.requests.find((r) => r.method === 'POST' && r.url.pathname.endsWith('/reservas/crear/'))!.body;
    expect(body).to.deep.equal({ servicio_ids: [17], peluquero_id: ID.lucia, fecha: '2026-05-06', hora_inicio: '10:00', usar_puntos: true });
    salon.logout!();
    expect((await salon.login!(credentials)).points).to.equal(60);
  });

  it('looks up a booking by code (lower-case typed), cancels it, and a second cancel is "cannot-cancel"', async () => {
    const { fake, salon } = setup();
    const upcoming = fake.state.bookings.find((b) => b.fecha === '2026-05-14')!;
    await salon.login!(credentials);
    const found = await salon.findBooking!(` ${upcoming.codigo.toLowerCase()} `);
    expect(found).to.deep.include({ id: String(upcoming.id), code: upcoming.codigo, status: 'pending', canCancel: true, total: 60, currency: 'EUR' });
    expect(await salon.cancelBooking!(found, 'Cambio de planes')).to.deep.equal({
      id: String(upcoming.id), status: 'cancelled', refund: { amount: 60, currency: 'EUR', status: 'pendiente' },
    });
    expect(upcoming.motivo_cancelacion).to.equal('Cambio de planes');
    expect((await bookingError(salon.cancelBooking!(found, ''))).code).to.equal('cannot-cancel');
    expect((await bookingError(salon.findBooking!('NOPE0000'))).code).to.equal('not-found');
  });

  it('inside the 24 h notice: "cancel-deadline"; signed out, her booking needs a sign-in: "signed-out"', async () => {
    const { fake, salon } = setup();
    const soon = fake.seedBooking({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: '2026-05-05', horaInicio: '09:00' });
    const later = fake.state.bookings.find((b) => b.fecha === '2026-05-07')!;
    const found = await salon.findBooking!(later.codigo);
    expect((await bookingError(salon.cancelBooking!(found, ''))).code).to.equal('signed-out');
    await salon.login!(credentials);
    expect((await bookingError(salon.cancelBooking!(await salon.findBooking!(soon.codigo), ''))).code).to.equal('cancel-deadline');
  });

  it('an expired token is renewed without the customer noticing; an expired refresh token signs her out', async () => {
    const { fake, salon } = setup();
    await salon.login!(credentials);
    fake.expireTokens();
    expect(await salon.listMyBookings!({})).to.have.length(3);
    expect(fake.requests.filter((r) => r.url.pathname.endsWith('/auth/refresh/'))).to.have.length(1);
    fake.expireTokens({ refresh: true });
    const error = await bookingError(salon.listMyBookings!({}));
    expect(error).to.include({ code: 'signed-out', status: 401 });
    // Signed out: the next calls go as a guest.
    expect((await salon.listServices()).length).to.be.greaterThan(0);
    expect((await bookingError(salon.listMyBookings!({}))).code).to.equal('signed-out');
  });

  it('five wrong passwords: "invalid-credentials" each time, then "rate-limited" for 15 minutes', async () => {
    const { salon } = setup();
    for (let i = 0; i < 5; i++) expect((await bookingError(salon.login!({ email: DEMO.email, password: 'mal' }))).code).to.equal('invalid-credentials');
    const error = await bookingError(salon.login!(credentials));
    expect(error).to.include({ code: 'rate-limited', retryAfter: 900 });
  });
});
