import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/confirmation/confirmation.js';
import type { BookingConfirmation } from '../../src/components/confirmation/confirmation.js';
import type { BookingConfirmation as Confirmation, ClientDetails, Location, Service } from '../../src/core/model.js';
import { BookingRestartEvent } from '../../src/events.js';
import { click, deepActiveElement, findByShadowRole, press } from '../helpers/user.js';

const service: Service = { id: 'cut', name: 'Haircut', durationMinutes: 30, price: 50 };
const location: Location = { id: 'centro', name: 'Centro', address: 'Calle Mayor 1' };
const client: ClientDetails = { firstName: 'Lucía', lastName: 'Pérez', email: 'l@example.com', phone: '600123456', notes: '' };
const base: Confirmation = { start: '2026-03-10T09:00:00Z', end: '2026-03-10T09:30:00Z' };

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** The description list as [term, value] pairs of visible text. */
const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('dl > div')].map((row) => [
    plain(row.querySelector('dt')!.textContent),
    plain(row.querySelector('dd')!.textContent),
  ]);
const part = (el: Element, name: string) => plain(el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent);

const confirmation = (locale: string, value: Confirmation, pending = false) =>
  fixture<BookingConfirmation>(html`<booking-confirmation
    locale=${locale}
    timezone="Europe/Madrid"
    .confirmation=${value}
    .service=${service}
    .location=${location}
    .client=${client}
    .pending=${pending}
  ></booking-confirmation>`);

describe('booking-confirmation', () => {
  it('thanks the customer and shows what was booked, in the business zone', async () => {
    const el = await confirmation('en', { ...base, id: '123', code: 'AB-12', professional: { id: 'ana', name: 'Ana López' } });
    expect(part(el, 'message')).to.equal('Thank you, Lucía. Your appointment is booked.');
    expect(rows(el)).to.deep.equal([
      ['Service', 'Haircut'],
      ['Date and time', 'Tuesday, March 10, 2026 at 10:00 AM Time zone: Central European Time (Madrid)'],
      ['Professional', 'Ana López'],
      ['Location', 'Centro Calle Mayor 1'],
    ]);
    expect(el.shadowRoot!.querySelector('[part~="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows what the booking costs when the backend says (after points or discounts), even for one service', async () => {
    const el = await confirmation('en', { ...base, code: 'ABC123XY', total: 0, currency: 'EUR' });
    expect(rows(el).slice(-2)).to.deep.equal([
      ['Duration', '30 min'],
      ['Price', 'Free'],
    ]);
    el.confirmation = { ...base, code: 'ABC123XY', total: 25, currency: 'EUR' };
    await el.updateComplete;
    expect(rows(el).at(-1)).to.deep.equal(['Price', '€25.00']);
  });

  it('prefers the booking code as reference, then the id, else says none came back', async () => {
    const el = await confirmation('en', { ...base, id: '123', code: 'AB-12' });
    expect(part(el, 'reference')).to.equal('Booking reference AB-12');
    el.confirmation = { ...base, id: '123' };
    await el.updateComplete;
    expect(part(el, 'reference')).to.equal('Booking reference 123');
    el.confirmation = { ...base };
    await el.updateComplete;
    expect(part(el, 'reference')).to.equal(
      'The booking system did not return a reference; you will receive one by email.',
    );
    expect(el.shadowRoot!.querySelector('[part~="reference-value"]')).to.equal(null);
    // Without a known professional there is no professional row.
    expect(rows(el).map(([term]) => term)).to.deep.equal(['Service', 'Date and time', 'Location']);
  });

  it('words a pending booking as a request received, in Spanish', async () => {
    const el = await confirmation('es', { ...base, code: 'XY9' }, true);
    expect(part(el, 'message')).to.equal(
      'Gracias, Lucía. Hemos recibido tu solicitud de reserva y te la confirmaremos pronto.',
    );
    expect(part(el, 'reference')).to.equal('Referencia de la reserva XY9');
    expect(rows(el)[1]).to.deep.equal(['Fecha y hora', 'martes, 10 de marzo de 2026, 10:00 Zona horaria: hora de Europa central (Madrid)']);
    el.pending = false;
    await el.updateComplete;
    expect(part(el, 'message')).to.equal('Gracias, Lucía. Tu cita está reservada.');
  });

  it('tells a signed-in customer the points they earned, plural-aware in each language; none for zero or unknown', async () => {
    const el = await confirmation('en', { ...base, code: 'SB1', pointsEarned: 25 });
    expect(part(el, 'points')).to.equal('You earned 25 points.');
    el.confirmation = { ...base, code: 'SB1', pointsEarned: 1 };
    await el.updateComplete;
    expect(part(el, 'points')).to.equal('You earned 1 point.');
    await expect(el).to.be.accessible();
    for (const pointsEarned of [0, undefined]) {
      el.confirmation = { ...base, code: 'SB1', pointsEarned };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="points"]'), `pointsEarned ${pointsEarned}`).to.equal(null);
    }
    const expected: Array<[string, number, string]> = [
      ['es', 1, 'Has ganado 1 punto.'],
      ['es', 25, 'Has ganado 25 puntos.'],
      ['pt-BR', 25, 'Você ganhou 25 pontos.'],
      ['ar', 2, 'كسبت نقطتين.'],
      ['ar', 3, 'كسبت 3 نقاط.'],
    ];
    for (const [locale, pointsEarned, text] of expected) {
      const localized = await confirmation(locale, { ...base, pointsEarned });
      expect(part(localized, 'points'), `${locale} ${pointsEarned}`).to.equal(text);
    }
  });

  it('offers to book another, by click or keyboard', async () => {
    const el = await confirmation('es', base);
    const button = await findByShadowRole(el, 'button', { name: 'Reservar otra cita' });
    const event = oneEvent<BookingRestartEvent>(el, BookingRestartEvent.eventName);
    await click(button);
    expect((await event).bubbles).to.equal(true);

    let fired = 0;
    el.addEventListener(BookingRestartEvent.eventName, () => fired++);
    expect(deepActiveElement()).to.equal(button);
    await press('Enter');
    expect(fired).to.equal(1);
  });

  it('fits 320px', async () => {
    const el = await fixture<BookingConfirmation>(html`<booking-confirmation
      style="width: 320px"
      locale="es"
      .confirmation=${{ ...base, code: 'A-VERY-LONG-BOOKING-CODE-WITHOUT-ANY-BREAKS-1234567890' }}
      .service=${service}
      .client=${client}
    ></booking-confirmation>`);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
