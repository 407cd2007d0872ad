import { isAbort } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import type { OpeningHours, PlainDate, Service, Slot } from '../core/model.js';
import { addPlainDays, dayOfWeek, instantToWallClock, MINUTE, toIsoInstant, wallClockToInstant } from '../core/zoned-time.js';
import { isCancelled, unwrap, type MiketsuCalendar, type MiketsuSettings } from './miketsu-read.js';

/*
 * The front desk starts a NEW class or event session (the merchant route creates bookings; it never
 * joins one): the times one can start are computed here the way Miketsu computes appointment
 * availability (notes §4.4) — 15-minute steps inside business hours whose [start, start + duration]
 * keeps clear of every live booking and blocked time at the location (plus `buffer_time`), from
 * `booking_window_min` minutes ahead. Bookings and blocked times come from the calendar, the lead time
 * and buffer from `GET /merchant/settings`.
 */

export interface FreeStartsContext {
  http: HttpClient;
  timeZone: string;
  now: () => Date;
  /** `…/merchant/settings`; absent when it cannot be named (public layout without `merchant-id`). */
  settingsPath?: string;
  calendar(from: PlainDate, to: PlainDate, signal?: AbortSignal): Promise<MiketsuCalendar>;
}

const STEP_MINUTES = 15;

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function createFreeStarts(ctx: FreeStartsContext) {
  const { http, timeZone, now, settingsPath } = ctx;
  let settings: Promise<{ leadMinutes: number; bufferMinutes: number }> | undefined;

  /** Lead time and buffer, asked once; unreadable settings count as none (the backend still checks). */
  function rules(signal?: AbortSignal) {
    settings ??= (async () => {
      if (!settingsPath) return { leadMinutes: 0, bufferMinutes: 0 };
      try {
        const body = unwrap<MiketsuSettings | null>(await http.request({ path: settingsPath, signal })) ?? {};
        return { leadMinutes: Math.max(0, Number(body.booking_window_min) || 0), bufferMinutes: Math.max(0, Number(body.buffer_time) || 0) };
      } catch (error) {
        settings = undefined;
        if (isAbort(error)) throw error;
        return { leadMinutes: 0, bufferMinutes: 0 };
      }
    })();
    return settings;
  }

  /** Start times for a new session of `service` between the dates, as slots without `session`. */
  async function list(service: Service, hours: OpeningHours, from: PlainDate, to: PlainDate, signal?: AbortSignal): Promise<Slot[]> {
    const [{ leadMinutes, bufferMinutes }, { bookings, blocked }] = await Promise.all([rules(signal), ctx.calendar(from, to, signal)]);
    const buffer = bufferMinutes * MINUTE;
    const busy = [
      ...bookings.filter((b) => !isCancelled(b.booking_status)).map((b) => [Date.parse(b.from_date) - buffer, Date.parse(b.to_date ?? b.from_date) + buffer]),
      ...blocked.map((b) => [Date.parse(b.from_date), Date.parse(b.to_date)]),
    ].filter(([a, b]) => !Number.isNaN(a) && !Number.isNaN(b));
    const earliest = now().getTime() + leadMinutes * MINUTE;
    const length = service.durationMinutes * MINUTE;
    const slots: Slot[] = [];
    for (let date = from; date <= to; date = addPlainDays(date, 1)) {
      const seen = new Set<number>();
      for (const range of hours[dayOfWeek(date)] ?? []) {
        for (let m = minutesOf(range.start); m + service.durationMinutes <= minutesOf(range.end); m += STEP_MINUTES) {
          const start = wallClockToInstant(date, hhmm(m), timeZone);
          const begins = start.getTime();
          // A clock time a DST change skips lands on one that exists; each instant once, on its own date.
          if (seen.has(begins) || instantToWallClock(start, timeZone).date !== date) continue;
          seen.add(begins);
          if (begins < earliest || busy.some(([a, b]) => begins < b && a < begins + length)) continue;
          slots.push({
            date,
            time: instantToWallClock(start, timeZone).time,
            start: toIsoInstant(start),
            end: toIsoInstant(new Date(begins + length)),
            professionals: [],
          });
        }
      }
    }
    return slots.sort((a, b) => a.start.localeCompare(b.start));
  }

  return { list };
}
