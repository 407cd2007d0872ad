import type { BookingErrorCode } from './core/errors.js';
import { servicesTotal, type StepId } from './core/flow.js';
import type {
  BookingConfirmation,
  ClientDetails,
  Location,
  PlainDate,
  Professional,
  Service,
  Slot,
} from './core/model.js';

/* Events leaving the widget bubble and are composed; events between sub-elements only bubble. */

export interface BookingCreatedDetail {
  /** The backend's booking id; `undefined` when the backend returns none. */
  bookingId?: string;
  /** A human-facing code, when the backend has one. */
  code?: string;
  status?: string;
  service: { id: string; name: string; durationMinutes: number; price: number; currency: string };
  /** Every service booked, in order (one entry for a single service); each with its own price. */
  services: Array<{ id: string; name: string; durationMinutes: number; price: number; currency: string }>;
  /** What the booking costs altogether: the backend's total when it says, else the services' sum. */
  total: { amount: number; currency: string };
  /** The group session joined, for a class or event. */
  session?: { id: string };
  /** Loyalty points the signed-in customer earned with this booking, when the backend says. */
  pointsEarned?: number;
  location?: { id: string; name: string };
  professional?: { id: string; name: string };
  /** ISO 8601 instants. */
  start: string;
  end: string;
  /** The business's IANA zone the booking was made in. */
  timeZone: string;
  client: { firstName: string; lastName: string; name: string; email: string };
}

/** The public detail of a booking just made: only plain data, no internal objects. */
export function createdDetail(input: {
  confirmation: BookingConfirmation;
  service: Service;
  /** Every chosen service; absent or empty means just `service`. */
  services?: Service[];
  /** The slot booked, for its group session. */
  slot?: Slot;
  location?: Location;
  professional?: Professional;
  client: ClientDetails;
  currency: string;
  timeZone: string;
}): BookingCreatedDetail {
  const { confirmation, service, location, professional, client } = input;
  const services = input.services?.length ? input.services : [service];
  const several = services.length > 1;
  const currency = confirmation.currency ?? service.currency ?? input.currency;
  const sum = servicesTotal(services).price;
  const session = input.slot?.session;
  return {
    bookingId: confirmation.id,
    code: confirmation.code,
    status: confirmation.status,
    service: {
      id: service.id,
      name: service.name,
      durationMinutes: service.durationMinutes,
      // One service: what the booking costs, as before. Several: this one's own price (the total is `total`).
      price: several ? service.price : (confirmation.total ?? service.price),
      currency: several ? (service.currency ?? input.currency) : currency,
    },
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      durationMinutes: s.durationMinutes,
      price: s.price,
      currency: s.currency ?? input.currency,
    })),
    total: { amount: confirmation.total ?? sum, currency },
    ...(session && { session: { id: session.id } }),
    ...(confirmation.pointsEarned !== undefined && { pointsEarned: confirmation.pointsEarned }),
    location: location && { id: location.id, name: location.name },
    professional: professional && { id: professional.id, name: professional.name },
    start: confirmation.start,
    end: confirmation.end,
    timeZone: input.timeZone,
    client: {
      firstName: client.firstName,
      lastName: client.lastName,
      name: `${client.firstName} ${client.lastName}`.trim(),
      email: client.email,
    },
  };
}

