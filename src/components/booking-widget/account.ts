import { ContextProvider } from '@lit/context';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { BookingAdapter } from '../../core/adapter.js';
import type { BookingRequest, ClientDetails, CustomerAccount } from '../../core/model.js';
import type { Messages } from '../../i18n/index.js';
import { accountContext, type AccountState } from '../manage/account-context.js';
import {
  BookingCancelledEvent,
  BookingSignedInEvent,
  BookingSignedOutEvent,
  type AccountBusyEvent,
  type UsePointsChangeEvent,
} from '../manage/events.js';
import { accountExportParts } from '../manage/parts.js';
import type { BookingManage } from '../manage/manage.js';
import type { BookingSignIn } from '../sign-in/sign-in.js';
import { loadAccountElements } from '../load-features.js';
import type { BookingWidget } from './booking-widget.js';


/** What opens in place of the booking steps. */
export type AccountPanel = 'sign-in' | 'find' | 'mine';

/*
 * The widget's account and "manage a booking" side, driven only by the adapter's capabilities:
 * `lookup` offers "Manage a booking"; `customerLogin`, when the page also sets `customer-login`,
 * offers "Sign in", then "My bookings" and "Sign out". A panel replaces the steps while open; the
 * booking's choices and typed details live in the widget's state, so they are there on return.
 * The signed-in customer reaches the details form and the review through `accountContext`.
 * The bar stays rendered (visually hidden) while a panel is open: its status line is the one polite
 * live region for "Signed in as …", "You have signed out." and "Your session has ended …", so it
 * exists before each message and the message is heard.
 */

const styles = css`
  .account {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: flex-end;
  }
  .account-status {
    flex: 1 1 12em;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Empty, it takes no room but stays a live region (display: none would take it out of the tree). */
  .account-status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* Quieter than the step's own actions: the booking stays the main thing. */
  .account .button {
    min-height: max(24px, calc(2rem * var(--_density)));
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    font-size: 0.875em;
    font-weight: 400;
  }
  .account-panel {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .account-panel .nav {
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .account-panel [aria-disabled='true'] {
    cursor: progress;
  }
  .account-wait {
    margin: 0;
    color: var(--_muted);
  }
`;

export class AccountController implements ReactiveController {
  account?: CustomerAccount;
  panel?: AccountPanel;
  usePoints = false;
  /** A note for the panel or the bar: the session ended, or the customer signed out. */
  private notice?: { text: string; panel: boolean };
  /** What the open panel is waiting for ("Signing in…", "Cancelling…"): "Back to booking" waits too. */
  private busy?: string;
  /** The session that ended before a booking went out: signing in again as them restores the points choice. */
  private lapsed?: { email: string; usePoints: boolean };
  private adapter?: BookingAdapter;
  private listening = false;
  private readonly provider: ContextProvider<typeof accountContext>;

