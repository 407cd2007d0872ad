import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { readJsonBody } from '../request-body.js';
import { instantToWallClock, parsePlainDate, plainDaysBetween, todayIn, toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { createSalonBookItSeedData, type SalonBookItBooking, type SalonBookItSeedData, type SalonBookItService } from './data.js';

/*
 * A stateful fake of the SalonBookIt API (shared/seeds/salonbookit-bookings.txt, api-notes §2) as msw
 * handlers under `${baseUrl}` (the documented `/api/v1` base). Where the docs are silent it decides:
 * - Auth first: no `X-API-Key` → 401 MISSING_API_KEY, a wrong one → 401 INVALID_API_KEY; with
 *   `allowedOrigins`, a page origin outside it → 403 ORIGIN_NOT_ALLOWED.
 * - `/servicios/` and `/peluqueros/` answer `data: { servicios | peluqueros: [...] }` (or `data: [...]`
 *   with `listShape: 'array'`), inactive items included with `activo: false`.
 * - `/disponibilidad/{peluquero}/{fecha}/` sizes slots by `servicios` (comma list), `servicio_id` or
 *   `duracion`; lists every start of the day on the business interval with `disponible` and a `motivo`
 *   (`ocupado`, `pasado`); a professional who does not do a service gets no slots. Before today →
 *   400 DATE_IN_PAST, past the horizon → 400 DATE_TOO_FAR, unknown ids → 404.
 * - `/reservas/crear/`: 400 VALIDATION_ERROR with `details` for missing fields or a bad e-mail,
 *   INVALID_DATE / INVALID_TIME / INVALID_PHONE / DATE_IN_PAST / DATE_TOO_FAR, 404 SERVICE_NOT_FOUND /
 *   PROFESSIONAL_NOT_FOUND, and — undocumented — **409 SLOT_NOT_AVAILABLE** (details on `hora_inicio`)
 *   when the time is outside the professional's hours or overlaps another booking. 201 with the
 *   documented `data`, `estado: "confirmada"`.
 * - `telefono`: `+` and 8–15 digits, or 9 national digits; anything else → 400 INVALID_PHONE.
 * - Malformed JSON → 400 VALIDATION_ERROR; any other path → 404 NOT_FOUND.
 */

export interface SalonBookItFakeOptions {
  baseUrl?: string;
  timeZone?: string;
  /** When set, every request must carry it in `X-API-Key`. */
  apiKey?: string;
  /** When set, only pages at these origins may call (403 ORIGIN_NOT_ALLOWED otherwise). */
  allowedOrigins?: string[];
  now?: () => Date;
  latencyMs?: number;
  listShape?: 'wrapped' | 'array';
  data?: SalonBookItSeedData;
}

export interface SalonBookItRecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** Parsed JSON, the raw text when it is not JSON, or undefined. */
  body: unknown;
}

export interface SalonBookItFake {
  handlers: RequestHandler[];
  state: SalonBookItSeedData;
  requests: SalonBookItRecordedRequest[];
  reset(): void;
  /** Another customer books that start with that professional (throws when not free); returns the booking. */
  takeSlot(input: { peluqueroId: number; servicioIds: number[]; fecha: string; horaInicio: string }): SalonBookItBooking;
  /** What `/disponibilidad/` lists for a professional and day. */
  slots(peluqueroId: number, fecha: string, servicioIds: number[]): Array<{ hora_inicio: string; hora_fin: string; disponible: boolean; motivo?: string }>;
}

const MINUTE = 60_000;
type Details = Record<string, string[]>;
const ok = (data: unknown, status = 200) => HttpResponse.json({ success: true, data } as never, { status });
const fail = (status: number, code: string, message: string, details?: Details, headers?: Record<string, string>) =>
  HttpResponse.json({ success: false, error: { code, message, ...(details ? { details } : {}) } } as never, { status, headers });

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
/** International (`+` and 8–15 digits, like the seed's +34612345678) or a 9-digit national number (a Spanish salon). */
const isPhone = (v: string) => {
  const digits = v.replace(/[\s().-]/g, '');
  return /^\+\d{8,15}$/.test(digits) || /^\d{9}$/.test(digits);
};

