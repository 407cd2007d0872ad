/**
 * A Miketsu class whose sessions cannot be read (the employee calendar refused: a customer session, or
 * `route-layout="public"` without `merchant-id`) has no session ids, so none of its times can be joined.
 * The widget says so as soon as the class is chosen instead of listing times that fail at confirm.
 * Driven as a customer against the fake Miketsu backend with its calendar route refusing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { miketsuBackend } from '../../src/adapters/miketsu.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import type { BookingErrorEvent } from '../../src/events.js';
import { createMiketsuFake, MIKETSU_IDS } from '../../src/mocks/miketsu/index.js';
import { click, queryAllByShadowRole, queryByShadowRole, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';
import { button, heading, oneEvent } from './citapro-fixture.js';
import '../../src/index.js';

registerBackend('miketsu', miketsuBackend);

const apiBase = 'https://host.example/api/v1';
const zone = 'America/Guayaquil';

async function mountWidget(): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'miketsu', 'api-base': apiBase, merchant: MIKETSU_IDS.merchant, timezone: zone, currency: 'USD' };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const errorText = (widget: BookingWidget) => plain(widget.shadowRoot!.querySelector('[part="error"]')?.textContent);

describe('<booking-widget backend="miketsu">: a class that cannot be joined online', () => {
  useNetwork();

  it('says so when the class is chosen: no times offered, no retry, the merchant told why; appointments still book', async function () {
    this.timeout(30_000);
    const fake = createMiketsuFake({ baseUrl: apiBase, timeZone: zone });
    useHandlers(...fake.handlers);
    // The merchant catalog is readable (yoga is known as a class) but the calendar with the session ids is not.
    useHandlers(http.get(`${apiBase}/bookings/calendar/events`, () =>
      HttpResponse.json({ error: { message: 'this resource can only be accessed with [owner admin staff] roles' } }, { status: 403 })));
    const logged: string[] = [];
    const { warn, error } = console;
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const widget = await mountWidget();
      await heading(widget, 'Elige un servicio');
      const failed = oneEvent(widget, 'booking-error') as Promise<BookingErrorEvent>;
      await click(await button(widget, /Yoga en grupo/));
      await heading(widget, 'Elige fecha y hora');
      expect((await failed).detail).to.include({ code: 'unauthorized', recoverable: false, step: 'datetime' });
      await waitFor(() => expect(errorText(widget)).to.contain('La reserva en línea no está disponible'));
      expect(queryByShadowRole(widget, 'button', { name: 'Reintentar' })).to.equal(null);
      expect(queryAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ }), 'no day offered').to.have.length(0);
      expect(logged.join('\n')).to.contain('calendar/events').and.to.contain('booking_id');
      const asked = fake.requests.map((r) => r.url.pathname);
      expect(asked.some((p) => p.endsWith(`/services/${MIKETSU_IDS.yoga}/availability`)), 'no unjoinable times fetched').to.equal(false);
      expect(fake.requests.filter((r) => r.method === 'POST')).to.have.length(0);
      await expect(widget).to.be.accessible();

      // Back to the services: an appointment is offered its times as before, and the error is gone.
      await click(await button(widget, 'Atrás'));
      await heading(widget, 'Elige un servicio');
      await click(await button(widget, /Corte/));
      await heading(widget, 'Elige fecha y hora');
      await waitFor(() => expect(queryAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ })).to.not.have.length(0), { timeout: 8000 });
      expect(errorText(widget)).to.equal('');
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
