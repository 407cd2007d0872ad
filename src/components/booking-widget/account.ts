import { ContextProvider } from '@lit/context';
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import type { BookingRequest, ClientDetails, CustomerAccount } from '../../core/model.js';
import type { Messages } from '../../i18n/index.js';
import { accountContext, type AccountState } from '../manage/account-context.js';
import { BookingSignedOutEvent, type BookingSignedInEvent, type UsePointsChangeEvent } from '../manage/events.js';
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
  .account-status:empty {
    display: none;
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
`;

export class AccountController implements ReactiveController {
  account?: CustomerAccount;
  panel?: AccountPanel;
  usePoints = false;
  /** A note for the panel or the bar: the session ended, or the customer signed out. */
  private notice?: { text: string; panel: boolean };
  private adapter?: BookingAdapter;
  private listening = false;
  private readonly provider: ContextProvider<typeof accountContext>;

  constructor(
    private readonly host: BookingWidget,
    private readonly inputs: { adapter: () => BookingAdapter | undefined; enabled: () => boolean; messages: () => Messages },
  ) {
    host.addController(this);
    this.provider = new ContextProvider(host, { context: accountContext, initialValue: this.shared() });
    host.addEventListener('booking-error', (e) => e.detail.code === 'signed-out' && this.forget());
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
      // Another backend: its sessions and bookings are not this one's.
      if (this.adapter) this.forget();
      this.adapter = adapter;
      this.panel = undefined;
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
    this.notice = notice ? { text: notice, panel: !!panel } : undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    if (panel) await root.querySelector<BookingSignIn | BookingManage>('booking-sign-in, booking-manage')?.focusHeading();
    else root.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  private signedIn(event: BookingSignedInEvent): void {
    this.account = { ...event.detail };
    this.usePoints = false;
    this.host.updateClient(this.asAccount(this.host.state.client, this.account));
    void this.open(undefined);
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
    // Their name and e-mail came from the account: a guest after them types their own.
    const client = this.host.state.client;
    if (account && client.email === account.email) this.host.updateClient({ ...client, firstName: '', lastName: '', email: '' });
    this.host.dispatchEvent(new BookingSignedOutEvent({ reason: 'user' }));
    void this.open(undefined, this.inputs.messages().signedOutNotice);
  }

  private sessionEnded(): void {
    this.forget();
    void this.open(this.canSignIn ? 'sign-in' : this.panel, this.inputs.messages().errSignedOut);
  }

  private renderBar(t: Messages) {
    const signIn = this.canSignIn;
    if (!this.canManage && !signIn) return nothing;
    const account = this.account;
    const status = account ? t.signedInAs(`${account.firstName} ${account.lastName}`.trim()) : this.notice && !this.notice.panel ? this.notice.text : '';
    const button = (label: string, action: () => void) =>
      html`<button type="button" part="account-button" class="button secondary" @click=${action}>${label}</button>`;
    return html`<div part="account" class="account" role="group" aria-label=${t.accountLabel}>
      <p part="account-status" class="account-status" role="status">${status}</p>
      ${this.canManage ? button(t.manageBooking, () => void this.open('find')) : nothing}
      ${signIn && !account ? button(t.signIn, () => void this.open('sign-in')) : nothing}
      ${signIn && account && this.adapter?.listMyBookings ? button(t.myBookings, () => void this.open('mine')) : nothing}
      ${signIn && account ? button(t.signOut, () => this.signOut()) : nothing}
    </div>`;
  }

  private renderPanel(t: Messages) {
    const notice = this.notice?.panel ? html`<p part="error" class="error" role="status">${this.notice.text}</p>` : nothing;
    const body =
      this.panel === 'sign-in'
        ? html`<booking-sign-in exportparts=${accountExportParts('booking-sign-in')} .adapter=${this.adapter} @booking-signed-in=${(e: BookingSignedInEvent) => this.signedIn(e)}></booking-sign-in>`
        : html`<booking-manage
            exportparts=${accountExportParts('booking-manage')}
            .adapter=${this.adapter}
            .signedIn=${!!this.account}
            mode=${this.panel === 'mine' ? 'mine' : 'find'}
            @booking-signed-out=${() => this.sessionEnded()}
          ></booking-manage>`;
    return html`<div part="account-panel" class="account-panel">
      ${notice} ${body}
      <div class="nav"><button type="button" part="back" class="button secondary" @click=${() => void this.open(undefined)}>${t.backToBooking}</button></div>
    </div>`;
  }

  /** The account bar above the steps, and the open panel in their place. */
  render(flow: TemplateResult): TemplateResult {
    const t = this.inputs.messages();
    if (this.panel && this.adapter) return this.renderPanel(t);
    return html`${this.renderBar(t)}${flow}`;
  }
}
