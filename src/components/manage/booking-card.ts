import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Localization } from '../../context.js';
import { formatDateTime, formatMoney, formatTimeZone } from '../../core/format.js';
import type { Cancellation, ManagedBooking } from '../../core/model.js';
import { summaryRow } from '../review/summary.js';
import { refundText, statusText } from './bookings.js';

/** Everything one booking card shows and can do; `<booking-manage>` fills it in. */
export interface CardView {
  /** Unique among the cards on screen (a booking may show in two sections). */
  key: string;
  booking: ManagedBooking;
  l10n: Localization;
  /** Offer "Cancel booking". */
  canCancel: boolean;
  /** The inline confirmation is open. */
  confirming: boolean;
  reason: string;
  /** The cancel request is on its way. */
  busy: boolean;
  /** The key of another card whose cancel is on its way: this card's "Cancel booking" waits for it. */
  waitingFor?: string;
  cancelled?: Cancellation;
  /** What went wrong with cancelling, in words. */
  error?: string;
  onOpen: () => void;
  onKeep: () => void;
  onReason: (reason: string) => void;
  onConfirm: () => void;
}

/** The date and time on the business's clock, naming its zone. */
const when = ({ booking, l10n }: CardView) => formatDateTime(booking.start, l10n.timeZone, l10n.locale);

function renderOutcome(view: CardView) {
  const { key, cancelled, error, booking, l10n } = view;
  const t = l10n.messages;
  if (cancelled) {
    return html`<div part="success" tabindex="-1" data-focus="${key}-outcome">
      <p><strong>${t.bookingCancelled}</strong></p>
      ${cancelled.refund ? html`<p>${refundText(cancelled.refund, booking.currency ?? l10n.currency, l10n.locale, t)}</p>` : nothing}
    </div>`;
  }
  if (error) return html`<p part="error" tabindex="-1" data-focus="${key}-outcome">${error}</p>`;
  return nothing;
}

function renderConfirmation(view: CardView) {
  const { key, l10n, busy } = view;
  const t = l10n.messages;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!busy) view.onConfirm();
  };
  // Escape answers "keep it", as closing a dialog would.
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) view.onKeep();
  };
  return html`<form part="cancel-form" aria-labelledby="${key}-question" @submit=${submit} @keydown=${escape}>
    <p part="question" id="${key}-question">${t.cancelQuestion(when(view))}</p>
    <div part="field">
      <label part="label" for="${key}-reason">${t.cancelReason} <span part="optional">(${t.optional})</span></label>
      <textarea
        part="input"
        id="${key}-reason"
        name="reason"
        rows="2"
        maxlength="500"
        data-focus="${key}-reason"
        .value=${live(view.reason)}
        @input=${(e: Event) => view.onReason((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="actions">
      <button part="confirm-cancel" type="submit" id="${key}-confirm" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.cancelling : t.cancelBooking}</button>
      <button part="keep" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && view.onKeep()}>${t.keepBooking}</button>
    </div>
  </form>`;
}

/** "Cancel booking"; while another card's cancel is on its way, unavailable and described by that card's title and "Cancelling…". */
function renderCancelButton({ key, waitingFor, onOpen, l10n }: CardView) {
  return html`<button
    part="cancel"
    type="button"
    data-focus="${key}-cancel"
    aria-disabled=${waitingFor ? 'true' : 'false'}
    aria-describedby=${ifDefined(waitingFor ? `${waitingFor}-title ${waitingFor}-confirm` : undefined)}
    @click=${() => !waitingFor && onOpen()}
  >
    ${l10n.messages.cancelBooking}
  </button>`;
}

export function renderCard(view: CardView) {
  const { key, booking, l10n, cancelled } = view;
  const t = l10n.messages;
  const status = cancelled?.status ?? booking.status;
  const zone = formatTimeZone(l10n.timeZone, l10n.locale, new Date(booking.start));
  // The services as a list in the customer's language ("A and B", "A y B", "A وB").
  const title = new Intl.ListFormat(l10n.locale, { type: 'conjunction' }).format(booking.services);
  return html`<article part="booking${status === 'cancelled' ? ' booking-cancelled' : ''}" data-card=${key} aria-labelledby="${key}-title ${key}-when">
    <h3 part="booking-title" id="${key}-title" tabindex="-1" data-focus="${key}-title">${title}</h3>
    <dl part="summary">
      ${summaryRow(t.reviewWhen, html`<span id="${key}-when">${when(view)}</span> <span part="time-zone">${t.timeZoneNote(zone)}</span>`)}
      ${booking.professional?.name ? summaryRow(t.reviewProfessional, booking.professional.name) : nothing}
      ${booking.total !== undefined
        ? summaryRow(t.bookingTotal, formatMoney(booking.total, booking.currency ?? l10n.currency, l10n.locale))
        : nothing}
      ${summaryRow(t.bookingStatus, html`<span part="status">${statusText(status, t)}</span>`)}
      ${booking.code ? summaryRow(t.bookingReference, booking.code) : nothing}
    </dl>
    <div part="message" role="status">${renderOutcome(view)}</div>
    ${view.confirming
      ? renderConfirmation(view)
      : view.canCancel && !cancelled
        ? renderCancelButton(view)
        : nothing}
  </article>`;
}
