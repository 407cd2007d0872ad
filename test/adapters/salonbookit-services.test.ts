/**
 * Contract: several services in one SalonBookIt booking (api-notes §2.4, §2.6). Availability asks
 * `?servicios=15,16` so the backend sizes each slot for the combined duration; the create body lists
 * every service in `servicio_ids`; the confirmation's total, currency and code come from the answer.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest, Service } from '../../src/core/model.js';
import { createSalonBookItFake, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { recordRequests, useHandlers, useNetwork } from '../helpers/network.js';

const base = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';
const adapter = () => createSalonBookItAdapter({ apiBase: base, apiKey: KEY, timeZone: 'Europe/Madrid' });

const haircut: Service = { id: '15', name: 'Corte Clásico', durationMinutes: 30, price: 25 };
const beard: Service = { id: '16', name: 'Arreglo de barba', durationMinutes: 30, price: 12.5 };

// The availability shape of api-notes §2.4, for 60 minutes (two 30-minute services).
const hour = (fecha: string, id = 5, nombre = 'Carlos García', slots = [
  { hora_inicio: '10:00', hora_fin: '11:00', disponible: true },
  { hora_inicio: '10:30', hora_fin: '11:30', disponible: false, motivo: 'ocupado' },
  { hora_inicio: '11:00', hora_fin: '12:00', disponible: true },
]) => ({ success: true, data: { fecha, profesional: { id, nombre }, duracion_solicitada: 60, slots } });

// The seed's 201 answer, for the two services.
const created = {
  success: true,
  data: {
    id: 12346,
    codigo: 'ABD456ZX',
    fecha: '2024-01-20',
    hora_inicio: '10:30',
    hora_fin: '11:30',
    servicios: [
      { id: 15, nombre: 'Corte Clásico', precio: 25.0, duracion_minutos: 30 },
      { id: 16, nombre: 'Arreglo de barba', precio: 12.5, duracion_minutos: 30 },
    ],
    profesional: { id: 5, nombre: 'Carlos García' },
    cliente: { id: 456, nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678' },
    subtotal: 37.5,
    descuento: 0.0,
    total: 37.5,
    moneda: 'EUR',
    estado: 'confirmada',
    pago_requerido: false,
    pago_pendiente: true,
    puntos_ganados: 37,
    created_at: '2024-01-15T14:30:00Z',
  },
};

const request = (overrides: Partial<BookingRequest> = {}): BookingRequest => ({
  service: haircut,
  services: [haircut, beard],
  professional: { id: '5', name: 'Carlos García' },
  slot: { date: '2024-01-20', time: '10:30', start: '2024-01-20T09:30:00Z', end: '2024-01-20T10:30:00Z', professionals: [{ id: '5', name: 'Carlos García' }] },
  client: { firstName: 'Juan', lastName: 'Pérez', email: 'juan@email.com', phone: '+34612345678', notes: 'Primera visita' },
  ...overrides,
});

describe('SalonBookIt adapter: several services in one booking', () => {
  useNetwork();

  it('asks ?servicios=15,16 and reads each slot as long as both services together', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) => HttpResponse.json(hour(String(params.fecha)))));
    const { slots } = await adapter().getAvailability({ serviceId: '15', serviceIds: ['15', '16'], professionalId: '5', from: '2026-05-04', to: '2026-05-04' });
    expect(log).to.have.length(1);
    expect(log[0].url.pathname).to.equal('/api/v1/disponibilidad/5/2026-05-04/');
    expect([...log[0].url.searchParams]).to.deep.equal([['servicios', '15,16']]);
    expect(log[0].headers.get('X-API-Key')).to.equal(KEY);
    // Madrid is +02:00 in May: 10:00–11:00 and 11:00–12:00 on the salon's clock.
    expect(slots.map((s) => [s.time, s.start, s.end])).to.deep.equal([
      ['10:00', '2026-05-04T08:00:00Z', '2026-05-04T09:00:00Z'],
      ['11:00', '2026-05-04T09:00:00Z', '2026-05-04T10:00:00Z'],
    ]);
  });

  it('one service in serviceIds is asked as before (?servicios=15)', async () => {
    const log = recordRequests();
    useHandlers(http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) => HttpResponse.json(hour(String(params.fecha)))));
    await adapter().getAvailability({ serviceId: '15', serviceIds: ['15'], professionalId: '5', from: '2026-05-04', to: '2026-05-04' });
    expect(log[0].url.search).to.equal('?servicios=15');
  });

  it('without hora_fin, a slot ends duracion_solicitada (the combined minutes) after its start', async () => {
    useHandlers(http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) =>
      HttpResponse.json({ success: true, data: { fecha: params.fecha, duracion_solicitada: 60, slots: [{ hora_inicio: '10:00', disponible: true }] } })));
    const { slots } = await adapter().getAvailability({ serviceId: '15', serviceIds: ['15', '16'], professionalId: '5', from: '2026-05-04', to: '2026-05-04' });
    expect(slots.map((s) => [s.start, s.end])).to.deep.equal([['2026-05-04T08:00:00Z', '2026-05-04T09:00:00Z']]);
  });

  it('"any professional" asks only those who do every chosen service, and merges who is free', async () => {
    const log = recordRequests();
    useHandlers(
      http.get(`${base}/peluqueros/`, () =>
        HttpResponse.json({ success: true, data: { peluqueros: [
          { id: 5, nombre: 'Carlos García', servicios: [15, 16] },
          { id: 6, nombre: 'Lucía Martín', servicios: [15, 17] },
          { id: 8, nombre: 'Pedro Gil' },
        ] } })),
      http.get(`${base}/disponibilidad/:p/:fecha/`, ({ params }) =>
        HttpResponse.json(params.p === '5' ? hour(String(params.fecha)) : hour(String(params.fecha), 8, 'Pedro Gil', [{ hora_inicio: '11:00', hora_fin: '12:00', disponible: true }]))),
    );
    const { slots } = await adapter().getAvailability({ serviceId: '15', serviceIds: ['15', '16'], from: '2026-05-04', to: '2026-05-04' });
    const asked = log.filter((r) => r.url.pathname.startsWith('/api/v1/disponibilidad/'));
    expect(asked.map((r) => r.url.pathname.split('/')[4]).sort()).to.deep.equal(['5', '8']);
    expect(asked.every((r) => r.url.searchParams.get('servicios') === '15,16')).to.equal(true);
    expect(slots.map((s) => [s.time, s.end, s.professionals.map((p) => p.id)])).to.deep.equal([
      ['10:00', '2026-05-04T09:00:00Z', ['5']],
      ['11:00', '2026-05-04T10:00:00Z', ['5', '8']],
    ]);
  });

  it('books every service in servicio_ids and takes total, currency and code from the answer', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/crear/`, () => HttpResponse.json(created, { status: 201 })));
    const confirmation = await adapter().createBooking(request());
    expect(log[0].body).to.deep.equal({
      servicio_ids: [15, 16],
      peluquero_id: 5,
      fecha: '2024-01-20',
      hora_inicio: '10:30',
      nombre: 'Juan Pérez',
      email: 'juan@email.com',
      telefono: '+34612345678',
      notas: 'Primera visita',
    });
    expect(confirmation).to.deep.equal({
      id: '12346',
      code: 'ABD456ZX',
      status: 'confirmed',
      start: '2024-01-20T09:30:00Z',
      end: '2024-01-20T10:30:00Z',
      professional: { id: '5', name: 'Carlos García' },
      total: 37.5,
      currency: 'EUR',
    });
  });

  it('without services in the request, servicio_ids is the one service; without a total, the prices are summed', async () => {
    const log = recordRequests();
    useHandlers(http.post(`${base}/reservas/crear/`, () => HttpResponse.json({ success: true, data: { id: 1, codigo: 'X1' } }, { status: 201 })));
    expect((await adapter().createBooking(request({ services: undefined }))).total).to.equal(25);
    expect((log[0].body as { servicio_ids: number[] }).servicio_ids).to.deep.equal([15]);
    expect((await adapter().createBooking(request())).total).to.equal(37.5);
  });

  describe('against the fake backend', () => {
    const now = () => new Date('2026-05-04T08:15:00Z');
    const setup = () => {
      const fake = createSalonBookItFake({ baseUrl: base, apiKey: KEY, timeZone: 'Europe/Madrid', now });
      useHandlers(...fake.handlers);
      return fake;
    };

    it('haircut + beard with Carlos: hour-long slots, booked with the summed price, and the hour is taken', async () => {
      const fake = setup();
      const salon = adapter();
      const { slots } = await salon.getAvailability({ serviceId: '15', serviceIds: ['15', '16'], professionalId: String(ID.carlos), from: '2026-05-05', to: '2026-05-05' });
      // 09:00–14:00 and 16:00–20:00, every 30 minutes, each an hour long.
      expect(slots.map((s) => s.time).slice(0, 3)).to.deep.equal(['09:00', '09:30', '10:00']);
      expect(slots.every((s) => Date.parse(s.end) - Date.parse(s.start) === 60 * 60_000)).to.equal(true);
      expect(slots.map((s) => s.time)).to.not.include('13:30');
      const slot = slots.find((s) => s.time === '13:00')!;
      const confirmation = await salon.createBooking(request({ slot, professional: undefined }));
      expect(confirmation).to.deep.include({ total: 37.5, currency: 'EUR', code: fake.state.bookings[0].codigo });
      expect(fake.state.bookings[0]).to.deep.include({ servicio_ids: [15, 16], hora_inicio: '13:00', hora_fin: '14:00', subtotal: 37.5, total: 37.5 });
      // Neither half of the hour is free any more, for one service or two.
      const single = await salon.getAvailability({ serviceId: '15', professionalId: String(ID.carlos), from: '2026-05-05', to: '2026-05-05' });
      expect(single.slots.map((s) => s.time).filter((t) => t === '13:00' || t === '13:30')).to.deep.equal([]);
    });

    it('"any professional" for haircut + colour finds only Lucía (Carlos does no colour)', async () => {
      setup();
      const { slots } = await adapter().getAvailability({ serviceId: '15', serviceIds: ['15', '17'], from: '2026-05-05', to: '2026-05-05' });
      expect(slots.length).to.be.greaterThan(0);
      expect(slots.every((s) => s.professionals.length === 1 && s.professionals[0].id === String(ID.lucia))).to.equal(true);
      // 120 minutes: Lucía works 10:00–18:00, so the last start is 16:00.
      expect(slots.at(-1)!.time).to.equal('16:00');
    });

    it('an unknown service among several is SERVICE_NOT_FOUND (404) → "not-found"', async () => {
      setup();
      const error = await adapter().getAvailability({ serviceId: '15', serviceIds: ['15', '99'], professionalId: String(ID.carlos), from: '2026-05-05', to: '2026-05-05' }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(BookingError);
      expect((error as BookingError).code).to.equal('not-found');
      expect((error as BookingError).detail).to.contain('SERVICE_NOT_FOUND');
    });
  });
});
