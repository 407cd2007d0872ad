import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { BookingAdapter } from '../../core/adapter.js';
import { BookingError, isAbort, toBookingError } from '../../core/errors.js';
import type { Credentials, CustomerAccount } from '../../core/model.js';
import { isPlausibleEmail } from '../../core/validation.js';
import { BookingElement } from '../booking-element.js';
import { accountErrorMessage } from '../manage/bookings.js';
import { AccountBusyEvent, BookingSignedInEvent } from '../manage/events.js';
import { styles } from './sign-in.styles.js';

type Field = keyof Credentials;

/**
 * Signs a customer in to the booking system, through the adapter's `login` (offer it only when the
 * adapter declares `customerLogin`). The adapter keeps the session; this element never stores the
 * password and clears it once signed in.
 *
 * @summary E-mail and password sign-in for customers.
 *
 * @fires booking-signed-in - `BookingSignedInEvent` once signed in. `detail`: id, names, e-mail, phone, points (no secrets).
 * @fires booking-account-busy - `AccountBusyEvent` (internal, not composed) when a sign-in goes out and when it is answered.
 *
 * @csspart heading - The "Sign in to your account" heading.
 * @csspart form - The form.
 * @csspart field - A label, control and error.
 * @csspart label - A field's label.
 * @csspart input - The e-mail or password input.
 * @csspart field-error - A field's own error.
 * @csspart reveal - The show/hide password button.
 * @csspart message - The live region for the sign-in error.
 * @csspart error - The sign-in error, when there is one.
 * @csspart submit - The sign-in button.
 *
 * @cssprop --bw-color-primary - Button colour.
 * @cssprop --bw-color-on-primary - Button text colour.
 * @cssprop --bw-color-surface - Field background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Hint colour.
 * @cssprop --bw-color-border - Field border colour.
 * @cssprop --bw-color-danger - Error colour.
 * @cssprop --bw-color-success - Success colour.
 * @cssprop --bw-color-focus - Focus ring.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 * @cssprop --bw-density - Spacing and control size multiplier.
 */
@customElement('booking-sign-in')
export class BookingSignIn extends BookingElement {
  static override styles = styles;

  private readonly signIn = new Task(this, {
    autoRun: false,
    task: async ([adapter, credentials]: [BookingAdapter, Credentials], { signal }): Promise<CustomerAccount> =>
      adapter.login!(credentials, { signal }),
    onComplete: (account) => {
      this.values = { ...this.values, password: '' };
      this.revealed = false;
      this.dispatchEvent(new AccountBusyEvent(false));
      this.dispatchEvent(new BookingSignedInEvent(account));
    },
    onError: (error) => {
      this.dispatchEvent(new AccountBusyEvent(false));
      if (isAbort(error)) return;
      this.failure = toBookingError(error);
      this.focusTarget = this.failure.code === 'invalid-credentials' ? 'password' : undefined;
    },
  });

  @query('h2') private heading?: HTMLElement;

  /** What was typed; kept through failures. */
  @state() private values: Credentials = { email: '', password: '' };
  @state() private problems: Partial<Record<Field, 'required' | 'email'>> = {};
  @state() private failure?: BookingError;
  @state() private revealed = false;

  /** Anything implementing `BookingAdapter` with `login` (its `customerLogin` capability). */
  @property({ attribute: false }) adapter?: BookingAdapter;

  /** A field to focus after the next render. */
  private focusTarget?: Field;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusTarget) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.focusTarget}`)?.focus();
      this.focusTarget = undefined;
    }
  }

  private get busy(): boolean {
    return this.signIn.status === TaskStatus.PENDING;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.name as Field;
    this.values = { ...this.values, [field]: input.value };
    if (this.problems[field]) {
      const { [field]: _fixed, ...others } = this.problems;
      const problem = this.check(this.values)[field];
      this.problems = problem ? { ...others, [field]: problem } : others;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    this.failure = undefined;
    this.problems = this.check(this.values);
    const first = (['email', 'password'] as const).find((field) => this.problems[field]);
    if (first) {
      this.focusTarget = first;
      return;
    }
    if (!this.adapter?.login) {
      this.failure = new BookingError('unauthorized', 'The adapter has no login');
      return;
    }
    this.dispatchEvent(new AccountBusyEvent(true));
    void this.signIn.run([this.adapter, { email: this.values.email.trim(), password: this.values.password }]);
  }

  private toggleReveal(): void {
    this.revealed = !this.revealed;
  }

  private check(values: Credentials): Partial<Record<Field, 'required' | 'email'>> {
    const email = values.email.trim();
    return {
      ...(email === '' ? { email: 'required' as const } : isPlausibleEmail(email) ? {} : { email: 'email' as const }),
      ...(values.password === '' ? { password: 'required' as const } : {}),
    };
  }

  /** Puts focus on the heading, e.g. when the widget opens this in place of the booking steps. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.heading?.focus();
  }

  private renderField(field: Field) {
    const problem = this.problems[field];
    const email = field === 'email';
    const message = problem === 'email' ? this.t.errEmail : problem ? this.t.errRequired : '';
    return html`<div part="field">
      <label part="label" for=${field}>${email ? this.t.email : this.t.password}</label>
      <div class=${email ? '' : 'with-reveal'}>
        <input
          part="input"
          id=${field}
          name=${field}
          type=${email ? 'email' : this.revealed ? 'text' : 'password'}
          autocomplete=${email ? 'email' : 'current-password'}
          inputmode=${ifDefined(email ? 'email' : undefined)}
          autocapitalize="off"
          spellcheck="false"
          required
          aria-invalid=${ifDefined(problem ? 'true' : undefined)}
          aria-describedby=${ifDefined(problem ? `${field}-error` : undefined)}
          .value=${live(this.values[field])}
        />
        ${email
          ? nothing
          : html`<button part="reveal" type="button" aria-controls="password" aria-pressed=${this.revealed ? 'true' : 'false'} @click=${this.toggleReveal}>
              ${this.t.showPassword}
            </button>`}
      </div>
      ${problem ? html`<p part="field-error" id="${field}-error">${message}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    return html`<h2 part="heading" tabindex="-1">${t.signInTitle}</h2>
      <form part="form" novalidate @input=${this.onInput} @submit=${this.onSubmit}>
        ${this.renderField('email')} ${this.renderField('password')}
        <div part="message" role="status" aria-live="polite">${this.failure
          ? html`<p part="error">${accountErrorMessage(this.failure, t, 'sign-in')}</p>`
          : nothing}</div>
        <button part="submit" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? t.signingIn : t.signIn}</button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-sign-in': BookingSignIn;
  }
}
