/**
 * Loyalty points a SalonBookIt booking earns (`puntos_ganados`): a signed-in customer reads them on the
 * confirmation and the page gets them in `booking-created`; a guest, who has no account to keep them in,
 * neither. Driven as a customer against the fake SalonBookIt backend at the HTTP edge.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import type { BookingCreatedEvent } from '../../src/events.js';
import { createSalonBookItFake, SALONBOOKIT_DEMO_CUSTOMER as LUCIA } from '../../src/mocks/salonbookit/index.js';
import { click, findAllByShadowRole, findByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const apiBase = 'https://salon.example/api/v1';
const zone = 'Europe/Madrid';
const KEY = 'hh_pub_test_abc123';

function salonFake() {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: zone, apiKey: KEY });
  useHandlers(...fake.handlers);
  return fake;
}

async function mountWidget(attributes: Record<string, string> = {}): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'salonbookit', 'api-base': apiBase, 'api-key': KEY, currency: 'EUR', timezone: zone, locale: 'en', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

const button = (root: Element, name: string | RegExp) => findByShadowRole(root as HTMLElement, 'button', { name }, { timeout: 4000 });
const heading = (root: Element, name: string | RegExp) => findByShadowRole(root as HTMLElement, 'heading', { name }, { timeout: 4000 });
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const pointsLine = (widget: BookingWidget) =>
  widget.shadowRoot!.querySelector('booking-confirmation')?.shadowRoot!.querySelector('[part~="points"]') ?? null;

async function signIn(widget: BookingWidget) {
  await click(await button(widget, 'Sign in'));
  await heading(widget, 'Sign in to your account');
  await type(await findByShadowRole(widget, 'textbox', { name: /^Email/ }), LUCIA.email);
  const password = widget.shadowRoot!.querySelector('booking-sign-in')!.shadowRoot!.querySelector<HTMLInputElement>('#password')!;
  await type(password, LUCIA.password);
  await click(await button(widget, 'Sign in'));
  await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('[part="account-status"]')?.textContent)).to.equal('Signed in as Lucía Fernández'));
}

/** Corte Clásico (25 €) with Carlos at the first free time, up to the details form. */
async function chooseHaircut(widget: BookingWidget) {
  await heading(widget, 'Choose a service');
  await click(await button(widget, /Corte Clásico/));
  await click(await button(widget, 'Continue'));
  await heading(widget, 'Choose a professional');
  await click(await button(widget, /Carlos García/));
  await heading(widget, 'Choose a date and time');
  const days = await waitFor(
    async () => {
      const usable = (await findAllByShadowRole(widget, 'gridcell', { name: /free times available/ })).filter((c) => c.getAttribute('aria-disabled') !== 'true');
      if (usable.length === 0) throw new Error('no available day yet');
      return usable;
    },
    { timeout: 8000 },
  );
  await click(days[0]);
  const group = await findByShadowRole(widget, 'group', { name: /^Times on/ });
  await click((await findAllByShadowRole(group, 'button')).filter((b) => /^\d/.test(b.textContent!.trim()))[0]);
  await heading(widget, 'Your details');
}

async function confirm(widget: BookingWidget) {
  await heading(widget, 'Review your booking');
  const created = oneEvent(widget, 'booking-created') as Promise<BookingCreatedEvent>;
  await click(await button(widget, 'Confirm booking'));
  const { detail } = await created;
  await heading(widget, /Booking confirmed/);
  return detail;
}

describe('<booking-widget backend="salonbookit">: loyalty points earned', () => {
  useNetwork();

  it('a signed-in customer reads the points the booking earned, and the page gets them in booking-created', async function () {
    this.timeout(30_000);
    const fake = salonFake();
    const widget = await mountWidget({ 'customer-login': '' });
    await heading(widget, 'Choose a service');
    await signIn(widget);
    await chooseHaircut(widget);
    await click(await button(widget, 'Continue'));
    // Paid in money, not with points: the 25 € earn 25 points (the fake's floor(total), as puntos_ganados).
    const detail = await confirm(widget);

    expect(fake.state.bookings[0]).to.include({ total: 25, puntos_ganados: 25 });
    expect(detail.pointsEarned).to.equal(25);
    await waitFor(() => expect(plain(pointsLine(widget)?.textContent)).to.equal('You earned 25 points.'));
    await expect(widget).to.be.accessible();
  });

  it('a guest earns no points to show: no line, no pointsEarned in the event', async function () {
    this.timeout(30_000);
    salonFake();
    const widget = await mountWidget();
    await chooseHaircut(widget);
    const form = widget.shadowRoot!.querySelector('booking-client-form')!;
    await type(await findByShadowRole(form, 'textbox', { name: /^First name/ }), 'Ana');
    await type(await findByShadowRole(form, 'textbox', { name: /^Last name/ }), 'Ruiz');
    await type(await findByShadowRole(form, 'textbox', { name: /^Email/ }), 'ana@example.com');
    await type(await findByShadowRole(form, 'textbox', { name: /^Phone/ }), '600123456');
    await click(await button(widget, 'Continue'));
    const detail = await confirm(widget);

    expect(detail).to.not.have.property('pointsEarned');
    expect(pointsLine(widget)).to.equal(null);
  });
});
