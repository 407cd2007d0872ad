import type { Availability, PlainDate, Slot } from './model.js';
import { firstDayOfMonth, lastDayOfMonth, plainDaysBetween, splitRange } from './zoned-time.js';

/** Slots per business-zone day, each day's slots in time order, days in date order. */
export function groupByDay(slots: readonly Slot[]): Map<PlainDate, Slot[]> {
  const days = new Map<PlainDate, Slot[]>();
  const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start));
  for (const slot of sorted) {
    const day = days.get(slot.date);
    if (day) day.push(slot);
    else days.set(slot.date, [slot]);
  }
  return new Map([...days.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The availability requests that cover a month (`YYYY-MM`) from `today` on, each at most
 * `maxDays` long. A month entirely in the past needs none.
 */
export function monthRanges(month: string, today: PlainDate, maxDays: number): Array<[PlainDate, PlainDate]> {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  if (plainDaysBetween(today, last) < 0) return [];
  const from = plainDaysBetween(today, first) < 0 ? today : first;
  return splitRange(from, last, maxDays);
}

/** Merges the answers for one month's ranges; the same start offered twice counts once. */
export function mergeAvailability(parts: readonly Availability[]): Availability {
  const seen = new Map<string, Slot>();
  for (const part of parts) {
    for (const slot of part.slots) {
      const existing = seen.get(slot.start);
      if (!existing) seen.set(slot.start, slot);
      else {
        const ids = new Set(existing.professionals.map((p) => p.id));
        seen.set(slot.start, {
          ...existing,
          professionals: [...existing.professionals, ...slot.professionals.filter((p) => !ids.has(p.id))],
        });
      }
    }
  }
  return {
    slots: [...seen.values()].sort((a, b) => a.start.localeCompare(b.start)),
    limitExceeded: parts.some((part) => part.limitExceeded),
  };
}

/**
 * Key for one month of availability for one choice: the services in order (several booked together are
 * one combined duration), location, professional, and whether the front desk asks (new-session times).
 */
export const availabilityKey = (
  q: { serviceId?: string; serviceIds?: string[]; locationId?: string; professionalId?: string; frontDesk?: boolean },
  month: string,
) =>
  [
    q.frontDesk ? 'desk' : 'customer',
    (q.serviceIds?.length ? q.serviceIds : [q.serviceId ?? '']).join('+'),
    q.locationId ?? '',
    q.professionalId ?? '*',
    month,
  ].join('|');
