import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { BookingError, isAbort, toBookingError } from '../../core/errors.js';
import type { Cancellation, ManagedBooking } from '../../core/model.js';
import { todayIn } from '../../core/zoned-time.js';
import { BookingElement } from '../booking-element.js';
import { renderCard } from './booking-card.js';
import { accountErrorMessage, cancellable, upcoming } from './bookings.js';
import { AccountBusyEvent, BookingCancelledEvent, BookingSignedOutEvent } from './events.js';
import { styles } from './manage.styles.js';

type Section = 'find' | 'mine';

/**
 * Existing bookings for the customer: look one up by its code, list the signed-in customer's
 * upcoming ones, and cancel (with an optional reason). Offers only what the adapter declares:
 * `lookup`, `customerLogin` (for "my bookings") and `cancel`.
 *
 * @summary Find, list and cancel existing bookings.
 *
 * @fires booking-cancelled - `BookingCancelledEvent` when a booking was cancelled. `detail`: id, code, refund.
 * @fires booking-signed-out - `BookingSignedOutEvent` (`reason: 'expired'`) when the backend ended the customer's session.
 * @fires booking-account-busy - `AccountBusyEvent` (internal, not composed) when a cancel goes out and when it is answered.
 *
 * @csspart section - The "Find a booking" or "My upcoming bookings" section.
 * @csspart heading - A section's heading.
 * @csspart find-form - The form with the booking code.
 * @csspart field - A label, hint, control and error.
 * @csspart label - A field's label.
 * @csspart optional - The "optional" marker on a label.
 * @csspart hint - Help under the code's label.
 * @csspart input - The code input or the reason textarea.
 * @csspart field-error - The code's own error.
 * @csspart submit - The "Find booking" button.
 * @csspart message - A live region for a section's or a card's news.
 * @csspart error - An error message.
 * @csspart success - The "Booking cancelled" message with the refund.
 * @csspart retry - The "Try again" button when the list could not load.
 * @csspart list - The list of upcoming bookings.
 * @csspart booking - One booking's card.
 * @csspart booking-cancelled - A cancelled booking's card.
 * @csspart booking-title - The services of a booking.
 * @csspart summary - A booking's description list.
 * @csspart row - One term and its value.
 * @csspart term - A row's label.
 * @csspart value - A row's value.
 * @csspart time-zone - The business's time zone under the time.
 * @csspart status - The booking's status in words.
 * @csspart cancel - A card's "Cancel booking" button.
 * @csspart cancel-form - The inline confirmation.
 * @csspart question - "Cancel your booking on …?".
 * @csspart confirm-cancel - The button that cancels.
 * @csspart keep - The "Keep booking" button.
 *
 * @cssprop --bw-color-primary - Button colour.
 * @cssprop --bw-color-on-primary - Button text colour.
 * @cssprop --bw-color-surface - Card and field background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Secondary text.
 * @cssprop --bw-color-border - Borders.
 * @cssprop --bw-color-danger - Errors.
 * @cssprop --bw-color-success - The cancelled message.
 * @cssprop --bw-color-focus - Focus ring.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-density - Spacing and control size multiplier.
 */
@customElement('booking-manage')
export class BookingManage extends BookingElement {
  static override styles = styles;

  private readonly find = new Task(this, {
    autoRun: false,
    task: async ([adapter, code]: [BookingAdapter, string], { signal }): Promise<ManagedBooking> => adapter.findBooking!(code, { signal }),
    onComplete: (booking) => (this.focusTarget = `find:${booking.id}-title`),
  });

  private readonly mine = new Task(this, {
    args: () => [this.adapter, this.showMine] as const,
    task: async ([adapter, show], { signal }) => {
      if (!adapter?.listMyBookings || !show) return initialState;
      const today = todayIn(this.l10n.timeZone);
      return upcoming(await adapter.listMyBookings({ from: today }, { signal }), today, this.l10n.timeZone);
    },
    onError: (error) => this.signedOutIf(error),
  });

