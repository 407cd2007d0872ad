import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { BookingAdapter } from '../../core/adapter.js';
import { BookingError, toBookingError } from '../../core/errors.js';
import type { FlowState, StepId } from '../../core/flow.js';
import { emptyClient, type BookingConfirmation, type ClientDetails, type FrontDeskBookingRequest } from '../../core/model.js';
import type { Messages } from '../../i18n/index.js';
import { emptyDraft, type DeskCustomer, type FrontDeskDraft } from '../front-desk/draft.js';
import type { FrontDeskInputEvent, FrontDeskSubmitDetail, FrontDeskSubmitEvent } from '../front-desk/events.js';
import { exportParts, frontDeskExportParts } from '../../styles/parts.js';
import { loadFrontDeskElements } from '../load-features.js';
import type { BookingWidget } from './booking-widget.js';


/** What a booking was made with, for its confirmation (the draft is cleared for the next one). */
interface Booked {
  customers: DeskCustomer[];
  note: string;
  rule?: FrontDeskDraft['rule'];
}

/** The adapter can book for customers: it declares `recurrence` and has the method. */
export const supportsFrontDesk = (adapter: BookingAdapter | undefined): boolean =>
  !!adapter?.capabilities.recurrence && typeof adapter.createFrontDeskBooking === 'function';

/*
 * `<booking-widget mode="merchant">`: the front desk books for customers. Same steps as a customer
 * (service → location → date and time), then "Customers" (`<booking-front-desk-form>`) in place of
 * the client form, a review of customers, note and series, and `createFrontDeskBooking` on confirm.
 * Errors take the widget's usual routes (a taken time back to the calendar, a rejected note back to
 * the form, the rest on the review); a refused session reads as a staff sign-in to do, then retry.
 * Everything typed lives here, outside the form, so Back and errors keep it.
 */
export class FrontDeskMode implements ReactiveController {
  private draft: FrontDeskDraft = emptyDraft();
  /**
   * What the form's "Continue" sent, checked: the one source of the request. The review is reached only
   * through it, and any edit of the draft needs another "Continue" to get back there.
   */
  private submission?: FrontDeskSubmitDetail;
  private booked?: Booked;
  /** The last attempt was refused for want of a staff session. */
  private signInNeeded = false;
  /** The adapter the console was last told about, so the hint is written once. */
  private hinted?: BookingAdapter;

  constructor(private readonly host: BookingWidget) {
    host.addController(this);
  }

  /** Merchant mode was asked for and the backend can do it; otherwise the widget books as a customer. */
  get active(): boolean {
    return this.host.mode === 'merchant' && supportsFrontDesk(this.host.view.adapter);
  }

  hostUpdate(): void {
    if (this.active) void loadFrontDeskElements();
    const adapter = this.host.view.adapter;
    if (this.host.mode !== 'merchant' || !adapter || supportsFrontDesk(adapter) || this.hinted === adapter) return;
    this.hinted = adapter;
    console.warn(
      '[booking-widget] mode="merchant" needs a backend that books for customers (capability `recurrence` and ' +
        'createFrontDeskBooking); this one cannot, so the widget books as a customer instead.',
    );
  }

  /** The heading of a step in merchant mode; `undefined` where the customer's applies. */
  title(step: StepId, t: Messages): string | undefined {
    if (!this.active) return undefined;
    if (step === 'details') return t.deskCustomersTitle;
    if (step === 'review') return t.deskReviewTitle;
    if (step === 'confirmation') return this.booked?.rule ? t.deskSeriesCreatedTitle : t.deskCreatedTitle;
    return undefined;
  }

  /** Step names for the progress bar in merchant mode (the details step is about customers). */
  stepNames(t: Messages): Partial<Record<StepId, string>> {
    return this.active ? { details: t.deskCustomersTitle } : {};
  }

