import { html, nothing } from 'lit';
import type { Localization } from '../../context.js';
import { formatMonth, formatPlainDate, formatTimeZone, slotLabels } from '../../core/format.js';
import type { PlainDate, Slot } from '../../core/model.js';
import { MonthChangeEvent, SlotSelectEvent, TimeZoneToggleEvent } from '../../events.js';

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
  /** Offer to show times in the visitor's zone (`zone`); `on` while they are. Absent: no switch. */
  zoneToggle?: { zone: string; on: boolean };
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
  else if (!daySlots?.length) message = t.pickADay;
  // A class or event: the times are its sessions, and what counts is that they have seats.
  else message = daySlots.some((slot) => slot.session) ? t.sessionsCount(daySlots.length) : t.timesCount(daySlots.length);

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

function renderSlots({ l10n, selectedSlot, zoneToggle, host }: TimePanelInput, date: PlainDate, slots: Slot[]) {
  const { messages: t, locale, displayTimeZone } = l10n;
  // Times (and the zone's name) as of that day: a zone's name and offset can change with DST.
  const at = new Date(slots[0].start);
  const labels = slotLabels(slots, displayTimeZone, locale);
  // The switch is a view setting, not one of the times, so it follows their group.
  return html`<div part="slots" role="group" aria-labelledby="slots-label">
    <div part="slots-label" id="slots-label">${t.timesOn(formatPlainDate(date, locale))}</div>
    <div class="slot-list">
      ${slots.map((slot, i) => {
        const selected = slot.start === selectedSlot?.start;
        const seats = slot.session?.seatsLeft;
        // Seats left are part of the name (after the time, so the time still starts it) and shown.
        return html`<button
          type="button"
          part=${selected ? 'slot slot-selected' : 'slot'}
          aria-pressed=${selected ? 'true' : 'false'}
          @click=${() => host.dispatchEvent(new SlotSelectEvent(slot))}
        >${labels[i]}${seats !== undefined ? html` <span part="seats">${t.seatsLeft(seats)}</span>` : nothing}</button>`;
      })}
    </div>
    <p part="time-zone">${t.timesShownIn(formatTimeZone(displayTimeZone, locale, at))}</p>
  </div>
  ${zoneToggle
    ? html`<button
        type="button"
        part="time-zone-toggle"
        aria-pressed=${zoneToggle.on ? 'true' : 'false'}
        @click=${() => host.dispatchEvent(new TimeZoneToggleEvent(!zoneToggle.on))}
      >${t.showInMyTime(formatTimeZone(zoneToggle.zone, locale, at))}</button>`
    : nothing}`;
}
