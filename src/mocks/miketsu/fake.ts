import { delay, http, type RequestHandler } from 'msw';
import { toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { createMiketsuSeedData, type MiketsuBooking, type MiketsuState } from './data.js';
import { calendarRoute, joinSession, seedClassSessions } from './group.js';
import { deskBook, merchantServicesView } from './merchant.js';
import { created, fail, isObject, MIKETSU_MESSAGES, MINUTE, ok, RFC3339 } from './respond.js';
import { checkStart, computeAvailability, findService, isGroupService, type MiketsuDay, type StartCheck } from './schedule.js';

export { MIKETSU_MESSAGES } from './respond.js';

/*
 * A stateful fake of Miketsu Reservations as msw handlers (seed merchant-api-bookings.txt and api-notes §4).
 * - Layouts: `seed` → `/merchants/{name}` (merchant with its categories),
 *   `/merchants/{name}/locations/{l}/services/{s}/availability`, `POST /bookings/customer`, and for
 *   employees `GET /merchant/services`, `GET /merchant/customers`, `GET /merchant/settings`,
 *   `GET /bookings/calendar/events`, `POST /bookings/merchant`; `public` → `/public/merchants/{name}/` (merchant without services),
 *   `/public/merchants/{name}/services`, the same availability under `/public/merchants/{name}`,
 *   `POST /public/bookings/`, and the employee routes under `/merchants/{merchantId}/` (`services`,
 *   `customers`, `settings`, `calendar/events`, `bookings/`). The merchant route only creates bookings
 *   (a class booked there is a new session); customers join sessions through the customer route.
 * - Success `{ data }`; a booking is 201 with no body. Errors `{ error: { message } }`, 400 for
 *   nearly everything, 401 without the Bearer token when `apiKey` is set (the catalog and availability
 *   are public; without `apiKey` a session is assumed), and 401 on the employee routes for `staff: false`.
 * - `conflicts: 'seed'` (default) answers as the docs do: a taken time 409, a full class 409, an unknown
 *   service or customer on the merchant route 404. `conflicts: 'code'` answers as the real code does:
 *   400 with a message, a full class "no rows in result set". (The real code books overlaps without a
 *   word; a fake that did so could not test the widget's own check, so the switch keeps a refusal.)
 * - "Yoga en grupo" is a class of 6 with sessions on the Monday, Wednesday and Friday evenings of the
 *   two weeks after `now()` (the first one full). The public catalog does not say which services are
 *   classes (as in the code); the merchant catalog and the calendar do.
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
  /** How a taken time, a full class and an unknown id are refused: as the docs (409, 404) or the code (400). */
  conflicts?: 'seed' | 'code';
  /** Whether the session is an employee's (default true); false refuses the employee routes with 401. */
  staff?: boolean;
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
  /** Others take every seat left in that class or event session. */
  fillSession(bookingId: number): void;
}

