import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { readJsonBody } from '../request-body.js';
import { todayIn, toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { createCitaProSeedData } from './data.js';
import { checkSlot, computeAvailability, type SlotCheck } from './schedule.js';
import type {
  AvailabilityParams,
  AvailabilityResponse,
  CitaProBooking,
  CitaProSeedData,
  RecordedRequest,
  TakeSlotInput,
} from './types.js';
import {
  matchesFilters,
  parseFilters,
  parsePaging,
  validateAvailabilityQuery,
  validateBookingBody,
  validateClientBody,
  type FieldErrors,
} from './validate.js';
import { bookingView, clientView, locationView, personView, serviceView } from './views.js';

/*
 * A stateful fake of the CitaPro API (shared/seeds/citapro-*.txt) as msw handlers.
 * Where the seeds are silent, the fake does what a REST API of this style (Laravel-like 422 bodies)
 * usually does:
 * - Lists take `page` (from 1) and `limit` (default 20, max 100) and the `filters[i][field|operator|value]`
 *   grammar (operators `=`, `!=`, `like`) on the items' scalar fields; `total` counts every match.
 * - Availability: `professionalId` is the filter's name (the seed's table). Missing, unknown or inactive
 *   `locationId`/`serviceId` → 422 on that field; a span over 30 days or an end before the start → 422
 *   on `endDate`. A range past the horizon is clipped and flagged, never refused.
 * - Bookings: the start must be at least the lead time away, within the horizon, inside one opening range
 *   of the location, and the professional (or, without `personId`, anyone assigned and free, who is then
 *   assigned) free for [startTime, endTime) at every location. Start times need not sit on the slot grid
 *   and `endTime` need not match the service duration. Failures are 422 on `startTime`; a professional
 *   not assigned to the location is 422 on `personId`. Inactive services/locations/people are 422.
 *   A booking created as `cancelled` takes no time. Unknown body fields and origin fields are ignored.
 * - PUT re-checks the slot when the time, place, service or professional changes, or a cancelled
 *   booking is revived. DELETE (soft) sets `status: "cancelled"` and is idempotent; the booking stays
 *   readable. GET/DELETE of an unknown booking → 404; PUT → 422 on `id` (as the reference says).
 * - Auth runs before anything else; then a malformed or non-object JSON body → 400 `{ message }`.
 *   Any other path under the base URL → 404 `{ message }`.
 */

export interface CitaProFakeOptions {
  /** Handlers match `${baseUrl}/v1/...`. */
  baseUrl?: string;
  /** IANA zone of the business's wall-clock times. */
  timeZone?: string;
  /** When set, every request must carry it (X-API-Key or Authorization: Bearer). */
  apiKey?: string;
  /** Keys answered with "API key is expired or revoked.". */
  revokedApiKeys?: string[];
  now?: () => Date;
  /** Artificial delay before every response. */
  latencyMs?: number;
  /** Initial data (copied on every reset); default: the built-in salon, bookings relative to `now()`. */
  data?: CitaProSeedData;
}

export type CitaProState = CitaProSeedData;

export interface CitaProFake {
  handlers: RequestHandler[];
  /** Live state: inspect it, or change it to set up a case. */
  state: CitaProState;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Back to the initial data; clears `requests`. */
  reset(): void;
  /** Another customer books that wall-clock start (throws when nobody is free); returns the booking id. */
  takeSlot(input: TakeSlotInput): string;
  /** What `GET /v1/bookings/availability` would answer (throws on a query it would reject). */
  availability(query: AvailabilityParams): AvailabilityResponse;
}

export const CITAPRO_AUTH_MESSAGES = {
  missing: 'API key is required. Provide it via X-API-Key header or Authorization Bearer.',
  invalid: 'Invalid API key.',
  revoked: 'API key is expired or revoked.',
} as const;

const INVALID = 'The given data was invalid.';
const MINUTE = 60_000;

type Params = Record<string, string | readonly string[] | undefined>;
type Route = (input: { url: URL; params: Params; body: Record<string, unknown> }) => Response | Promise<Response>;

const json = (body: unknown, status = 200) => HttpResponse.json(body as never, { status });
const invalid = (errors: FieldErrors) => json({ message: INVALID, errors }, 422);
const noContent = () => new HttpResponse(null, { status: 204 });
const notFound = () => json({ message: 'Booking not found.' }, 404);
const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createCitaProFake(options: CitaProFakeOptions = {}): CitaProFake {
  const { timeZone = 'UTC', apiKey, revokedApiKeys = [], now = () => new Date(), latencyMs = 0 } = options;
  const base = (options.baseUrl ?? 'https://api.citapro.test').replace(/\/+$/, '');
  const state = {} as CitaProState;
  const requests: RecordedRequest[] = [];
  const ctx = () => ({ now: now(), timeZone });

  function reset(): void {
    Object.assign(state, options.data ? structuredClone(options.data) : createCitaProSeedData(now(), timeZone));
    requests.length = 0;
  }
  reset();

  function authenticate(request: Request): Response | undefined {
    if (apiKey === undefined) return undefined;
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
    const key = request.headers.get('X-API-Key')?.trim() || bearer;
    const message =
      !key ? CITAPRO_AUTH_MESSAGES.missing
      : revokedApiKeys.includes(key) ? CITAPRO_AUTH_MESSAGES.revoked
      : key !== apiKey ? CITAPRO_AUTH_MESSAGES.invalid
      : undefined;
    return message ? json({ message }, 401) : undefined;
  }

  /** Logs, delays and authenticates every request, and parses JSON bodies for writes. */
  const route = (method: 'get' | 'post' | 'put' | 'delete' | 'all', path: string, handle: Route) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const { body, malformed } = await readJsonBody(request);
      requests.push({ method: request.method, url, body });
      if (latencyMs > 0) await delay(latencyMs);
      const denied = authenticate(request);
      if (denied) return denied;
      if (malformed) return json({ message: 'The request body is not valid JSON.' }, 400);
      if (body !== undefined && !isObject(body)) return json({ message: 'The request body must be a JSON object.' }, 400);
      return handle({ url, params, body: (body ?? {}) as Record<string, unknown> });
    });

  /** `{ total, items }` after filters and paging. */
  function list<T extends object>(url: URL, items: T[], fields: readonly string[]): Response {
    const filtered = parseFilters(url.searchParams, fields);
    const paging = parsePaging(url.searchParams);
    const errors = { ...filtered.errors, ...paging.errors };
    if (hasErrors(errors)) return invalid(errors);
    const matches = items.filter((item) => matchesFilters(item, filtered.filters));
    const from = (paging.page - 1) * paging.limit;
    return json({ total: matches.length, items: matches.slice(from, from + paging.limit) });
  }

  const findBooking = (params: Params) => state.bookings.find((b) => b.id === params.id);

  function newBooking(fields: Pick<CitaProBooking, 'startTime' | 'endTime' | 'status' | 'amount' | 'clientId' | 'locationId' | 'serviceId'> & Partial<CitaProBooking>): CitaProBooking {
    return {
      id: crypto.randomUUID(),
      internalNote: null,
      clientNote: null,
      paymentStatus: null,
      isFromWeb: false,
      isFromAgent: false,
      personId: null,
      paymentId: null,
      businessAccountId: state.settings.businessAccountId,
      notifyClient: true,
      repeatGroupId: null,
      answers: null,
      questionaryId: null,
      createdAt: toIsoInstant(now()),
      ...fields,
    };
  }

  const SLOT_MESSAGES: Record<Exclude<SlotCheck, { ok: true }>['reason'], () => string> = {
    'too-soon': () => `The start time must be at least ${state.settings.minLeadMinutes} minutes from now.`,
    'too-far': () => `The start time is beyond the booking window of ${state.settings.horizonDays} days.`,
    closed: () => 'The location is closed at the selected time.',
    unavailable: () => 'The selected time slot is not available.',
  };

  /** Whether the booking can take its time; the professional it gets (assigned when none was named). */
  function place(b: CitaProBooking, ignoreBookingId?: string): { errors: FieldErrors } | { personId: string | null } {
    if (b.status === 'cancelled') return { personId: b.personId };
    const person = state.people.find((p) => p.id === b.personId);
    if (person && !person.locationIds.includes(b.locationId)) {
      return { errors: { personId: ['The selected professional does not work at the selected location.'] } };
    }
    const start = new Date(b.startTime);
    const end = new Date(b.endTime);
    const check = checkSlot(state, { locationId: b.locationId, start, end, personId: person?.id, ignoreBookingId }, ctx());
    if (!check.ok) return { errors: { startTime: [SLOT_MESSAGES[check.reason]()] } };
    return { personId: person?.id ?? check.people[0].id };
  }

  function availability(query: AvailabilityParams): AvailabilityResponse {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined));
    const result = validateAvailabilityQuery(params, state, todayIn(timeZone, now()));
    if ('errors' in result) throw new Error(`Invalid availability query: ${JSON.stringify(result.errors)}`);
    return computeAvailability(state, result.query, ctx());
  }

  const handlers: RequestHandler[] = [
    route('get', '/v1/services', ({ url }) =>
      list(url, state.services.map(serviceView), ['id', 'name', 'duration', 'price', 'status', 'categoryId'])),
    route('get', '/v1/locations', ({ url }) =>
      list(url, state.locations.map(locationView), ['id', 'name', 'address', 'status'])),
    route('get', '/v1/people', ({ url }) => {
      const locationId = url.searchParams.get('locationId');
      const people = locationId ? state.people.filter((p) => p.locationIds.includes(locationId)) : state.people;
      return list(url, people.map(personView), ['id', 'firstname', 'lastname', 'email', 'phone', 'status']);
    }),
    route('get', '/v1/bookings/availability', ({ url }) => {
      const result = validateAvailabilityQuery(url.searchParams, state, todayIn(timeZone, now()));
      if ('errors' in result) return invalid(result.errors);
      return json(computeAvailability(state, result.query, ctx()));
    }),
    route('get', '/v1/clients', ({ url }) =>
      list(url, state.clients.map(clientView), ['id', 'firstname', 'lastname', 'email', 'phone'])),
    route('post', '/v1/clients', ({ body }) => {
      const { errors, input } = validateClientBody(body, state);
      if (hasErrors(errors)) return invalid(errors);
      const id = crypto.randomUUID();
      state.clients.push({ id, ...input });
      return json({ id }, 201);
    }),
    route('get', '/v1/bookings', ({ url }) => {
      const sorted = [...state.bookings].sort((a, b) => a.startTime.localeCompare(b.startTime));
      return list(url, sorted.map((b) => bookingView(b, state, timeZone)),
        ['id', 'status', 'clientId', 'locationId', 'serviceId', 'personId']);
    }),
    route('get', '/v1/bookings/:id', ({ params }) => {
      const booking = findBooking(params);
      return booking ? json(bookingView(booking, state, timeZone)) : notFound();
    }),
    route('post', '/v1/bookings', ({ body }) => {
      const { errors, input } = validateBookingBody(body, state);
      if (hasErrors(errors)) return invalid(errors);
      const booking = newBooking(input as Parameters<typeof newBooking>[0]);
      const placed = place(booking);
      if ('errors' in placed) return invalid(placed.errors);
      state.bookings.push({ ...booking, personId: placed.personId });
      return json({ id: booking.id }, 201);
    }),
    route('put', '/v1/bookings/:id', ({ params, body }) => {
      const existing = findBooking(params);
      if (!existing) return invalid({ id: ['The selected booking id is invalid.'] });
      const { errors, input } = validateBookingBody(body, state, existing);
      if (hasErrors(errors)) return invalid(errors);
      const merged = { ...existing, ...input };
      const moved =
        (['startTime', 'endTime', 'locationId', 'serviceId', 'personId'] as const).some((f) => f in input && input[f] !== existing[f]) ||
        (existing.status === 'cancelled' && merged.status !== 'cancelled');
      if (moved) {
        const placed = place(merged, existing.id);
        if ('errors' in placed) return invalid(placed.errors);
        merged.personId = placed.personId;
      }
      Object.assign(existing, merged);
      return noContent();
    }),
    route('delete', '/v1/bookings/:id', ({ params }) => {
      const booking = findBooking(params);
      if (!booking) return notFound();
      booking.status = 'cancelled';
      return noContent();
    }),
    route('all', '/*', () => json({ message: 'Not found.' }, 404)),
  ];

  function takeSlot({ locationId, serviceId, date, time, personId }: TakeSlotInput): string {
    const service = state.services.find((s) => s.id === serviceId);
    const client = state.clients[0];
    if (!service || !client) throw new Error('takeSlot needs an existing service and at least one client.');
    const start = wallClockToInstant(date, time, timeZone);
    const end = new Date(start.getTime() + service.duration * MINUTE);
    const check = checkSlot(state, { locationId, start, end, personId }, ctx());
    if (!check.ok) throw new Error(`takeSlot: ${date} ${time} cannot be booked (${check.reason}).`);
    const booking = newBooking({
      startTime: toIsoInstant(start),
      endTime: toIsoInstant(end),
      status: 'confirmed',
      amount: service.price,
      clientId: client.id,
      locationId,
      serviceId,
      personId: check.people[0].id,
      isFromWeb: true,
    });
    state.bookings.push(booking);
    return booking.id;
  }

  return { handlers, state, requests, reset, takeSlot, availability };
}
