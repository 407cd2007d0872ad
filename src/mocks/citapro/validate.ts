import { addPlainDays, plainDaysBetween, toIsoInstant } from '../../core/zoned-time.js';
import {
  BOOKING_STATUSES,
  type AvailabilityParams,
  type BookingStatus,
  type CitaProBooking,
  type CitaProSeedData,
} from './types.js';

/*
 * Request validation in the style of the API's 422 body (`errors: { field: [messages] }`). The
 * messages follow Laravel's wording, which "The given data was invalid." suggests the API is built on;
 * field keys are the request's own names (`startTime`, `filters.0.field`).
 */

export type FieldErrors = Record<string, string[]>;
type Body = Record<string, unknown>;
type Lookup = Pick<CitaProSeedData, 'services' | 'locations' | 'people' | 'clients'>;

export const MAX_RANGE_DAYS = 30;

/** `startTime` → "start time", as Laravel names attributes in messages. */
const label = (field: string) => field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

class Errors {
  readonly all: FieldErrors = {};
  add(field: string, message: string): void {
    (this.all[field] ??= []).push(message);
  }
  has(field?: string): boolean {
    return field ? field in this.all : Object.keys(this.all).length > 0;
  }
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,19}$/;

const isRealDate = (value: string) =>
  PLAIN_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Query parameters of `GET /v1/bookings/availability`, with the documented defaults applied. */
export function validateAvailabilityQuery(
  params: URLSearchParams,
  data: Lookup,
  today: string,
): { errors: FieldErrors } | { query: AvailabilityParams } {
  const errors = new Errors();
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const record = (field: 'locationId' | 'serviceId', list: Array<{ id: string; status: string }>) => {
    const id = get(field);
    const found = id && list.find((item) => item.id === id);
    if (!id) errors.add(field, `The ${label(field)} field is required.`);
    else if (!found) errors.add(field, `The selected ${label(field)} is invalid.`);
    else if (found.status !== 'active') errors.add(field, `The selected ${label(field)} is not active.`);
    return id ?? '';
  };
  const locationId = record('locationId', data.locations);
  const serviceId = record('serviceId', data.services);
  const professionalId = get('professionalId');
  if (professionalId && !data.people.some((p) => p.id === professionalId)) {
    errors.add('professionalId', 'The selected professional id is invalid.');
  }
  const date = (field: 'startDate' | 'endDate', fallback: string | undefined) => {
    const value = get(field);
    if (value !== undefined && !isRealDate(value)) {
      errors.add(field, `The ${label(field)} does not match the format Y-m-d.`);
      return undefined;
    }
    return value ?? fallback;
  };
  const startDate = date('startDate', today);
  const endDate = date('endDate', startDate && addPlainDays(startDate, MAX_RANGE_DAYS));
  if (startDate && endDate) {
    const span = plainDaysBetween(startDate, endDate);
    if (span < 0) errors.add('endDate', 'The end date must be a date after or equal to start date.');
    if (span > MAX_RANGE_DAYS) errors.add('endDate', `The end date must be at most ${MAX_RANGE_DAYS} days after the start date.`);
  }
  if (errors.has() || !startDate || !endDate) return { errors: errors.all };
  return { query: { locationId, serviceId, startDate, endDate, ...(professionalId ? { professionalId } : {}) } };
}

export interface Filter {
  field: string;
  operator: '=' | '!=' | 'like';
  value: string;
}
const OPERATORS: readonly string[] = ['=', '!=', 'like'];

/** `filters[i][field|operator|value]` query parameters, every part required. */
export function parseFilters(params: URLSearchParams, fields: readonly string[]): { errors: FieldErrors; filters: Filter[] } {
  const errors = new Errors();
  const groups = new Map<number, Record<string, string>>();
  for (const [key, value] of params) {
    const match = /^filters\[(\d+)\]\[(field|operator|value)\]$/.exec(key);
    if (!match) continue;
    const group = groups.get(Number(match[1])) ?? {};
    group[match[2]] = value;
    groups.set(Number(match[1]), group);
  }
  const filters: Filter[] = [];
  for (const [i, group] of [...groups.entries()].sort(([a], [b]) => a - b)) {
    const at = (part: string) => `filters.${i}.${part}`;
    if (!group.field) errors.add(at('field'), `The ${at('field')} field is required.`);
    else if (!fields.includes(group.field)) errors.add(at('field'), `The selected ${at('field')} is invalid.`);
    if (!group.operator) errors.add(at('operator'), `The ${at('operator')} field is required.`);
    else if (!OPERATORS.includes(group.operator.toLowerCase())) errors.add(at('operator'), `The selected ${at('operator')} is invalid.`);
    if (group.value === undefined) errors.add(at('value'), `The ${at('value')} field is required.`);
    if (!errors.has()) {
      filters.push({ field: group.field, operator: group.operator.toLowerCase() as Filter['operator'], value: group.value });
    }
  }
  return { errors: errors.all, filters };
}

/** `=` is exact (e-mail ignores case), `like` is a case-insensitive match with `%` wildcards. */
export function matchesFilters(record: object, filters: readonly Filter[]): boolean {
  return filters.every(({ field, operator, value }) => {
    const actual = String((record as Body)[field] ?? '');
    if (operator === 'like') {
      const pattern = value.includes('%') ? value : `%${value}%`;
      const source = pattern.split('%').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      return new RegExp(`^${source}$`, 'i').test(actual);
    }
    const equal = field === 'email' ? actual.toLowerCase() === value.toLowerCase() : actual === value;
    return operator === '=' ? equal : !equal;
  });
}

