import { delay, http, type RequestHandler } from 'msw';
import { readJsonBody } from '../request-body.js';
import { todayIn, wallClockToInstant } from '../../core/zoned-time.js';
import {
  createLatePointSeedData,
  type LatePointAgentRecord,
  type LatePointBookingRecord,
  type LatePointBookingStatus,
  type LatePointCustomerRecord,
  type LatePointSeedData,
} from './data.js';
import {
  json,
  ok,
  fail,
  wpError,
  invalid,
  isObject,
  minutesToTime,
  timeToMinutes,
  TIME,
  EMAIL,
  weekday,
  validDate,
  intOf,
  serviceView,
  agentView,
  customerView,
  bookingView,
  type Details,
} from './views.js';

/*
 * A stateful fake of the LatePoint REST API extension (shared/seeds/latepoint-create-booking.txt,
 * shared/api-notes.md §3) as msw handlers. It speaks the docs' inconsistencies on purpose, so an adapter
 * that trusts one of them fails here:
 * - `/services`, `/locations`, `/customers` answer `{success:true, data, pagination{page, per_page, total,
 *   total_pages, has_next_page, has_previous_page}}`; `/agents`, `/availability` and `/bookings` answer
 *   `{status:"success", data, meta?}` (the intro's envelope). Ids are numbers; durations and prices are
 *   strings ("60", "75.0000"), as in the services docs.
 * - Errors: `{status:"error", error:{code, message, details}}`; 401 is `{error:{code:"unauthorized"}}`
 *   without `status`; missing availability parameters, malformed JSON and unknown routes use the
 *   WordPress REST shape `{code, message, data:{status}}`.
 * - Where the docs are silent: `/availability` answers `data.available_slots` as "HH:MM" strings (the
 *   shape the docs' own usage example reads), every `timeslotStep` minutes within the agent's hours,
 *   minus approved and pending bookings and past times. A taken time at create is 422 with code
 *   `agent_not_available` and a `start_time` detail. A new inline customer whose e-mail exists is 422 on
 *   `customer.email` ("Unique Email" in the docs); `customer_id` books a known customer.
 * - Key: `X-API-Key`, `Authorization: Bearer` or `api_key` in the query; `deniedPermissions` answers 403.
 */

export interface LatePointFakeOptions {
  /** Handlers match `${baseUrl}/...`, e.g. `https://site.example/wp-json/latepoint-api/v1`. */
  baseUrl?: string;
  /** The WordPress site's zone. */
  timeZone?: string;
  /** When set, every request must carry it. */
  apiKey?: string;
  /** Permissions the key lacks (`customers:read`, `bookings:create`, …): 403. */
  deniedPermissions?: string[];
  now?: () => Date;
  latencyMs?: number;
  data?: LatePointSeedData;
}

export interface LatePointRecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export interface LatePointTakeSlotInput {
  serviceId: number;
  agentId: number;
  date: string;
  /** `HH:MM` site wall-clock. */
  time: string;
  locationId?: number;
}

export interface LatePointFake {
  handlers: RequestHandler[];
  state: LatePointSeedData;
  requests: LatePointRecordedRequest[];
  reset(): void;
  /** Another customer books that time with that agent (throws when the agent is not free); returns the booking id. */
  takeSlot(input: LatePointTakeSlotInput): number;
  /** Free start times ("HH:MM") of one agent on one day, as `/availability` answers them. */
  freeTimes(serviceId: number, agentId: number, date: string, duration?: number): string[];
}

type Route = (input: { url: URL; params: Record<string, string | readonly string[] | undefined>; body: Record<string, unknown> }) => Response | Promise<Response>;

