/**
 * Contract: customer sign-in with SalonBookIt (api-notes §2.2). `POST /auth/login/` gives a JWT that every
 * later call sends as `Authorization: Bearer` together with `X-API-Key`; an ended token is renewed once
 * with `POST /auth/refresh/` for a read, never for a write; the documented codes become the widget's.
 * The login bodies are undocumented, so each plausible answer shape is tried.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork, type Recorded } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';
const adapter = () => createSalonBookItAdapter({ apiBase: base, apiKey: KEY, timeZone: 'Europe/Madrid' });

const failure = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  HttpResponse.json({ success: false, error: { code, message } }, { status, headers });
const services = { success: true, data: { servicios: [{ id: 15, nombre: 'Corte Clásico', precio: 25.0, duracion_minutos: 30 }] } };
const cliente = { id: 301, nombre: 'Lucía Fernández García', email: 'lucia@example.com', telefono: '+34600111222' };
const login = (data: Record<string, unknown>) => http.post(`${base}/auth/login/`, () => HttpResponse.json({ success: true, data }));
const bearer = (r: Recorded) => r.headers.get('Authorization');

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(BookingError);
  return error as BookingError;
}

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  service: { id: '15', name: 'Corte Clásico', durationMinutes: 30, price: 25 },
  professional: { id: '5', name: 'Carlos García' },
  slot: { date: '2024-01-20', time: '10:30', start: '2024-01-20T09:30:00Z', end: '2024-01-20T10:00:00Z', professionals: [{ id: '5', name: 'Carlos García' }] },
  client: { firstName: 'Lucía', lastName: 'Fernández García', email: 'lucia@example.com', phone: '+34600111222', notes: 'Primera visita' },
  ...overrides,
});

describe('SalonBookIt adapter: customer sign-in', () => {
  useNetwork();

  it('POST /auth/login/ {email, password}; then every call carries Bearer and X-API-Key', async () => {
    const log = recordRequests();
    useHandlers(
      login({ access: 'eyJ.access.1', refresh: 'eyJ.refresh.1', cliente: { ...cliente, puntos: 120 } }),
      http.get(`${base}/servicios/`, () => HttpResponse.json(services)),
    );
    const salon = adapter();
    const account = await salon.login!({ email: ' lucia@example.com ', password: 'reserva123' });
    expect(account).to.deep.equal({ id: '301', firstName: 'Lucía', lastName: 'Fernández García', email: 'lucia@example.com', phone: '+34600111222', points: 120 });
    expect(log[0].method).to.equal('POST');
    expect(log[0].url.href).to.equal(`${base}/auth/login/`);
    expect(log[0].body).to.deep.equal({ email: 'lucia@example.com', password: 'reserva123' });
    expect(log[0].headers.get('X-API-Key')).to.equal(KEY);
    expect(bearer(log[0]), 'no token on the login itself').to.equal(null);
    await salon.listServices();
    expect(bearer(log[1])).to.equal('Bearer eyJ.access.1');
    expect(log[1].headers.get('X-API-Key')).to.equal(KEY);
    salon.logout!();
    await salon.listServices();
    expect(bearer(log[2]), 'logout forgets the token').to.equal(null);
  });

  it('reads access_token / refresh_token / usuario / puntos_disponibles', async () => {
    useHandlers(login({ access_token: 't2', refresh_token: 'r2', usuario: { id: 7, nombre: 'Ana', email: 'ana@example.com', puntos_disponibles: '35' } }));
    expect(await adapter().login!({ email: 'ana@example.com', password: 'x' })).to.deep.equal({ id: '7', firstName: 'Ana', lastName: '', email: 'ana@example.com', points: 35 });
  });

  it('without points in the login answer, reads GET /cliente/perfil/ with the new token', async () => {
    const log = recordRequests();
    useHandlers(
      login({ token: 't3', user: { id: 301, nombre: 'Lucía Fernández', email: 'lucia@example.com' } }),
      http.get(`${base}/cliente/perfil/`, () => HttpResponse.json({ success: true, data: { ...cliente, puntos: 80 } })),
    );
    const account = await adapter().login!({ email: 'lucia@example.com', password: 'x' });
    expect(account).to.deep.include({ firstName: 'Lucía', lastName: 'Fernández', points: 80 });
    expect(log[1].url.href).to.equal(`${base}/cliente/perfil/`);
    expect(bearer(log[1])).to.equal('Bearer t3');
    expect(log[1].headers.get('X-API-Key')).to.equal(KEY);
  });

  it('a login answer with only a jwt: the customer comes from the profile', async () => {
    useHandlers(
      login({ jwt: 't4' }),
      http.get(`${base}/cliente/perfil/`, () => HttpResponse.json({ success: true, data: { cliente: { ...cliente, puntos: 5 } } })),
    );
    expect(await adapter().login!({ email: 'lucia@example.com', password: 'x' })).to.deep.include({ id: '301', email: 'lucia@example.com', points: 5 });
  });

  it('a login answer without a token is a bad response, and nobody is signed in', async () => {
    const log = recordRequests();
    useHandlers(login({ cliente }), http.get(`${base}/servicios/`, () => HttpResponse.json(services)));
    const salon = adapter();
    expect((await bookingError(salon.login!({ email: 'lucia@example.com', password: 'x' }))).code).to.equal('bad-response');
    await salon.listServices();
    expect(bearer(log.at(-1)!)).to.equal(null);
  });

  it('401 INVALID_CREDENTIALS → "invalid-credentials" (not "unauthorized"), and nobody is signed in', async () => {
    const log = recordRequests();
    useHandlers(
      http.post(`${base}/auth/login/`, () => failure(401, 'INVALID_CREDENTIALS', 'Email o contraseña incorrectos')),
      http.get(`${base}/servicios/`, () => HttpResponse.json(services)),
    );
    const salon = adapter();
    const error = await bookingError(salon.login!({ email: 'lucia@example.com', password: 'mal' }));
    expect(error).to.include({ code: 'invalid-credentials', status: 401, recoverable: true });
    expect(error.detail).to.contain('INVALID_CREDENTIALS');
    await salon.listServices();
    expect(bearer(log.at(-1)!)).to.equal(null);
  });

  it('429 LOGIN_ATTEMPTS_EXCEEDED → "rate-limited" with Retry-After, sent once', async () => {
    let posts = 0;
    useHandlers(http.post(`${base}/auth/login/`, () => {
      posts++;
      return failure(429, 'LOGIN_ATTEMPTS_EXCEEDED', 'Demasiados intentos', { 'Retry-After': '900' });
    }));
    const error = await bookingError(adapter().login!({ email: 'lucia@example.com', password: 'mal' }));
    expect(error).to.include({ code: 'rate-limited', status: 429, retryAfter: 900 });
    expect(posts).to.equal(1);
  });

  describe('an ended token', () => {
    /** /servicios/ accepts only `Bearer <valid>`; the first access token is already expired. */
    function backend(valid: string, refresh: (body: { refresh?: string }) => Response) {
      useHandlers(
        login({ access: 'old', refresh: 'r1', cliente: { ...cliente, puntos: 1 } }),
        http.get(`${base}/servicios/`, ({ request }) =>
          request.headers.get('Authorization') === `Bearer ${valid}` ? HttpResponse.json(services) : failure(401, 'TOKEN_EXPIRED', 'El token ha expirado')),
        http.post(`${base}/auth/refresh/`, async ({ request }) => refresh((await request.json()) as { refresh?: string })),
      );
    }

    it('TOKEN_EXPIRED on a read with a refresh token: POST /auth/refresh/ {refresh} once, then the read again', async () => {
      const log = recordRequests();
      backend('new', () => HttpResponse.json({ success: true, data: { access: 'new' } }));
      const salon = adapter();
      await salon.login!({ email: 'lucia@example.com', password: 'x' });
      expect(await salon.listServices()).to.have.length(1);
      const refreshes = log.filter((r) => r.url.pathname === '/api/v1/auth/refresh/');
      expect(refreshes).to.have.length(1);
      expect(refreshes[0].body).to.deep.equal({ refresh: 'r1' });
      expect(refreshes[0].headers.get('X-API-Key')).to.equal(KEY);
      expect(bearer(refreshes[0]), 'the refresh carries no expired token').to.equal(null);
      expect(log.filter((r) => r.url.pathname === '/api/v1/servicios/').map(bearer)).to.deep.equal(['Bearer old', 'Bearer new']);
      // The renewed token (and the same refresh token) stay for later calls.
      await salon.listServices();
      expect(bearer(log.at(-1)!)).to.equal('Bearer new');
    });

    it('two reads failing together share one refresh', async () => {
      const log = recordRequests();
      backend('new', () => HttpResponse.json({ success: true, data: { access_token: 'new', refresh_token: 'r2' } }));
      const salon = adapter();
      await salon.login!({ email: 'lucia@example.com', password: 'x' });
      await Promise.all([salon.listServices(), salon.listServices()]);
      expect(log.filter((r) => r.url.pathname === '/api/v1/auth/refresh/')).to.have.length(1);
    });

    it('TOKEN_EXPIRED and the refresh refused → "signed-out" (not "unauthorized"), and the session is gone', async () => {
      const log = recordRequests();
      backend('never', () => failure(401, 'TOKEN_EXPIRED', 'El token ha expirado'));
      const salon = adapter();
      await salon.login!({ email: 'lucia@example.com', password: 'x' });
      const error = await bookingError(salon.listServices());
      expect(error).to.include({ code: 'signed-out', status: 401, recoverable: true });
      expect(log.filter((r) => r.url.pathname === '/api/v1/servicios/')).to.have.length(1);
      await salon.listServices().catch(() => undefined);
      expect(bearer(log.at(-1)!)).to.equal(null);
    });

    it('TOKEN_EXPIRED without a refresh token → "signed-out" at once', async () => {
      const log = recordRequests();
      useHandlers(
        login({ access: 'old', cliente: { ...cliente, puntos: 1 } }),
        http.get(`${base}/servicios/`, ({ request }) => (request.headers.get('Authorization') ? failure(401, 'TOKEN_EXPIRED', 'Expirado') : HttpResponse.json(services))),
      );
      const salon = adapter();
      await salon.login!({ email: 'lucia@example.com', password: 'x' });
      expect((await bookingError(salon.listServices())).code).to.equal('signed-out');
      expect(log.filter((r) => r.url.pathname === '/api/v1/auth/refresh/')).to.have.length(0);
      // Signed out: the catalog loads again as a guest.
      expect(await salon.listServices()).to.have.length(1);
    });

    it('INVALID_TOKEN on a booking POST: never refreshed and repeated, "signed-out"', async () => {
      let posts = 0;
      const log = recordRequests();
      useHandlers(
        login({ access: 'old', refresh: 'r1', cliente: { ...cliente, puntos: 1 } }),
        http.post(`${base}/reservas/crear/`, () => {
          posts++;
          return failure(401, 'INVALID_TOKEN', 'Token inválido');
        }),
      );
      const salon = adapter();
      await salon.login!({ email: 'lucia@example.com', password: 'x' });
      expect((await bookingError(salon.createBooking(request()))).code).to.equal('signed-out');
      expect(posts).to.equal(1);
      expect(log.filter((r) => r.url.pathname === '/api/v1/auth/refresh/')).to.have.length(0);
    });
  });

  it('401 MISSING_TOKEN (cancelling as a guest where the salon wants a sign-in) → "signed-out"', async () => {
    useHandlers(http.post(`${base}/reservas/:id/cancelar/`, () => failure(401, 'MISSING_TOKEN', 'Se requiere iniciar sesión')));
    const booking = { id: '12345', status: 'confirmed' as const, start: '2026-06-01T08:00:00Z', end: '2026-06-01T08:30:00Z', services: ['Corte Clásico'] };
    const error = await bookingError(adapter().cancelBooking!(booking, ''));
    expect(error).to.include({ code: 'signed-out', status: 401 });
  });

  it('signed in, a booking sends the JWT, leaves out nombre and email, pays with points, and reports puntos_ganados', async () => {
    const log = recordRequests();
    useHandlers(
      login({ access: 'jwt1', refresh: 'r1', cliente: { ...cliente, puntos: 120 } }),
      http.post(`${base}/reservas/crear/`, () =>
        HttpResponse.json({ success: true, data: { id: 12345, codigo: 'ABC123XY', subtotal: 25.0, descuento: 25.0, total: 0.0, moneda: 'EUR', estado: 'confirmada', puntos_ganados: 0 } }, { status: 201 })),
    );
    const salon = adapter();
    await salon.login!({ email: 'lucia@example.com', password: 'x' });
    const confirmation = await salon.createBooking(request({ usePoints: true }));
    const post = log.find((r) => r.url.pathname === '/api/v1/reservas/crear/')!;
    expect(bearer(post)).to.equal('Bearer jwt1');
    expect(post.headers.get('X-API-Key')).to.equal(KEY);
    expect(post.body).to.deep.equal({
      servicio_ids: [15], peluquero_id: 5, fecha: '2024-01-20', hora_inicio: '10:30', telefono: '+34600111222', notas: 'Primera visita', usar_puntos: true,
    });
    expect(confirmation).to.deep.include({ total: 0, currency: 'EUR', code: 'ABC123XY', pointsEarned: 0 });
  });

  it('signed in without usePoints: no usar_puntos, and the points earned are reported', async () => {
    const log = recordRequests();
    useHandlers(
      login({ access: 'jwt1', cliente: { ...cliente, puntos: 120 } }),
      http.post(`${base}/reservas/crear/`, () => HttpResponse.json({ success: true, data: { id: 1, codigo: 'C', total: 25, puntos_ganados: 25 } }, { status: 201 })),
    );
    const salon = adapter();
    await salon.login!({ email: 'lucia@example.com', password: 'x' });
    expect((await salon.createBooking(request())).pointsEarned).to.equal(25);
    expect(log.at(-1)!.body).to.not.have.any.keys('usar_puntos', 'nombre', 'email');
  });

  it('paying with points while signed out is refused before anything is sent', async () => {
    const log = recordRequests();
    const error = await bookingError(adapter().createBooking(request({ usePoints: true })));
    expect(error.code).to.equal('signed-out');
    expect(log).to.have.length(0);
  });
});
