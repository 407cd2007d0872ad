/**
 * `<booking-widget backend="salonbookit">`'s account side, driven as a customer against the fake
 * SalonBookIt backend at the HTTP edge: signing in, booking as the signed-in customer with loyalty
 * points, "My bookings" with cancel, "Manage a booking" by code, signing out — all offered from the
 * adapter's capabilities, with the booking's choices kept while a panel is open, and axe-clean.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { BookingCancelledEvent, BookingSignedInEvent, BookingSignedOutEvent } from '../../src/components/manage/events.js';
import type { BookingCreatedEvent } from '../../src/events.js';
import { SALONBOOKIT_DEMO_CUSTOMER as LUCIA, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { click, findAllByShadowRole, findByShadowRole, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useNetwork } from '../helpers/network.js';
import {
  button,
  chooseHaircutWithCarlos,
  focusedText,
  heading,
  mountWidget,
  pickFirstTime,
  plain,
  posts,
  salonFake,
  signIn,
  statusLine,
  weekdayAhead,
} from './salonbookit-account-fixture.js';

describe('<booking-widget backend="salonbookit">: account and managing bookings', () => {
  useNetwork();

  it('offers only what the backend declares: "Manage a booking" always, "Sign in" with customer-login', async () => {
    salonFake();
    const guest = await mountWidget();
    await heading(guest, 'Choose a service');
    await button(guest, 'Manage a booking');
    expect(queryByShadowRole(guest, 'button', { name: 'Sign in' })).to.equal(null);
    guest.remove();

    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    const bar = await findByShadowRole(widget, 'group', { name: 'Your account' });
    expect((await findAllByShadowRole(bar, 'button')).map((b) => plain(b.textContent))).to.deep.equal(['Manage a booking', 'Sign in']);
    await expect(widget).to.be.accessible();
  });

  it('a signed-in customer books with loyalty points: name and e-mail not asked, usar_puntos sent, points spent', async () => {
    const fake = salonFake();
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    const signedIn = oneEvent(widget, 'booking-signed-in') as Promise<BookingSignedInEvent>;
    await click(await button(widget, 'Sign in'));
    await heading(widget, 'Sign in to your account');
    expect(focusedText()).to.equal('Sign in to your account');
    await expect(widget).to.be.accessible();
    await signIn(widget);
    expect((await signedIn).detail).to.deep.include({ firstName: 'Lucía', lastName: 'Fernández', points: 120 });
    // Back on the booking, focus on its heading.
    expect(focusedText()).to.equal('Choose a service');
    expect((await findAllByShadowRole(await findByShadowRole(widget, 'group', { name: 'Your account' }), 'button')).map((b) => plain(b.textContent)))
      .to.deep.equal(['Manage a booking', 'My bookings', 'Sign out']);

    await chooseHaircutWithCarlos(widget);
    await pickFirstTime(widget);
    await heading(widget, 'Your details');
    const form = widget.shadowRoot!.querySelector('booking-client-form')!;
    expect(plain(form.shadowRoot!.querySelector('[part="account"]')!.textContent)).to.equal('Booking as Lucía Fernández (lucia@example.com)');
    for (const name of [/^First name/, /^Last name/, /^Email/]) expect(queryByShadowRole(form, 'textbox', { name })).to.equal(null);
    const phone = (await findByShadowRole(form, 'textbox', { name: /^Phone/ })) as HTMLInputElement;
    expect(phone.value).to.equal(LUCIA.phone);
    await type(await findByShadowRole(form, 'textbox', { name: /^Notes/ }), 'Con puntos');
    await click(await button(widget, 'Continue'));

    await heading(widget, 'Review your booking');
    const points = await findByShadowRole(widget, 'checkbox', { name: 'Pay with my loyalty points (120 points)' });
    expect((points as HTMLInputElement).checked).to.equal(false);
    await expect(widget).to.be.accessible();
    await click(points);
    const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
    await click(await button(widget, 'Confirm booking'));
    const { detail } = await created;
    await heading(widget, /Booking confirmed/);

    const [post] = posts(fake, /\/reservas\/crear\/$/);
    const body = post.body as Record<string, unknown>;
    expect(post.headers.get('Authorization')).to.match(/^Bearer /);
    expect(body).to.not.have.any.keys('nombre', 'email');
    expect(body).to.deep.include({ servicio_ids: [ID.haircut], peluquero_id: ID.carlos, usar_puntos: true, telefono: LUCIA.phone, notas: 'Con puntos' });
    const booking = fake.state.bookings[0];
    expect(booking).to.include({ cuenta_id: LUCIA.id, descuento: 25, total: 0, puntos_usados: 25 });
    expect(fake.state.customers!.find((c) => c.id === LUCIA.id)!.puntos).to.equal(95);
    expect(detail.client).to.deep.include({ firstName: 'Lucía', lastName: 'Fernández', email: LUCIA.email });
  });

  it('"My bookings": lists, cancels one with a reason, and "Back to booking" returns to the choices made', async () => {
    const fake = salonFake({ demoBookings: true });
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    await signIn(widget);
    await click(await button(widget, /Corte Clásico/));
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Choose a professional');

    await click(await button(widget, 'My bookings'));
    await heading(widget, 'My upcoming bookings');
    expect(focusedText()).to.equal('My upcoming bookings');
    const cards = await waitFor(async () => {
      const list = await findAllByShadowRole(widget, 'article');
      if (list.length < 2) throw new Error('not listed yet');
      return list;
    });
    expect(cards.map((c) => plain(c.querySelector('h3')!.textContent))).to.deep.equal(['Corte Clásico and Arreglo de barba', 'Color completo']);
    await expect(widget).to.be.accessible();

    const cancelled = oneEvent(widget, 'booking-cancelled') as Promise<BookingCancelledEvent>;
    await click(await button(cards[0], 'Cancel booking'));
    await type(await findByShadowRole(cards[0], 'textbox', { name: /^Reason for cancelling/ }), 'Me ha surgido un viaje');
    await expect(widget).to.be.accessible();
    await click(await button(cards[0], 'Cancel booking'));
    expect((await cancelled).detail.refund).to.deep.include({ amount: 37.5, currency: 'EUR' });
    await waitFor(() => expect(plain(cards[0].querySelector('[part~="success"]')?.textContent)).to.equal('Booking cancelled A refund of €37.50 is on its way (pending).'));
    expect(fake.state.bookings.find((b) => b.servicio_ids.includes(ID.beard))).to.include({ estado: 'cancelada', motivo_cancelacion: 'Me ha surgido un viaje' });
    await expect(widget).to.be.accessible();

    await click(await button(widget, 'Back to booking'));
    await heading(widget, 'Choose a professional');
    expect(focusedText()).to.equal('Choose a professional');
    expect(widget.state.service?.name).to.equal('Corte Clásico');
    await button(widget, /Carlos García/);
  });

  it('signing out forgets the session: back to "Sign in", later calls carry no token, the account\'s details are not left behind', async () => {
    const fake = salonFake();
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    await signIn(widget);
    await chooseHaircutWithCarlos(widget);
    const signedOut = oneEvent(widget, 'booking-signed-out') as Promise<BookingSignedOutEvent>;
    await click(await button(widget, 'Sign out'));
    expect((await signedOut).detail).to.deep.equal({ reason: 'user' });
    await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('[part="account-status"]')?.textContent)).to.equal('You have signed out.'));
    await button(widget, 'Sign in');
    expect(queryByShadowRole(widget, 'button', { name: 'My bookings' })).to.equal(null);
    const before = fake.requests.length;
    await pickFirstTime(widget);
    await heading(widget, 'Your details');
    expect(((await findByShadowRole(widget, 'textbox', { name: /^Email/ })) as HTMLInputElement).value).to.equal('');
    // The phone came from the account too (a shared computer): the next person types their own.
    expect(((await findByShadowRole(widget, 'textbox', { name: /^Phone/ })) as HTMLInputElement).value).to.equal('');
    expect(fake.requests.slice(before).every((r) => !r.headers.has('Authorization'))).to.equal(true);
  });

  it('a session that ends as the booking is sent: tells the page, asks to sign in (no blind retry), then confirms with everything kept', async () => {
    const fake = salonFake();
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    // The account's live region is there before anything is said in it, out of sight but in the tree.
    const status = statusLine(widget);
    expect(getComputedStyle(status).display).to.not.equal('none');
    await signIn(widget);
    await chooseHaircutWithCarlos(widget);
    await pickFirstTime(widget);
    await heading(widget, 'Your details');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Notes/ }), 'Con puntos');
    await click(await button(widget, 'Continue'));
    await heading(widget, 'Review your booking');
    await click(await findByShadowRole(widget, 'checkbox', { name: /^Pay with my loyalty points/ }));
    fake.expireTokens({ refresh: true });
    const ended = oneEvent(widget, 'booking-signed-out') as Promise<BookingSignedOutEvent>;
    await click(await button(widget, 'Confirm booking'));

    expect((await ended).detail).to.deep.equal({ reason: 'expired' });
    await heading(widget, 'Sign in to your account');
    await waitFor(() => expect(focusedText()).to.equal('Sign in to your account'));
    const said = 'Your session has ended. Please sign in again; your choices are kept.';
    await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('[part="account-panel"] > [part="error"]')?.textContent)).to.equal(said));
    // Heard through the live region that was already there, not a new one beside the focused heading.
    expect(statusLine(widget)).to.equal(status);
    expect(plain(status.textContent)).to.equal(said);
    expect(fake.state.bookings).to.have.length(0);
    await expect(widget).to.be.accessible();

    // Back without signing in: the review says why, and offers no "Try again" that would book as a guest.
    await click(await button(widget, 'Back to booking'));
    await heading(widget, 'Review your booking');
    await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('.live [part="error"]')?.textContent)).to.contain(said));
    expect(queryByShadowRole(widget, 'button', { name: 'Try again' })).to.equal(null);
    expect(queryByShadowRole(widget, 'checkbox')).to.equal(null);
    expect(posts(fake, /\/reservas\/crear\/$/)).to.have.length(1);

    await signIn(widget);
    await heading(widget, 'Review your booking');
    expect(focusedText()).to.equal('Review your booking');
    expect(widget.shadowRoot!.querySelector('.live [part="error"]')).to.equal(null);
    // The same customer again: their points choice is as they left it.
    expect(((await findByShadowRole(widget, 'checkbox', { name: /^Pay with my loyalty points/ })) as HTMLInputElement).checked).to.equal(true);
    await click(await button(widget, 'Confirm booking'));
    await heading(widget, /Booking confirmed/);
    const last = posts(fake, /\/reservas\/crear\/$/).at(-1)!;
    expect(last.headers.get('Authorization')).to.match(/^Bearer /);
    expect(last.body).to.deep.include({ usar_puntos: true, notas: 'Con puntos', telefono: LUCIA.phone });
    expect(fake.state.bookings).to.have.length(1);
    expect(fake.state.bookings[0].cuenta_id).to.equal(LUCIA.id);
  });

  it('a session that ends while "My bookings" loads: the sign-in form, saying why', async () => {
    const fake = salonFake({ demoBookings: true });
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    await signIn(widget);
    fake.expireTokens({ refresh: true });
    await click(await button(widget, 'My bookings'));
    await heading(widget, 'Sign in to your account');
    await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('[part="account-panel"] > [part="error"]')?.textContent)).to.equal('Your session has ended. Please sign in again; your choices are kept.'));
    await expect(widget).to.be.accessible();
  });

  it('"Gestionar una reserva" by code, in Spanish: cancels and shows the refund; what was typed is still there after', async () => {
    const fake = salonFake();
    const booked = fake.takeSlot({ peluqueroId: ID.lucia, servicioIds: [ID.haircut], fecha: weekdayAhead(5), horaInicio: '11:00' });
    const widget = await mountWidget({ locale: 'es' });
    await heading(widget, 'Elige un servicio');
    await click(await button(widget, /Corte Clásico/));
    await click(await button(widget, 'Continuar'));
    await click(await button(widget, /Lucía Martín/));
    await heading(widget, 'Elige fecha y hora');
    // Any day with times; the details form comes next.
    const days = await waitFor(async () => {
      const cells = (await findAllByShadowRole(widget, 'gridcell', { name: /con horas libres/ })).filter((c) => c.getAttribute('aria-disabled') !== 'true');
      if (!cells.length) throw new Error('no day yet');
      return cells;
    }, { timeout: 8000 });
    await click(days[0]);
    const group = await findByShadowRole(widget, 'group', { name: /^Horas del/ });
    await click((await findAllByShadowRole(group, 'button')).find((b) => /^\d/.test(b.textContent!.trim()))!);
    await heading(widget, 'Tus datos');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Nombre/ }), 'Juan');

    await click(await button(widget, 'Gestionar una reserva'));
    await heading(widget, 'Buscar una reserva');
    expect(focusedText()).to.equal('Buscar una reserva');
    await expect(widget).to.be.accessible();
    await type(await findByShadowRole(widget, 'textbox', { name: /^Código de reserva/ }), booked.codigo);
    await click(await button(widget, 'Buscar reserva'));
    const found = await findByShadowRole(widget, 'article', { name: /Corte Clásico/ }, { timeout: 4000 });
    const cancelled = new Promise<BookingCancelledEvent>((resolve) => document.addEventListener('booking-cancelled', resolve, { once: true }));
    await click(await button(found, 'Cancelar reserva'));
    await expect(widget).to.be.accessible();
    await click(await button(found, 'Cancelar reserva'));
    expect((await cancelled).detail).to.deep.include({ id: String(booked.id), code: booked.codigo });
    await waitFor(() => expect(plain(found.querySelector('[part~="success"]')?.textContent)).to.equal('Reserva cancelada Tu reembolso de 25,00 € está en camino (pendiente).'));
    await expect(widget).to.be.accessible();

    await click(await button(widget, 'Volver a la reserva'));
    await heading(widget, 'Tus datos');
    expect(((await findByShadowRole(widget, 'textbox', { name: /^Nombre/ })) as HTMLInputElement).value).to.equal('Juan');
  });
});
