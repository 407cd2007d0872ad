import { HttpResponse } from 'msw';
import type { SalonBookItBooking, SalonBookItCustomer, SalonBookItSeedData } from './data.js';

/* The fake's shared pieces: the documented envelopes, field checks, and the state every route reads. */

export const MINUTE = 60_000;
export type Details = Record<string, string[]>;

export const ok = (data: unknown, status = 200) => HttpResponse.json({ success: true, data } as never, { status });
export const fail = (status: number, code: string, message: string, details?: Details, headers?: Record<string, string>) =>
  HttpResponse.json({ success: false, error: { code, message, ...(details ? { details } : {}) } } as never, { status, headers });

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
export const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
export const isTime = (v: unknown): v is string => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
export const isEmail = (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
/** International (`+` and 8–15 digits, like the seed's +34612345678) or a 9-digit national number (a Spanish salon). */
export const isPhone = (v: string) => {
  const digits = v.replace(/[\s().-]/g, '');
  return /^\+\d{8,15}$/.test(digits) || /^\d{9}$/.test(digits);
};
/** Money in cents precision, as the backend's decimals. */
export const money = (amount: number) => Math.round(amount * 100) / 100;

/** What every part of the fake shares. */
export interface FakeContext {
  state: SalonBookItSeedData;
  timeZone: string;
  now: () => Date;
}

export const customersOf = (state: SalonBookItSeedData): SalonBookItCustomer[] => (state.customers ??= []);

/** The booking as the create answer and the look-up by code show it (seed "Response (201 Created)"). */
export function bookingView({ state }: FakeContext, b: SalonBookItBooking) {
  const p = state.professionals.find((x) => x.id === b.peluquero_id)!;
  return {
    id: b.id,
    codigo: b.codigo,
    fecha: b.fecha,
    hora_inicio: b.hora_inicio,
    hora_fin: b.hora_fin,
    servicios: b.servicio_ids.map((id) => {
      const s = state.services.find((x) => x.id === id)!;
      return { id: s.id, nombre: s.nombre, precio: s.precio, duracion_minutos: s.duracion_minutos };
    }),
    profesional: { id: p.id, nombre: p.nombre },
    cliente: b.cliente,
    subtotal: b.subtotal ?? b.total,
    descuento: b.descuento ?? 0,
    total: b.total,
    moneda: state.business.moneda,
    estado: b.estado,
    pago_requerido: false,
    pago_pendiente: b.total > 0,
    puntos_ganados: b.puntos_ganados ?? Math.floor(b.total),
    created_at: b.created_at,
  };
}
