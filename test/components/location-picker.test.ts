import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/location-picker/location-picker.js';
import type { BookingLocationPicker } from '../../src/components/location-picker/location-picker.js';
import type { Location } from '../../src/core/model.js';
import { LocationSelectEvent } from '../../src/events.js';
import { click, deepActiveElement, findAllByShadowRole, findByShadowRole, press, queryAllByShadowRole } from '../helpers/user.js';

const locations: Location[] = [
  { id: 'centro', name: 'Centro', address: 'Calle Mayor 1, Madrid' },
  { id: 'norte', name: 'Norte', address: 'Avenida de América 20, Madrid' },
  { id: 'online', name: 'Online' },
];

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const picker = (value?: string) =>
  fixture<BookingLocationPicker>(
    html`<booking-location-picker locale="es" .locations=${locations} .value=${value}></booking-location-picker>`,
  );

describe('booking-location-picker', () => {
  it('names each location with its address', async () => {
    const el = await picker();
    const buttons = await findAllByShadowRole(el, 'button');
    expect(buttons.map((b) => plain(b.textContent))).to.deep.equal([
      'Centro Calle Mayor 1, Madrid',
      'Norte Avenida de América 20, Madrid',
      'Online',
    ]);
    await findByShadowRole(el, 'button', { name: /Norte.*Avenida de América 20/ });
    expect(await findByShadowRole(el, 'list')).to.exist;
  });

  it('fires the chosen location on click and marks it pressed', async () => {
    const el = await picker('centro');
    const norte = await findByShadowRole(el, 'button', { name: /Norte/ });
    expect(norte.getAttribute('aria-pressed')).to.equal('false');
    const event = oneEvent<LocationSelectEvent>(el, LocationSelectEvent.eventName);
    await click(norte);
    const fired = await event;
    expect(fired.location).to.equal(locations[1]);
    expect(fired.bubbles).to.equal(true);
    await el.updateComplete;
    const pressed = await findAllByShadowRole(el, 'button', { pressed: true });
    expect(pressed).to.deep.equal([norte]);
  });

  it('works with the keyboard', async () => {
    const el = await picker();
    const chosen: string[] = [];
    el.addEventListener(LocationSelectEvent.eventName, (e) => chosen.push(e.location.id));
    await press('Tab');
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.match(/^Norte/);
    await press('Space');
    await press('Tab');
    await press('Enter');
    expect(chosen).to.deep.equal(['norte', 'online']);
  });

  it('fires nothing when the value is set by code', async () => {
    const el = await picker();
    let fired = 0;
    el.addEventListener(LocationSelectEvent.eventName, () => fired++);
    el.value = 'online';
    await el.updateComplete;
    const pressed = await findAllByShadowRole(el, 'button', { pressed: true });
    expect(plain(pressed[0].textContent)).to.equal('Online');
    expect(fired).to.equal(0);
  });

  it('shows a loading state and an empty state', async () => {
    const el = await fixture<BookingLocationPicker>(html`<booking-location-picker locale="en" loading></booking-location-picker>`);
    expect((await findByShadowRole(el, 'status')).textContent).to.equal('Loading…');
    expect(queryAllByShadowRole(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();

    el.loading = false;
    await el.updateComplete;
    expect(plain(el.shadowRoot!.textContent)).to.equal(
      'No locations can be booked online right now. Please contact us to book.',
    );
    el.locale = 'es';
    await el.updateComplete;
    expect(plain(el.shadowRoot!.textContent)).to.equal(
      'Ahora mismo no hay sedes con reserva en línea. Contáctanos para reservar.',
    );
  });

  it('is accessible and fits 320px', async () => {
    // The width is on the element itself: fixture() on a plain wrapper waits for a frame.
    const el = await fixture<BookingLocationPicker>(
      html`<booking-location-picker style="width: 320px" locale="es" value="norte" .locations=${locations}></booking-location-picker>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
