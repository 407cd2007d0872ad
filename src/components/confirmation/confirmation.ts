import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatDateTime, formatTimeZone } from '../../core/format.js';
import {
  emptyClient,
  type BookingConfirmation as Confirmation,
  type ClientDetails,
  type Location,
  type Service,
  type Slot,
} from '../../core/model.js';
import { BookingRestartEvent } from '../../events.js';
import { successIcon } from '../../styles/icons.js';
import { BookingElement } from '../booking-element.js';
import { costRows, locationRow, servicesRow, summaryRow } from '../review/summary.js';
import { styles } from './confirmation.styles.js';

/**
 * The step title ("Booking confirmed" / "Booking request received") is the widget's heading, so it
 * is not repeated here.
 *
 * @summary What was booked, its reference, and a way to book again.
 *
 * @fires booking-restart - `BookingRestartEvent` when the customer wants to book another appointment.
 *
 * @csspart status - The success icon and thank-you message.
 * @csspart icon - The success icon.
 * @csspart message - The thank-you message.
 * @csspart summary - The description list of what was booked.
 * @csspart row - One term and its value.
 * @csspart term - A row's label.
 * @csspart value - A row's value.
 * @csspart detail - Secondary text in a value (an address, a service's duration and price, seats left).
 * @csspart service-list - Several services: their list.
 * @csspart service-item - Several services: one of them.
 * @csspart time-zone - The time zone under the time (the business's, or the visitor's once they switched).
 * @csspart reference - The booking reference box, or the note that there is none.
 * @csspart points - The loyalty points the booking earned, when the backend says (a signed-in customer; nothing for zero).
 * @csspart reference-label - "Booking reference".
 * @csspart reference-value - The code or id.
 * @csspart restart - The "Book another appointment" button.
 *
 * @cssprop --bw-color-primary - Button colour.
 * @cssprop --bw-color-success - Icon and reference tint.
 * @cssprop --bw-color-surface - Background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Term colour.
 * @cssprop --bw-color-border - Summary border colour.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-summary-term-width - Width of the term column in wide containers (default `minmax(8rem, 1fr)`).
 */
@customElement('booking-confirmation')
export class BookingConfirmation extends BookingElement {
  static override styles = styles;

  @property({ attribute: false }) confirmation?: Confirmation;
  @property({ attribute: false }) service?: Service;
  /** Every service booked together; several are listed with their combined duration and total. */
  @property({ attribute: false }) services: Service[] = [];
  /** The time booked; a group session's is worded as joining it. (Not `slot`: that name is taken by `HTMLElement.slot`.) */
  @property({ attribute: false }) selectedSlot?: Slot;
  @property({ attribute: false }) location?: Location;
  @property({ attribute: false }) client: ClientDetails = emptyClient();

  /** The business still has to accept the booking: word it as a request received. */
  @property({ type: Boolean, reflect: true }) pending = false;

  private onRestart() {
    this.dispatchEvent(new BookingRestartEvent());
  }

  private renderReference(confirmation: Confirmation) {
    const reference = confirmation.code ?? confirmation.id;
    if (!reference) return html`<p part="reference">${this.t.noReference}</p>`;
    return html`<p part="reference">
      <span part="reference-label">${this.t.bookingReference}</span>
      <span part="reference-value">${reference}</span>
    </p>`;
  }

  override render() {
    const { confirmation, service, location, t } = this;
    if (!confirmation) return nothing;
    // The zone times are shown in: the business's, or the visitor's once they switched to it.
    const { locale, displayTimeZone: timeZone } = this.l10n;
    const name = this.client.firstName.trim();
    const services = this.services.length ? this.services : service ? [service] : [];
    const total = confirmation.total !== undefined ? { amount: confirmation.total, currency: confirmation.currency ?? services[0]?.currency } : undefined;
    return html`<div part="status">
        ${successIcon}
        <p part="message">${this.pending ? t.receivedMessage(name) : t.confirmedMessage(name)}</p>
      </div>
      ${this.renderReference(confirmation)}
      ${confirmation.pointsEarned ? html`<p part="points">${t.pointsEarned(confirmation.pointsEarned)}</p>` : nothing}
      <dl part="summary">
        ${servicesRow(this.l10n, services, this.selectedSlot, false)}
        ${summaryRow(
          t.reviewWhen,
          html`<span>${formatDateTime(confirmation.start, timeZone, locale)}</span>
            <span part="time-zone">${t.timeZoneNote(formatTimeZone(timeZone, locale, new Date(confirmation.start)))}</span>`,
        )}
        ${confirmation.professional ? summaryRow(t.reviewProfessional, confirmation.professional.name) : nothing}
        ${locationRow(t.reviewLocation, location)}
        ${services.length > 1 || total ? costRows(this.l10n, services, total) : nothing}
      </dl>
      <button part="restart" type="button" @click=${this.onRestart}>${t.bookAnother}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-confirmation': BookingConfirmation;
  }
}
