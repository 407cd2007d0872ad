import type { BookingErrorCode } from '../core/errors.js';
import type { ErrorBodyInfo } from '../core/http.js';
import type { BookingConfirmation, Location, OpeningHours, PlainDate, PlainTime, Service, Slot } from '../core/model.js';
import { utcOffset, wallClockToInstant } from '../core/zoned-time.js';

/* Miketsu's response shapes and the readers for them: prices, errors, RFC 3339 times. */

export interface MiketsuCatalogService {
  id: number | string;
  category_id?: number | string;
  name: string;
  description?: string | null;
  total_duration: number | string;
  price?: string | number | null;
  price_type?: string | null;
  sequence?: number;
  /** `appointment` | `event` | `class`: in the merchant catalog; read from public entries too when present. */
  booking_type?: string | null;
  max_participants?: number | null;
}
export interface MiketsuCategory {
  id?: number | string;
  name?: string;
  sequence?: number;
  services?: MiketsuCatalogService[] | null;
}
export interface MiketsuMerchant {
  merchant_name?: string;
  url_name?: string;
  timezone?: string;
  location_id?: number | string;
  city?: string;
  address?: string;
  formatted_location?: string;
  location?: { id?: number | string; location_id?: number | string; formatted_location?: string; address?: string; city?: string };
  services?: MiketsuCategory[] | null;
  /** "0" (Sunday) … "6": `[{ start_time, end_time }]`, "HH:MM" or "HH:MM:SS". */
  business_hours?: Record<string, MiketsuHours[] | null> | null;
}
export interface MiketsuHours {
  start_time: string;
  end_time: string;
}
export interface MiketsuDay {
  date: string;
  is_available?: boolean;
  morning?: string[] | null;
  afternoon?: string[] | null;
}

/** One booking of `GET /bookings/calendar/events` (notes §4.5). */
export interface MiketsuCalendarBooking {
  id: number | string;
  booking_type?: string | null;
  booking_status?: string | null;
  from_date: string;
  to_date?: string | null;
  is_recurring?: boolean;
  service_id?: number | string | null;
  service_name?: string | null;
  max_participants?: number | null;
  participants?: Array<{ id?: number | string; customer_id?: string | null; status?: string | null }> | null;
}

export interface MiketsuBlockedTime {
  from_date: string;
  to_date: string;
  all_day?: boolean;
}
export interface MiketsuCalendar {
  bookings: MiketsuCalendarBooking[];
  blocked: MiketsuBlockedTime[];
}

/** `GET /merchant/settings` (notes §4.5): minutes, months (the code's units). */
export interface MiketsuSettings {
  booking_window_min?: number | null;
  booking_window_max?: number | null;
  buffer_time?: number | null;
  cancel_deadline?: number | null;
  timezone?: string | null;
}

/** `GET /merchant/customers` (notes §4.5). */
export interface MiketsuCustomer {
  id: string;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  phone_number?: string | null;
}

/** What the catalog knows about a service beyond the widget's `Service`. */
export interface ServiceInfo {
  group: boolean;
  /** Seats of a class or event (`max_participants`), when known. */
  capacity?: number;
}

export interface Catalog {
  merchant: MiketsuMerchant;
  services: Service[];
  locations: Location[];
  info: Map<string, ServiceInfo>;
}

export const isGroupType = (type: unknown): boolean => typeof type === 'string' && /^(event|class)$/i.test(type.trim());

/** A booking or participant Miketsu has cancelled (`cancelled`, `canceled`, `cancelled_by_…`): it holds no time or seat. */
export const isCancelled = (status: string | null | undefined): boolean => /^cancel/i.test(status ?? '');

/** "9:00", "09:00:00" → "09:00"; anything else → undefined. */
export function readClock(value: unknown): PlainTime | undefined {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim()) : null;
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : undefined;
}

/** `business_hours` → OpeningHours (0 = Sunday, as Miketsu counts); unreadable ranges are dropped. */
export function readOpeningHours(hours: MiketsuMerchant['business_hours']): OpeningHours {
  const result: OpeningHours = {};
  for (const [key, ranges] of Object.entries(hours ?? {})) {
    const day = Number(key);
    if (!Number.isInteger(day) || day < 0 || day > 6) continue;
    result[day] = (ranges ?? []).flatMap((range) => {
      const start = readClock(range?.start_time);
      const end = readClock(range?.end_time);
      return start && end ? [{ start, end }] : [];
    });
  }
  return result;
}

/** `{ data: … }` is the documented envelope; a bare body is read as is. */
export const unwrap = <T>(body: unknown): T =>
  (body && typeof body === 'object' && !Array.isArray(body) && 'data' in body ? (body as { data: T }).data : body) as T;

