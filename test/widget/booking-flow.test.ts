/** The whole booking, driven as a customer would, against the fake CitaPro backend at the HTTP edge. */
import { expect } from '@open-wc/testing';
import { BookingCreatedEvent } from '../../src/events.js';
import { instantToWallClock } from '../../src/core/zoned-time.js';
import { CITAPRO_IDS } from '../../src/mocks/index.js';
import { click, findByShadowRole, findByShadowText, queryByShadowRole } from '../helpers/user.js';
import { useNetwork } from '../helpers/network.js';
import {
  button,
  chooseUpToDetails,
  citaProFake,
  fillDetails,
  heading,
  juan,
  mountWidget,
  oneEvent,
  pickFirstAvailableDay,
} from './citapro-fixture.js';

describe('<booking-widget> on CitaPro: a full booking', () => {
  useNetwork();

  it('books a slot: requests match the docs, the event carries the booking, the slot disappears', async () => {
    const fake = citaProFake({ timeZone: 'America/Guayaquil' });
    const widget = await mountWidget({ timezone: 'America/Guayaquil', currency: 'USD' });

    await heading(widget, 'Elige un servicio');
    // Inactive services are not offered.
    expect(queryByShadowRole(widget, 'button', { name: /Peinado para eventos/ })).to.equal(null);
    await click(await button(widget, /Corte de cabello/));
    await heading(widget, 'Elige una sede');
    await click(await button(widget, /Sede Principal/));
    await heading(widget, 'Elige un profesional');
    await click(await button(widget, /Cualquier profesional/));
    await heading(widget, 'Elige fecha y hora');
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await fillDetails(widget, { ...juan, notes: 'Primera visita' });
    await click(await button(widget, 'Continuar'));

    await heading(widget, 'Revisa tu reserva');
    expect(widget.shadowRoot!.textContent).to.not.equal('');
    await findByShadowText(widget, /50,00/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const event = await created;

    await heading(widget, /Solicitud de reserva recibida/);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');
    expect(posts).to.have.length(1);
    const body = posts[0].body as Record<string, unknown>;
    const booking = fake.state.bookings.find((b) => b.id === event.detail.bookingId)!;
    expect(booking, 'the backend holds the booking the event names').to.exist;
    expect(body).to.include({
      status: 'pending',
      amount: 50,
      clientId: CITAPRO_IDS.juan,
      locationId: CITAPRO_IDS.main,
      serviceId: CITAPRO_IDS.haircut,
      notifyClient: true,
      internalNote: 'Primera visita',
    });
    expect(body.startTime).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(body.endTime as string) - Date.parse(body.startTime as string)).to.equal(60 * 60_000);
    expect(body.personId, 'any professional books one of the slot professionals').to.be.a('string');

    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.include({
      bookingId: booking.id,
      start: body.startTime,
      end: body.endTime,
      timeZone: 'America/Guayaquil',
      location: { id: CITAPRO_IDS.main, name: 'Sede Principal' },
      client: { firstName: 'Juan', lastName: 'Pérez', name: 'Juan Pérez', email: 'juan@example.com' },
    });
    expect(event.detail.service).to.deep.include({ id: CITAPRO_IDS.haircut, price: 50, currency: 'USD', durationMinutes: 60 });
    expect(event.detail.professional?.id).to.equal(body.personId);
    // The confirmation shows the id.
    await findByShadowText(widget, event.detail.bookingId!);

    // The booked time is gone from the backend's availability (which speaks business wall-clock).
    const wall = instantToWallClock(body.startTime as string, 'America/Guayaquil');
    const free = fake.availability({
      locationId: CITAPRO_IDS.main,
      serviceId: CITAPRO_IDS.haircut,
      professionalId: body.personId as string,
      startDate: wall.date,
      endDate: wall.date,
    });
    expect(free.slots.map((s) => s.startTime)).to.not.include(`${wall.date} ${wall.time}:00`);
    expect(free.slots.length, 'other times of that day stay free').to.be.greaterThan(0);
  });

  it('creates a new client with the typed details when the e-mail is unknown', async () => {
    const fake = citaProFake();
    const widget = await mountWidget();
    await chooseUpToDetails(widget);
    await fillDetails(widget, { firstName: 'Valentina', lastName: 'Ríos', email: 'vale@example.ec', phone: '0991112233' });
    await click(await button(widget, 'Continuar'));
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    const clientPost = fake.requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/clients');
    expect(clientPost?.body).to.deep.equal({ firstname: 'Valentina', lastname: 'Ríos', email: 'vale@example.ec', phone: '0991112233' });
    expect(fake.state.clients.some((c) => c.email === 'vale@example.ec')).to.equal(true);
  });

  it('goes back through every step keeping the choices and what was typed', async () => {
    citaProFake();
    const widget = await mountWidget();
    const chosenTime = await chooseUpToDetails(widget);
    await fillDetails(widget, { ...juan, notes: 'Alergia al tinte' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');

    await click(await button(widget, 'Atrás'));
    await heading(widget, 'Tus datos');
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    expect(notes.value).to.equal('Alergia al tinte');

    await click(await button(widget, 'Atrás'));
    await heading(widget, 'Elige fecha y hora');
    const pressed = await findByShadowRole(widget, 'button', { name: chosenTime, pressed: true });
    expect(pressed).to.exist;

    await click(await button(widget, 'Atrás'));
    await heading(widget, 'Elige un profesional');
    expect(await findByShadowRole(widget, 'button', { name: /Cualquier profesional/, pressed: true })).to.exist;
    await click(await button(widget, 'Atrás'));
    expect(await findByShadowRole(widget, 'button', { name: /Sede Principal/, pressed: true })).to.exist;
    await click(await button(widget, 'Atrás'));
    expect(await findByShadowRole(widget, 'button', { name: /Corte de cabello/, pressed: true })).to.exist;
    expect(queryByShadowRole(widget, 'button', { name: 'Atrás' })).to.equal(null);

    // Forward again: the typed details are still there.
    await click(await button(widget, /Corte de cabello/));
    await click(await button(widget, /Sede Principal/));
    await click(await button(widget, /Cualquier profesional/));
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    const firstName = (await findByShadowRole(widget, 'textbox', { name: /^Nombre/ })) as HTMLInputElement;
    expect(firstName.value).to.equal('Juan');
  });

  it('skips the location and service steps when they are preset, and books the preset professional', async () => {
    const fake = citaProFake();
    const widget = await mountWidget({
      'service-id': CITAPRO_IDS.haircut,
      'location-id': CITAPRO_IDS.main,
      'professional-id': CITAPRO_IDS.maria,
    });
    await heading(widget, 'Elige fecha y hora');
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await fillDetails(widget, juan);
    await click(await button(widget, 'Continuar'));
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    const availability = fake.requests.filter((r) => r.url.pathname === '/v1/bookings/availability');
    expect(availability.every((r) => r.url.searchParams.get('professionalId') === CITAPRO_IDS.maria)).to.equal(true);
    const post = fake.requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');
    expect((post!.body as Record<string, unknown>).personId).to.equal(CITAPRO_IDS.maria);
  });

  it('sends the configured booking status and starts over from the confirmation', async () => {
    const fake = citaProFake();
    const widget = await mountWidget({ 'booking-status': 'confirmed' });
    await chooseUpToDetails(widget);
    await fillDetails(widget, juan);
    await click(await button(widget, 'Continuar'));
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Reserva confirmada');
    const post = fake.requests.find((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');
    expect((post!.body as Record<string, unknown>).status).to.equal('confirmed');
    await click(await button(widget, 'Reservar otra cita'));
    await heading(widget, 'Elige un servicio');
  });
});
