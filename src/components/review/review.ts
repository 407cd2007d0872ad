import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatDateTime, formatTimeZone } from '../../core/format.js';
import { emptyClient, type ClientDetails, type CustomerAccount, type Location, type Professional, type Service, type Slot } from '../../core/model.js';
import { BookingConfirmEvent } from '../../events.js';
import { BookingElement } from '../booking-element.js';
import { accountContext, type AccountState } from '../manage/account-context.js';
import { UsePointsChangeEvent } from '../manage/events.js';
import { pointsStyles, renderPointsChoice } from '../manage/points.js';
import { costRows, locationRow, servicesRow, summaryRow } from './summary.js';
import { styles } from './review.styles.js';

/**
 * @summary Everything about to be booked, and the button that books it.
 *
 * @fires booking-confirm - `BookingConfirmEvent` when the customer confirms (not while busy).
 * @fires booking-use-points-change - `UsePointsChangeEvent` when the customer ticks or unticks paying with points.
 *
 * @csspart summary - The description list.
 * @csspart points - "Pay with my loyalty points": the label around its checkbox (signed-in customers with points).
 * @csspart points-input - That checkbox.
 * @csspart row - One term and its value.
 * @csspart term - A row's label.
 * @csspart value - A row's value.
 * @csspart detail - Secondary text in a value (an address, a service's duration and price, seats left).
 * @csspart service-list - Several services: their list.
 * @csspart service-item - Several services: one of them.
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
  static override styles = [styles, pointsStyles];

  /** The signed-in customer and their points choice, from an enclosing `<booking-widget>`. */
  @consume({ context: accountContext, subscribe: true })
  @state()
  private shared?: AccountState;

  @property({ attribute: false }) service?: Service;
  /** Every service booked together, each listed with a combined duration and total; empty = just `service`. */
  @property({ attribute: false }) services: Service[] = [];
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

  /** A signed-in customer; with `offerPoints` and points to spend, they may pay with them. */
  @property({ attribute: false }) account?: CustomerAccount;
  /** The backend takes loyalty points as payment. */
  @property({ type: Boolean, attribute: 'offer-points' }) offerPoints = false;
  /** Pay with the customer's points (follows the checkbox). */
  @property({ type: Boolean, attribute: 'use-points' }) usePoints = false;

  private onUsePoints(use: boolean) {
    this.usePoints = use;
    this.dispatchEvent(new UsePointsChangeEvent(use));
  }

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
    const services = this.services.length ? this.services : [service];
    const name = [client.firstName, client.lastName].map((part) => part.trim()).filter(Boolean).join(' ');
    return html`<dl part="summary">
        ${servicesRow(this.l10n, services, slot)}
        ${locationRow(t.reviewLocation, location)}
        ${summaryRow(t.reviewProfessional, this.professional?.name ?? t.anyProfessional)}
        ${summaryRow(t.reviewWhen, this.renderWhen(slot))}
        ${costRows(this.l10n, services)}
        ${summaryRow(t.reviewClient, html`<span>${name}</span> <span>${client.email}</span> <span>${client.phone}</span>`)}
        ${client.notes.trim() ? summaryRow(t.reviewNotes, html`<span part="notes">${client.notes.trim()}</span>`) : nothing}
      </dl>
      ${renderPointsChoice(
        { account: this.account ?? this.shared?.account, offerPoints: this.offerPoints || !!this.shared?.offerPoints, usePoints: this.shared?.usePoints ?? this.usePoints },
        t,
        (use) => this.onUsePoints(use),
      )}
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
