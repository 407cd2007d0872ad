import type { BookingAdapter } from './adapter.js';

/** What the widget knows when it builds an adapter from its attributes. */
export interface BackendConfig {
  /** `api-base`: the URL the backend's documented paths hang from. */
  apiBase: string;
  /** `api-key`, when set. */
  apiKey?: string;
  /** `timezone`: the business's IANA zone; slot wall-clock times are in it. */
  timeZone: string;
  /** `booking-status`: the status new bookings are created with. */
  bookingStatus: string;
  /** Any other attribute of the widget, so a backend can take its own settings without widget changes. */
  attribute(name: string): string | null;
}

export type BackendFactory = (config: BackendConfig) => BookingAdapter;

const factories = new Map<string, BackendFactory>();

/** Makes `backend="<name>"` available. The entry point registers the built-in adapters. */
export function registerBackend(name: string, factory: BackendFactory): void {
  factories.set(name.toLowerCase(), factory);
}

export function createBackendAdapter(name: string, config: BackendConfig): BookingAdapter | undefined {
  return factories.get(name.toLowerCase())?.(config);
}

export const registeredBackends = (): string[] => [...factories.keys()];
