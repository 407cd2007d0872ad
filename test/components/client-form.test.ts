import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/client-form/client-form.js';
import type { BookingClientForm } from '../../src/components/client-form/client-form.js';
import type { ErrorField } from '../../src/core/errors.js';
import { emptyClient, type ClientDetails } from '../../src/core/model.js';
import { ClientInputEvent, ClientSubmitEvent } from '../../src/events.js';
import { click, deepActiveElement, findByShadowRole, press, queryAllByShadowRole, type } from '../helpers/user.js';

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const form = (locale = 'en', value: ClientDetails = emptyClient(), serverErrors: Partial<Record<ErrorField, string[]>> = {}) =>
  fixture<BookingClientForm>(
    html`<booking-client-form locale=${locale} .value=${value} .serverErrors=${serverErrors}></booking-client-form>`,
  );

const field = (el: HTMLElement, name: string | RegExp) => findByShadowRole(el, 'textbox', { name });

/** The text of the elements an input's aria-describedby points at. */
function description(input: Element): string {
  const root = input.getRootNode() as ShadowRoot;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => plain(root.getElementById(id)?.textContent)).join(' | ');
}

const valid: ClientDetails = {
  firstName: '  Lucía ',
  lastName: 'Pérez García',
  email: ' lucia@example.com ',
  phone: '+34 600 12-34-56',
  notes: ' Alergia al látex ',
};

