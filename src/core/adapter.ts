import type {
  Availability,
  AvailabilityQuery,
  BookingConfirmation,
  BookingRequest,
  Cancellation,
  Credentials,
  CustomerAccount,
  FrontDeskBookingRequest,
  KnownCustomer,
  Location,
  ManagedBooking,
  MyBookingsQuery,
  OpeningHours,
  Professional,
  Service,
} from './model.js';

/** What a backend can do; the UI shows only what is declared here. */
export interface AdapterCapabilities {
  /** The backend has several locations to choose from. */
  locations: boolean;
  /** The customer may choose a professional. */
  professionals: boolean;
  /** Availability and booking work without naming a professional. */
  anyProfessional: boolean;
  /** Largest date range one availability request may span (inclusive days). */
  maxAvailabilityDays: number;
  /* Optional abilities; absent means no. The UI offers only what is declared. */
  /** Several services in one booking. */
  multipleServices?: boolean;
  /** Group sessions (classes, events) with seats to join. */
  groupSessions?: boolean;
  /** Recurring bookings (front desk). */
  recurrence?: boolean;
  /** Bookings carry a human-facing code. */
  bookingCode?: boolean;
  /** A booking can be looked up (by code). */
  lookup?: boolean;
  /** A booking can be cancelled by the customer. */
  cancel?: boolean;
  /** Customers can log in to the backend. */
  customerLogin?: boolean;
  /** Loyalty points can pay for a booking. */
  loyaltyPoints?: boolean;
}

export interface RequestOptions {
  /** Aborts the request when its inputs change (pass @lit/task's signal). */
  signal?: AbortSignal;
}

/**
 * The port between the widget and a booking system. Adapters in `src/adapters/` implement it for
 * known backends; a merchant can pass any object that implements it as the widget's `adapter`.
 *
 * Errors are thrown as `BookingError` so the widget can explain them; any other error is treated
 * as an unexpected failure.
 */
export interface BookingAdapter {
  readonly capabilities: AdapterCapabilities;
  listServices(options?: RequestOptions): Promise<Service[]>;
  listLocations(options?: RequestOptions): Promise<Location[]>;
  listProfessionals(
    query: { locationId?: string; serviceId?: string },
    options?: RequestOptions,
  ): Promise<Professional[]>;
  getAvailability(query: AvailabilityQuery, options?: RequestOptions): Promise<Availability>;
  createBooking(request: BookingRequest, options?: RequestOptions): Promise<BookingConfirmation>;

  /* Optional, each present exactly when its capability is declared. */
  /** `customerLogin`: signs the customer in; the adapter keeps the session for later calls. */
  login?(credentials: Credentials, options?: RequestOptions): Promise<CustomerAccount>;
  /** `customerLogin`: forgets the session. */
  logout?(): void;
  /** `customerLogin`: the signed-in customer's bookings. */
  listMyBookings?(query: MyBookingsQuery, options?: RequestOptions): Promise<ManagedBooking[]>;
  /** `lookup`: a booking by its human-facing code. */
  findBooking?(code: string, options?: RequestOptions): Promise<ManagedBooking>;
  /** `cancel`: cancels, with the customer's reason when given. */
  cancelBooking?(booking: ManagedBooking, reason: string, options?: RequestOptions): Promise<Cancellation>;
  /** `recurrence` (front desk): books for customers, once or as a series. */
  createFrontDeskBooking?(request: FrontDeskBookingRequest, options?: RequestOptions): Promise<BookingConfirmation>;
  /** `recurrence` (front desk): the business's existing customers matching a name, e-mail or phone. */
  findCustomers?(query: string, options?: RequestOptions): Promise<KnownCustomer[]>;
  /** Opening hours, to flag series dates that fall outside them. */
  getOpeningHours?(options?: RequestOptions): Promise<OpeningHours>;
}

export const defaultCapabilities: AdapterCapabilities = {
  locations: true,
  professionals: true,
  anyProfessional: true,
  maxAvailabilityDays: 30,
};
