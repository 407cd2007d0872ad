/**
 * `<booking-manage>` on its own, driven as a customer against the real SalonBookIt adapter and its
 * fake backend at the HTTP edge: a booking found by its code and cancelled with a reason, the
 * signed-in customer's upcoming bookings, and every refusal (BOOKING_NOT_FOUND, CANNOT_CANCEL,
 * CANCELLATION_DEADLINE_PASSED, an ended session) in plain words.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import '../../src/components/manage/manage.js';
import type { BookingManage } from '../../src/components/manage/manage.js';
import type { BookingCancelledEvent, BookingSignedOutEvent } from '../../src/components/manage/events.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { addPlainDays, parsePlainDate, todayIn } from '../../src/core/zoned-time.js';
import {
  createSalonBookItFake,
  SALONBOOKIT_DEMO_CUSTOMER as LUCIA,
  SALONBOOKIT_IDS as ID,
  type SalonBookItFakeOptions,
} from '../../src/mocks/salonbookit/index.js';
import { click, deepActiveElement, findAllByShadowRole, findByShadowRole, press, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const apiBase = 'https://salon.example/api/v1';
const zone = 'Europe/Madrid';
const KEY = 'hh_pub_test_abc123';

function setUp(options: SalonBookItFakeOptions = {}) {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: zone, apiKey: KEY, ...options });
  useHandlers(...fake.handlers);
  const adapter = createSalonBookItAdapter({ apiBase, apiKey: KEY, timeZone: zone });
  return { fake, adapter };
}

/** A weekday at least `days` ahead in the salon's zone (the professionals work Monday to Friday). */
function weekdayAhead(days: number): string {
  let date = addPlainDays(todayIn(zone), days);
  while ([0, 6].includes(parsePlainDate(date).getDay())) date = addPlainDays(date, 1);
  return date;
}

const mount = (adapter: BookingAdapter, options: { locale?: string; signedIn?: boolean } = {}) =>
  fixture<BookingManage>(html`<booking-manage
    locale=${options.locale ?? 'en'}
    timezone=${zone}
    currency="EUR"
    .adapter=${adapter}
    .signedIn=${options.signedIn ?? false}
  ></booking-manage>`);

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rows = (card: Element) =>
  Object.fromEntries([...card.querySelectorAll('dl > div')].map((row) => [plain(row.querySelector('dt')!.textContent), plain(row.querySelector('dd')!.textContent)]));
const button = (root: Element, name: string | RegExp) => findByShadowRole(root as HTMLElement, 'button', { name }, { timeout: 4000 });
const card = (root: Element, name: RegExp) => findByShadowRole(root as HTMLElement, 'article', { name }, { timeout: 4000 });
const cancelPosts = (fake: ReturnType<typeof setUp>['fake']) => fake.requests.filter((r) => r.method === 'POST' && /\/cancelar\/$/.test(r.url.pathname));

async function findByCode(el: BookingManage, code: string, label: RegExp = /^Booking code/, submit = 'Find booking') {
  await type(await findByShadowRole(el, 'textbox', { name: label }), code);
  await click(await button(el, submit));
}

