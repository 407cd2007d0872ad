import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { BookingError, type BookingErrorCode } from '../core/errors.js';
import { limiter } from '../core/concurrency.js';
import { createHttpClient } from '../core/http.js';
import type {
  Availability,
  AvailabilityQuery,
  BookingConfirmation,
  BookingRequest,
  Location,
  PlainDate,
  Professional,
  Service,
  Slot,
} from '../core/model.js';
import { addPlainDays, instantToWallClock, plainDaysBetween, resolveWallClock, toIsoInstant } from '../core/zoned-time.js';
import {
  SLOT_TAKEN_CODES,
  STATUSES,
  MINUTE,
  readSalonBookItError,
  listOf,
  dataOf,
  wireId,
  num,
  type Envelope,
  type SbService,
  type SbProfessional,
  type SbAvailability,
  type SbBooking,
} from './salonbookit-read.js';

/*
 * SalonBookIt (developers.salonbookit.com), per shared/seeds/salonbookit-bookings.txt and api-notes §2.
 * - Every path hangs from `api-base` (`https://salon.example/api/v1`) and ends with `/`.
 * - Answers are `{ success, data }`; errors `{ success: false, error: { code, message, details } }`
 *   with `details` mapping a field to an array of messages.
 * - Times are `fecha` (YYYY-MM-DD) + `hora_inicio` (HH:MM) on the business's clock (`timeZone`); they
 *   are converted to and from instants here and nowhere else.
 * - One business per key: no locations. Availability is one professional × one day per call, so a
 *   range (and "any professional") fans out, at most `maxConcurrent` calls at a time per adapter.
 *
 * Guest booking only for now; the backend's login (JWT), loyalty points, "my bookings", look-up by
 * code and cancel hang off the same client (`request`) when the widget grows the UI for them.
 */

