import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { BookingError } from '../core/errors.js';
import { servicesTotal } from '../core/flow.js';
import type {
  Availability,
  AvailabilityQuery,
  BookingConfirmation,
  BookingRequest,
  Cancellation,
  Credentials,
  CustomerAccount,
  Location,
  ManagedBooking,
  MyBookingsQuery,
  Professional,
  Service,
} from '../core/model.js';
import { instantToWallClock } from '../core/zoned-time.js';
import { createAvailability, type TeamMember } from './salonbookit-availability.js';
import { createManagement } from './salonbookit-manage.js';
import {
  readSalonBookItError,
  classifyCode,
  listOf,
  dataOf,
  wireId,
  num,
  toStatus,
  type Envelope,
  type SbService,
  type SbProfessional,
  type SbBooking,
} from './salonbookit-read.js';
import { createSalonBookItSession } from './salonbookit-session.js';

/*
 * SalonBookIt (developers.salonbookit.com), per shared/seeds/salonbookit-bookings.txt and api-notes §2.
 * - Every path hangs from `api-base` (`https://salon.example/api/v1`) and ends with `/`.
 * - Answers are `{ success, data }`; errors `{ success: false, error: { code, message, details } }`
 *   with `details` mapping a field to an array of messages.
 * - Times are `fecha` (YYYY-MM-DD) + `hora_inicio` (HH:MM) on the business's clock (`timeZone`); they
 *   are converted to and from instants here and nowhere else.
 * - One business per key: no locations. Availability fans out per professional and day
 *   (salonbookit-availability.ts); several services are booked together.
 * - Customers can sign in (salonbookit-session.ts: the JWT is kept in memory only), pay with points,
 *   list their bookings, and look up and cancel a booking by its code (salonbookit-manage.ts).
 */