describe('<booking-manage>: a booking by its code', () => {
  useNetwork();

  it('finds it, cancels it once with a reason, and says what is refunded', async () => {
    const { fake, adapter } = setUp();
    const date = weekdayAhead(5);
    const booked = fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: date, horaInicio: '10:00' });
    const el = await mount(adapter);
    expect(queryByShadowRole(el, 'heading', { name: 'My upcoming bookings' }), 'not signed in').to.equal(null);
    await findByShadowRole(el, 'heading', { name: 'Find a booking' });
    // Typed as people do, in lower case with a stray space.
    await findByCode(el, ` ${booked.codigo.toLowerCase()}`);

    const found = await card(el, /Corte Clásico/);
    expect(deepActiveElement()?.textContent).to.equal('Corte Clásico');
    const details = rows(found);
    expect(details['Date and time']).to.match(/10:00 AM/);
    expect(details['Date and time']).to.contain('Central European');
    expect(details).to.deep.include({ Professional: 'Carlos García', Total: '€25.00', Status: 'Confirmed', 'Booking reference': booked.codigo });

    await click(await button(found, 'Cancel booking'));
    const reason = await findByShadowRole(found, 'textbox', { name: 'Reason for cancelling (optional)' });
    expect(deepActiveElement()).to.equal(reason);
    await findByShadowRole(found, 'form', { name: /^Cancel your booking on .*10:00 AM\?$/ });
    await expect(el).to.be.accessible();
    await type(reason, 'Cambio de planes');

    // The answer waits until released, so a second press meets the request in flight.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(http.post(`${apiBase}/reservas/:id/cancelar/`, async () => {
      await held;
      return undefined;
    }));
    const cancelled = oneEvent(el, 'booking-cancelled') as Promise<BookingCancelledEvent>;
    const confirm = await button(found, 'Cancel booking');
    await click(confirm);
    await waitFor(() => expect(confirm.textContent!.trim()).to.equal('Cancelling…'));
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    await click(confirm);
    await press('Enter');
    release();

    const { detail } = await cancelled;
    expect(detail).to.deep.equal({ id: String(booked.id), code: booked.codigo, refund: { amount: 25, currency: 'EUR', status: 'pendiente' } });
    const outcome = await waitFor(() => {
      const box = found.querySelector('[part~="success"]');
      if (!box) throw new Error('no outcome yet');
      return box;
    });
    expect(plain(outcome.textContent)).to.equal('Booking cancelled A refund of €25.00 is on its way (pending).');
    expect(deepActiveElement()).to.equal(outcome);
    expect(rows(found).Status).to.equal('Cancelled');
    expect(queryByShadowRole(found, 'button', { name: 'Cancel booking' })).to.equal(null);
    expect(cancelPosts(fake)).to.have.length(1);
    expect(cancelPosts(fake)[0].body).to.deep.equal({ motivo: 'Cambio de planes' });
    expect(fake.state.bookings.find((b) => b.id === booked.id)).to.include({ estado: 'cancelada', motivo_cancelacion: 'Cambio de planes' });
    await expect(el).to.be.accessible();
  });

  it('"Keep booking" (or Escape) closes the question, sends nothing and puts focus back', async () => {
    const { fake, adapter } = setUp();
    const booked = fake.takeSlot({ peluqueroId: ID.lucia, servicioIds: [ID.haircut], fecha: weekdayAhead(4), horaInicio: '12:00' });
    const el = await mount(adapter);
    await findByCode(el, booked.codigo);
    const found = await card(el, /Corte Clásico/);
    await click(await button(found, 'Cancel booking'));
    await click(await button(found, 'Keep booking'));
    const again = await button(found, 'Cancel booking');
    expect(deepActiveElement()).to.equal(again);
    expect(queryByShadowRole(found, 'textbox')).to.equal(null);
    // Escape says "keep it" too.
    await click(again);
    await press('Escape');
    expect(deepActiveElement()).to.equal(await button(found, 'Cancel booking'));
    expect(cancelPosts(fake)).to.have.length(0);
  });

  it('BOOKING_NOT_FOUND and an empty code, in Spanish: what is wrong and where the code is', async () => {
    const { fake, adapter } = setUp();
    const el = await mount(adapter, { locale: 'es' });
    await findByShadowRole(el, 'heading', { name: 'Buscar una reserva' });
    // The live region is there, out of sight but in the accessibility tree, before it has anything to say.
    const region = el.shadowRoot!.querySelector('#find-message')!;
    expect(region.textContent!.trim()).to.equal('');
    expect(getComputedStyle(region).display).to.not.equal('none');
    await click(await button(el, 'Buscar reserva'));
    const input = await findByShadowRole(el, 'textbox', { name: /^Código de reserva/ });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).to.equal('true'));
    expect(deepActiveElement()).to.equal(input);
    expect(plain(el.shadowRoot!.querySelector('#code-error')!.textContent)).to.equal('Escribe el código de tu correo de confirmación.');
    expect(fake.requests.some((r) => r.url.pathname.includes('/codigo/'))).to.equal(false);

    await findByCode(el, 'ZZZ99999', /^Código de reserva/, 'Buscar reserva');
    const said = 'No encontramos ninguna reserva con el código ZZZ99999. Revisa el código en tu correo de confirmación.';
    await waitFor(() => expect(plain(el.shadowRoot!.querySelector('#find-message')!.textContent)).to.equal(said));
    // The field says so too, for whoever lands on it.
    expect(input.getAttribute('aria-describedby')).to.contain('find-message');
    expect(fake.requests.filter((r) => r.url.pathname === '/api/v1/reservas/codigo/ZZZ99999/')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('CANNOT_CANCEL (the salon cancelled it meanwhile): plain words, no more cancel button, focus on the message', async () => {
    const { fake, adapter } = setUp();
    const booked = fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: weekdayAhead(6), horaInicio: '17:00' });
    const el = await mount(adapter);
    await findByCode(el, booked.codigo);
    const found = await card(el, /Corte Clásico/);
    await click(await button(found, 'Cancel booking'));
    fake.state.bookings.find((b) => b.id === booked.id)!.estado = 'cancelada';
    await click(await button(found, 'Cancel booking'));
    const said = 'This booking can no longer be cancelled: it has already taken place or was already cancelled.';
    await waitFor(() => expect(plain(found.querySelector('[part~="error"]')?.textContent)).to.equal(said));
    expect(deepActiveElement()).to.equal(found.querySelector('[part~="error"]'));
    expect(queryByShadowRole(found, 'button', { name: 'Cancel booking' })).to.equal(null);
    expect(queryByShadowRole(found, 'form')).to.equal(null);
  });

  it('CANCELLATION_DEADLINE_PASSED: too late to cancel online, in plain words', async () => {
    const { fake, adapter } = setUp();
    const booked = fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.beard], fecha: weekdayAhead(3), horaInicio: '09:30' });
    const el = await mount(adapter);
    await findByCode(el, booked.codigo);
    const found = await card(el, /Arreglo de barba/);
    await click(await button(found, 'Cancel booking'));
    // The salon lengthened its notice period after the booking was looked up.
    fake.state.business.tiempo_cancelacion_horas = 24 * 30;
    await click(await button(found, 'Cancel booking'));
    await waitFor(() =>
      expect(plain(found.querySelector('[part~="error"]')?.textContent)).to.equal('It is too late to cancel this booking online. Please contact us directly.'));
    expect(queryByShadowRole(found, 'button', { name: 'Cancel booking' })).to.equal(null);
    expect(fake.state.bookings.find((b) => b.id === booked.id)!.estado).to.equal('confirmada');
  });

  it('a booking the backend says can no longer be cancelled offers no cancel button', async () => {
    const { fake, adapter } = setUp();
    const booked = fake.takeSlot({ peluqueroId: ID.carlos, servicioIds: [ID.haircut], fecha: weekdayAhead(3), horaInicio: '12:00' });
    fake.state.business.tiempo_cancelacion_horas = 24 * 30;
    const el = await mount(adapter);
    await findByCode(el, booked.codigo);
    const found = await card(el, /Corte Clásico/);
    expect(rows(found).Status).to.equal('Confirmed');
    expect(queryByShadowRole(found, 'button', { name: 'Cancel booking' })).to.equal(null);
  });
});

