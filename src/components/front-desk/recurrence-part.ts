import { html, nothing } from 'lit';
import type { OpeningHours, RecurrenceRule, Slot } from '../../core/model.js';
import type { Messages } from '../../i18n/index.js';
import '../recurrence-editor/recurrence-editor.js';
import { errorIcon } from '../../styles/icons.js';
import { exportParts } from '../../styles/parts.js';
import type { RecurrenceChangeEvent } from '../recurrence-editor/events.js';

/* The form's repeat settings: `<booking-recurrence>` (its own "Repeat" switch included), fed the chosen time. */

export interface RecurrenceView {
  rule?: RecurrenceRule;
  slot?: Slot;
  durationMinutes: number;
  openingHours?: OpeningHours;
  /** "Continue" found the rule invalid. */
  problem: boolean;
  t: Messages;
  /** Passed on for a form standing alone; inside the widget the editor takes the widget's. */
  locale?: string;
  timeZone: string;
  onChange: (rule: RecurrenceRule | undefined, valid: boolean) => void;
}

export function renderRecurrence({ rule, slot, durationMinutes, openingHours, problem, t, locale, timeZone, onChange }: RecurrenceView) {
  if (!slot) return nothing;
  // The event also leaves the widget (it is composed): the page may follow the merchant's edits.
  const changed = (event: RecurrenceChangeEvent) => onChange(event.detail.rule, event.detail.valid);
  return html`<booking-recurrence
      part="recurrence"
      exportparts=${exportParts('booking-recurrence')}
      .locale=${locale}
      .timezone=${timeZone}
      .rule=${rule}
      .first=${slot}
      .durationMinutes=${durationMinutes}
      .openingHours=${openingHours}
      @booking-recurrence-change=${changed}
    ></booking-recurrence>
    ${problem ? html`<p part="error" id="repeat-error"><span>${errorIcon}<span>${t.deskErrRecurrence}</span></span></p>` : nothing}`;
}
