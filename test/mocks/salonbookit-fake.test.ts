/** The fake SalonBookIt backend answers as the docs describe: envelopes, availability from hours and bookings, errors. */
import { expect } from '@open-wc/testing';
import { createSalonBookItFake, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
// Monday 4 May 2026, 10:15 in Madrid.
const now = () => new Date('2026-05-04T08:15:00Z');
const KEY = 'hh_pub_test_abc123';

function setup(options: Parameters<typeof createSalonBookItFake>[0] = {}) {
  const fake = createSalonBookItFake({ baseUrl: base, timeZone: 'Europe/Madrid', apiKey: KEY, now, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

async function call(path: string, init: { method?: string; body?: unknown; key?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.key !== null) headers['X-API-Key'] = init.key ?? KEY;
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
  return { status: response.status, json: (await response.json()) as { success: boolean; data: any; error: { code: string; message: string; details?: Record<string, string[]> } } };
}

const guest = { servicio_ids: [ID.haircut], peluquero_id: ID.carlos, fecha: '2026-05-05', hora_inicio: '10:30', nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678', notas: 'Primera visita' };

describe('SalonBookIt fake backend', () => {
  useNetwork();

  it('checks the API key first: missing → MISSING_API_KEY, wrong → INVALID_API_KEY', async () => {
    setup();
    expect(await call('/servicios/', { key: null })).to.deep.include({ status: 401 });
    expect((await call('/servicios/', { key: null })).json.error.code).to.equal('MISSING_API_KEY');
    const wrong = await call('/servicios/', { key: 'hh_pub_test_nope' });
    expect([wrong.status, wrong.json.success, wrong.json.error.code]).to.deep.equal([401, false, 'INVALID_API_KEY']);
  });

  it('refuses pages outside the allowed origins with 403 ORIGIN_NOT_ALLOWED', async () => {
    setup({ allowedOrigins: ['https://peluqueria-sol.example'] });
    const denied = await call('/servicios/');
    expect([denied.status, denied.json.error.code]).to.deep.equal([403, 'ORIGIN_NOT_ALLOWED']);
  });

  it('lists the catalog as data.servicios / data.peluqueros, or as bare arrays', async () => {
    setup();
    const services = await call('/servicios/');
    expect(services.json.data.servicios[0]).to.deep.equal({ id: 15, nombre: 'Corte Clásico', descripcion: 'Corte a tijera y lavado', precio: 25, duracion_minutos: 30, activo: true });
    expect((await call('/peluqueros/')).json.data.peluqueros.map((p: { id: number }) => p.id)).to.deep.equal([ID.carlos, ID.lucia, ID.marta]);
    useHandlers(...createSalonBookItFake({ baseUrl: base, listShape: 'array', now }).handlers);
    expect((await call('/servicios/')).json.data).to.be.an('array');
  });

  it('lists every start of the day with disponible and a motivo, from hours and bookings', async () => {
    const fake = setup();
    fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: '2026-05-05', horaInicio: '10:00' });
    const { status, json } = await call(`/disponibilidad/${ID.carlos}/2026-05-05/?servicios=${ID.haircut}`);
    expect(status).to.equal(200);
    expect(json.data).to.include({ fecha: '2026-05-05', duracion_solicitada: 30 });
    expect(json.data.profesional).to.deep.equal({ id: 5, nombre: 'Carlos García' });
    expect(json.data.slots.slice(0, 4)).to.deep.equal([
      { hora_inicio: '09:00', hora_fin: '09:30', disponible: true },
      { hora_inicio: '09:30', hora_fin: '10:00', disponible: true },
      { hora_inicio: '10:00', hora_fin: '10:30', disponible: false, motivo: 'ocupado' },
      { hora_inicio: '10:30', hora_fin: '11:00', disponible: true },
    ]);
    // 09:00–14:00 and 16:00–20:00 in 30-minute steps.
    expect(json.data.slots).to.have.length(18);
    expect(json.data.slots_disponibles_count).to.equal(17);
    // Today: starts already gone are marked past.
    const today = await call(`/disponibilidad/${ID.carlos}/2026-05-04/?servicios=${ID.haircut}`);
    expect(today.json.data.slots.slice(2, 4)).to.deep.equal([
      { hora_inicio: '10:00', hora_fin: '10:30', disponible: false, motivo: 'pasado' },
      { hora_inicio: '10:30', hora_fin: '11:00', disponible: true },
    ]);
    // Carlos does not do colour; Saturday he is closed.
    expect((await call(`/disponibilidad/${ID.carlos}/2026-05-05/?servicios=${ID.colour}`)).json.data.slots).to.deep.equal([]);
    expect((await call(`/disponibilidad/${ID.carlos}/2026-05-09/?servicios=${ID.haircut}`)).json.data.slots).to.deep.equal([]);
  });

  it('availability errors: past date, beyond the horizon, unknown ids', async () => {
    setup();
    const codes = async (path: string) => {
      const r = await call(path);
      return [r.status, r.json.error.code];
    };
    expect(await codes(`/disponibilidad/${ID.carlos}/2026-05-03/?servicios=15`)).to.deep.equal([400, 'DATE_IN_PAST']);
    expect(await codes(`/disponibilidad/${ID.carlos}/2026-08-01/?servicios=15`)).to.deep.equal([400, 'DATE_TOO_FAR']);
    expect(await codes(`/disponibilidad/99/2026-05-05/?servicios=15`)).to.deep.equal([404, 'PROFESSIONAL_NOT_FOUND']);
    expect(await codes(`/disponibilidad/${ID.carlos}/2026-05-05/?servicios=99`)).to.deep.equal([404, 'SERVICE_NOT_FOUND']);
  });

  it('creates the seed booking: 201 with the documented data, and the time is no longer free', async () => {
    const fake = setup();
    const { status, json } = await call('/reservas/crear/', { method: 'POST', body: guest });
    expect(status).to.equal(201);
    expect(json.success).to.equal(true);
    expect(json.data).to.include({ fecha: '2026-05-05', hora_inicio: '10:30', hora_fin: '11:00', total: 25, subtotal: 25, descuento: 0, moneda: 'EUR', estado: 'confirmada' });
    expect(json.data.codigo).to.match(/^[A-Z0-9]{8}$/);
    expect(json.data.servicios).to.deep.equal([{ id: 15, nombre: 'Corte Clásico', precio: 25, duracion_minutos: 30 }]);
    expect(json.data.profesional).to.deep.equal({ id: 5, nombre: 'Carlos García' });
    expect(json.data.cliente).to.include({ nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678' });
    expect(fake.state.bookings).to.have.length(1);
    expect(fake.state.bookings[0].start).to.equal(Date.parse('2026-05-05T08:30:00Z'));
    const slot = fake.slots(ID.carlos, '2026-05-05', [ID.haircut]).find((s) => s.hora_inicio === '10:30');
    expect(slot).to.deep.equal({ hora_inicio: '10:30', hora_fin: '11:00', disponible: false, motivo: 'ocupado' });
    const again = await call('/reservas/crear/', { method: 'POST', body: guest });
    expect([again.status, again.json.error.code]).to.deep.equal([409, 'SLOT_NOT_AVAILABLE']);
    expect(again.json.error.details).to.have.key('hora_inicio');
  });

  it('booking errors: details per field, formats, unknown ids, past and closed times', async () => {
    setup();
    const post = async (body: unknown) => {
      const r = await call('/reservas/crear/', { method: 'POST', body });
      return { status: r.status, code: r.json.error.code, details: r.json.error.details };
    };
    expect(await post({ ...guest, nombre: '', email: 'no-es-email' })).to.deep.equal({
      status: 400, code: 'VALIDATION_ERROR', details: { nombre: ['Este campo es obligatorio.'], email: ['Formato de email inválido.'] },
    });
    expect(await post({ ...guest, telefono: 'abc' })).to.include({ status: 400, code: 'INVALID_PHONE' });
    expect(await post({ ...guest, fecha: '05/05/2026' })).to.include({ status: 400, code: 'INVALID_DATE' });
    expect(await post({ ...guest, hora_inicio: '10h30' })).to.include({ status: 400, code: 'INVALID_TIME' });
    expect(await post({ ...guest, fecha: '2026-05-01' })).to.include({ status: 400, code: 'DATE_IN_PAST' });
    expect(await post({ ...guest, fecha: '2026-05-04', hora_inicio: '09:00' })).to.include({ status: 400, code: 'DATE_IN_PAST' });
    expect(await post({ ...guest, fecha: '2026-05-04', hora_inicio: '07:30' })).to.include({ status: 409, code: 'SLOT_NOT_AVAILABLE' });
    expect(await post({ ...guest, servicio_ids: [99] })).to.include({ status: 404, code: 'SERVICE_NOT_FOUND' });
    expect(await post({ ...guest, peluquero_id: ID.marta })).to.include({ status: 404, code: 'PROFESSIONAL_NOT_FOUND' });
    expect(await post({ ...guest, hora_inicio: '14:00' })).to.include({ status: 409, code: 'SLOT_NOT_AVAILABLE' });
    const malformed = await call('/reservas/crear/', { method: 'POST', raw: '{"servicio_ids": [15' });
    expect([malformed.status, malformed.json.error.code]).to.deep.equal([400, 'VALIDATION_ERROR']);
  });

  it('logs every request and resets to the seed data', async () => {
    const fake = setup();
    await call('/reservas/crear/', { method: 'POST', body: guest });
    expect(fake.requests.map((r) => [r.method, r.url.pathname])).to.deep.equal([['POST', '/api/v1/reservas/crear/']]);
    expect(fake.requests[0].body).to.deep.equal(guest);
    fake.reset();
    expect(fake.requests).to.have.length(0);
    expect(fake.state.bookings).to.have.length(0);
  });
});
