import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/service-picker/service-picker.js';
import type { BookingServicePicker } from '../../src/components/service-picker/service-picker.js';
import type { Service } from '../../src/core/model.js';
import { ServiceSelectEvent, ServicesChangeEvent, ServicesSelectEvent } from '../../src/events.js';
import { click, deepActiveElement, findAllByShadowRole, findByShadowRole, findByShadowText, press, queryAllByShadowRole } from '../helpers/user.js';

const services: Service[] = [
  { id: 'cut', name: 'Haircut', durationMinutes: 30, price: 50, description: 'Wash, cut and style' },
  { id: 'color', name: 'Colour', durationMinutes: 90, price: 120.5, currency: 'EUR' },
  { id: 'consult', name: 'Consultation', durationMinutes: 15, price: 0 },
];

/** Intl puts (narrow) no-break spaces in money and units; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const picker = (locale: string, value?: string) =>
  fixture<BookingServicePicker>(
    html`<booking-service-picker locale=${locale} currency="USD" .services=${services} .value=${value}></booking-service-picker>`,
  );

describe('booking-service-picker', () => {
  it('names each service with its duration and price in English', async () => {
    const el = await picker('en');
    const buttons = await findAllByShadowRole(el, 'button');
    expect(buttons.map((b) => plain(b.textContent))).to.deep.equal([
      'Haircut 30 min · $50.00 Wash, cut and style',
      'Colour 1 hr 30 min · €120.50',
      'Consultation 15 min · Free',
    ]);
    await findByShadowRole(el, 'button', { name: (name) => plain(name) === 'Haircut 30 min · $50.00' });
    await findByShadowRole(el, 'button', { description: 'Wash, cut and style' });
  });

  it('formats money and durations for Spanish', async () => {
    const el = await picker('es');
    const buttons = await findAllByShadowRole(el, 'button');
    expect(buttons.map((b) => plain(b.textContent))).to.deep.equal([
      'Haircut 30 min · 50,00 US$ Wash, cut and style',
      'Colour 1 h 30 min · 120,50 €',
      'Consultation 15 min · Gratis',
    ]);
  });

  it('fires the chosen service on click and marks it pressed', async () => {
    const el = await picker('en');
    const button = await findByShadowRole(el, 'button', { name: /Colour/ });
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    const event = oneEvent<ServiceSelectEvent>(el, ServiceSelectEvent.eventName);
    await click(button);
    const fired = await event;
    expect(fired).to.be.instanceOf(ServiceSelectEvent);
    expect(fired.bubbles).to.equal(true);
    expect(fired.service).to.equal(services[1]);
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.part.contains('option-selected')).to.equal(true);
  });

  it('works with the keyboard: Tab to a service, Enter or Space to choose', async () => {
    const el = await picker('en');
    const chosen: Service[] = [];
    el.addEventListener(ServiceSelectEvent.eventName, (e) => chosen.push(e.service));
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.match(/^Haircut/);
    await press('Enter');
    await press('Tab');
    await press('Space');
    expect(chosen.map((s) => s.id)).to.deep.equal(['cut', 'color']);
  });

  it('shows the chosen value as pressed, and setting it fires nothing', async () => {
    const el = await picker('en', 'consult');
    let fired = 0;
    el.addEventListener(ServiceSelectEvent.eventName, () => fired++);
    const pressed = await findAllByShadowRole(el, 'button', { pressed: true });
    expect(pressed.map((b) => plain(b.textContent))).to.deep.equal(['Consultation 15 min · Free']);
    el.value = 'cut';
    await el.updateComplete;
    const now = await findAllByShadowRole(el, 'button', { pressed: true });
    expect(plain(now[0].textContent)).to.match(/^Haircut/);
    expect(fired).to.equal(0);
  });

  it('shows skeleton rows and an announced loading text while loading', async () => {
    const el = await fixture<BookingServicePicker>(
      html`<booking-service-picker locale="es" loading .services=${services}></booking-service-picker>`,
    );
    expect(queryAllByShadowRole(el, 'button')).to.have.length(0);
    const status = await findByShadowRole(el, 'status');
    expect(status.textContent).to.equal('Cargando…');
    expect(el.shadowRoot!.querySelectorAll('[part~="skeleton-row"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('says so when there is nothing to book', async () => {
    const el = await fixture<BookingServicePicker>(html`<booking-service-picker locale="en" .services=${[]}></booking-service-picker>`);
    expect(plain(el.shadowRoot!.textContent)).to.contain('No services can be booked online right now.');
    expect(queryAllByShadowRole(el, 'button')).to.have.length(0);
  });

  it('is accessible and fits 320px without scrolling sideways', async () => {
    const long: Service = { id: 'long', name: 'Extraordinarilylongservicenamewithoutanyspaces', durationMinutes: 240, price: 1234567 };
    // The width is on the element itself: fixture() on a plain wrapper waits for a frame.
    const el = await fixture<BookingServicePicker>(
      html`<booking-service-picker style="width: 320px" locale="en" value="cut" .services=${[...services, long]}></booking-service-picker>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});

describe('booking-service-picker multiple', () => {
  const multiPicker = (locale = 'en', values: string[] = []) =>
    fixture<BookingServicePicker>(
      html`<booking-service-picker multiple locale=${locale} currency="USD" .services=${services} .values=${values}></booking-service-picker>`,
    );
  const continueButton = (el: HTMLElement) => findByShadowRole(el, 'button', { name: 'Continue' });
  const summary = (el: HTMLElement) => plain(el.shadowRoot!.querySelector('[part~="selection-summary"]')?.textContent);

  it('toggles each service by click, keeps a summary, and reports the set in the order chosen', async () => {
    const el = await multiPicker();
    const changes: string[][] = [];
    el.addEventListener(ServicesChangeEvent.eventName, (e) => changes.push(e.services.map((s) => s.id)));
    let selected = 0;
    el.addEventListener(ServiceSelectEvent.eventName, () => selected++);
    const consult = await findByShadowRole(el, 'button', { name: /^Consultation/ });
    const cut = await findByShadowRole(el, 'button', { name: /^Haircut/ });
    await findByShadowText(el, 'You can choose more than one service.');

    await click(consult);
    await click(cut);
    await el.updateComplete;
    expect(consult.getAttribute('aria-pressed')).to.equal('true');
    expect(cut.getAttribute('aria-pressed')).to.equal('true');
    expect(summary(el)).to.equal('2 services · 45 min · $50.00');
    // Announced politely as it changes.
    expect((await findByShadowRole(el, 'status')).textContent).to.contain('2 services');

    await click(consult);
    await el.updateComplete;
    expect(consult.getAttribute('aria-pressed')).to.equal('false');
    expect(summary(el)).to.equal('1 service · 30 min · $50.00');
    expect(changes).to.deep.equal([['consult'], ['consult', 'cut'], ['cut']]);
    expect(selected, 'a toggle does not advance').to.equal(0);
  });

  it('"Continue" is unavailable, and says why, until a service is chosen; then it hands over the set', async () => {
    const el = await multiPicker();
    const done: string[][] = [];
    el.addEventListener(ServicesSelectEvent.eventName, (e) => done.push(e.services.map((s) => s.id)));
    const next = await continueButton(el);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    await findByShadowRole(el, 'button', { name: 'Continue', description: 'Choose at least one service to continue.' });
    await click(next);
    expect(done).to.deep.equal([]);

    await click(await findByShadowRole(el, 'button', { name: /^Colour/ }));
    await el.updateComplete;
    expect(next.getAttribute('aria-disabled')).to.equal('false');
    await findByShadowRole(el, 'button', { name: 'Continue', description: (d) => plain(d) === '1 service · 1 hr 30 min · €120.50' });
    await click(next);
    expect(done).to.deep.equal([['color']]);
  });

  it('works with the keyboard alone: Space and Enter toggle, Tab reaches "Continue"', async () => {
    const el = await multiPicker('es');
    const done: string[][] = [];
    el.addEventListener(ServicesSelectEvent.eventName, (e) => done.push(e.services.map((s) => s.id)));
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.match(/^Haircut/);
    await press('Space');
    await press('Tab');
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.match(/^Consultation/);
    await press('Enter');
    await el.updateComplete;
    expect(summary(el)).to.equal('2 servicios · 45 min · 50,00 US$');
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.equal('Continuar');
    await press('Enter');
    expect(done).to.deep.equal([['cut', 'consult']]);
  });

  it('shows given values as pressed and setting them fires nothing', async () => {
    const el = await multiPicker('en', ['consult', 'cut']);
    let fired = 0;
    el.addEventListener(ServicesChangeEvent.eventName, () => fired++);
    const pressed = await findAllByShadowRole(el, 'button', { pressed: true });
    expect(pressed.map((b) => plain(b.textContent).split(' ')[0])).to.deep.equal(['Haircut', 'Consultation']);
    expect(summary(el)).to.equal('2 services · 45 min · $50.00');
    el.values = [];
    await el.updateComplete;
    expect(await findAllByShadowRole(el, 'button', { pressed: true }).catch(() => [])).to.have.length(0);
    expect(fired).to.equal(0);
  });

  it('is accessible with nothing and with services chosen', async () => {
    const el = await multiPicker('en');
    await expect(el).to.be.accessible();
    el.values = ['cut', 'consult'];
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
