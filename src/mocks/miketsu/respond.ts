import { HttpResponse } from 'msw';

/* What the fake Miketsu answers with: `{ data }`, `{ error: { message } }`, and the messages it writes. */

export const MIKETSU_MESSAGES = {
  unauthorized: 'unauthorized: missing or invalid token',
  /** The role check's answer to a session that is not an employee's (rbac.go). */
  staffOnly: 'this resource can only be accessed with [owner admin staff] roles',
  otherMerchant: 'unauthorized: not an employee of this merchant',
  badJson: 'invalid request body',
  merchant: 'merchant not found',
  service: 'service not found',
  location: 'location not found',
  timeStamp: 'timeStamp must be an RFC 3339 date-time',
  range: 'start and end must be RFC 3339 date-times',
  note: 'customer note must be at most 500 characters',
  'too-soon': (minutes: number) => `booking time must be at least ${minutes} minutes from now`,
  'too-far': (months: number) => `booking time is beyond the ${months} month booking window`,
  closed: 'the selected time is outside business hours',
  overlap: 'the selected time slot is already booked',
  /* Joining a class or event (POST /bookings/customer with booking_id). */
  bookingId: 'booking_id must be an integer',
  joinNeedsId: 'a class or event is joined with booking_id',
  session: 'group booking not found',
  sessionTime: 'timeStamp does not match the group booking',
  /** 409, as the docs describe a full class. */
  full: 'capacity reached: the group booking is full',
  /** 400, what the real code answers (its conditional UPDATE finds no row). */
  noRows: 'no rows in result set',
  /* The front desk (POST /bookings/merchant). */
  timestamp: 'timestamp must be an RFC 3339 date-time',
  customers: 'customers must be a non-empty array',
  customerId: 'customer id must be a UUID',
  customer: 'customer not found',
  customerName: 'a new customer needs first_name and last_name',
  oneCustomer: 'an appointment allows at most 1 customer',
  tooMany: (max: number) => `too many participants: at most ${max} allowed`,
  merchantNote: 'merchant note must be at most 500 characters',
  isRecurring: 'is_recurring is required and must be a boolean',
  rule: 'recurrence_rule is required when is_recurring is true',
  frequency: (value: unknown) => `invalid frequency: ${String(value)} (DAILY, WEEKLY or MONTHLY)`,
  interval: 'interval must be an integer of at least 1',
  weekdays: 'weekdays must be a list of MO, TU, WE, TH, FR, SA, SU',
  until: 'until must be an RFC 3339 date-time after timestamp',
  series: (max: number) => `the series would create more than ${max} bookings`,
  deskOverlap: (date: string) => `booking overlaps with an existing booking on ${date}`,
} as const;

export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
export const MINUTE = 60_000;

export const fail = (message: string, status = 400) => HttpResponse.json({ error: { message } }, { status });
export const ok = (data: unknown) => HttpResponse.json({ data } as never);
export const created = () => new HttpResponse(null, { status: 201 });
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
