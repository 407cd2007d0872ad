/**
 * Every failure the docs name ends in a message a customer understands and a way forward, what
 * they typed survives, and a booking is never sent twice.
 */
import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createCitaProAdapter } from '../../src/adapters/citapro.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { BookingErrorEvent } from '../../src/events.js';
import { CITAPRO_IDS } from '../../src/mocks/index.js';
import { click, findByShadowRole, findByShadowText, queryByShadowRole, waitFor } from '../helpers/user.js';
import { recordRequests, useHandlers, useNetwork, type Recorded } from '../helpers/network.js';
import {
  apiBase,
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

const errorText = (widget: BookingWidget) => widget.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function reachReview(widget: BookingWidget) {
  await chooseUpToDetails(widget);
  await fillDetails(widget, { ...juan, notes: 'Traigo referencia' });
  await click(await button(widget, 'Continuar'));
  await heading(widget, 'Revisa tu reserva');
}

/** POSTs the page sent, whether or not a test handler answered before the fake backend. */
const bookingPosts = (sent: Recorded[]) => sent.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings');

describe('<booking-widget> on CitaPro: errors', () => {
  useNetwork();

  it('401: tells the customer booking is unavailable, tells the merchant why, offers no pointless retry', async () => {
    citaProFake({ apiKey: 'cpk_live_right' });
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const errorEvent = new Promise<BookingErrorEvent>((resolve) => document.addEventListener('booking-error', resolve, { once: true }));
      const widget = await mountWidget({ 'api-key': 'cpk_live_wrong' });
      const event = await errorEvent;
      expect(event.detail).to.include({ code: 'unauthorized', recoverable: false, status: 401 });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
      expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
      expect(logged.join('\n')).to.contain('Invalid API key.').and.to.contain('api-key');
    } finally {
      console.error = original;
    }
  });

  it('5xx while loading services: explains, and "Try again" loads them', async () => {
    citaProFake();
    let fail = true;
    useHandlers(
      http.get(`${apiBase}/v1/services`, () => (fail ? HttpResponse.json({ message: 'Server Error' }, { status: 503 }) : undefined)),
    );
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('Algo salió mal por nuestra parte'));
    fail = false;
    await click(await button(widget, 'Reintentar'));
    await button(widget, /Corte de cabello/);
    expect(errorText(widget)).to.equal('');
  });

  it('malformed JSON from the backend: a readable message and a retry', async () => {
    citaProFake();
    useHandlers(http.get(`${apiBase}/v1/locations`, () => new HttpResponse('<html>Bad gateway</html>', { status: 200 })));
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('no pudimos leer'));
    expect(await button(widget, 'Reintentar')).to.exist;
  });

  it('offline while loading the calendar: says so, keeps the choices, and retries', async () => {
    citaProFake();
    const widget = await mountWidget();
    await click(await button(widget, /Corte de cabello/));
    await click(await button(widget, /Sede Principal/));
    let offline = true;
    useHandlers(http.get(`${apiBase}/v1/bookings/availability`, () => (offline ? HttpResponse.error() : undefined)));
    await click(await button(widget, /Cualquier profesional/));
    await waitFor(() => expect(errorText(widget)).to.contain('no tienes conexión'));
    offline = false;
    await click(await button(widget, 'Reintentar'));
    const times = await pickFirstAvailableDay(widget);
    expect(times.length).to.be.greaterThan(0);
  });

  it('404 while listing professionals: explains and offers a retry', async () => {
    citaProFake();
    useHandlers(http.get(`${apiBase}/v1/people`, () => HttpResponse.json({ message: 'Not found.' }, { status: 404 })));
    const widget = await mountWidget();
    await click(await button(widget, /Corte de cabello/));
    await click(await button(widget, /Sede Principal/));
    await waitFor(() => expect(errorText(widget)).to.contain('No encontramos lo que buscabas'));
    expect(await button(widget, 'Reintentar')).to.exist;
  });

  it('a slot taken meanwhile: back to the calendar with fresh availability, everything else kept', async () => {
    const fake = citaProFake();
    const widget = await mountWidget();
    await click(await button(widget, /Corte de cabello/));
    await click(await button(widget, /Sede Principal/));
    await click(await button(widget, /María García/));
    const times = await pickFirstAvailableDay(widget);
    const label = times[0].textContent!.trim();
    await click(times[0]);
    await fillDetails(widget, { ...juan, notes: 'Traigo referencia' });
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');

    // Someone else books María at that time.
    const availabilityCalls = () => fake.requests.filter((r) => r.url.pathname === '/v1/bookings/availability').length;
    const before = availabilityCalls();
    const taken = fake.state.bookings.length;
    const slot = widget.state.slot!;
    fake.takeSlot({ locationId: CITAPRO_IDS.main, serviceId: CITAPRO_IDS.haircut, date: slot.date, time: slot.time, personId: CITAPRO_IDS.maria });

    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.contain('alguien acaba de reservar esa hora'));
    await waitFor(() => expect(availabilityCalls()).to.be.greaterThan(before));
    const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
    await waitFor(() => expect(queryByShadowRole(group, 'button', { name: label })).to.equal(null));
    expect(fake.state.bookings.length).to.equal(taken + 1);

    // Pick another time: the typed details are still there.
    const others = await pickFirstAvailableDay(widget);
    await click(others[0]);
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    expect(notes.value).to.equal('Traigo referencia');
  });

  it('422 with field details: back to the form, the message next to its field, typed data kept', async () => {
    citaProFake();
    useHandlers(
      http.get(`${apiBase}/v1/clients`, () => HttpResponse.json({ total: 0, items: [] })),
      http.post(`${apiBase}/v1/clients`, () =>
        HttpResponse.json(
          { message: 'The given data was invalid.', errors: { phone: ['<img src=x onerror="window.__pwned=1">Ese número ya está registrado en otra cuenta.'] } },
          { status: 422 },
        ),
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const phone = (await findByShadowRole(widget, 'textbox', { name: /^Teléfono/ })) as HTMLInputElement;
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).to.equal('true'));
    expect(phone.value).to.equal(juan.phone);
    // A backend text the catalog has no words for is shown as it came: as text, never as markup.
    const message = await findByShadowText(widget, /Ese número ya está registrado/);
    expect(message.textContent).to.contain('<img');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const describedBy = phone.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.some((id) => (phone.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.includes('Ese número ya está registrado'))).to.equal(true);
  });

  it('429 with a long Retry-After: says when to try again, keeps everything, and the retry books once', async () => {
    const fake = citaProFake();
    const sent = recordRequests();
    let limited = true;
    useHandlers(
      http.post(`${apiBase}/v1/bookings`, () =>
        limited ? HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '120' } }) : undefined,
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await waitFor(() => expect(errorText(widget)).to.contain('120 segundos'));
    await heading(widget, 'Revisa tu reserva');
    limited = false;
    await click(await button(widget, 'Reintentar'));
    await heading(widget, /Solicitud de reserva recibida/);
    expect(bookingPosts(sent)).to.have.length(2, 'the limited attempt and the retry');
    expect(fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/bookings')).to.have.length(1);
    expect(fake.state.bookings.filter((b) => b.clientId === CITAPRO_IDS.juan && b.internalNote === 'Traigo referencia')).to.have.length(1);
  });

  it('429 with a short Retry-After is waited out without bothering the customer', async () => {
    const fake = citaProFake();
    const sent = recordRequests();
    let attempts = 0;
    useHandlers(
      http.post(`${apiBase}/v1/bookings`, () =>
        ++attempts === 1 ? HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '0' } }) : undefined,
      ),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Solicitud de reserva recibida/);
    expect(attempts).to.equal(2);
    expect(bookingPosts(sent)).to.have.length(2);
    expect(fake.state.bookings.filter((b) => b.internalNote === 'Traigo referencia')).to.have.length(1);
  });

  it('a second click while the booking is in flight sends nothing more', async () => {
    citaProFake();
    const sent = recordRequests();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(
      http.post(`${apiBase}/v1/bookings`, async () => {
        await held;
        return undefined;
      }),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    const confirm = await button(widget, 'Confirmar reserva');
    await click(confirm);
    const busy = await button(widget, 'Reservando…');
    expect(busy.getAttribute('aria-disabled')).to.equal('true');
    await click(busy);
    await click(busy);
    release();
    await heading(widget, /Solicitud de reserva recibida/);
    expect(bookingPosts(sent)).to.have.length(1);
  });

  it('a booking whose answer never arrives: no automatic resend, and the customer is told to check before rebooking', async () => {
    citaProFake();
    const sent = recordRequests();
    useHandlers(
      http.post(`${apiBase}/v1/bookings`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const widget = await mountWidget();
    // The real CitaPro adapter with a short time limit, passed as a custom adapter.
    widget.adapter = createCitaProAdapter({ apiBase, timeZone: 'UTC', timeoutMs: 300 });
    await reachReview(widget);
    const failed = oneEvent(widget, 'booking-error');
    await click(await button(widget, 'Confirmar reserva'));
    expect((await failed).detail).to.include({ code: 'timeout' });
    await waitFor(() => expect(errorText(widget)).to.contain('No pudimos confirmar si tu reserva se realizó'));
    expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
    expect(bookingPosts(sent)).to.have.length(1);
  });

  it('a server error on booking: nothing resent on its own, the retry is the customer\'s', async () => {
    const fake = citaProFake();
    const sent = recordRequests();
    let fail = true;
    useHandlers(http.post(`${apiBase}/v1/bookings`, () => (fail ? HttpResponse.json({ message: 'Server Error' }, { status: 500 }) : undefined)));
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await waitFor(() => expect(errorText(widget)).to.contain('Algo salió mal por nuestra parte'));
    expect(bookingPosts(sent)).to.have.length(1);
    fail = false;
    await click(await button(widget, 'Reintentar'));
    await heading(widget, /Solicitud de reserva recibida/);
    expect(bookingPosts(sent)).to.have.length(2);
    expect(fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === '/v1/clients')).to.have.length(0);
  });

  it('a page with no api-base: the customer is told booking is unavailable, the merchant what to set', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const widget = await mountWidget({ 'api-base': '' });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
      expect(logged.join('\n')).to.contain('api-base');
    } finally {
      console.error = original;
    }
  });

  it('confirm() called again by script while a booking is in flight sends nothing more', async () => {
    citaProFake();
    const sent = recordRequests();
    const widget = await mountWidget();
    await reachReview(widget);
    const first = widget.confirm();
    const second = widget.confirm();
    await Promise.all([first, second]);
    await heading(widget, /Solicitud de reserva recibida/);
    expect(bookingPosts(sent)).to.have.length(1);
  });
});
