/*
 * Records the fake CitaPro keeps. Fields named as in the seed documentation are what the API returns;
 * the scheduling fields (`openingHours`, `locationIds`, `workingDays`) are the fake's own model of the
 * business settings and are never sent over the wire, since the documented responses do not show them.
 */

/** Day of the week as `Date#getDay()` numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A wall-clock range in the business zone, `HH:mm`–`HH:mm`, end exclusive. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Opening ranges per weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, TimeRange[]>>;

export type RecordStatus = 'active' | 'inactive';

export const BOOKING_STATUSES = ['reserved', 'pending', 'confirmed', 'no_show', 'completed', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface CitaProService {
  id: string;
  name: string;
  /** Minutes. */
  duration: number;
  price: number;
  status: RecordStatus;
  domiciliary: boolean;
  virtual: boolean;
  categoryId: string | null;
  description: string | null;
  sessions: number | null;
  simultaneous: number;
}

export interface CitaProLocation {
  id: string;
  name: string;
  address: string;
  status: RecordStatus;
  openingHours: WeeklyHours;
}

export interface CitaProPerson {
  id: string;
  firstname: string;
  lastname: string;
  email: string;
  phone: string;
  status: RecordStatus;
  /** Locations the professional is assigned to. */
  locationIds: string[];
  /** Weekdays they work, within each location's opening hours. */
  workingDays: Weekday[];
}

export interface CitaProClient {
  id: string;
  firstname: string;
  lastname: string;
  email: string;
  phone: string;
}

export interface CitaProBooking {
  id: string;
  /** ISO 8601 instant (UTC); the API renders it as business-zone wall-clock. */
  startTime: string;
  endTime: string;
  status: BookingStatus;
  internalNote: string | null;
  clientNote: string | null;
  paymentStatus: string | null;
  isFromWeb: boolean;
  isFromAgent: boolean;
  amount: number;
  clientId: string;
  locationId: string;
  serviceId: string;
  personId: string | null;
  paymentId: string | null;
  businessAccountId: string;
  notifyClient: boolean;
  repeatGroupId: string | null;
  answers: unknown;
  questionaryId: string | null;
  /** ISO 8601 instant. */
  createdAt: string;
}

/** Settings → Scheduling → Configuration in CitaPro's help centre. */
export interface CitaProSettings {
  businessAccountId: string;
  /** Step between offered start times. */
  slotIntervalMinutes: number;
  /** Minimum time between now and a booking's start. */
  minLeadMinutes: number;
  /** How many days ahead (from today, business zone) bookings are taken. */
  horizonDays: number;
}

export interface CitaProSeedData {
  settings: CitaProSettings;
  services: CitaProService[];
  locations: CitaProLocation[];
  people: CitaProPerson[];
  clients: CitaProClient[];
  bookings: CitaProBooking[];
}

export interface ProfessionalRef {
  id: string;
  name: string;
}

export interface AvailabilitySlot {
  /** `YYYY-MM-DD HH:mm:ss`, business-zone wall-clock. */
  startTime: string;
  endTime: string;
  professionals: ProfessionalRef[];
}

/** `GET /v1/bookings/availability`, exactly as the seed shows it. */
export interface AvailabilityResponse {
  days: string[];
  professionals: ProfessionalRef[];
  slots: AvailabilitySlot[];
  limitExceeded: boolean;
}

export interface AvailabilityParams {
  locationId: string;
  serviceId: string;
  /** `YYYY-MM-DD`, inclusive. */
  startDate: string;
  endDate: string;
  professionalId?: string;
}

/** One request the fake received. */
export interface RecordedRequest {
  method: string;
  url: URL;
  /** Parsed JSON, the raw text when it is not JSON, or undefined without a body. */
  body: unknown;
}

export interface TakeSlotInput {
  locationId: string;
  serviceId: string;
  /** Business-zone wall-clock `YYYY-MM-DD` and `HH:mm`. */
  date: string;
  time: string;
  personId?: string;
}
