import type { ClientField } from './model.js';

export type BookingErrorCode =
  /** 401/403: the widget is misconfigured (key missing, wrong, expired). */
  | 'unauthorized'
  | 'not-found'
  /** 400/422 with details about what the customer entered. */
  | 'validation'
  /** The chosen time is no longer free. */
  | 'slot-taken'
  /** The chosen group session has no seats left. */
  | 'session-full'
  /** Sign-in refused: wrong e-mail or password. */
  | 'invalid-credentials'
  /** The customer's session ended (expired or missing token): sign in again. */
  | 'signed-out'
  /** The booking cannot be cancelled (already past or already cancelled). */
  | 'cannot-cancel'
  /** Too late to cancel online (inside the business's notice period). */
  | 'cancel-deadline'
  | 'rate-limited'
  | 'server'
  | 'offline'
  | 'timeout'
  /** The backend answered with something that is not the documented JSON. */
  | 'bad-response'
  | 'aborted'
  | 'unknown';

/** Fields an error can point at: the client form's fields, or the chosen slot. */
export type ErrorField = ClientField | 'slot';

export interface BookingErrorInit {
  status?: number;
  /** Per-field messages from the backend, keyed by the widget's field names. */
  fields?: Partial<Record<ErrorField, string[]>>;
  /** Seconds to wait before trying again (429). */
  retryAfter?: number;
  /** The backend's own message, for logs and as a last-resort explanation. */
  detail?: string;
  /** A write may or may not have happened (timeout or lost connection during a POST). */
  outcomeUnknown?: boolean;
  cause?: unknown;
}

export class BookingError extends Error {
  readonly code: BookingErrorCode;
  readonly status?: number;
  readonly fields: Partial<Record<ErrorField, string[]>>;
  readonly retryAfter?: number;
  readonly detail?: string;
  readonly outcomeUnknown: boolean;

  constructor(code: BookingErrorCode, message: string, init: BookingErrorInit = {}) {
    super(message, { cause: init.cause });
    this.name = 'BookingError';
    this.code = code;
    this.status = init.status;
    this.fields = init.fields ?? {};
    this.retryAfter = init.retryAfter;
    this.detail = init.detail;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }

  /** Whether the customer can do something about it (retry, change input, pick another time). */
  get recoverable(): boolean {
    return this.code !== 'unauthorized';
  }
}

export const isAbort = (error: unknown): boolean =>
  (error instanceof BookingError && error.code === 'aborted') ||
  (error instanceof DOMException && error.name === 'AbortError');

/** Anything thrown by an adapter, as a BookingError (custom adapters may throw plain errors). */
export function toBookingError(error: unknown): BookingError {
  if (error instanceof BookingError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new BookingError('aborted', 'Request aborted', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new BookingError('unknown', message, { detail: message, cause: error });
}