describe('booking-client-form', () => {
  it('has labelled fields with the right types, autocomplete and required marks', async () => {
    const el = await form('es');
    const first = await field(el, 'Nombre');
    const last = await field(el, 'Apellidos');
    const email = await field(el, 'Correo electrónico');
    const phone = await findByShadowRole(el, 'textbox', { name: 'Teléfono' });
    const notes = await field(el, /^Notas/);
    expect(el.shadowRoot!.querySelector('form')!.noValidate).to.equal(true);
    expect([first, last, email, phone].map((i) => i.getAttribute('autocomplete'))).to.deep.equal([
      'given-name',
      'family-name',
      'email',
      'tel',
    ]);
    expect((email as HTMLInputElement).type).to.equal('email');
    expect(email.getAttribute('inputmode')).to.equal('email');
    expect((phone as HTMLInputElement).type).to.equal('tel');
    expect(notes.localName).to.equal('textarea');
    for (const input of [first, last, email, phone]) {
      expect(input.getAttribute('aria-required')).to.equal('true');
      expect((input as HTMLInputElement).required).to.equal(true);
    }
    expect(notes.hasAttribute('required')).to.equal(false);
    expect(plain(el.shadowRoot!.querySelector('label[for="notes"]')!.textContent)).to.equal('Notas (opcional)');
    expect(description(notes)).to.equal('Algo que debamos saber antes de tu visita');
    await findByShadowRole(el, 'button', { name: 'Continuar' });
    await expect(el).to.be.accessible();
  });

  it('fires the values on every keystroke, and keeps them in value', async () => {
    const el = await form();
    const seen: ClientDetails[] = [];
    el.addEventListener(ClientInputEvent.eventName, (e) => seen.push(e.client));
    await type(await field(el, 'First name'), 'Ana');
    expect(seen.map((c) => c.firstName)).to.deep.equal(['A', 'An', 'Ana']);
    expect(seen.at(-1)).to.deep.equal({ ...emptyClient(), firstName: 'Ana' });
    for (let i = 0; i < 4; i++) await press('Tab');
    expect(deepActiveElement()).to.equal(await field(el, /^Notes/));
    await sendKeys({ type: 'Hi' });
    expect(seen.at(-1)).to.deep.equal({ ...emptyClient(), firstName: 'Ana', notes: 'Hi' });
    expect(el.value).to.deep.equal(seen.at(-1));
    expect(seen.every((e) => e !== undefined)).to.equal(true);
  });

  it('on an empty submit shows each message by its field, announces a summary, focuses the first and fires nothing', async () => {
    const el = await form();
    let submitted = 0;
    el.addEventListener(ClientSubmitEvent.eventName, () => submitted++);
    const status = await findByShadowRole(el, 'status');
    expect(plain(status.textContent)).to.equal('');

    await click(await findByShadowRole(el, 'button', { name: 'Continue' }));
    await el.updateComplete;

    const first = await field(el, 'First name');
    for (const input of [first, await field(el, 'Last name'), await field(el, 'Email'), await field(el, 'Phone')]) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(description(input)).to.equal('Please fill this in.');
    }
    expect((await field(el, /^Notes/)).hasAttribute('aria-invalid')).to.equal(false);
    expect(plain(status.textContent)).to.equal('Please correct 4 fields.');
    expect(deepActiveElement()).to.equal(first);
    expect(submitted).to.equal(0);
    expect(el.checkValidity()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('explains invalid email, phone and too-long values in Spanish, submitting with Enter', async () => {
    const el = await form('es', { ...valid, email: 'lucia@', phone: '12-34', notes: 'x'.repeat(1001) });
    let submitted = 0;
    el.addEventListener(ClientSubmitEvent.eventName, () => submitted++);
    const email = await field(el, 'Correo electrónico');
    await click(email);
    await press('Enter');
    await el.updateComplete;

    expect(description(email)).to.equal('Escribe un correo como nombre@ejemplo.com.');
    const phone = await field(el, 'Teléfono');
    expect(description(phone)).to.equal('Escribe un teléfono de al menos 7 dígitos.');
    const notes = await field(el, /^Notas/);
    expect(description(notes)).to.equal('Algo que debamos saber antes de tu visita | Usa como máximo 1000 caracteres.');
    expect(notes.getAttribute('aria-invalid')).to.equal('true');
    expect((await field(el, 'Nombre')).hasAttribute('aria-invalid')).to.equal(false);
    expect(plain((await findByShadowRole(el, 'status')).textContent)).to.equal('Corrige 3 campos.');
    expect(deepActiveElement()).to.equal(email);
    expect(submitted).to.equal(0);
  });

  it('clears a message once its field is fixed', async () => {
    const el = await form('en', { ...valid, firstName: '', phone: '12' });
    await click(await findByShadowRole(el, 'button', { name: 'Continue' }));
    const first = await field(el, 'First name');
    expect(deepActiveElement()).to.equal(first);
    await sendKeys({ type: 'Lucía' });
    expect(first.hasAttribute('aria-invalid')).to.equal(false);
    expect(first.hasAttribute('aria-describedby')).to.equal(false);
    expect(plain((await findByShadowRole(el, 'status')).textContent)).to.equal('Please correct 1 field.');
  });

  it('fires the normalized values on a valid submit', async () => {
    const el = await form('en', valid);
    const event = oneEvent<ClientSubmitEvent>(el, ClientSubmitEvent.eventName);
    await click(await findByShadowRole(el, 'button', { name: 'Continue' }));
    const fired = await event;
    expect(fired.bubbles).to.equal(true);
    expect(fired.client).to.deep.equal({
      firstName: 'Lucía',
      lastName: 'Pérez García',
      email: 'lucia@example.com',
      phone: '+34600123456',
      notes: 'Alergia al látex',
    });
    expect(el.checkValidity()).to.equal(true);
    expect(queryAllByShadowRole(el, 'textbox').some((i) => i.hasAttribute('aria-invalid'))).to.equal(false);
  });

  it('submits from the keyboard after typing everything', async () => {
    const el = await fixture<BookingClientForm>(html`<booking-client-form locale="en" submit-label="Next"></booking-client-form>`);
    const event = oneEvent<ClientSubmitEvent>(el, ClientSubmitEvent.eventName);
    await click(await field(el, 'First name'));
    await sendKeys({ type: 'Ana' });
    for (const text of ['Ruiz', 'ana@example.com', '600 123 456']) {
      await press('Tab');
      await sendKeys({ type: text });
    }
    await press('Tab');
    await press('Tab');
    expect(plain(deepActiveElement()?.textContent)).to.equal('Next');
    await press('Enter');
    expect((await event).client).to.deep.equal({
      firstName: 'Ana',
      lastName: 'Ruiz',
      email: 'ana@example.com',
      phone: '600123456',
      notes: '',
    });
  });

  it('shows server messages as text beside their fields, and drops one when its field is edited', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await form('en', valid, { email: [hostile, 'Already registered.'], phone: ['Not a mobile number.'], slot: ['Taken'] });
    const email = await field(el, 'Email');
    const phone = await field(el, 'Phone');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(description(email)).to.equal(`${hostile} Already registered.`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(description(phone)).to.equal('Not a mobile number.');
    expect(plain(el.shadowRoot!.textContent)).not.to.contain('Taken');
    expect(plain((await findByShadowRole(el, 'status')).textContent)).to.equal('Please correct 2 fields.');
    expect(await el.focusFirstInvalid()).to.equal(true);
    expect(deepActiveElement()).to.equal(email);

    await type(email, 'lucia@example.org');
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
    expect(description(email)).to.equal('');
    expect(description(phone)).to.equal('Not a mobile number.');

    // New server errors apply again, even to a field edited before.
    el.serverErrors = { email: ['Use your work address.'] };
    await el.updateComplete;
    expect(description(email)).to.equal('Use your work address.');
    expect(phone.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('shows values set from outside, without firing', async () => {
    const el = await form();
    let fired = 0;
    el.addEventListener(ClientInputEvent.eventName, () => fired++);
    el.addEventListener(ClientSubmitEvent.eventName, () => fired++);
    await type(await field(el, 'First name'), 'Temp');
    fired = 0;
    el.value = { ...valid };
    await el.updateComplete;
    expect((await field(el, 'First name')) as HTMLInputElement).to.have.property('value', valid.firstName);
    expect((await field(el, 'Phone')) as HTMLInputElement).to.have.property('value', valid.phone);
    expect((await field(el, /^Notes/)) as HTMLTextAreaElement).to.have.property('value', valid.notes);
    expect(fired).to.equal(0);
    expect(await el.focusFirstInvalid()).to.equal(false);
  });

  it('fits 320px', async () => {
    const el = await fixture<BookingClientForm>(
      html`<booking-client-form style="width: 320px" locale="es" .serverErrors=${{ email: ['x'.repeat(200)] }}></booking-client-form>`,
    );
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
