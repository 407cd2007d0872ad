import { BookingError } from '../core/errors.js';
import type { Cancellation, ManagedBooking, MyBookingsQuery, PlainDate } from '../core/model.js';
import { instantToWallClock, MINUTE, plainDaysBetween, resolveWallClock, toIsoInstant } from '../core/zoned-time.js';
import { endAfter } from './salonbookit-availability.js';
import { classifyCode, dataOf, listOf, num, toStatus, type Envelope, type SbBooking, type SbCancellation } from './salonbookit-read.js';
import type { SalonBookItSession } from './salonbookit-session.js';

/*
 * Managing bookings (seed "Bookings", api-notes §2.7): the signed-in customer's list
 * (`GET /cliente/reservas/`), look-up by code (`GET /reservas/codigo/{codigo}/`) and cancelling
 * (`POST /reservas/{id}/cancelar/`, never repeated on its own).
 *
 * `estado` is never sent: the docs list its values in English in one place and in Spanish in another,
 * and a wrong guess would silently return nothing. The status (and the dates, in case the server
 * ignores `desde`/`hasta`) are filtered here instead.
 */

export interface ManageDeps {
  session: SalonBookItSession;
  timeZone: string;
  /** The widget's currency, for answers without `moneda`. */
  currency?: string;
}

const clock = (value: unknown) => /^(\d{2}:\d{2})/.exec(typeof value === 'string' ? value : '')?.[1];

export function createManagement({ session, timeZone, currency }: ManageDeps) {
  /** A booking as the customer manages it; its times are the business's clock in `timeZone`. */
  function toManaged(raw: SbBooking): ManagedBooking {
    const time = clock(raw.hora_inicio);
    if (raw.id === undefined || raw.id === null || !raw.fecha || !/^\d{4}-\d{2}-\d{2}$/.test(raw.fecha) || !time) {
      throw new BookingError('bad-response', `SalonBookIt: unreadable booking ${JSON.stringify(raw).slice(0, 120)}`);
    }
    const start = resolveWallClock(raw.fecha, time, timeZone);
    const services = (raw.servicios ?? []).map((s) => (typeof s === 'string' ? { nombre: s } : s));
    const endTime = clock(raw.hora_fin);
    const minutes = services.reduce((sum, s) => sum + num(typeof s === 'object' ? s.duracion_minutos : undefined), 0);
    const end = endTime ? endAfter(start, raw.fecha, endTime, timeZone) : new Date(start.getTime() + minutes * MINUTE);
    const money = raw.moneda?.toUpperCase() ?? currency;
    return {
      id: String(raw.id),
      ...(raw.codigo ? { code: raw.codigo } : {}),
      status: toStatus(raw.estado),
      start: toIsoInstant(start),
      end: toIsoInstant(end),
      services: services.map((s) => s.nombre ?? '').filter(Boolean),
      ...(raw.profesional ? { professional: { id: String(raw.profesional.id), name: raw.profesional.nombre ?? '' } } : {}),
      ...(raw.total !== undefined && raw.total !== null ? { total: num(raw.total) } : {}),
      ...(money ? { currency: money } : {}),
      ...(typeof raw.puede_cancelar === 'boolean' ? { canCancel: raw.puede_cancelar } : {}),
    };
  }

  const dayOf = (booking: ManagedBooking): PlainDate => instantToWallClock(booking.start, timeZone).date;

  return {
    async listMyBookings(query: MyBookingsQuery, signal?: AbortSignal): Promise<ManagedBooking[]> {
      // The list needs the customer's JWT; without one the backend could only say MISSING_TOKEN.
      if (!session.signedIn) throw new BookingError('signed-out', 'SalonBookIt: my bookings need a signed-in customer');
      const body = await session.request<Envelope<unknown>>({ path: '/cliente/reservas/', query: { desde: query.from, hasta: query.to }, signal });
      return listOf<SbBooking>(body, 'reservas', classifyCode)
        .map(toManaged)
        .filter((b) => !query.status || b.status === query.status)
        .filter((b) => (!query.from || plainDaysBetween(query.from, dayOf(b)) >= 0) && (!query.to || plainDaysBetween(dayOf(b), query.to) >= 0))
        .sort((a, b) => a.start.localeCompare(b.start));
    },

    async findBooking(code: string, signal?: AbortSignal): Promise<ManagedBooking> {
      const wanted = code.trim().toUpperCase();
      if (!wanted) throw new BookingError('validation', 'SalonBookIt: empty booking code');
      const body = await session.request<Envelope<SbBooking | { reserva: SbBooking }>>({ path: `/reservas/codigo/${encodeURIComponent(wanted)}/`, signal });
      const data = dataOf(body, classifyCode);
      return toManaged('reserva' in data && data.reserva ? data.reserva : (data as SbBooking));
    },

    async cancelBooking(booking: ManagedBooking, reason: string, signal?: AbortSignal): Promise<Cancellation> {
      const motivo = reason.trim();
      const body = await session.request<Envelope<SbCancellation>>({
        method: 'POST',
        path: `/reservas/${encodeURIComponent(booking.id)}/cancelar/`,
        body: motivo ? { motivo } : {},
        signal,
      });
      const data = dataOf(body, classifyCode);
      const refund = data.reembolso;
      const money = (refund?.moneda ?? data.moneda)?.toUpperCase() ?? booking.currency ?? currency;
      return {
        id: data.id !== undefined && data.id !== null ? String(data.id) : booking.id,
        status: data.estado ? toStatus(data.estado) : 'cancelled',
        ...(refund?.aplica
          ? { refund: { amount: num(refund.monto), ...(money ? { currency: money } : {}), ...(refund.estado ? { status: refund.estado } : {}) } }
          : {}),
      };
    },
  };
}
