import { html, nothing } from 'lit';
import type { Localization } from '../../context.js';
import { formatMonth, formatPlainDate, formatTime, formatTimeZone } from '../../core/format.js';
import type { PlainDate, Slot } from '../../core/model.js';
import { MonthChangeEvent, SlotSelectEvent } from '../../events.js';

/*
 * The side of the calendar that is not the grid: one polite status line (loading, empty month, hint,
 * count of times) and the chosen day's start times. A template function, so the element stays small.
 */

export interface TimePanelInput {
  l10n: Localization;
  /** The month shown, `YYYY-MM`. */
  month: string;
  loading: boolean;
  /** Whether any day of the shown month has free times. */
  monthHasDays: boolean;
  nextAvailableMonth?: string | null;
  selectedDate?: PlainDate;
  /** The selected day's slots, in time order. */
  daySlots?: Slot[];
  selectedSlot?: Slot;
  /** The element the panel's events are dispatched from. */
  host: EventTarget;
}

export function renderTimePanel(input: TimePanelInput) {
  const { l10n, month, loading, nextAvailableMonth: next, selectedDate, daySlots, host } = input;
  const { messages: t, locale } = l10n;
  const empty = !loading && !input.monthHasDays;
  let message: string;
  // `undefined` means the parent is still looking for the next month with free times.
  if (loading || (empty && next === undefined)) message = t.loadingAvailability;
  else if (empty) message = next ? t.noAvailabilityInMonth(formatMonth(month, locale)) : t.noAvailabilitySoon;
  else message = daySlots?.length ? t.timesCount(daySlots.length) : t.pickADay;

  return html`<div class="panel">
    <p part="message" role="status">${message}</p>
    ${empty && next
      ? html`<button type="button" part="show-month-button" @click=${() => host.dispatchEvent(new MonthChangeEvent(next))}>
          ${t.showMonth(formatMonth(next, locale))}
        </button>`
      : nothing}
    ${loading
      ? html`<div class="slot-list" aria-hidden="true">
          ${[0, 1, 2, 3].map(() => html`<span part="skeleton" class="slot-placeholder"></span>`)}
        </div>`
      : selectedDate && daySlots?.length
        ? renderSlots(input, selectedDate, daySlots)
        : nothing}
  </div>`;
}

function renderSlots({ l10n, selectedSlot, host }: TimePanelInput, date: PlainDate, slots: Slot[]) {
  const { messages: t, locale, timeZone } = l10n;
  return html`<div part="slots" role="group" aria-labelledby="slots-label">
    <div part="slots-label" id="slots-label">${t.timesOn(formatPlainDate(date, locale))}</div>
    <div class="slot-list">
      ${slots.map((slot) => {
        const selected = slot.start === selectedSlot?.start;
        return html`<button
          type="button"
          part=${selected ? 'slot slot-selected' : 'slot'}
          aria-pressed=${selected ? 'true' : 'false'}
          @click=${() => host.dispatchEvent(new SlotSelectEvent(slot))}
        >${formatTime(slot.start, timeZone, locale)}</button>`;
      })}
    </div>
    <p part="time-zone">${t.timesShownIn(formatTimeZone(timeZone, locale))}</p>
  </div>`;
}