export function createLatePointFake(options: LatePointFakeOptions = {}): LatePointFake {
  const { timeZone = 'UTC', apiKey, deniedPermissions = [], now = () => new Date(), latencyMs = 0 } = options;
  const base = (options.baseUrl ?? 'https://site.example/wp-json/latepoint-api/v1').replace(/\/+$/, '');
  const state = {} as LatePointSeedData;
  const requests: LatePointRecordedRequest[] = [];

  function reset(): void {
    Object.assign(state, options.data ? structuredClone(options.data) : createLatePointSeedData(now(), timeZone));
    requests.length = 0;
  }
  reset();

  /** `{success:true, data, pagination}` after `page`/`per_page` (default 10, max 100). */
  function paged<T>(url: URL, items: T[], envelope: 'success' | 'status' = 'success'): Response {
    const page = intOf(url.searchParams.get('page') ?? '1');
    const perPage = intOf(url.searchParams.get('per_page') ?? '10');
    const details: Details = {};
    if (page === undefined || page < 1) details.page = 'Must be a positive integer';
    if (perPage === undefined || perPage < 1 || perPage > 100) details.per_page = 'Must be between 1 and 100';
    if (Object.keys(details).length) return fail(400, 'invalid_parameters', 'Invalid parameters', details);
    const totalPages = Math.max(1, Math.ceil(items.length / perPage!));
    const data = items.slice((page! - 1) * perPage!, page! * perPage!);
    if (envelope === 'status') return ok(data, 200, { meta: { total: items.length, page, per_page: perPage, total_pages: totalPages } });
    return json({
      success: true,
      data,
      pagination: { page, per_page: perPage, total: items.length, total_pages: totalPages, has_next_page: page! < totalPages, has_previous_page: page! > 1 },
    });
  }

  function authenticate(request: Request, url: URL): Response | undefined {
    if (apiKey === undefined) return undefined;
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('Authorization') ?? '')?.[1]?.trim();
    const key = request.headers.get('X-API-Key')?.trim() || bearer || url.searchParams.get('api_key');
    return key === apiKey ? undefined : json({ error: { code: 'unauthorized', message: 'Invalid or missing API key' } }, 401);
  }

  const route = (method: 'get' | 'post' | 'put' | 'all', path: string, permission: string | undefined, handle: Route) =>
    http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const { body, malformed } = await readJsonBody(request);
      requests.push({ method: request.method, url, headers: request.headers, body });
      if (latencyMs > 0) await delay(latencyMs);
      const denied = authenticate(request, url);
      if (denied) return denied;
      if (permission && deniedPermissions.includes(permission)) {
        return fail(403, 'forbidden', `Insufficient permissions: this API key lacks ${permission}`);
      }
      if (!state.settings.pluginActive) return fail(503, 'latepoint_not_available', 'LatePoint not available');
      if (malformed || (body !== undefined && !isObject(body))) return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
      return handle({ url, params, body: (body ?? {}) as Record<string, unknown> });
    });

  /* Schedule, in the site's wall-clock minutes. */

  const blocking = (b: LatePointBookingRecord) => b.status === 'approved' || b.status === 'pending';

  function agentFree(agent: LatePointAgentRecord, date: string, start: number, duration: number, ignore?: number): boolean {
    const ranges = agent.hours[weekday(date)] ?? [];
    const inHours = ranges.some((r) => start >= timeToMinutes(r.start) && start + duration <= timeToMinutes(r.end));
    if (!inHours) return false;
    if (wallClockToInstant(date, minutesToTime(start), timeZone).getTime() <= now().getTime()) return false;
    return !state.bookings.some(
      (b) => b.id !== ignore && blocking(b) && b.agent_id === agent.id && b.start_date === date && b.start_time < start + duration && start < b.start_time + b.duration,
    );
  }

  function freeTimes(serviceId: number, agentId: number, date: string, duration?: number): string[] {
    const service = state.services.find((s) => s.id === serviceId);
    const agent = state.agents.find((a) => a.id === agentId);
    if (!service || !agent || agent.status !== 'active' || !agent.service_ids.includes(serviceId)) return [];
    const minutes = duration ?? service.duration;
    const times: string[] = [];
    for (let start = 0; start + minutes <= 24 * 60; start += state.settings.timeslotStep) {
      if (agentFree(agent, date, start, minutes)) times.push(minutesToTime(start));
    }
    return times;
  }

  function nextCode(): string {
    const year = now().getUTCFullYear();
    const count = state.bookings.filter((b) => b.booking_code.startsWith(`LP-${year}-`)).length + 1;
    return `LP-${year}-${String(count).padStart(3, '0')}`;
  }

  const createdAt = () => now().toISOString().replace(/\.\d{3}Z$/, 'Z');

  function validateBooking(body: Record<string, unknown>): { details: Details } | { booking: Omit<LatePointBookingRecord, 'id' | 'booking_code' | 'created_at'>; newCustomer?: LatePointCustomerRecord; anyAgent: boolean } {
    const details: Details = {};
    const serviceId = intOf(body.service_id);
    const service = state.services.find((s) => s.id === serviceId && s.status === 'active');
    if (body.service_id === undefined) details.service_id = 'The service_id field is required';
    else if (!service) details.service_id = 'The specified service does not exist';

    const anyAgent = body.agent_id === 'any' || intOf(body.agent_id) === -1;
    const agentId = anyAgent ? undefined : intOf(body.agent_id);
    const agent = state.agents.find((a) => a.id === agentId && a.status === 'active');
    if (body.agent_id === undefined) details.agent_id = 'The agent_id field is required';
    else if (!anyAgent && !agent) details.agent_id = 'The specified agent does not exist';
    else if (agent && service && !agent.service_ids.includes(service.id)) details.agent_id = 'The agent does not offer this service';

    const date = typeof body.start_date === 'string' ? body.start_date : '';
    if (body.start_date === undefined) details.start_date = 'The start_date field is required';
    else if (!validDate(date)) details.start_date = 'Invalid date format, use YYYY-MM-DD';
    else if (date < todayIn(timeZone, now())) details.start_date = 'Cannot create bookings in past dates';
    const time = typeof body.start_time === 'string' ? body.start_time : '';
    if (body.start_time === undefined) details.start_time = 'The start_time field is required';
    else if (!TIME.test(time)) details.start_time = 'Invalid time format, use HH:MM';

    const locationId = body.location_id === undefined ? state.settings.defaultLocationId : intOf(body.location_id);
    const location = state.locations.find((l) => l.id === locationId && l.status === 'active');
    if (!location) details.location_id = 'The specified location does not exist';
    else if (agent && !agent.location_ids.includes(location.id)) details.agent_id = 'The agent does not work at this location';

    let duration = service?.duration ?? 0;
    if (body.duration !== undefined) {
      const d = intOf(body.duration);
      if (d === undefined || d <= 0) details.duration = 'Duration must be a positive integer';
      else duration = d;
    }
    const status = (body.status ?? 'pending') as LatePointBookingStatus;
    if (!['pending', 'approved', 'cancelled'].includes(status)) details.status = 'Status must be one of: pending, approved, cancelled';
    if (body.notes !== undefined && typeof body.notes !== 'string') details.notes = 'Notes must be a string';

    let customerId: number | undefined;
    let newCustomer: LatePointCustomerRecord | undefined;
    if (body.customer_id !== undefined) {
      customerId = intOf(body.customer_id);
      if (!state.customers.some((c) => c.id === customerId)) details.customer_id = 'The specified customer does not exist';
    } else {
      const c = isObject(body.customer) ? body.customer : {};
      const str = (k: string) => (typeof c[k] === 'string' ? (c[k] as string).trim() : '');
      if (!str('first_name')) details['customer.first_name'] = 'First name is required';
      if (!str('last_name')) details['customer.last_name'] = 'Last name is required';
      if (!str('email')) details['customer.email'] = 'Email is required';
      else if (!EMAIL.test(str('email'))) details['customer.email'] = 'Invalid email';
      else if (state.customers.some((x) => x.email.toLowerCase() === str('email').toLowerCase())) details['customer.email'] = 'This email is already in use';
      newCustomer = {
        id: Math.max(0, ...state.customers.map((x) => x.id)) + 1,
        first_name: str('first_name'), last_name: str('last_name'), email: str('email'), phone: str('phone'),
        status: 'active', is_guest: true, created_at: createdAt(),
      };
      customerId = newCustomer.id;
    }
    if (Object.keys(details).length) return { details };
    return {
      anyAgent,
      newCustomer,
      booking: {
        status, service_id: service!.id, agent_id: agent?.id ?? 0, location_id: location!.id, customer_id: customerId!,
        start_date: date, start_time: timeToMinutes(time), duration, price: service!.price_min, notes: (body.notes as string | undefined) ?? '',
      },
    };
  }

  const handlers: RequestHandler[] = [
    route('get', '/services', 'services:read', ({ url }) => {
      const status = url.searchParams.get('status');
      const locationId = intOf(url.searchParams.get('location_id'));
      const list = state.services.filter(
        (s) => (!status || s.status === status) && (locationId === undefined || state.agents.some((a) => a.status === 'active' && a.location_ids.includes(locationId) && a.service_ids.includes(s.id))),
      );
      return paged(url, list.map(serviceView));
    }),
    route('get', '/locations', undefined, ({ url }) => paged(url, state.locations.map((l) => ({ ...l, category_id: 0, selection_image_id: null })))),
    route('get', '/agents', 'agents:read', ({ url }) => {
      const p = url.searchParams;
      const status = p.get('status');
      const locationId = intOf(p.get('location_id'));
      const serviceId = intOf(p.get('service_id'));
      const list = state.agents.filter(
        (a) => (!status || a.status === status) && (locationId === undefined || a.location_ids.includes(locationId)) && (serviceId === undefined || a.service_ids.includes(serviceId)),
      );
      return paged(url, list.map(agentView), 'status');
    }),
    route('get', '/availability', 'availability:read', ({ url }) => {
      const p = url.searchParams;
      const missing = ['service_id', 'agent_id', 'date'].filter((k) => !p.get(k));
      if (missing.length) return wpError(400, 'missing_parameters', `Missing required parameters: ${missing.join(', ')}`);
      const date = p.get('date')!;
      if (!validDate(date)) return fail(400, 'invalid_parameters', 'Invalid parameters', { date: 'Invalid date format, use YYYY-MM-DD' });
      const service = state.services.find((s) => s.id === intOf(p.get('service_id')));
      if (!service) return fail(404, 'service_not_found', `Service with ID ${p.get('service_id')} was not found`);
      const agent = state.agents.find((a) => a.id === intOf(p.get('agent_id')));
      if (!agent) return fail(404, 'agent_not_found', `Agent with ID ${p.get('agent_id')} was not found`);
      let duration = service.duration;
      if (p.get('duration')) {
        const d = intOf(p.get('duration'));
        if (d === undefined || ![service.duration, ...service.extra_durations].includes(d)) return invalid({ duration: 'Duration is not allowed for this service' });
        duration = d;
      }
      return ok({ date, service_id: service.id, agent_id: agent.id, duration, available_slots: freeTimes(service.id, agent.id, date, duration) });
    }),
    route('get', '/customers', 'customers:read', ({ url }) => {
      const p = url.searchParams;
      const has = (field: 'email' | 'first_name' | 'last_name' | 'phone') => (c: LatePointCustomerRecord) =>
        !p.get(field) || c[field].toLowerCase().includes(p.get(field)!.toLowerCase());
      return paged(url, state.customers.filter(has('email')).filter(has('first_name')).filter(has('last_name')).filter(has('phone')).map(customerView));
    }),
    route('get', '/bookings/:id', 'bookings:read', ({ params }) => {
      const booking = state.bookings.find((b) => String(b.id) === params.id);
      return booking ? ok(bookingView(state, booking)) : fail(404, 'booking_not_found', `Booking with ID ${params.id} was not found`);
    }),
    route('post', '/bookings', 'bookings:create', ({ body }) => {
      const result = validateBooking(body);
      if ('details' in result) return invalid(result.details);
      const { booking, anyAgent, newCustomer } = result;
      if (booking.status !== 'cancelled') {
        const candidates = anyAgent
          ? state.agents.filter((a) => a.status === 'active' && a.service_ids.includes(booking.service_id) && a.location_ids.includes(booking.location_id))
          : state.agents.filter((a) => a.id === booking.agent_id);
        const free = candidates.find((a) => agentFree(a, booking.start_date, booking.start_time, booking.duration));
        if (!free) {
          return fail(422, 'agent_not_available', 'The agent is not available at the requested time', { start_time: 'The selected time is not available' });
        }
        booking.agent_id = free.id;
      } else if (anyAgent) {
        booking.agent_id = state.agents.find((a) => a.status === 'active' && a.service_ids.includes(booking.service_id))?.id ?? 0;
      }
      if (newCustomer) state.customers.push(newCustomer);
      const record: LatePointBookingRecord = { ...booking, id: Math.max(0, ...state.bookings.map((b) => b.id)) + 1, booking_code: nextCode(), created_at: createdAt() };
      state.bookings.push(record);
      return ok(bookingView(state, record), 201);
    }),
    route('all', '/*', undefined, () => wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.')),
  ];

  function takeSlot({ serviceId, agentId, date, time, locationId }: LatePointTakeSlotInput): number {
    const service = state.services.find((s) => s.id === serviceId);
    const agent = state.agents.find((a) => a.id === agentId);
    if (!service || !agent) throw new Error('takeSlot needs an existing service and agent.');
    const start = timeToMinutes(time);
    if (!agentFree(agent, date, start, service.duration)) throw new Error(`takeSlot: ${date} ${time} is not free for agent ${agentId}.`);
    const id = Math.max(0, ...state.bookings.map((b) => b.id)) + 1;
    state.bookings.push({
      id, booking_code: nextCode(), status: 'approved', service_id: serviceId, agent_id: agentId, location_id: locationId ?? agent.location_ids[0],
      customer_id: state.customers[0].id, start_date: date, start_time: start, duration: service.duration, price: service.price_min, notes: '', created_at: createdAt(),
    });
    return id;
  }

  return { handlers, state, requests, reset, takeSlot, freeTimes };
}
