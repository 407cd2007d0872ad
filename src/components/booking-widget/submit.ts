import type { BookingAdapter } from '../../core/adapter.js';
import * as flow from '../../core/flow.js';
import type { BookingConfirmation, BookingRequest, ClientDetails } from '../../core/model.js';
import { createdDetail, type BookingCreatedDetail } from '../../events.js';

/** The widget's two ways of booking: the customer's own, or the front desk's for its customers. */
export interface Booker {
  adapter: BookingAdapter;
  /** Adds what the signed-in customer brings (points, their name and e-mail). */
  customerRequest(request: BookingRequest): BookingRequest;
  /** Set in merchant mode: books for the customers chosen at the front desk, and who the event names. */
  frontDesk?: { create(state: flow.FlowState): Promise<BookingConfirmation>; bookedClient(): ClientDetails };
  currency: string;
  timeZone: string;
}

/** Makes the booking the flow describes and the `booking-created` detail that announces it. */
export async function book(state: flow.FlowState, booker: Booker): Promise<{ confirmation: BookingConfirmation; detail: BookingCreatedDetail }> {
  const { service, location, professional, slot, client } = state;
  const services = flow.chosenServices(state);
  const { frontDesk } = booker;
  const confirmation = frontDesk
    ? await frontDesk.create(state)
    : await booker.adapter.createBooking(booker.customerRequest({ service: service!, services, location, professional, slot: slot!, client }));
  const booked = confirmation.professional ?? flow.assignedProfessional({ professional, slot });
  const detail = createdDetail({
    confirmation,
    service: service!,
    services,
    slot,
    location,
    professional: booked,
    client: frontDesk ? frontDesk.bookedClient() : client,
    currency: booker.currency,
    timeZone: booker.timeZone,
  });
  return { confirmation, detail };
}
