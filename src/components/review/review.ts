import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDateTime, formatDuration, formatMoney, formatTimeZone } from '../../core/format.js';
import { emptyClient, type ClientDetails, type Location, type Professional, type Service, type Slot } from '../../core/model.js';
import { BookingConfirmEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { locationRow, summaryRow } from './summary.js';
import { styles } from './review.styles.js';

/**
 * @summary Everything about to be booked, and the button that books it.
 *
 * @fires booking-confirm - `BookingConfirmEvent` when the customer confirms (not while busy).
 *
 * @csspart summary - The description list.
 * @csspart row - One term and its value.
 * @csspart term - A row's label.
 * @csspart value - A row's value.
 * @csspart detail - Secondary text in a value (an address).
 * @csspart time-zone - The time zone under the date and time (the business's, or the visitor's once they switched).
 * @csspart notes - The customer's notes.
 * @csspart confirm - The confirm button.
 * @csspart spinner - The progress mark on the button while booking.
 *
 * @cssprop --bw-color-primary - Button colour.
 * @cssprop --bw-color-on-primary - Button text colour.
 * @cssprop --bw-color-surface - Summary background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Term colour.
 * @cssprop --bw-color-border - Summary border colour.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-summary-term-width - Width of the term column in wide containers (default `minmax(8rem, 1fr)`).
 */
@customElement('booking-review')
export class BookingReview extends BookingElement {
  static override styles = styles;

  @property({ attribute: false }) service?: Service;
  @property({ attribute: false }) location?: Location;
  /** `undefined` shows "Any professional". */
  @property({ attribute: false }) professional?: Professional;
  /** The chosen time. (Not `slot`: that name is taken by `HTMLElement.slot`.) */
  @property({ attribute: false }) selectedSlot?: Slot;
  @property({ attribute: false }) client: ClientDetails = emptyClient();

  /** The booking is being sent: the button says so and ignores clicks, but keeps focus. */
  @property({ type: Boolean, reflect: true }) busy = false;

  /** Name the business time zone under the time. Property only: a boolean attribute cannot default to true. */
  @property({ attribute: false }) showTimeZone = true;

  private onConfirm() {
    if (this.busy) return;
    this.dispatchEvent(new BookingConfirmEvent());
  }

  /** In the zone times are shown in: the business's, or the visitor's once they switched to it. */
  private renderWhen(slot: Slot) {
    const { locale, displayTimeZone } = this.l10n;
    const zone = this.showTimeZone
      ? html`<span part="time-zone">${this.t.timeZoneNote(formatTimeZone(displayTimeZone, locale, new Date(slot.start)))}</span>`
      : nothing;
    return html`<span>${formatDateTime(slot.start, displayTimeZone, locale)}</span> ${zone}`;
  }

  override render() {
    const { service, selectedSlot: slot, location, client, t } = this;
    if (!service || !slot) return nothing;
    const { locale, currency } = this.l10n;
    const price = service.price === 0 ? t.free : formatMoney(service.price, service.currency ?? currency, locale);
    const name = [client.firstName, client.lastName].map((part) => part.trim()).filter(Boolean).join(' ');
    return html`<dl part="summary">
        ${summaryRow(t.reviewService, service.name)}
        ${locationRow(t.reviewLocation, location)}
        ${summaryRow(t.reviewProfessional, this.professional?.name ?? t.anyProfessional)}
        ${summaryRow(t.reviewWhen, this.renderWhen(slot))}
        ${summaryRow(t.reviewDuration, formatDuration(service.durationMinutes, locale))}
        ${summaryRow(t.reviewPrice, price)}
        ${summaryRow(t.reviewClient, html`<span>${name}</span> <span>${client.email}</span> <span>${client.phone}</span>`)}
        ${client.notes.trim() ? summaryRow(t.reviewNotes, html`<span part="notes">${client.notes.trim()}</span>`) : nothing}
      </dl>
      <button part="confirm" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.onConfirm}>
        ${this.busy ? html`<span part="spinner" aria-hidden="true"></span>${t.confirming}` : t.confirm}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-review': BookingReview;
  }
}
