import { consume } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { ErrorField } from '../../core/errors.js';
import { emptyClient, type ClientDetails, type ClientField, type CustomerAccount } from '../../core/model.js';
import { clientLimits, normalizeClient, validateClient, type ClientProblem } from '../../core/validation.js';
import { ClientInputEvent, ClientSubmitEvent } from '../../events.js';
import { serverFieldMessage } from '../../i18n/field-message.js';
import { errorIcon } from '../../styles/icons.js';
import { BookingElement } from '../booking-element.js';
import { accountContext, type AccountState } from '../manage/account-context.js';
import { styles } from './client-form.styles.js';

interface FieldSpec {
  name: ClientField;
  type?: 'text' | 'email' | 'tel';
  autocomplete: string;
  inputmode?: 'email';
}

/** Not asked of a signed-in customer: their account has them. */
const accountFields: readonly ClientField[] = ['firstName', 'lastName', 'email'];

/** In order: the first invalid one gets focus. */
const inputs: readonly FieldSpec[] = [
  { name: 'firstName', autocomplete: 'given-name' },
  { name: 'lastName', autocomplete: 'family-name' },
  { name: 'email', type: 'email', autocomplete: 'email', inputmode: 'email' },
  { name: 'phone', type: 'tel', autocomplete: 'tel' },
];

/**
 * @summary The customer's contact details: names, email, phone and optional notes.
 *
 * @fires booking-client-input - `ClientInputEvent` with all values on every edit.
 * @fires booking-client-submit - `ClientSubmitEvent` with normalized values when a submit passes validation.
 *
 * @csspart form - The form.
 * @csspart summary - The announced count of fields to correct.
 * @csspart field - A label, hint, control and errors.
 * @csspart label - A field's label.
 * @csspart optional - The "optional" marker on a label.
 * @csspart hint - Help text under a label.
 * @csspart input - An input or the notes textarea.
 * @csspart error - A field's error messages.
 * @csspart submit - The submit button.
 * @csspart account - "Booking as …", shown instead of the name and e-mail fields for a signed-in customer.
 *
 * @cssprop --bw-color-primary - Focus and button colour.
 * @cssprop --bw-color-on-primary - Button text colour.
 * @cssprop --bw-color-surface - Field background.
 * @cssprop --bw-color-text - Text colour.
 * @cssprop --bw-color-muted - Hint colour.
 * @cssprop --bw-color-border - Field border colour.
 * @cssprop --bw-color-danger - Error colour.
 * @cssprop --bw-radius - Corner radius.
 * @cssprop --bw-font - Font family.
 * @cssprop --bw-space - Spacing unit.
 */
@customElement('booking-client-form')
export class BookingClientForm extends BookingElement {
  static override styles = styles;

  /** Problems found by the last submit, kept up to date as those fields are edited. */
  @state() private problems: Partial<Record<ClientField, ClientProblem>> = {};

  /** The signed-in customer, from an enclosing `<booking-widget>`. */
  @consume({ context: accountContext, subscribe: true })
  @state()
  private shared?: AccountState;

  /** Fields edited since `serverErrors` was set: their server messages no longer apply. */
  @state() private editedSinceServer = new Set<ClientField>();

  /** The current values; follows the customer's typing, and can be set to restore them. */
  @property({ attribute: false }) value: ClientDetails = emptyClient();

  /** Messages from the backend, shown as text beside their fields until the field is edited. */
  @property({ attribute: false }) serverErrors: Partial<Record<ErrorField, string[]>> = {};

  /** A signed-in customer: their name and e-mail come from the account and are not asked. */
  @property({ attribute: false }) account?: CustomerAccount;

