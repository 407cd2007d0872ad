/**
 * Contract: managing SalonBookIt bookings, from the seed's "Bookings" page — the signed-in customer's
 * list (`GET /cliente/reservas/`), look-up by code (`GET /reservas/codigo/{codigo}/`) and cancelling
 * (`POST /reservas/{id}/cancelar/`), with the documented errors.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import { BookingError } from '../../src/core/errors.js';
import type { ManagedBooking } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';
const adapter = () => createSalonBookItAdapter({ apiBase: base, apiKey: KEY, timeZone: 'Europe/Madrid', currency: 'EUR' });
const failure = (status: number, code: string, message: string) => HttpResponse.json({ success: false, error: { code, message } }, { status });

const servicios = [{ id: 15, nombre: 'Corte Clásico', precio: 25.0, duracion_minutos: 30 }];
const profesional = { id: 5, nombre: 'Carlos García' };
// The seed's list answer; its elided `servicios` and `profesional` filled in as the create answer shows them.
const seedItem = { id: 12345, codigo: 'ABC123XY', fecha: '2024-01-20', hora_inicio: '10:30', hora_fin: '11:00', servicios, profesional, total: 25.0, estado: 'confirmada', puede_cancelar: true };
const seedList = { success: true, data: { reservas: [seedItem], proxima_reserva: { id: 12345, fecha: '2024-01-20', hora_inicio: '10:30' }, total: 15 } };
const seedBooking: ManagedBooking = {
  id: '12345',
  code: 'ABC123XY',
  status: 'confirmed',
  start: '2024-01-20T09:30:00Z',
  end: '2024-01-20T10:00:00Z',
  services: ['Corte Clásico'],
  professional: { id: '5', name: 'Carlos García' },
  total: 25,
  currency: 'EUR',
  canCancel: true,
};

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(BookingError);
  return error as BookingError;
}

/** An adapter signed in with token `jwt1` (and refresh token `r1`). */
async function signedIn() {
  useHandlers(http.post(`${base}/auth/login/`, () =>
    HttpResponse.json({ success: true, data: { access: 'jwt1', refresh: 'r1', cliente: { id: 301, nombre: 'Lucía Fernández', email: 'lucia@example.com', puntos: 120 } } })));
  const salon = adapter();
  await salon.login!({ email: 'lucia@example.com', password: 'reserva123' });
  return salon;
}

