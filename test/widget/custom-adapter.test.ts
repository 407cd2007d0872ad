/** A merchant's own backend: any object implementing BookingAdapter drives the whole widget. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { BookingError } from '../../src/core/errors.js';
import type { BookingRequest, Slot } from '../../src/core/model.js';
import { addPlainDays, todayIn, toIsoInstant, wallClockToInstant } from '../../src/core/zoned-time.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import type { BookingCreatedEvent } from '../../src/events.js';
import { click, findByShadowText, queryByShadowRole, waitFor } from '../helpers/user.js';
import { button, fillDetails, heading, juan, oneEvent, pickFirstAvailableDay } from './citapro-fixture.js';

/** An in-memory studio: one service, no locations, no choice of professional, server-assigned staff. */
function yogaStudio() {
  const zone = 'Europe/Madrid';
  const booked: BookingRequest[] = [];
  const day = addPlainDays(todayIn(zone), 2);
  const slot = (time: string): Slot => {
    const start = wallClockToInstant(day, time, zone);
    return { date: day, time, start: toIsoInstant(start), end: toIsoInstant(new Date(start.getTime() + 3600_000)), professionals: [] };
  };
  const adapter: BookingAdapter = {
    capabilities: { locations: false, professionals: false, anyProfessional: true, maxAvailabilityDays: 7 },
    listServices: async () => [{ id: 'yoga', name: 'Clase de yoga', durationMinutes: 60, price: 12, currency: 'EUR' }],
    listLocations: async () => [],
    listProfessionals: async () => [],
    getAvailability: async ({ from, to }) => ({
      slots: day >= from && day <= to ? ['09:00', '18:30'].map(slot).filter((s) => !booked.some((b) => b.slot.start === s.start)) : [],
    }),
    createBooking: async (request) => {
      if (booked.some((b) => b.slot.start === request.slot.start)) throw new BookingError('slot-taken', 'taken');
      booked.push(request);
      return { id: `Y-${booked.length}`, code: 'YOGA-7', status: 'confirmed', start: request.slot.start, end: request.slot.end };
    },
  };
  return { adapter, booked, zone };
}

describe('<booking-widget> with a custom adapter', () => {
  it('books through it, skipping the steps the backend has no use for', async () => {
    const studio = yogaStudio();
    const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
    const widget = document.createElement('booking-widget') as BookingWidget;
    widget.setAttribute('timezone', studio.zone);
    widget.adapter = studio.adapter;
    page.append(widget);

    await click(await button(widget, /Clase de yoga/));
    // No locations and no choice of professional: straight to the calendar.
    await heading(widget, 'Elige fecha y hora');
    expect(queryByShadowRole(widget, 'heading', { name: 'Elige una sede' })).to.equal(null);
    const times = await pickFirstAvailableDay(widget);
    expect(times.map((t) => t.textContent!.trim())).to.deep.equal(['9:00', '18:30']);
    await click(times[1]);
    await fillDetails(widget, juan);
    await click(await button(widget, 'Continuar'));
    await findByShadowText(widget, /12,00\s€/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const event = await created;

    await heading(widget, 'Reserva confirmada');
    await findByShadowText(widget, 'YOGA-7');
    expect(studio.booked).to.have.length(1);
    expect(studio.booked[0].slot.time).to.equal('18:30');
    expect(studio.booked[0].professional).to.equal(undefined);
    expect(event.detail).to.deep.include({ bookingId: 'Y-1', code: 'YOGA-7', timeZone: 'Europe/Madrid' });
    expect(event.detail.service.currency).to.equal('EUR');
    await waitFor(() => expect(widget.state.step).to.equal('confirmation'));
  });
});
