import { HttpResponse } from 'msw';
import type {
  LatePointAgentRecord,
  LatePointBookingRecord,
  LatePointCustomerRecord,
  LatePointSeedData,
  LatePointServiceRecord,
  Weekday,
} from './data.js';

/* The fake's response builders and formats: envelopes, money and time strings, and the API's views. */

export type Details = Record<string, string>;

export const json = (body: unknown, status = 200) => HttpResponse.json(body as never, { status });
export const ok = (data: unknown, status = 200, extra: object = {}) => json({ status: 'success', data, ...extra }, status);
export const fail = (status: number, code: string, message: string, details?: Details) =>
  json({ status: 'error', error: { code, message, ...(details ? { details } : {}) } }, status);
export const wpError = (status: number, code: string, message: string) => json({ code, message, data: { status } }, status);
export const invalid = (details: Details) => fail(422, 'invalid_request', 'Invalid input data', details);
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const pad = (n: number) => String(n).padStart(2, '0');
export const money = (n: number) => n.toFixed(4);
export const minutesToTime = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
export const timeToMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() as Weekday;
export const validDate = (date: string) => DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
export const intOf = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

/* Views: what the API returns (string-typed numbers where the docs show them). */
export const serviceView = (s: LatePointServiceRecord) => ({
  id: s.id, name: s.name, short_description: s.short_description, description: s.description, status: s.status,
  visibility: s.visibility, duration: String(s.duration), price_min: money(s.price_min), price_max: money(s.price_max),
  charge_amount: money(s.price_min), deposit_amount: money(0), category_id: s.category_id,
});
export const agentView = (a: LatePointAgentRecord) => ({
  id: a.id, first_name: a.first_name, last_name: a.last_name, display_name: a.display_name, email: a.email, phone: a.phone, status: a.status,
});
export const customerView = (c: LatePointCustomerRecord) => ({ ...c });
export function bookingView(state: LatePointSeedData, b: LatePointBookingRecord) {
  const customer = state.customers.find((c) => c.id === b.customer_id)!;
  const agent = state.agents.find((a) => a.id === b.agent_id)!;
  const service = state.services.find((s) => s.id === b.service_id)!;
  const location = state.locations.find((l) => l.id === b.location_id)!;
  return {
    id: b.id, booking_code: b.booking_code, status: b.status, start_date: b.start_date, start_time: minutesToTime(b.start_time),
    end_time: minutesToTime((b.start_time + b.duration) % (24 * 60)), duration: b.duration, price: money(b.price),
    customer: { id: customer.id, first_name: customer.first_name, last_name: customer.last_name, email: customer.email, phone: customer.phone },
    agent: { id: agent.id, display_name: agent.display_name, email: agent.email },
    service: { id: service.id, name: service.name, duration: service.duration, price: money(service.price_min) },
    location: { id: location.id, name: location.name, address: location.full_address },
    notes: b.notes, created_at: b.created_at,
  };
}