describe('<booking-manage>: my upcoming bookings', () => {
  useNetwork();

  it('lists the signed-in customer\'s upcoming bookings, cancelled last, and cancels one with a reason', async () => {
    const { fake, adapter } = setUp({ demoBookings: true });
    fake.seedBooking({ peluqueroId: ID.lucia, servicioIds: [ID.haircut], fecha: weekdayAhead(1), horaInicio: '10:00', estado: 'cancelada' });
    await adapter.login!({ email: LUCIA.email, password: LUCIA.password });
    const el = await mount(adapter, { signedIn: true });
    await findByShadowRole(el, 'heading', { name: 'My upcoming bookings' });
    const cards = await waitFor(async () => {
      const list = await findAllByShadowRole(el, 'article');
      if (list.length < 3) throw new Error('not listed yet');
      return list;
    });
    // The completed visit two weeks ago is not upcoming; the cancelled one goes last.
    // The services as a list in the customer's language.
    expect(cards.map((c) => plain(c.querySelector('h3')!.textContent))).to.deep.equal(['Corte Clásico and Arreglo de barba', 'Color completo', 'Corte Clásico']);
    expect(cards.map((c) => rows(c).Status)).to.deep.equal(['Confirmed', 'Waiting for confirmation', 'Cancelled']);
    expect(rows(cards[0])).to.deep.include({ Professional: 'Carlos García', Total: '€37.50' });
    expect(queryByShadowRole(cards[2], 'button', { name: 'Cancel booking' })).to.equal(null);
    const listed = fake.requests.find((r) => r.url.pathname === '/api/v1/cliente/reservas/')!;
    expect(listed.headers.get('Authorization')).to.match(/^Bearer /);
    expect(listed.url.searchParams.get('desde')).to.equal(todayIn(zone));
    await expect(el).to.be.accessible();

    await click(await button(cards[1], 'Cancel booking'));
    await type(await findByShadowRole(cards[1], 'textbox', { name: /^Reason for cancelling/ }), 'Estaré de viaje');
    await expect(el).to.be.accessible();
    await click(await button(cards[1], 'Cancel booking'));
    await waitFor(() => expect(plain(cards[1].querySelector('[part~="success"]')?.textContent)).to.equal('Booking cancelled A refund of €60.00 is on its way (pending).'));
    expect(rows(cards[1]).Status).to.equal('Cancelled');
    const colour = fake.state.bookings.find((b) => b.servicio_ids.includes(ID.colour))!;
    expect(colour).to.include({ estado: 'cancelada', motivo_cancelacion: 'Estaré de viaje' });
    expect(cancelPosts(fake)[0].headers.get('Authorization')).to.match(/^Bearer /);
  });

  it('one cancel at a time: another card waits, and the answer moves neither its form nor the focus', async () => {
    const { fake, adapter } = setUp({ demoBookings: true });
    await adapter.login!({ email: LUCIA.email, password: LUCIA.password });
    const el = await mount(adapter, { signedIn: true });
    const [first, second] = await waitFor(async () => {
      const list = await findAllByShadowRole(el, 'article');
      if (list.length < 2) throw new Error('not listed yet');
      return list;
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    useHandlers(http.post(`${apiBase}/reservas/:id/cancelar/`, async () => {
      await held;
      return undefined;
    }));
    await click(await button(first, 'Cancel booking'));
    const confirm = await button(first, 'Cancel booking');
    await click(confirm);
    await waitFor(() => expect(confirm.textContent!.trim()).to.equal('Cancelling…'));

    // The other card's button says it waits, and for what.
    const other = await button(second, 'Cancel booking');
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    const description = other.getAttribute('aria-describedby')!.split(' ').map((id) => plain(el.shadowRoot!.getElementById(id)!.textContent));
    expect(description).to.deep.equal(['Corte Clásico and Arreglo de barba', 'Cancelling…']);
    await click(other);
    expect(queryByShadowRole(second, 'form')).to.equal(null);
    // The customer has moved on to the other card: the answer leaves them there.
    // (Compared as a boolean: a failing comparison of two elements makes chai print the DOM at length.)
    expect(deepActiveElement() === other, 'focus on the other card').to.equal(true);
    const cancelled = oneEvent(el, 'booking-cancelled') as Promise<BookingCancelledEvent>;
    release();
    await cancelled;
    await waitFor(() => expect(plain(first.querySelector('[part~="success"]')?.textContent)).to.contain('Booking cancelled'));
    expect(deepActiveElement() === other, 'focus still on the other card').to.equal(true);
    await waitFor(() => expect(other.getAttribute('aria-disabled')).to.equal('false'));
    expect(other.hasAttribute('aria-describedby')).to.equal(false);

    // Now it opens, and its own cancel goes through.
    await click(other);
    const reason = await findByShadowRole(second, 'textbox', { name: /^Reason for cancelling/ });
    expect(deepActiveElement()).to.equal(reason);
    await type(reason, 'Otro día');
    await click(await button(second, 'Cancel booking'));
    await waitFor(() => expect(plain(second.querySelector('[part~="success"]')?.textContent)).to.contain('Booking cancelled'));
    expect(cancelPosts(fake).map((r) => r.body)).to.deep.equal([{}, { motivo: 'Otro día' }]);
    await expect(el).to.be.accessible();
  });

  it('in Arabic, a booking\'s services are listed with the Arabic conjunction', async () => {
    const { adapter } = setUp({ demoBookings: true });
    await adapter.login!({ email: LUCIA.email, password: LUCIA.password });
    const el = await mount(adapter, { signedIn: true, locale: 'ar' });
    const first = await findByShadowRole(el, 'article', { name: /Arreglo de barba/ }, { timeout: 4000 });
    expect(plain(first.querySelector('h3')!.textContent)).to.equal('Corte Clásico وArreglo de barba');
  });

  it('an ended session: asks to sign in again and tells the page', async () => {
    const { fake, adapter } = setUp({ demoBookings: true });
    await adapter.login!({ email: LUCIA.email, password: LUCIA.password });
    fake.expireTokens({ refresh: true });
    const ended = new Promise<BookingSignedOutEvent>((resolve) => document.addEventListener('booking-signed-out', resolve, { once: true }));
    const el = await mount(adapter, { signedIn: true });
    expect((await ended).detail).to.deep.equal({ reason: 'expired' });
    await waitFor(() => expect(plain(el.shadowRoot!.querySelector('[part~="error"]')?.textContent)).to.equal('Your session has ended. Please sign in again to see your bookings.'));
    expect(queryByShadowRole(el, 'button', { name: 'Try again' })).to.equal(null);
  });

  it('no upcoming bookings: says so', async () => {
    const { adapter } = setUp();
    await adapter.login!({ email: LUCIA.email, password: LUCIA.password });
    const el = await mount(adapter, { signedIn: true });
    await waitFor(() => expect(plain(el.shadowRoot!.querySelector('[aria-labelledby="mine-title"] [role="status"]')?.textContent)).to.equal('You have no upcoming bookings.'));
  });
});
