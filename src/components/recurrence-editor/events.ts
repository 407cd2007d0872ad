import type { RecurrenceRule } from '../../core/model.js';
import type { Occurrence } from '../../core/recurrence.js';

export interface RecurrenceChangeDetail {
  /** `undefined`: the booking does not repeat. */
  rule: RecurrenceRule | undefined;
  /** What the series creates, first one included (just the first when it does not repeat). */
  occurrences: Occurrence[];
  /** Whether the rule can be sent as it is (always true when it does not repeat). */
  valid: boolean;
}

/** The merchant changed the repeat settings. Leaves the widget: bubbles and is composed. */
export class RecurrenceChangeEvent extends Event {
  static readonly eventName = 'booking-recurrence-change';
  constructor(readonly detail: RecurrenceChangeDetail) {
    super(RecurrenceChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-recurrence-change': RecurrenceChangeEvent;
  }
}
