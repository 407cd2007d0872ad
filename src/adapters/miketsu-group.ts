import { BookingError } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import type { GroupSession, PlainDate, Service, Slot } from '../core/model.js';
import { instantToWallClock, MINUTE, toIsoInstant } from '../core/zoned-time.js';
import {
  FULL_MESSAGE,
  isCancelled,
  isGroupType,
  rfc3339In,
  unwrap,
  type MiketsuBlockedTime,
  type MiketsuCalendar,
  type MiketsuCalendarBooking,
  type ServiceInfo,
} from './miketsu-read.js';

/*
 * Group sessions (classes, events). Public availability gives only the times of sessions with space,
 * never their ids (notes §4.4, open question 2); joining needs the id as `booking_id`. The documented
 * source of ids is `GET /bookings/calendar/events?start&end` (§4.5), so sessions are read there: the
 * service's non-cancelled bookings with seats left, capacity from the event's `max_participants`, else
 * the service's. That route is for employees: when it is refused (401/403, or cannot be named), no
 * session can be joined, so `list` says so (undefined) and the adapter refuses the service's availability
 * rather than offer times that would fail at confirm; a booking without `booking_id` is refused too.
 */

export interface GroupContext {
  http: HttpClient;
  timeZone: string;
  now: () => Date;
  /** `…/calendar/events`; absent when it cannot be asked (the public layout without `merchant-id`). */
  calendarPath?: string;
  warn: (message: string) => void;
}

/** Where a session stands when it is about to be joined. */
export type SessionState = { kind: 'refused' } | { kind: 'gone' } | { kind: 'open' | 'full'; session: GroupSession };

/** Miketsu's answer to joining a full session: 409 (the docs) or a 400 "no rows" / capacity message (the code). */
export function asSessionFull(error: unknown): unknown {
  if (!(error instanceof BookingError)) return error;
  const full = error.status === 409 || (error.status === 400 && !!error.detail && FULL_MESSAGE.test(error.detail));
  return full
    ? new BookingError('session-full', `Miketsu: the session is full${error.detail ? `: ${error.detail}` : ''}`, { status: error.status, detail: error.detail, cause: error })
    : error;
}

export const cannotJoinOnline = () =>
  new BookingError('unauthorized', 'Miketsu: this class or event cannot be joined online', {
    detail:
      'Joining a class or event needs its booking_id, which Miketsu gives only through GET /bookings/calendar/events, and that route ' +
      'refused this session (employees only; with route-layout="public" it also needs the merchant-id attribute). ' +
      'The merchant can add the customer from the front desk, or serve the widget to a staff session.',
  });

export function createGroupSessions(ctx: GroupContext) {
  const { http, timeZone, now, calendarPath, warn } = ctx;
  let refused = !calendarPath;
  let warned = false;

  function noteRefusal(): void {
    refused = true;
    if (warned) return;
    warned = true;
    warn(
      '[booking-widget] Miketsu: class and event sessions are listed from GET /bookings/calendar/events, which refused this session ' +
        '(it needs an employee; with route-layout="public" also the merchant-id attribute). Classes and events are not offered for online booking.',
    );
  }

  /** The calendar between two business-zone dates: bookings and blocked times. Throws when refused. */
  async function calendar(from: PlainDate, to: PlainDate, signal?: AbortSignal): Promise<MiketsuCalendar> {
    if (!calendarPath) {
      throw new BookingError('unauthorized', 'Miketsu: no merchant id for the calendar', { detail: 'merchant-id attribute missing' });
    }
    const body = unwrap<MiketsuCalendarBooking[] | { bookings?: MiketsuCalendarBooking[] | null; blocked_times?: MiketsuBlockedTime[] | null } | null>(
      await http.request({
        path: calendarPath,
        query: [
          ['start', rfc3339In(from, '00:00', timeZone)],
          ['end', rfc3339In(to, '23:59:59', timeZone)],
        ],
        signal,
      }),
    );
    return Array.isArray(body) ? { bookings: body, blocked: [] } : { bookings: body?.bookings ?? [], blocked: body?.blocked_times ?? [] };
  }

  /** The calendar's bookings between two business-zone dates; undefined when the route is refused. */
  async function events(from: PlainDate, to: PlainDate, signal?: AbortSignal): Promise<MiketsuCalendarBooking[] | undefined> {
    if (refused) {
      noteRefusal();
      return undefined;
    }
    try {
      return (await calendar(from, to, signal)).bookings;
    } catch (error) {
      if (error instanceof BookingError && error.code === 'unauthorized') {
        noteRefusal();
        return undefined;
      }
      throw error;
    }
  }

  /** A calendar booking as a slot of `service`, seats counted; undefined when it is not one of its sessions. */
  function readSession(event: MiketsuCalendarBooking, service: Service, info: ServiceInfo): Slot | undefined {
    const ofService = event.service_id != null ? String(event.service_id) === service.id : event.service_name === service.name;
    if (!ofService || isCancelled(event.booking_status)) return undefined;
    if (event.booking_type && !isGroupType(event.booking_type)) return undefined;
    const begins = Date.parse(event.from_date);
    if (Number.isNaN(begins)) throw new BookingError('bad-response', `Miketsu: unreadable session start "${event.from_date}"`);
    const ends = event.to_date ? Date.parse(event.to_date) : NaN;
    const limit = Number(event.max_participants);
    const capacity = limit > 0 ? limit : info.capacity;
    const seated = Array.isArray(event.participants) ? event.participants.filter((p) => !isCancelled(p?.status)).length : undefined;
    const session: GroupSession = {
      id: String(event.id),
      ...(capacity !== undefined && seated !== undefined ? { seatsLeft: Math.max(0, capacity - seated) } : {}),
      ...(capacity !== undefined ? { capacity } : {}),
    };
    const wall = instantToWallClock(new Date(begins), timeZone);
    return {
      date: wall.date,
      time: wall.time,
      start: toIsoInstant(new Date(begins)),
      end: toIsoInstant(new Date(Number.isNaN(ends) ? begins + service.durationMinutes * MINUTE : ends)),
      professionals: [],
      session,
    };
  }

  /** Upcoming sessions of `service` between the dates that still have seats; undefined when refused. */
  async function list(service: Service, info: ServiceInfo, from: PlainDate, to: PlainDate, signal?: AbortSignal): Promise<Slot[] | undefined> {
    const found = await events(from, to, signal);
    if (!found) return undefined;
    const after = now().getTime();
    return found
      .map((event) => readSession(event, service, info))
      .filter((slot): slot is Slot => !!slot && slot.date >= from && slot.date <= to && Date.parse(slot.start) > after)
      .filter((slot) => slot.session!.seatsLeft === undefined || slot.session!.seatsLeft > 0)
      .sort((a, b) => a.start.localeCompare(b.start));
  }

  /** The session `slot` joins, read again right before joining. */
  async function state(service: Service, info: ServiceInfo, slot: Slot, signal?: AbortSignal): Promise<SessionState> {
    const found = await events(slot.date, slot.date, signal);
    if (!found) return { kind: 'refused' };
    const match = found.find((event) => String(event.id) === slot.session?.id);
    const read = match && readSession(match, service, info);
    if (!read) return { kind: 'gone' };
    return { kind: read.session!.seatsLeft === 0 ? 'full' : 'open', session: read.session! };
  }

  return { list, state, calendar };
}
