import { BookingError, type BookingErrorCode } from '../core/errors.js';
import { readCommonErrorBody, type ErrorBodyInfo } from '../core/http.js';
import type { BookingStatus, CustomerAccount } from '../core/model.js';

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
  fecha?: string;
  hora_inicio?: string;
  hora_fin?: string;
  estado?: string;
  subtotal?: number | string;
  total?: number | string;
  moneda?: string;
  profesional?: { id: Id; nombre?: string };
  /** Objects in the create answer; the list's items are elided in the docs, so names alone are read too. */
  servicios?: Array<{ id?: Id; nombre?: string; duracion_minutos?: number | string } | string>;
  puede_cancelar?: boolean;
  puntos_ganados?: number | string;
}
export interface SbCancellation {
  id?: Id;
  estado?: string;
  moneda?: string;
  reembolso?: { aplica?: boolean; monto?: number | string; estado?: string; moneda?: string } | null;
}

/** Codes a server may use for a time that was free when listed and is not any more (the docs name none). */
export const SLOT_TAKEN_CODES = new Set(['SLOT_NOT_AVAILABLE', 'SLOT_UNAVAILABLE', 'SLOT_TAKEN', 'TIME_NOT_AVAILABLE', 'PROFESSIONAL_NOT_AVAILABLE']);

/** Backend codes whose meaning the HTTP status alone does not carry. */
const CODE_MEANINGS: Record<string, BookingErrorCode> = {
  INVALID_CREDENTIALS: 'invalid-credentials',
  // The customer's session, not the merchant's key (that is MISSING_API_KEY / INVALID_API_KEY → 'unauthorized').
  MISSING_TOKEN: 'signed-out',
  INVALID_TOKEN: 'signed-out',
  TOKEN_EXPIRED: 'signed-out',
  LOGIN_ATTEMPTS_EXCEEDED: 'rate-limited',
  CANNOT_CANCEL: 'cannot-cancel',
  CANCELLATION_DEADLINE_PASSED: 'cancel-deadline',
};

/** The widget's code for a backend code, when the code says more than the status. */
export const classifyCode = (code?: string): BookingErrorCode | undefined =>
  !code ? undefined : SLOT_TAKEN_CODES.has(code) ? 'slot-taken' : CODE_MEANINGS[code];

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
export const STATUSES: Record<string, BookingStatus> = {
  pendiente: 'pending',
  confirmada: 'confirmed',
  completada: 'completed',
  cancelada: 'cancelled',
  no_show: 'no-show',
};
/** The docs also list English values (for the `estado` filter), so a server may answer with those. */
const ENGLISH_STATUSES: Record<string, BookingStatus> = {
  pending: 'pending',
  confirmed: 'confirmed',
  completed: 'completed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  'no-show': 'no-show',
};
/** An unknown status reads as pending: not yet something the customer can count on. */
export const toStatus = (estado: unknown): BookingStatus => {
  const key = String(estado ?? '').trim().toLowerCase();
  return STATUSES[key] ?? ENGLISH_STATUSES[key] ?? 'pending';
};

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

/* Customer login. The docs name the endpoints only, so several plausible shapes are read. */

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => !!v && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Access and refresh tokens of a login or refresh answer (`data.access` | `access_token` | `token` | `jwt`). */
export function readTokens(data: unknown): { access?: string; refresh?: string } {
  if (!isObject(data)) return {};
  const nested = isObject(data.tokens) ? data.tokens : {};
  const pick = (...keys: string[]) => keys.map((k) => text(data[k]) ?? text(nested[k])).find(Boolean);
  return { access: pick('access', 'access_token', 'token', 'jwt'), refresh: pick('refresh', 'refresh_token') };
}

/** Loyalty points: `puntos` | `puntos_disponibles` (also `puntos: { disponibles }`); undefined when absent. */
export function readPoints(raw: Raw): number | undefined {
  const value = isObject(raw.puntos) ? (raw.puntos.disponibles ?? raw.puntos.saldo) : (raw.puntos ?? raw.puntos_disponibles);
  return value === undefined || value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value);
}

/**
 * The customer inside a login or profile answer (`data.cliente` | `usuario` | `user`, or `data` itself
 * when it carries an e-mail). One `nombre` is split at its first space; `apellidos`, when sent, wins.
 */
export function readCustomer(data: unknown): CustomerAccount | undefined {
  if (!isObject(data)) return undefined;
  const raw = [data.cliente, data.usuario, data.user].find(isObject) ?? (text(data.email) ? data : undefined);
  if (!raw) return undefined;
  const name = text(raw.nombre) ?? '';
  const gap = name.indexOf(' ');
  const [firstName, lastName] = text(raw.apellidos) ? [name, text(raw.apellidos)!] : gap < 0 ? [name, ''] : [name.slice(0, gap), name.slice(gap + 1).trim()];
  const points = readPoints(raw) ?? readPoints(data);
  return {
    ...(raw.id !== undefined && raw.id !== null ? { id: String(raw.id) } : {}),
    firstName,
    lastName,
    email: text(raw.email) ?? '',
    ...(text(raw.telefono) ? { phone: text(raw.telefono) } : {}),
    ...(points !== undefined ? { points } : {}),
  };
}
