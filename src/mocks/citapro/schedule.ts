import { TZDate } from '@date-fns/tz';
import {
  addPlainDays,
  instantToWallClock,
  parsePlainDate,
  plainDaysBetween,
  todayIn,
  wallClockToInstant,
} from '../../core/zoned-time.js';
import type {
  AvailabilityParams,
  AvailabilityResponse,
  AvailabilitySlot,
  CitaProBooking,
  CitaProPerson,
  CitaProSeedData,
  ProfessionalRef,
  Weekday,
} from './types.js';

/*
 * How the fake CitaPro decides what can be booked. Pure: the data, the clock and the business zone
 * come in as arguments, so the handlers, `fake.availability()` and the tests all share one answer.
 * Opening hours are wall-clock in the business zone; durations are elapsed time, so a slot that
 * spans a DST change ends at the wall-clock time a real clock would show.
 */

export type ScheduleData = Pick<CitaProSeedData, 'settings' | 'locations' | 'services' | 'people' | 'bookings'>;

export interface ScheduleContext {
  now: Date;
  timeZone: string;
}

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');
const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const toHhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** `YYYY-MM-DD HH:mm:ss` in the business zone, the API's wall-clock format. */
export function formatWallClock(instant: Date | string, timeZone: string): string {
  const z = new TZDate(new Date(instant).getTime(), timeZone);
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())} ${pad(z.getHours())}:${pad(z.getMinutes())}:${pad(z.getSeconds())}`;
}

export const weekdayOf = (date: string): Weekday => parsePlainDate(date).getDay() as Weekday;

export const personName = (person: Pick<CitaProPerson, 'firstname' | 'lastname'>): string =>
  `${person.firstname} ${person.lastname}`.trim();

export const toProfessionalRef = (person: CitaProPerson): ProfessionalRef => ({ id: person.id, name: personName(person) });

/** The last business-zone date the booking horizon reaches. */
export const lastBookableDate = (data: ScheduleData, ctx: ScheduleContext): string =>
  addPlainDays(todayIn(ctx.timeZone, ctx.now), data.settings.horizonDays);

const earliestStart = (data: ScheduleData, ctx: ScheduleContext) =>
  ctx.now.getTime() + data.settings.minLeadMinutes * MINUTE;

/** Active professionals assigned to the location who work that date's weekday. */
function staffOn(data: ScheduleData, locationId: string, date: string, personId?: string): CitaProPerson[] {
  const weekday = weekdayOf(date);
  return data.people.filter(
    (p) =>
      p.status === 'active' &&
      p.locationIds.includes(locationId) &&
      p.workingDays.includes(weekday) &&
      (personId === undefined || p.id === personId),
  );
}

/** Whether a non-cancelled booking of the person (at any location) overlaps [start, end). */
export function isBusy(
  bookings: readonly CitaProBooking[],
  personId: string,
  start: Date,
  end: Date,
  ignoreBookingId?: string,
): boolean {
  return bookings.some(
    (b) =>
      b.personId === personId &&
      b.status !== 'cancelled' &&
      b.id !== ignoreBookingId &&
      Date.parse(b.startTime) < end.getTime() &&
      start.getTime() < Date.parse(b.endTime),
  );
}

export interface SlotRequest {
  locationId: string;
  start: Date;
  end: Date;
  /** Only this professional; otherwise anyone free. */
  personId?: string;
  /** The booking being moved, which must not collide with itself. */
  ignoreBookingId?: string;
}

export type SlotCheck =
  | { ok: true; people: CitaProPerson[] }
  | { ok: false; reason: 'too-soon' | 'too-far' | 'closed' | 'unavailable' };

/** Whether an arbitrary instant range can be booked, and by whom (in data order). */
export function checkSlot(data: ScheduleData, req: SlotRequest, ctx: ScheduleContext): SlotCheck {
  if (req.start.getTime() < earliestStart(data, ctx)) return { ok: false, reason: 'too-soon' };
  const { date } = instantToWallClock(req.start, ctx.timeZone);
  if (plainDaysBetween(lastBookableDate(data, ctx), date) > 0) return { ok: false, reason: 'too-far' };
  const location = data.locations.find((l) => l.id === req.locationId);
  const ranges = location?.status === 'active' ? (location.openingHours[weekdayOf(date)] ?? []) : [];
  const open = ranges.some(
    (r) =>
      wallClockToInstant(date, r.start, ctx.timeZone).getTime() <= req.start.getTime() &&
      req.end.getTime() <= wallClockToInstant(date, r.end, ctx.timeZone).getTime(),
  );
  if (!open) return { ok: false, reason: 'closed' };
  const people = staffOn(data, req.locationId, date, req.personId).filter(
    (p) => !isBusy(data.bookings, p.id, req.start, req.end, req.ignoreBookingId),
  );
  return people.length > 0 ? { ok: true, people } : { ok: false, reason: 'unavailable' };
}

/**
 * `GET /v1/bookings/availability` for a query the caller has already validated (ids exist, span
 * within the limit). A range past the booking horizon is clipped and flagged `limitExceeded`.
 */
export function computeAvailability(
  data: ScheduleData,
  query: AvailabilityParams,
  ctx: ScheduleContext,
): AvailabilityResponse {
  const lastDate = lastBookableDate(data, ctx);
  const limitExceeded = plainDaysBetween(lastDate, query.endDate) > 0;
  const endDate = limitExceeded ? lastDate : query.endDate;
  const service = data.services.find((s) => s.id === query.serviceId);
  const location = data.locations.find((l) => l.id === query.locationId);
  const slots: AvailabilitySlot[] = [];
  const withSlots = new Set<string>();
  if (!service || location?.status !== 'active') return { days: [], professionals: [], slots, limitExceeded };

  const earliest = earliestStart(data, ctx);
  const step = data.settings.slotIntervalMinutes;
  for (let date = query.startDate; plainDaysBetween(date, endDate) >= 0; date = addPlainDays(date, 1)) {
    const staff = staffOn(data, location.id, date, query.professionalId);
    if (staff.length === 0) continue;
    const ranges = [...(location.openingHours[weekdayOf(date)] ?? [])].sort((a, b) => a.start.localeCompare(b.start));
    for (const range of ranges) {
      const close = wallClockToInstant(date, range.end, ctx.timeZone).getTime();
      for (let m = toMinutes(range.start); m < toMinutes(range.end); m += step) {
        const time = toHhmm(m);
        const start = wallClockToInstant(date, time, ctx.timeZone);
        // A wall-clock time skipped by a DST change does not exist, so it is not offered.
        const shown = instantToWallClock(start, ctx.timeZone);
        if (shown.date !== date || shown.time !== time) continue;
        const end = new Date(start.getTime() + service.duration * MINUTE);
        if (end.getTime() > close || start.getTime() < earliest) continue;
        const free = staff.filter((p) => !isBusy(data.bookings, p.id, start, end));
        if (free.length === 0) continue;
        free.forEach((p) => withSlots.add(p.id));
        slots.push({
          startTime: formatWallClock(start, ctx.timeZone),
          endTime: formatWallClock(end, ctx.timeZone),
          professionals: free.map(toProfessionalRef),
        });
      }
    }
  }
  return {
    days: [...new Set(slots.map((s) => s.startTime.slice(0, 10)))],
    professionals: data.people.filter((p) => withSlots.has(p.id)).map(toProfessionalRef),
    slots,
    limitExceeded,
  };
}
