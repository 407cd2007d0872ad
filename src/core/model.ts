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
  /** Customers join scheduled sessions (a class, an event) instead of booking a time of their own. */
  group?: boolean;
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
  /** For a group service: the existing session this time joins. */
  session?: GroupSession;
}

/** A scheduled class or event with seats; joining it books a seat. */
export interface GroupSession {
  id: string;
  /** Seats still free, when the backend says. */
  seatsLeft?: number;
  capacity?: number;
}

export interface AvailabilityQuery {
  serviceId: string;
  locationId?: string;
  /** Absent for "any professional". */
  professionalId?: string;
  /** Inclusive range of business-zone dates. */
  from: PlainDate;
  to: PlainDate;
  /** Every chosen service, in order, when the backend books several at once (`serviceId` is the first). */
  serviceIds?: string[];
  /** Front desk: times a new booking can start, also for a group service (whose customers otherwise join sessions). */
  frontDesk?: boolean;
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
  /** Every chosen service, in order, when several are booked together (`service` is the first). */
  services?: Service[];
  /** Pay with the signed-in customer's loyalty points. */
  usePoints?: boolean;
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
  /** Loyalty points this booking earned. */
  pointsEarned?: number;
}

export const emptyClient = (): ClientDetails => ({
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  notes: '',
});

/* Managing bookings: customer accounts, look-up, cancelling. */

/** The widget's statuses; adapters map each backend's own (Spanish, WordPress, …) onto these. */
export type BookingStatus = 'pending' | 'confirmed' | 'completed' | 'cancelled' | 'no-show';

export interface CustomerAccount {
  id?: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  /** Loyalty points available to spend. */
  points?: number;
}

export interface Credentials {
  email: string;
  password: string;
}

/** An existing booking, as the customer sees it when managing it. */
export interface ManagedBooking {
  id: string;
  code?: string;
  status: BookingStatus;
  /** ISO 8601 instants (UTC, `Z`). */
  start: string;
  end: string;
  services: string[];
  professional?: Professional;
  total?: number;
  currency?: string;
  /** The backend says whether it can still be cancelled; absent = unknown (try, and explain a refusal). */
  canCancel?: boolean;
}

export interface MyBookingsQuery {
  /** Inclusive business-zone dates. */
  from?: PlainDate;
  to?: PlainDate;
  status?: BookingStatus;
}

export interface Cancellation {
  id: string;
  status: BookingStatus;
  refund?: { amount: number; currency?: string; status?: string };
}

/* Front desk: the merchant books for customers, optionally as a recurring series. */

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** RFC 5545 subset the backends accept (FREQ, INTERVAL, BYDAY, UNTIL). */
export interface RecurrenceRule {
  frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  /** Every N days/weeks/months, at least 1. */
  interval: number;
  /** BYDAY; empty = the first occurrence's own day. */
  weekdays: Weekday[];
  /** Last business-zone date a series may fall on (inclusive). */
  until: PlainDate;
}

/** A customer the business already has, as the front desk finds them. */
export interface KnownCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
}

/** An existing customer by the backend's id, or a new one by their details. */
export type FrontDeskCustomer =
  | { id: string; name?: string }
  | { firstName: string; lastName: string; email: string; phone: string };

export interface FrontDeskBookingRequest {
  service: Service;
  location?: Location;
  slot: Slot;
  customers: FrontDeskCustomer[];
  /** Internal note for the business. */
  note: string;
  recurrence?: RecurrenceRule;
}

/** Opening hours per weekday, 0 = Sunday … 6 = Saturday; a missing or empty day is closed. */
export type OpeningHours = Partial<Record<number, { start: PlainTime; end: PlainTime }[]>>;