  private readonly cancel = new Task(this, {
    autoRun: false,
    task: async ([adapter, booking, reason]: [BookingAdapter, ManagedBooking, string], { signal }) =>
      adapter.cancelBooking!(booking, reason, { signal }),
    // Each answer touches only its own card: close its form, and move focus only if the customer is still there.
    onComplete: (cancellation) => {
      const { booking, key } = this.cancelling!;
      const here = this.focusIsOn(key);
      this.cancelled = new Map(this.cancelled).set(booking.id, cancellation);
      if (this.confirming === key) this.confirming = undefined;
      if (here) this.focusTarget = `${key}-outcome`;
      this.dispatchEvent(new AccountBusyEvent(false));
      this.dispatchEvent(new BookingCancelledEvent({ id: booking.id, code: booking.code, refund: cancellation.refund }));
    },
    onError: (error) => {
      this.dispatchEvent(new AccountBusyEvent(false));
      if (isAbort(error)) return;
      const { booking, key } = this.cancelling!;
      const here = this.focusIsOn(key);
      const failure = toBookingError(error);
      this.cancelErrors = new Map(this.cancelErrors).set(booking.id, failure);
      // Refused for good: no confirmation to keep open, no button to offer again.
      if (['cannot-cancel', 'cancel-deadline', 'not-found', 'signed-out'].includes(failure.code)) {
        this.refused = new Set(this.refused).add(booking.id);
        if (this.confirming === key) this.confirming = undefined;
      }
      if (here) this.focusTarget = `${key}-outcome`;
      this.signedOutIf(failure);
    },
  });

  @state() private code = '';
  /** The code the last search was for, to name it in "not found". */
  @state() private searched = '';
  @state() private codeMissing = false;
  /** The card whose cancel confirmation is open. */
  @state() private confirming?: string;
  @state() private reason = '';
  @state() private cancelled = new Map<string, Cancellation>();
  @state() private cancelErrors = new Map<string, BookingError>();
  /** Bookings the backend refused to cancel. */
  @state() private refused = new Set<string>();

  /** Anything implementing `BookingAdapter`; sections and buttons follow its capabilities. */
  @property({ attribute: false }) adapter?: BookingAdapter;
  /** The customer is signed in (through the same adapter): "My upcoming bookings" is shown. */
  @property({ type: Boolean, attribute: 'signed-in' }) signedIn = false;
  /** Which sections to show: `find` (by code), `mine` (signed in), or `both`. */
  @property() mode: 'both' | Section = 'both';

  /** The booking the cancel task is (or was last) about, and its card. */
  private cancelling?: { booking: ManagedBooking; key: string };
  /** A `data-focus` name to focus after the next render. */
  private focusTarget?: string;

  private get showFind(): boolean {
    return this.mode !== 'mine' && !!this.adapter?.capabilities.lookup && !!this.adapter.findBooking;
  }