export class BookingCreatedEvent extends Event {
  static readonly eventName = 'booking-created';
  constructor(readonly detail: BookingCreatedDetail) {
    super(BookingCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

export interface BookingStepChangeDetail {
  step: StepId;
  previousStep?: StepId;
  /** 1-based position among the steps this booking shows. */
  index: number;
  total: number;
}

export class BookingStepChangeEvent extends Event {
  static readonly eventName = 'booking-step-change';
  constructor(readonly detail: BookingStepChangeDetail) {
    super(BookingStepChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

export interface BookingErrorDetail {
  code: BookingErrorCode;
  /** What the customer was shown, in their language. */
  message: string;
  /** Whether the customer can do something about it (retry, pick another time). */
  recoverable: boolean;
  status?: number;
  /** The step the error happened on. */
  step: StepId;
}

export class BookingErrorEvent extends Event {
  static readonly eventName = 'booking-error';
  constructor(readonly detail: BookingErrorDetail) {
    super(BookingErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/* Internal: sub-element → widget. */

export class ServiceSelectEvent extends Event {
  static readonly eventName = 'booking-service-select';
  constructor(readonly service: Service) {
    super(ServiceSelectEvent.eventName, { bubbles: true });
  }
}

/** Multiple mode: the customer added or removed a service (the set so far, in the order chosen). */
export class ServicesChangeEvent extends Event {
  static readonly eventName = 'booking-services-change';
  constructor(readonly services: Service[]) {
    super(ServicesChangeEvent.eventName, { bubbles: true });
  }
}

/** Multiple mode: the customer is done choosing services ("Continue"). */
export class ServicesSelectEvent extends Event {
  static readonly eventName = 'booking-services-select';
  constructor(readonly services: Service[]) {
    super(ServicesSelectEvent.eventName, { bubbles: true });
  }
}

export class LocationSelectEvent extends Event {
  static readonly eventName = 'booking-location-select';
  constructor(readonly location: Location) {
    super(LocationSelectEvent.eventName, { bubbles: true });
  }
}

export class ProfessionalSelectEvent extends Event {
  static readonly eventName = 'booking-professional-select';
  /** `undefined` means "any professional". */
  constructor(readonly professional: Professional | undefined) {
    super(ProfessionalSelectEvent.eventName, { bubbles: true });
  }
}

export class MonthChangeEvent extends Event {
  static readonly eventName = 'booking-month-change';
  /** `YYYY-MM` */
  constructor(readonly month: string) {
    super(MonthChangeEvent.eventName, { bubbles: true });
  }
}

export class DateSelectEvent extends Event {
  static readonly eventName = 'booking-date-select';
  constructor(readonly date: PlainDate) {
    super(DateSelectEvent.eventName, { bubbles: true });
  }
}

export class SlotSelectEvent extends Event {
  static readonly eventName = 'booking-slot-select';
  constructor(readonly slot: Slot) {
    super(SlotSelectEvent.eventName, { bubbles: true });
  }
}

/** The client form's values changed (every keystroke), so the widget can keep them across steps. */
export class ClientInputEvent extends Event {
  static readonly eventName = 'booking-client-input';
  constructor(readonly client: ClientDetails) {
    super(ClientInputEvent.eventName, { bubbles: true });
  }
}

/** The client form was submitted and is valid. */
export class ClientSubmitEvent extends Event {
  static readonly eventName = 'booking-client-submit';
  constructor(readonly client: ClientDetails) {
    super(ClientSubmitEvent.eventName, { bubbles: true });
  }
}

/** The customer switched between the business's time zone and their own for showing times. */
export class TimeZoneToggleEvent extends Event {
  static readonly eventName = 'booking-time-zone-toggle';
  /** `true`: show times in the visitor's zone; what is sent to the backend never changes. */
  constructor(readonly visitorZone: boolean) {
    super(TimeZoneToggleEvent.eventName, { bubbles: true });
  }
}

/** The customer confirmed on the review step. */
export class BookingConfirmEvent extends Event {
  static readonly eventName = 'booking-confirm';
  constructor() {
    super(BookingConfirmEvent.eventName, { bubbles: true });
  }
}

/** The customer wants to book again from the confirmation. */
export class BookingRestartEvent extends Event {
  static readonly eventName = 'booking-restart';
  constructor() {
    super(BookingRestartEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'booking-created': BookingCreatedEvent;
    'booking-step-change': BookingStepChangeEvent;
    'booking-error': BookingErrorEvent;
    'booking-service-select': ServiceSelectEvent;
    'booking-services-change': ServicesChangeEvent;
    'booking-services-select': ServicesSelectEvent;
    'booking-location-select': LocationSelectEvent;
    'booking-professional-select': ProfessionalSelectEvent;
    'booking-month-change': MonthChangeEvent;
    'booking-date-select': DateSelectEvent;
    'booking-slot-select': SlotSelectEvent;
    'booking-client-input': ClientInputEvent;
    'booking-client-submit': ClientSubmitEvent;
    'booking-confirm': BookingConfirmEvent;
    'booking-time-zone-toggle': TimeZoneToggleEvent;
    'booking-restart': BookingRestartEvent;
  }
}
