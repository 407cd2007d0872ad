import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { chooseServices, chosenServices, type FlowState, type StepId } from '../../core/flow.js';
import type {
  ClientInputEvent,
  ClientSubmitEvent,
  DateSelectEvent,
  LocationSelectEvent,
  MonthChangeEvent,
  ProfessionalSelectEvent,
  ServiceSelectEvent,
  ServicesChangeEvent,
  ServicesSelectEvent,
  SlotSelectEvent,
} from '../../events.js';
import type { Messages } from '../../i18n/index.js';
import { exportParts } from '../../styles/parts.js';
import { errorMessage } from '../../i18n/error-message.js';
import type { BookingError } from '../../core/errors.js';
import type { BookingWidget } from './booking-widget.js';
import '../client-form/client-form.js';
import '../confirmation/confirmation.js';
import '../location-picker/location-picker.js';
import '../professional-picker/professional-picker.js';
import '../review/review.js';
import '../service-picker/service-picker.js';
import '../slot-calendar/slot-calendar.js';

/** Each step's body: the sub-element for it, fed from the widget's state and tasks. */

export function stepTitle(step: StepId, state: FlowState, t: Messages): string {
  switch (step) {
    case 'service':
      return t.chooseService;
    case 'location':
      return t.chooseLocation;
    case 'professional':
      return t.chooseProfessional;
    case 'datetime':
      return t.chooseDateTime;
    case 'details':
      return t.yourDetails;
    case 'review':
      return t.reviewTitle;
    case 'confirmation':
      return state.confirmation?.status === 'pending' ? t.receivedTitle : t.confirmedTitle;
  }
}

export interface ShownError {
  error: BookingError;
  message: string;
  /** What "Try again" does; absent when only another choice helps. */
  retry?: () => void;
  /** Which load or action failed, so its success can clear the message. */
  source: string;
}

/** The message of the error on the current step (worded in the current language), with "Try again" when it helps. */
export function renderError(shown: ShownError | undefined, t: Messages) {
  if (!shown) return nothing;
  return html`<div part="error" class="error">
    <p>${errorMessage(shown.error, t)}</p>
    ${shown.retry ? html`<button type="button" part="retry" class="button" @click=${shown.retry}>${t.retry}</button>` : nothing}
  </div>`;
}

export function renderStep(w: BookingWidget): TemplateResult | typeof nothing {
  const { state, view } = w;
  const catalog = view.data.catalog.value;
  if (!view.adapter) return nothing;
  if (!view.started) {
    return html`<booking-service-picker loading .services=${[]} exportparts=${exportParts('booking-service-picker')}></booking-service-picker>`;
  }
  // Merchant mode (./front-desk.ts) has its own customers, review and confirmation steps.
  const frontDesk = w.frontDesk.render();
  if (frontDesk) return frontDesk;
  switch (state.step) {
    case 'service':
      // Multiple mode: each toggle updates the flow (dropping a slot the new duration no longer fits);
      // "Continue" moves on.
      return html`<booking-service-picker
        exportparts=${exportParts('booking-service-picker')}
        .services=${catalog?.services ?? []}
        .value=${state.service?.id}
        .multiple=${!!view.data.capabilities?.multipleServices}
        .values=${chosenServices(state).map((s) => s.id)}
        @booking-service-select=${(e: ServiceSelectEvent) => w.choose({ service: e.service })}
        @booking-services-change=${(e: ServicesChangeEvent) => (w.state = chooseServices(w.state, e.services))}
        @booking-services-select=${(e: ServicesSelectEvent) => w.choose({ services: e.services })}
      ></booking-service-picker>`;
    case 'location':
      return html`<booking-location-picker
        exportparts=${exportParts('booking-location-picker')}
        .locations=${catalog?.locations ?? []}
        .value=${state.location?.id}
        @booking-location-select=${(e: LocationSelectEvent) => w.choose({ location: e.location })}
      ></booking-location-picker>`;
    case 'professional': {
      const task = view.data.professionals;
      return html`<booking-professional-picker
        exportparts=${exportParts('booking-professional-picker')}
        .professionals=${task.value ?? []}
        .loading=${task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL}
        .allowAny=${view.allowAnyProfessional}
        .value=${state.professional?.id}
        @booking-professional-select=${(e: ProfessionalSelectEvent) =>
          w.choose({ professional: e.professional ?? null })}
      ></booking-professional-picker>`;
    }
    case 'datetime': {
      const task = view.data.availability;
      const loaded = task.value?.month === view.month && task.status === TaskStatus.COMPLETE ? task.value : undefined;
      return html`<booking-slot-calendar
        exportparts=${exportParts('booking-slot-calendar')}
        .month=${view.month}
        .today=${w.today}
        .slots=${loaded?.slots ?? []}
        .loading=${!loaded && task.status !== TaskStatus.ERROR}
        .maxMonth=${loaded?.limitExceeded ? view.month : undefined}
        .nextAvailableMonth=${loaded?.nextAvailableMonth}
        .selectedDate=${view.selectedDate}
        .selectedSlot=${state.slot}
        @booking-month-change=${(e: MonthChangeEvent) => w.browse({ month: e.month })}
        @booking-date-select=${(e: DateSelectEvent) => w.browse({ date: e.date })}
        @booking-slot-select=${(e: SlotSelectEvent) => w.choose({ slot: e.slot })}
      ></booking-slot-calendar>`;
    }
    case 'details':
      return html`<booking-client-form
        exportparts=${exportParts('booking-client-form')}
        .value=${state.client}
        .serverErrors=${view.serverFieldErrors}
        @booking-client-input=${(e: ClientInputEvent) => w.updateClient(e.client)}
        @booking-client-submit=${(e: ClientSubmitEvent) => w.updateClient(e.client, true)}
      ></booking-client-form>`;
    case 'review':
      return html`<booking-review
        exportparts=${exportParts('booking-review')}
        .service=${state.service}
        .services=${chosenServices(state)}
        .location=${state.location}
        .professional=${state.professional}
        .selectedSlot=${state.slot}
        .client=${state.client}
        .busy=${view.submitting}
        @booking-confirm=${() => void w.confirm()}
      ></booking-review>`;
    case 'confirmation':
      return html`<booking-confirmation
        exportparts=${exportParts('booking-confirmation')}
        .confirmation=${state.confirmation}
        .service=${state.service}
        .services=${chosenServices(state)}
        .selectedSlot=${state.slot}
        .location=${state.location}
        .client=${state.client}
        .pending=${state.confirmation?.status === 'pending'}
        @booking-restart=${() => w.restart()}
      ></booking-confirmation>`;
  }
}
