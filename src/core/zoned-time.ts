import { TZDate, tzOffset } from '@date-fns/tz';
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

/** 0 = Sunday … 6 = Saturday (as `OpeningHours` and `Intl` week info count); from the date alone, no device zone. */
export function dayOfWeek(date: PlainDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

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

/*
 * Wall-clock ↔ instant conversion reads the zone's offsets from Intl (`tzOffset`) and does the rest
 * in UTC arithmetic, so the visitor's own zone (the system zone `Date` and `TZDate` lean on) can
 * never shift a result. The rules for clock times a DST change skips or repeats are those of
 * RFC 5545, java.time, PHP and Temporal's "compatible" mode, so an instant sent to a backend is the
 * one the backend itself means by that clock time:
 * - skipped (spring forward): the time the clock reaches, i.e. the offset before the gap applies
 *   ("02:30" on 8 March 2026 in New York is 03:30 EDT, 07:30Z);
 * - repeated (fall back): the first occurrence, unless told otherwise (see `resolveWallClock`).
 */

export const MINUTE = 60_000;
const DAY = 86_400_000;

/** The zone's UTC offset at an instant, in milliseconds (east positive). */
const offsetAt = (instant: number, timeZone: string): number => Math.round(tzOffset(timeZone, new Date(instant)) * 60) * 1000;

function naiveUtc(date: PlainDate, time: PlainTime): number {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

/**
 * Every instant at which the zone's clock shows `date time`, earliest first: none when a DST change
 * skips it, two when a DST change repeats it, otherwise one.
 */
export function wallClockInstants(date: PlainDate, time: PlainTime, timeZone: string): Date[] {
  const naive = naiveUtc(date, time);
  // A single transition within a day either side is all real zones do; its offsets bracket the time.
  const offsets = new Set([offsetAt(naive - DAY, timeZone), offsetAt(naive, timeZone), offsetAt(naive + DAY, timeZone)]);
  return [...offsets]
    .map((offset) => naive - offset)
    .filter((instant) => offsetAt(instant, timeZone) === naive - instant)
    .sort((a, b) => a - b)
    .map((instant) => new Date(instant));
}

/**
 * The instant at which the business zone's clock shows `date time`.
 * In a spring-forward gap the clock time does not exist; it resolves to the instant just after the gap,
 * the way clocks themselves move. In a fall-back overlap the first occurrence is used.
 */
export function wallClockToInstant(date: PlainDate, time: PlainTime, timeZone: string): Date {
  const [first] = wallClockInstants(date, time, timeZone);
  if (first) return first;
  // Skipped: read with the offset in force before the gap.
  const naive = naiveUtc(date, time);
  return new Date(naive - offsetAt(naive - DAY, timeZone));
}

export interface WallClockContext {
  /** The result must be later than this (a slot's end after its start). */
  after?: Date;
  /** Instants already given to this clock time in the same list: a repeated time listed again is its next occurrence. */
  taken?: ReadonlySet<number>;
}

/**
 * `wallClockToInstant` with context, for times that arrive as plain wall-clock from a backend:
 * a slot's end in a repeated hour is the first occurrence after its start (01:30 EDT + 1 h ends at
 * "01:30" again, the EST one), and a repeated start listed twice stands for both occurrences, in order.
 * Exact for slots up to the repeated hour's length; a longer one that starts before the overlap and
 * ends in its second pass cannot be told from wall-clock alone (start + duration can).
 */
export function resolveWallClock(date: PlainDate, time: PlainTime, timeZone: string, context: WallClockContext = {}): Date {
  const candidates = wallClockInstants(date, time, timeZone);
  if (candidates.length === 0) return wallClockToInstant(date, time, timeZone);
  const { after, taken } = context;
  const fresh = candidates.filter((instant) => !taken?.has(instant.getTime()));
  const pool = fresh.length > 0 ? fresh : candidates;
  return pool.find((instant) => !after || instant.getTime() > after.getTime()) ?? candidates[0];
}

/** Whether a DST change skips that clock time in the zone. */
export const isSkippedWallClock = (date: PlainDate, time: PlainTime, timeZone: string): boolean =>
  wallClockInstants(date, time, timeZone).length === 0;

/** The zone's UTC offset at an instant as ISO 8601 writes it: `+05:45`, `-04:00`, `+00:00`. */
export function utcOffset(instant: Date | string, timeZone: string): string {
  const minutes = Math.round(offsetAt(new Date(instant).getTime(), timeZone) / MINUTE);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whether two zones show the same clock time at every one of the instants. */
export const sameOffsets = (a: string, b: string, instants: ReadonlyArray<Date | string>): boolean =>
  a === b || instants.every((instant) => {
    const ms = new Date(instant).getTime();
    return offsetAt(ms, a) === offsetAt(ms, b);
  });

export const toIsoInstant = (date: Date): string => date.toISOString().replace(/\.000Z$/, 'Z');

/** Business-zone date and time of an instant. */
export function instantToWallClock(instant: Date | string, timeZone: string): { date: PlainDate; time: PlainTime } {
  const ms = new Date(instant).getTime();
  const wall = new Date(ms + offsetAt(ms, timeZone));
  return {
    date: `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`,
    time: `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`,
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
