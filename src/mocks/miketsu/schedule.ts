/**
 * Miketsu's availability, as the code computes it (notes §4.4). Appointment services: candidate starts
 * every 15 minutes inside business hours, on the merchant's clock, that fit the service, keep clear of
 * other bookings at the location (plus the buffer), and respect the lead time and horizon. Classes and
 * events: the start times of their existing sessions that still have seats (no ids).
 */
import { addPlainDays, instantToWallClock, wallClockToInstant } from '../../core/zoned-time.js';
import type { MiketsuBooking, MiketsuService, MiketsuState } from './data.js';

export interface MiketsuDay {
  date: string;
  is_available: boolean;
  morning: string[];
  afternoon: string[];
}

const MINUTE = 60_000;
const STEP_MINUTES = 15;

export const findService = (state: MiketsuState, id: number): MiketsuService | undefined =>
  state.merchant.services.flatMap((c) => c.services).find((s) => s.id === id);

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The last instant the merchant takes bookings for: now + booking_window_max months. */
function horizon(state: MiketsuState, now: Date): number {
  const end = new Date(now);
  end.setUTCMonth(end.getUTCMonth() + state.settings.booking_window_max);
  return end.getTime();
}

export type StartCheck = { ok: true } | { ok: false; reason: 'too-soon' | 'too-far' | 'closed' | 'overlap' };

/** Lead time and horizon, the rules every customer booking and join obeys. */
export function checkWindow(state: MiketsuState, start: Date, now: Date): StartCheck {
  if (start.getTime() < now.getTime() + state.settings.booking_window_min * MINUTE) return { ok: false, reason: 'too-soon' };
  if (start.getTime() > horizon(state, now)) return { ok: false, reason: 'too-far' };
  return { ok: true };
}

/** A live booking or session at the location overlapping [from, to) (plus the buffer). */
export const clashing = (state: MiketsuState, locationId: number, from: number, to: number): MiketsuBooking | undefined => {
  const buffer = state.settings.buffer_time * MINUTE;
  return [...state.bookings, ...state.sessions].find(
    (b) => b.location_id === locationId && b.booking_status !== 'cancelled' && from < Date.parse(b.to_date) + buffer && Date.parse(b.from_date) - buffer < to,
  );
};

export const isGroupService = (service: MiketsuService) => service.booking_type !== 'appointment';

/** Participants holding a seat. */
export const seated = (booking: MiketsuBooking) => (booking.participants ?? []).filter((p) => p.status !== 'cancelled').length;

/** A live session of a group service with a seat free. */
export const hasSeat = (booking: MiketsuBooking) =>
  booking.booking_status !== 'cancelled' && seated(booking) < (booking.max_participants ?? Infinity);

/** Whether a booking of `service` may start at `start` (what availability offers, checked one by one). */
export function checkStart(state: MiketsuState, service: MiketsuService, locationId: number, start: Date, now: Date, timeZone: string): StartCheck {
  const from = start.getTime();
  const to = from + service.total_duration * MINUTE;
  const window = checkWindow(state, start, now);
  if (!window.ok) return window;
  const wall = instantToWallClock(start, timeZone);
  const begins = minutesOf(wall.time);
  const inside = (state.merchant.business_hours[String(weekdayOf(wall.date))] ?? []).some(
    (range) => begins >= minutesOf(range.start_time) && begins + service.total_duration <= minutesOf(range.end_time),
  );
  if (!inside) return { ok: false, reason: 'closed' };
  return clashing(state, locationId, from, to) ? { ok: false, reason: 'overlap' } : { ok: true };
}

/** One entry per merchant-zone day from `start`'s date to `end`'s date. */
export function computeAvailability(
  state: MiketsuState,
  query: { serviceId: number; locationId: number; start: Date; end: Date },
  ctx: { now: Date; timeZone: string },
): MiketsuDay[] {
  const service = findService(state, query.serviceId);
  if (!service) return [];
  const first = instantToWallClock(query.start, ctx.timeZone).date;
  const last = instantToWallClock(query.end, ctx.timeZone).date;
  if (isGroupService(service)) return groupDays(state, service, first, last, ctx);
  const days: MiketsuDay[] = [];
  for (let date = first; date <= last && days.length < 400; date = addPlainDays(date, 1)) {
    const morning: string[] = [];
    const afternoon: string[] = [];
    const seen = new Set<number>();
    for (const range of state.merchant.business_hours[String(weekdayOf(date))] ?? []) {
      for (let m = minutesOf(range.start_time); m + service.total_duration <= minutesOf(range.end_time); m += STEP_MINUTES) {
        const time = hhmm(m);
        const start = wallClockToInstant(date, time, ctx.timeZone);
        // A clock time a DST change skips lands on one that exists; list each instant once.
        if (seen.has(start.getTime()) || instantToWallClock(start, ctx.timeZone).date !== date) continue;
        seen.add(start.getTime());
        if (!checkStart(state, service, query.locationId, start, ctx.now, ctx.timeZone).ok) continue;
        (m < 12 * 60 ? morning : afternoon).push(time);
      }
    }
    days.push({ date, is_available: morning.length + afternoon.length > 0, morning, afternoon });
  }
  return days;
}

/** A class or event: each day's sessions with seats, ahead of the lead time, as times on the merchant's clock. */
function groupDays(state: MiketsuState, service: MiketsuService, first: string, last: string, ctx: { now: Date; timeZone: string }): MiketsuDay[] {
  const sessions = state.sessions
    .filter((b) => b.service_id === service.id && hasSeat(b) && checkWindow(state, new Date(b.from_date), ctx.now).ok)
    .map((b) => instantToWallClock(b.from_date, ctx.timeZone))
    .sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  const days: MiketsuDay[] = [];
  for (let date = first; date <= last && days.length < 400; date = addPlainDays(date, 1)) {
    const times = sessions.filter((s) => s.date === date).map((s) => s.time);
    const morning = times.filter((t) => minutesOf(t) < 12 * 60);
    const afternoon = times.filter((t) => minutesOf(t) >= 12 * 60);
    days.push({ date, is_available: times.length > 0, morning, afternoon });
  }
  return days;
}
