import type { BookingConfirmation, ClientDetails, Location, Professional, Service, Slot } from './model.js';
import { emptyClient } from './model.js';

/** The booking flow as data: which steps show, where Next and Back go, what a choice invalidates. */

export type StepId = 'service' | 'location' | 'professional' | 'datetime' | 'details' | 'review' | 'confirmation';

export const allSteps: readonly StepId[] = [
  'service',
  'location',
  'professional',
  'datetime',
  'details',
  'review',
  'confirmation',
];

export interface FlowState {
  step: StepId;
  /** The first chosen service; every step but the service picker's multiple mode reads this one. */
  service?: Service;
  /** Every chosen service, in the order chosen (several when the backend books them together). */
  services: Service[];
  location?: Location;
  /** `undefined` = any professional. */
  professional?: Professional;
  slot?: Slot;
  client: ClientDetails;
  confirmation?: BookingConfirmation;
}

/** Why a step is left out of this booking. */
export interface FlowOptions {
  /** A `service-id` was given. */
  servicePreset?: boolean;
  /** A `location-id` was given, or there is at most one location, or the backend has none. */
  skipLocation?: boolean;
  /** A `professional-id` was given, or the backend does not let customers choose. */
  skipProfessional?: boolean;
}

export const initialFlow = (client: ClientDetails = emptyClient()): FlowState => ({ step: 'service', services: [], client });

export function visibleSteps(options: FlowOptions): StepId[] {
  return allSteps.filter(
    (step) =>
      !(step === 'service' && options.servicePreset) &&
      !(step === 'location' && options.skipLocation) &&
      !(step === 'professional' && options.skipProfessional),
  );
}

/** The first step the customer sees. */
export const firstStep = (options: FlowOptions): StepId => visibleSteps(options)[0];

export function nextStep(step: StepId, options: FlowOptions): StepId {
  const steps = visibleSteps(options);
  const index = steps.indexOf(step);
  return steps[Math.min(index + 1, steps.length - 1)];
}

export function previousStep(step: StepId, options: FlowOptions): StepId | undefined {
  const steps = visibleSteps(options);
  const index = steps.indexOf(step);
  // Nothing goes back past the first step, or from the confirmation (the booking is made).
  return index > 0 && step !== 'confirmation' ? steps[index - 1] : undefined;
}

/** Whether the customer has made the choice this step asks for. */
export function isStepComplete(state: FlowState, step: StepId): boolean {
  switch (step) {
    case 'service':
      return !!state.service;
    case 'location':
      return !!state.location;
    case 'professional':
      return true; // "any" is a valid choice
    case 'datetime':
      return !!state.slot;
    case 'details':
    case 'review':
      return false; // left by submitting, not by "Continue"
    case 'confirmation':
      return !!state.confirmation;
  }
}

/* Choices. Each keeps what is still valid and drops what the change invalidates; typed details always stay. */

export function chooseService(state: FlowState, service: Service): FlowState {
  return chooseServices(state, [service]);
}

/** The whole set of services at once; a different set (or order) changes the duration, so the slot goes. */
export function chooseServices(state: FlowState, services: readonly Service[]): FlowState {
  const ids = (list: readonly Service[]) => list.map((s) => s.id).join('\n');
  const same = ids(services) === ids(chosenServices(state));
  return { ...state, service: services[0], services: [...services], ...(same ? {} : { slot: undefined }) };
}

/** Adds a service to the set, or takes it out when it is already there. */
export function toggleService(state: FlowState, service: Service): FlowState {
  const current = chosenServices(state);
  const chosen = current.some((s) => s.id === service.id);
  return chooseServices(state, chosen ? current.filter((s) => s.id !== service.id) : [...current, service]);
}

/** Every chosen service; a state that set only `service` (a preset, an older caller) counts as that one. */
export const chosenServices = (state: Pick<FlowState, 'service' | 'services'>): Service[] =>
  state.services?.length ? state.services : state.service ? [state.service] : [];

/** Minutes and price of the chosen services together (prices in the first service's currency). */
export function servicesTotal(services: readonly Service[]): { durationMinutes: number; price: number; currency?: string } {
  return {
    durationMinutes: services.reduce((sum, s) => sum + s.durationMinutes, 0),
    // Summed in cents so 0.1 + 0.2 stays 0.30.
    price: services.reduce((sum, s) => sum + Math.round(s.price * 100), 0) / 100,
    currency: services[0]?.currency,
  };
}

export function chooseLocation(state: FlowState, location: Location): FlowState {
  if (state.location?.id === location.id) return { ...state, location };
  // Professionals belong to a location, so a new location drops that choice too.
  return { ...state, location, professional: undefined, slot: undefined };
}

export function chooseProfessional(state: FlowState, professional: Professional | undefined): FlowState {
  if (state.professional?.id === professional?.id) return { ...state, professional };
  return { ...state, professional, slot: undefined };
}

export const chooseSlot = (state: FlowState, slot: Slot): FlowState => ({ ...state, slot });

/** One or more choices made at once, as a step's element reports them; `professional: null` = any. */
export interface Choice {
  service?: Service;
  services?: Service[];
  location?: Location;
  professional?: Professional | null;
  slot?: Slot;
}

/** Applies each choice made, in flow order, so each drops only what it invalidates. */
export function applyChoice(state: FlowState, choice: Choice): FlowState {
  let next = state;
  if (choice.service) next = chooseService(next, choice.service);
  if (choice.services) next = chooseServices(next, choice.services);
  if (choice.location) next = chooseLocation(next, choice.location);
  if (choice.professional !== undefined) next = chooseProfessional(next, choice.professional ?? undefined);
  if (choice.slot) next = chooseSlot(next, choice.slot);
  return next;
}

export const updateClient = (state: FlowState, client: ClientDetails): FlowState => ({ ...state, client });

/** After a booking: start again, keeping who the customer is. */
export const restart = (state: FlowState, options: FlowOptions, presets: Partial<FlowState> = {}): FlowState => ({
  ...initialFlow({ ...state.client, notes: '' }),
  ...presets,
  step: firstStep(options),
});

/** The professional a booking goes to: the chosen one, else the first who can take the slot. */
export const assignedProfessional = (state: Pick<FlowState, 'professional' | 'slot'>): Professional | undefined =>
  state.professional ?? state.slot?.professionals[0];

/** Where a failed booking takes the customer, so nothing they did is lost and the way forward is clear. */
export type FailureRoute =
  /** The time was taken (or the session filled up): pick another; that month's availability is stale. */
  | { step: 'datetime'; staleMonth: string }
  /** The backend rejected what they typed: back to the form, messages by the fields. */
  | { step: 'details' }
  /** Stay on the review; retry only when it can help and cannot double-book. */
  | { step: 'review'; canRetry: boolean };

export function routeBookingFailure(
  error: { code: string; fields: Partial<Record<string, string[]>>; recoverable: boolean; outcomeUnknown: boolean },
  slot: Slot,
): FailureRoute {
  // A full session is a taken time for a class: refetching the month lists the sessions with seats left.
  if (error.code === 'slot-taken' || error.code === 'session-full') return { step: 'datetime', staleMonth: slot.date.slice(0, 7) };
  const fields = Object.keys(error.fields);
  if (error.code === 'validation' && fields.some((field) => field !== 'slot')) return { step: 'details' };
  // Only the time was refused (in the past by now, beyond the horizon): another time is the way forward.
  if (error.code === 'validation' && fields.length > 0) return { step: 'datetime', staleMonth: slot.date.slice(0, 7) };
  return { step: 'review', canRetry: error.recoverable && !error.outcomeUnknown };
}