  /** Text of the submit button; defaults to "Continue". */
  @property({ attribute: 'submit-label' }) submitLabel?: string;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('serverErrors')) this.editedSinceServer = new Set();
  }

  private onInput(event: Event) {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = control.name as ClientField;
    this.value = { ...this.value, [field]: control.value };
    if (this.serverErrors[field]?.length) this.editedSinceServer = new Set(this.editedSinceServer).add(field);
    // Only a field already flagged is re-checked while typing: new problems wait for the next submit.
    if (this.problems[field]) {
      const { [field]: _old, ...others } = this.problems;
      const problem = this.check()[field];
      this.problems = problem ? { ...others, [field]: problem } : others;
    }
    this.dispatchEvent(new ClientInputEvent(this.value));
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.problems = this.check();
    if (Object.keys(this.problems).length > 0) {
      void this.focusFirstInvalid();
      return;
    }
    this.dispatchEvent(new ClientSubmitEvent(normalizeClient(this.complete())));
  }

  private get signedIn(): CustomerAccount | undefined {
    return this.account ?? this.shared?.account;
  }

  /** The values with a signed-in customer's name and e-mail from their account. */
  private complete(): ClientDetails {
    const account = this.signedIn;
    return account ? { ...this.value, firstName: account.firstName, lastName: account.lastName, email: account.email } : this.value;
  }

  /** Problems in the fields shown (the account's own are the backend's to judge). */
  private check(): Partial<Record<ClientField, ClientProblem>> {
    const problems = validateClient(this.complete());
    if (this.signedIn) for (const field of accountFields) delete problems[field];
    return problems;
  }

  private problemMessage(field: ClientField, problem: ClientProblem): string {
    switch (problem) {
      case 'required':
        return this.t.errRequired;
      case 'email':
        return this.t.errEmail;
      case 'phone':
        return this.t.errPhone;
      case 'too-long':
        return this.t.errTooLong(clientLimits[field]);
    }
  }

  private errorsFor(field: ClientField): string[] {
    const problem = this.problems[field];
    const server = this.editedSinceServer.has(field) ? [] : (this.serverErrors[field] ?? []);
    // Backend messages in the catalog's words when recognisable (see field-message.ts); each said once.
    const local = server.map((text) => serverFieldMessage(field, text, this.t));
    return [...new Set([...(problem ? [this.problemMessage(field, problem)] : []), ...local])];
  }

  /** Focuses the first field showing an error; resolves to whether there was one. */
  async focusFirstInvalid(): Promise<boolean> {
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    return field !== null;
  }

  /** Whether the current values pass the form's own checks; shows nothing. */
  checkValidity(): boolean {
    return Object.keys(this.check()).length === 0;
  }

  private renderErrors(field: ClientField, errors: string[]) {
    if (errors.length === 0) return nothing;
    return html`<p part="error" id="${field}-error">
      ${errors.map((message) => html`<span>${errorIcon}<span>${message}</span></span>`)}
    </p>`;
  }

  private renderInput({ name, type = 'text', autocomplete, inputmode }: FieldSpec) {
    const errors = this.errorsFor(name);
    return html`<div part="field">
      <label part="label" for=${name}>${this.t[name]}</label>
      <input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        inputmode=${ifDefined(inputmode)}
        autocapitalize=${type === 'text' ? 'words' : 'off'}
        spellcheck=${type === 'text' ? 'true' : 'false'}
        required
        aria-required="true"
        aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}
        aria-describedby=${ifDefined(errors.length ? `${name}-error` : undefined)}
        .value=${live(this.value[name] ?? '')}
      />
      ${this.renderErrors(name, errors)}
    </div>`;
  }

  private renderNotes() {
    const errors = this.errorsFor('notes');
    const describedBy = errors.length ? 'notes-hint notes-error' : 'notes-hint';
    return html`<div part="field" class="wide">
      <label part="label" for="notes">${this.t.notes} <span part="optional">(${this.t.optional})</span></label>
      <p part="hint" id="notes-hint">${this.t.notesHint}</p>
      <textarea
        part="input"
        id="notes"
        name="notes"
        rows="3"
        aria-invalid=${ifDefined(errors.length ? 'true' : undefined)}
        aria-describedby=${describedBy}
        .value=${live(this.value.notes ?? '')}
      ></textarea>
      ${this.renderErrors('notes', errors)}
    </div>`;
  }

  override render() {
    const account = this.signedIn;
    const shown = account ? inputs.filter((spec) => !accountFields.includes(spec.name)) : inputs;
    const fields: ClientField[] = [...shown.map((spec) => spec.name), 'notes'];
    const invalid = fields.filter((field) => this.errorsFor(field).length > 0).length;
    return html`<form part="form" novalidate @input=${this.onInput} @submit=${this.onSubmit}>
      <p part="summary" role="status" class=${invalid ? '' : 'quiet'}>${invalid ? this.t.errFormSummary(invalid) : ''}</p>
      ${account
        ? html`<div part="account" class="wide">${this.t.bookingAs(`${account.firstName} ${account.lastName}`.trim(), account.email)}</div>`
        : nothing}
      ${shown.map((spec) => this.renderInput(spec))} ${this.renderNotes()}
      <button part="submit" type="submit">${this.submitLabel ?? this.t.continue}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-client-form': BookingClientForm;
  }
}
