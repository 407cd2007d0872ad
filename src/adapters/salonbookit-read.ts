import { BookingError, type BookingErrorCode } from '../core/errors.js';
import { readCommonErrorBody, type ErrorBodyInfo } from '../core/http.js';

/* SalonBookIt's envelopes and response shapes, its error codes, and the readers for them. */

export interface Envelope<T> {
  success?: boolean;
  data?: T;
}
export type Id = number | string;
export interface SbService {
  id: Id;
  nombre: string;
  precio?: number | string;
  duracion_minutos?: number | string;
  duracion?: number | string;
  descripcion?: string | null;
  moneda?: string;
  activo?: boolean;
}
export interface SbProfessional {
  id: Id;
  nombre?: string;
  apellidos?: string;
  activo?: boolean;
  /** Undocumented; when present (ids or `{id}` objects), "any professional" asks only those who do the service. */
  servicios?: Array<Id | { id: Id }>;
}
export interface SbSlot {
  hora_inicio: string;
  hora_fin?: string;
  disponible?: boolean;
  motivo?: string;
}
export interface SbAvailability {
  fecha?: string;
  profesional?: { id: Id; nombre?: string };
  duracion_solicitada?: number;
  slots?: SbSlot[];
}
export interface SbBooking {
  id?: Id;
  codigo?: string;
  estado?: string;
  total?: number | string;
  moneda?: string;
  profesional?: { id: Id; nombre?: string };
}

/** Codes a server may use for a time that was free when listed and is not any more (the docs name none). */
export const SLOT_TAKEN_CODES = new Set(['SLOT_NOT_AVAILABLE', 'SLOT_UNAVAILABLE', 'SLOT_TAKEN', 'TIME_NOT_AVAILABLE', 'PROFESSIONAL_NOT_AVAILABLE']);

/** Codes that name one field even when `details` is absent. */
export const CODE_FIELDS: Record<string, string> = {
  INVALID_EMAIL: 'email',
  INVALID_PHONE: 'telefono',
  INVALID_DATE: 'fecha',
  INVALID_TIME: 'hora_inicio',
  DATE_IN_PAST: 'fecha',
  DATE_TOO_FAR: 'fecha',
};

/** SalonBookIt's booking statuses → the widget's. */
export const STATUSES: Record<string, string> = {
  pendiente: 'pending',
  confirmada: 'confirmed',
  completada: 'completed',
  cancelada: 'cancelled',
  no_show: 'no-show',
};

export const MINUTE = 60_000;

/**
 * The error envelope, with a field named by the code when details are missing. The message (kept for
 * logs and the merchant's console, never shown for known codes) starts with the backend's code.
 */
export function readSalonBookItError(body: unknown): ErrorBodyInfo {
  const info = readCommonErrorBody(body);
  const code = info.backendCode;
  const field = code ? CODE_FIELDS[code] : undefined;
  if (field && !info.fields?.[field]?.length) {
    info.fields = { ...info.fields, [field]: [info.message ?? code!] };
  }
  return code ? { ...info, message: info.message ? `${code}: ${info.message}` : code } : info;
}

/** The list inside `data`: `data: [...]`, `data: { <key>: [...] }` (also `items`/`results`), or a bare array. */
export function listOf<T>(body: Envelope<unknown> | unknown[] | undefined, key: string, classify: (code?: string) => BookingErrorCode | undefined): T[] {
  const data = Array.isArray(body) ? body : dataOf(body, classify);
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const inner = (data as Record<string, unknown>)[key] ?? (data as Record<string, unknown>).items ?? (data as Record<string, unknown>).results;
    if (Array.isArray(inner)) return inner as T[];
  }
  throw new BookingError('bad-response', `SalonBookIt: no ${key} list in the response`);
}

/** `data` of a success envelope; a `success: false` that came with a 2xx is still an error. */
export function dataOf<T>(body: Envelope<T> | undefined, classify: (code?: string) => BookingErrorCode | undefined): T {
  if (body && body.success === false) {
    const info = readSalonBookItError(body);
    throw new BookingError(classify(info.backendCode) ?? 'server', `SalonBookIt: ${info.message ?? 'request failed'}`, { detail: info.message });
  }
  if (!body || typeof body !== 'object' || body.data === undefined) throw new BookingError('bad-response', 'SalonBookIt: response without data');
  return body.data;
}

/** Numeric ids go back as numbers (the docs type them as integers); anything else as it came. */
export const wireId = (id: string): Id => (/^\d+$/.test(id) ? Number(id) : id);
export const num = (value: unknown, fallback = 0) => (value === undefined || value === null || value === '' || Number.isNaN(Number(value)) ? fallback : Number(value));
