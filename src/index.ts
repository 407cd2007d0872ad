/**
 * booking-widget: every element registered, the built-in backends available by name, and the
 * types a custom adapter needs.
 */
import { citaProBackend } from './adapters/citapro.js';
import { latePointBackend } from './adapters/latepoint.js';
import { miketsuBackend } from './adapters/miketsu.js';
export { createSalonBookItAdapter, readSalonBookItError, type SalonBookItAdapterOptions } from './adapters/salonbookit.js';
import { salonBookItBackend } from './adapters/salonbookit.js';
import { registerBackend } from './core/backends.js';

registerBackend('citapro', citaProBackend);
registerBackend('latepoint', latePointBackend);
registerBackend('miketsu', miketsuBackend);
registerBackend('salonbookit', salonBookItBackend);

export { BookingWidget } from './components/booking-widget/booking-widget.js';
export { BookingServicePicker } from './components/service-picker/service-picker.js';
export { BookingLocationPicker } from './components/location-picker/location-picker.js';
export { BookingProfessionalPicker } from './components/professional-picker/professional-picker.js';
export { BookingSlotCalendar } from './components/slot-calendar/slot-calendar.js';
export { BookingClientForm } from './components/client-form/client-form.js';
export { BookingReview } from './components/review/review.js';
export { BookingConfirmation as BookingConfirmationElement } from './components/confirmation/confirmation.js';
export { BookingSteps } from './components/steps/steps.js';
// Loaded on demand by the widget (their own chunks in the ESM build); call to use them on their own.
export { loadAccountElements, loadFrontDeskElements } from './components/load-features.js';
export type { BookingManage, BookingSignIn } from './components/account-elements.js';
export type { BookingFrontDeskForm, BookingFrontDeskReview, BookingRecurrence } from './components/front-desk-elements.js';
export {
  BookingCancelledEvent,
  BookingSignedInEvent,
  BookingSignedOutEvent,
  type CancelledDetail,
  type SignedInDetail,
  type SignedOutDetail,
} from './components/manage/events.js';
export { FrontDeskSubmitEvent, type FrontDeskSubmitDetail } from './components/front-desk/events.js';
export { RecurrenceChangeEvent, type RecurrenceChangeDetail } from './components/recurrence-editor/events.js';
export { expandRecurrence, untilInstant, type Expansion, type Occurrence } from './core/recurrence.js';

export { createCitaProAdapter, type CitaProAdapterOptions } from './adapters/citapro.js';
export { createLatePointAdapter, type LatePointAdapterOptions } from './adapters/latepoint.js';
export {
  createMiketsuAdapter,
  parseMiketsuPrice,
  type MiketsuAdapterOptions,
  type MiketsuRouteLayout,
} from './adapters/miketsu.js';
export type { AdapterCapabilities, BookingAdapter, RequestOptions } from './core/adapter.js';
export { registerBackend, type BackendConfig, type BackendFactory } from './core/backends.js';
export { BookingError, type BookingErrorCode, type ErrorField } from './core/errors.js';
export { createHttpClient, type HttpClient, type HttpClientOptions } from './core/http.js';
export type * from './core/model.js';
export * from './events.js';
