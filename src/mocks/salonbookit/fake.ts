import { delay, http, type RequestHandler } from 'msw';
import { readJsonBody } from '../request-body.js';
import { instantToWallClock, parsePlainDate, plainDaysBetween, todayIn, toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { createSalonBookItAuth, type SalonBookItAuthOptions } from './auth.js';
import {
  createSalonBookItSeedData,
  demoCustomerBookings,
  SALONBOOKIT_IDS,
  type SalonBookItBooking,
  type SalonBookItCustomer,
  type SalonBookItSeedData,
  type SalonBookItService,
} from './data.js';
import { bookingView, customersOf, fail, isDate, isEmail, isPhone, isTime, money, MINUTE, ok, toClock, toMinutes, type Details } from './envelope.js';
import { createSalonBookItManagement } from './manage.js';

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
 * - `servicio_ids` must be a non-empty array of ids; the slot is sized by the services' summed
 *   durations and `subtotal` is their summed prices.
 * - Signed in (a valid Bearer JWT): `nombre` and `email` are not required (the account's are used) and
 *   the booking belongs to the account. `usar_puntos: true` (JWT only, else 401 MISSING_TOKEN) pays
 *   with points at 1 point = 1 currency unit: `descuento = min(points, subtotal)`, the points spent are
 *   `ceil(descuento)` (whole points); `puntos_ganados = floor(total left to pay)`, credited at once.
 * - Sign-in, tokens and attempt limiting: auth.ts. Profile, my bookings, look-up, cancel: manage.ts.
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
  /**
   * Seeds the demo customer's bookings (SALONBOOKIT_DEMO_CUSTOMER), relative to `now`: two upcoming
   * ones (3+ and 10+ days ahead) and a completed one two weeks ago. Off by default, so a fresh fake
   * starts with no bookings.
   */
  demoBookings?: boolean;
  /** Token lifetimes, refresh tokens, login attempt limit. */
  auth?: SalonBookItAuthOptions;
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
  /**
   * Puts a booking in the book without any check (past, inside the cancellation notice, overlapping),
   * for a customer account by e-mail (the demo customer by default) — to set up look-up and cancel cases.
   */
  seedBooking(input: { peluqueroId: number; servicioIds: number[]; fecha: string; horaInicio: string; email?: string; estado?: SalonBookItBooking['estado'] }): SalonBookItBooking;
  /** Ends every access token issued so far (and refresh tokens with `{ refresh: true }`): the next call gets TOKEN_EXPIRED. */
  expireTokens(options?: { refresh?: boolean }): void;
}

export function createSalonBookItFake(options: SalonBookItFakeOptions = {}): SalonBookItFake {
  const { timeZone = 'Europe/Madrid', apiKey, allowedOrigins, now = () => new Date(), latencyMs = 0, listShape = 'wrapped' } = options;
  const base = (options.baseUrl ?? 'https://salon.example/api/v1').replace(/\/+$/, '');
  const state = {} as SalonBookItSeedData;
  const requests: SalonBookItRecordedRequest[] = [];
  const ctx = { state, timeZone, now };
  const auth = createSalonBookItAuth(ctx, options.auth);
  const manage = createSalonBookItManagement(ctx);

  function reset(): void {
    Object.assign(state, options.data ? structuredClone(options.data) : createSalonBookItSeedData(timeZone));
    requests.length = 0;
    auth.reset();
    if (options.demoBookings) seedDemoBookings();
  }

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

  type Params = Record<string, string | readonly string[] | undefined>;
  type Route = (input: { url: URL; params: Params; body: Record<string, unknown>; customer?: SalonBookItCustomer }) => Response;
  /** Key, origin, then (except on the sign-in routes) the customer's token, then the body. */
  const route = (method: 'get' | 'post' | 'all', path: string, handle: Route, { token = true } = {}) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const { body, malformed } = await readJsonBody(request);
      requests.push({ method: request.method, url, headers: request.headers, body });
      if (latencyMs > 0) await delay(latencyMs);
      const denied = authenticate(request);
      if (denied) return denied;
      const customer = token ? auth.identify(request) : undefined;
      if (customer instanceof Response) return customer;
      if (malformed || (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body)))) {
        return fail(400, 'VALIDATION_ERROR', 'El cuerpo de la petición no es un objeto JSON válido.');
      }
      return handle({ url, params, body: (body ?? {}) as Record<string, unknown>, customer });
    });
  /** A route only a signed-in customer may call. */
  const signedIn = (method: 'get' | 'post', path: string, handle: (input: Parameters<Route>[0] & { customer: SalonBookItCustomer }) => Response) =>
    route(method, path, (input) => (input.customer ? handle({ ...input, customer: input.customer }) : fail(401, 'MISSING_TOKEN', 'Se requiere iniciar sesión.')));

  const list = (key: string, items: unknown[]) => ok(listShape === 'array' ? items : { [key]: items, total: items.length });

  function createBooking(body: Record<string, unknown>, customer?: SalonBookItCustomer): Response {
    const details: Details = {};
    // With a JWT the account names the customer (the docs: nombre and email required only without one).
    const required = ['servicio_ids', 'peluquero_id', 'fecha', 'hora_inicio', ...(customer ? [] : ['nombre', 'email']), ...(state.business.telefono_obligatorio && !customer?.telefono ? ['telefono'] : [])];
    for (const field of required) {
      const v = body[field];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) details[field] = ['Este campo es obligatorio.'];
    }
    const ids = body.servicio_ids;
    if (!details.servicio_ids && (!Array.isArray(ids) || ids.some((id) => !Number.isInteger(Number(id)) || id === null || id === ''))) {
      details.servicio_ids = ['Debe ser una lista de IDs de servicio.'];
    }
    if (!customer && typeof body.email === 'string' && body.email && !isEmail(body.email)) details.email = ['Formato de email inválido.'];
    if (body.usar_puntos !== undefined && typeof body.usar_puntos !== 'boolean') details.usar_puntos = ['Debe ser verdadero o falso.'];
    if (Object.keys(details).length > 0) return fail(400, 'VALIDATION_ERROR', 'Los datos enviados no son válidos.', details);
    if (body.usar_puntos === true && !customer) return fail(401, 'MISSING_TOKEN', 'Inicia sesión para pagar con puntos.');
    if (!isDate(body.fecha)) return fail(400, 'INVALID_DATE', 'La fecha debe tener el formato YYYY-MM-DD.', { fecha: ['Formato YYYY-MM-DD.'] });
    if (!isTime(body.hora_inicio)) return fail(400, 'INVALID_TIME', 'La hora debe tener el formato HH:MM.', { hora_inicio: ['Formato HH:MM.'] });
    if (typeof body.telefono === 'string' && body.telefono && !isPhone(body.telefono)) {
      return fail(400, 'INVALID_PHONE', 'El teléfono no es válido.', { telefono: ['Número de teléfono inválido.'] });
    }
    const services = (ids as unknown[]).map(service);
    if (services.some((s) => !s)) return fail(404, 'SERVICE_NOT_FOUND', 'Servicio no encontrado.');
    const p = professional(body.peluquero_id);
    if (!p) return fail(404, 'PROFESSIONAL_NOT_FOUND', 'Profesional no encontrado.');
    const dated = dateProblem(body.fecha);
    if (dated) return dated;
    const minutes = durationOf(services as SalonBookItService[]);
    const why = services.some((s) => !p.servicio_ids.includes(s!.id)) ? 'cerrado' : blocked(p.id, body.fecha, body.hora_inicio, minutes);
    if (why === 'pasado') return fail(400, 'DATE_IN_PAST', 'La hora ya ha pasado.', { hora_inicio: ['La hora ya ha pasado.'] });
    if (why) return fail(409, 'SLOT_NOT_AVAILABLE', 'El horario seleccionado ya no está disponible.', { hora_inicio: ['Horario no disponible.'] });
    const telefono = typeof body.telefono === 'string' && body.telefono ? body.telefono : null;
    const booking = book(p.id, services as SalonBookItService[], body.fecha, body.hora_inicio,
      customer ? { nombre: customer.nombre, email: customer.email, telefono: telefono ?? customer.telefono } : { nombre: String(body.nombre), email: String(body.email), telefono },
      typeof body.notas === 'string' ? body.notas : null, customer, body.usar_puntos === true);
    return ok(bookingView(ctx, booking), 201);
  }

  function book(
    peluqueroId: number, services: SalonBookItService[], fecha: string, horaInicio: string,
    cliente: { nombre: string; email: string; telefono: string | null }, notas: string | null,
    account?: SalonBookItCustomer, usePoints = false,
  ): SalonBookItBooking {
    const start = wallClockToInstant(fecha, horaInicio, timeZone).getTime();
    const end = start + durationOf(services) * MINUTE;
    const known = state.bookings.find((b) => b.cliente.email.toLowerCase() === cliente.email.toLowerCase())?.cliente;
    const id = state.nextBookingId++;
    const subtotal = money(services.reduce((sum, s) => sum + s.precio, 0));
    // 1 point = 1 currency unit; a fraction of a unit still takes a whole point.
    const descuento = account && usePoints ? money(Math.min(account.puntos, subtotal)) : 0;
    const total = money(subtotal - descuento);
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
      cliente: { id: account?.id ?? known?.id ?? state.nextClientId++, ...cliente },
      notas,
      total,
      estado: 'confirmada',
      created_at: toIsoInstant(now()),
      subtotal,
      descuento,
      puntos_usados: Math.ceil(descuento),
      puntos_ganados: Math.floor(total),
      ...(account ? { cuenta_id: account.id } : {}),
    };
    if (account) account.puntos += booking.puntos_ganados! - booking.puntos_usados!;
    state.bookings.push(booking);
    return booking;
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
    route('post', '/reservas/crear/', ({ body, customer }) => createBooking(body, customer)),
    route('post', '/auth/login/', ({ body }) => auth.login(body), { token: false }),
    route('post', '/auth/refresh/', ({ body }) => auth.refresh(body), { token: false }),
    signedIn('get', '/cliente/perfil/', ({ customer }) => manage.profile(customer)),
    signedIn('get', '/cliente/reservas/', ({ customer, url }) => manage.myBookings(customer, url)),
    route('get', '/reservas/codigo/:codigo/', ({ params }) => manage.byCode(String(params.codigo))),
    route('post', '/reservas/:id/cancelar/', ({ params, customer, body }) => manage.cancel(String(params.id), customer, body)),
    route('all', '/*', () => fail(404, 'NOT_FOUND', 'Recurso no encontrado.')),
  ];

  function takeSlot({ peluqueroId, servicioIds, fecha, horaInicio }: { peluqueroId: number; servicioIds: number[]; fecha: string; horaInicio: string }): SalonBookItBooking {
    const services = servicioIds.map(service);
    if (!professional(peluqueroId) || services.some((s) => !s)) throw new Error('takeSlot: unknown professional or service');
    const why = blocked(peluqueroId, fecha, horaInicio, durationOf(services as SalonBookItService[]));
    if (why) throw new Error(`takeSlot: ${fecha} ${horaInicio} is ${why}`);
    return book(peluqueroId, services as SalonBookItService[], fecha, horaInicio, { nombre: 'Otra Clienta', email: 'otra@example.com', telefono: null }, null);
  }

  function seedBooking(input: Parameters<SalonBookItFake['seedBooking']>[0]): SalonBookItBooking {
    const email = (input.email ?? customersOf(state).find((c) => c.id === SALONBOOKIT_IDS.customer)?.email ?? '').toLowerCase();
    const account = customersOf(state).find((c) => c.email.toLowerCase() === email);
    const services = input.servicioIds.map((id) => state.services.find((s) => s.id === id));
    if (!account || services.some((s) => !s) || !state.professionals.some((p) => p.id === input.peluqueroId)) throw new Error('seedBooking: unknown customer, service or professional');
    const points = account.puntos;
    const booking = book(input.peluqueroId, services as SalonBookItService[], input.fecha, input.horaInicio, { nombre: account.nombre, email: account.email, telefono: account.telefono }, null, account);
    // A seeded booking leaves the balance as it was.
    account.puntos = points;
    booking.estado = input.estado ?? 'confirmada';
    return booking;
  }

  function seedDemoBookings(): void {
    for (const booking of demoCustomerBookings(today())) seedBooking(booking);
  }

  reset();
  return {
    handlers,
    state,
    requests,
    reset,
    takeSlot,
    slots: (p, f, s) => slots(p, f, s),
    seedBooking,
    expireTokens: (opts) => auth.expireTokens(opts),
  };
}
