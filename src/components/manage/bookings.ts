import { BookingError } from '../../core/errors.js';
import { formatMoney } from '../../core/format.js';
import type { BookingStatus, Cancellation, ManagedBooking, PlainDate } from '../../core/model.js';
import { errorMessage } from '../../i18n/error-message.js';
import { instantToWallClock } from '../../core/zoned-time.js';
import type { Messages } from '../../i18n/index.js';

/* What the managing screens show about existing bookings; no DOM. */

/** Bookings from `today` on (business zone), those still on first, each group soonest first. */
export function upcoming(bookings: readonly ManagedBooking[], today: PlainDate, timeZone: string): ManagedBooking[] {
  const rank = (b: ManagedBooking) => (b.status === 'cancelled' ? 1 : 0);
  return bookings
    .filter((b) => instantToWallClock(b.end || b.start, timeZone).date >= today)
    .sort((a, b) => rank(a) - rank(b) || a.start.localeCompare(b.start));
}

export function statusText(status: BookingStatus, t: Messages): string {
  switch (status) {
    case 'pending':
      return t.statusPending;
    case 'confirmed':
      return t.statusConfirmed;
    case 'completed':
      return t.statusCompleted;
    case 'cancelled':
      return t.statusCancelled;
    case 'no-show':
      return t.statusNoShow;
    default:
      // A custom adapter's own status: better shown as it is than hidden.
      return String(status);
  }
}

/** Whether the customer may try to cancel: the backend allows it and nothing says it is over. */
export const cancellable = (booking: ManagedBooking): boolean =>
  booking.canCancel !== false && (booking.status === 'pending' || booking.status === 'confirmed');

// Refund states as adapters may pass them on (the widget's words first, then backends' own).
const pendingRefund = /^(pending|pendiente|pendente|processing|en[ _]proceso|requested)$/i;
const doneRefund = /^(completed?|done|processed|procesad[oa]|refunded|reembolsad[oa]|succeeded|paid|pagad[oa])$/i;

/** "A refund of €25.00 is on its way (pending)." */
export function refundText(
  refund: NonNullable<Cancellation['refund']>,
  fallbackCurrency: string,
  locale: string,
  t: Messages,
): string {
  const amount = formatMoney(refund.amount, refund.currency ?? fallbackCurrency, locale);
  if (refund.status && doneRefund.test(refund.status)) return t.refundDone(amount);
  if (refund.status && pendingRefund.test(refund.status)) return t.refundPending(amount);
  return t.refundIssued(amount);
}

/**
 * An error of signing in, looking up or cancelling, in words. The shared wording of a lost answer
 * speaks of a booking made; here a lost sign-in is simply tried again, a lost cancel is checked first.
 */
export function accountErrorMessage(error: BookingError, t: Messages, action: 'sign-in' | 'find' | 'list' | 'cancel'): string {
  if (error.outcomeUnknown) {
    if (action === 'cancel') return t.errCancelOutcomeUnknown;
    return errorMessage(new BookingError(error.code, error.message, { status: error.status, retryAfter: error.retryAfter }), t);
  }
  if (error.code === 'signed-out' && action !== 'sign-in') return t.errSignedOutManage;
  if (error.code === 'not-found' && action === 'cancel') return t.errCancelNotFound;
  return errorMessage(error, t);
}