export interface SalonBookItAdapterOptions {
  /** The documented base, e.g. `https://salon.example/api/v1`. */
  apiBase: string;
  /** Sent as `X-API-Key`. Use a public `hh_pub_` key in a page, never an `hh_sec_` one. */
  apiKey?: string;
  /** The business's IANA zone (its `configuracion.timezone`). */
  timeZone: string;
  /** Availability calls in flight at once (default 4): a month for three professionals is ~90 calls. */
  maxConcurrent?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createSalonBookItAdapter(options: SalonBookItAdapterOptions): BookingAdapter {
  const { timeZone, maxConcurrent = 4 } = options;
  const classifyCode = (code?: string): BookingErrorCode | undefined => (code && SLOT_TAKEN_CODES.has(code) ? 'slot-taken' : undefined);
  const http = createHttpClient({
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
    // A taken time: 409, or a slot code with any status (the docs list neither).
    classify: (status, info) => classifyCode(info.backendCode) ?? (status === 409 ? 'slot-taken' : undefined),
  });
  const queued = limiter(Math.max(1, maxConcurrent));

  async function get<T>(path: string, query?: Record<string, string | undefined>, signal?: AbortSignal): Promise<T> {
    return dataOf(await http.request<Envelope<T>>({ path, query, signal }), classifyCode);
  }

  /** Active professionals, each with the services they do when the backend says. */
  async function professionals(signal?: AbortSignal): Promise<Array<Professional & { services?: string[] }>> {
    const body = await http.request<Envelope<unknown>>({ path: '/peluqueros/', signal });
    return listOf<SbProfessional>(body, 'peluqueros', classifyCode)
      .filter((p) => p.activo !== false)
      .map((p) => ({
        id: String(p.id),
        name: [p.nombre, p.apellidos].filter(Boolean).join(' '),
        ...(Array.isArray(p.servicios) ? { services: p.servicios.map((s) => String(typeof s === 'object' ? s.id : s)) } : {}),
      }));
  }

  // "Any professional" asks for the team once per minute, not once per range the calendar loads.
  let team: { at: number; list: Promise<Array<Professional & { services?: string[] }>> } | undefined;
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

  // The first date the backend called too far ahead (DATE_TOO_FAR): later dates are not asked.
  let horizon: PlainDate | undefined;

  /** One professional's free starts on one day; `null` when the day is past the booking horizon. */
  async function day(professional: Professional, date: PlainDate, serviceId: string, signal?: AbortSignal): Promise<Slot[] | null> {
    const data = await queued(async (): Promise<SbAvailability | null> => {
      // Checked when its turn comes: an earlier call may have found the horizon meanwhile.
      if (horizon && plainDaysBetween(horizon, date) >= 0) return null;
      try {
        return await get<SbAvailability>(`/disponibilidad/${encodeURIComponent(professional.id)}/${date}/`, { servicios: serviceId }, signal);
      } catch (error) {
        // Past how far ahead the business takes bookings: no slots, and the calendar is told so.
        if (error instanceof BookingError && error.detail?.startsWith('DATE_TOO_FAR')) {
          if (!horizon || plainDaysBetween(date, horizon) > 0) horizon = date;
          return null;
        }
        throw error;
      }
    });
    if (data === null) return null;
    const who = data.profesional ? { id: String(data.profesional.id), name: data.profesional.nombre ?? professional.name } : professional;
    const taken = new Set<number>();
    const slots: Slot[] = [];
    for (const slot of data.slots ?? []) {
      const time = /^(\d{2}:\d{2})/.exec(slot.hora_inicio ?? '')?.[1];
      if (!time) throw new BookingError('bad-response', `SalonBookIt: unreadable hora_inicio ${String(slot.hora_inicio)}`);
      // Every slot of the day is listed; a repeated clock time listed again is its second occurrence.
      const start = resolveWallClock(date, time, timeZone, { taken });
      taken.add(start.getTime());
      if (slot.disponible === false) continue;
      const endTime = /^(\d{2}:\d{2})/.exec(slot.hora_fin ?? '')?.[1];
      const end = endTime ? endAfter(start, date, endTime) : new Date(start.getTime() + num(data.duracion_solicitada) * MINUTE);
      const shown = instantToWallClock(start, timeZone);
      slots.push({ date, time: shown.time, start: toIsoInstant(start), end: toIsoInstant(end), professionals: [who] });
    }
    return slots;
  }

  /** A slot's end clock time: the first such time after its start, that day or (past midnight) the next. */
  function endAfter(start: Date, date: PlainDate, time: string): Date {
    const sameDay = resolveWallClock(date, time, timeZone, { after: start });
    return sameDay > start ? sameDay : resolveWallClock(addPlainDays(date, 1), time, timeZone, { after: start });
  }

  return {
    capabilities: {
      locations: false,
      professionals: true,
      anyProfessional: true,
      maxAvailabilityDays: 7,
      bookingCode: true,
    },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      const body = await http.request<Envelope<unknown>>({ path: '/servicios/', signal });
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
      const who = query.professionalId
        ? [{ id: query.professionalId, name: '' }]
        : (await teamForAny()).filter((p) => !p.services || p.services.includes(query.serviceId)).map(({ id, name }) => ({ id, name }));
      const dates: PlainDate[] = [];
      for (let d = query.from; plainDaysBetween(d, query.to) >= 0; d = addPlainDays(d, 1)) dates.push(d);
      const refused: BookingError[] = [];
      const answers = await Promise.all(
        dates.flatMap((date) =>
          who.map((p) =>
            day(p, date, query.serviceId, signal).catch((error: unknown) => {
              // With "any", a professional who does not offer the service may answer 400/404: the others still count.
              if (!query.professionalId && error instanceof BookingError && (error.code === 'not-found' || error.code === 'validation')) {
                refused.push(error);
                return [] as Slot[];
              }
              throw error;
            }),
          ),
        ),
      );
      // …unless nobody could answer: then it is the service (or the request) that is wrong.
      if (refused.length > 0 && refused.length === answers.length) throw refused[0];
      // One slot per instant, listing everyone free then, in the professionals' order.
      const byStart = new Map<string, Slot>();
      for (const slots of answers) {
        for (const slot of slots ?? []) {
          const known = byStart.get(slot.start);
          if (!known) byStart.set(slot.start, { ...slot, professionals: [...slot.professionals] });
          else if (!known.professionals.some((p) => p.id === slot.professionals[0].id)) known.professionals.push(...slot.professionals);
        }
      }
      const slots = [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
      return { slots, limitExceeded: answers.some((a) => a === null) };
    },

    async createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
      const { service, slot, client } = request;
      const person = request.professional ?? slot.professionals[0];
      if (!person) throw new BookingError('validation', 'SalonBookIt needs a professional for the booking', { fields: { slot: ['No professional'] } });
      // The business clock at the slot's instant (a skipped clock time is sent as the time the clock shows).
      const wall = instantToWallClock(slot.start, timeZone);
      const body: Record<string, unknown> = {
        servicio_ids: [wireId(service.id)],
        peluquero_id: wireId(person.id),
        fecha: wall.date,
        hora_inicio: wall.time,
        nombre: `${client.firstName} ${client.lastName}`.trim(),
        email: client.email,
        ...(client.phone.trim() ? { telefono: client.phone.trim() } : {}),
        ...(client.notes.trim() ? { notas: client.notes } : {}),
      };
      const created = dataOf(await http.request<Envelope<SbBooking>>({ method: 'POST', path: '/reservas/crear/', body, signal }), classifyCode);
      const booked = created.profesional ? { id: String(created.profesional.id), name: created.profesional.nombre ?? person.name } : person;
      return {
        id: created.id != null ? String(created.id) : undefined,
        code: created.codigo,
        status: created.estado ? (STATUSES[created.estado] ?? created.estado) : undefined,
        start: slot.start,
        end: slot.end,
        professional: booked.name ? booked : person,
        total: created.total !== undefined ? num(created.total, service.price) : service.price,
        ...(created.moneda ? { currency: created.moneda.toUpperCase() } : {}),
      };
    },
  };
}

/** `backend="salonbookit"` */
export const salonBookItBackend = (config: BackendConfig): BookingAdapter =>
  createSalonBookItAdapter({ apiBase: config.apiBase, apiKey: config.apiKey, timeZone: config.timeZone });

export { readSalonBookItError } from './salonbookit-read.js';
