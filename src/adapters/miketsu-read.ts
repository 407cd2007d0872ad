import type { BookingErrorCode } from '../core/errors.js';
import type { ErrorBodyInfo } from '../core/http.js';
import type { Location, PlainDate, Service } from '../core/model.js';
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
}
export interface MiketsuDay {
  date: string;
  is_available?: boolean;
  morning?: string[] | null;
  afternoon?: string[] | null;
}

export interface Catalog {
  merchant: MiketsuMerchant;
  services: Service[];
  locations: Location[];
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
