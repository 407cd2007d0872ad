import type { RequestOptions } from '../core/adapter.js';
import { BookingError } from '../core/errors.js';
import type { HttpClient } from '../core/http.js';
import type { BookingConfirmation, FrontDeskBookingRequest, FrontDeskCustomer, KnownCustomer } from '../core/model.js';
import { untilInstant, weekdayOf } from '../core/recurrence.js';
import { toIsoInstant } from '../core/zoned-time.js';
import { receivedConfirmation, unwrap, type MiketsuCustomer } from './miketsu-read.js';

/*
 * The front desk (an employee books for customers; notes §4.5, the seed's "Create Booking by Merchant"):
 * `POST /bookings/merchant` (seed layout) or `/merchants/{merchantId}/bookings/` (the newer layout),
 * and the merchant's customers from `GET /merchant/customers` or `/merchants/{merchantId}/customers`.
 * The merchant and location come from the employee's session. 201 with no body.
 */

export interface DeskContext {
  /** A client whose errors read the merchant routes' way (see classifyMiketsuDeskError). */
  http: HttpClient;
  timeZone: string;
  /** Absent in the public layout without `merchant-id`. */
  paths: { book?: string; customers?: string };
}

const missingMerchantId = () => {
  console.error(
    '[booking-widget] Miketsu front desk with route-layout="public" needs the merchant-id attribute: the merchant\'s id, as in /api/v1/merchants/{merchantId}/bookings/.',
  );
  return new BookingError('unauthorized', 'Miketsu: no merchant id for the front desk', { detail: 'merchant-id attribute missing' });
};

const asInteger = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id);

/** `{id}` for a customer the merchant has; a new one by name, with empty optional fields left out. */
function customerBody(customer: FrontDeskCustomer): Record<string, string> {
  if ('id' in customer) return { id: customer.id };
  const body: Record<string, string> = { first_name: customer.firstName.trim() };
  const optional: Array<[string, string]> = [
    ['last_name', customer.lastName],
    ['email', customer.email],
    ['phone_number', customer.phone],
  ];
  for (const [key, value] of optional) if (value?.trim()) body[key] = value.trim();
  return body;
}

/** The request body, field for field as the seed's examples. */
export function frontDeskBody(request: FrontDeskBookingRequest, timeZone: string): Record<string, unknown> {
  const { service, slot, recurrence } = request;
  const body: Record<string, unknown> = {
    service_id: asInteger(service.id),
    timestamp: toIsoInstant(new Date(slot.start)),
    customers: request.customers.map(customerBody),
    ...(request.note.trim() ? { merchant_note: request.note.trim() } : {}),
    is_recurring: !!recurrence,
  };
  if (recurrence) {
    body.recurrence_rule = {
      frequency: recurrence.frequency,
      interval: recurrence.interval,
      // A weekly rule without days repeats on the first date's weekday (RFC 5545); say so explicitly.
      weekdays: recurrence.frequency === 'WEEKLY' && recurrence.weekdays.length === 0 ? [weekdayOf(slot.date)] : [...recurrence.weekdays],
      until: untilInstant(recurrence, slot.time, timeZone),
    };
  }
  return body;
}

const digits = (text: string) => text.replace(/\D/g, '');

export function matchesCustomer(customer: KnownCustomer, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [`${customer.firstName} ${customer.lastName}`, `${customer.lastName} ${customer.firstName}`, customer.email ?? '', customer.phone ?? ''];
  if (haystack.some((text) => text.toLowerCase().includes(needle))) return true;
  // "+36 30 123" finds "+36301234567": phone numbers compared on their digits.
  const wanted = digits(needle);
  return wanted.length >= 3 && wanted.length === needle.replace(/[\s()+.-]/g, '').length && digits(customer.phone ?? '').includes(wanted);
}

export function createFrontDesk(ctx: DeskContext) {
  const { http, timeZone, paths } = ctx;

  async function createFrontDeskBooking(request: FrontDeskBookingRequest, { signal }: RequestOptions = {}): Promise<BookingConfirmation> {
    if (!paths.book) throw missingMerchantId();
    if (request.customers.length === 0) throw new BookingError('validation', 'Miketsu: a front-desk booking needs at least one customer');
    await http.request<unknown>({ method: 'POST', path: paths.book, body: frontDeskBody(request, timeZone), signal });
    const { service, slot } = request;
    return receivedConfirmation(service, slot);
  }

  async function findCustomers(query: string, { signal }: RequestOptions = {}): Promise<KnownCustomer[]> {
    if (!paths.customers) throw missingMerchantId();
    const body = unwrap<MiketsuCustomer[] | { customers?: MiketsuCustomer[] | null } | null>(await http.request({ path: paths.customers, signal }));
    const list = Array.isArray(body) ? body : (body?.customers ?? []);
    return list
      .map((c): KnownCustomer => ({
        id: String(c.id),
        firstName: c.first_name ?? '',
        lastName: c.last_name ?? '',
        ...(c.email ? { email: c.email } : {}),
        ...(c.phone_number ? { phone: c.phone_number } : {}),
      }))
      .filter((customer) => matchesCustomer(customer, query));
  }

  return { createFrontDeskBooking, findCustomers };
}