export function createSalonBookItFake(options: SalonBookItFakeOptions = {}): SalonBookItFake {
  const { timeZone = 'Europe/Madrid', apiKey, allowedOrigins, now = () => new Date(), latencyMs = 0, listShape = 'wrapped' } = options;
  const base = (options.baseUrl ?? 'https://salon.example/api/v1').replace(/\/+$/, '');
  const state = {} as SalonBookItSeedData;
  const requests: SalonBookItRecordedRequest[] = [];

  function reset(): void {
    Object.assign(state, options.data ? structuredClone(options.data) : createSalonBookItSeedData(timeZone));
    requests.length = 0;
  }
  reset();

  const today = () => todayIn(timeZone, now());
  const service = (id: unknown) => state.services.find((s) => s.id === Number(id) && s.activo);
  const professional = (id: unknown) => state.professionals.find((p) => p.id === Number(id) && p.activo);
  const durationOf = (services: SalonBookItService[]) => services.reduce((sum, s) => sum + s.duracion_minutos, 0);

  /** Why [start, start + minutes) cannot be booked with the professional, or undefined when it can. */
  function blocked(peluqueroId: number, fecha: string, horaInicio: string, minutes: number, ignore?: number): 'cerrado' | 'pasado' | 'ocupado' | undefined {
    const p = professional(peluqueroId)!;
    const from = toMinutes(horaInicio);
    const ranges = p.horario[parsePlainDate(fecha).getDay() as 0] ?? [];
    if (!ranges.some(([open, close]) => from >= toMinutes(open) && from + minutes <= toMinutes(close))) return 'cerrado';
    const start = wallClockToInstant(fecha, horaInicio, timeZone).getTime();
    const end = start + minutes * MINUTE;
    if (start <= now().getTime()) return 'pasado';
    const clash = state.bookings.some((b) => b.peluquero_id === p.id && b.estado !== 'cancelada' && b.id !== ignore && b.start < end && start < b.end);
    return clash ? 'ocupado' : undefined;
  }

  function slots(peluqueroId: number, fecha: string, servicioIds: number[], minutesOverride?: number) {
    const p = professional(peluqueroId);
    const services = servicioIds.map(service);
    if (!p || services.some((s) => !s || !p.servicio_ids.includes(s.id))) return [];
    const minutes = minutesOverride ?? durationOf(services as SalonBookItService[]);
    const step = state.business.intervalo_minutos;
    const list: Array<{ hora_inicio: string; hora_fin: string; disponible: boolean; motivo?: string }> = [];
    for (const [open, close] of p.horario[parsePlainDate(fecha).getDay() as 0] ?? []) {
      for (let m = toMinutes(open); m + minutes <= toMinutes(close); m += step) {
        const why = blocked(p.id, fecha, toClock(m), minutes);
        list.push({ hora_inicio: toClock(m), hora_fin: toClock(m + minutes), disponible: !why, ...(why ? { motivo: why } : {}) });
      }
    }
    return list;
  }

  const dateProblem = (fecha: string): Response | undefined => {
    if (plainDaysBetween(today(), fecha) < 0) return fail(400, 'DATE_IN_PAST', 'La fecha no puede ser anterior a hoy.', { fecha: ['La fecha no puede ser anterior a hoy.'] });
    if (plainDaysBetween(today(), fecha) > state.business.horizonte_dias) {
      return fail(400, 'DATE_TOO_FAR', `Solo se puede reservar con ${state.business.horizonte_dias} días de antelación.`, { fecha: ['Fecha demasiado lejana.'] });
    }
    return undefined;
  };

  function authenticate(request: Request): Response | undefined {
    if (apiKey !== undefined) {
      const key = request.headers.get('X-API-Key')?.trim();
      if (!key) return fail(401, 'MISSING_API_KEY', 'API key requerida.');
      if (key !== apiKey) return fail(401, 'INVALID_API_KEY', 'API key inválida.');
    }
    if (allowedOrigins) {
      const origin = request.headers.get('Origin') ?? globalThis.location?.origin;
      if (!origin || !allowedOrigins.includes(origin)) return fail(403, 'ORIGIN_NOT_ALLOWED', 'Dominio de origen no autorizado.');
    }
    return undefined;
  }

  type Route = (input: { url: URL; params: Record<string, string | readonly string[] | undefined>; body: Record<string, unknown> }) => Response;
  const route = (method: 'get' | 'post' | 'all', path: string, handle: Route) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const { body, malformed } = await readJsonBody(request);
      requests.push({ method: request.method, url, headers: request.headers, body });
      if (latencyMs > 0) await delay(latencyMs);
      const denied = authenticate(request);
      if (denied) return denied;
      if (malformed || (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body)))) {
        return fail(400, 'VALIDATION_ERROR', 'El cuerpo de la petición no es un objeto JSON válido.');
      }
      return handle({ url, params, body: (body ?? {}) as Record<string, unknown> });
    });

  const list = (key: string, items: unknown[]) => ok(listShape === 'array' ? items : { [key]: items, total: items.length });

  function createBooking(body: Record<string, unknown>): Response {
    const details: Details = {};
    const required = ['servicio_ids', 'peluquero_id', 'fecha', 'hora_inicio', 'nombre', 'email', ...(state.business.telefono_obligatorio ? ['telefono'] : [])];
    for (const field of required) {
      const v = body[field];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) details[field] = ['Este campo es obligatorio.'];
    }
    if (typeof body.email === 'string' && body.email && !isEmail(body.email)) details.email = ['Formato de email inválido.'];
    if (Object.keys(details).length > 0) return fail(400, 'VALIDATION_ERROR', 'Los datos enviados no son válidos.', details);
    if (!isDate(body.fecha)) return fail(400, 'INVALID_DATE', 'La fecha debe tener el formato YYYY-MM-DD.', { fecha: ['Formato YYYY-MM-DD.'] });
    if (!isTime(body.hora_inicio)) return fail(400, 'INVALID_TIME', 'La hora debe tener el formato HH:MM.', { hora_inicio: ['Formato HH:MM.'] });
    if (typeof body.telefono === 'string' && body.telefono && !isPhone(body.telefono)) {
      return fail(400, 'INVALID_PHONE', 'El teléfono no es válido.', { telefono: ['Número de teléfono inválido.'] });
    }
    const ids = (Array.isArray(body.servicio_ids) ? body.servicio_ids : [body.servicio_ids]).map(Number);
    const services = ids.map(service);
    if (services.some((s) => !s)) return fail(404, 'SERVICE_NOT_FOUND', 'Servicio no encontrado.');
    const p = professional(body.peluquero_id);
    if (!p) return fail(404, 'PROFESSIONAL_NOT_FOUND', 'Profesional no encontrado.');
    const dated = dateProblem(body.fecha);
    if (dated) return dated;
    const minutes = durationOf(services as SalonBookItService[]);
    const why = services.some((s) => !p.servicio_ids.includes(s!.id)) ? 'cerrado' : blocked(p.id, body.fecha, body.hora_inicio, minutes);
    if (why === 'pasado') return fail(400, 'DATE_IN_PAST', 'La hora ya ha pasado.', { hora_inicio: ['La hora ya ha pasado.'] });
    if (why) return fail(409, 'SLOT_NOT_AVAILABLE', 'El horario seleccionado ya no está disponible.', { hora_inicio: ['Horario no disponible.'] });
    const booking = book(p.id, services as SalonBookItService[], body.fecha, body.hora_inicio, {
      nombre: String(body.nombre),
      email: String(body.email),
      telefono: typeof body.telefono === 'string' && body.telefono ? body.telefono : null,
    }, typeof body.notas === 'string' ? body.notas : null);
    return ok(bookingView(booking), 201);
  }

  function book(peluqueroId: number, services: SalonBookItService[], fecha: string, horaInicio: string, cliente: { nombre: string; email: string; telefono: string | null }, notas: string | null): SalonBookItBooking {
    const start = wallClockToInstant(fecha, horaInicio, timeZone).getTime();
    const end = start + durationOf(services) * MINUTE;
    const known = state.bookings.find((b) => b.cliente.email.toLowerCase() === cliente.email.toLowerCase())?.cliente;
    const id = state.nextBookingId++;
    const booking: SalonBookItBooking = {
      id,
      codigo: `SB${id.toString(36).toUpperCase().padStart(6, '0')}`,
      fecha,
      hora_inicio: horaInicio,
      hora_fin: instantToWallClock(new Date(end), timeZone).time,
      start,
      end,
      servicio_ids: services.map((s) => s.id),
      peluquero_id: peluqueroId,
      cliente: { id: known?.id ?? state.nextClientId++, ...cliente },
      notas,
      total: services.reduce((sum, s) => sum + s.precio, 0),
      estado: 'confirmada',
      created_at: toIsoInstant(now()),
    };
    state.bookings.push(booking);
    return booking;
  }

  function bookingView(b: SalonBookItBooking) {
    const p = state.professionals.find((x) => x.id === b.peluquero_id)!;
    return {
      id: b.id,
      codigo: b.codigo,
      fecha: b.fecha,
      hora_inicio: b.hora_inicio,
      hora_fin: b.hora_fin,
      servicios: b.servicio_ids.map((id) => {
        const s = state.services.find((x) => x.id === id)!;
        return { id: s.id, nombre: s.nombre, precio: s.precio, duracion_minutos: s.duracion_minutos };
      }),
      profesional: { id: p.id, nombre: p.nombre },
      cliente: b.cliente,
      subtotal: b.total,
      descuento: 0,
      total: b.total,
      moneda: state.business.moneda,
      estado: b.estado,
      pago_requerido: false,
      pago_pendiente: true,
      puntos_ganados: Math.floor(b.total),
      created_at: b.created_at,
    };
  }

  const handlers: RequestHandler[] = [
    route('get', '/servicios/', () =>
      list('servicios', state.services.map(({ id, nombre, descripcion, precio, duracion_minutos, activo }) => ({ id, nombre, descripcion, precio, duracion_minutos, activo })))),
    route('get', '/peluqueros/', () =>
      list('peluqueros', state.professionals.map(({ id, nombre, activo, servicio_ids }) => ({ id, nombre, activo, servicios: servicio_ids })))),
    route('get', '/disponibilidad/:peluquero/:fecha/', ({ url, params }) => {
      const fecha = String(params.fecha);
      if (!isDate(fecha)) return fail(400, 'INVALID_DATE', 'La fecha debe tener el formato YYYY-MM-DD.', { fecha: ['Formato YYYY-MM-DD.'] });
      const p = professional(params.peluquero);
      if (!p) return fail(404, 'PROFESSIONAL_NOT_FOUND', 'Profesional no encontrado.');
      const q = url.searchParams;
      const ids = (q.get('servicios') ?? q.get('servicio_id') ?? '').split(',').filter(Boolean).map(Number);
      const duracion = q.get('duracion') ? Number(q.get('duracion')) : undefined;
      if (ids.some((id) => !service(id))) return fail(404, 'SERVICE_NOT_FOUND', 'Servicio no encontrado.');
      if (ids.length === 0 && !duracion) return fail(400, 'MISSING_REQUIRED_FIELD', 'Indica servicios, servicio_id o duracion.', { servicios: ['Este campo es obligatorio.'] });
      const dated = dateProblem(fecha);
      if (dated) return dated;
      const list = ids.length ? slots(p.id, fecha, ids) : slots(p.id, fecha, [], duracion);
      const free = list.filter((s) => s.disponible);
      return ok({
        fecha,
        profesional: { id: p.id, nombre: p.nombre },
        duracion_solicitada: duracion ?? durationOf(ids.map(service) as SalonBookItService[]),
        slots: list,
        slots_disponibles_count: free.length,
        proximo_disponible: free[0]?.hora_inicio ?? null,
        ultimo_disponible: free.at(-1)?.hora_inicio ?? null,
      });
    }),
    route('post', '/reservas/crear/', ({ body }) => createBooking(body)),
    route('all', '/*', () => fail(404, 'NOT_FOUND', 'Recurso no encontrado.')),
  ];

  function takeSlot({ peluqueroId, servicioIds, fecha, horaInicio }: { peluqueroId: number; servicioIds: number[]; fecha: string; horaInicio: string }): SalonBookItBooking {
    const services = servicioIds.map(service);
    if (!professional(peluqueroId) || services.some((s) => !s)) throw new Error('takeSlot: unknown professional or service');
    const why = blocked(peluqueroId, fecha, horaInicio, durationOf(services as SalonBookItService[]));
    if (why) throw new Error(`takeSlot: ${fecha} ${horaInicio} is ${why}`);
    return book(peluqueroId, services as SalonBookItService[], fecha, horaInicio, { nombre: 'Otra Clienta', email: 'otra@example.com', telefono: null }, null);
  }

  return { handlers, state, requests, reset, takeSlot, slots: (p, f, s) => slots(p, f, s) };
}

