/**
 * Several services in one booking, on `<booking-widget backend="salonbookit">` (it declares
 * `multipleServices`), driven as a customer against the fake SalonBookIt backend at the HTTP edge.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { salonBookItBackend } from '../../src/adapters/salonbookit.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import type { BookingCreatedEvent } from '../../src/events.js';
import { createSalonBookItFake, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { click, findAllByShadowRole, findByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

registerBackend('salonbookit', salonBookItBackend);

const apiBase = 'https://salon.example/api/v1';
const zone = 'Europe/Madrid';
const KEY = 'hh_pub_test_abc123';

function salonFake() {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: zone, apiKey: KEY });
  useHandlers(...fake.handlers);
  return fake;
}

async function mountWidget(): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  for (const [name, value] of Object.entries({ backend: 'salonbookit', 'api-base': apiBase, 'api-key': KEY, currency: 'EUR', timezone: zone })) {
    element.setAttribute(name, value);
  }
  page.append(element);
  await element.updateComplete;
  return element;
}

/** Intl puts (narrow) no-break spaces in money and units; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const button = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'button', { name }, { timeout: 4000 });
const heading = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'heading', { name }, { timeout: 4000 });
/** The summary's rows as "term: value" lines, from the review or the confirmation. */
const rows = (widget: BookingWidget, tag: 'booking-review' | 'booking-confirmation') =>
  [...widget.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelectorAll('[part~="row"]')].map(
    (row) => `${plain(row.querySelector('dt')!.textContent)}: ${plain(row.querySelector('dd')!.textContent)}`,
  );
const availabilityAsked = (fake: ReturnType<typeof salonFake>) => fake.requests.filter((r) => r.url.pathname.startsWith('/api/v1/disponibilidad/'));

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

async function fillDetails(root: HTMLElement) {
  await type(await findByShadowRole(root, 'textbox', { name: /^Nombre/ }), 'Juan');
  await type(await findByShadowRole(root, 'textbox', { name: /^Apellidos/ }), 'Pérez');
  await type(await findByShadowRole(root, 'textbox', { name: /^Correo electrónico/ }), 'juan@email.com');
  await type(await findByShadowRole(root, 'textbox', { name: /^Teléfono/ }), '+34612345678');
}

describe('<booking-widget backend="salonbookit">: several services in one booking', () => {
  useNetwork();

  it('books a haircut and a beard trim together: combined availability, the documented body, totals everywhere', async function () {
    this.timeout(20000);
    const fake = salonFake();
    const widget = await mountWidget();

    await heading(widget, 'Elige un servicio');
    const next = await button(widget, 'Continuar');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    await findByShadowRole(widget, 'button', { name: 'Continuar', description: 'Elige al menos un servicio para continuar.' });
    await click(await button(widget, /Corte Clásico/));
    await click(await button(widget, /Arreglo de barba/));
    await waitFor(() => expect(plain(next.getAttribute('aria-disabled'))).to.equal('false'));
    const summary = widget.shadowRoot!.querySelector('booking-service-picker')!.shadowRoot!.querySelector('[part~="selection-summary"]');
    expect(plain(summary?.textContent)).to.equal('2 servicios · 1 h · 37,50 €');
    // Toggling does not move on; "Continuar" does.
    await heading(widget, 'Elige un servicio');
    await click(next);

    await heading(widget, 'Elige un profesional');
    await click(await button(widget, /Cualquier profesional/));
    await heading(widget, 'Elige fecha y hora');
    const times = await pickFirstAvailableDay(widget);
    await click(times[0]);
    await heading(widget, 'Tus datos');
    await fillDetails(widget);
    await click(await button(widget, 'Continuar'));

    await heading(widget, 'Revisa tu reserva');
    const review = rows(widget, 'booking-review');
    expect(review[0]).to.equal('Servicios: Corte Clásico 30 min · 25,00 € Arreglo de barba 30 min · 12,50 €');
    expect(review).to.include('Duración: 1 h');
    expect(review).to.include('Importe total: 37,50 €');
    await expect(widget).to.be.accessible();

    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirmar reserva'));
    const { detail } = await created;
    await heading(widget, 'Reserva confirmada');

    // Availability was asked for the two services together, sized for both.
    const asked = availabilityAsked(fake);
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((r) => r.url.searchParams.get('servicios') === `${ID.haircut},${ID.beard}`)).to.equal(true);
    // The backend received both services in one booking, an hour long.
    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect((posts[0].body as Record<string, unknown>).servicio_ids).to.deep.equal([ID.haircut, ID.beard]);
    expect(fake.state.bookings[0].servicio_ids).to.deep.equal([ID.haircut, ID.beard]);
    expect(Date.parse(detail.end) - Date.parse(detail.start)).to.equal(60 * 60_000);

    // The page hears about every service and the total; the old fields stay.
    expect(detail.services.map((s) => [s.id, s.price])).to.deep.equal([['15', 25], ['16', 12.5]]);
    expect(detail.total).to.deep.equal({ amount: 37.5, currency: 'EUR' });
    expect(detail.service).to.deep.include({ id: '15', name: 'Corte Clásico' });

    const confirmation = rows(widget, 'booking-confirmation');
    expect(confirmation[0]).to.equal('Servicios: Corte Clásico 30 min · 25,00 € Arreglo de barba 30 min · 12,50 €');
    expect(confirmation).to.include('Duración: 1 h');
    expect(confirmation).to.include('Importe total: 37,50 €');
  });

  it('adding a service after choosing a time: the time is dropped and availability asked again for both', async function () {
    this.timeout(20000);
    const fake = salonFake();
    const widget = await mountWidget();
    await click(await button(widget, /Corte Clásico/));
    await click(await button(widget, 'Continuar'));
    await click(await button(widget, /Carlos García/));
    await click((await pickFirstAvailableDay(widget))[0]);
    await heading(widget, 'Tus datos');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Nombre/ }), 'Juan');
    expect(availabilityAsked(fake).every((r) => r.url.searchParams.get('servicios') === '15')).to.equal(true);

    // Back to the services: the choice is shown, and adding one drops the time (it no longer fits).
    for (const step of ['Elige fecha y hora', 'Elige un profesional', 'Elige un servicio']) {
      await click(await button(widget, 'Atrás'));
      await heading(widget, step);
    }
    expect((await button(widget, /Corte Clásico/)).getAttribute('aria-pressed')).to.equal('true');
    await click(await button(widget, /Arreglo de barba/));
    await waitFor(() => expect(widget.state.slot).to.equal(undefined));
    const before = availabilityAsked(fake).length;
    await click(await button(widget, 'Continuar'));
    await heading(widget, 'Elige un profesional');
    expect((await button(widget, /Carlos García/)).getAttribute('aria-pressed')).to.equal('true');
    await click(await button(widget, /Carlos García/));
    await heading(widget, 'Elige fecha y hora');
    await pickFirstAvailableDay(widget);
    const again = availabilityAsked(fake).slice(before);
    expect(again.length).to.be.greaterThan(0);
    expect(again.every((r) => r.url.searchParams.get('servicios') === '15,16')).to.equal(true);
    // Everything typed is still there.
    expect(widget.state.client.firstName).to.equal('Juan');
  });

  it('the multiple-service picker is axe-clean with nothing and with services chosen', async function () {
    this.timeout(20000);
    salonFake();
    const widget = await mountWidget();
    await heading(widget, 'Elige un servicio');
    await button(widget, /Corte Clásico/);
    await expect(widget).to.be.accessible();
    await click(await button(widget, /Corte Clásico/));
    await click(await button(widget, /Color completo/));
    await expect(widget).to.be.accessible();
  });
});
