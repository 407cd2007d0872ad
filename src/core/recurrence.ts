import type { OpeningHours, PlainDate, PlainTime, RecurrenceRule, Weekday } from './model.js';
import {
  addMonthsTo,
  addPlainDays,
  dayOfWeek,
  instantToWallClock,
  lastDayOfMonth,
  MINUTE,
  monthOf,
  toIsoInstant,
  wallClockInstants,
  wallClockToInstant,
} from './zoned-time.js';

/*
 * Expands the RFC 5545 subset the backends take (FREQ DAILY/WEEKLY/MONTHLY, INTERVAL, BYDAY without
 * ordinals, UNTIL) into the dates a series will create, so the front desk can preview them before
 * sending. Everything is computed on the merchant's wall clock (RFC 5545 §3.3.10: the rule repeats
 * local time, not elapsed time) and only then turned into instants in the business zone.
 */

export interface Occurrence {
  /** Business-zone date the rule produced. */
  date: PlainDate;
  /** Business-zone clock time at `start`: the series' time, or later when a DST gap skips it. */
  time: PlainTime;
  /** ISO instants, UTC `Z` */
  start: string;
  end: string;
  /** not wholly inside that weekday's opening hours */
  outsideHours: boolean;
}

export interface Expansion {
  occurrences: Occurrence[];
  /** more would follow but the limit stopped it */
  truncated: boolean;
}

export interface ExpansionOptions {
  /** Length of each occurrence (default 0: only the start is checked against opening hours). */
  durationMinutes?: number;
  /** Absent = unknown: nothing is flagged. */
  openingHours?: OpeningHours;
  /** Most occurrences returned, the first included (default 200). */
  limit?: number;
}

/**
 * What the UI must show before a rule is sent:
 * - `interval`: not a whole number of at least 1;
 * - `until-missing`: no valid end date;
 * - `until-before-start`: the end date is before the first occurrence's date.
 */
export type RecurrenceProblem = 'interval' | 'until-missing' | 'until-before-start';

/** RFC 5545 order; the week starts on Monday (WKST=MO, the default of §3.3.10). */
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isPlainDate(value: unknown): value is PlainDate {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function weekdayOf(date: PlainDate): Weekday {
  return WEEKDAYS[(dayOfWeek(date) + 6) % 7];
}

/** The Monday that starts the week of `date`. */
const weekStart = (date: PlainDate): PlainDate => addPlainDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));

export function validateRecurrence(rule: RecurrenceRule, first: { date: PlainDate }): RecurrenceProblem[] {
  const problems: RecurrenceProblem[] = [];
  if (!Number.isInteger(rule.interval) || rule.interval < 1) problems.push('interval');
  if (!isPlainDate(rule.until)) problems.push('until-missing');
  else if (rule.until < first.date) problems.push('until-before-start');
  return problems;
}

/** The RFC 3339 UTC instant to send as the rule's `until`: the series' wall-clock time on the until date, in the zone. */
export function untilInstant(rule: RecurrenceRule, time: PlainTime, timeZone: string): string {
  // RFC 5545 §3.3.10: UNTIL is inclusive and, with a zoned DTSTART, given in UTC. The series'
  // own time on the last date is exactly the last occurrence there, so that date is kept.
  return toIsoInstant(wallClockToInstant(rule.until, time, timeZone));
}

/**
 * Candidate dates of each period (day, week or month) in order, starting with the period that holds
 * DTSTART. Infinite: the caller stops it.
 */
