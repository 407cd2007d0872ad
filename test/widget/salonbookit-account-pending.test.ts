/**
 * `<booking-widget backend="salonbookit" customer-login>` while a sign-in or a cancel is on its way, and
 * when the page sets another adapter: "Back to booking" waits, the answers' events reach the page, a
 * late answer from a replaced backend is not taken, and the replaced adapter forgets its session.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { BookingCancelledEvent, BookingSignedInEvent } from '../../src/components/manage/events.js';
import type { BookingError } from '../../src/core/errors.js';
import { SALONBOOKIT_DEMO_CUSTOMER as LUCIA, SALONBOOKIT_IDS as ID } from '../../src/mocks/salonbookit/index.js';
import { click, findAllByShadowRole, findByShadowRole, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useNetwork } from '../helpers/network.js';
import {
  button,
  chooseHaircutWithCarlos,
  description,
  heading,
  heardOnPage,
  hold,
  mountWidget,
  plain,
  salonAdapter,
  salonFake,
  signIn,
  statusLine,
} from './salonbookit-account-fixture.js';

describe('<booking-widget backend="salonbookit">: answers on their way, and another adapter', () => {
  useNetwork();

  it('"Back to booking" waits for a sign-in on its way; the page hears of it, and "Signed in as …" is announced', async () => {
    salonFake();
    const release = hold('post', '/auth/login/');
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    const status = statusLine(widget);
    expect(plain(status.textContent)).to.equal('');
    expect(getComputedStyle(status).display).to.not.equal('none');
    const page = heardOnPage<BookingSignedInEvent>('booking-signed-in');
    await click(await button(widget, 'Sign in'));
    await heading(widget, 'Sign in to your account');
    await type(await findByShadowRole(widget, 'textbox', { name: /^Email/ }), LUCIA.email);
    await type(widget.shadowRoot!.querySelector('booking-sign-in')!.shadowRoot!.querySelector<HTMLInputElement>('#password')!, LUCIA.password);
    await click(await button(widget, 'Sign in'));

    const back = await button(widget, 'Back to booking');
    await waitFor(() => expect(back.getAttribute('aria-disabled')).to.equal('true'));
    expect(description(widget.shadowRoot!, back)).to.equal('Signing in…');
    await expect(widget).to.be.accessible();
    await click(back);
    await widget.updateComplete;
    expect(queryByShadowRole(widget, 'heading', { name: 'Choose a service' })).to.equal(null);
    expect(widget.shadowRoot!.querySelector('booking-sign-in')).to.not.equal(null);

    release();
    await heading(widget, 'Choose a service');
    await waitFor(() => expect(page.heard).to.have.length(1));
    page.stop();
    expect(page.heard[0].detail).to.deep.include({ firstName: 'Lucía', lastName: 'Fernández' });
    // Said in the region that was there all along, so it is announced.
    expect(statusLine(widget)).to.equal(status);
    expect(plain(status.textContent)).to.equal('Signed in as Lucía Fernández');
  });

  it('"Back to booking" waits for a cancel on its way, and so do the other bookings\' cancel buttons', async () => {
    const fake = salonFake({ demoBookings: true });
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    await signIn(widget);
    await click(await button(widget, 'My bookings'));
    const [first, second] = await waitFor(async () => {
      const list = await findAllByShadowRole(widget, 'article');
      if (list.length < 2) throw new Error('not listed yet');
      return list;
    });
    const release = hold('post', '/reservas/:id/cancelar/');
    const page = heardOnPage<BookingCancelledEvent>('booking-cancelled');
    await click(await button(first, 'Cancel booking'));
    await click(await button(first, 'Cancel booking'));
    const back = await button(widget, 'Back to booking');
    await waitFor(() => expect(back.getAttribute('aria-disabled')).to.equal('true'));
    expect(description(widget.shadowRoot!, back)).to.equal('Cancelling…');
    expect((await button(second, 'Cancel booking')).getAttribute('aria-disabled')).to.equal('true');
    await click(back);
    await widget.updateComplete;
    await heading(widget, 'My upcoming bookings');

    release();
    await waitFor(() => expect(page.heard).to.have.length(1));
    page.stop();
    expect(page.heard[0].detail).to.deep.include({ refund: { amount: 37.5, currency: 'EUR', status: 'pendiente' } });
    await waitFor(() => expect(back.getAttribute('aria-disabled')).to.equal('false'));
    expect(back.hasAttribute('aria-describedby')).to.equal(false);
    expect(fake.state.bookings.find((b) => b.servicio_ids.includes(ID.beard))!.estado).to.equal('cancelada');
    await click(back);
    await heading(widget, 'Choose a service');
  });

  it('another adapter set: the old one signs out too, so setting it back shows a guest who really is one', async () => {
    const fake = salonFake();
    const first = salonAdapter();
    const widget = await mountWidget({ 'customer-login': '' }, first);
    await heading(widget, 'Choose a service');
    await signIn(widget);
    widget.adapter = salonAdapter();
    await button(widget, 'Sign in');
    widget.adapter = first;
    await heading(widget, 'Choose a service');
    await button(widget, 'Sign in');
    const before = fake.requests.length;
    await chooseHaircutWithCarlos(widget);
    expect(fake.requests.length).to.be.greaterThan(before);
    expect(fake.requests.slice(before).every((r) => !r.headers.has('Authorization'))).to.equal(true);
    const listed = await first.listMyBookings!({}).then(() => 'listed', (e: BookingError) => e.code);
    expect(listed).to.equal('signed-out');
  });

  it('a sign-in answered after another adapter was set: not taken, the old adapter signed out, the panel opened since stays', async () => {
    salonFake();
    const first = salonAdapter();
    const widget = await mountWidget({ 'customer-login': '' }, first);
    await heading(widget, 'Choose a service');
    const release = hold('post', '/auth/login/');
    await click(await button(widget, 'Sign in'));
    await type(await findByShadowRole(widget, 'textbox', { name: /^Email/ }), LUCIA.email);
    const form = widget.shadowRoot!.querySelector('booking-sign-in')!;
    await type(form.shadowRoot!.querySelector<HTMLInputElement>('#password')!, LUCIA.password);
    await click(await button(widget, 'Sign in'));
    await waitFor(async () => expect((await button(widget, 'Back to booking')).getAttribute('aria-disabled')).to.equal('true'));
    const page = heardOnPage<BookingSignedInEvent>('booking-signed-in');
    widget.adapter = salonAdapter();
    await heading(widget, 'Choose a service');
    await click(await button(widget, 'Manage a booking'));
    await heading(widget, 'Find a booking');

    const late = oneEvent(form, 'booking-signed-in');
    release();
    await late;
    await widget.updateComplete;
    page.stop();
    expect(page.heard).to.have.length(0);
    expect(queryByShadowRole(widget, 'heading', { name: 'Find a booking' })).to.not.equal(null);
    expect(plain(statusLine(widget).textContent)).to.equal('');
    expect(await first.listMyBookings!({}).then(() => 'listed', (e: BookingError) => e.code)).to.equal('signed-out');
  });

  it('a cancel answered after another adapter was set still reaches the page, once', async () => {
    salonFake({ demoBookings: true });
    const widget = await mountWidget({ 'customer-login': '' }, salonAdapter());
    await heading(widget, 'Choose a service');
    await signIn(widget);
    await click(await button(widget, 'My bookings'));
    const card = await findByShadowRole(widget, 'article', { name: /Arreglo de barba/ }, { timeout: 4000 });
    const release = hold('post', '/reservas/:id/cancelar/');
    await click(await button(card, 'Cancel booking'));
    const confirm = await button(card, 'Cancel booking');
    await click(confirm);
    await waitFor(() => expect(confirm.textContent!.trim()).to.equal('Cancelling…'));
    const page = heardOnPage<BookingCancelledEvent>('booking-cancelled');
    widget.adapter = salonAdapter();
    await heading(widget, 'Choose a service');
    release();
    await waitFor(() => expect(page.heard).to.have.length(1));
    await widget.updateComplete;
    page.stop();
    expect(page.heard).to.have.length(1);
    // (This adapter was made without the widget's currency, so the refund names none.)
    expect(page.heard[0].detail.refund).to.deep.include({ amount: 37.5, status: 'pendiente' });
  });
});
