/**
 * `<booking-widget backend="latepoint">` driven as a customer against the fake LatePoint backend at the
 * HTTP edge: a full booking with "any" agent, a returning customer, and every error the docs name.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { latePointBackend } from '../../src/adapters/latepoint.js';
import { registerBackend } from '../../src/core/backends.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import type { BookingCreatedEvent, BookingErrorEvent } from '../../src/events.js';
import { createLatePointFake, LATEPOINT_IDS as IDS, type LatePointFakeOptions } from '../../src/mocks/latepoint/index.js';
import { click, findByShadowRole, findByShadowText, queryByShadowRole, waitFor } from '../helpers/user.js';
import { recordRequests, useHandlers, useNetwork, type Recorded } from '../helpers/network.js';
import { button, fillDetails, heading, mountWidget as mountCitaPro, oneEvent, pickFirstAvailableDay, type Customer } from './citapro-fixture.js';

registerBackend('latepoint', latePointBackend);

const base = 'https://site.example/wp-json/latepoint-api/v1';
const ZONE = 'America/Mexico_City';

function latePointFake(options: LatePointFakeOptions = {}) {
  const fake = createLatePointFake({ baseUrl: base, timeZone: ZONE, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

const mountWidget = (attributes: Record<string, string> = {}) =>
  mountCitaPro({ backend: 'latepoint', 'api-base': base, timezone: ZONE, currency: 'MXN', ...attributes });

const ana: Customer = { firstName: 'Ana', lastName: 'López', email: 'ana.lopez@email.com', phone: '+52 555 987 6543' };
const errorText = (widget: BookingWidget) => widget.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const bookingPosts = (sent: Recorded[]) => sent.filter((r) => r.method === 'POST' && r.url.pathname.endsWith('/bookings'));

/** Service → location → agent (default "any") → first free time; leaves the widget on the details step. */
async function chooseUpToDetails(widget: BookingWidget, agent: RegExp = /Cualquier profesional/) {
  await click(await button(widget, /Consulta General/));
  await click(await button(widget, /Clínica Principal/));
  await click(await button(widget, agent));
  const times = await pickFirstAvailableDay(widget);
  const label = times[0].textContent!.trim();
  await click(times[0]);
  await heading(widget, 'Tus datos');
  return label;
}

async function reachReview(widget: BookingWidget, customer: Customer = ana, agent?: RegExp) {
  const label = await chooseUpToDetails(widget, agent);
  await fillDetails(widget, customer);
  await click(await button(widget, 'Continuar'));
  await heading(widget, 'Revisa tu reserva');
  return label;
}

