import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/review/review.js';
import type { BookingReview } from '../../src/components/review/review.js';
import type { ClientDetails, Location, Professional, Service, Slot } from '../../src/core/model.js';
import { localizationContext } from '../../src/context.js';
import { BookingConfirmEvent } from '../../src/events.js';
import { loadMessages } from '../../src/i18n/index.js';
import { VISITOR_ZONE } from '../core/dst-table.js';
import { click, deepActiveElement, findByShadowRole, press } from '../helpers/user.js';

const service: Service = { id: 'cut', name: 'Corte de pelo', durationMinutes: 90, price: 50 };
const location: Location = { id: 'centro', name: 'Centro', address: 'Calle Mayor 1, Madrid' };
const professional: Professional = { id: 'ana', name: 'Ana López' };
// 09:00 UTC is 10:00 in Madrid (winter time).
const slot: Slot = { date: '2026-03-10', time: '10:00', start: '2026-03-10T09:00:00Z', end: '2026-03-10T10:30:00Z', professionals: [] };
const client: ClientDetails = {
  firstName: 'Lucía',
  lastName: 'Pérez',
  email: 'lucia@example.com',
  phone: '+34600123456',
  notes: 'Alergia al látex',
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The description list as [term, value] pairs of visible text. */
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('dl > div')].map((row) => [
    plain(row.querySelector('dt')!.textContent),
    plain(row.querySelector('dd')!.textContent),
  ]);

const review = (locale: string, extra: { professional?: Professional; busy?: boolean; showTimeZone?: boolean } = {}) =>
  fixture<BookingReview>(html`<booking-review
    locale=${locale}
    timezone="Europe/Madrid"
    currency="USD"
    .service=${service}
    .location=${location}
    .professional=${extra.professional}
    .selectedSlot=${slot}
    .client=${client}
    .busy=${extra.busy ?? false}
    .showTimeZone=${extra.showTimeZone ?? true}
  ></booking-review>`);

describe('booking-review', () => {
  it('lists everything to be booked, in Spanish, with the time in the business zone', async () => {
    const el = await review('es', { professional });
    expect(rows(el)).to.deep.equal([
      ['Servicio', 'Corte de pelo'],
      ['Sede', 'Centro Calle Mayor 1, Madrid'],
      ['Profesional', 'Ana López'],
      ['Fecha y hora', 'martes, 10 de marzo de 2026, 10:00 Zona horaria: hora de Europa central (Madrid)'],
      ['Duración', '1 h 30 min'],
      ['Precio', '50,00 US$'],
      ['Tus datos', 'Lucía Pérez lucia@example.com +34600123456'],
      ['Notas', 'Alergia al látex'],
    ]);
    await findByShadowRole(el, 'button', { name: 'Confirmar reserva' });
    await expect(el).to.be.accessible();
  });

  it('says "any professional" when none was chosen, and can leave out the zone and empty notes', async () => {
    const el = await review('en', { showTimeZone: false });
    el.client = { ...client, notes: '  ' };
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([
      ['Service', 'Corte de pelo'],
      ['Location', 'Centro Calle Mayor 1, Madrid'],
      ['Professional', 'Any professional'],
      ['Date and time', 'Tuesday, March 10, 2026 at 10:00 AM'],
      ['Duration', '1 hr 30 min'],
      ['Price', '$50.00'],
      ['Your details', 'Lucía Pérez lucia@example.com +34600123456'],
    ]);
  });

  it('fires a confirm event on click and from the keyboard', async () => {
    const el = await review('en');
    let fired = 0;
    el.addEventListener(BookingConfirmEvent.eventName, (e) => {
      expect(e).to.be.instanceOf(BookingConfirmEvent);
      expect(e.bubbles).to.equal(true);
      fired++;
    });
    const button = await findByShadowRole(el, 'button', { name: 'Confirm booking' });
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await click(button);
    expect(fired).to.equal(1);
    await press('Enter');
    await press('Space');
    expect(fired).to.equal(3);
  });

  it('while busy says so and ignores clicks and keys, keeping focus on the button', async () => {
    const el = await review('es');
    let fired = 0;
    el.addEventListener(BookingConfirmEvent.eventName, () => fired++);
    const button = await findByShadowRole(el, 'button', { name: 'Confirmar reserva' });
    await press('Tab');
    expect(deepActiveElement()).to.equal(button);
    await press('Enter');
    expect(fired).to.equal(1);

    el.busy = true;
    await el.updateComplete;
    expect(plain(button.textContent)).to.equal('Reservando…');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.hasAttribute('disabled')).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
    await click(button);
    await press('Enter');
    await press('Space');
    expect(fired).to.equal(1);
    expect(deepActiveElement()).to.equal(button);
    await expect(el).to.be.accessible();

    el.busy = false;
    await el.updateComplete;
    expect(plain(button.textContent)).to.equal('Confirmar reserva');
    await press('Enter');
    expect(fired).to.equal(2);
  });

  it('fits 320px', async () => {
    const el = await fixture<BookingReview>(html`<booking-review
      style="width: 320px"
      locale="es"
      timezone="America/Argentina/Buenos_Aires"
      .service=${service}
      .selectedSlot=${slot}
      .client=${{ ...client, email: 'a-very-long-address-without-breaks@subdomain.example.com' }}
    ></booking-review>`);
    expect(el.scrollWidth).to.be.at.most(320);
    expect(plain(el.shadowRoot!.textContent)).to.contain('(Buenos Aires)');
  });

  it('inside the widget, shows the time in the zone the customer chose to see', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const messages = await loadMessages('es');
    const l10n = { locale: 'es', messages, timeZone: 'Europe/Madrid', displayTimeZone: 'Europe/Madrid', dir: 'ltr' as const, currency: 'USD' };
    const provider = new ContextProvider(host, { context: localizationContext, initialValue: l10n });
    const el = document.createElement('booking-review');
    Object.assign(el, { service, selectedSlot: slot, client });
    host.append(el);
    await el.updateComplete;
    const when = () => rows(el).find(([term]) => term === 'Fecha y hora')![1];
    expect(when()).to.equal('martes, 10 de marzo de 2026, 10:00 Zona horaria: hora de Europa central (Madrid)');

    // 09:00Z is 22:45 the same day in Chatham (+13:45).
    provider.setValue({ ...l10n, displayTimeZone: VISITOR_ZONE });
    await el.updateComplete;
    expect(when()).to.equal('martes, 10 de marzo de 2026, 22:45 Zona horaria: hora de Chatham');
  });
});
