import { readCommonErrorBody, type ErrorBodyInfo } from '../core/http.js';
import type { PlainDate } from '../core/model.js';

/* LatePoint's response shapes, read leniently (see the list of accepted shapes in ./latepoint.ts). */

export type Raw = Record<string, unknown>;
export interface LatePointService {
  id: number | string;
  name: string;
  duration?: number | string;
  price_min?: number | string;
  price?: number | string;
  charge_amount?: number | string;
  status?: string;
  short_description?: string | null;
  description?: string | null;
}
export interface LatePointLocation {
  id: number | string;
  name: string;
  full_address?: string | null;
  address?: string | null;
  status?: string;
}
export interface LatePointAgent {
  id: number | string;
  first_name?: string;
  last_name?: string;
  display_name?: string;
  full_name?: string;
  name?: string;
  status?: string;
}
export interface LatePointCustomer {
  id: number | string;
  email?: string;
}
export interface LatePointBooking {
  id?: number | string;
  booking_code?: string;
  status?: string;
  price?: number | string;
  agent?: LatePointAgent | null;
  agent_id?: number | string;
}

export const MAX_DAYS = 31;
export const DAY_CACHE_MS = 60_000;
export const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isActive = (item: { status?: string }) => !item.status || item.status === 'active';
/** "60", "100.0000", 60 → number; anything unreadable → undefined. */
export const num = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
};
export const pad = (n: number) => String(n).padStart(2, '0');

/** The payload of either success envelope (or a bare body). */
export function unwrap(body: unknown): unknown {
  if (isObject(body) && 'data' in body && (body.status === 'success' || body.success === true || !('id' in body))) return body.data;
  return body;
}

export function listOf<T>(body: unknown, ...keys: string[]): T[] {
  const data = unwrap(body);
  if (Array.isArray(data)) return data as T[];
  if (isObject(data)) {
    for (const key of ['items', ...keys]) if (Array.isArray(data[key])) return data[key] as T[];
  }
  return [];
}

/** Whether `meta`/`pagination` say another page follows. */
export function hasNextPage(body: unknown, page: number): boolean {
  if (!isObject(body)) return false;
  const paging = (isObject(body.meta) ? body.meta : isObject(body.pagination) ? body.pagination : undefined) as Raw | undefined;
  if (!paging) return false;
  if (typeof paging.has_next_page === 'boolean') return paging.has_next_page;
  const pages = num(paging.total_pages);
  return pages !== undefined && page < pages;
}

export const agentName = (a: LatePointAgent): string =>
  a.display_name ?? a.full_name ?? a.name ?? [a.first_name, a.last_name].filter(Boolean).join(' ');

/** One slot entry of an availability answer → "HH:MM", or undefined when it is not a free start. */
export function readSlotEntry(entry: unknown): string | undefined {
  if (isObject(entry)) {
    if (entry.available === false || entry.is_available === false || entry.available === 0) return undefined;
    return readSlotEntry(entry.start_time ?? entry.time ?? entry.start);
  }
  if (typeof entry === 'number' || (typeof entry === 'string' && /^\d{1,4}$/.test(entry.trim()))) {
    const minutes = Number(entry);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 24 * 60) return undefined;
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  if (typeof entry === 'string') {
    const match = /^(?:\d{4}-\d{2}-\d{2}[ T])?(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(entry.trim());
    if (match && Number(match[1]) < 24) return `${pad(Number(match[1]))}:${match[2]}`;
  }
  return undefined;
}

/** The free start times of one agent on one day, in the order the server lists them. */
export function readAvailabilityTimes(body: unknown, date: PlainDate): string[] {
  const data = unwrap(body);
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isObject(data)) {
    list = ['available_slots', 'slots', 'times', 'timeslots', 'available_times', date]
      .map((key) => data[key])
      .find((value) => Array.isArray(value) || isObject(value));
    if (isObject(list)) list = (list as Raw)[date] ?? Object.values(list as Raw).find(Array.isArray);
  }
  if (!Array.isArray(list)) return [];
  return list.map(readSlotEntry).filter((t): t is string => t !== undefined);
}

/** Both error shapes; WordPress REST puts per-field messages under `data.params` or `data.details`. */
export function readLatePointErrorBody(body: unknown): ErrorBodyInfo {
  const info = readCommonErrorBody(body);
  if (isObject(body) && isObject(body.data)) {
    const extra = (body.data.params ?? body.data.details) as unknown;
    if (isObject(extra)) {
      const fields = { ...info.fields };
      for (const [key, value] of Object.entries(extra)) fields[key] = Array.isArray(value) ? value.map(String) : [String(value)];
      return { ...info, fields };
    }
  }
  return info;
}

/** A tiny semaphore: at most `limit` tasks run at once, across every call of one adapter. */