describe('<booking-widget backend="latepoint">', () => {
  useNetwork();

  it('is axe-clean at every step of its booking, including the form with its errors and the confirmation', async function () {
    this.timeout(30000);
    latePointFake();
    const widget = await mountWidget();
    await heading(widget, 'Elige un servicio');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Consulta General/));
    await heading(widget, 'Elige una sede');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Clínica Principal/));
    await heading(widget, 'Elige un profesional');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Cualquier profesional/));
    const times = await pickFirstAvailableDay(widget);
    await expect(widget).to.be.accessible();
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await click(await button(widget, 'Continuar'));
    await findByShadowRole(widget, 'textbox', { name: /Nombre/, description: /./ });
    await expect(widget).to.be.accessible();
    await fillDetails(widget, ana);
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    await expect(widget).to.be.accessible();
  });

  it('books with "any" agent: the documented requests, the server assigns, the booking code is shown', async () => {
    const fake = latePointFake({ apiKey: 'lp_live_key' });
    const widget = await mountWidget({ 'api-key': 'lp_live_key' });
    await heading(widget, 'Elige un servicio');
    expect(queryByShadowRole(widget, 'button', { name: /Blanqueamiento/ }), 'disabled services are not offered').to.equal(null);
    await click(await button(widget, /Consulta General/));
    await heading(widget, 'Elige una sede');
    expect(queryByShadowRole(widget, 'button', { name: /Sede Cerrada/ })).to.equal(null);
    await click(await button(widget, /Clínica Principal/));
    await heading(widget, 'Elige un profesional');
    expect(queryByShadowRole(widget, 'button', { name: /Lucía Torres/ }), 'disabled agents are not offered').to.equal(null);
    await button(widget, /Carlos Ruiz/);
    await click(await button(widget, /Cualquier profesional/));
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await fillDetails(widget, { ...ana, notes: 'Primera visita' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await findByShadowText(widget, /75,00/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const event = await created;
    await heading(widget, /Solicitud de reserva recibida/);

    // Availability: one agent and one day per call, for both of the service's agents at the location.
    const availability = fake.requests.filter((r) => r.url.pathname.endsWith('/availability'));
    const agentsAsked = new Set(availability.map((r) => r.url.searchParams.get('agent_id')));
    expect([...agentsAsked].sort()).to.deep.equal([String(IDS.maria), String(IDS.carlos)]);
    expect(availability.every((r) => r.url.searchParams.get('service_id') === String(IDS.consultation) && /^\d{4}-\d{2}-\d{2}$/.test(r.url.searchParams.get('date')!))).to.equal(true);
    expect(fake.requests.every((r) => r.headers.get('X-API-Key') === 'lp_live_key')).to.equal(true);

    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    const slot = widget.state.slot!;
    expect(posts[0].body).to.deep.equal({
      service_id: IDS.consultation,
      agent_id: 'any',
      start_date: slot.date,
      start_time: slot.time,
      // The widget sends the phone normalised.
      customer: { first_name: 'Ana', last_name: 'López', email: 'ana.lopez@email.com', phone: '+525559876543' },
      location_id: IDS.main,
      notes: 'Primera visita',
      status: 'pending',
      send_confirmation: true,
    });
    const booking = fake.state.bookings.at(-1)!;
    expect(booking.booking_code).to.match(/^LP-\d{4}-\d{3}$/);
    expect(event.detail).to.deep.include({ bookingId: String(booking.id), code: booking.booking_code, status: 'pending', timeZone: ZONE, start: slot.start });
    expect(event.detail.professional?.id, 'the agent the server assigned').to.equal(String(booking.agent_id));
    expect(slot.professionals.map((p) => p.id)).to.include(String(booking.agent_id));
    await findByShadowText(widget, booking.booking_code);
    expect(fake.freeTimes(IDS.consultation, booking.agent_id, slot.date)).to.not.include(slot.time);
  });

  it('a returning customer whose e-mail is registered books by customer_id (exact match, not the look-alike)', async () => {
    const fake = latePointFake();
    const widget = await mountWidget({ 'booking-status': 'approved' });
    await reachReview(widget, { firstName: 'Juan', lastName: 'Pérez', email: 'Juan.Perez@email.com', phone: '+52 555 123 4567' }, /María García/);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Reserva confirmada');
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.body).to.deep.include({ customer_id: IDS.juan, agent_id: IDS.maria, status: 'approved' });
    expect(post.body).to.not.have.property('customer');
    expect(fake.state.bookings.at(-1)).to.deep.include({ customer_id: IDS.juan, agent_id: IDS.maria, status: 'approved' });
    expect(fake.state.customers).to.have.length(2, 'no duplicate customer');
  });

  it('401 {error:{code:"unauthorized"}}: booking unavailable, no pointless retry', async () => {
    latePointFake({ apiKey: 'lp_live_right' });
    const original = console.error;
    console.error = () => {};
    try {
      const failed = new Promise<BookingErrorEvent>((resolve) => document.addEventListener('booking-error', resolve, { once: true }));
      const widget = await mountWidget({ 'api-key': 'lp_live_wrong' });
      expect((await failed).detail).to.include({ code: 'unauthorized', recoverable: false, status: 401 });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
      expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
    } finally {
      console.error = original;
    }
  });

  it('403 (the key lacks a permission): booking unavailable', async () => {
    latePointFake({ apiKey: 'lp_live_key', deniedPermissions: ['bookings:create'] });
    const original = console.error;
    console.error = () => {};
    try {
      const widget = await mountWidget({ 'api-key': 'lp_live_key' });
      await reachReview(widget);
      const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
      await click(await button(widget, 'Confirmar reserva'));
      expect((await failed).detail).to.include({ code: 'unauthorized', status: 403 });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
    } finally {
      console.error = original;
    }
  });

  it('404 not-found style error while listing agents: explains and retries', async () => {
    latePointFake();
    let missing = true;
    useHandlers(
      http.get(`${base}/agents`, () =>
        missing ? HttpResponse.json({ status: 'error', error: { code: 'location_not_found', message: 'Location with ID 1 was not found' } }, { status: 404 }) : undefined,
      ),
    );
    const widget = await mountWidget();
    await click(await button(widget, /Consulta General/));
    await click(await button(widget, /Clínica Principal/));
    await waitFor(() => expect(errorText(widget)).to.contain('No encontramos lo que buscabas'));
    missing = false;
    await click(await button(widget, 'Reintentar'));
    await button(widget, /María García/);
  });

  it('422 with details {"customer.email"}: the message lands on the e-mail field, typed data kept', async () => {
    latePointFake();
    useHandlers(
      http.post(`${base}/bookings`, () =>
        HttpResponse.json({ status: 'error', error: { code: 'invalid_request', message: 'Invalid input data', details: { 'customer.email': 'Invalid email' } } }, { status: 422 }),
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const email = (await findByShadowRole(widget, 'textbox', { name: /^Correo electrónico/ })) as HTMLInputElement;
    await waitFor(() => expect(email.getAttribute('aria-invalid')).to.equal('true'));
    expect(email.value).to.equal(ana.email);
    const describedBy = email.getAttribute('aria-describedby')!.split(' ');
    const root = email.getRootNode() as ShadowRoot;
    expect(describedBy.map((id) => root.getElementById(id)?.textContent ?? '').join(' ')).to.not.equal('');
    const phone = (await findByShadowRole(widget, 'textbox', { name: /^Teléfono/ })) as HTMLInputElement;
    expect(phone.getAttribute('aria-invalid')).to.not.equal('true');
  });

  it('WordPress REST error {code, message, data:{status, params}}: the phone message lands on the phone field', async () => {
    latePointFake();
    useHandlers(
      http.post(`${base}/bookings`, () =>
        HttpResponse.json({ code: 'rest_invalid_param', message: 'Invalid parameter(s): customer', data: { status: 400, params: { 'customer.phone': 'Este teléfono ya pertenece a otro cliente' } } }, { status: 400 }),
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const phone = (await findByShadowRole(widget, 'textbox', { name: /^Teléfono/ })) as HTMLInputElement;
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).to.equal('true'));
    await findByShadowText(widget, /Este teléfono ya pertenece a otro cliente/);
  });

  it('429 with Retry-After: says when, keeps everything, and the retry books once', async () => {
    const fake = latePointFake();
    const sent = recordRequests();
    let limited = true;
    useHandlers(
      http.post(`${base}/bookings`, () =>
        limited ? HttpResponse.json({ status: 'error', error: { code: 'rate_limit_exceeded', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '120' } }) : undefined,
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await waitFor(() => expect(errorText(widget)).to.contain('120 segundos'));
    limited = false;
    await click(await button(widget, 'Reintentar'));
    await heading(widget, /Solicitud de reserva recibida/);
    expect(bookingPosts(sent)).to.have.length(2);
    expect(fake.state.bookings.filter((b) => b.status === 'pending')).to.have.length(1);
  });

  it('503 "LatePoint not available" (core plugin off): explains, and "Try again" works once it is back', async () => {
    const fake = latePointFake();
    fake.state.settings.pluginActive = false;
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('Algo salió mal por nuestra parte'));
    fake.state.settings.pluginActive = true;
    await click(await button(widget, 'Reintentar'));
    await button(widget, /Consulta General/);
    expect(errorText(widget)).to.equal('');
  });

  it('malformed JSON from the site (a PHP notice before the body): a readable message and a retry', async () => {
    latePointFake();
    useHandlers(http.get(`${base}/locations`, () => new HttpResponse('<b>Notice</b>: Undefined index {"success":true}', { status: 200, headers: { 'Content-Type': 'application/json' } })));
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('no pudimos leer'));
    expect(await button(widget, 'Reintentar')).to.exist;
  });

  it('a time taken between availability and booking: back to the calendar, fresh times, details kept', async () => {
    const fake = latePointFake();
    const widget = await mountWidget();
    const label = await chooseUpToDetails(widget, /María García/);
    await fillDetails(widget, { ...ana, notes: 'Traigo radiografías' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    const slot = widget.state.slot!;
    const asked = () => fake.requests.filter((r) => r.url.pathname.endsWith('/availability')).length;
    const before = asked();
    fake.takeSlot({ serviceId: IDS.consultation, agentId: IDS.maria, date: slot.date, time: slot.time, locationId: IDS.main });

    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.contain('alguien acaba de reservar esa hora'));
    await waitFor(() => expect(asked()).to.be.greaterThan(before));
    // A month of availability is one request per agent and day: give it the fixture's calendar time limit.
    const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ }, { timeout: 6000 });
    await waitFor(() => expect(queryByShadowRole(group, 'button', { name: label })).to.equal(null));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.body).to.deep.include({ agent_id: IDS.maria, start_date: slot.date, start_time: slot.time });

    const others = await pickFirstAvailableDay(widget);
    await click(others[0]);
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    expect(notes.value).to.equal('Traigo radiografías');
  });
});
