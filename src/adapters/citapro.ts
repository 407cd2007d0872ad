import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { createHttpClient } from '../core/http.js';
import type {
  Availability,
  AvailabilityQuery,
  BookingConfirmation,
  BookingRequest,
  Location,
  Professional,
  Service,
  Slot,
} from '../core/model.js';
import { instantToWallClock, resolveWallClock, toIsoInstant, type WallClockContext } from '../core/zoned-time.js';

/*
 * CitaPro (developers.citapro.app), per shared/seeds/citapro-*.txt.
 * Slot times come as business-zone wall-clock ("2026-03-10 09:00:00"); bookings are created with
 * ISO 8601 instants, so both directions convert through `timeZone` here and nowhere else.
 */

export interface CitaProAdapterOptions {
  /** Host the `/v1/...` paths hang from, e.g. `https://api.example.com` (or a key-holding proxy). */
  apiBase: string;
  /** Sent as `X-API-Key`. CitaPro keys are admin keys: prefer a server-side proxy that adds it. */
  apiKey?: string;
  /** The business's IANA zone. */
  timeZone: string;
  /** Status for new bookings (`reserved`, `pending`, `confirmed`, …). */
  bookingStatus?: string;
  notifyClient?: boolean;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface ListEnvelope<T> {
  total?: number;
  items?: T[];
}
interface CitaProService {
  id: string;
  name: string;
  duration: number | string;
  price: number | string;
  status?: string;
  description?: string | null;
}
interface CitaProLocation {
  id: string;
  name: string;
  address?: string | null;
  status?: string;
}
interface CitaProPerson {
  id: string;
  firstname?: string;
  lastname?: string;
  name?: string;
  status?: string;
}
interface CitaProSlot {
  startTime: string;
  endTime: string;
  professionals?: Array<{ id: string; name?: string }>;
}
interface CitaProAvailability {
  days?: string[];
  professionals?: Array<{ id: string; name?: string }>;
  slots?: CitaProSlot[];
  limitExceeded?: boolean;
}

const isActive = (item: { status?: string }) => !item.status || item.status === 'active';
const items = <T>(body: ListEnvelope<T> | T[] | undefined): T[] =>
  Array.isArray(body) ? body : (body?.items ?? []);
const personName = (p: CitaProPerson) => p.name ?? [p.firstname, p.lastname].filter(Boolean).join(' ');

/**
 * "2026-03-10 09:00:00" (business wall-clock) or an ISO instant with offset → slot times. Wall-clock in a
 * DST change follows the core's rules (`resolveWallClock`): a skipped time is the time the clock
 * reaches, a repeated one its first occurrence unless `context` says otherwise.
 */
function readSlotTime(value: string, timeZone: string, context?: WallClockContext): { date: string; time: string; instant: string } {
  const wallClock = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?$/.exec(value.trim());
  if (wallClock) {
    const [, date, time] = wallClock;
    return { date, time, instant: toIsoInstant(resolveWallClock(date, time, timeZone, context)) };
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new Error(`Unreadable slot time: ${value}`);
  return { ...instantToWallClock(instant, timeZone), instant: toIsoInstant(instant) };
}

export function createCitaProAdapter(options: CitaProAdapterOptions): BookingAdapter {
  const { timeZone, bookingStatus = 'pending', notifyClient = true } = options;
  const http = createHttpClient({
    baseUrl: options.apiBase,
    headers: options.apiKey ? { 'X-API-Key': options.apiKey } : {},
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    fieldMap: {
      firstname: 'firstName',
      lastname: 'lastName',
      email: 'email',
      phone: 'phone',
      internalNote: 'notes',
      startTime: 'slot',
      endTime: 'slot',
      personId: 'slot',
    },
    // The seed documents a taken slot as a 422 on the start time.
    classify: (status, _info, fields) => (status === 422 && fields.slot ? 'slot-taken' : undefined),
  });
  /**
   * Every item of a list. The docs show `{ total, items }` but not the paging parameters, so further
   * pages are asked with `page=N` only while `total` says items are missing, and asking stops as soon
   * as a page brings nothing new (a server that ignores `page` answers the first page again).
   */
  async function listAll<T extends { id: string }>(path: string, query: Record<string, string | undefined>, signal?: AbortSignal): Promise<T[]> {
    const first = await http.request<ListEnvelope<T> | T[]>({ path, query, signal });
    const all = items(first);
    const total = Array.isArray(first) ? all.length : (first?.total ?? all.length);
    const seen = new Set(all.map((item) => String(item.id)));
    for (let page = 2; all.length < total && page <= 20; page++) {
      const fresh = items(await http.request<ListEnvelope<T>>({ path, query: { ...query, page: String(page) }, signal })).filter(
        (item) => !seen.has(String(item.id)),
      );
      if (fresh.length === 0) break;
      for (const item of fresh) seen.add(String(item.id));
      all.push(...fresh);
    }
    return all;
  }

  // Client ids by e-mail, so retrying a booking after an error never creates the client twice.
  const clientIds = new Map<string, string>();

  async function findClient(email: string, signal?: AbortSignal): Promise<string | undefined> {
    const body = await http.request<ListEnvelope<{ id: string; email?: string }>>({
      path: '/v1/clients',
      query: [
        ['filters[0][field]', 'email'],
        ['filters[0][operator]', '='],
        ['filters[0][value]', email],
      ],
      signal,
    });
    const list = items(body);
    // Match exactly, whatever the server's filter semantics turn out to be.
    return (list.find((c) => c.email?.toLowerCase() === email.toLowerCase()) ?? list[0])?.id;
  }

  async function clientIdFor(request: BookingRequest, signal?: AbortSignal): Promise<string> {
    const { client } = request;
    const key = client.email.toLowerCase();
    const known = clientIds.get(key) ?? (await findClient(client.email, signal));
    if (known) {
      clientIds.set(key, known);
      return known;
    }
    const created = await http.request<{ id: string }>({
      method: 'POST',
      path: '/v1/clients',
      body: { firstname: client.firstName, lastname: client.lastName, email: client.email, phone: client.phone },
      signal,
    });
    clientIds.set(key, created.id);
    return created.id;
  }

  return {
    capabilities: { locations: true, professionals: true, anyProfessional: true, maxAvailabilityDays: 30 },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      return (await listAll<CitaProService>('/v1/services', {}, signal))
        .filter(isActive)
        .map((s) => ({
          id: String(s.id),
          name: s.name,
          durationMinutes: Number(s.duration),
          price: Number(s.price ?? 0),
          description: s.description ?? undefined,
        }));
    },

    async listLocations({ signal }: RequestOptions = {}): Promise<Location[]> {
      return (await listAll<CitaProLocation>('/v1/locations', {}, signal))
        .filter(isActive)
        .map((l) => ({ id: String(l.id), name: l.name, address: l.address ?? undefined }));
    },

    async listProfessionals({ locationId }, { signal }: RequestOptions = {}): Promise<Professional[]> {
      return (await listAll<CitaProPerson>('/v1/people', { locationId }, signal))
        .filter(isActive)
        .map((p) => ({ id: String(p.id), name: personName(p) }));
    },

    async getAvailability(query: AvailabilityQuery, { signal }: RequestOptions = {}): Promise<Availability> {
      const body = await http.request<CitaProAvailability>({
        path: '/v1/bookings/availability',
        query: [
          ['locationId', query.locationId],
          ['serviceId', query.serviceId],
          ['startDate', query.from],
          ['endDate', query.to],
          ['professionalId', query.professionalId],
        ],
        signal,
      });
      // Starts already read: a repeated wall-clock time listed again is its second occurrence.
      const taken = new Set<number>();
      const slots: Slot[] = (body?.slots ?? []).map((slot) => {
        const start = readSlotTime(slot.startTime, timeZone, { taken });
        taken.add(Date.parse(start.instant));
        // An end in a repeated hour is the occurrence after the start.
        const end = readSlotTime(slot.endTime, timeZone, { after: new Date(start.instant) });
        const professionals = (slot.professionals ?? []).map((p) => ({ id: String(p.id), name: p.name ?? '' }));
        return { date: start.date, time: start.time, start: start.instant, end: end.instant, professionals };
      });
      return { slots, limitExceeded: body?.limitExceeded === true };
    },

    async createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
      const { service, location, slot, client } = request;
      const person = request.professional ?? slot.professionals[0];
      const clientId = await clientIdFor(request, signal);
      const body: Record<string, unknown> = {
        startTime: slot.start,
        endTime: slot.end,
        status: bookingStatus,
        amount: service.price,
        clientId,
        locationId: location?.id,
        serviceId: service.id,
        ...(person ? { personId: person.id } : {}),
        notifyClient,
        // CitaPro's create body has no customer-note field; the internal note is where staff read it.
        ...(client.notes ? { internalNote: client.notes } : {}),
      };
      const created = await http.request<{ id: string }>({ method: 'POST', path: '/v1/bookings', body, signal });
      return {
        id: created?.id != null ? String(created.id) : undefined,
        status: bookingStatus,
        start: slot.start,
        end: slot.end,
        professional: person,
        total: service.price,
      };
    },
  };
}

/** `backend="citapro"` */
export const citaProBackend = (config: BackendConfig): BookingAdapter =>
  createCitaProAdapter({
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    timeZone: config.timeZone,
    bookingStatus: config.bookingStatus,
  });