  constructor(
    private readonly host: BookingWidget,
    private readonly inputs: { adapter: () => BookingAdapter | undefined; enabled: () => boolean; messages: () => Messages },
  ) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: accountContext, initialValue: this.shared() });
    // Booking (or loading) as a customer whose session is gone: as when "My bookings" finds it gone.
    host.addEventListener('booking-error', (e) => e.detail.code === 'signed-out' && this.sessionEnded(true));
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    // The bar's few rules, added beside the widget's own sheets (CSP-safe, unlike a <style> element).
    if (root instanceof ShadowRoot && styles.styleSheet && !root.adoptedStyleSheets.includes(styles.styleSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
    }
    if (this.listening) return;
    this.listening = true;
    // From the review, inside the shadow root: the event bubbles there and no further.
    root.addEventListener('booking-use-points-change', (e) => {
      this.usePoints = (e as UsePointsChangeEvent).usePoints;
      this.host.requestUpdate();
    });
  }

  hostUpdate(): void {
    const adapter = this.inputs.adapter();
    if (adapter !== this.adapter) {
      // Another backend: its sessions and bookings are not this one's. The old adapter forgets its
      // token too, or setting it back would show a guest while it still books as the customer.
      if (this.adapter) {
        this.adapter.logout?.();
        this.forget();
      }
      this.adapter = adapter;
      this.panel = undefined;
      this.busy = undefined;
      this.lapsed = undefined;
    }
    if (this.canManage || this.canSignIn) void loadAccountElements();
    const shared = this.shared();
    const old = this.provider.value;
    if (shared.account !== old.account || shared.offerPoints !== old.offerPoints || shared.usePoints !== old.usePoints) {
      this.provider.setValue(shared);
    }
  }

  private get caps() {
    return this.adapter?.capabilities;
  }

  private get canManage(): boolean {
    return !!this.caps?.lookup && !!this.adapter?.findBooking;
  }

  private get canSignIn(): boolean {
    return !!this.caps?.customerLogin && !!this.adapter?.login && this.inputs.enabled();
  }

  private shared(): AccountState {
    return { account: this.account, offerPoints: !!this.caps?.loyaltyPoints && !!this.account, usePoints: this.usePoints };
  }

  /** The booking as sent: a signed-in customer books under their account, with their points when chosen. */
  request(request: BookingRequest): BookingRequest {
    const account = this.account;
    if (!account) return request;
    const points = this.shared().offerPoints && this.usePoints && (account.points ?? 0) > 0;
    return { ...request, client: this.asAccount(request.client, account), ...(points ? { usePoints: true } : {}) };
  }

  private asAccount(client: ClientDetails, account: CustomerAccount): ClientDetails {
    const { firstName, lastName, email } = account;
    return { ...client, firstName, lastName, email, phone: client.phone || account.phone || '' };
  }

  private async open(panel: AccountPanel | undefined, notice?: string): Promise<void> {
    // The panels' elements come in their own chunk; focus can move only once they are defined.
    if (panel) await loadAccountElements();
    this.panel = panel;
    this.busy = undefined;
    this.notice = notice ? { text: notice, panel: !!panel } : undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    if (panel) await root.querySelector<BookingSignIn | BookingManage>('booking-sign-in, booking-manage')?.focusHeading();
    else root.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private signedIn(event: BookingSignedInEvent): void {
    const source = event.target as BookingSignIn;
    // A late answer from a backend replaced meanwhile: that session is not this widget's.
    if (source.adapter !== this.adapter) {
      source.adapter?.logout?.();
      return;
    }
    // From a panel no longer shown, the element's own event stops at it: the page hears it from here.
    if (!source.isConnected) this.host.dispatchEvent(new BookingSignedInEvent(event.detail));
    const account = (this.account = { ...event.detail });
    const lapsed = this.lapsed;
    this.lapsed = undefined;
    this.usePoints = !!lapsed?.usePoints && lapsed.email === account.email && (account.points ?? 0) > 0;
    // At the review (e.g. after the session ended as it was sent), the old error goes: the booking is ready to confirm.
    this.host.updateClient(this.asAccount(this.host.state.client, account), this.host.state.step === 'review');
    // Back to the booking, unless the customer has opened something else since.
    if (this.panel === 'sign-in' && source.isConnected) void this.open(undefined);
  }

  private cancelled(event: BookingCancelledEvent): void {
    // A cancel answered after its panel closed (another backend was set): the page still hears of it.
    if (!(event.target as Element).isConnected) this.host.dispatchEvent(new BookingCancelledEvent(event.detail));
  }

  private onBusy(event: AccountBusyEvent, text: string): void {
    this.busy = event.busy ? text : undefined;
    this.host.requestUpdate();
  }

  private back(): void {
    // A sign-in or cancel on its way finishes in the panel, so its answer reaches the page and is shown.
    if (!this.busy) void this.open(undefined);
  }

  /** The session is gone (expired, or another backend): forget the customer, keep what they chose and typed. */
  private forget(): void {
    this.account = undefined;
    this.usePoints = false;
    this.host.requestUpdate();
  }

  private signOut(): void {
    const account = this.account;
    this.adapter?.logout?.();
    this.forget();
    this.lapsed = undefined;
    // Their name, e-mail and phone came from the account: a guest after them (a shared computer) types their own.
    const client = this.host.state.client;
    const named = !!account && client.email === account.email;
    const phone = account?.phone && client.phone === account.phone ? '' : client.phone;
    if (named || phone !== client.phone) {
      this.host.updateClient({ ...client, ...(named ? { firstName: '', lastName: '', email: '' } : {}), phone });
    }
    this.host.dispatchEvent(new BookingSignedOutEvent({ reason: 'user' }));
    void this.open(undefined, this.inputs.messages().signedOutNotice);
  }

  /**
   * The backend ended the session. `tell`: the page has not heard yet (the booking path; `<booking-manage>`
   * fires its own event). Nobody signed in: nothing to end (e.g. a custom adapter's refusal).
   */
  private sessionEnded(tell = false): void {
    const account = this.account;
    if (tell && !account) return;
    if (account) this.lapsed = { email: account.email, usePoints: this.usePoints };
    this.forget();
    if (tell) this.host.dispatchEvent(new BookingSignedOutEvent({ reason: 'expired' }));
    void this.open(this.canSignIn ? 'sign-in' : this.panel, this.inputs.messages().errSignedOut);
  }

  /** The bar; with a panel open, only its status line, visually hidden (the panel says the same where it is seen). */
  private renderBar(t: Messages, panelOpen: boolean) {
    const signIn = this.canSignIn;
    if (!this.canManage && !signIn) return nothing;
    const account = this.account;
    const notice = this.notice && (panelOpen || !this.notice.panel) ? this.notice.text : '';
    const status = account ? t.signedInAs(`${account.firstName} ${account.lastName}`.trim()) : notice;
    const button = (label: string, action: () => void) =>
      panelOpen ? nothing : html`<button type="button" part="account-button" class="button secondary" @click=${action}>${label}</button>`;
    return html`<div part="account" class="account${panelOpen ? ' visually-hidden' : ''}" role="group" aria-label=${t.accountLabel}>
      <p part="account-status" class="account-status" role="status">${status}</p>
      ${this.canManage ? button(t.manageBooking, () => void this.open('find')) : nothing}
      ${signIn && !account ? button(t.signIn, () => void this.open('sign-in')) : nothing}
      ${signIn && account && this.adapter?.listMyBookings ? button(t.myBookings, () => void this.open('mine')) : nothing}
      ${signIn && account ? button(t.signOut, () => this.signOut()) : nothing}
    </div>`;
  }

  private renderPanel(t: Messages) {
    // Seen here, heard through the bar's status line (a region made now would not be announced).
    const notice = this.notice?.panel ? html`<p part="error" class="error">${this.notice.text}</p>` : nothing;
    const body =
      this.panel === 'sign-in'
        ? html`<booking-sign-in
            exportparts=${accountExportParts('booking-sign-in')}
            .adapter=${this.adapter}
            @booking-account-busy=${(e: AccountBusyEvent) => this.onBusy(e, t.signingIn)}
            @booking-signed-in=${(e: BookingSignedInEvent) => this.signedIn(e)}
          ></booking-sign-in>`
        : html`<booking-manage
            exportparts=${accountExportParts('booking-manage')}
            .adapter=${this.adapter}
            .signedIn=${!!this.account}
            mode=${this.panel === 'mine' ? 'mine' : 'find'}
            @booking-account-busy=${(e: AccountBusyEvent) => this.onBusy(e, t.cancelling)}
            @booking-cancelled=${(e: BookingCancelledEvent) => this.cancelled(e)}
            @booking-signed-out=${() => this.sessionEnded()}
          ></booking-manage>`;
    const busy = this.busy;
    return html`<div part="account-panel" class="account-panel">
      ${notice} ${body}
      <div class="nav">
        <button
          type="button"
          part="back"
          class="button secondary"
          aria-disabled=${busy ? 'true' : 'false'}
          aria-describedby=${ifDefined(busy ? 'account-wait' : undefined)}
          @click=${() => this.back()}
        >
          ${t.backToBooking}
        </button>
        ${busy ? html`<p part="account-wait" class="account-wait" id="account-wait">${busy}</p>` : nothing}
      </div>
    </div>`;
  }

  /** The account bar above the steps (one element throughout, for its live status), and the open panel in their place. */
  render(flow: TemplateResult): TemplateResult {
    const t = this.inputs.messages();
    const panelOpen = !!this.panel && !!this.adapter;
    return html`${this.renderBar(t, panelOpen)}${panelOpen ? this.renderPanel(t) : flow}`;
  }
}