export interface SalonBookItAdapterOptions {
  /** The documented base, e.g. `https://salon.example/api/v1`. */
  apiBase: string;
  /** Sent as `X-API-Key`. Use a public `hh_pub_` key in a page, never an `hh_sec_` one. */
  apiKey?: string;
  /** The business's IANA zone (its `configuracion.timezone`). */
  timeZone: string;
  /** The widget's currency, for bookings listed without `moneda`. */
  currency?: string;
  /** Availability calls in flight at once (default 4): a month for three professionals is ~90 calls. */
  maxConcurrent?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createSalonBookItAdapter(options: SalonBookItAdapterOptions): BookingAdapter {
  const { timeZone, maxConcurrent = 4 } = options;
  const currency = options.currency?.trim().toUpperCase() || undefined;
  const session = createSalonBookItSession({
    baseUrl: options.apiBase,
    headers: options.apiKey ? { 'X-API-Key': options.apiKey } : {},
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    readErrorBody: readSalonBookItError,
    fieldMap: {
      // One name field on the backend: its message goes next to the first of the widget's two.
      nombre: 'firstName',
      email: 'email',
      telefono: 'phone',
      notas: 'notes',
      fecha: 'slot',
      hora_inicio: 'slot',
      peluquero_id: 'slot',
    },
    // A taken time: 409, or a slot code with any status (the docs list neither); sign-in and cancel codes by name.
    classify: (status, info) => classifyCode(info.backendCode) ?? (status === 409 ? 'slot-taken' : undefined),
  });

  async function get<T>(path: string, query?: Record<string, string | undefined>, signal?: AbortSignal): Promise<T> {
    return dataOf(await session.request<Envelope<T>>({ path, query, signal }), classifyCode);
  }

  /** Active professionals, each with the services they do when the backend says. */
  async function professionals(signal?: AbortSignal): Promise<TeamMember[]> {
    const body = await session.request<Envelope<unknown>>({ path: '/peluqueros/', signal });
    return listOf<SbProfessional>(body, 'peluqueros', classifyCode)
      .filter((p) => p.activo !== false)
      .map((p) => ({
        id: String(p.id),
        name: [p.nombre, p.apellidos].filter(Boolean).join(' '),
        ...(Array.isArray(p.servicios) ? { services: p.servicios.map((s) => String(typeof s === 'object' ? s.id : s)) } : {}),
      }));
  }

  // "Any professional" asks for the team once per minute, not once per range the calendar loads.
  let team: { at: number; list: Promise<TeamMember[]> } | undefined;
  // Shared by every caller, so one caller's abort must not cancel it: it is asked without a signal.
  function teamForAny() {
    if (!team || Date.now() - team.at > 60_000) {
      const list = professionals();
      team = { at: Date.now(), list };
      list.catch(() => {
        if (team?.list === list) team = undefined;
      });
    }
    return team.list;
  }

  const availability = createAvailability({ timeZone, maxConcurrent, get, team: teamForAny });
  const manage = createManagement({ session, timeZone, currency });

  return {
    capabilities: {
      locations: false,
      professionals: true,
      anyProfessional: true,
      maxAvailabilityDays: 7,
      bookingCode: true,
      multipleServices: true,
      customerLogin: true,
      loyaltyPoints: true,
      lookup: true,
      cancel: true,
    },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      const body = await session.request<Envelope<unknown>>({ path: '/servicios/', signal });
      return listOf<SbService>(body, 'servicios', classifyCode)
        .filter((s) => s.activo !== false)
        .map((s) => ({
          id: String(s.id),
          name: s.nombre,
          durationMinutes: num(s.duracion_minutos ?? s.duracion),
          price: num(s.precio),
          ...(s.moneda ? { currency: s.moneda.toUpperCase() } : {}),
          ...(s.descripcion ? { description: s.descripcion } : {}),
        }));
    },

    async listLocations(): Promise<Location[]> {
      return [];
    },

    async listProfessionals(_query, { signal }: RequestOptions = {}): Promise<Professional[]> {
      return (await professionals(signal)).map(({ id, name }) => ({ id, name }));
    },

    async getAvailability(query: AvailabilityQuery, { signal }: RequestOptions = {}): Promise<Availability> {
      return availability(query, signal);
    },

    async createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
      const { service, slot, client } = request;
      const services = request.services && request.services.length > 0 ? request.services : [service];
      const person = request.professional ?? slot.professionals[0];
      if (!person) throw new BookingError('validation', 'SalonBookIt needs a professional for the booking', { fields: { slot: ['No professional'] } });
      // Points belong to a signed-in customer; without one the booking would silently be paid in full.
      if (request.usePoints && !session.signedIn) throw new BookingError('signed-out', 'SalonBookIt: paying with points needs a signed-in customer');
      const signedIn = session.signedIn;
      // The business clock at the slot's instant (a skipped clock time is sent as the time the clock shows).
      const wall = instantToWallClock(slot.start, timeZone);
      const body: Record<string, unknown> = {
        servicio_ids: services.map((s) => wireId(s.id)),
        peluquero_id: wireId(person.id),
        fecha: wall.date,
        hora_inicio: wall.time,
        // The docs require nombre and email only without a JWT: a signed-in customer is known by the token.
        ...(signedIn ? {} : { nombre: `${client.firstName} ${client.lastName}`.trim(), email: client.email }),
        ...(client.phone.trim() ? { telefono: client.phone.trim() } : {}),
        ...(client.notes.trim() ? { notas: client.notes } : {}),
        ...(signedIn && request.usePoints ? { usar_puntos: true } : {}),
      };
      const created = dataOf(await session.request<Envelope<SbBooking>>({ method: 'POST', path: '/reservas/crear/', body, signal }), classifyCode);
      const booked = created.profesional ? { id: String(created.profesional.id), name: created.profesional.nombre ?? person.name } : person;
      // Summed in cents (servicesTotal), so 0.1 + 0.2 is 0.30, not 0.30000000000000004.
      const listPrice = servicesTotal(services).price;
      return {
        id: created.id != null ? String(created.id) : undefined,
        code: created.codigo,
        status: created.estado ? toStatus(created.estado) : undefined,
        start: slot.start,
        end: slot.end,
        professional: booked.name ? booked : person,
        total: created.total !== undefined ? num(created.total, listPrice) : listPrice,
        ...(created.moneda ? { currency: created.moneda.toUpperCase() } : {}),
        // Points are shown to the customer who collects them: a guest has no account to see them in.
        ...(signedIn && created.puntos_ganados !== undefined && created.puntos_ganados !== null ? { pointsEarned: num(created.puntos_ganados) } : {}),
      };
    },

    login: (credentials: Credentials, { signal }: RequestOptions = {}): Promise<CustomerAccount> => session.login(credentials, signal),

    logout: (): void => session.logout(),

    listMyBookings: (query: MyBookingsQuery, { signal }: RequestOptions = {}): Promise<ManagedBooking[]> => manage.listMyBookings(query, signal),

    findBooking: (code: string, { signal }: RequestOptions = {}): Promise<ManagedBooking> => manage.findBooking(code, signal),

    cancelBooking: (booking: ManagedBooking, reason: string, { signal }: RequestOptions = {}): Promise<Cancellation> =>
      manage.cancelBooking(booking, reason, signal),
  };
}

/** `backend="salonbookit"` */
export const salonBookItBackend = (config: BackendConfig): BookingAdapter =>
  createSalonBookItAdapter({
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    timeZone: config.timeZone,
    currency: config.attribute('currency') ?? undefined,
  });

export { readSalonBookItError } from './salonbookit-read.js';