function* candidateDates(rule: RecurrenceRule, start: PlainDate): Generator<PlainDate> {
  const step = rule.interval;
  const byDay = new Set(rule.weekdays);
  if (rule.frequency === 'DAILY') {
    // BYDAY limits a DAILY rule (RFC 5545 §3.3.10, the BYxxx table): other days are dropped.
    // Every 7th day is always the same weekday: if that one is not listed, nothing would ever follow.
    if (step % 7 === 0 && byDay.size > 0 && !byDay.has(weekdayOf(start))) return;
    for (let day = start; ; day = addPlainDays(day, step)) {
      if (byDay.size === 0 || byDay.has(weekdayOf(day))) yield day;
    }
  }
  if (rule.frequency === 'WEEKLY') {
    // BYDAY expands a WEEKLY rule within each interval-th week, weeks starting Monday (WKST=MO);
    // without BYDAY the week's only day is DTSTART's weekday.
    const days = byDay.size > 0 ? WEEKDAYS.filter((day) => byDay.has(day)) : [weekdayOf(start)];
    const offsets = days.map((day) => WEEKDAYS.indexOf(day));
    for (let monday = weekStart(start); ; monday = addPlainDays(monday, 7 * step)) {
      for (const offset of offsets) yield addPlainDays(monday, offset);
    }
  }
  // MONTHLY. Without BYDAY: DTSTART's day of the month; a month without that day (the 31st in April)
  // is skipped, not moved (RFC 5545 §3.3.10: invalid dates are ignored). With BYDAY (no ordinal):
  // every such weekday of each interval-th month.
  const dayOfMonth = start.slice(8);
  for (let month = monthOf(start); ; month = addMonthsTo(month, step)) {
    const last = lastDayOfMonth(month);
    if (byDay.size === 0) {
      if (dayOfMonth <= last.slice(8)) yield `${month}-${dayOfMonth}`;
      continue;
    }
    for (let day = `${month}-01`; day <= last; day = addPlainDays(day, 1)) {
      if (byDay.has(weekdayOf(day))) yield day;
    }
  }
}

/** Whether [start, end] lies inside one of the date's opening intervals; a day without hours is closed. */
function withinHours(date: PlainDate, start: number, end: number, hours: OpeningHours, timeZone: string): boolean {
  return (hours[dayOfWeek(date)] ?? []).some(
    (open) =>
      wallClockToInstant(date, open.start, timeZone).getTime() <= start &&
      end <= wallClockToInstant(date, open.end, timeZone).getTime(),
  );
}

/**
 * The occurrences a rule creates from its first one (DTSTART), in the business zone, sorted.
 * RFC 5545 §3.8.5.3: DTSTART always counts as the first occurrence, even when the rule would not
 * produce it; nothing before it is produced; UNTIL is inclusive.
 * RFC 5545 §3.3.5: the series keeps its wall-clock time across DST changes; a time a spring-forward
 * gap skips is read with the offset before the gap (so it moves forward by the gap), and a time a
 * fall-back repeats is the first of the two.
 * `first` may be a slot: when its `start` is the second pass of a repeated hour, DTSTART is that instant.
 */
export function expandRecurrence(
  rule: RecurrenceRule,
  first: { date: PlainDate; time: PlainTime; start?: string },
  timeZone: string,
  options: ExpansionOptions = {},
): Expansion {
  const { durationMinutes = 0, openingHours, limit = 200 } = options;
  // A slot in the second pass of a repeated hour names its instant; DTSTART keeps it (later dates take the first).
  const exact = first.start ? new Date(first.start).getTime() : undefined;
  const firstStart = wallClockInstants(first.date, first.time, timeZone).some((i) => i.getTime() === exact) ? exact : undefined;
  const occurrence = (date: PlainDate): Occurrence => {
    const start = (date === first.date ? firstStart : undefined) ?? wallClockToInstant(date, first.time, timeZone).getTime();
    const end = start + durationMinutes * MINUTE;
    return {
      date,
      time: instantToWallClock(new Date(start), timeZone).time,
      start: toIsoInstant(new Date(start)),
      end: toIsoInstant(new Date(end)),
      outsideHours: openingHours ? !withinHours(date, start, end, openingHours, timeZone) : false,
    };
  };

  const dates: PlainDate[] = [first.date];
  let truncated = false;
  // An invalid rule (validateRecurrence says why) creates only its first occurrence.
  if (validateRecurrence(rule, first).length === 0) {
    for (const date of candidateDates(rule, first.date)) {
      if (date > rule.until) break;
      if (date <= first.date) continue;
      if (dates.length >= limit) {
        truncated = true;
        break;
      }
      dates.push(date);
    }
  }
  return { occurrences: dates.slice(0, Math.max(limit, 1)).map(occurrence), truncated };
}
