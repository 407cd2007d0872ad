import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { formatDateTime, formatDuration, formatTimeZone } from '../../core/format.js';
import type { BookingConfirmation, Location, RecurrenceRule, Service, Slot } from '../../core/model.js';
import { expandRecurrence, type Occurrence } from '../../core/recurrence.js';
import { BookingConfirmEvent, BookingRestartEvent } from '../../events.js';
import { successIcon } from '../../styles/icons.js';
import { secondaryButton } from '../../styles/shared.js';
import { BookingElement } from '../booking-element.js';
import { styles as reviewStyles } from '../review/review.styles.js';
import { locationRow, summaryRow } from '../review/summary.js';
import { openingHoursOf } from './customer-search.js';
import { describeSeries, nameList } from './describe.js';
import { customerContact, customerName, isKnown, type DeskCustomer } from './draft.js';

/**
 * The step title is the widget's heading, so it is not repeated here. Every time is on the business's
 * clock (`timezone`), named once under the first, even when the calendar showed the visitor's zone.
 *
 * @summary The front desk's booking before and after it is made: customers, note, and the series' dates.
 *
 * @fires booking-confirm - `BookingConfirmEvent` when the booking is to be created (not while busy).
 * @fires booking-restart - `BookingRestartEvent` when another booking is to be made from the confirmation.
 *
 * @csspart status - The success icon and message (after booking).
 * @csspart icon - The success icon.
 * @csspart message - The success message.
 * @csspart reference - The note that the backend returns no reference.
 * @csspart summary - The description list.
 * @csspart row - One term and its value.
 * @csspart term - A row's label.
 * @csspart value - A row's value.
 * @csspart detail - Secondary text in a value (an address, a customer's contact).
 * @csspart time-zone - The business time zone under the time.
 * @csspart customers - The list of customers.
 * @csspart notes - The note for the team.
 * @csspart series - The series in words with its counts.
 * @csspart outside - The list of dates outside opening hours.
 * @csspart sign-in - What to do when the booking system asks for a staff sign-in.
 * @csspart confirm - The "Create booking" button.
 * @csspart spinner - The progress mark on the button while creating.
 * @csspart restart - The "Create another booking" button.
 */
@customElement('booking-front-desk-review')
export class BookingFrontDeskReview extends BookingElement {
  static override styles = [
    ...reviewStyles,
    secondaryButton("[part~='restart']"),
    css`
      [part~='status'] {
        display: flex;
        gap: var(--_space);
        align-items: center;
        margin-block-end: calc(var(--_space) * 2);
        color: var(--_success);
        font-weight: 600;
      }
      [part~='icon'] {
        flex: none;
        width: 2rem;
        height: 2rem;
      }
      [part~='message'],
      [part~='reference'],
      [part~='sign-in'] {
        margin: 0 0 calc(var(--_space) * 2);
        color: var(--_text);
      }
      ul {
        display: grid;
        gap: 2px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
    `,
  ];

  private readonly hours = new Task(this, {
    args: () => [this.adapter] as [BookingAdapter | undefined],
    task: ([adapter]) => openingHoursOf(adapter),
  });

  /** Asked for opening hours, to count the series' dates outside them. */
  @property({ attribute: false }) adapter?: BookingAdapter;
  @property({ attribute: false }) service?: Service;
  @property({ attribute: false }) location?: Location;
  /** The chosen time: the booking, or a series' first date. */
  @property({ attribute: false }) selectedSlot?: Slot;
  @property({ attribute: false }) customers: DeskCustomer[] = [];
  @property() note = '';
  /** Absent for a single booking. */
  @property({ attribute: false }) rule?: RecurrenceRule;
  /** Set once the booking is made: the element then shows it as done. */
  @property({ attribute: false }) confirmation?: BookingConfirmation;
  /** The last attempt was refused for want of a staff session. */
  @property({ type: Boolean, attribute: 'sign-in-needed' }) signInNeeded = false;
  @property({ type: Boolean, reflect: true }) busy = false;

