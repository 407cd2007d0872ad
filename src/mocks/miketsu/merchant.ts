import type { RecurrenceRule, Weekday } from '../../core/model.js';
import { expandRecurrence, WEEKDAYS } from '../../core/recurrence.js';
import { instantToWallClock, toIsoInstant } from '../../core/zoned-time.js';
import type { MiketsuCustomer, MiketsuService, MiketsuState } from './data.js';
import { participantOf, type Ids } from './group.js';
import { created, fail, isObject, MIKETSU_MESSAGES, MINUTE, RFC3339 } from './respond.js';
import { clashing, findService, isGroupService } from './schedule.js';

/*
 * The fake's merchant (front-desk) routes, per the seed's "Create Booking by Merchant" and notes §4.5:
 * the merchant catalog with `booking_type` and participant limits, the customers, and a booking for
 * one or more customers, once or as a series. A series is expanded on the merchant's clock (RFC 5545)
 * and every occurrence stored, so availability reflects it; one occurrence colliding with an existing
 * booking refuses the whole request (409 as the docs say, or 400 under `conflicts: 'code'`).
 */

export interface DeskContext {
  state: MiketsuState;
  timeZone: string;
  conflicts: 'seed' | 'code';
  ids: Ids;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY']);
/** Most bookings one series may create. */
export const SERIES_LIMIT = 400;

const CURRENCY = 'EUR';
const amountOf = (formatted: string) => Number(formatted.replace(/[^\d,]/g, '').replace(',', '.')) || 0;

/** `GET /merchant/services`: categories with the merchant's view of each service. */
export function merchantServicesView(state: MiketsuState) {
  return state.merchant.services.map((category) => ({
    id: category.id,
    name: category.name,
    sequence: category.sequence,
    services: category.services.map((s: MiketsuService) => ({
      id: s.id,
      category_id: s.category_id,
      name: s.name,
      description: s.description,
      color: '#6b8f71',
      total_duration: s.total_duration,
      price: { amount: amountOf(s.price), currency: CURRENCY },
      cost: { amount: 0, currency: CURRENCY },
      price_type: s.price_type,
      booking_type: s.booking_type,
      min_participants: s.min_participants,
      max_participants: s.max_participants,
      is_active: true,
      sequence: s.sequence,
      phases: [{ id: s.id * 10, service_id: s.id, name: '', sequence: 1, duration: s.total_duration, phase_type: 'active' }],
    })),
  }));
}

/** The recurrence rule as sent, or the message refusing it. */
function readRule(raw: unknown, start: Date, timeZone: string): { rule: RecurrenceRule; until: number } | string {
  if (!isObject(raw)) return MIKETSU_MESSAGES.rule;
  // The docs list YEARLY too; the code rejects it (notes §4.5).
  if (typeof raw.frequency !== 'string' || !FREQUENCIES.has(raw.frequency)) return MIKETSU_MESSAGES.frequency(raw.frequency);
  if (!Number.isInteger(raw.interval) || (raw.interval as number) < 1) return MIKETSU_MESSAGES.interval;
  const weekdays = raw.weekdays ?? [];
  if (!Array.isArray(weekdays) || weekdays.some((day) => !WEEKDAYS.includes(day as Weekday))) return MIKETSU_MESSAGES.weekdays;
  if (typeof raw.until !== 'string' || !RFC3339.test(raw.until) || Date.parse(raw.until) <= start.getTime()) return MIKETSU_MESSAGES.until;
  const rule: RecurrenceRule = {
    frequency: raw.frequency as RecurrenceRule['frequency'],
    interval: raw.interval as number,
    weekdays: weekdays as Weekday[],
    until: instantToWallClock(raw.until, timeZone).date,
  };
  return { rule, until: Date.parse(raw.until) };
}

/** The message refusing a customers list, if any. */
function checkCustomers(state: MiketsuState, service: MiketsuService, customers: unknown): { message: string; missing?: true } | undefined {
  if (!Array.isArray(customers) || customers.length === 0) return { message: MIKETSU_MESSAGES.customers };
  for (const c of customers) {
    if (!isObject(c)) return { message: MIKETSU_MESSAGES.customers };
    if (c.id !== undefined) {
      if (typeof c.id !== 'string' || !UUID.test(c.id)) return { message: MIKETSU_MESSAGES.customerId };
      if (!state.customers.some((known) => known.id === c.id)) return { message: MIKETSU_MESSAGES.customer, missing: true };
      continue;
    }
    // The seed calls first_name the required one; the code requires last_name too (notes §4.5).
    const named = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    if (!named(c.first_name) || !named(c.last_name)) return { message: MIKETSU_MESSAGES.customerName };
  }
  if (!isGroupService(service) && customers.length > 1) return { message: MIKETSU_MESSAGES.oneCustomer };
  if (isGroupService(service) && customers.length > service.max_participants) return { message: MIKETSU_MESSAGES.tooMany(service.max_participants) };
  return undefined;
}

function newCustomer(state: MiketsuState, c: Record<string, unknown>): MiketsuCustomer {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const record: MiketsuCustomer = {
    id: crypto.randomUUID(),
    first_name: String(c.first_name).trim(),
    last_name: String(c.last_name).trim(),
    email: text(c.email),
    phone_number: text(c.phone_number),
    birthday: null,
    note: null,
    is_dummy: false,
    is_blacklisted: false,
    blacklist_reason: null,
    times_booked: 0,
    times_cancelled: 0,
  };
  state.customers.push(record);
  return record;
}

/** `POST /bookings/merchant`: validated as the docs and the code do, all or nothing. */
export function deskBook(ctx: DeskContext, body: unknown, who: string): Response {
  const { state, timeZone, conflicts, ids } = ctx;
  const notFound = (message: string) => fail(message, conflicts === 'seed' ? 404 : 400);
  if (!isObject(body)) return fail(MIKETSU_MESSAGES.badJson);
  const service = Number.isInteger(body.service_id) ? findService(state, body.service_id as number) : undefined;
  if (!service) return notFound(MIKETSU_MESSAGES.service);
  if (typeof body.timestamp !== 'string' || !RFC3339.test(body.timestamp)) return fail(MIKETSU_MESSAGES.timestamp);
  const start = new Date(body.timestamp);
  const refused = checkCustomers(state, service, body.customers);
  if (refused) return refused.missing ? notFound(refused.message) : fail(refused.message);
  const note = body.merchant_note;
  if (note !== undefined && note !== null && (typeof note !== 'string' || note.length > 500)) return fail(MIKETSU_MESSAGES.merchantNote);
  if (typeof body.is_recurring !== 'boolean') return fail(MIKETSU_MESSAGES.isRecurring);

  let starts = [start];
  if (body.is_recurring) {
    const read = readRule(body.recurrence_rule, start, timeZone);
    if (typeof read === 'string') return fail(read);
    const { occurrences, truncated } = expandRecurrence(read.rule, instantToWallClock(start, timeZone), timeZone, { limit: SERIES_LIMIT });
    if (truncated) return fail(MIKETSU_MESSAGES.series(SERIES_LIMIT));
    // UNTIL is an instant: an occurrence later on the last day than `until` is not part of the series.
    starts = occurrences.map((o) => new Date(o.start)).filter((s, i) => i === 0 || s.getTime() <= read.until);
  }
  const minutes = service.total_duration;
  for (const s of starts) {
    if (clashing(state, state.merchant.location_id, s.getTime(), s.getTime() + minutes * MINUTE)) {
      return fail(MIKETSU_MESSAGES.deskOverlap(instantToWallClock(s, timeZone).date), conflicts === 'seed' ? 409 : 400);
    }
  }

  const customerIds = (body.customers as Array<Record<string, unknown>>).map((c) => (typeof c.id === 'string' ? c.id : newCustomer(state, c).id));
  for (const id of customerIds) state.customers.find((c) => c.id === id)!.times_booked += starts.length;
  const store = isGroupService(service) ? state.sessions : state.bookings;
  for (const s of starts) {
    store.push({
      id: ids.booking(),
      booking_type: service.booking_type,
      merchant_name: state.merchant.url_name,
      service_id: service.id,
      location_id: state.merchant.location_id,
      from_date: toIsoInstant(s),
      to_date: toIsoInstant(new Date(s.getTime() + minutes * MINUTE)),
      customer_note: null,
      merchant_note: typeof note === 'string' ? note : null,
      booking_status: 'confirmed',
      is_recurring: body.is_recurring,
      max_participants: service.max_participants,
      participants: customerIds.map((id) => participantOf(state, id, ids)),
      customer: who,
    });
  }
  return created();
}
