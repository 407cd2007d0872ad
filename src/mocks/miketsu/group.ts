import { addPlainDays, instantToWallClock, toIsoInstant, wallClockToInstant } from '../../core/zoned-time.js';
import { MIKETSU_IDS, type MiketsuBooking, type MiketsuParticipant, type MiketsuService, type MiketsuState } from './data.js';
import { created, fail, MIKETSU_MESSAGES, MINUTE, ok, RFC3339 } from './respond.js';
import { checkWindow, findService, hasSeat, isGroupService } from './schedule.js';

/*
 * Classes and events in the fake: seeded sessions of "Yoga en grupo", the calendar's view of a
 * booking (notes §4.5: id, booking_type, booking_status, from_date, to_date, is_recurring,
 * participants, …), and a customer joining a session with `booking_id`.
 */

export interface Ids {
  booking(): number;
  participant(): number;
}

/** Seats taken in the seeded sessions, in date order: the first one is full. */
const SEATS_TAKEN = [6, 2, 4, 1, 5, 3];
const CLASS_DAYS = new Set([1, 3, 5]);
const CLASS_TIME = '18:30';

export function participantOf(state: MiketsuState, customerId: string, ids: Ids): MiketsuParticipant {
  const customer = state.customers.find((c) => c.id === customerId);
  return {
    id: ids.participant(),
    customer_id: customerId,
    first_name: customer?.first_name ?? '',
    last_name: customer?.last_name ?? '',
    customer_note: null,
    status: 'confirmed',
  };
}

/** Yoga on Monday, Wednesday and Friday evenings of the two weeks after `now`'s date, each with participants. */
export function seedClassSessions(state: MiketsuState, now: Date, timeZone: string, ids: Ids): void {
  const yoga = findService(state, MIKETSU_IDS.yoga)!;
  const today = instantToWallClock(now, timeZone).date;
  let index = 0;
  for (let day = 1; day <= 14; day++) {
    const date = addPlainDays(today, day);
    if (!CLASS_DAYS.has(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
    const start = wallClockToInstant(date, CLASS_TIME, timeZone);
    const taken = SEATS_TAKEN[index++ % SEATS_TAKEN.length];
    state.sessions.push({
      id: ids.booking(),
      booking_type: yoga.booking_type,
      merchant_name: state.merchant.url_name,
      service_id: yoga.id,
      location_id: state.merchant.location_id,
      from_date: toIsoInstant(start),
      to_date: toIsoInstant(new Date(start.getTime() + yoga.total_duration * MINUTE)),
      customer_note: null,
      merchant_note: null,
      booking_status: 'confirmed',
      is_recurring: true,
      max_participants: yoga.max_participants,
      participants: state.customers.slice(0, taken).map((c) => participantOf(state, c.id, ids)),
      customer: 'merchant',
    });
  }
}

/** One booking as `GET /bookings/calendar/events` lists it. */
export function calendarView(state: MiketsuState, booking: MiketsuBooking) {
  const service = findService(state, booking.service_id);
  return {
    id: booking.id,
    booking_type: booking.booking_type,
    booking_status: booking.booking_status,
    from_date: booking.from_date,
    to_date: booking.to_date,
    is_recurring: !!booking.is_recurring,
    merchant_note: booking.merchant_note ?? null,
    service_id: booking.service_id,
    service_name: service?.name ?? '',
    service_color: '#6b8f71',
    max_participants: booking.max_participants ?? service?.max_participants ?? 1,
    price: service?.price ?? '',
    cost: '',
    participants: structuredClone(booking.participants ?? []),
  };
}

/** The calendar between two RFC 3339 instants: bookings that overlap them, and (none) blocked times. */
export function calendarRoute(state: MiketsuState, url: URL): Response {
  const start = url.searchParams.get('start') ?? '';
  const end = url.searchParams.get('end') ?? '';
  if (!RFC3339.test(start) || !RFC3339.test(end) || Date.parse(end) < Date.parse(start)) return fail(MIKETSU_MESSAGES.range);
  const bookings = [...state.bookings, ...state.sessions]
    .filter((b) => Date.parse(b.from_date) <= Date.parse(end) && Date.parse(b.to_date) >= Date.parse(start))
    .sort((a, b) => a.from_date.localeCompare(b.from_date))
    .map((b) => calendarView(state, b));
  return ok({ bookings, blocked_times: [] });
}

export interface JoinContext {
  state: MiketsuState;
  now: Date;
  conflicts: 'seed' | 'code';
  ids: Ids;
}

/** `POST /bookings/customer` for a class or event: a seat in the session `booking_id` names. */
export function joinSession(ctx: JoinContext, service: MiketsuService, body: Record<string, unknown>, start: Date): Response {
  const { state, now, conflicts, ids } = ctx;
  if (body.booking_id === undefined) return fail(MIKETSU_MESSAGES.joinNeedsId);
  if (!Number.isInteger(body.booking_id)) return fail(MIKETSU_MESSAGES.bookingId);
  const session = state.sessions.find((b) => b.id === body.booking_id);
  if (!session || session.service_id !== service.id || !isGroupService(service) || session.booking_status === 'cancelled') return fail(MIKETSU_MESSAGES.session);
  if (Date.parse(session.from_date) !== start.getTime()) return fail(MIKETSU_MESSAGES.sessionTime);
  const window = checkWindow(state, start, now);
  if (!window.ok) {
    return fail(window.reason === 'too-soon' ? MIKETSU_MESSAGES['too-soon'](state.settings.booking_window_min) : MIKETSU_MESSAGES['too-far'](state.settings.booking_window_max));
  }
  if (!hasSeat(session)) return conflicts === 'seed' ? fail(MIKETSU_MESSAGES.full, 409) : fail(MIKETSU_MESSAGES.noRows);
  (session.participants ??= []).push({
    id: ids.participant(),
    // The session user; the fake keeps no user accounts.
    customer_id: null,
    first_name: '',
    last_name: '',
    customer_note: typeof body.customer_note === 'string' ? body.customer_note : null,
    status: 'confirmed',
  });
  return created();
}
