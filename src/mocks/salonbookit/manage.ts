import { toIsoInstant } from '../../core/zoned-time.js';
import type { SalonBookItBooking, SalonBookItCustomer } from './data.js';
import { bookingView, fail, isDate, ok, customersOf, type FakeContext } from './envelope.js';
import { customerView } from './auth.js';

/*
 * The fake's booking management (seed "Bookings"; where the docs are silent it decides):
 * - `GET /cliente/perfil/` (JWT) → the customer with `puntos`.
 * - `GET /cliente/reservas/` (JWT) → `{ reservas, proxima_reserva, total }`, oldest first: the bookings
 *   made signed in, and guest bookings under the same e-mail (a guest booking links the customer by
 *   e-mail, api-notes §2.5). `desde`/`hasta` must be dates; `estado` takes the Spanish values or the
 *   English ones the docs also list (anything else → 400 VALIDATION_ERROR).
 * - `GET /reservas/codigo/{codigo}/` → the booking as created, plus `puede_cancelar`; the code alone
 *   is enough (it is the customer's proof); unknown → 404 BOOKING_NOT_FOUND.
 * - `POST /reservas/{id}/cancelar/` `{motivo?}`: a booking made signed in needs its customer's JWT
 *   (none → 401 MISSING_TOKEN, someone else's → 404 BOOKING_NOT_FOUND); a guest booking needs only the
 *   key. Started, past or already cancelled/completed → 400 CANNOT_CANCEL; closer to the start than
 *   `tiempo_cancelacion_horas` → 400 CANCELLATION_DEADLINE_PASSED. The refund applies when the total
 *   left to pay is above 0, for that total, `estado: "pendiente"` — as the docs' example, which refunds
 *   a booking that still had `pago_pendiente`. Points spent on it go back to the customer and the
 *   points it earned are taken back.
 */

const ESTADOS: Record<string, SalonBookItBooking['estado']> = {
  pendiente: 'pendiente', confirmada: 'confirmada', completada: 'completada', cancelada: 'cancelada', no_show: 'no_show',
  pending: 'pendiente', confirmed: 'confirmada', completed: 'completada', cancelled: 'cancelada', 'no-show': 'no_show',
};

export function createSalonBookItManagement(ctx: FakeContext) {
  const { state, now } = ctx;
  const hours = () => state.business.tiempo_cancelacion_horas ?? 24;

  /** Why the booking cannot be cancelled online now, or undefined when it can. */
  function refusal(b: SalonBookItBooking): 'CANNOT_CANCEL' | 'CANCELLATION_DEADLINE_PASSED' | undefined {
    if (b.estado === 'cancelada' || b.estado === 'completada' || b.estado === 'no_show' || b.start <= now().getTime()) return 'CANNOT_CANCEL';
    return b.start - now().getTime() < hours() * 3_600_000 ? 'CANCELLATION_DEADLINE_PASSED' : undefined;
  }

  const ownedBy = (customer: SalonBookItCustomer, b: SalonBookItBooking) =>
    b.cuenta_id === customer.id || (b.cuenta_id === undefined && b.cliente.email.toLowerCase() === customer.email.toLowerCase());

  /** An item of `/cliente/reservas/`, the fields of the docs' example. */
  const listItem = (b: SalonBookItBooking) => {
    const { id, codigo, fecha, hora_inicio, hora_fin, servicios, profesional, total, estado } = bookingView(ctx, b);
    return { id, codigo, fecha, hora_inicio, hora_fin, servicios, profesional, total, estado, puede_cancelar: !refusal(b) };
  };

  function myBookings(customer: SalonBookItCustomer, url: URL): Response {
    const q = url.searchParams;
    for (const field of ['desde', 'hasta']) {
      const value = q.get(field);
      if (value !== null && !isDate(value)) return fail(400, 'INVALID_DATE', 'La fecha debe tener el formato YYYY-MM-DD.', { [field]: ['Formato YYYY-MM-DD.'] });
    }
    const estado = q.get('estado');
    if (estado !== null && !ESTADOS[estado]) return fail(400, 'VALIDATION_ERROR', 'Estado desconocido.', { estado: ['Valor no válido.'] });
    const desde = q.get('desde');
    const hasta = q.get('hasta');
    const mine = state.bookings
      .filter((b) => ownedBy(customer, b))
      .filter((b) => (!desde || b.fecha >= desde) && (!hasta || b.fecha <= hasta) && (!estado || b.estado === ESTADOS[estado]))
      .sort((a, b) => a.start - b.start);
    const next = mine.find((b) => b.start > now().getTime() && (b.estado === 'pendiente' || b.estado === 'confirmada'));
    return ok({
      reservas: mine.map(listItem),
      proxima_reserva: next ? { id: next.id, fecha: next.fecha, hora_inicio: next.hora_inicio } : null,
      total: mine.length,
    });
  }

  function byCode(codigo: string): Response {
    const b = state.bookings.find((x) => x.codigo === codigo);
    if (!b) return fail(404, 'BOOKING_NOT_FOUND', 'Reserva no encontrada.');
    return ok({ ...bookingView(ctx, b), puede_cancelar: !refusal(b) });
  }

  function cancel(id: string, customer: SalonBookItCustomer | undefined, body: Record<string, unknown>): Response {
    const b = /^\d+$/.test(id) ? state.bookings.find((x) => x.id === Number(id)) : undefined;
    if (!b) return fail(404, 'BOOKING_NOT_FOUND', 'Reserva no encontrada.');
    if (b.cuenta_id !== undefined) {
      if (!customer) return fail(401, 'MISSING_TOKEN', 'Inicia sesión para cancelar esta reserva.');
      if (customer.id !== b.cuenta_id) return fail(404, 'BOOKING_NOT_FOUND', 'Reserva no encontrada.');
    }
    if (body.motivo !== undefined && body.motivo !== null && typeof body.motivo !== 'string') {
      return fail(400, 'VALIDATION_ERROR', 'Los datos enviados no son válidos.', { motivo: ['Debe ser un texto.'] });
    }
    const why = refusal(b);
    if (why === 'CANNOT_CANCEL') return fail(400, why, 'La reserva no se puede cancelar (ya pasó o ya está cancelada).');
    if (why) return fail(400, why, `Solo se puede cancelar hasta ${hours()} horas antes de la cita.`);
    b.estado = 'cancelada';
    b.cancelada_en = toIsoInstant(now());
    b.motivo_cancelacion = typeof body.motivo === 'string' && body.motivo.trim() ? body.motivo.trim() : null;
    const account = customersOf(state).find((c) => c.id === b.cuenta_id);
    if (account) account.puntos = Math.max(0, account.puntos + (b.puntos_usados ?? 0) - (b.puntos_ganados ?? 0));
    return ok({
      id: b.id,
      estado: b.estado,
      cancelada_en: b.cancelada_en,
      reembolso: b.total > 0 ? { aplica: true, monto: b.total, estado: 'pendiente' } : { aplica: false, monto: 0, estado: null },
    });
  }

  return { myBookings, byCode, cancel, profile: (customer: SalonBookItCustomer) => ok(customerView(customer)), refusal };
}