  /** The dates the booking creates: one, or the series' (first included). */
  get occurrences(): Occurrence[] {
    const { selectedSlot: slot, service, rule } = this;
    if (!slot) return [];
    if (!rule) return [{ date: slot.date, time: slot.time, start: slot.start, end: slot.end, outsideHours: false }];
    return expandRecurrence(rule, slot, this.l10n.timeZone, { durationMinutes: service?.durationMinutes ?? 0, openingHours: this.hours.value }).occurrences;
  }

  private onConfirm(): void {
    if (!this.busy) this.dispatchEvent(new BookingConfirmEvent());
  }

  private renderSeries(occurrences: Occurrence[]) {
    const { rule, t } = this;
    const { locale, timeZone } = this.l10n;
    if (!rule) return summaryRow(t.deskReviewRepeats, t.deskNoRepeat);
    const outside = occurrences.filter((o) => o.outsideHours);
    return summaryRow(
      t.deskReviewRepeats,
      html`<span part="series">${describeSeries(rule, occurrences, t, locale)}</span>
        ${outside.length
          ? html`<span part="detail">${t.deskOutsideDates}</span>
              <ul part="outside">
                ${outside.map((o) => html`<li>${formatDateTime(o.start, timeZone, locale)}</li>`)}
              </ul>`
          : nothing}`,
    );
  }

  private renderDone(occurrences: Occurrence[]) {
    const { t } = this;
    const names = nameList(this.customers.map(customerName), this.l10n.locale);
    const message = this.rule ? t.deskSeriesCreatedMessage(occurrences.length, names) : t.deskCreatedMessage(names);
    return html`<div part="status">${successIcon}<p part="message">${message}</p></div>
      ${this.confirmation?.id ? nothing : html`<p part="reference">${t.deskNoReference}</p>`}`;
  }

  override render() {
    const { service, selectedSlot: slot, t } = this;
    if (!service || !slot) return nothing;
    // One zone throughout, the business's: the desk works on its clock, and the series, its opening-hours
    // flags and the editor's preview are in it. The note names it, also when the calendar showed another.
    const { locale, timeZone } = this.l10n;
    const occurrences = this.occurrences;
    const done = !!this.confirmation;
    const when = html`<span>${formatDateTime(slot.start, timeZone, locale)}</span>
      <span part="time-zone">${t.timeZoneNote(formatTimeZone(timeZone, locale, new Date(slot.start)))}</span>`;
    return html`${done ? this.renderDone(occurrences) : nothing}
      <dl part="summary">
        ${summaryRow(t.reviewService, service.name)} ${locationRow(t.reviewLocation, this.location)}
        ${summaryRow(this.rule ? t.deskReviewFirst : t.reviewWhen, when)}
        ${summaryRow(t.reviewDuration, formatDuration(service.durationMinutes, locale))}
        ${summaryRow(
          t.deskReviewCustomers,
          html`<ul part="customers">
            ${this.customers.map(
              (c) => html`<li>
                <span>${customerName(c)}</span> <span part="detail">${customerContact(c)}</span>
                ${isKnown(c) ? nothing : html`<span part="detail">(${t.deskNewBadge})</span>`}
              </li>`,
            )}
          </ul>`,
        )}
        ${this.note.trim() ? summaryRow(t.deskNoteLabel, html`<span part="notes">${this.note.trim()}</span>`) : nothing}
        ${this.renderSeries(occurrences)}
      </dl>
      ${done
        ? html`<button part="restart" type="button" @click=${() => this.dispatchEvent(new BookingRestartEvent())}>${t.deskBookAnother}</button>`
        : html`${this.signInNeeded ? html`<p part="sign-in">${t.deskSignInNeeded}</p>` : nothing}
            <button part="confirm" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.onConfirm}>
              ${this.busy
                ? html`<span part="spinner" aria-hidden="true"></span>${t.deskCreating}`
                : this.rule
                  ? t.deskCreateSeries(occurrences.length)
                  : t.deskCreate}
            </button>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-front-desk-review': BookingFrontDeskReview;
  }
}
