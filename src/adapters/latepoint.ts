import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { BookingError } from '../core/errors.js';
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
import { addPlainDays, isSkippedWallClock, plainDaysBetween, resolveWallClock, toIsoInstant } from '../core/zoned-time.js';

import {
  MAX_DAYS,
  DAY_CACHE_MS,
  isObject,
  isActive,
  num,
  unwrap,
  listOf,
  hasNextPage,
  agentName,
  readAvailabilityTimes,
  readLatePointErrorBody,
  type LatePointService,
  type LatePointLocation,
  type LatePointAgent,
  type LatePointCustomer,
  type LatePointBooking,
} from './latepoint-read.js';

/*
 * LatePoint REST API extension (docs-restapi.wplimit.com), per shared/seeds/latepoint-create-booking.txt
 * and shared/api-notes.md §3. Times are the WordPress site's wall-clock (`start_date` + `start_time`
 * "HH:MM"), converted through `timeZone` here and nowhere else.
 *
 * Where the docs are silent or inconsistent, this adapter accepts:
 * - envelopes `{status:"success", data}`, `{success:true, data}` and a bare body;
 * - lists as `data: [...]` or `data: {items|services|agents|locations|customers: [...]}`, paged with
 *   `page`/`per_page` (100) while `meta`/`pagination` report more pages;
 * - errors `{status:"error", error:{code, message, details}}`, `{error:{...}}` and WordPress REST
 *   `{code, message, data:{status, params|details}}`;
 * - availability (response undocumented) as a list of "HH:MM"/"HH:MM:SS" strings, minutes after
 *   midnight (870 or "870"), or objects with `start_time`/`time`/`start` (skipped when
 *   `available`/`is_available` is false), found as `data`, `data.available_slots` (the docs' own
 *   usage example), `data.slots`, `data.times`, `data.timeslots` or `data[<date>]`;
 * - numbers as numbers or strings ("60", "100.0000").
 */

