import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { BookingError } from '../core/errors.js';
import { createHttpClient } from '../core/http.js';
import type { Availability, AvailabilityQuery, BookingConfirmation, BookingRequest, Location, OpeningHours, Service, Slot } from '../core/model.js';
import { resolveWallClock, toIsoInstant } from '../core/zoned-time.js';
import { createCatalog } from './miketsu-catalog.js';
import { createFrontDesk } from './miketsu-desk.js';
import { createFreeStarts } from './miketsu-free.js';
import { asSessionFull, cannotJoinOnline, createGroupSessions } from './miketsu-group.js';
import {
  classifyMiketsuDeskError,
  classifyMiketsuError,
  miketsuErrorBody,
  readOpeningHours,
  receivedConfirmation,
  rfc3339In,
  unwrap,
  type MiketsuDay,
} from './miketsu-read.js';

/*
 * Miketsu Reservations (github.com/Miketsu-inc/reservations), per shared/seeds/merchant-api-bookings.txt
 * and api-notes §4. Customer booking of appointments, joining classes and events, and the front desk.
 *
 * - Catalog (miketsu-catalog.ts): `GET /merchants/{merchantName}` (seed layout) or
 *   `/public/merchants/{merchantName}/` (+ `/services`); classes and events from `booking_type`.
 * - Availability: `.../locations/{l}/services/{s}/availability?start&end` (RFC 3339) → days with
 *   "HH:MM" `morning`/`afternoon` lists on the merchant's clock. They are read, and `timeStamp` is
 *   written, through the widget's `timezone` here and nowhere else. Group services: miketsu-group.ts;
 *   one whose sessions cannot be read (no calendar) is refused as `unauthorized` up front.
 * - Booking: `POST /bookings/customer` (seed) or `/public/bookings/`; 201 with no body, so no id.
 *   The backend does not re-check overlaps (notes §4.1), so that day's availability is asked again
 *   right before the POST and a vanished time is refused here as `slot-taken`. Joining a session sends
 *   its `booking_id` after reading the session again; a full one is `session-full`.
 * - Front desk (miketsu-desk.ts): `POST /bookings/merchant` or `/merchants/{merchantId}/bookings/`. It
 *   creates new bookings, so for a group service it is offered the times a new session can start
 *   (miketsu-free.ts); appointments read the public availability as customers do.
 * - Errors `{ error: { message } }`, almost all 400: messages about the time or slot mean the slot is
 *   taken; the rest are validation errors. 409 (the seed's "slot already booked") is slot-taken too.
 */

export type MiketsuRouteLayout = 'seed' | 'public';

export interface MiketsuAdapterOptions {
  /** The documented base, e.g. `https://host.example/api/v1`. */
  apiBase: string;
  /** The merchant's URL slug (`merchant_name`). */
  merchant: string;
  /** Sent as `Authorization: Bearer …` (the seed's examples). The real backend reads cookies instead. */
  apiKey?: string;
  /** The business's IANA zone: the authority for reading slot times and writing `timeStamp`. */
  timeZone: string;
  /** `seed` (default): `/merchants/…`, `/bookings/customer`; `public`: the newer `/public/…` routes. */
  routeLayout?: MiketsuRouteLayout;
  /** `include` sends the session cookies cross-origin; default `same-origin`. */
  credentials?: RequestCredentials;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** Where a disagreement between `timeZone` and the merchant's own `timezone` is reported. */
  warn?: (message: string) => void;
  /** The merchant's id (`merchant-id`): the newer layout's merchant routes hang from `/merchants/{merchantId}/`. */
  merchantId?: string;
  /** The clock past sessions are told by; tests pin it. */
  now?: () => Date;
}