export function createMiketsuFake(options: MiketsuFakeOptions = {}): MiketsuFake {
  const { timeZone = 'UTC', now = () => new Date(), latencyMs = 0, layout = 'seed', apiKey, conflicts = 'seed', staff = true } = options;
  const base = (options.baseUrl ?? 'https://host.example/api/v1').replace(/\/+$/, '');
  const state = {} as MiketsuState;
  const requests: MiketsuRecordedRequest[] = [];
  let nextId = 1;
  let nextParticipant = 1;
  const ids = { booking: () => nextId++, participant: () => nextParticipant++ };

  function reset(): void {
    Object.assign(state, createMiketsuSeedData(timeZone));
    requests.length = 0;
    nextId = 1;
    nextParticipant = 1;
    seedClassSessions(state, now(), timeZone, ids);
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

  /** Employee routes: a valid session (token), of an employee, of this merchant. */
  const staffRefusal = (request: Request, params: Record<string, unknown> = {}): Response | undefined => {
    if (!authorized(request)) return fail(MIKETSU_MESSAGES.unauthorized, 401);
    if (!staff) return fail(MIKETSU_MESSAGES.staffOnly, 401);
    if (params.merchantId !== undefined && params.merchantId !== state.merchant_id) return fail(MIKETSU_MESSAGES.otherMerchant, 401);
    return undefined;
  };
  const who = (request: Request) => request.headers.get('Authorization') ?? 'session';

  // The public catalog does not carry booking_type or the participant limits (as in the code).
  const publicCategories = () =>
    structuredClone(state.merchant.services).map((c) => ({
      ...c,
      services: c.services.map(({ booking_type: _t, min_participants: _min, max_participants: _max, ...s }) => s),
    }));
  const merchantView = (withServices: boolean) => {
    const { services: _all, ...rest } = structuredClone(state.merchant);
    return withServices ? { ...rest, services: publicCategories() } : rest;
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
    if (isGroupService(service) || body.booking_id !== undefined) return joinSession({ state, now: now(), conflicts, ids }, service, body, start);
    const check = checkStart(state, service, state.merchant.location_id, start, now(), timeZone);
    if (!check.ok) return refusal(check);
    state.bookings.push({
      id: nextId++,
      booking_type: 'appointment',
      merchant_name: state.merchant.url_name,
      service_id: service.id,
      location_id: state.merchant.location_id,
      from_date: toIsoInstant(start),
      to_date: toIsoInstant(new Date(start.getTime() + service.total_duration * MINUTE)),
      customer_note: typeof note === 'string' ? note : null,
      booking_status: 'confirmed',
      customer: who(request),
    });
    return created();
  };

  const merchantServicesRoute: Handle = ({ request, params }) => staffRefusal(request, params) ?? ok(merchantServicesView(state));
  const customersRoute: Handle = ({ request, params }) => staffRefusal(request, params) ?? ok(structuredClone(state.customers));
  const settingsRoute: Handle = ({ request, params }) =>
    staffRefusal(request, params) ?? ok({ ...state.settings, timezone: state.merchant.timezone, business_hours: structuredClone(state.merchant.business_hours) });
  const calendarEventsRoute: Handle = ({ request, params, url }) => staffRefusal(request, params) ?? calendarRoute(state, url);
  const deskRoute: Handle = ({ request, params, body }) => staffRefusal(request, params) ?? deskBook({ state, timeZone, conflicts, ids }, body, who(request));

  const notFound: Handle = () => fail('not found', 404);

  const merchantRoute = (withServices: boolean): Handle => ({ params }) =>
    params.name === state.merchant.url_name ? ok(merchantView(withServices)) : fail(MIKETSU_MESSAGES.merchant);

  const availabilityPath = '/locations/:locationId/services/:serviceId/availability';
  const handlers: RequestHandler[] =
    layout === 'public'
      ? [
          route('get', '/public/merchants/:name/services', ({ params }) =>
            params.name === state.merchant.url_name ? ok(publicCategories()) : fail(MIKETSU_MESSAGES.merchant)),
          route('get', `/public/merchants/:name${availabilityPath}`, availabilityRoute),
          route('get', '/public/merchants/:name/', merchantRoute(false)),
          route('get', '/public/merchants/:name', merchantRoute(false)),
          route('post', '/public/bookings/', bookRoute),
          route('post', '/public/bookings', bookRoute),
          route('get', '/merchants/:merchantId/services', merchantServicesRoute),
          route('get', '/merchants/:merchantId/customers', customersRoute),
          route('get', '/merchants/:merchantId/settings', settingsRoute),
          route('get', '/merchants/:merchantId/calendar/events', calendarEventsRoute),
          route('post', '/merchants/:merchantId/bookings/', deskRoute),
          route('post', '/merchants/:merchantId/bookings', deskRoute),
          route('all', '/*', notFound),
        ]
      : [
          route('get', `/merchants/:name${availabilityPath}`, availabilityRoute),
          route('get', '/merchants/:name', merchantRoute(true)),
          route('post', '/bookings/customer', bookRoute),
          route('get', '/merchant/services', merchantServicesRoute),
          route('get', '/merchant/customers', customersRoute),
          route('get', '/merchant/settings', settingsRoute),
          route('get', '/bookings/calendar/events', calendarEventsRoute),
          route('post', '/bookings/merchant', deskRoute),
          route('all', '/*', notFound),
        ];

  function takeSlot({ serviceId, date, time }: { serviceId: number; date: string; time: string }): number {
    const service = findService(state, serviceId);
    if (!service) throw new Error(`takeSlot: no service ${serviceId}`);
    const start = wallClockToInstant(date, time, timeZone);
    const booking: MiketsuBooking = {
      id: nextId++,
      booking_type: 'appointment',
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

  function fillSession(bookingId: number): void {
    const session = state.sessions.find((b) => b.id === bookingId);
    if (!session?.max_participants) throw new Error(`fillSession: no group booking ${bookingId}`);
    const participants = (session.participants ??= []);
    while (participants.filter((p) => p.status !== 'cancelled').length < session.max_participants) {
      participants.push({ id: nextParticipant++, customer_id: null, first_name: '', last_name: '', customer_note: null, status: 'confirmed' });
    }
  }

  return { handlers, state, requests, reset, takeSlot, availability, fillSession };
}