export const CURRENCY_SIGNS: Array<[RegExp, string]> = [
  [/\bFt\b|HUF/i, 'HUF'],
  [/€|EUR/i, 'EUR'],
  [/£|GBP/i, 'GBP'],
  [/zł|PLN/i, 'PLN'],
  [/Kč|CZK/i, 'CZK'],
  [/\blei\b|RON/i, 'RON'],
  [/US\$|USD/i, 'USD'],
];

/**
 * The number in a pre-formatted price ("8 500 Ft", "12,50 €", "$1,234.50", "1.234,56 €"). With both
 * separators the later one is the decimal mark; a lone separator followed by exactly three digits groups
 * thousands. Empty or unreadable → 0 (Miketsu writes "" for a zero price).
 */
export function parseMiketsuPrice(value: string | number | null | undefined): { amount: number; currency?: string } {
  if (typeof value === 'number') return { amount: value };
  const text = (value ?? '').trim();
  const currency = CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1];
  const numeric = text.replace(/[^\d.,]/g, '');
  if (!/\d/.test(numeric)) return { amount: 0, currency };
  const lastDot = numeric.lastIndexOf('.');
  const lastComma = numeric.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normalized = numeric.split(group).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    const parts = sep ? numeric.split(sep) : [numeric];
    const decimalTail = parts.length === 2 && parts[1].length !== 3;
    normalized = decimalTail ? `${parts[0]}.${parts[1]}` : parts.join('');
  }
  const amount = Number(normalized);
  return { amount: Number.isFinite(amount) ? amount : 0, currency };
}

/** Messages the backend writes when the time itself is the problem (taken, overlapping, out of window). */
export const SLOT_MESSAGE = /\b(time|slot|overlap\w*|already booked|taken|unavailable|not available|no longer available|too (soon|late|early|far)|booking window)\b/i;
export const NOTE_MESSAGE = /\b(note|customer_note)\b/i;

/**
 * A full class or event: the real code fails its `UPDATE … WHERE current_participants < max_participants`
 * with a database "no rows" message; other wordings name the capacity.
 */
export const FULL_MESSAGE = /no rows|\bfull\b|capacity|\bparticipants?\b/i;
/** The same without "no rows", which on the merchant routes may as well mean an unknown customer or service. */
export const DESK_FULL_MESSAGE = /\bfull\b|capacity|\bparticipants?\b/i;
export const DESK_TAKEN_MESSAGE = /overlap\w*|already booked|\btaken\b|not available|unavailable|conflict\w*/i;

/** Front-desk routes: 409 is a taken time (or a full session); 400 is validation unless it says so. */
export function classifyMiketsuDeskError(status: number, message: string | undefined): BookingErrorCode | undefined {
  const full = !!message && DESK_FULL_MESSAGE.test(message);
  if (status === 409) return full ? 'session-full' : 'slot-taken';
  if (status === 400 && message) return full ? 'session-full' : DESK_TAKEN_MESSAGE.test(message) ? 'slot-taken' : undefined;
  return undefined;
}

/** The widget's code for a Miketsu error: 409 and time-related 400 messages mean the slot is gone. */
export function classifyMiketsuError(status: number, message: string | undefined): BookingErrorCode | undefined {
  if (status === 409) return 'slot-taken';
  if (status === 400 && message && SLOT_MESSAGE.test(message)) return 'slot-taken';
  return undefined;
}

/** RFC 3339 with the zone's offset for a business-zone wall-clock time: `2026-03-10T00:00:00-05:00`. */
export function rfc3339In(date: PlainDate, time: string, timeZone: string): string {
  const instant = wallClockToInstant(date, time, timeZone);
  const offset = utcOffset(instant, timeZone);
  // The wall-clock actually shown at that instant (a skipped midnight reads as the time the clock reaches).
  const shown = new Date(instant.getTime() + offsetMinutes(offset) * 60_000).toISOString();
  return `${shown.slice(0, 19)}${offset}`;
}
export function offsetMinutes(offset: string): number {
  const [, sign, hh, mm] = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  return (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
}

export const miketsuErrorBody = (body: unknown): ErrorBodyInfo => {
  const error = (body as { error?: { message?: unknown } } | undefined)?.error;
  const message = typeof error?.message === 'string' ? error.message : typeof error === 'string' ? error : undefined;
  // No per-field details exist; a message about the note is pinned to the only field Miketsu receives.
  return { message, fields: message && NOTE_MESSAGE.test(message) ? { customer_note: [message] } : {} };
};

/**
 * What a 201 with no body tells: the booking exists, with no id, and confirmed or awaiting approval
 * depends on the merchant's policy, which the answer does not say.
 */
export const receivedConfirmation = (service: Service, slot: Slot): BookingConfirmation => ({
  id: undefined,
  status: 'pending',
  start: slot.start,
  end: slot.end,
  total: service.price,
  currency: service.currency,
});
