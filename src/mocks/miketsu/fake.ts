import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { createMiketsuSeedData, type MiketsuBooking, type MiketsuState } from './data.js';
import { checkStart, computeAvailability, findService, type MiketsuDay, type StartCheck } from './schedule.js';

/*
 * A stateful fake of Miketsu Reservations' customer routes as msw handlers (seed
 * merchant-api-bookings.txt and api-notes §4).
 * - Layouts: `seed` → `/merchants/{name}` (merchant with its categories),
 *   `/merchants/{name}/locations/{l}/services/{s}/availability`, `POST /bookings/customer`;
 *   `public` → `/public/merchants/{name}/` (merchant without services), `/public/merchants/{name}/services`,
 *   the same availability under `/public/merchants/{name}`, `POST /public/bookings/`.
 * - Success `{ data }`; a booking is 201 with no body. Errors `{ error: { message } }`, 400 for
 *   everything (unknown merchant, service or location included), 401 without the Bearer token when
 *   `apiKey` is set (the catalog and availability are public).
 * - A taken time: `conflicts: 'seed'` (default) answers 409 as the seed documents; `conflicts: 'code'`
 *   answers 400 with a message, as the real code's errors do. (The real code books overlaps without a
 *   word; a fake that did so could not test the widget's own check, so the switch keeps a refusal.)
 * - New bookings are `confirmed` (the merchant's approval policy `auto`).
 */

export type MiketsuLayout = 'seed' | 'public';

export interface MiketsuFakeOptions {
  /** The API base, e.g. `https://host.example/api/v1`. */
  baseUrl?: string;
  /** The merchant's IANA zone (its `timezone` and the clock of its hours). */
  timeZone?: string;
  now?: () => Date;
  latencyMs?: number;
  layout?: MiketsuLayout;
  /** When set, booking routes need `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** How a taken time is refused: the seed's 409 or the code's 400. */
  conflicts?: 'seed' | 'code';
}

export interface MiketsuRecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  credentials: RequestCredentials;
  body: unknown;
}

export interface MiketsuFake {
  handlers: RequestHandler[];
  state: MiketsuState;
  requests: MiketsuRecordedRequest[];
  reset(): void;
  /** Another customer books that merchant-zone start; returns the booking id. */
  takeSlot(input: { serviceId: number; date: string; time: string }): number;
  /** What availability would answer for those merchant-zone dates. */
  availability(query: { serviceId: number; from: string; to: string }): MiketsuDay[];
}

export const MIKETSU_MESSAGES = {
  unauthorized: 'unauthorized: missing or invalid token',
  badJson: 'invalid request body',
  merchant: 'merchant not found',
  service: 'service not found',
  location: 'location not found',
  timeStamp: 'timeStamp must be an RFC 3339 date-time',
  range: 'start and end must be RFC 3339 date-times',
  note: 'customer note must be at most 500 characters',
  'too-soon': (minutes: number) => `booking time must be at least ${minutes} minutes from now`,
  'too-far': (months: number) => `booking time is beyond the ${months} month booking window`,
  closed: 'the selected time is outside business hours',
  overlap: 'the selected time slot is already booked',
} as const;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const MINUTE = 60_000;