export function createMiketsuAdapter(options: MiketsuAdapterOptions): BookingAdapter {
  const { timeZone, merchant, routeLayout = 'seed', warn = (m: string) => console.warn(m), now = () => new Date() } = options;
  if (!merchant) console.error('[booking-widget] Miketsu needs the merchant attribute: the merchant\'s URL slug (merchant_name).');
  const slug = encodeURIComponent(merchant);
  const staff = options.merchantId ? `/merchants/${encodeURIComponent(options.merchantId)}` : undefined;
  const paths =
    routeLayout === 'public'
      ? {
          merchant: `/public/merchants/${slug}/`,
          services: `/public/merchants/${slug}/services`,
          availability: (l: string, s: string) => `/public/merchants/${slug}/locations/${encodeURIComponent(l)}/services/${encodeURIComponent(s)}/availability`,
          book: '/public/bookings/',
          // The employee routes need the merchant's id in this layout (notes §4.8).
          merchantServices: staff && `${staff}/services`,
          calendar: staff && `${staff}/calendar/events`,
          deskBook: staff && `${staff}/bookings/`,
          customers: staff && `${staff}/customers`,
          settings: staff && `${staff}/settings`,
        }
      : {
          merchant: `/merchants/${slug}`,
          services: undefined,
          availability: (l: string, s: string) => `/merchants/${slug}/locations/${encodeURIComponent(l)}/services/${encodeURIComponent(s)}/availability`,
          book: '/bookings/customer',
          merchantServices: '/merchant/services',
          calendar: '/bookings/calendar/events',
          deskBook: '/bookings/merchant',
          customers: '/merchant/customers',
          settings: '/merchant/settings',
        };

  const client = (classify: (status: number, message: string | undefined) => ReturnType<typeof classifyMiketsuError>) =>
    createHttpClient({
      baseUrl: options.apiBase,
      headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
      credentials: options.credentials ?? 'same-origin',
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
      readErrorBody: miketsuErrorBody,
      fieldMap: { customer_note: 'notes' },
      classify: (status, info) => classify(status, info.message),
    });
  const http = client(classifyMiketsuError);

  const catalog = createCatalog({ http, merchant, timeZone, warn, paths });
  const group = createGroupSessions({ http, timeZone, now, warn, calendarPath: paths.calendar });
  const free = createFreeStarts({ http, timeZone, now, settingsPath: paths.settings, calendar: group.calendar });
  const desk = createFrontDesk({ http: client(classifyMiketsuDeskError), timeZone, paths: { book: paths.deskBook, customers: paths.customers } });

  /** The public availability's times of an appointment service. */
  async function publicSlots(query: AvailabilityQuery, locationId: string, minutes: number, signal?: AbortSignal): Promise<Slot[]> {
    const body = await http.request<unknown>({
      path: paths.availability(locationId, query.serviceId),
      query: [
        ['start', rfc3339In(query.from, '00:00', timeZone)],
        ['end', rfc3339In(query.to, '23:59:59', timeZone)],
      ],
      signal,
    });
    const days = unwrap<MiketsuDay[] | null>(body) ?? [];
    const slots: Slot[] = [];
    for (const day of days) {
      if (day.date < query.from || day.date > query.to || day.is_available === false) continue;
      // A repeated wall-clock time listed again is its second occurrence.
      const taken = new Set<number>();
      const times = [...(day.morning ?? []), ...(day.afternoon ?? [])];
      for (const raw of times) {
        const time = /^(\d{1,2}):(\d{2})/.exec(raw.trim());
        if (!time) throw new BookingError('bad-response', `Miketsu: unreadable slot time "${raw}"`);
        const hhmm = `${time[1].padStart(2, '0')}:${time[2]}`;
        const start = resolveWallClock(day.date, hhmm, timeZone, { taken });
        taken.add(start.getTime());
        slots.push({
          date: day.date,
          time: hhmm,
          start: toIsoInstant(start),
          end: toIsoInstant(new Date(start.getTime() + minutes * 60_000)),
          professionals: [],
        });
      }
    }
    return slots.sort((a, b) => a.start.localeCompare(b.start));
  }

  async function getAvailability(query: AvailabilityQuery, { signal }: RequestOptions = {}): Promise<Availability> {
    const locationId = await catalog.locationId(query.locationId, signal);
    const { service, info } = await catalog.service(query.serviceId, signal);
    if (info.group && query.frontDesk) {
      // The front desk starts a new session (the merchant route never joins one): free times, no session.
      const hours = readOpeningHours((await catalog.get(signal)).merchant.business_hours);
      return { slots: await free.list(service, hours, query.from, query.to, signal) };
    }
    if (info.group) {
      // Without the calendar there are no session ids, and a time without one cannot be joined: say so
      // now (unauthorized: "not available online, contact us") rather than list times refused at confirm.
      const sessions = await group.list(service, info, query.from, query.to, signal);
      if (!sessions) throw cannotJoinOnline();
      return { slots: sessions };
    }
    return { slots: await publicSlots(query, locationId, service.durationMinutes, signal) };
  }

  async function createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
    const { service, slot, client: customer } = request;
    const locationId = await catalog.locationId(request.location?.id, signal);
    const { info } = await catalog.service(service.id, signal);
    let bookingId: string | undefined;
    if (info.group || service.group) {
      // Joining: only with the session's id, and only while it has a seat.
      if (!slot.session?.id) throw cannotJoinOnline();
      const current = await group.state(service, info, slot, signal);
      if (current.kind === 'refused') throw cannotJoinOnline();
      if (current.kind === 'gone') throw new BookingError('slot-taken', `Miketsu: session ${slot.session.id} is no longer offered`, { detail: 'checked before joining' });
      if (current.kind === 'full') throw new BookingError('session-full', `Miketsu: session ${slot.session.id} has no seats left`, { detail: 'checked before joining' });
      bookingId = slot.session.id;
    } else {
      // The backend books overlapping times without a word: make sure the time is still offered.
      const fresh = await getAvailability({ serviceId: service.id, locationId, from: slot.date, to: slot.date }, { signal });
      if (!fresh.slots.some((s) => s.start === slot.start)) {
        throw new BookingError('slot-taken', `Miketsu: ${slot.date} ${slot.time} is no longer offered`, { detail: 'checked before booking' });
      }
    }
    const serviceId = Number(service.id);
    const numericLocation = Number(locationId);
    const numericBooking = Number(bookingId);
    const body: Record<string, unknown> = {
      merchant_name: merchant,
      // Documented as integers; ids that are not numbers are passed through as given.
      service_id: Number.isInteger(serviceId) ? serviceId : service.id,
      location_id: Number.isInteger(numericLocation) ? numericLocation : locationId,
      timeStamp: slot.start,
      ...(customer.notes.trim() ? { customer_note: customer.notes.trim() } : {}),
      ...(bookingId !== undefined ? { booking_id: Number.isInteger(numericBooking) ? numericBooking : bookingId } : {}),
    };
    try {
      await http.request<unknown>({ method: 'POST', path: paths.book, body, signal });
    } catch (error) {
      throw bookingId !== undefined ? asSessionFull(error) : error;
    }
    return receivedConfirmation(service, slot);
  }

  return {
    capabilities: {
      // One primary location: declared, so it names the place in the review, confirmation and event; the
      // widget skips the step when there is only one.
      locations: true,
      // Customers cannot choose a staff member (notes §4.3); the backend assigns one.
      professionals: false,
      anyProfessional: true,
      // No maximum span is enforced; one request per month.
      maxAvailabilityDays: 31,
      groupSessions: true,
      // The front desk (an employee's session): bookings for customers, once or as a series.
      recurrence: true,
    },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      return (await catalog.get(signal)).services;
    },

    async listLocations({ signal }: RequestOptions = {}): Promise<Location[]> {
      return (await catalog.get(signal)).locations;
    },

    async listProfessionals() {
      return [];
    },

    getAvailability,
    createBooking,
    createFrontDeskBooking: desk.createFrontDeskBooking,
    findCustomers: desk.findCustomers,

    async getOpeningHours({ signal }: RequestOptions = {}): Promise<OpeningHours> {
      const { merchant: body } = await catalog.get(signal);
      if (!body.business_hours) throw new BookingError('bad-response', `Miketsu: merchant ${merchant} lists no business_hours`);
      return readOpeningHours(body.business_hours);
    },
  };
}

/**
 * `backend="miketsu"`: attributes `merchant` (required), `route-layout` (`seed` | `public`), `credentials`
 * (`include`), `merchant-id` (the front desk and session ids with `route-layout="public"`).
 */
export const miketsuBackend = (config: BackendConfig): BookingAdapter =>
  createMiketsuAdapter({
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    timeZone: config.timeZone,
    merchant: config.attribute('merchant') ?? '',
    routeLayout: config.attribute('route-layout') === 'public' ? 'public' : 'seed',
    credentials: config.attribute('credentials') === 'include' ? 'include' : 'same-origin',
    merchantId: config.attribute('merchant-id') ?? undefined,
  });

export { classifyMiketsuDeskError, classifyMiketsuError, parseMiketsuPrice, readOpeningHours } from './miketsu-read.js';
