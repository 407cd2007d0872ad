import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import type { BookingAdapter } from '../../core/adapter.js';
import type { KnownCustomer, RecurrenceRule, Service, Slot } from '../../core/model.js';
import { validateRecurrence } from '../../core/recurrence.js';
import type { ClientProblem } from '../../core/validation.js';
import { BookingElement } from '../booking-element.js';
import { CustomerSearch, minSearchLength, openingHoursOf } from './customer-search.js';
import {
  customerContact,
  customerLimit,
  customerName,
  emptyDraft,
  emptyNewCustomer,
  hasTyped,
  isKnown,
  isListed,
  normalizeNewCustomer,
  requestCustomers,
  validateNewCustomer,
  type DeskCustomer,
  type FrontDeskDraft,
  type NewCustomerField,
} from './draft.js';
import { FrontDeskInputEvent, FrontDeskSubmitEvent } from './events.js';
import { errorIcon } from '../../styles/icons.js';
import { newCustomerFieldOrder, renderNewCustomer } from './new-customer.js';
import { renderRecurrence } from './recurrence-part.js';
import { styles } from './front-desk-form.styles.js';

type CustomersProblem = 'none' | 'too-many';

/**
 * Works on its own with an `adapter`, a `service` and a `selectedSlot`; inside `<booking-widget
 * mode="merchant">` it is the "Customers" step.
 *
 * @summary The front desk's booking details: customers (found or new), a note for the team, and repeats.
 *
 * @fires booking-front-desk-input - `FrontDeskInputEvent` with the whole draft on every edit.
 * @fires booking-front-desk-submit - `FrontDeskSubmitEvent` with customers, note and rule when "Continue" passes the checks.
 *
 * @csspart form - The form.
 * @csspart customers - The customers fieldset.
 * @csspart legend - A fieldset's title.
 * @csspart limit - How many customers the booking takes.
 * @csspart chips - The list of customers on the booking.
 * @csspart chip - One customer on the booking.
 * @csspart chip-new - A customer who will be created with the booking.
 * @csspart remove - A customer's remove button.
 * @csspart empty - "No customers added yet."
 * @csspart search - The customer search field.
 * @csspart results - The list of matching customers.
 * @csspart result - One matching customer's button.
 * @csspart add-new - The "Add a new customer" button.
 * @csspart new-customer - The new customer's fieldset.
 * @csspart new-fields - The new customer's fields.
 * @csspart actions - The new customer's buttons.
 * @csspart add-customer - The button that adds the new customer.
 * @csspart cancel - The button that closes the new customer's fields.
 * @csspart field - A label, hint, control and errors.
 * @csspart label - A field's label.
 * @csspart optional - The "optional" marker on a label.
 * @csspart hint - Help text under a label.
 * @csspart input - An input or the note.
 * @csspart error - Error messages.
 * @csspart status - The announcements of searches, additions and removals.
 * @csspart recurrence - The repeat settings (`<booking-recurrence>`).
 * @csspart submit - The "Continue" button.
 */
@customElement('booking-front-desk-form')
export class BookingFrontDeskForm extends BookingElement {
  static override styles = styles;

  private readonly search = new CustomerSearch(this, () => this.adapter);
  private readonly hours = new Task(this, {
    args: () => [this.adapter] as [BookingAdapter | undefined],
    task: ([adapter]) => openingHoursOf(adapter),
  });

  @state() private problems: Partial<Record<NewCustomerField, ClientProblem>> = {};
  @state() private customersProblem?: CustomersProblem;
  @state() private recurrenceProblem = false;
  /** Polite announcement of what just happened (added, removed). */
  @state() private announcement = '';