describe('SalonBookIt adapter: my bookings, look-up by code, cancel', () => {
  useNetwork();

  it('lists my bookings: GET /cliente/reservas/?desde=&hasta= with Bearer and X-API-Key, the seed item mapped', async () => {
    const salon = await signedIn();
    const log = recordRequests();
    useHandlers(http.get(`${base}/cliente/reservas/`, () => HttpResponse.json(seedList)));
    expect(await salon.listMyBookings!({ from: '2024-01-01', to: '2024-01-31' })).to.deep.equal([seedBooking]);
    expect(log[0].url.href).to.equal(`${base}/cliente/reservas/?desde=2024-01-01&hasta=2024-01-31`);
    expect(log[0].headers.get('Authorization')).to.equal('Bearer jwt1');
    expect(log[0].headers.get('X-API-Key')).to.equal(KEY);
  });

  it('never sends estado: statuses (Spanish) are mapped and filtered here; moneda wins over the widget currency', async () => {
    const salon = await signedIn();
    const log = recordRequests();
    const item = (id: number, fecha: string, estado: string, extra: Record<string, unknown> = {}) => ({ ...seedItem, id, codigo: `C${id}`, fecha, estado, ...extra });
    useHandlers(http.get(`${base}/cliente/reservas/`, () =>
      HttpResponse.json({ success: true, data: [
        item(4, '2024-03-01', 'no_show'),
        item(1, '2024-01-20', 'pendiente', { moneda: 'usd' }),
        item(2, '2024-02-01', 'completada'),
        item(3, '2024-02-15', 'cancelada', { puede_cancelar: false }),
        item(5, '2024-03-02', 'confirmada'),
      ] })));
    const all = await salon.listMyBookings!({});
    expect(all.map((b) => [b.id, b.status])).to.deep.equal([['1', 'pending'], ['2', 'completed'], ['3', 'cancelled'], ['4', 'no-show'], ['5', 'confirmed']]);
    expect(all[0].currency).to.equal('USD');
    expect(all[1].currency).to.equal('EUR');
    expect(log[0].url.search).to.equal('');
    const cancelled = await salon.listMyBookings!({ status: 'cancelled' });
    expect(cancelled.map((b) => [b.id, b.canCancel])).to.deep.equal([['3', false]]);
    expect(log[1].url.searchParams.has('estado')).to.equal(false);
    // Dates are kept to the range even if the server sent more.
    expect((await salon.listMyBookings!({ from: '2024-02-01', to: '2024-02-28' })).map((b) => b.id)).to.deep.equal(['2', '3']);
  });

  it('signed out, my bookings are "signed-out" without asking the backend', async () => {
    const log = recordRequests();
    expect((await bookingError(adapter().listMyBookings!({}))).code).to.equal('signed-out');
    expect(log).to.have.length(0);
  });

  it('my bookings with an ended token: refreshed once and asked again', async () => {
    const salon = await signedIn();
    useHandlers(
      http.get(`${base}/cliente/reservas/`, ({ request }) =>
        request.headers.get('Authorization') === 'Bearer jwt2' ? HttpResponse.json(seedList) : failure(401, 'TOKEN_EXPIRED', 'El token ha expirado')),
      http.post(`${base}/auth/refresh/`, () => HttpResponse.json({ success: true, data: { access: 'jwt2' } })),
    );
    expect(await salon.listMyBookings!({})).to.deep.equal([seedBooking]);
  });

  it('finds a booking by code: trimmed, upper-cased, URL-encoded; the create answer shape mapped', async () => {
    const log = recordRequests();
    const seedCreated = {
      id: 12345, codigo: 'ABC123XY', fecha: '2024-01-20', hora_inicio: '10:30', hora_fin: '11:00', servicios, profesional,
      cliente: { id: 456, nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678' },
      subtotal: 25.0, descuento: 0.0, total: 25.0, moneda: 'EUR', estado: 'confirmada', pago_requerido: false, pago_pendiente: true, puntos_ganados: 25, created_at: '2024-01-15T14:30:00Z',
    };
    useHandlers(http.get(`${base}/reservas/codigo/:codigo/`, () => HttpResponse.json({ success: true, data: { ...seedCreated, puede_cancelar: true } })));
    expect(await adapter().findBooking!('  abc123xy ')).to.deep.equal(seedBooking);
    expect(log[0].url.href).to.equal(`${base}/reservas/codigo/ABC123XY/`);
    expect(log[0].headers.get('X-API-Key')).to.equal(KEY);
    await adapter().findBooking!('ab/12 x');
    expect(log[1].url.pathname).to.equal('/api/v1/reservas/codigo/AB%2F12%20X/');
  });

  it('without hora_fin or puede_cancelar: the end from the services\' minutes, canCancel unknown', async () => {
    useHandlers(http.get(`${base}/reservas/codigo/:codigo/`, () =>
      HttpResponse.json({ success: true, data: { reserva: { id: 9, codigo: 'Z9', fecha: '2026-03-29', hora_inicio: '10:00', servicios: [{ nombre: 'Color', duracion_minutos: 90 }], estado: 'pendiente' } } })));
    const booking = await adapter().findBooking!('z9');
    expect(booking).to.deep.equal({ id: '9', code: 'Z9', status: 'pending', start: '2026-03-29T08:00:00Z', end: '2026-03-29T09:30:00Z', services: ['Color'], currency: 'EUR' });
  });

  it('404 BOOKING_NOT_FOUND → "not-found"', async () => {
    useHandlers(http.get(`${base}/reservas/codigo/:codigo/`, () => failure(404, 'BOOKING_NOT_FOUND', 'Reserva no encontrada')));
    const error = await bookingError(adapter().findBooking!('NOPE1234'));
    expect(error).to.include({ code: 'not-found', status: 404 });
    expect(error.detail).to.contain('BOOKING_NOT_FOUND');
  });

  it('cancels as the seed shows: POST /reservas/12345/cancelar/ {motivo} with Bearer; the refund read', async () => {
    const salon = await signedIn();
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/:id/cancelar/`, () =>
      HttpResponse.json({ success: true, data: { id: 12345, estado: 'cancelada', cancelada_en: '2024-01-15T16:00:00Z', reembolso: { aplica: true, monto: 25.0, estado: 'pendiente' } } })));
    const result = await salon.cancelBooking!(seedBooking, '  Cambio de planes ');
    expect(result).to.deep.equal({ id: '12345', status: 'cancelled', refund: { amount: 25, currency: 'EUR', status: 'pendiente' } });
    expect(log[0].method).to.equal('POST');
    expect(log[0].url.href).to.equal(`${base}/reservas/12345/cancelar/`);
    expect(log[0].body).to.deep.equal({ motivo: 'Cambio de planes' });
    expect(log[0].headers.get('Authorization')).to.equal('Bearer jwt1');
    expect(log[0].headers.get('X-API-Key')).to.equal(KEY);
    expect(log[0].headers.get('Content-Type')).to.equal('application/json');
  });

  it('cancels without a reason (no motivo) and without a refund when reembolso does not apply', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/:id/cancelar/`, () =>
      HttpResponse.json({ success: true, data: { id: 12345, estado: 'cancelada', reembolso: { aplica: false, monto: 0, estado: null } } })));
    expect(await adapter().cancelBooking!(seedBooking, '   ')).to.deep.equal({ id: '12345', status: 'cancelled' });
    expect(log[0].body).to.deep.equal({});
    expect(log[0].headers.get('Authorization'), 'a guest cancels with the key alone').to.equal(null);
  });

  for (const [code, status, expected] of [
    ['CANNOT_CANCEL', 400, 'cannot-cancel'],
    ['CANCELLATION_DEADLINE_PASSED', 400, 'cancel-deadline'],
    ['BOOKING_NOT_FOUND', 404, 'not-found'],
  ] as const) {
    it(`${status} ${code} → "${expected}", and the cancel is sent once`, async () => {
      let posts = 0;
      useHandlers(http.post(`${base}/reservas/:id/cancelar/`, () => {
        posts++;
        return failure(status, code, 'No se puede');
      }));
      const error = await bookingError(adapter().cancelBooking!(seedBooking, 'Cambio de planes'));
      expect(error).to.include({ code: expected, status });
      expect(posts).to.equal(1);
    });
  }

  it('TOKEN_EXPIRED on a cancel: not refreshed and repeated, "signed-out"', async () => {
    const salon = await signedIn();
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/:id/cancelar/`, () => failure(401, 'TOKEN_EXPIRED', 'El token ha expirado')));
    expect((await bookingError(salon.cancelBooking!(seedBooking, ''))).code).to.equal('signed-out');
    expect(log.map((r) => r.url.pathname)).to.deep.equal(['/api/v1/reservas/12345/cancelar/']);
  });
});
