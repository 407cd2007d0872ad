import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/professional-picker/professional-picker.js';
import type { BookingProfessionalPicker } from '../../src/components/professional-picker/professional-picker.js';
import type { Professional } from '../../src/core/model.js';
import { ProfessionalSelectEvent } from '../../src/events.js';
import { click, deepActiveElement, findAllByShadowRole, findByShadowRole, press, queryAllByShadowRole, queryByShadowRole } from '../helpers/user.js';

const professionals: Professional[] = [
  { id: 'ana', name: 'Ana María López' },
  { id: 'luis', name: 'luis' },
];

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const picker = (locale = 'en', value?: string) =>
  fixture<BookingProfessionalPicker>(
    html`<booking-professional-picker locale=${locale} .professionals=${professionals} .value=${value}></booking-professional-picker>`,
  );

describe('booking-professional-picker', () => {
  it('offers "any professional" first, then everyone by name', async () => {
    const el = await picker('es');
    const buttons = await findAllByShadowRole(el, 'button');
    expect(buttons).to.have.length(3);
    const any = await findByShadowRole(el, 'button', { name: 'Cualquier profesional' });
    expect(buttons[0]).to.equal(any);
    await findByShadowRole(el, 'button', {
      name: 'Cualquier profesional',
      description: 'Quien esté libre a la hora que elijas',
    });
    // Initials are decorative: the accessible name is just the person's name.
    await findByShadowRole(el, 'button', { name: 'Ana María López' });
    await findByShadowRole(el, 'button', { name: 'luis' });
    const avatars = [...el.shadowRoot!.querySelectorAll('[part="avatar"]')];
    expect(avatars.map((a) => a.textContent)).to.deep.equal(['AL', 'L']);
    expect(avatars.every((a) => a.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('marks "any" as chosen when no one is, and fires undefined for it', async () => {
    const el = await picker('en', 'ana');
    const any = await findByShadowRole(el, 'button', { name: 'Any professional' });
    expect(any.getAttribute('aria-pressed')).to.equal('false');
    expect((await findByShadowRole(el, 'button', { name: 'Ana María López' })).getAttribute('aria-pressed')).to.equal('true');

    const event = oneEvent<ProfessionalSelectEvent>(el, ProfessionalSelectEvent.eventName);
    await click(any);
    const fired = await event;
    expect(fired.professional).to.equal(undefined);
    await el.updateComplete;
    expect(any.getAttribute('aria-pressed')).to.equal('true');
    expect(queryAllByShadowRole(el, 'button', { pressed: true })).to.deep.equal([any]);
  });

  it('fires the chosen professional from the keyboard', async () => {
    const el = await picker();
    const chosen: Array<Professional | undefined> = [];
    el.addEventListener(ProfessionalSelectEvent.eventName, (e) => chosen.push(e.professional));
    await press('Tab');
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.contain('Ana María López');
    await press('Enter');
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    await press('Space');
    expect(chosen).to.deep.equal([professionals[0], undefined]);
  });

  it('fires nothing when the value is set by code', async () => {
    const el = await picker();
    let fired = 0;
    el.addEventListener(ProfessionalSelectEvent.eventName, () => fired++);
    el.value = 'luis';
    await el.updateComplete;
    expect((await findByShadowRole(el, 'button', { name: 'luis' })).getAttribute('aria-pressed')).to.equal('true');
    expect(fired).to.equal(0);
  });

  it('leaves out "any" when not allowed, and says so when nobody is left', async () => {
    const el = await fixture<BookingProfessionalPicker>(
      html`<booking-professional-picker locale="en" .allowAny=${false} .professionals=${professionals}></booking-professional-picker>`,
    );
    expect(queryByShadowRole(el, 'button', { name: 'Any professional' })).to.equal(null);
    expect(queryAllByShadowRole(el, 'button')).to.have.length(2);
    expect(queryAllByShadowRole(el, 'button', { pressed: true })).to.have.length(0);

    el.professionals = [];
    await el.updateComplete;
    expect(plain(el.shadowRoot!.textContent)).to.equal(
      'Nobody at this location offers online booking right now. Choose another location.',
    );

    el.allowAny = true;
    await el.updateComplete;
    expect(queryAllByShadowRole(el, 'button').map((b) => plain(b.textContent))).to.deep.equal([
      'Any professional Whoever is free at the time you choose',
    ]);
  });

  it('shows a loading state', async () => {
    const el = await fixture<BookingProfessionalPicker>(
      html`<booking-professional-picker locale="es" loading .professionals=${professionals}></booking-professional-picker>`,
    );
    expect((await findByShadowRole(el, 'status')).textContent).to.equal('Cargando…');
    expect(queryAllByShadowRole(el, 'button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('is accessible and fits 320px', async () => {
    // The width is on the element itself: fixture() on a plain wrapper waits for a frame.
    const el = await fixture<BookingProfessionalPicker>(
      html`<booking-professional-picker style="width: 320px" locale="en" value="ana" .professionals=${professionals}></booking-professional-picker>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
