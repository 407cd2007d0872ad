/**
 * The widget's booking model. Adapters translate each backend's shapes into these and back;
 * nothing outside `src/adapters/` knows a backend's field names.
 */

/** A calendar date in the business time zone, `YYYY-MM-DD`. */
export type PlainDate = string;
/** A wall-clock time in the business time zone, `HH:mm`. */
export type PlainTime = string;

export interface Service {
  id: string;
  name: string;
  durationMinutes: number;
  /** Price in major units (50 = 50.00). */
  price: number;
  /** ISO 4217; when the backend does not say, the widget's `currency` applies. */
  currency?: string;
  description?: string;
}

export interface Location {
  id: string;
  name: string;
  address?: string;
}

export interface Professional {
  id: string;
  name: string;
}

/** One bookable start time. */
export interface Slot {
  date: PlainDate;
  time: PlainTime;
  /** ISO 8601 instants (UTC, `Z`), computed by the adapter from the business zone. */
  start: string;
  end: string;
  /** Who can take it; empty when the backend assigns someone itself. */
  professionals: Professional[];
}

export interface AvailabilityQuery {
  serviceId: string;
  locationId?: string;
  /** Absent for "any professional". */
  professionalId?: string;
  /** Inclusive range of business-zone dates. */
  from: PlainDate;
  to: PlainDate;
}

export interface Availability {
  slots: Slot[];
  /** The backend says the range reaches past how far ahead it takes bookings. */
  limitExceeded?: boolean;
}

export interface ClientDetails {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  notes: string;
}

export type ClientField = keyof ClientDetails;

export interface BookingRequest {
  service: Service;
  location?: Location;
  /** Absent for "any professional". */
  professional?: Professional;
  slot: Slot;
  client: ClientDetails;
}

export interface BookingConfirmation {
  /** Absent when the backend does not return one. */
  id?: string;
  /** A human-facing booking code, when the backend has one. */
  code?: string;
  status?: string;
  start: string;
  end: string;
  professional?: Professional;
  total?: number;
  currency?: string;
}

export const emptyClient = (): ClientDetails => ({
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  notes: '',
});
