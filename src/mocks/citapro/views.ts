import { formatWallClock } from './schedule.js';
import type { CitaProBooking, CitaProClient, CitaProLocation, CitaProPerson, CitaProSeedData, CitaProService } from './types.js';

/*
 * The wire shapes, field for field as the seed documentation shows them. Scheduling fields that are
 * the fake's own model (opening hours, assignments, working days) stay out of every response.
 */

export const serviceView = (s: CitaProService) => ({
  id: s.id,
  name: s.name,
  duration: s.duration,
  domiciliary: s.domiciliary,
  virtual: s.virtual,
  status: s.status,
  price: s.price,
  categoryId: s.categoryId,
  description: s.description,
  sessions: s.sessions,
  simultaneous: s.simultaneous,
});

export const locationView = (l: CitaProLocation) => ({ id: l.id, name: l.name, address: l.address, status: l.status });

export const personView = (p: CitaProPerson) => ({
  id: p.id,
  firstname: p.firstname,
  lastname: p.lastname,
  email: p.email,
  status: p.status,
  phone: p.phone,
});

export const clientView = (c: CitaProClient) => ({
  id: c.id,
  firstname: c.firstname,
  lastname: c.lastname,
  email: c.email,
  phone: c.phone,
});

/** A booking with its related records nested, times as business-zone wall-clock. */
export function bookingView(b: CitaProBooking, data: CitaProSeedData, timeZone: string) {
  const location = data.locations.find((l) => l.id === b.locationId);
  const person = data.people.find((p) => p.id === b.personId);
  const service = data.services.find((s) => s.id === b.serviceId);
  const client = data.clients.find((c) => c.id === b.clientId);
  return {
    id: b.id,
    startTime: formatWallClock(b.startTime, timeZone),
    endTime: formatWallClock(b.endTime, timeZone),
    status: b.status,
    internalNote: b.internalNote,
    clientNote: b.clientNote,
    paymentStatus: b.paymentStatus,
    isFromWeb: b.isFromWeb,
    isFromAgent: b.isFromAgent,
    amount: b.amount,
    clientId: b.clientId,
    locationId: b.locationId,
    serviceId: b.serviceId,
    personId: b.personId,
    paymentId: b.paymentId,
    businessAccountId: b.businessAccountId,
    location: location ? { id: location.id, name: location.name } : null,
    person: person ? personView(person) : null,
    service: service ? serviceView(service) : null,
    client: client ? clientView(client) : null,
    notifyClient: b.notifyClient,
    repeatGroupId: b.repeatGroupId,
    answers: b.answers,
    questionaryId: b.questionaryId,
    createdAt: formatWallClock(b.createdAt, timeZone),
  };
}
