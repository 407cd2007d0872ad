import type { BookingError } from '../core/errors.js';
import type { Messages } from './en.js';

/**
 * What the customer reads for an error, in their language. Backend text is shown only where the widget
 * has nothing better: a rejection that names no field the customer can correct.
 */
export function errorMessage(error: BookingError, t: Messages): string {
  if (error.outcomeUnknown) return t.errOutcomeUnknown;
  switch (error.code) {
    case 'unauthorized':
      return t.errUnauthorized;
    case 'not-found':
      return t.errNotFound;
    case 'validation': {
      const fields = Object.keys(error.fields);
      if (fields.length === 0 && error.detail) return t.errRejected(error.detail);
      return fields.length > 0 && fields.every((field) => field === 'slot') ? t.errSlotRefused : t.errValidation;
    }
    case 'slot-taken':
      return t.errSlotTaken;
    case 'session-full':
      return t.errSessionFull;
    case 'invalid-credentials':
      return t.errInvalidCredentials;
    case 'signed-out':
      return t.errSignedOut;
    case 'cannot-cancel':
      return t.errCannotCancel;
    case 'cancel-deadline':
      return t.errCancelDeadline;
    case 'rate-limited':
      return error.retryAfter !== undefined ? t.errRateLimited(Math.max(1, error.retryAfter)) : t.errRateLimitedNoTime;
    case 'server':
      return t.errServer;
    case 'offline':
      return t.errOffline;
    case 'timeout':
      return t.errTimeout;
    case 'bad-response':
      return t.errBadResponse;
    case 'aborted':
    case 'unknown':
      return t.errUnknown;
    default: {
      // A new BookingErrorCode must get a message here (and so in every catalog): tsc fails until it does.
      // Plain-JS adapters can still throw other codes at run time.
      const unmapped: never = error.code;
      void unmapped;
      return t.errUnknown;
    }
  }
}

/** A precise line for the merchant's console, for problems only they can fix. */
export function merchantHint(error: BookingError, origin = globalThis.location?.origin): string | undefined {
  if (error.code !== 'unauthorized') return undefined;
  // Refused by the adapter itself, not the backend: its own explanation is the whole story.
  if (error.status === undefined && error.detail) return `[booking-widget] ${error.detail}`;
  const refused = `[booking-widget] The booking backend refused the request (${error.status ?? '?'}${error.detail ? `: ${error.detail}` : ''}). `;
  // A browser key bound to a list of domains: the key is fine, this page's domain is not on the list.
  if (/origin/i.test(error.detail ?? '')) {
    return refused + `Add this page's origin (${origin ?? 'unknown'}) to the key's allowed domains in the booking system's settings.`;
  }
  return (
    refused +
    'Check the api-key attribute (or the key your proxy adds), that the key is active and not expired, ' +
    'and that api-base points at the right account.'
  );
}