  /** The booking system: `findCustomers` and `getOpeningHours` are used when it has them. */
  @property({ attribute: false }) adapter?: BookingAdapter;
  @property({ attribute: false }) service?: Service;
  /** The chosen time: the first date of a series. (Not `slot`: that is `HTMLElement.slot`.) */
  @property({ attribute: false }) selectedSlot?: Slot;
  /** Everything entered; follows the edits and can be set to restore them. */
  @property({ attribute: false }) value: FrontDeskDraft = emptyDraft();
  /** Backend messages about the note, shown by it until it is edited. */
  @property({ attribute: false }) noteErrors: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value.search !== this.search.active) this.search.typed(this.value.search);
  }

  private get limit(): number | undefined {
    return customerLimit(this.service, this.selectedSlot);
  }

  private get hasRoom(): boolean {
    return this.limit === undefined || this.value.customers.length < this.limit;
  }

  private edit(patch: Partial<FrontDeskDraft>): void {
    this.value = { ...this.value, ...patch };
    this.dispatchEvent(new FrontDeskInputEvent(this.value));
  }

  private onSearchInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.edit({ search: text });
    this.search.typed(text);
  }

  private onNoteInput(event: Event): void {
    this.noteErrors = [];
    this.edit({ note: (event.target as HTMLTextAreaElement).value });
  }

  private onNewInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.name.replace(/^new-/, '') as NewCustomerField;
    if (!newCustomerFieldOrder.includes(field)) return;
    const pending = { ...this.value.pending, [field]: input.value };
    // A field already flagged is re-checked while typing; new problems wait for "Add customer".
    if (this.problems[field]) {
      const { [field]: _old, ...others } = this.problems;
      const problem = validateNewCustomer(pending)[field];
      this.problems = problem ? { ...others, [field]: problem } : others;
    }
    this.edit({ pending });
  }

  private onRecurrenceChange(rule: RecurrenceRule | undefined, valid: boolean): void {
    if (valid) this.recurrenceProblem = false;
    this.edit({ rule });
  }

  private async add(customer: DeskCustomer): Promise<void> {
    const name = customerName(customer);
    if (isListed(this.value.customers, customer)) {
      this.announcement = this.t.deskAlreadyAdded(name);
      return;
    }
    this.customersProblem = undefined;
    this.announcement = this.t.deskAdded(name);
    this.edit({ customers: [...this.value.customers, customer], search: '' });
    this.search.typed('');
    await this.updateComplete;
    // Back to the search for the next person, or to the new chip when the booking is full.
    const target = this.hasRoom ? '#search' : '[part~="chip"]:last-of-type [part~="remove"]';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private async removeCustomer(customer: DeskCustomer): Promise<void> {
    this.edit({ customers: this.value.customers.filter((other) => other !== customer) });
    this.announcement = this.t.deskRemoved(customerName(customer));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#search, [part~="add-new"]')?.focus();
  }

  /** Adds the typed new customer when valid; otherwise shows why and focuses the first field to fix. */
  private async addNew(): Promise<boolean> {
    this.problems = validateNewCustomer(this.value.pending);
    if (Object.keys(this.problems).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="new-customer"] [aria-invalid="true"]')?.focus();
      return false;
    }
    const customer = normalizeNewCustomer(this.value.pending);
    this.edit({ pending: emptyNewCustomer(), adding: false });
    await this.add(customer);
    return true;
  }

  private async openNew(open: boolean): Promise<void> {
    this.problems = {};
    this.edit(open ? { adding: true } : { adding: false, pending: emptyNewCustomer() });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(open ? '#new-firstName' : '[part~="add-new"]')?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Someone typed in but not yet added counts as meant to be added.
    if (this.value.adding && hasTyped(this.value.pending) && this.hasRoom && !(await this.addNew())) return;
    const { customers, rule, note } = this.value;
    const limit = this.limit;
    this.customersProblem = customers.length === 0 ? 'none' : limit !== undefined && customers.length > limit ? 'too-many' : undefined;
    // The rule is checked against the chosen time as it is now: it may have changed since the rule was edited.
    const slot = this.selectedSlot;
    this.recurrenceProblem = !!rule && (!slot || validateRecurrence(rule, slot).length > 0);
    await this.updateComplete;
    if (this.customersProblem) {
      this.renderRoot.querySelector<HTMLElement>('#search, [part~="add-new"], [part~="remove"]')?.focus();
      return;
    }
    if (this.recurrenceProblem) {
      await this.renderRoot.querySelector('booking-recurrence')?.focusFirstInvalid();
      return;
    }
    this.dispatchEvent(new FrontDeskSubmitEvent({ customers: requestCustomers(customers), note: note.trim(), ...(rule && { recurrence: rule }) }));
  }

  private limitText(): string {
    const limit = this.limit;
    const full = !this.hasRoom;
    if (!this.service?.group) return full ? this.t.deskLimitAppointmentFull : this.t.deskLimitAppointment;
    if (limit === undefined) return this.t.deskLimitUnknown;
    return full ? this.t.deskLimitFull : this.t.deskLimitSeats(limit - this.value.customers.length);
  }

  private renderChips() {
    const { customers } = this.value;
    if (customers.length === 0) return html`<p part="empty">${this.t.deskNoCustomersYet}</p>`;
    return html`<ul part="chips" aria-label=${this.t.deskCustomersOnBooking}>
      ${customers.map((customer) => {
        const name = customerName(customer);
        const isNew = !isKnown(customer);
        return html`<li part=${isNew ? 'chip chip-new' : 'chip'}>
          <span class="chip-text"><span>${name}</span> <span part="hint">${customerContact(customer)}</span>
            ${isNew ? html`<span part="hint">(${this.t.deskNewBadge})</span>` : nothing}</span>
          <button part="remove" type="button" aria-label=${this.t.deskRemove(name)} @click=${() => void this.removeCustomer(customer)}>×</button>
        </li>`;
      })}
    </ul>`;
  }

  /** What the search found: a line for the live region, and the buttons to pick from. */
  private renderResults() {
    const term = this.search.active;
    const idle = { status: '', list: nothing };
    if (term.length < minSearchLength) return idle;
    return (
      this.search.task.render({
        initial: () => idle,
        pending: () => ({ status: this.t.deskSearching, list: nothing }),
        error: () => ({ status: this.t.deskSearchFailed, list: nothing }),
        complete: (found: KnownCustomer[]) => ({
          status: found.length === 0 ? this.t.deskNoResults(term) : this.t.deskResultsCount(found.length),
          list: found.length
            ? html`<ul part="results" aria-label=${this.t.deskResultsLabel}>
                ${found.map(
                  (customer) =>
                    html`<li><button part="result" type="button" @click=${() => void this.add(customer)}>
                      <span>${customerName(customer)}</span> <span part="hint">${customerContact(customer)}</span>
                    </button></li>`,
                )}
              </ul>`
            : nothing,
        }),
      }) ?? idle
    );
  }

  private renderAdders() {
    if (!this.hasRoom) return nothing;
    const canSearch = !!this.adapter?.findCustomers;
    const results = this.renderResults();
    return html`${canSearch
        ? html`<div part="field">
            <label part="label" for="search">${this.t.deskSearchLabel}</label>
            <p part="hint" id="search-hint">${this.t.deskSearchHint}</p>
            <input part="input search" id="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint"
              .value=${live(this.value.search)} @input=${this.onSearchInput} />
            <p part="hint status" role="status">${results.status}</p>
            ${results.list}
          </div>`
        : nothing}
      ${this.value.adding
        ? renderNewCustomer({ value: this.value.pending, problems: this.problems, t: this.t, onAdd: () => void this.addNew(), onCancel: () => void this.openNew(false) })
        : html`<button part="add-new" type="button" @click=${() => void this.openNew(true)}>${this.t.deskAddNew}</button>`}`;
  }

  private renderCustomersError() {
    if (!this.customersProblem) return nothing;
    const message = this.customersProblem === 'none' ? this.t.deskErrNoCustomer : this.t.deskErrTooMany(this.limit ?? 1);
    return html`<p part="error" id="customers-error"><span>${errorIcon}<span>${message}</span></span></p>`;
  }

  override render() {
    const t = this.t;
    const noteInvalid = this.noteErrors.length > 0;
    return html`<form part="form" novalidate @submit=${this.onSubmit} @input=${(e: Event) => (e.target as Element).closest('[part~="new-customer"]') && this.onNewInput(e)}>
      <fieldset part="customers" aria-describedby=${ifDefined(this.customersProblem ? 'limit customers-error' : 'limit')}>
        <legend part="legend">${t.deskCustomersTitle}</legend>
        <p part="hint limit" id="limit">${this.limitText()}</p>
        ${this.renderChips()} ${this.renderCustomersError()} ${this.renderAdders()}
      </fieldset>
      <div part="field">
        <label part="label" for="note">${t.deskNoteLabel} <span part="optional">(${t.optional})</span></label>
        <p part="hint" id="note-hint">${t.deskNoteHint}</p>
        <textarea part="input" id="note" name="note" rows="3" aria-invalid=${ifDefined(noteInvalid ? 'true' : undefined)}
          aria-describedby=${noteInvalid ? 'note-hint note-error' : 'note-hint'} .value=${live(this.value.note)} @input=${this.onNoteInput}></textarea>
        ${noteInvalid ? html`<p part="error" id="note-error">${this.noteErrors.map((m) => html`<span>${errorIcon}<span>${m}</span></span>`)}</p>` : nothing}
      </div>
      ${renderRecurrence({
        rule: this.value.rule,
        slot: this.selectedSlot,
        durationMinutes: this.service?.durationMinutes ?? 0,
        openingHours: this.hours.value,
        problem: this.recurrenceProblem,
        t,
        locale: this.locale,
        timeZone: this.l10n.timeZone,
        onChange: (rule, valid) => this.onRecurrenceChange(rule, valid),
      })}
      <p part="status" class="visually-hidden" role="status">${this.announcement}</p>
      <button part="submit" type="submit">${t.continue}</button>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-front-desk-form': BookingFrontDeskForm;
  }
}
