import type { BookingAdapter, RequestOptions } from '../core/adapter.js';
import type { BackendConfig } from '../core/backends.js';
import { BookingError, isAbort } from '../core/errors.js';
import { createHttpClient } from '../core/http.js';
import type {
  Availability,
  AvailabilityQuery,
  BookingConfirmation,
  BookingRequest,
  Location,
  Service,
  Slot,
} from '../core/model.js';
import { resolveWallClock, toIsoInstant } from '../core/zoned-time.js';
import {
  unwrap,
  parseMiketsuPrice,
  classifyMiketsuError,
  rfc3339In,
  miketsuErrorBody,
  type MiketsuCategory,
  type MiketsuMerchant,
  type MiketsuDay,
  type Catalog,
} from './miketsu-read.js';

/*
 * Miketsu Reservations (github.com/Miketsu-inc/reservations), per shared/seeds/merchant-api-bookings.txt
 * and api-notes §4. Customer booking of appointments.
 *
 * - Catalog: `GET /merchants/{merchantName}` (seed layout) or `/public/merchants/{merchantName}/` (+
 *   `/services` when the merchant carries none) — one location, categories holding services, a
 *   pre-formatted `price` string, `total_duration` minutes, the merchant's IANA `timezone`.
 * - Availability: `.../locations/{l}/services/{s}/availability?start&end` (RFC 3339) → days with
 *   "HH:MM" `morning`/`afternoon` lists on the merchant's clock. They are read, and `timeStamp` is
 *   written, through the widget's `timezone` here and nowhere else.
 * - Booking: `POST /bookings/customer` (seed) or `/public/bookings/`; 201 with no body, so no id.
 *   The backend does not re-check overlaps (notes §4.1), so that day's availability is asked again
 *   right before the POST and a vanished time is refused here as `slot-taken`.
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
}

export function createMiketsuAdapter(options: MiketsuAdapterOptions): BookingAdapter {
  const { timeZone, merchant, routeLayout = 'seed', warn = (m: string) => console.warn(m) } = options;
  if (!merchant) console.error('[booking-widget] Miketsu needs the merchant attribute: the merchant\'s URL slug (merchant_name).');
  const slug = encodeURIComponent(merchant);
  const paths =
    routeLayout === 'public'
      ? {
          merchant: `/public/merchants/${slug}/`,
          services: `/public/merchants/${slug}/services`,
          availability: (l: string, s: string) => `/public/merchants/${slug}/locations/${encodeURIComponent(l)}/services/${encodeURIComponent(s)}/availability`,
          book: '/public/bookings/',
        }
      : {
          merchant: `/merchants/${slug}`,
          services: undefined,
          availability: (l: string, s: string) => `/merchants/${slug}/locations/${encodeURIComponent(l)}/services/${encodeURIComponent(s)}/availability`,
          book: '/bookings/customer',
        };

  const http = createHttpClient({
    baseUrl: options.apiBase,
    headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
    credentials: options.credentials ?? 'same-origin',
    timeoutMs: options.timeoutMs,
    fetch: options.fetch,
    readErrorBody: miketsuErrorBody,
    fieldMap: { customer_note: 'notes' },
    classify: (status, info) => classifyMiketsuError(status, info.message),
  });

  let catalog: Promise<Catalog> | undefined;
  let warnedZone = false;

  async function loadCatalog(signal?: AbortSignal): Promise<Catalog> {
    if (!merchant) throw new BookingError('unauthorized', 'Miketsu: no merchant configured', { detail: 'merchant attribute missing' });
    const merchantBody = unwrap<MiketsuMerchant>(await http.request({ path: paths.merchant, signal })) ?? {};
    let categories = merchantBody.services ?? undefined;
    if (!categories && paths.services) {
      const body = unwrap<MiketsuCategory[] | { services?: MiketsuCategory[] }>(await http.request({ path: paths.services, signal }));
      categories = Array.isArray(body) ? body : (body?.services ?? []);
    }
    if (merchantBody.timezone && merchantBody.timezone !== timeZone && !warnedZone) {
      warnedZone = true;
      warn(
        `[booking-widget] Miketsu merchant "${merchant}" keeps its times in ${merchantBody.timezone}, but the widget's timezone attribute is ${timeZone}. ` +
          `Slot times are read and bookings written in ${timeZone}; set timezone="${merchantBody.timezone}" if that is the merchant's zone.`,
      );
    }
    const sorted = [...(categories ?? [])].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    const services: Service[] = sorted.flatMap((category) =>
      [...(category.services ?? [])]
        .sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))
        .map((s) => {
          const price = s.price_type === 'free' ? { amount: 0, currency: undefined } : parseMiketsuPrice(s.price);
          return {
            id: String(s.id),
            name: s.name,
            durationMinutes: Number(s.total_duration),
            price: price.amount,
            ...(price.currency ? { currency: price.currency } : {}),
            description: s.description || undefined,
          };
        }),
    );
    const nested = merchantBody.location;
    const locationId = merchantBody.location_id ?? nested?.location_id ?? nested?.id;
    const place = merchantBody.formatted_location ?? nested?.formatted_location ?? merchantBody.address ?? nested?.address;
    const locations: Location[] =
      locationId == null
        ? []
        : [{ id: String(locationId), name: place || merchantBody.city || nested?.city || merchantBody.merchant_name || merchant, address: place || undefined }];
    return { merchant: merchantBody, services, locations };
  }

  /**
   * The catalog, asked once and shared; a failed load is asked again next time. A load aborted by
   * another caller's signal is started again for a caller whose own signal is still live.
   */
  async function getCatalog(signal?: AbortSignal): Promise<Catalog> {
    for (;;) {
      catalog ??= loadCatalog(signal).catch((error) => {
        catalog = undefined;
        throw error;
      });
      try {
        return await catalog;
      } catch (error) {
        if (!isAbort(error) || signal?.aborted) throw error;
      }
    }
  }

  async function durationOf(serviceId: string, signal?: AbortSignal): Promise<number> {
    const service = (await getCatalog(signal)).services.find((s) => s.id === serviceId);
    if (!service) throw new BookingError('not-found', `Miketsu: service ${serviceId} is not in the catalog of ${merchant}`);
    return service.durationMinutes;
  }

  async function locationIdFor(locationId: string | undefined, signal?: AbortSignal): Promise<string> {
    if (locationId) return locationId;
    const [first] = (await getCatalog(signal)).locations;
    if (!first) throw new BookingError('bad-response', `Miketsu: merchant ${merchant} has no location`);
    return first.id;
  }

  async function getAvailability(query: AvailabilityQuery, { signal }: RequestOptions = {}): Promise<Availability> {
    const locationId = await locationIdFor(query.locationId, signal);
    const minutes = await durationOf(query.serviceId, signal);
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
    slots.sort((a, b) => a.start.localeCompare(b.start));
    return { slots };
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
    },

    async listServices({ signal }: RequestOptions = {}): Promise<Service[]> {
      return (await getCatalog(signal)).services;
    },

    async listLocations({ signal }: RequestOptions = {}): Promise<Location[]> {
      return (await getCatalog(signal)).locations;
    },

    async listProfessionals() {
      return [];
    },

    getAvailability,

    async createBooking(request: BookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
      const { service, slot, client } = request;
      const locationId = await locationIdFor(request.location?.id, signal);
      // The backend books overlapping times without a word: make sure the time is still offered.
      const fresh = await getAvailability({ serviceId: service.id, locationId, from: slot.date, to: slot.date }, { signal });
      if (!fresh.slots.some((s) => s.start === slot.start)) {
        throw new BookingError('slot-taken', `Miketsu: ${slot.date} ${slot.time} is no longer offered`, { detail: 'checked before booking' });
      }
      const serviceId = Number(service.id);
      const numericLocation = Number(locationId);
      const body: Record<string, unknown> = {
        merchant_name: merchant,
        // Documented as integers; ids that are not numbers are passed through as given.
        service_id: Number.isInteger(serviceId) ? serviceId : service.id,
        location_id: Number.isInteger(numericLocation) ? numericLocation : locationId,
        timeStamp: slot.start,
        ...(client.notes.trim() ? { customer_note: client.notes.trim() } : {}),
      };
      await http.request<unknown>({ method: 'POST', path: paths.book, body, signal });
      return {
        id: undefined,
        // Confirmed or awaiting approval depends on the merchant's policy, which the answer does not say.
        status: 'pending',
        start: slot.start,
        end: slot.end,
        total: service.price,
        currency: service.currency,
      };
    },
  };
}

/** `backend="miketsu"`: attributes `merchant` (required), `route-layout` (`seed` | `public`), `credentials` (`include`). */
export const miketsuBackend = (config: BackendConfig): BookingAdapter =>
  createMiketsuAdapter({
    apiBase: config.apiBase,
    apiKey: config.apiKey,
    timeZone: config.timeZone,
    merchant: config.attribute('merchant') ?? '',
    routeLayout: config.attribute('route-layout') === 'public' ? 'public' : 'seed',
    credentials: config.attribute('credentials') === 'include' ? 'include' : 'same-origin',
  });

export { classifyMiketsuError, parseMiketsuPrice } from './miketsu-read.js';