  /** The body of the details, review and confirmation steps in merchant mode; `undefined` for the rest. */
  render(): TemplateResult | undefined {
    if (!this.active) return undefined;
    const { state, view } = this.host;
    const common = { service: state.service, location: state.location, slot: state.slot, adapter: view.adapter };
    switch (state.step) {
      case 'details':
        return html`<booking-front-desk-form
          exportparts=${frontDeskExportParts()}
          .adapter=${common.adapter}
          .service=${common.service}
          .selectedSlot=${common.slot}
          .value=${this.draft}
          .noteErrors=${view.serverFieldErrors.notes ?? []}
          @booking-front-desk-input=${(e: FrontDeskInputEvent) => (this.draft = e.draft)}
          @booking-front-desk-submit=${(e: FrontDeskSubmitEvent) => this.submitted(e.detail)}
        ></booking-front-desk-form>`;
      case 'review':
      case 'confirmation': {
        // The review before booking, and the same summary of what was booked after.
        const shown = state.step === 'review' ? this.draft : (this.booked ?? { customers: [], note: '', rule: undefined });
        return html`<booking-front-desk-review
          exportparts=${exportParts('booking-front-desk-review')}
          .adapter=${common.adapter}
          .service=${common.service}
          .location=${common.location}
          .selectedSlot=${common.slot}
          .customers=${shown.customers}
          .note=${shown.note}
          .rule=${shown.rule}
          .confirmation=${state.step === 'confirmation' ? state.confirmation : undefined}
          .busy=${state.step === 'review' && view.submitting}
          ?sign-in-needed=${state.step === 'review' && this.signInNeeded}
          @booking-confirm=${() => void this.host.confirm()}
          @booking-restart=${() => this.host.restart()}
        ></booking-front-desk-review>`;
      }
      default:
        return undefined;
    }
  }

  /** Creates the booking or series; what it throws, the widget routes like any failed booking. */
  async create(state: FlowState): Promise<BookingConfirmation> {
    const adapter = this.host.view.adapter!;
    const { service, location, slot } = state;
    const submission = this.submission;
    if (!submission) throw new BookingError('validation', 'No customers were submitted for this booking');
    const request: FrontDeskBookingRequest = { service: service!, location, slot: slot!, ...submission };
    const rule = submission.recurrence;
    try {
      const confirmation = await adapter.createFrontDeskBooking!(request);
      // The draft's customers keep their contact details, which the confirmation and `booking-created` show.
      this.booked = { customers: this.draft.customers, note: submission.note, rule };
      this.draft = emptyDraft();
      this.submission = undefined;
      this.signInNeeded = false;
      return confirmation;
    } catch (error) {
      throw this.explain(toBookingError(error), rule ? slot!.date : undefined);
    }
  }

  /** The first customer, as `booking-created` names its client. */
  bookedClient(): ClientDetails {
    const first = this.booked?.customers[0];
    if (!first) return emptyClient();
    return { ...emptyClient(), firstName: first.firstName, lastName: first.lastName, email: first.email ?? '', phone: first.phone ?? '' };
  }

  private submitted(detail: FrontDeskSubmitDetail): void {
    this.submission = detail;
    this.signInNeeded = false;
    // "Details submitted": the widget clears the server's field messages and moves to the review.
    this.host.updateClient(this.host.state.client, true);
  }

  /**
   * A refused session is not "booking unavailable" at the front desk: the staff member signs in and
   * tries again, everything kept. The merchant gets the reason in the console.
   */
  private explain(error: BookingError, seriesStart?: string): BookingError {
    this.signInNeeded = error.code === 'unauthorized' || error.code === 'signed-out';
    // A series refused for a later date: another first time would not help; the backend's words (naming
    // the date) stay on the review, and Back leads to the repeat settings.
    const later = error.detail?.match(/\d{4}-\d{2}-\d{2}/)?.[0];
    if (error.code === 'slot-taken' && seriesStart && later && later !== seriesStart) {
      return new BookingError('validation', error.message, { status: error.status, detail: error.detail, cause: error });
    }
    if (!this.signInNeeded) return error;
    console.error(
      `[booking-widget] The backend refused a front-desk booking (${error.status ?? '?'}${error.detail ? `: ${error.detail}` : ''}). ` +
        'Booking for customers needs an employee session: sign in to the dashboard on this site (same origin, or `credentials="include"`).',
    );
    if (error.code === 'signed-out') return error;
    return new BookingError('signed-out', error.message, { status: error.status, detail: error.detail, cause: error });
  }
}
