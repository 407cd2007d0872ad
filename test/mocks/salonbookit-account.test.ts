/**
 * The fake SalonBookIt backend's customer side: sign-in and tokens, attempt limiting, profile, "my
 * bookings", look-up by code, cancelling, and paying with points — with the documented envelope and codes.
 */
import { expect } from '@open-wc/testing';
import { createSalonBookItFake, SALONBOOKIT_DEMO_CUSTOMER as DEMO, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';
// Monday 4 May 2026, 10:15 in Madrid; tests move it forward.
const START = Date.parse('2026-05-04T08:15:00Z');
let clock = START;
const HOUR = 3_600_000;

function setup(options: Parameters<typeof createSalonBookItFake>[0] = {}) {
  clock = START;
  const fake = createSalonBookItFake({ baseUrl: base, timeZone: 'Europe/Madrid', apiKey: KEY, now: () => new Date(clock), demoBookings: true, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

type Json = { success: boolean; data: any; error: { code: string; message: string; details?: Record<string, string[]> } };
async function call(path: string, init: { method?: string; body?: unknown; token?: string; auth?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-API-Key': KEY };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.auth) headers.Authorization = init.auth;
  const response = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, body: init.body !== undefined ? JSON.stringify(init.body) : undefined });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}
const post = (path: string, body: unknown, token?: string) => call(path, { method: 'POST', body, token });
const signIn = async (email: string = DEMO.email, password: string = DEMO.password) => (await post('/auth/login/', { email, password })).json.data as { access: string; refresh: string };

describe('SalonBookIt fake backend: customers', () => {
  useNetwork();

  it('signs the demo customer in: access and refresh tokens and the customer with her points', async () => {
    setup();
    const { status, json } = await post('/auth/login/', { email: 'Lucia@Example.com ', password: DEMO.password });
    expect(status).to.equal(200);
    expect(json.data).to.include({ token_type: 'Bearer', expires_in: 86_400 });
    expect(json.data.access).to.be.a('string').and.not.equal(json.data.refresh);
    expect(json.data.cliente).to.deep.equal({ id: DEMO.id, nombre: DEMO.name, email: DEMO.email, telefono: DEMO.phone, puntos: 120 });
  });

  it('login errors: VALIDATION_ERROR, INVALID_CREDENTIALS, and LOGIN_ATTEMPTS_EXCEEDED after five wrong passwords', async () => {
    setup();
    const missing = await post('/auth/login/', { email: DEMO.email });
    expect([missing.status, missing.json.error.code, missing.json.error.details]).to.deep.equal([400, 'VALIDATION_ERROR', { password: ['Este campo es obligatorio.'] }]);
    const stranger = await post('/auth/login/', { email: 'nadie@example.com', password: 'x' });
    expect([stranger.status, stranger.json.error.code]).to.deep.equal([401, 'INVALID_CREDENTIALS']);
    for (let i = 0; i < 5; i++) expect((await post('/auth/login/', { email: DEMO.email, password: `mal${i}` })).json.error.code).to.equal('INVALID_CREDENTIALS');
    const locked = await post('/auth/login/', { email: DEMO.email, password: DEMO.password });
    expect([locked.status, locked.json.error.code, locked.headers.get('Retry-After')]).to.deep.equal([429, 'LOGIN_ATTEMPTS_EXCEEDED', '900']);
    clock += 600_000;
    expect((await post('/auth/login/', { email: DEMO.email, password: DEMO.password })).headers.get('Retry-After')).to.equal('300');
    clock += 300_000;
    expect((await post('/auth/login/', { email: DEMO.email, password: DEMO.password })).status).to.equal(200);
  });

  it('a successful sign-in clears the count of wrong passwords', async () => {
    setup();
    for (let i = 0; i < 4; i++) await post('/auth/login/', { email: DEMO.email, password: 'mal' });
    expect((await post('/auth/login/', { email: DEMO.email, password: DEMO.password })).status).to.equal(200);
    for (let i = 0; i < 4; i++) await post('/auth/login/', { email: DEMO.email, password: 'mal' });
    expect((await post('/auth/login/', { email: DEMO.email, password: DEMO.password })).status).to.equal(200);
  });

  it('checks the token: MISSING_TOKEN, INVALID_TOKEN, TOKEN_EXPIRED (24 h, or expireTokens), and refreshes it', async () => {
    const fake = setup();
    const codes = async (init: Parameters<typeof call>[1]) => {
      const r = await call('/cliente/perfil/', init);
      return r.status === 200 ? [200, r.json.data.puntos] : [r.status, r.json.error.code];
    };
    const { access, refresh } = await signIn();
    expect(await codes({})).to.deep.equal([401, 'MISSING_TOKEN']);
    expect(await codes({ token: 'forged' })).to.deep.equal([401, 'INVALID_TOKEN']);
    expect(await codes({ auth: access })).to.deep.equal([401, 'INVALID_TOKEN']);
    expect(await codes({ token: refresh }), 'a refresh token is no access token').to.deep.equal([401, 'INVALID_TOKEN']);
    expect(await codes({ token: access })).to.deep.equal([200, 120]);
    clock += 24 * HOUR;
    expect(await codes({ token: access })).to.deep.equal([401, 'TOKEN_EXPIRED']);
    // A bad token is refused on public routes too, as a JWT library does before any view runs.
    expect((await call('/servicios/', { token: access })).json.error.code).to.equal('TOKEN_EXPIRED');
    const renewed = await post('/auth/refresh/', { refresh });
    expect(renewed.status).to.equal(200);
    expect(renewed.json.data.refresh).to.equal(refresh);
    expect(await codes({ token: renewed.json.data.access })).to.deep.equal([200, 120]);
    fake.expireTokens();
    expect(await codes({ token: renewed.json.data.access })).to.deep.equal([401, 'TOKEN_EXPIRED']);
    expect((await post('/auth/refresh/', { refresh })).status).to.equal(200);
    fake.expireTokens({ refresh: true });
    const ended = await post('/auth/refresh/', { refresh });
    expect([ended.status, ended.json.error.code]).to.deep.equal([401, 'TOKEN_EXPIRED']);
    expect((await post('/auth/refresh/', {})).json.error.code).to.equal('MISSING_REQUIRED_FIELD');
    expect((await post('/auth/refresh/', { refresh: 'forged' })).json.error.code).to.equal('INVALID_TOKEN');
  });

  it('lists her bookings as the docs show them, oldest first, with the next one', async () => {
    const fake = setup();
    const { access } = await signIn();
    const { status, json } = await call('/cliente/reservas/', { token: access });
    expect(status).to.equal(200);
    expect(json.data.reservas.map((r: { fecha: string; hora_inicio: string; estado: string }) => [r.fecha, r.hora_inicio, r.estado])).to.deep.equal([
      ['2026-04-20', '10:00', 'completada'],
      ['2026-05-07', '11:00', 'confirmada'],
      ['2026-05-14', '16:00', 'pendiente'],
    ]);
    const upcoming = fake.state.bookings.find((b) => b.fecha === '2026-05-07')!;
    expect(json.data.reservas[1]).to.deep.equal({
      id: upcoming.id, codigo: upcoming.codigo, fecha: '2026-05-07', hora_inicio: '11:00', hora_fin: '12:00',
      servicios: [{ id: 15, nombre: 'Corte Clásico', precio: 25, duracion_minutos: 30 }, { id: 16, nombre: 'Arreglo de barba', precio: 12.5, duracion_minutos: 30 }],
      profesional: { id: ID.carlos, nombre: 'Carlos García' }, total: 37.5, estado: 'confirmada', puede_cancelar: true,
    });
    expect(json.data.reservas[0].puede_cancelar).to.equal(false);
    expect(json.data.proxima_reserva).to.deep.equal({ id: upcoming.id, fecha: '2026-05-07', hora_inicio: '11:00' });
    expect(json.data.total).to.equal(3);
    // Her seeded bookings leave her points as they were.
    expect(fake.state.customers![0].puntos).to.equal(120);
  });

  it('filters by desde/hasta and estado (Spanish or English); bad values are 400', async () => {
    setup();
    const { access } = await signIn();
    const dates = async (query: string) => (await call(`/cliente/reservas/?${query}`, { token: access })).json.data.reservas.map((r: { fecha: string }) => r.fecha);
    expect(await dates('desde=2026-05-01&hasta=2026-05-10')).to.deep.equal(['2026-05-07']);
    expect(await dates('estado=pendiente')).to.deep.equal(['2026-05-14']);
    expect(await dates('estado=completed')).to.deep.equal(['2026-04-20']);
    expect((await call('/cliente/reservas/?estado=upcoming', { token: access })).json.error.code).to.equal('VALIDATION_ERROR');
    expect((await call('/cliente/reservas/?desde=07/05/2026', { token: access })).json.error.code).to.equal('INVALID_DATE');
  });

  it('a guest booking under her e-mail is hers too', async () => {
    setup({ demoBookings: false });
    await post('/reservas/crear/', { servicio_ids: [ID.haircut], peluquero_id: ID.carlos, fecha: '2026-05-05', hora_inicio: '10:30', nombre: 'Lucía F.', email: 'LUCIA@example.com' });
    const { access } = await signIn();
    expect((await call('/cliente/reservas/', { token: access })).json.data.reservas.map((r: { fecha: string }) => r.fecha)).to.deep.equal(['2026-05-05']);
  });

  it('looks a booking up by its code; an unknown code is 404 BOOKING_NOT_FOUND', async () => {
    const fake = setup();
    const booking = fake.state.bookings[1];
    const found = await call(`/reservas/codigo/${booking.codigo}/`);
    expect(found.status).to.equal(200);
    expect(found.json.data).to.deep.include({ id: booking.id, codigo: booking.codigo, fecha: '2026-05-14', hora_inicio: '16:00', hora_fin: '17:30', total: 60, moneda: 'EUR', estado: 'pendiente', puede_cancelar: true });
    expect(found.json.data.cliente).to.include({ id: DEMO.id, email: DEMO.email });
    const missing = await call('/reservas/codigo/NOPE0000/');
    expect([missing.status, missing.json.success, missing.json.error.code]).to.deep.equal([404, false, 'BOOKING_NOT_FOUND']);
  });

  it('cancels her booking with her token: refund of the total, the time free again, and no second time', async () => {
    const fake = setup();
    const booking = fake.state.bookings.find((b) => b.fecha === '2026-05-07')!;
    const path = `/reservas/${booking.id}/cancelar/`;
    expect((await post(path, { motivo: 'Cambio de planes' })).json.error.code, 'her booking needs her token').to.equal('MISSING_TOKEN');
    fake.state.customers!.push({ id: 302, nombre: 'Otra', email: 'otra@example.com', telefono: null, password: 'otra1234', puntos: 0 });
    const other = await signIn('otra@example.com', 'otra1234');
    expect((await post(path, {}, other.access)).json.error.code, "someone else's booking is not found").to.equal('BOOKING_NOT_FOUND');
    const { access } = await signIn();
    expect((await post(path, { motivo: 42 }, access)).json.error.details).to.have.key('motivo');
    const done = await post(path, { motivo: 'Cambio de planes' }, access);
    expect(done.status).to.equal(200);
    expect(done.json.data).to.deep.equal({
      id: booking.id, estado: 'cancelada', cancelada_en: '2026-05-04T08:15:00Z', reembolso: { aplica: true, monto: 37.5, estado: 'pendiente' },
    });
    expect(booking).to.include({ estado: 'cancelada', motivo_cancelacion: 'Cambio de planes' });
    expect(fake.slots(ID.carlos, '2026-05-07', [ID.haircut]).find((s) => s.hora_inicio === '11:00')).to.deep.equal({ hora_inicio: '11:00', hora_fin: '11:30', disponible: true });
    const again = await post(path, {}, access);
    expect([again.status, again.json.error.code]).to.deep.equal([400, 'CANNOT_CANCEL']);
  });

  it('CANNOT_CANCEL when past; CANCELLATION_DEADLINE_PASSED within 24 h of the start; a guest booking needs only the key', async () => {
    const fake = setup();
    const { access } = await signIn();
    const past = fake.state.bookings.find((b) => b.estado === 'completada')!;
    expect((await post(`/reservas/${past.id}/cancelar/`, {}, access)).json.error.code).to.equal('CANNOT_CANCEL');
    const started = fake.seedBooking({ peluqueroId: ID.lucia, servicioIds: [ID.haircut], fecha: '2026-05-04', horaInicio: '10:00' });
    expect((await post(`/reservas/${started.id}/cancelar/`, {}, access)).json.error.code).to.equal('CANNOT_CANCEL');
    // Tomorrow 10:00 in Madrid (08:00Z) is 23 h 45 min away.
    const soon = fake.seedBooking({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: '2026-05-05', horaInicio: '10:00' });
    const late = await post(`/reservas/${soon.id}/cancelar/`, {}, access);
    expect([late.status, late.json.error.code]).to.deep.equal([400, 'CANCELLATION_DEADLINE_PASSED']);
    clock = Date.parse('2026-05-04T07:59:59Z');
    expect((await post(`/reservas/${soon.id}/cancelar/`, {}, access)).status, 'just over 24 h ahead').to.equal(200);
    const guest = fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: '2026-05-08', horaInicio: '09:00' });
    expect((await post(`/reservas/${guest.id}/cancelar/`, {})).json.data.estado).to.equal('cancelada');
    expect((await post('/reservas/99999/cancelar/', {})).json.error.code).to.equal('BOOKING_NOT_FOUND');
  });

  it('books signed in: no nombre/email needed, the account named; usar_puntos pays with points and earns on the rest', async () => {
    const fake = setup({ demoBookings: false });
    const { access } = await signIn();
    const slot = { peluquero_id: ID.carlos, fecha: '2026-05-06', hora_inicio: '10:00' };
    // 37.5 with 120 points: all of it paid, 38 whole points spent, nothing earned.
    const paid = await post('/reservas/crear/', { ...slot, servicio_ids: [ID.haircut, ID.beard], usar_puntos: true }, access);
    expect(paid.status).to.equal(201);
    expect(paid.json.data).to.include({ subtotal: 37.5, descuento: 37.5, total: 0, puntos_ganados: 0, pago_pendiente: false });
    expect(paid.json.data.cliente).to.deep.equal({ id: DEMO.id, nombre: DEMO.name, email: DEMO.email, telefono: DEMO.phone });
    expect(fake.state.customers![0].puntos).to.equal(82);
    // 60 with 82 points: 60 off. Then 25 with 22 points: 22 off, 3 to pay, 3 earned.
    await post('/reservas/crear/', { peluquero_id: ID.lucia, fecha: '2026-05-06', hora_inicio: '10:00', servicio_ids: [ID.colour], usar_puntos: true }, access);
    const rest = await post('/reservas/crear/', { ...slot, hora_inicio: '12:00', servicio_ids: [ID.haircut], usar_puntos: true, telefono: '+34611222333' }, access);
    expect(rest.json.data).to.include({ subtotal: 25, descuento: 22, total: 3, puntos_ganados: 3 });
    expect(rest.json.data.cliente.telefono).to.equal('+34611222333');
    expect(fake.state.customers![0].puntos).to.equal(3);
    // Without points: all earned.
    const plain = await post('/reservas/crear/', { ...slot, hora_inicio: '16:00', servicio_ids: [ID.haircut] }, access);
    expect(plain.json.data).to.include({ total: 25, descuento: 0, puntos_ganados: 25 });
    expect((await call('/cliente/perfil/', { token: access })).json.data.puntos).to.equal(28);
    // Cancelling gives back the points spent and takes back the points earned.
    await post(`/reservas/${paid.json.data.id}/cancelar/`, {}, access);
    expect(fake.state.customers![0].puntos).to.equal(66);
  });

  it('create errors for points and service lists: MISSING_TOKEN, VALIDATION_ERROR, TOKEN_EXPIRED', async () => {
    const fake = setup({ demoBookings: false });
    const guest = { servicio_ids: [ID.haircut], peluquero_id: ID.carlos, fecha: '2026-05-05', hora_inicio: '10:30', nombre: 'Juan Pérez', email: 'juan@email.com' };
    const noJwt = await post('/reservas/crear/', { ...guest, usar_puntos: true });
    expect([noJwt.status, noJwt.json.error.code]).to.deep.equal([401, 'MISSING_TOKEN']);
    expect((await post('/reservas/crear/', { ...guest, usar_puntos: 'sí' })).json.error.details).to.have.key('usar_puntos');
    expect((await post('/reservas/crear/', { ...guest, servicio_ids: 15 })).json.error.details).to.have.key('servicio_ids');
    expect((await post('/reservas/crear/', { ...guest, servicio_ids: [15, 99] })).json.error.code).to.equal('SERVICE_NOT_FOUND');
    const { access } = await signIn();
    fake.expireTokens();
    const expired = await post('/reservas/crear/', { ...guest, usar_puntos: true }, access);
    expect([expired.status, expired.json.error.code]).to.deep.equal([401, 'TOKEN_EXPIRED']);
    expect(fake.state.bookings).to.have.length(0);
  });

  it('reset restores the seed: points, bookings, and no token issued before it works', async () => {
    const fake = setup();
    const { access } = await signIn();
    await post('/reservas/crear/', { servicio_ids: [ID.haircut], peluquero_id: ID.carlos, fecha: '2026-05-06', hora_inicio: '10:00', usar_puntos: true }, access);
    expect(fake.state.customers![0].puntos).to.equal(95);
    fake.reset();
    expect(fake.state.customers![0].puntos).to.equal(120);
    expect(fake.state.bookings).to.have.length(3);
    expect((await call('/cliente/perfil/', { token: access })).json.error.code).to.equal('INVALID_TOKEN');
  });

  it('without refresh tokens (auth.refreshTokens: false) login gives an access token only', async () => {
    setup({ auth: { refreshTokens: false } });
    expect(await signIn()).to.not.have.property('refresh');
  });
});
