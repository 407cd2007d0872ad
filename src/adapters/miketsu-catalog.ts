import { BookingError, isAbort } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import type { Location, Service } from '../core/model.js';
import {
  isGroupType,
  parseMiketsuPrice,
  unwrap,
  type Catalog,
  type MiketsuCatalogService,
  type MiketsuCategory,
  type MiketsuMerchant,
  type ServiceInfo,
} from './miketsu-read.js';

/*
 * Miketsu's catalog: the public merchant (one location, categories holding services, the merchant's
 * `timezone` and `business_hours`), plus — only when the public entries do not say which services are
 * classes or events, as the real code's do not — the merchant catalog (`GET /merchant/services`), which
 * carries `booking_type` and `max_participants` but needs an employee session. A customer's session is
 * refused there; their services then read as appointments, as the public catalog presents them.
 */

export interface CatalogContext {
  http: HttpClient;
  merchant: string;
  timeZone: string;
  paths: { merchant: string; services?: string; merchantServices?: string };
  warn: (message: string) => void;
}

/** Categories holding services, or (a flat list) the services themselves. */
const servicesOf = (entries: Array<MiketsuCategory | MiketsuCatalogService>): MiketsuCatalogService[] =>
  entries.flatMap((entry) =>
    'services' in entry && Array.isArray(entry.services) ? entry.services : 'booking_type' in entry ? [entry as MiketsuCatalogService] : [],
  );

export function createCatalog(ctx: CatalogContext) {
  const { http, merchant, timeZone, paths, warn } = ctx;
  let catalog: Promise<Catalog> | undefined;
  let warnedZone = false;

  /** `booking_type` and `max_participants` by service id, from the merchant catalog; empty when refused. */
  async function merchantServiceInfo(signal?: AbortSignal): Promise<Map<string, ServiceInfo>> {
    const info = new Map<string, ServiceInfo>();
    if (!paths.merchantServices) return info;
    try {
      const body = unwrap<Array<MiketsuCategory | MiketsuCatalogService> | { services?: MiketsuCategory[] }>(
        await http.request({ path: paths.merchantServices, signal }),
      );
      for (const s of servicesOf(Array.isArray(body) ? body : (body?.services ?? []))) {
        const capacity = Number(s.max_participants);
        info.set(String(s.id), { group: isGroupType(s.booking_type), ...(capacity > 0 ? { capacity } : {}) });
      }
    } catch (error) {
      // Only staff may read it; anyone else books the services as the public catalog shows them.
      if (isAbort(error)) throw error;
    }
    return info;
  }

  async function load(signal?: AbortSignal): Promise<Catalog> {
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
    const entries = sorted.flatMap((category) => [...(category.services ?? [])].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0)));
    const typed = entries.some((s) => typeof s.booking_type === 'string');
    const info = typed ? new Map<string, ServiceInfo>() : await merchantServiceInfo(signal);
    if (typed) {
      for (const s of entries) {
        const capacity = Number(s.max_participants);
        info.set(String(s.id), { group: isGroupType(s.booking_type), ...(capacity > 0 ? { capacity } : {}) });
      }
    }
    const services: Service[] = entries.map((s) => {
      const price = s.price_type === 'free' ? { amount: 0, currency: undefined } : parseMiketsuPrice(s.price);
      return {
        id: String(s.id),
        name: s.name,
        durationMinutes: Number(s.total_duration),
        price: price.amount,
        ...(price.currency ? { currency: price.currency } : {}),
        description: s.description || undefined,
        ...(info.get(String(s.id))?.group ? { group: true } : {}),
      };
    });
    const nested = merchantBody.location;
    const locationId = merchantBody.location_id ?? nested?.location_id ?? nested?.id;
    const place = merchantBody.formatted_location ?? nested?.formatted_location ?? merchantBody.address ?? nested?.address;
    const locations: Location[] =
      locationId == null
        ? []
        : [{ id: String(locationId), name: place || merchantBody.city || nested?.city || merchantBody.merchant_name || merchant, address: place || undefined }];
    return { merchant: merchantBody, services, locations, info };
  }

  /**
   * The catalog, asked once and shared; a failed load is asked again next time. A load aborted by
   * another caller's signal is started again for a caller whose own signal is still live.
   */
  async function get(signal?: AbortSignal): Promise<Catalog> {
    for (;;) {
      catalog ??= load(signal).catch((error) => {
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

  async function service(serviceId: string, signal?: AbortSignal): Promise<{ service: Service; info: ServiceInfo }> {
    const current = await get(signal);
    const found = current.services.find((s) => s.id === serviceId);
    if (!found) throw new BookingError('not-found', `Miketsu: service ${serviceId} is not in the catalog of ${merchant}`);
    return { service: found, info: current.info.get(serviceId) ?? { group: false } };
  }

  async function locationId(given: string | undefined, signal?: AbortSignal): Promise<string> {
    if (given) return given;
    const [first] = (await get(signal)).locations;
    if (!first) throw new BookingError('bad-response', `Miketsu: merchant ${merchant} has no location`);
    return first.id;
  }

  return { get, service, locationId };
}