  private get showMine(): boolean {
    return this.mode !== 'find' && this.signedIn && !!this.adapter?.capabilities.customerLogin && !!this.adapter.listMyBookings;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter') && changed.get('adapter')) {
      this.cancelled = new Map();
      this.cancelErrors = new Map();
      this.refused = new Set();
      this.confirming = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusTarget) return;
    this.renderRoot.querySelector<HTMLElement>(`[data-focus="${this.focusTarget}"]`)?.focus();
    this.focusTarget = undefined;
  }

  /** Focus is on the card `key`, or nowhere (lost with its form): moving it to the card's outcome takes it from nothing else. */
  private focusIsOn(key: string): boolean {
    const inside = (this.renderRoot as ShadowRoot).activeElement;
    if (inside) return !!inside.closest(`[data-card="${CSS.escape(key)}"]`);
    return !document.activeElement || document.activeElement === document.body;
  }

  private signedOutIf(error: unknown): void {
    if (error instanceof BookingError && error.code === 'signed-out') {
      this.dispatchEvent(new BookingSignedOutEvent({ reason: 'expired' }));
    }
  }

  private onFind(event: SubmitEvent): void {
    event.preventDefault();
    const code = this.code.trim().toUpperCase();
    this.codeMissing = code === '';
    if (this.codeMissing) {
      this.focusTarget = 'code';
      return;
    }
    if (this.find.status === TaskStatus.PENDING || !this.adapter) return;
    this.searched = code;
    void this.find.run([this.adapter, code]);
  }

  private openCancel(key: string): void {
    if (this.cancel.status === TaskStatus.PENDING) return;
    this.confirming = key;
    this.reason = '';
    this.focusTarget = `${key}-reason`;
  }

  private keep(key: string): void {
    this.confirming = undefined;
    this.focusTarget = `${key}-cancel`;
  }

  private confirmCancel(booking: ManagedBooking, key: string): void {
    // Sent once: a second press while it is on its way does nothing.
    if (this.cancel.status === TaskStatus.PENDING || !this.adapter) return;
    const errors = new Map(this.cancelErrors);
    errors.delete(booking.id);
    this.cancelErrors = errors;
    this.cancelling = { booking, key };
    this.dispatchEvent(new AccountBusyEvent(true));
    void this.cancel.run([this.adapter, booking, this.reason.trim()]);
  }

  private cancelMessage(booking: ManagedBooking): string | undefined {
    const error = this.cancelErrors.get(booking.id);
    return error && accountErrorMessage(error, this.t, 'cancel');
  }

  private card(section: Section, booking: ManagedBooking) {
    const key = `${section}:${booking.id}`;
    const pending = this.cancel.status === TaskStatus.PENDING ? this.cancelling?.key : undefined;
    return renderCard({
      key,
      booking,
      l10n: this.l10n,
      canCancel: !!this.adapter?.capabilities.cancel && !!this.adapter.cancelBooking && cancellable(booking) && !this.refused.has(booking.id),
      confirming: this.confirming === key,
      reason: this.reason,
      busy: pending === key,
      // One cancel at a time: another card's answer must not close this card's form or move focus from it.
      waitingFor: pending !== undefined && pending !== key ? pending : undefined,
      cancelled: this.cancelled.get(booking.id),
      error: this.cancelMessage(booking),
      onOpen: () => this.openCancel(key),
      onKeep: () => this.keep(key),
      onReason: (reason) => (this.reason = reason),
      onConfirm: () => this.confirmCancel(booking, key),
    });
  }

  private findMessage(): string {
    if (this.find.status !== TaskStatus.ERROR || isAbort(this.find.error)) return '';
    const error = toBookingError(this.find.error);
    // A Latin code inside right-to-left text: isolated, so its characters and the full stop keep their order.
    const code = this.l10n.dir === 'rtl' ? `\u2068${this.searched}\u2069` : this.searched;
    return error.code === 'not-found' ? this.t.errCodeNotFound(code) : accountErrorMessage(error, this.t, 'find');
  }

  private renderFind() {
    const t = this.t;
    const busy = this.find.status === TaskStatus.PENDING;
    const message = this.findMessage();
    const described = ['code-hint', this.codeMissing ? 'code-error' : '', message ? 'find-message' : ''].filter(Boolean).join(' ');
    const found = this.find.status === TaskStatus.COMPLETE ? this.find.value : undefined;
    return html`<section part="section" aria-labelledby="find-title">
      <h2 part="heading" id="find-title" tabindex="-1" data-focus="heading">${t.findBookingTitle}</h2>
      <form part="find-form" novalidate @submit=${this.onFind}>
        <div part="field">
          <label part="label" for="code">${t.bookingCode}</label>
          <p part="hint" id="code-hint">${t.bookingCodeHint}</p>
          <input
            part="input"
            id="code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            dir="auto"
            spellcheck="false"
            required
            data-focus="code"
            aria-invalid=${this.codeMissing || message ? 'true' : 'false'}
            aria-describedby=${described}
            .value=${live(this.code)}
            @input=${(e: Event) => {
              this.code = (e.target as HTMLInputElement).value;
              if (this.code.trim()) this.codeMissing = false;
            }}
          />
          ${this.codeMissing ? html`<p part="field-error" id="code-error">${t.errCodeRequired}</p>` : nothing}
        </div>
        <div part="message" role="status" id="find-message">${message ? html`<p part="error">${message}</p>` : nothing}</div>
        <button part="submit" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${busy ? t.finding : t.findBooking}</button>
      </form>
      ${found ? this.card('find', found) : nothing}
    </section>`;
  }

  private renderMine() {
    const t = this.t;
    const { status } = this.mine;
    const list = status === TaskStatus.COMPLETE ? (this.mine.value ?? []) : [];
    let message: unknown = nothing;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) message = html`<p>${t.loadingBookings}</p>`;
    else if (status === TaskStatus.ERROR && !isAbort(this.mine.error)) {
      const error = toBookingError(this.mine.error);
      message = html`<p part="error">${accountErrorMessage(error, t, 'list')}</p>
        ${error.code === 'signed-out' ? nothing : html`<button part="retry" type="button" @click=${() => void this.mine.run()}>${t.retry}</button>`}`;
    } else if (list.length === 0) message = html`<p>${t.noUpcoming}</p>`;
    return html`<section part="section" aria-labelledby="mine-title">
      <h2 part="heading" id="mine-title" tabindex="-1" data-focus=${this.showFind ? 'mine-heading' : 'heading'}>${t.myUpcomingTitle}</h2>
      <div part="message" role="status" aria-busy=${status === TaskStatus.PENDING ? 'true' : 'false'}>${message}</div>
      ${list.length
        ? html`<ul part="list" role="list">
            ${list.map((booking) => html`<li>${this.card('mine', booking)}</li>`)}
          </ul>`
        : nothing}
    </section>`;
  }

  /** Puts focus on the first heading, e.g. when the widget opens this in place of the booking steps. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-focus="heading"]')?.focus();
  }

  override render() {
    return html`${this.showFind ? this.renderFind() : nothing} ${this.showMine ? this.renderMine() : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-manage': BookingManage;
  }
}
