import type { PlainDate, Slot } from './model.js';
import { instantToWallClock, parsePlainDate, wallClockInstants } from './zoned-time.js';

/*
 * All display formatting goes through Intl: it is in every browser, knows every locale, and costs
 * nothing in the bundle. Plain dates are formatted as UTC midnights so the visitor's zone cannot
 * shift them by a day.
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export function formatMoney(amount: number, currency: string, locale: string): string {
  return cached(`m|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }))
    .format(amount);
}

/** What a price is written with: the locale, the widget's currency, and the catalog's word for zero. */
export interface PriceWording {
  locale: string;
  /** ISO 4217 code for an amount that carries none. */
  currency: string;
  messages: { free: string };
}

/** A service's price as the customer reads it: "Free" for zero, else the amount in its currency (the widget's when it has none). */
export const formatPrice = (wording: PriceWording, amount: number, currency?: string): string =>
  amount === 0 ? wording.messages.free : formatMoney(amount, currency ?? wording.currency, wording.locale);

/** `90` → "1 h 30 min" in the locale's own units. */
export function formatDuration(minutes: number, locale: string): string {
  const unit = (value: number, name: 'hour' | 'minute') =>
    cached(`u|${locale}|${name}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }))
      .format(value);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(rest, 'minute');
  if (rest === 0) return unit(hours, 'hour');
  return `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** "martes, 10 de marzo de 2026" */
export const formatPlainDate = (date: PlainDate, locale: string, style: 'full' | 'long' | 'medium' = 'full') =>
  dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(parsePlainDate(date));

/** "marzo de 2026" for `2026-03`. */
export const formatMonth = (month: string, locale: string) =>
  dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsePlainDate(`${month}-01`));

/** Short weekday names starting on `weekStart` (0 = Sunday). */
export function weekdayNames(locale: string, weekStart: number, width: 'short' | 'long' | 'narrow' = 'short'): string[] {
  const format = dateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2026-03-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(parsePlainDate(`2026-03-0${1 + ((weekStart + i) % 7)}`)));
}

/** Time of an instant as the business zone's clock shows it. */
export const formatTime = (instant: string, timeZone: string, locale: string) =>
  dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));

/**
 * Full date and time of an instant in `timeZone`; in an hour a DST change repeats, with the zone's
 * short name, so "2:30" says which of the two it is.
 */
export function formatDateTime(instant: string, timeZone: string, locale: string): string {
  const { date, time } = instantToWallClock(instant, timeZone);
  const options: Intl.DateTimeFormatOptions =
    wallClockInstants(date, time, timeZone).length > 1
      ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }
      : { dateStyle: 'full', timeStyle: 'short', timeZone };
  return dateTimeFormat(locale, options).format(new Date(instant));
}

/**
 * The labels of a day's slots shown in `timeZone`, in order. A slot whose clock time there falls on
 * another date than the business date it is listed under says which day ("dom, 8 mar, 6:45"), and
 * labels that would still read the same (the two occurrences of a repeated hour) name their offset
 * ("1:30 GMT-4", "1:30 GMT-5").
 */
export function slotLabels(slots: readonly Slot[], timeZone: string, locale: string): string[] {
  const time = { hour: 'numeric', minute: '2-digit', timeZone } as const;
  const day = { weekday: 'short', day: 'numeric', month: 'short', ...time } as const;
  const options = slots.map((slot) => (instantToWallClock(slot.start, timeZone).date === slot.date ? time : day));
  const labels = slots.map((slot, i) => dateTimeFormat(locale, options[i]).format(new Date(slot.start)));
  return labels.map((label, i) =>
    labels.indexOf(label) === labels.lastIndexOf(label)
      ? label
      : dateTimeFormat(locale, { ...options[i], timeZoneName: 'short' }).format(new Date(slots[i].start)),
  );
}

/** A name for the zone a person recognises, e.g. "Central European Time (Madrid)". */
export function formatTimeZone(timeZone: string, locale: string, at: Date = new Date()): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const city = timeZone.includes('/') ? timeZone.split('/').pop()!.replace(/_/g, ' ') : '';
  return city && !name.includes(city) ? `${name} (${city})` : name;
}

/** First day of the week for a locale, 0 = Sunday … 6 = Saturday. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    if (firstDay) return firstDay % 7;
  } catch {
    // Unknown tag: fall through to Monday, the most common first day.
  }
  return 1;
}
