import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, endOfMonth } from 'date-fns';
import type { PlainDate, PlainTime } from './model.js';

/*
 * Plain dates are handled as midnight UTC so calendar arithmetic never depends on the visitor's
 * zone; wall-clock ↔ instant conversion always names the business zone explicitly.
 */

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePlainDate(date: PlainDate): TZDate {
  const [y, m, d] = date.split('-').map(Number);
  return new TZDate(y, m - 1, d, 'UTC');
}

export function toPlainDate(date: Date): PlainDate {
  const utc = new TZDate(date.getTime(), 'UTC');
  return `${utc.getFullYear()}-${pad(utc.getMonth() + 1)}-${pad(utc.getDate())}`;
}

export const addPlainDays = (date: PlainDate, days: number): PlainDate =>
  toPlainDate(addDays(parsePlainDate(date), days));

export const plainDaysBetween = (from: PlainDate, to: PlainDate): number =>
  differenceInCalendarDays(parsePlainDate(to), parsePlainDate(from));

/** `YYYY-MM` of a plain date. */
export const monthOf = (date: PlainDate): string => date.slice(0, 7);

export const addMonthsTo = (month: string, months: number): string =>
  monthOf(toPlainDate(addMonths(parsePlainDate(`${month}-01`), months)));

export const firstDayOfMonth = (month: string): PlainDate => `${month}-01`;

export const lastDayOfMonth = (month: string): PlainDate =>
  toPlainDate(endOfMonth(parsePlainDate(`${month}-01`)));

/** Splits an inclusive range into inclusive chunks of at most `maxDays` days. */
export function splitRange(from: PlainDate, to: PlainDate, maxDays: number): Array<[PlainDate, PlainDate]> {
  const chunks: Array<[PlainDate, PlainDate]> = [];
  for (let start = from; plainDaysBetween(start, to) >= 0; start = addPlainDays(start, maxDays)) {
    const end = addPlainDays(start, maxDays - 1);
    chunks.push([start, plainDaysBetween(end, to) < 0 ? to : end]);
  }
  return chunks;
}

/**
 * The instant at which the business zone's clock shows `date time`.
 * In a spring-forward gap the clock time does not exist; it resolves to the instant just after the gap,
 * the way clocks themselves move. In a fall-back overlap the first occurrence is used.
 */
export function wallClockToInstant(date: PlainDate, time: PlainTime, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, timeZone).getTime());
}

export const toIsoInstant = (date: Date): string => date.toISOString().replace(/\.000Z$/, 'Z');

/** Business-zone date and time of an instant. */
export function instantToWallClock(instant: Date | string, timeZone: string): { date: PlainDate; time: PlainTime } {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone);
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
}

/** Today's date in the business zone. */
export const todayIn = (timeZone: string, now: Date = new Date()): PlainDate =>
  instantToWallClock(now, timeZone).date;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone the visitor's device is set to. */
export const visitorTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
