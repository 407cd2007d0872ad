import type { BookingAdapter } from '../../core/adapter.js';
import { createBackendAdapter, type BackendConfig } from '../../core/backends.js';
import { chosenServices, type FlowOptions, type FlowState } from '../../core/flow.js';
import type { Localization } from '../../context.js';
import type { Catalog } from './booking-data.js';

/** The adapter the widget's attributes describe, or undefined (with a console line for the merchant). */
export function adapterFromAttributes(backend: string, config: BackendConfig): BookingAdapter | undefined {
  if (!config.apiBase) {
    console.error('[booking-widget] Set the api-base attribute (or the adapter property) so the widget knows where to book.');
    return undefined;
  }
  const adapter = createBackendAdapter(backend, config);
  if (!adapter) console.error(`[booking-widget] Unknown backend "${backend}". Set backend to a built-in one or pass an adapter.`);
  return adapter;
}

/**
 * Choices made by the page (`service-id`, `location-id`, `professional-id`), plus the only location
 * when there is just one. A preset professional is known by id until the list of professionals arrives.
 */
export function presetChoices(
  catalog: Catalog | undefined,
  ids: { serviceId?: string; locationId?: string; professionalId?: string },
): Partial<FlowState> {
  const service = catalog?.services.find((s) => s.id === ids.serviceId);
  const location =
    catalog?.locations.find((l) => l.id === ids.locationId) ?? (catalog?.locations.length === 1 ? catalog.locations[0] : undefined);
  const professional = ids.professionalId ? { id: ids.professionalId, name: '' } : undefined;
  return { ...(service && { service, services: [service] }), ...(location && { location }), ...(professional && { professional }) };
}

/** Which steps this booking leaves out, from what the backend can do, what it offers and what the page preset. */
export function flowOptionsFor(
  adapter: BookingAdapter | undefined,
  catalog: Catalog | undefined,
  ids: { serviceId?: string; locationId?: string; professionalId?: string },
): FlowOptions {
  const caps = adapter?.capabilities;
  return {
    servicePreset: !!ids.serviceId && !!catalog?.services.some((s) => s.id === ids.serviceId),
    skipLocation:
      !caps?.locations || (catalog?.locations.length ?? 0) <= 1 || !!catalog?.locations.some((l) => l.id === ids.locationId),
    skipProfessional: !caps?.professionals || !!ids.professionalId,
  };
}

/** Availability is asked only once the calendar is in reach, with everything it depends on chosen. */
export function calendarInReach(state: FlowState, options: FlowOptions, adapter: BookingAdapter | undefined): boolean {
  const needsLocation = adapter?.capabilities.locations && !options.skipLocation;
  return ['datetime', 'details', 'review'].includes(state.step) && (!needsLocation || !!state.location);
}

/** The services availability is asked for: none until the calendar is in reach, then every chosen one. */
export function servicesToQuery(state: FlowState, options: FlowOptions, adapter: BookingAdapter | undefined) {
  if (!calendarInReach(state, options, adapter)) return { serviceId: undefined, serviceIds: undefined };
  const services = chosenServices(state);
  return { serviceId: services[0]?.id, serviceIds: services.map((s) => s.id) };
}

/** What the widget provides to its elements: language, zones and currency. */
export const localizationFor = (
  language: Pick<Localization, 'locale' | 'dir' | 'messages'>,
  timeZone: string,
  displayTimeZone: string,
  currency: string,
): Localization => ({ locale: language.locale, messages: language.messages, dir: language.dir, timeZone, displayTimeZone, currency });