const fail = (message: string, status = 400) => HttpResponse.json({ error: { message } }, { status });
const ok = (data: unknown) => HttpResponse.json({ data } as never);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function createMiketsuFake(options: MiketsuFakeOptions = {}): MiketsuFake {
  const { timeZone = 'UTC', now = () => new Date(), latencyMs = 0, layout = 'seed', apiKey, conflicts = 'seed' } = options;
  const base = (options.baseUrl ?? 'https://host.example/api/v1').replace(/\/+$/, '');
  const state = {} as MiketsuState;
  const requests: MiketsuRecordedRequest[] = [];
  let nextId = 1;

  function reset(): void {
    Object.assign(state, createMiketsuSeedData(timeZone));
    requests.length = 0;
    nextId = 1;
  }
  reset();

  type Handle = (input: { url: URL; params: Record<string, string | readonly string[] | undefined>; body: unknown; request: Request }) => Response;

  const route = (method: 'get' | 'post' | 'all', path: string, handle: Handle) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const text = await request.text();
      let body: unknown;
      try {
        body = text.trim() ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const url = new URL(request.url);
      requests.push({ method: request.method, url, headers: request.headers, credentials: request.credentials, body });
      if (latencyMs > 0) await delay(latencyMs);
      return handle({ url, params, body, request });
    });

  const authorized = (request: Request) =>
    apiKey === undefined || /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim() === apiKey;

  const merchantView = (withServices: boolean) => {
    const { services, ...rest } = structuredClone(state.merchant);
    return withServices ? { ...rest, services } : rest;
  };

  const availabilityRoute: Handle = ({ url, params }) => {
    if (params.name !== state.merchant.url_name) return fail(MIKETSU_MESSAGES.merchant);
    if (Number(params.locationId) !== state.merchant.location_id) return fail(MIKETSU_MESSAGES.location);
    const serviceId = Number(params.serviceId);
    if (!findService(state, serviceId)) return fail(MIKETSU_MESSAGES.service);
    const start = url.searchParams.get('start') ?? '';
    const end = url.searchParams.get('end') ?? '';
    if (!RFC3339.test(start) || !RFC3339.test(end) || Date.parse(end) < Date.parse(start)) return fail(MIKETSU_MESSAGES.range);
    return ok(computeAvailability(state, { serviceId, locationId: state.merchant.location_id, start: new Date(start), end: new Date(end) }, { now: now(), timeZone }));
  };

  function refusal(check: Exclude<StartCheck, { ok: true }>): Response {
    switch (check.reason) {
      case 'too-soon':
        return fail(MIKETSU_MESSAGES['too-soon'](state.settings.booking_window_min));
      case 'too-far':
        return fail(MIKETSU_MESSAGES['too-far'](state.settings.booking_window_max));
      case 'closed':
        return fail(MIKETSU_MESSAGES.closed);
      case 'overlap':
        return fail(MIKETSU_MESSAGES.overlap, conflicts === 'seed' ? 409 : 400);
    }
  }

  const bookRoute: Handle = ({ body, request }) => {
    if (!authorized(request)) return fail(MIKETSU_MESSAGES.unauthorized, 401);
    if (!isObject(body)) return fail(MIKETSU_MESSAGES.badJson);
    if (body.merchant_name !== state.merchant.url_name) return fail(MIKETSU_MESSAGES.merchant);
    const service = Number.isInteger(body.service_id) ? findService(state, body.service_id as number) : undefined;
    if (!service) return fail(MIKETSU_MESSAGES.service);
    if (body.location_id !== state.merchant.location_id) return fail(MIKETSU_MESSAGES.location);
    if (typeof body.timeStamp !== 'string' || !RFC3339.test(body.timeStamp)) return fail(MIKETSU_MESSAGES.timeStamp);
    const note = body.customer_note;
    if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 500)) return fail(MIKETSU_MESSAGES.note);
    const start = new Date(body.timeStamp);
    const check = checkStart(state, service, state.merchant.location_id, start, now(), timeZone);
    if (!check.ok) return refusal(check);
    state.bookings.push({
      id: nextId++,
      merchant_name: state.merchant.url_name,
      service_id: service.id,
      location_id: state.merchant.location_id,
      from_date: toIsoInstant(start),
      to_date: toIsoInstant(new Date(start.getTime() + service.total_duration * MINUTE)),
      customer_note: typeof note === 'string' ? note : null,
      booking_status: 'confirmed',
      customer: request.headers.get('Authorization') ?? 'session',
    });
    return new HttpResponse(null, { status: 201 });
  };

  const notFound: Handle = () => fail('not found', 404);

  const merchantRoute = (withServices: boolean): Handle => ({ params }) =>
    params.name === state.merchant.url_name ? ok(merchantView(withServices)) : fail(MIKETSU_MESSAGES.merchant);

  const availabilityPath = '/locations/:locationId/services/:serviceId/availability';
  const handlers: RequestHandler[] =
    layout === 'public'
      ? [
          route('get', '/public/merchants/:name/services', ({ params }) =>
            params.name === state.merchant.url_name ? ok(structuredClone(state.merchant.services)) : fail(MIKETSU_MESSAGES.merchant)),
          route('get', `/public/merchants/:name${availabilityPath}`, availabilityRoute),
          route('get', '/public/merchants/:name/', merchantRoute(false)),
          route('get', '/public/merchants/:name', merchantRoute(false)),
          route('post', '/public/bookings/', bookRoute),
          route('post', '/public/bookings', bookRoute),
          route('all', '/*', notFound),
        ]
      : [
          route('get', `/merchants/:name${availabilityPath}`, availabilityRoute),
          route('get', '/merchants/:name', merchantRoute(true)),
          route('post', '/bookings/customer', bookRoute),
          route('all', '/*', notFound),
        ];

  function takeSlot({ serviceId, date, time }: { serviceId: number; date: string; time: string }): number {
    const service = findService(state, serviceId);
    if (!service) throw new Error(`takeSlot: no service ${serviceId}`);
    const start = wallClockToInstant(date, time, timeZone);
    const booking: MiketsuBooking = {
      id: nextId++,
      merchant_name: state.merchant.url_name,
      service_id: serviceId,
      location_id: state.merchant.location_id,
      from_date: toIsoInstant(start),
      to_date: toIsoInstant(new Date(start.getTime() + service.total_duration * MINUTE)),
      customer_note: null,
      booking_status: 'confirmed',
      customer: 'someone else',
    };
    state.bookings.push(booking);
    return booking.id;
  }

  function availability({ serviceId, from, to }: { serviceId: number; from: string; to: string }): MiketsuDay[] {
    return computeAvailability(
      state,
      { serviceId, locationId: state.merchant.location_id, start: wallClockToInstant(from, '00:00', timeZone), end: wallClockToInstant(to, '23:59', timeZone) },
      { now: now(), timeZone },
    );
  }

  return { handlers, state, requests, reset, takeSlot, availability };
}
