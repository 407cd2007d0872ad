import type { Cancellation, CustomerAccount } from '../../core/model.js';

/*
 * Events of the account and managing elements. Those a page cares about (signed in, signed out,
 * cancelled) bubble and are composed, so they leave `<booking-widget>`; the points choice and the
 * busy signal only travel to the widget.
 */

/** The signed-in customer as the page may see them: no token, no password. */
export type SignedInDetail = Pick<CustomerAccount, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'points'>;

export const publicAccount = (account: CustomerAccount): SignedInDetail => ({
  id: account.id,
  firstName: account.firstName,
  lastName: account.lastName,
  email: account.email,
  phone: account.phone,
  points: account.points,
});

export class BookingSignedInEvent extends Event {
  static readonly eventName = 'booking-signed-in';
  readonly detail: SignedInDetail;
  constructor(account: CustomerAccount) {
    super(BookingSignedInEvent.eventName, { bubbles: true, composed: true });
    this.detail = publicAccount(account);
  }
}

export interface SignedOutDetail {
  /** `user`: they chose to; `expired`: the backend ended the session. */
  reason: 'user' | 'expired';
}

export class BookingSignedOutEvent extends Event {
  static readonly eventName = 'booking-signed-out';
  constructor(readonly detail: SignedOutDetail) {
    super(BookingSignedOutEvent.eventName, { bubbles: true, composed: true });
  }
}

export interface CancelledDetail {
  id: string;
  code?: string;
  /** What the backend says is returned, when it says. */
  refund?: Cancellation['refund'];
}

export class BookingCancelledEvent extends Event {
  static readonly eventName = 'booking-cancelled';
  constructor(readonly detail: CancelledDetail) {
    super(BookingCancelledEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Internal (review → widget): the customer ticked or unticked "pay with my loyalty points". */
export class UsePointsChangeEvent extends Event {
  static readonly eventName = 'booking-use-points-change';
  constructor(readonly usePoints: boolean) {
    super(UsePointsChangeEvent.eventName, { bubbles: true });
  }
}

/**
 * Internal (sign-in or manage → widget): a sign-in or a cancel went out (`busy`), or was answered.
 * Meanwhile the widget keeps the panel open, so the answer's own event still reaches the page.
 */
export class AccountBusyEvent extends Event {
  static readonly eventName = 'booking-account-busy';
  constructor(readonly busy: boolean) {
    super(AccountBusyEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-signed-in': BookingSignedInEvent;
    'booking-signed-out': BookingSignedOutEvent;
    'booking-cancelled': BookingCancelledEvent;
    'booking-use-points-change': UsePointsChangeEvent;
    'booking-account-busy': AccountBusyEvent;
  }
}
