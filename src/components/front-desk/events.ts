import type { FrontDeskCustomer, RecurrenceRule } from '../../core/model.js';
import type { FrontDeskDraft } from './draft.js';

/* Events of `<booking-front-desk-form>` and `<booking-front-desk-review>`; internal, so they bubble only. */

export interface FrontDeskSubmitDetail {
  /** Existing customers by id (with their name for showing), new ones by their details. */
  customers: FrontDeskCustomer[];
  /** The note for the team; '' when none. */
  note: string;
  /** Absent for a single booking. */
  recurrence?: RecurrenceRule;
}

/** Every edit of the form (customers, note, repeat settings, half-typed fields), so a host can restore it. */
export class FrontDeskInputEvent extends Event {
  static readonly eventName = 'booking-front-desk-input';
  constructor(readonly draft: FrontDeskDraft) {
    super(FrontDeskInputEvent.eventName, { bubbles: true });
  }
}

/** "Continue" passed the checks: at least one customer, within capacity, a valid repeat rule. */
export class FrontDeskSubmitEvent extends Event {
  static readonly eventName = 'booking-front-desk-submit';
  constructor(readonly detail: FrontDeskSubmitDetail) {
    super(FrontDeskSubmitEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-front-desk-input': FrontDeskInputEvent;
    'booking-front-desk-submit': FrontDeskSubmitEvent;
  }
}
