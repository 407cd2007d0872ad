/**
 * `<booking-widget backend="miketsu">` driven as a customer against the fake Miketsu backend at the
 * HTTP edge: a whole booking, both route layouts, cookie credentials, and the errors the docs name.
 */
import { expect } from '@open-wc/testing';
import { fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { miketsuBackend } from '../../src/adapters/miketsu.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import { instantToWallClock } from '../../src/core/zoned-time.js';
import type { BookingCreatedEvent, BookingErrorEvent } from '../../src/events.js';
import { createMiketsuFake, MIKETSU_IDS, type MiketsuFakeOptions } from '../../src/mocks/miketsu/index.js';
import { click, findByShadowRole, findByShadowText, queryByShadowRole, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { button, fillDetails, heading, juan, oneEvent, pickFirstAvailableDay } from './citapro-fixture.js';

registerBackend('miketsu', miketsuBackend);

const apiBase = 'https://host.example/api/v1';
const zone = 'America/Guayaquil';

function miketsuFake(options: Partial<MiketsuFakeOptions> = {}) {
  const fake = createMiketsuFake({ baseUrl: apiBase, timeZone: zone, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

async function mountWidget(attributes: Record<string, string> = {}): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'miketsu', 'api-base': apiBase, merchant: MIKETSU_IDS.merchant, timezone: zone, currency: 'USD', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

const errorText = (widget: BookingWidget) => widget.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Service → (the only location and no professional choice are skipped) → first free time → details → review. */
async function reachReview(widget: BookingWidget, notes = 'Primera visita') {
  await heading(widget, 'Elige un servicio');
  await click(await button(widget, /Corte de cabello/));
  await heading(widget, 'Elige fecha y hora');
  const times = await pickFirstAvailableDay(widget);
  await click(times[0]);
  await heading(widget, 'Tus datos');
  await fillDetails(widget, { ...juan, notes });
  await click(await button(widget, 'Continuar'));
  await heading(widget, 'Revisa tu reserva');
}

const bookingPosts = (fake: ReturnType<typeof createMiketsuFake>, path = '/api/v1/bookings/customer') =>
  fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === path);

describe('<booking-widget backend="miketsu">', () => {
  useNetwork();

  it('is axe-clean at every step of an appointment booking, including the confirmation without a reference', async function () {
    this.timeout(30000);
    miketsuFake();
    const widget = await mountWidget();
    await heading(widget, 'Elige un servicio');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Corte de cabello/));
    const times = await pickFirstAvailableDay(widget);
    await expect(widget).to.be.accessible();
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await expect(widget).to.be.accessible();
    await fillDetails(widget, juan);
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    await expect(widget).to.be.accessible();
  });

  it('books as a customer: the seed body with a Bearer key, no reference, the time then gone', async () => {
    const fake = miketsuFake({ apiKey: 'tok_live' });
    const widget = await mountWidget({ 'api-key': 'tok_live' });
    await heading(widget, 'Elige un servicio');
    // A free service and a "from" price are offered too.
    expect(await button(widget, /Consulta de color/)).to.exist;
    expect(queryByShadowRole(widget, 'heading', { name: 'Elige una sede' })).to.equal(null);
    await reachReview(widget);
    await findByShadowText(widget, /25,00\s€/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const event = await created;

    await heading(widget, /Solicitud de reserva recibida/);
    await findByShadowText(widget, /no devolvió una referencia/);
    const posts = bookingPosts(fake);
    expect(posts).to.have.length(1);
    expect(posts[0].headers.get('Authorization')).to.equal('Bearer tok_live');
    expect(new Set(fake.requests.map((r) => r.credentials)), 'cookies only for the same origin by default').to.deep.equal(new Set(['same-origin']));
    const body = posts[0].body as Record<string, unknown>;
    expect(Object.keys(body).sort(), 'name, e-mail and phone are not part of the API').to.deep.equal(['customer_note', 'location_id', 'merchant_name', 'service_id', 'timeStamp']);
    expect(body).to.include({ merchant_name: 'spa-retreat', service_id: MIKETSU_IDS.haircut, location_id: MIKETSU_IDS.location, customer_note: 'Primera visita' });
    expect(body.timeStamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // The availability of that day was asked again right before the POST.
    const before = fake.requests[fake.requests.indexOf(posts[0]) - 1];
    expect(before.url.pathname).to.match(/\/availability$/);

    expect(event.detail.bookingId).to.equal(undefined);
    expect(event.detail).to.deep.include({ start: body.timeStamp, timeZone: zone, location: { id: '456', name: 'Av. Amazonas N36-152, 170135 Quito, Ecuador' } });
    expect(event.detail.service).to.deep.include({ id: '123', price: 25, currency: 'EUR', durationMinutes: 45 });
    expect(Date.parse(event.detail.end) - Date.parse(event.detail.start)).to.equal(45 * 60_000);

    expect(fake.state.bookings).to.have.length(1);
    expect(fake.state.bookings[0]).to.include({ from_date: body.timeStamp, customer_note: 'Primera visita', customer: 'Bearer tok_live' });
    const wall = instantToWallClock(body.timeStamp as string, zone);
    const [day] = fake.availability({ serviceId: MIKETSU_IDS.haircut, from: wall.date, to: wall.date });
    expect([...day.morning, ...day.afternoon]).to.not.include(wall.time);
  });

  it('route-layout="public" with credentials="include": the /public routes, cookies sent with every request', async () => {
    const fake = miketsuFake({ layout: 'public' });
    const widget = await mountWidget({ 'route-layout': 'public', credentials: 'include' });
    await reachReview(widget, '');
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    const posts = bookingPosts(fake, '/api/v1/public/bookings/');
    expect(posts).to.have.length(1);
    expect(posts[0].body).to.not.have.property('customer_note');
    expect(posts[0].headers.has('Authorization'), 'no api-key, no header').to.equal(false);
    expect(fake.requests.map((r) => r.url.pathname)).to.include.members(['/api/v1/public/merchants/spa-retreat/', '/api/v1/public/merchants/spa-retreat/services']);
    expect(new Set(fake.requests.map((r) => r.credentials))).to.deep.equal(new Set(['include']));
    expect(fake.state.bookings).to.have.length(1);
  });

  it('a time booked meanwhile is caught before sending: back to the calendar, nothing POSTed', async () => {
    const fake = miketsuFake();
    const widget = await mountWidget();
    await reachReview(widget);
    const slot = widget.state.slot!;
    fake.takeSlot({ serviceId: MIKETSU_IDS.haircut, date: slot.date, time: slot.time });
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.contain('alguien acaba de reservar esa hora'));
    expect(bookingPosts(fake)).to.have.length(0);
    const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
    await waitFor(() => expect(queryByShadowRole(group, 'button', { name: slot.time })).to.equal(null));
  });

  for (const conflicts of ['seed', 'code'] as const) {
    it(`a time taken between the check and the POST (${conflicts === 'seed' ? '409, the seed' : '400 message, the code'}): back to the calendar`, async () => {
      const fake = miketsuFake({ conflicts });
      const widget = await mountWidget();
      await reachReview(widget);
      const slot = widget.state.slot!;
      // Another customer books that time just as this POST arrives; the fake then answers.
      useHandlers(http.post(`${apiBase}/bookings/customer`, () => {
        fake.takeSlot({ serviceId: MIKETSU_IDS.haircut, date: slot.date, time: slot.time });
      }, { once: true }));
      const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
      await click(await button(widget, 'Confirmar reserva'));
      const event = await failed;
      expect(event.detail).to.include({ code: 'slot-taken', status: conflicts === 'seed' ? 409 : 400 });
      await heading(widget, 'Elige fecha y hora');
      await waitFor(() => expect(errorText(widget)).to.contain('alguien acaba de reservar esa hora'));
      expect(bookingPosts(fake)).to.have.length(1);
      expect(fake.state.bookings).to.have.length(1);
    });
  }

  it('401 on booking: booking unavailable, the merchant told why, no retry', async () => {
    const fake = miketsuFake({ apiKey: 'tok_right' });
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const widget = await mountWidget({ 'api-key': 'tok_wrong' });
      await reachReview(widget);
      const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
      await click(await button(widget, 'Confirmar reserva'));
      expect((await failed).detail).to.include({ code: 'unauthorized', status: 401, recoverable: false });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
      expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
      expect(logged.join('\n')).to.contain('unauthorized');
      expect(fake.state.bookings).to.have.length(0);
    } finally {
      console.error = original;
    }
  });

  it('400 about the note: back to the form with the message at Notas, the text kept', async () => {
    // The form itself caps notes at 500 characters (the fake's limit), so a server rule the form does not know.
    const fake = miketsuFake();
    const message = 'customer note must not contain links';
    useHandlers(http.post(`${apiBase}/bookings/customer`, () => HttpResponse.json({ error: { message } }, { status: 400 })));
    const widget = await mountWidget();
    const note = 'Mi referencia: www.example.com';
    await reachReview(widget, note);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    await waitFor(() => expect(notes.getAttribute('aria-invalid')).to.equal('true'));
    expect(notes.value).to.equal(note);
    await findByShadowText(widget, message);
    expect(fake.state.bookings).to.have.length(0);
  });

  it('other 400 messages: a validation error on the review step, nothing booked', async () => {
    const fake = miketsuFake();
    const widget = await mountWidget({ merchant: 'spa-retreat' });
    await reachReview(widget);
    fake.state.merchant.url_name = 'renamed';
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const detail = (await failed).detail;
    expect(detail).to.include({ code: 'validation', status: 400 });
    // No field to point at: the backend's reason, framed in the customer's language.
    expect(detail.message).to.match(/^El sistema de reservas no aceptó la reserva: «.+»/);
    await findByShadowText(widget, detail.message);
    await heading(widget, 'Revisa tu reserva');
    expect(fake.state.bookings).to.have.length(0);
  });
});
