/**
 * Contract: the SalonBookIt adapter sends what shared/seeds/salonbookit-bookings.txt documents (paths
 * with a trailing `/`, `X-API-Key`, the create body field for field) and reads the documented envelopes.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest } from '../../src/core/model.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';

// The seed's request example and 201 response, verbatim.
const seedBody = {
  servicio_ids: [15],
  peluquero_id: 5,
  fecha: '2024-01-20',
  hora_inicio: '10:30',
  nombre: 'Juan Pérez',
  email: 'juan@email.com',
  telefono: '+34612345678',
  notas: 'Primera visita',
};
const seedCreated = {
  success: true,
  data: {
    id: 12345,
    codigo: 'ABC123XY',
    fecha: '2024-01-20',
    hora_inicio: '10:30',
    hora_fin: '11:00',
    servicios: [{ id: 15, nombre: 'Corte Clásico', precio: 25.0, duracion_minutos: 30 }],
    profesional: { id: 5, nombre: 'Carlos García' },
    cliente: { id: 456, nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678' },
    subtotal: 25.0,
    descuento: 0.0,
    total: 25.0,
    moneda: 'EUR',
    estado: 'confirmada',
    pago_requerido: false,
    pago_pendiente: true,
    puntos_ganados: 25,
    created_at: '2024-01-15T14:30:00Z',
  },
};
// The availability shape of api-notes §2.4.
const availability = (fecha: string, id = 5, nombre = 'Carlos García', slots = [
  { hora_inicio: '10:00', hora_fin: '10:30', disponible: true },
  { hora_inicio: '10:30', hora_fin: '11:00', disponible: false, motivo: 'ocupado' },
  { hora_inicio: '11:00', hora_fin: '11:30', disponible: true },
]) => ({
  success: true,
  data: { fecha, profesional: { id, nombre }, duracion_solicitada: 30, slots, slots_disponibles_count: 2, proximo_disponible: '10:00', ultimo_disponible: '11:00' },
});

const adapter = (overrides: Partial<Parameters<typeof createSalonBookItAdapter>[0]> = {}) =>
  createSalonBookItAdapter({ apiBase: base, apiKey: 'hh_pub_test_abc123', timeZone: 'Europe/Madrid', ...overrides });

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  service: { id: '15', name: 'Corte Clásico', durationMinutes: 30, price: 25 },
  professional: { id: '5', name: 'Carlos García' },
  slot: { date: '2024-01-20', time: '10:30', start: '2024-01-20T09:30:00Z', end: '2024-01-20T10:00:00Z', professionals: [{ id: '5', name: 'Carlos García' }] },
  client: { firstName: 'Juan', lastName: 'Pérez', email: 'juan@email.com', phone: '+34612345678', notes: 'Primera visita' },
  ...overrides,
});

const failure = (status: number, code: string, message: string, details?: Record<string, string[]>, headers?: Record<string, string>) =>
  HttpResponse.json({ success: false, error: { code, message, ...(details ? { details } : {}) } }, { status, headers });

async function bookingError(promise: Promise<unknown>): Promise<BookingError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).to.be.instanceOf(BookingError);
  return error as BookingError;
}

describe('SalonBookIt adapter contract', () => {
  useNetwork();

  it('declares what it can do: one business, professionals or "any", several services, accounts, code look-up, cancel', () => {
    const salon = adapter();
    expect(salon.capabilities).to.deep.include({
      locations: false, professionals: true, anyProfessional: true, bookingCode: true,
      multipleServices: true, customerLogin: true, loyaltyPoints: true, lookup: true, cancel: true,
    });
    expect(salon.capabilities.groupSessions, 'no group sessions').to.not.equal(true);
    expect(salon.capabilities.recurrence, 'no front desk').to.not.equal(true);
    // Each optional method exists exactly when its capability is declared.
    for (const method of ['login', 'logout', 'listMyBookings', 'findBooking', 'cancelBooking'] as const) expect(salon[method], method).to.be.a('function');
    for (const method of ['createFrontDeskBooking', 'findCustomers', 'getOpeningHours'] as const) expect(salon[method], method).to.equal(undefined);
  });

  it('lists services from data.servicios and from a bare data array, hiding inactive ones, with X-API-Key', async () => {
    const log = recordRequests();
    const items = [
      { id: 15, nombre: 'Corte Clásico', precio: 25.0, duracion_minutos: 30, activo: true },
      { id: 16, nombre: 'Tinte', precio: '40.50', duracion_minutos: '90', descripcion: 'Raíz' },
      { id: 18, nombre: 'Permanente', precio: 45, duracion_minutos: 120, activo: false },
    ];
    const expected = [
      { id: '15', name: 'Corte Clásico', durationMinutes: 30, price: 25 },
      { id: '16', name: 'Tinte', durationMinutes: 90, price: 40.5, description: 'Raíz' },
    ];
    useHandlers(http.get(`${base}/servicios/`, () => HttpResponse.json({ success: true, data: { servicios: items } })));
    expect(await adapter().listServices()).to.deep.equal(expected);
    useHandlers(http.get(`${base}/servicios/`, () => HttpResponse.json({ success: true, data: items })));
    expect(await adapter().listServices()).to.deep.equal(expected);
    expect(log[0].url.href).to.equal(`${base}/servicios/`);
    expect(log[0].headers.get('X-API-Key')).to.equal('hh_pub_test_abc123');
  });

  it('lists professionals from data.peluqueros and from a bare array; no locations', async () => {
    const log = recordRequests();
    const items = [{ id: 5, nombre: 'Carlos García' }, { id: 7, nombre: 'Marta', apellidos: 'Ruiz' }, { id: 9, nombre: 'Baja', activo: false }];
    useHandlers(http.get(`${base}/peluqueros/`, () => HttpResponse.json({ success: true, data: { peluqueros: items } })));
    const expected = [{ id: '5', name: 'Carlos García' }, { id: '7', name: 'Marta Ruiz' }];
    expect(await adapter().listProfessionals({})).to.deep.equal(expected);
    useHandlers(http.get(`${base}/peluqueros/`, () => HttpResponse.json({ success: true, data: items })));
    expect(await adapter().listProfessionals({})).to.deep.equal(expected);
    expect(log[0].url.pathname).to.equal('/api/v1/peluqueros/');
    expect(await adapter().listLocations()).to.deep.equal([]);
  });

  it('an unknown list shape is a bad response, not an empty catalog', async () => {
    useHandlers(http.get(`${base}/servicios/`, () => HttpResponse.json({ success: true, data: { services: [] } })));
    expect((await bookingError(adapter().listServices())).code).to.equal('bad-response');
  });

  it('asks one professional per day with ?servicios= and hides unavailable slots', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) => HttpResponse.json(availability(String(params.fecha)))));
    const result = await adapter().getAvailability({ serviceId: '15', professionalId: '5', from: '2026-03-28', to: '2026-03-29' });
    expect(log.map((r) => r.url.pathname)).to.have.members(['/api/v1/disponibilidad/5/2026-03-28/', '/api/v1/disponibilidad/5/2026-03-29/']);
    expect(log.every((r) => r.url.search === '?servicios=15')).to.equal(true);
    // Madrid: +01:00 on the 28th, +02:00 from the 29th.
    expect(result.slots.map((s) => [s.date, s.time, s.start, s.end])).to.deep.equal([
      ['2026-03-28', '10:00', '2026-03-28T09:00:00Z', '2026-03-28T09:30:00Z'],
      ['2026-03-28', '11:00', '2026-03-28T10:00:00Z', '2026-03-28T10:30:00Z'],
      ['2026-03-29', '10:00', '2026-03-29T08:00:00Z', '2026-03-29T08:30:00Z'],
      ['2026-03-29', '11:00', '2026-03-29T09:00:00Z', '2026-03-29T09:30:00Z'],
    ]);
    expect(result.slots[0].professionals).to.deep.equal([{ id: '5', name: 'Carlos García' }]);
    expect(result.limitExceeded).to.equal(false);
  });

  it('with "any professional" asks everyone in parallel, at most four at a time, and merges who is free', async () => {
    let inFlight = 0;
    let peak = 0;
    const asked: string[] = [];
    useHandlers(
      http.get(`${base}/peluqueros/`, () =>
        HttpResponse.json({ success: true, data: { peluqueros: [{ id: 5, nombre: 'Carlos García' }, { id: 6, nombre: 'Lucía Martín' }, { id: 7, nombre: 'Marta Ruiz' }] } })),
      http.get(`${base}/disponibilidad/:p/:fecha/`, async ({ params }) => {
        asked.push(`${params.p}/${params.fecha}`);
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        const fecha = String(params.fecha);
        if (params.p === '5') return HttpResponse.json(availability(fecha));
        if (params.p === '6') return HttpResponse.json(availability(fecha, 6, 'Lucía Martín', [{ hora_inicio: '10:30', hora_fin: '11:00', disponible: true }, { hora_inicio: '11:00', hora_fin: '11:30', disponible: true }]));
        // Marta does not do this service: the others still count.
        return failure(404, 'SERVICE_NOT_FOUND', 'Servicio no encontrado');
      }),
    );
    const result = await adapter().getAvailability({ serviceId: '15', from: '2026-05-04', to: '2026-05-06' });
    expect(asked).to.have.length(9);
    expect(peak).to.be.at.most(4);
    expect(peak).to.be.greaterThan(1);
    const may4 = result.slots.filter((s) => s.date === '2026-05-04');
    expect(may4.map((s) => [s.time, s.professionals.map((p) => p.id)])).to.deep.equal([
      ['10:00', ['5']],
      ['10:30', ['6']],
      ['11:00', ['5', '6']],
    ]);
  });

  it('with "any", when every professional refuses (e.g. SERVICE_NOT_FOUND) the error reaches the customer', async () => {
    useHandlers(
      http.get(`${base}/peluqueros/`, () => HttpResponse.json({ success: true, data: [{ id: 5, nombre: 'Carlos' }, { id: 6, nombre: 'Lucía' }] })),
      http.get(`${base}/disponibilidad/:p/:fecha/`, () => failure(404, 'SERVICE_NOT_FOUND', 'Servicio no encontrado')),
    );
    const error = await bookingError(adapter().getAvailability({ serviceId: '99', from: '2026-05-04', to: '2026-05-05' }));
    expect(error.code).to.equal('not-found');
    expect(error.detail).to.contain('SERVICE_NOT_FOUND');
  });

  it('a day past the booking horizon (DATE_TOO_FAR) ends the range and says so; later days are not asked again', async () => {
    const asked: string[] = [];
    useHandlers(
      http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) => {
        asked.push(String(params.fecha));
        return String(params.fecha) >= '2026-05-05'
          ? failure(400, 'DATE_TOO_FAR', 'Fecha fuera del límite de reserva', { fecha: ['Demasiado lejos'] })
          : HttpResponse.json(availability(String(params.fecha)));
      }),
    );
    const salon = adapter({ maxConcurrent: 1 });
    const result = await salon.getAvailability({ serviceId: '15', professionalId: '5', from: '2026-05-04', to: '2026-05-07' });
    expect(result.limitExceeded).to.equal(true);
    expect(result.slots.map((s) => s.date)).to.deep.equal(['2026-05-04', '2026-05-04']);
    expect(asked).to.deep.equal(['2026-05-04', '2026-05-05']);
    const later = await salon.getAvailability({ serviceId: '15', professionalId: '5', from: '2026-06-01', to: '2026-06-02' });
    expect(later).to.deep.equal({ slots: [], limitExceeded: true });
    expect(asked).to.have.length(2);
  });

  it('with "any", professionals whose listed servicios lack the service are not asked', async () => {
    const asked: string[] = [];
    useHandlers(
      http.get(`${base}/peluqueros/`, () =>
        HttpResponse.json({ success: true, data: [{ id: 5, nombre: 'Carlos', servicios: [15, 16] }, { id: 6, nombre: 'Lucía', servicios: [{ id: 17 }] }, { id: 7, nombre: 'Marta' }] })),
      http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) => {
        asked.push(String(params.p));
        return HttpResponse.json(availability(String(params.fecha), Number(params.p)));
      }),
    );
    await adapter().getAvailability({ serviceId: '15', from: '2026-05-04', to: '2026-05-04' });
    expect(asked.sort()).to.deep.equal(['5', '7']);
  });

  it('books with the seed body field for field and reads the 201 response', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/crear/`, () => HttpResponse.json(seedCreated, { status: 201 })));
    const confirmation = await adapter().createBooking(request());
    expect(log).to.have.length(1);
    expect(log[0].url.href).to.equal(`${base}/reservas/crear/`);
    expect(log[0].headers.get('X-API-Key')).to.equal('hh_pub_test_abc123');
    expect(log[0].headers.get('Content-Type')).to.equal('application/json');
    expect(log[0].body).to.deep.equal(seedBody);
    expect(confirmation).to.deep.equal({
      id: '12345',
      code: 'ABC123XY',
      status: 'confirmed',
      start: '2024-01-20T09:30:00Z',
      end: '2024-01-20T10:00:00Z',
      professional: { id: '5', name: 'Carlos García' },
      total: 25,
      currency: 'EUR',
    });
  });

  it('"any professional" books the first professional of the chosen slot; empty phone and notes are left out', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/crear/`, () =>
      HttpResponse.json({ success: true, data: { ...seedCreated.data, profesional: { id: 6, nombre: 'Lucía Martín' }, estado: 'pendiente', moneda: 'eur' } }, { status: 201 })));
    const base_ = request();
    const slot = { ...base_.slot, professionals: [{ id: '6', name: 'Lucía Martín' }, { id: '5', name: 'Carlos García' }] };
    const confirmation = await adapter().createBooking({ ...base_, professional: undefined, slot, client: { ...base_.client, phone: '', notes: '' } });
    const body = log[0].body as Record<string, unknown>;
    expect(body.peluquero_id).to.equal(6);
    expect(body).to.not.have.any.keys('telefono', 'notas');
    expect(confirmation).to.include({ status: 'pending', currency: 'EUR' });
    expect(confirmation.professional).to.deep.equal({ id: '6', name: 'Lucía Martín' });
  });

  describe('errors as the docs name them', () => {
    const post = (response: () => Response) => useHandlers(http.post(`${base}/reservas/crear/`, response));

    it('401 MISSING_API_KEY / INVALID_API_KEY and 403 ORIGIN_NOT_ALLOWED are "unauthorized", with the code for the merchant', async () => {
      for (const [status, code] of [[401, 'MISSING_API_KEY'], [401, 'INVALID_API_KEY'], [403, 'ORIGIN_NOT_ALLOWED']] as const) {
        useHandlers(http.get(`${base}/servicios/`, () => failure(status, code, 'No autorizado')));
        const error = await bookingError(adapter().listServices());
        expect(error.code).to.equal('unauthorized');
        expect(error.status).to.equal(status);
        expect(error.detail).to.contain(code);
        expect(error.recoverable).to.equal(false);
      }
    });

    it('400 VALIDATION_ERROR: details land on the form fields', async () => {
      post(() => failure(400, 'VALIDATION_ERROR', 'Datos inválidos', {
        nombre: ['Este campo es obligatorio'], email: ['Invalid email format'], telefono: ['This field is required'], notas: ['Demasiado largo'],
      }));
      const error = await bookingError(adapter().createBooking(request()));
      expect(error.code).to.equal('validation');
      expect(error.fields).to.deep.equal({
        firstName: ['Este campo es obligatorio'], email: ['Invalid email format'], phone: ['This field is required'], notes: ['Demasiado largo'],
      });
    });

    it('400 INVALID_PHONE lands on the phone even without details', async () => {
      post(() => failure(400, 'INVALID_PHONE', 'Teléfono inválido'));
      const error = await bookingError(adapter().createBooking(request()));
      expect(error.code).to.equal('validation');
      expect(error.fields).to.deep.equal({ phone: ['Teléfono inválido'] });
    });

    it('400 DATE_IN_PAST points at the chosen time', async () => {
      post(() => failure(400, 'DATE_IN_PAST', 'La fecha ya pasó', { fecha: ['La fecha ya pasó'] }));
      const error = await bookingError(adapter().createBooking(request()));
      expect(error.code).to.equal('validation');
      expect(error.fields).to.deep.equal({ slot: ['La fecha ya pasó'] });
    });

    it('404 SERVICE_NOT_FOUND / PROFESSIONAL_NOT_FOUND are "not-found"', async () => {
      for (const code of ['SERVICE_NOT_FOUND', 'PROFESSIONAL_NOT_FOUND']) {
        post(() => failure(404, code, 'No encontrado'));
        expect((await bookingError(adapter().createBooking(request()))).code).to.equal('not-found');
      }
    });

    it('a slot taken meanwhile: 409, or a slot code with another status, is "slot-taken"', async () => {
      post(() => failure(409, 'SLOT_NOT_AVAILABLE', 'Horario no disponible', { hora_inicio: ['Horario no disponible'] }));
      expect((await bookingError(adapter().createBooking(request()))).code).to.equal('slot-taken');
      post(() => failure(400, 'SLOT_TAKEN', 'Horario ocupado'));
      expect((await bookingError(adapter().createBooking(request()))).code).to.equal('slot-taken');
    });

    it('429 RATE_LIMIT_EXCEEDED carries Retry-After, and the booking is not sent again on its own', async () => {
      let posts = 0;
      post(() => {
        posts++;
        return failure(429, 'RATE_LIMIT_EXCEEDED', 'Demasiadas peticiones', undefined, { 'Retry-After': '45', 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0' });
      });
      const error = await bookingError(adapter().createBooking(request()));
      expect(error).to.include({ code: 'rate-limited', retryAfter: 45, status: 429 });
      expect(posts).to.equal(1);
    });

    it('5xx is "server"; malformed JSON is "bad-response" (and a booking answer is of unknown outcome)', async () => {
      useHandlers(http.get(`${base}/servicios/`, () => new HttpResponse('<html>502</html>', { status: 502 })));
      expect((await bookingError(adapter().listServices())).code).to.equal('server');
      useHandlers(http.get(`${base}/peluqueros/`, () => new HttpResponse('{"success": tr', { status: 200 })));
      expect((await bookingError(adapter().listProfessionals({}))).code).to.equal('bad-response');
      post(() => new HttpResponse('not json', { status: 201 }));
      const error = await bookingError(adapter().createBooking(request()));
      expect(error.code).to.equal('bad-response');
      expect(error.outcomeUnknown).to.equal(true);
    });

    it('success: false with a 200 is still an error', async () => {
      useHandlers(http.get(`${base}/servicios/`, () => HttpResponse.json({ success: false, error: { code: 'INTERNAL', message: 'x' } })));
      expect((await bookingError(adapter().listServices())).code).to.equal('server');
    });
  });
});