export interface LatePointAdapterOptions {
  /** `https://{site}/wp-json/latepoint-api/v1`, or a key-holding proxy. */
  apiBase: string;
  /** Sent as `X-API-Key`. LatePoint has no browser-safe key: prefer a server-side proxy that adds it. */
  apiKey?: string;
  /** The WordPress site's IANA zone. */
  timeZone: string;
  /** `pending` (LatePoint's default), `approved` or `cancelled`. */
  bookingStatus?: string;
  /** Most availability requests in flight at once (one per agent and day). */
  concurrency?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createLatePointAdapter(options: LatePointAdapterOptions): BookingAdapter {
  const { timeZone, bookingStatus = 'pending' } = options;
  const limit = limiter(Math.max(1, options.concurrency ?? 4));
  const http = createHttpClient({
    baseUrl: options.apiBase,
    headers: options.apiKey ? { 'X-API-Key': options.apiKey } : {},
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    readErrorBody: readLatePointErrorBody,
    fieldMap: {
      'customer.first_name': 'firstName',
      'customer.last_name': 'lastName',
      'customer.email': 'email',
      'customer.phone': 'phone',
      first_name: 'firstName',
      last_name: 'lastName',
      email: 'email',
      phone: 'phone',
      notes: 'notes',
      start_time: 'slot',
      start_date: 'slot',
      agent_id: 'slot',
    },
    // Not documented: a taken time is recognised by a 409 or an availability-style error code.
    classify: (status, info) =>
      status === 409 || ((status === 400 || status === 422) && /avail|conflict|taken|booked|slot|overlap/i.test(info.backendCode ?? ''))
        ? 'slot-taken'
        : undefined,
  });

  async function listAll<T>(path: string, query: Record<string, string | undefined>, keys: string[], signal?: AbortSignal): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; page <= 20; page++) {
      const body = await http.request<unknown>({ path, query: { ...query, page: String(page), per_page: '100' }, signal });
      const items = listOf<T>(body, ...keys);
      all.push(...items);
      if (items.length === 0 || !hasNextPage(body, page)) break;
    }
    return all;
  }

  const services = new Map<string, Service>();
  const agentsCache = new Map<string, Promise<Professional[]>>();

  async function listProfessionals({ locationId, serviceId }: { locationId?: string; serviceId?: string }, signal?: AbortSignal) {
    return (await listAll<LatePointAgent>('/agents', { location_id: locationId, service_id: serviceId, status: 'active' }, ['agents'], signal))
      .filter(isActive)
      .map((a) => ({ id: String(a.id), name: agentName(a) }));
  }

  /** Agents for "any": cached per location and service for the adapter's life (a failed list is asked again). */
  function agentsFor(locationId: string | undefined, serviceId: string, signal?: AbortSignal): Promise<Professional[]> {
    const key = `${locationId ?? ''}|${serviceId}`;
    let cached = agentsCache.get(key);
    if (!cached) {
      cached = listProfessionals({ locationId, serviceId }, signal);
      agentsCache.set(key, cached);
      cached.catch(() => agentsCache.delete(key));
    }
    return cached;
  }

  /*
   * Free times per agent and day, kept for a minute: the API answers one agent and one day per call and
   * live keys allow 60 calls a minute, so "any" and then a named agent must not ask the same days twice.
   * Only answers are kept (never a pending call, whose abort belongs to its caller), and every booking
   * attempt clears them, so the calendar shown after a failed booking is fresh.
   */
  const dayCache = new Map<string, { at: number; times: string[] }>();

  async function agentTimes(serviceId: string, agentId: string, date: PlainDate, duration: number | undefined, signal?: AbortSignal): Promise<string[]> {
    const key = [serviceId, agentId, date, duration ?? ''].join('|');
    const hit = dayCache.get(key);
    if (hit && Date.now() - hit.at < DAY_CACHE_MS) return hit.times;
    const body = await limit(() =>
      http.request<unknown>({
        path: '/availability',
        query: [['service_id', serviceId], ['agent_id', agentId], ['date', date], ['duration', duration]],
        signal,
      }),
    );
    const times = readAvailabilityTimes(body, date);
    dayCache.set(key, { at: Date.now(), times });
    return times;
  }

  /** One agent, one day: the documented shape of `/availability`. */
  async function agentDay(serviceId: string, agent: Professional, date: PlainDate, duration: number | undefined, signal?: AbortSignal): Promise<Slot[]> {
    const times = await agentTimes(serviceId, agent.id, date, duration, signal);
    // A repeated wall-clock time listed again is its second occurrence.
    const taken = new Set<number>();
    return times.map((time) => {
      const start = resolveWallClock(date, time, timeZone, { taken });
      taken.add(start.getTime());
      const end = new Date(start.getTime() + (duration ?? 60) * 60_000);
      return { date, time, start: toIsoInstant(start), end: toIsoInstant(end), professionals: [agent] };
    });
  }

  /** An exact, case-insensitive e-mail match (the `email` filter is a partial match). */
  async function findCustomerId(email: string, signal?: AbortSignal): Promise<string | undefined> {
    const body = await http.request<unknown>({ path: '/customers', query: { email, per_page: '100' }, signal });
    const match = listOf<LatePointCustomer>(body, 'customers').find((c) => c.email?.trim().toLowerCase() === email.trim().toLowerCase());
    return match ? String(match.id) : undefined;
  }

  return {
    capabilities: { locations: true, professionals: true, anyProfessional: true, bookingCode: true, maxAvailabilityDays: MAX_DAYS },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      const list = (await listAll<LatePointService>('/services', { status: 'active' }, ['services'], signal))
        .filter(isActive)
        .map((s) => ({
          id: String(s.id),
          name: s.name,
          durationMinutes: num(s.duration) ?? 60,
          price: num(s.price_min) ?? num(s.price) ?? num(s.charge_amount) ?? 0,
          description: s.short_description || s.description || undefined,
        }));
      for (const service of list) services.set(service.id, service);
      return list;
    },

    async listLocations({ signal }: RequestOptions = {}): Promise<Location[]> {
      return (await listAll<LatePointLocation>('/locations', {}, ['locations'], signal))
        .filter(isActive)
        .map((l) => ({ id: String(l.id), name: l.name, address: l.full_address ?? l.address ?? undefined }));
    },

    listProfessionals: (query, { signal }: RequestOptions = {}) => listProfessionals(query, signal),

    async getAvailability(query: AvailabilityQuery, { signal }: RequestOptions = {}): Promise<Availability> {
      const span = plainDaysBetween(query.from, query.to) + 1;
      if (span < 1 || span > MAX_DAYS) {
        throw new BookingError('unknown', `LatePoint availability spans at most ${MAX_DAYS} days (asked ${query.from}…${query.to}).`);
      }
      const agents = query.professionalId
        ? [{ id: query.professionalId, name: '' }]
        : await agentsFor(query.locationId, query.serviceId, signal);
      const duration = services.get(query.serviceId)?.durationMinutes;
      const days = Array.from({ length: span }, (_, i) => addPlainDays(query.from, i));
      const perCall = await Promise.all(days.flatMap((date) => agents.map((agent) => agentDay(query.serviceId, agent, date, duration, signal))));
      // "Any": the union over the agents, each start listing who is free then.
      const byStart = new Map<string, Slot>();
      for (const slot of perCall.flat()) {
        const existing = byStart.get(slot.start);
        if (existing) {
          existing.professionals.push(...slot.professionals.filter((p) => !existing.professionals.some((e) => e.id === p.id)));
          // A time a DST change skips and the time the clock reaches are one start: keep the real clock time.
          if (isSkippedWallClock(existing.date, existing.time, timeZone)) existing.time = slot.time;
        } else byStart.set(slot.start, { ...slot, professionals: [...slot.professionals] });
      }
      const slots = [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start));
      // A named agent's slots keep naming them only when their name is known (the widget has it).
      if (query.professionalId) for (const slot of slots) slot.professionals = slot.professionals.filter((p) => p.name);
      return { slots };
    },

    async createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
      const { service, location, professional, slot, client } = request;
      // The docs reject a new customer whose e-mail is already in use, so a returning customer is sent by id.
      // A key without Customers-read permission cannot look up: then the inline customer goes as typed.
      let customerId: string | undefined;
      try {
        customerId = await findCustomerId(client.email, signal);
      } catch (error) {
        if (!(error instanceof BookingError) || !['unauthorized', 'not-found'].includes(error.code)) throw error;
      }
      const body: Record<string, unknown> = {
        service_id: num(service.id) ?? service.id,
        agent_id: professional ? (num(professional.id) ?? professional.id) : 'any',
        start_date: slot.date,
        start_time: slot.time,
        ...(customerId
          ? { customer_id: num(customerId) ?? customerId }
          : { customer: { first_name: client.firstName, last_name: client.lastName, email: client.email, phone: client.phone } }),
        ...(location ? { location_id: num(location.id) ?? location.id } : {}),
        ...(client.notes ? { notes: client.notes } : {}),
        status: bookingStatus,
        // LatePoint's default, sent explicitly: the bulk endpoint defaults it to false.
        send_confirmation: true,
      };
      let created: LatePointBooking | undefined;
      try {
        created = unwrap(await http.request<unknown>({ method: 'POST', path: '/bookings', body, signal })) as LatePointBooking | undefined;
      } finally {
        dayCache.clear();
      }
      const agent = created?.agent && isObject(created.agent) ? { id: String(created.agent.id), name: agentName(created.agent) } : undefined;
      return {
        id: created?.id != null ? String(created.id) : undefined,
        code: created?.booking_code || undefined,
        status: created?.status ?? bookingStatus,
        start: slot.start,
        end: slot.end,
        professional: professional ?? agent,
        total: num(created?.price) ?? service.price,
      };
    },
  };
}

/** `backend="latepoint"` */
export const latePointBackend = (config: BackendConfig): BookingAdapter =>
  createLatePointAdapter({
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    timeZone: config.timeZone,
    bookingStatus: config.bookingStatus,
  });

export { agentName, readAvailabilityTimes, readLatePointErrorBody } from './latepoint-read.js';