/** `page` and `limit` (the reference names neither; these are the fake's choice). */
export function parsePaging(params: URLSearchParams): { errors: FieldErrors; page: number; limit: number } {
  const errors = new Errors();
  const int = (name: string, fallback: number, max?: number) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) errors.add(name, `The ${name} must be an integer of at least 1.`);
    else if (max !== undefined && n > max) errors.add(name, `The ${name} may not be greater than ${max}.`);
    else return n;
    return fallback;
  };
  return { page: int('page', 1), limit: int('limit', 20, 100), errors: errors.all };
}

export interface ClientInput {
  firstname: string;
  lastname: string;
  email: string;
  phone: string;
}

/** `POST /v1/clients`: the four fields the guide calls the minimum, and a unique e-mail. */
export function validateClientBody(body: Body, data: Lookup): { errors: FieldErrors; input: ClientInput } {
  const errors = new Errors();
  const text = (field: keyof ClientInput) => {
    const value = body[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      errors.add(field, `The ${field} field is required.`);
    } else if (typeof value !== 'string') errors.add(field, `The ${field} must be a string.`);
    else return value.trim();
    return '';
  };
  const input = { firstname: text('firstname'), lastname: text('lastname'), email: text('email'), phone: text('phone') };
  if (input.email && !EMAIL.test(input.email)) errors.add('email', 'The email must be a valid email address.');
  else if (input.email && data.clients.some((c) => c.email.toLowerCase() === input.email.toLowerCase())) {
    errors.add('email', 'The email has already been taken.');
  }
  if (input.phone && !PHONE.test(input.phone)) errors.add('phone', 'The phone format is invalid.');
  return { errors: errors.all, input };
}

export type BookingInput = Partial<
  Pick<CitaProBooking, 'startTime' | 'endTime' | 'status' | 'internalNote' | 'amount' | 'clientId' | 'locationId' | 'serviceId' | 'personId' | 'notifyClient'>
>;

/**
 * `POST /v1/bookings` (every required field) or, with `existing`, `PUT` (only the fields sent).
 * Times come back as UTC instants. Origin fields and unknown fields are ignored.
 */
export function validateBookingBody(body: Body, data: Lookup, existing?: CitaProBooking): { errors: FieldErrors; input: BookingInput } {
  const errors = new Errors();
  const input: BookingInput = {};
  const present = (field: string) => body[field] !== undefined && body[field] !== null;
  const check = (field: keyof BookingInput, required: boolean, nullable: boolean, read: (v: unknown) => string | undefined) => {
    if (!present(field)) {
      if (required && !existing) errors.add(field, `The ${label(field)} field is required.`);
      else if (body[field] === null && nullable) Object.assign(input, { [field]: null });
      else if (body[field] === null && existing) errors.add(field, `The ${label(field)} field is required.`);
      return;
    }
    const problem = read(body[field]);
    if (problem) errors.add(field, problem);
    else Object.assign(input, { [field]: body[field] });
  };
  const iso = (field: string) => (v: unknown) =>
    typeof v === 'string' && ISO_WITH_ZONE.test(v) && !Number.isNaN(Date.parse(v))
      ? undefined
      : `The ${label(field)} must be a valid ISO 8601 date-time with a time zone (Z or ±hh:mm).`;
  const exists = (field: string, list: Array<{ id: string; status?: string }>) => (v: unknown) => {
    const found = typeof v === 'string' ? list.find((item) => item.id === v) : undefined;
    if (!found) return `The selected ${label(field)} is invalid.`;
    return found.status && found.status !== 'active' ? `The selected ${label(field)} is not active.` : undefined;
  };

  check('startTime', true, false, iso('startTime'));
  check('endTime', true, false, iso('endTime'));
  check('status', true, false, (v) =>
    BOOKING_STATUSES.includes(v as BookingStatus) ? undefined : 'The selected status is invalid.');
  check('internalNote', false, true, (v) => (typeof v === 'string' ? undefined : 'The internal note must be a string.'));
  check('amount', true, false, (v) =>
    typeof v !== 'number' || !Number.isFinite(v) ? 'The amount must be a number.'
    : v < 0 ? 'The amount must be at least 0.'
    : undefined);
  check('clientId', true, false, exists('clientId', data.clients));
  check('locationId', true, false, exists('locationId', data.locations));
  check('serviceId', true, false, exists('serviceId', data.services));
  check('personId', false, true, exists('personId', data.people));
  check('notifyClient', false, false, (v) => (typeof v === 'boolean' ? undefined : 'The notify client field must be true or false.'));

  if (input.startTime) input.startTime = toIsoInstant(new Date(input.startTime));
  if (input.endTime) input.endTime = toIsoInstant(new Date(input.endTime));
  const start = input.startTime ?? (errors.has('startTime') ? undefined : existing?.startTime);
  const end = input.endTime ?? (errors.has('endTime') ? undefined : existing?.endTime);
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.add('endTime', 'The end time must be a date after start time.');
  return { errors: errors.all, input };
}
