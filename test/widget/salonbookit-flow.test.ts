/**
 * `<booking-widget backend="salonbookit">` driven as a customer against the fake SalonBookIt backend at
 * the HTTP edge: a guest booking end to end, and every error the docs name as the customer meets it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/index.js';
import { salonBookItBackend } from '../../src/adapters/salonbookit.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import { instantToWallClock } from '../../src/core/zoned-time.js';
import type { BookingCreatedEvent, BookingErrorEvent } from '../../src/events.js';
import { createSalonBookItFake, SALONBOOKIT_IDS as ID, type SalonBookItFakeOptions } from '../../src/mocks/salonbookit/index.js';
import { click, findAllByShadowRole, findByShadowRole, findByShadowText, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { recordRequests, useHandlers, useNetwork, type Recorded } from '../helpers/network.js';

registerBackend('salonbookit', salonBookItBackend);

const apiBase = 'https://salon.example/api/v1';
const zone = 'Europe/Madrid';
const KEY = 'hh_pub_test_abc123';

function salonFake(options: SalonBookItFakeOptions = {}) {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: zone, apiKey: KEY, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

async function mountWidget(attributes: Record<string, string> = {}): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  for (const [name, value] of Object.entries({ backend: 'salonbookit', 'api-base': apiBase, 'api-key': KEY, currency: 'EUR', timezone: zone, ...attributes })) {
    element.setAttribute(name, value);
  }
  page.append(element);
  await element.updateComplete;
  return element;
}

const button = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'button', { name }, { timeout: 4000 });
const heading = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'heading', { name }, { timeout: 4000 });
// SalonBookIt books several services at once, so the service step is a multiple choice ended by "Continuar".
async function chooseService(root: HTMLElement, name: RegExp = /Corte Clásico/) {
  await click(await button(root, name));
  await click(await button(root, 'Continuar'));
}
const errorText = (widget: BookingWidget) => widget.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const bookingPosts = (sent: Recorded[]) => sent.filter((r) => r.method === 'POST' && r.url.pathname === '/api/v1/reservas/crear/');

async function pickFirstAvailableDay(root: HTMLElement): Promise<HTMLElement[]> {
  const days = await waitFor(
    async () => {
      const cells = await findAllByShadowRole(root, 'gridcell', { name: /con horas libres/ });
      const usable = cells.filter((cell) => cell.getAttribute('aria-disabled') !== 'true');
      if (usable.length === 0) throw new Error('no available day yet');
      return usable;
    },
    { timeout: 8000 },
  );
  await click(days[0]);
  const group = await findByShadowRole(root, 'group', { name: /^Horas del/ });
  return (await findAllByShadowRole(group, 'button')).filter((b) => /^\d/.test(b.textContent!.trim()));
}

async function fillDetails(root: HTMLElement, notes = '') {
  await type(await findByShadowRole(root, 'textbox', { name: /^Nombre/ }), 'Juan');
  await type(await findByShadowRole(root, 'textbox', { name: /^Apellidos/ }), 'Pérez');
  await type(await findByShadowRole(root, 'textbox', { name: /^Correo electrónico/ }), 'juan@email.com');
  await type(await findByShadowRole(root, 'textbox', { name: /^Teléfono/ }), '+34612345678');
  if (notes) await type(await findByShadowRole(root, 'textbox', { name: /^Notas/ }), notes);
}

async function reachReview(widget: BookingWidget, professional: RegExp = /Cualquier profesional/) {
  await chooseService(widget);
  await click(await button(widget, professional));
  const times = await pickFirstAvailableDay(widget);
  const label = times[0].textContent!.trim();
  await click(times[0]);
  await heading(widget, 'Tus datos');
  await fillDetails(widget, 'Primera visita');
  await click(await button(widget, 'Continuar'));
  await heading(widget, 'Revisa tu reserva');
  return label;
}

describe('<booking-widget backend="salonbookit">: a guest booking', () => {
  useNetwork();

  it('is axe-clean at every step of a guest booking, including the form with its errors and the confirmation', async function () {
    this.timeout(30000);
    salonFake();
    const widget = await mountWidget();
    await heading(widget, 'Elige un servicio');
    await expect(widget).to.be.accessible();
    await chooseService(widget);
    await heading(widget, 'Elige un profesional');
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Cualquier profesional/));
    const times = await pickFirstAvailableDay(widget);
    await expect(widget).to.be.accessible();
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await click(await button(widget, 'Continuar'));
    await findByShadowRole(widget, 'textbox', { name: /^Nombre/, description: /./ });
    await expect(widget).to.be.accessible();
    await fillDetails(widget);
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await expect(widget).to.be.accessible();
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, /Reserva confirmada|Solicitud de reserva recibida/);
    await expect(widget).to.be.accessible();
  });

  it('books with "any professional": no location step, the documented body, the code, total and currency', async () => {
    const fake = salonFake();
    const widget = await mountWidget();

    await heading(widget, 'Elige un servicio');
    expect(queryByShadowRole(widget, 'button', { name: /Permanente/ }), 'inactive services are hidden').to.equal(null);
    await chooseService(widget);
    await heading(widget, 'Elige un profesional');
    expect(queryByShadowRole(widget, 'button', { name: /Marta Ruiz/ }), 'inactive professionals are hidden').to.equal(null);
    expect(queryByShadowRole(widget, 'heading', { name: 'Elige una sede' })).to.equal(null);
    await click(await button(widget, /Cualquier profesional/));
    await heading(widget, 'Elige fecha y hora');
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await fillDetails(widget, 'Primera visita');
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await findByShadowText(widget, /25,00/);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const event = await created;
    await heading(widget, 'Reserva confirmada');

    // Availability: one professional × one day per call, with ?servicios=, everyone active asked.
    const asked = fake.requests.filter((r) => r.url.pathname.startsWith('/api/v1/disponibilidad/'));
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((r) => /^\/api\/v1\/disponibilidad\/(5|6)\/\d{4}-\d{2}-\d{2}\/$/.test(r.url.pathname) && r.url.search === '?servicios=15')).to.equal(true);
    expect(new Set(asked.map((r) => r.url.pathname.split('/')[4]))).to.deep.equal(new Set(['5', '6']));
    expect(fake.requests.every((r) => r.headers.get('X-API-Key') === KEY)).to.equal(true);

    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    const body = posts[0].body as Record<string, unknown>;
    const booking = fake.state.bookings[0];
    expect(Object.keys(body).sort()).to.deep.equal(['email', 'fecha', 'hora_inicio', 'nombre', 'notas', 'peluquero_id', 'servicio_ids', 'telefono']);
    expect(body).to.deep.include({ servicio_ids: [15], nombre: 'Juan Pérez', email: 'juan@email.com', telefono: '+34612345678', notas: 'Primera visita' });
    expect(body.peluquero_id).to.be.oneOf([ID.carlos, ID.lucia]);
    // What was booked is what the customer picked, on the salon's clock.
    expect(instantToWallClock(event.detail.start, zone)).to.deep.equal({ date: body.fecha, time: body.hora_inicio });
    expect(Date.parse(event.detail.end) - Date.parse(event.detail.start)).to.equal(30 * 60_000);

    expect(event.detail).to.deep.include({ bookingId: String(booking.id), code: booking.codigo, status: 'confirmed', timeZone: zone });
    expect(event.detail.service).to.deep.include({ id: '15', price: 25, currency: 'EUR' });
    expect(event.detail.professional?.id).to.equal(String(body.peluquero_id));
    expect(event.detail.location).to.equal(undefined);
    await findByShadowText(widget, booking.codigo);

    // The backend no longer offers that time.
    const slot = fake.slots(booking.peluquero_id, booking.fecha, [15]).find((s) => s.hora_inicio === booking.hora_inicio);
    expect(slot).to.include({ disponible: false, motivo: 'ocupado' });
  });

  it('books the chosen professional and asks only for them', async () => {
    const fake = salonFake();
    const widget = await mountWidget();
    await reachReview(widget, /Lucía Martín/);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Reserva confirmada');
    const asked = fake.requests.filter((r) => r.url.pathname.startsWith('/api/v1/disponibilidad/'));
    expect(asked.every((r) => r.url.pathname.startsWith('/api/v1/disponibilidad/6/'))).to.equal(true);
    expect((fake.requests.find((r) => r.method === 'POST')!.body as Record<string, unknown>).peluquero_id).to.equal(ID.lucia);
  });
});

describe('<booking-widget backend="salonbookit">: errors a customer meets', () => {
  useNetwork();

  for (const [title, options, code] of [
    ['a wrong key (401 INVALID_API_KEY)', { apiKey: 'hh_pub_live_right' }, 'INVALID_API_KEY'],
    ['a page outside the allowed domains (403 ORIGIN_NOT_ALLOWED)', { allowedOrigins: ['https://peluqueria-sol.example'] }, 'ORIGIN_NOT_ALLOWED'],
  ] as Array<[string, SalonBookItFakeOptions, string]>) {
    it(`${title}: booking is unavailable, the merchant's console says why, no pointless retry`, async () => {
      salonFake(options);
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      try {
        const failed = new Promise<BookingErrorEvent>((resolve) => document.addEventListener('booking-error', resolve, { once: true }));
        const widget = await mountWidget();
        expect((await failed).detail).to.include({ code: 'unauthorized', recoverable: false });
        await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
        expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
        expect(logged.join('\n')).to.contain(code);
      } finally {
        console.error = original;
      }
    });
  }

  it('a missing key (401 MISSING_API_KEY) is explained the same way', async () => {
    salonFake();
    const failed = new Promise<BookingErrorEvent>((resolve) => document.addEventListener('booking-error', resolve, { once: true }));
    const widget = await mountWidget({ 'api-key': '' });
    expect((await failed).detail).to.include({ code: 'unauthorized', status: 401 });
    await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
  });

  it('a slot taken meanwhile: back to the calendar, the time gone, the details kept', async () => {
    const fake = salonFake();
    const widget = await mountWidget();
    const label = await reachReview(widget, /Carlos García/);
    const slot = widget.state.slot!;
    fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [15], fecha: slot.date, horaInicio: slot.time });
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    expect((await failed).detail).to.include({ code: 'slot-taken', status: 409 });
    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.contain('alguien acaba de reservar esa hora'));
    const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
    await waitFor(() => expect(queryByShadowRole(group, 'button', { name: label })).to.equal(null));
    const others = await pickFirstAvailableDay(widget);
    await click(others[0]);
    const notes = (await findByShadowRole(widget, 'textbox', { name: /^Notas/ })) as HTMLTextAreaElement;
    expect(notes.value).to.equal('Primera visita');
  });

  it('400 VALIDATION_ERROR: back to the form with the message next to its field', async () => {
    salonFake();
    useHandlers(
      http.post(`${apiBase}/reservas/crear/`, () =>
        HttpResponse.json({ success: false, error: { code: 'VALIDATION_ERROR', message: 'Datos inválidos', details: { email: ['Ese correo está bloqueado.'] } } }, { status: 400 })),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const email = (await findByShadowRole(widget, 'textbox', { name: /^Correo electrónico/ })) as HTMLInputElement;
    await waitFor(() => expect(email.getAttribute('aria-invalid')).to.equal('true'));
    expect(email.value).to.equal('juan@email.com');
    await findByShadowText(widget, /Ese correo está bloqueado/);
  });

  it('400 INVALID_PHONE from the real fake: the phone field is marked', async () => {
    salonFake();
    const widget = await mountWidget();
    await chooseService(widget);
    await click(await button(widget, /Cualquier profesional/));
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await type(await findByShadowRole(widget, 'textbox', { name: /^Nombre/ }), 'Juan');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Apellidos/ }), 'Pérez');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Correo electrónico/ }), 'juan@email.com');
    // Seven digits pass the widget's own check, not the salon's (9 national digits or +country code).
    await type(await findByShadowRole(widget, 'textbox', { name: /^Teléfono/ }), '1234567');
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Revisa tu reserva');
    await click(await button(widget, 'Confirmar reserva'));
    await heading(widget, 'Tus datos');
    const phone = await findByShadowRole(widget, 'textbox', { name: /^Teléfono/ });
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).to.equal('true'));
    // "Número de teléfono inválido" is recognised and said in the widget's own words.
    const describedBy = phone.getAttribute('aria-describedby')!.split(' ');
    const said = describedBy.map((id) => (phone.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '').join(' ');
    expect(said).to.contain('Escribe un teléfono');
  });

  it('400 DATE_IN_PAST (the time passed while the customer typed): back to the calendar to pick another, details kept', async () => {
    salonFake();
    useHandlers(
      http.post(`${apiBase}/reservas/crear/`, () =>
        HttpResponse.json({ success: false, error: { code: 'DATE_IN_PAST', message: 'La fecha ya pasó' } }, { status: 400 })),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    expect((await failed).detail).to.include({ code: 'validation', status: 400 });
    await heading(widget, 'Elige fecha y hora');
    await waitFor(() => expect(errorText(widget)).to.contain('Esa hora ya no se puede reservar. Elige otra hora'));
    expect(widget.state.slot).to.equal(undefined);
    expect(widget.state.client.email).to.equal('juan@email.com');
  });

  it('404 SERVICE_NOT_FOUND on booking: explains it', async () => {
    salonFake();
    useHandlers(
      http.post(`${apiBase}/reservas/crear/`, () =>
        HttpResponse.json({ success: false, error: { code: 'SERVICE_NOT_FOUND', message: 'Servicio no encontrado' } }, { status: 404 })),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await waitFor(() => expect(errorText(widget)).to.contain('No encontramos lo que buscabas'));
  });

  it('404 PROFESSIONAL_NOT_FOUND for a chosen professional: explains it and retries', async () => {
    salonFake();
    let fail = true;
    useHandlers(
      http.get(`${apiBase}/disponibilidad/:p/:fecha/`, () =>
        fail ? HttpResponse.json({ success: false, error: { code: 'PROFESSIONAL_NOT_FOUND', message: 'Profesional no encontrado' } }, { status: 404 }) : undefined),
    );
    const widget = await mountWidget();
    await chooseService(widget);
    await click(await button(widget, /Carlos García/));
    await waitFor(() => expect(errorText(widget)).to.contain('No encontramos lo que buscabas'));
    fail = false;
    await click(await button(widget, 'Reintentar'));
    expect((await pickFirstAvailableDay(widget)).length).to.be.greaterThan(0);
  });

  it('429 RATE_LIMIT_EXCEEDED with Retry-After: says when, and the retry books once', async () => {
    const fake = salonFake();
    const sent = recordRequests();
    let limited = true;
    useHandlers(
      http.post(`${apiBase}/reservas/crear/`, () =>
        limited
          ? HttpResponse.json({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Demasiadas peticiones' } }, { status: 429, headers: { 'Retry-After': '45', 'X-RateLimit-Limit': '120', 'X-RateLimit-Remaining': '0' } })
          : undefined),
    );
    const widget = await mountWidget();
    await reachReview(widget);
    await click(await button(widget, 'Confirmar reserva'));
    await waitFor(() => expect(errorText(widget)).to.contain('45 segundos'));
    limited = false;
    await click(await button(widget, 'Reintentar'));
    await heading(widget, 'Reserva confirmada');
    expect(bookingPosts(sent)).to.have.length(2);
    expect(fake.state.bookings).to.have.length(1);
  });

  it('5xx while loading services: explains, and "Reintentar" loads them', async () => {
    salonFake();
    let fail = true;
    useHandlers(http.get(`${apiBase}/servicios/`, () => (fail ? HttpResponse.json({ success: false, error: { code: 'INTERNAL_ERROR', message: 'x' } }, { status: 503 }) : undefined)));
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('Algo salió mal por nuestra parte'));
    fail = false;
    await click(await button(widget, 'Reintentar'));
    await button(widget, /Corte Clásico/);
  });

  it('malformed JSON from the backend: a readable message, and the retry loads the professionals', async () => {
    salonFake();
    let broken = true;
    useHandlers(http.get(`${apiBase}/peluqueros/`, () => (broken ? new HttpResponse('<html>Bad gateway</html>', { status: 200 }) : undefined)));
    const widget = await mountWidget();
    await waitFor(() => expect(errorText(widget)).to.contain('no pudimos leer'));
    broken = false;
    await click(await button(widget, 'Reintentar'));
    await chooseService(widget);
    await button(widget, /Carlos García/);
    expect(errorText(widget)).to.equal('');
  });
});
