import type { PlainDate } from '../../core/model.js';
import {
  addMonthsTo,
  addPlainDays,
  dayOfWeek,
  firstDayOfMonth,
  lastDayOfMonth,
  monthOf,
} from '../../core/zoned-time.js';

/*
 * The month grid as data: which date sits in which cell, and where each key of the APG date-picker
 * keyboard model moves to. No DOM, so every key is tested without rendering.
 */

/** One row of the grid: seven cells from the locale's first weekday; `null` is a day outside the month. */
export type Week = Array<PlainDate | null>;

/** The weeks of `month` (`YYYY-MM`), each starting on `weekStart` (0 = Sunday). */
export function monthWeeks(month: string, weekStart: number): Week[] {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const cells: Week = Array.from({ length: (dayOfWeek(first) - weekStart + 7) % 7 }, () => null);
  for (let date = first; date <= last; date = addPlainDays(date, 1)) cells.push(date);
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The same day `months` months away, clamped to that month's end (31 March − 1 → 28 February). */
export function addMonthsClamped(date: PlainDate, months: number): PlainDate {
  const month = addMonthsTo(monthOf(date), months);
  const last = lastDayOfMonth(month);
  const candidate = `${month}-${date.slice(8)}`;
  return candidate > last ? last : candidate;
}

export function clampDate(date: PlainDate, min?: PlainDate, max?: PlainDate): PlainDate {
  if (min && date < min) return min;
  if (max && date > max) return max;
  return date;
}

export interface KeyOptions {
  shiftKey?: boolean;
  /** 0 = Sunday; Home/End go to the start/end of the week as the locale counts it. */
  weekStart: number;
  /** Right-to-left layouts mirror the horizontal arrows. */
  rtl?: boolean;
  /** Bounds the move is clamped into (the reachable months). */
  min?: PlainDate;
  max?: PlainDate;
}

/**
 * Where a key moves focus from `date`, clamped into `min`/`max`; `undefined` when the key is not a
 * grid navigation key.
 */
export function keyTarget(date: PlainDate, key: string, options: KeyOptions): PlainDate | undefined {
  const target = unclampedTarget(date, key, options);
  return target && clampDate(target, options.min, options.max);
}

function unclampedTarget(date: PlainDate, key: string, { shiftKey = false, weekStart, rtl = false }: KeyOptions) {
  const intoWeek = (dayOfWeek(date) - weekStart + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addPlainDays(date, rtl ? 1 : -1);
    case 'ArrowRight':
      return addPlainDays(date, rtl ? -1 : 1);
    case 'ArrowUp':
      return addPlainDays(date, -7);
    case 'ArrowDown':
      return addPlainDays(date, 7);
    case 'Home':
      return addPlainDays(date, -intoWeek);
    case 'End':
      return addPlainDays(date, 6 - intoWeek);
    case 'PageUp':
      return addMonthsClamped(date, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonthsClamped(date, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

export interface TabStopInput {
  month: string;
  /** Where keyboard focus last was, if the customer has moved it. */
  focused?: PlainDate;
  selected?: PlainDate;
  today: PlainDate;
  /** Days that can be selected, in date order. */
  available: Iterable<PlainDate>;
}

/**
 * The one day that takes part in the tab order: the day focus last was on, else the selected day,
 * else today, else the first available day, else the 1st — each only when it is in the shown month.
 */
export function tabStopDate({ month, focused, selected, today, available }: TabStopInput): PlainDate {
  const inMonth = (date?: PlainDate): date is PlainDate => !!date && monthOf(date) === month;
  if (inMonth(focused)) return focused;
  if (inMonth(selected)) return selected;
  if (inMonth(today)) return today;
  for (const date of available) if (inMonth(date)) return date;
  return firstDayOfMonth(month);
}
