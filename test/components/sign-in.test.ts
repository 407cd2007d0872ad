/**
 * `<booking-sign-in>` on its own, driven as a customer against the real SalonBookIt adapter and its
 * fake backend at the HTTP edge: signing in, and every refusal in plain words with what was typed kept.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import '../../src/components/sign-in/sign-in.js';
import type { BookingSignIn } from '../../src/components/sign-in/sign-in.js';
import type { BookingSignedInEvent } from '../../src/components/manage/events.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import { createSalonBookItFake, SALONBOOKIT_DEMO_CUSTOMER as LUCIA, type SalonBookItFakeOptions } from '../../src/mocks/salonbookit/index.js';
import { click, deepActiveElement, findByShadowRole, findByShadowText, press, type, waitFor } from '../helpers/user.js';
import { useHandlers, useNetwork } from '../helpers/network.js';

const apiBase = 'https://salon.example/api/v1';
const KEY = 'hh_pub_test_abc123';

function setUp(options: SalonBookItFakeOptions = {}) {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: 'Europe/Madrid', apiKey: KEY, ...options });
  useHandlers(...fake.handlers);
  const adapter = createSalonBookItAdapter({ apiBase, apiKey: KEY, timeZone: 'Europe/Madrid' });
  return { fake, adapter };
}

const mount = (adapter: BookingAdapter, locale = 'en') =>
  fixture<BookingSignIn>(html`<booking-sign-in locale=${locale} timezone="Europe/Madrid" currency="EUR" .adapter=${adapter}></booking-sign-in>`);

const field = (el: HTMLElement, name: RegExp) => findByShadowRole(el, 'textbox', { name }) as Promise<HTMLInputElement>;
/** A password input has no role; it is found by its label. */
const passwordField = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('#password')!;
const message = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function fill(el: HTMLElement, email: string, password: string) {
  await type(await field(el, /^Email/), email);
  await type(passwordField(el), password);
}

describe('<booking-sign-in>', () => {
  useNetwork();

  it('signs in: the event carries the customer without secrets, the password is cleared', async () => {
    const { fake, adapter } = setUp();
    const el = await mount(adapter);
    await findByShadowRole(el, 'heading', { name: 'Sign in to your account' });
    expect(passwordField(el).labels![0].textContent).to.equal('Password');
    expect((await field(el, /^Email/)).autocomplete).to.equal('email');
    expect(passwordField(el).autocomplete).to.equal('current-password');
    await fill(el, LUCIA.email, LUCIA.password);
    const signedIn = oneEvent(el, 'booking-signed-in') as Promise<BookingSignedInEvent>;
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    const { detail } = await signedIn;
    expect(detail).to.deep.include({ firstName: 'Lucía', lastName: 'Fernández', email: LUCIA.email, points: 120 });
    expect(JSON.stringify(detail)).not.to.contain(LUCIA.password);
    expect(JSON.stringify(detail)).not.to.contain('sbk_');
    const login = fake.requests.find((r) => r.url.pathname === '/api/v1/auth/login/')!;
    expect(login.body).to.deep.equal({ email: LUCIA.email, password: LUCIA.password });
    await waitFor(() => expect(passwordField(el).value).to.equal(''));
  });

  it('the show-password button reveals and hides what was typed, and says which', async () => {
    const { adapter } = setUp();
    const el = await mount(adapter);
    await type(passwordField(el), 'secreto');
    const reveal = await findByShadowRole(el, 'button', { name: 'Show password', pressed: false });
    await click(reveal);
    expect(passwordField(el).type).to.equal('text');
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
    await press('Enter'); // on the toggle: toggles back, does not submit
    expect(passwordField(el).type).to.equal('password');
    expect(passwordField(el).value).to.equal('secreto');
  });

  it('a wrong password (401 INVALID_CREDENTIALS): plain words, focus on the password, everything typed kept', async () => {
    const { adapter } = setUp();
    const el = await mount(adapter);
    // The live region is in the accessibility tree (out of sight) before its first message.
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(message(el)).to.equal('');
    expect(getComputedStyle(region).display).to.not.equal('none');
    await fill(el, LUCIA.email, 'wrong-one');
    await press('Enter');
    await waitFor(() => expect(message(el)).to.equal('That email and password do not match. Please try again.'));
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(region);
    expect((await field(el, /^Email/)).value).to.equal(LUCIA.email);
    expect(passwordField(el).value).to.equal('wrong-one');
    expect(deepActiveElement()).to.equal(passwordField(el));
    await expect(el).to.be.accessible();
  });

  it('too many attempts (429 LOGIN_ATTEMPTS_EXCEEDED + Retry-After): says how long to wait', async () => {
    // The backend's clock stands still, so the wait it names does not depend on how fast the machine is.
    const frozen = new Date();
    const { adapter } = setUp({ auth: { maxLoginAttempts: 1, lockoutSeconds: 90 }, now: () => frozen });
    const el = await mount(adapter);
    await fill(el, LUCIA.email, 'wrong-one');
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    await waitFor(() => expect(message(el)).to.contain('do not match'));
    await type(passwordField(el), LUCIA.password);
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    await waitFor(() => expect(message(el)).to.equal('Too many requests. Please try again in 90 seconds.'));
    expect(passwordField(el).value).to.equal(LUCIA.password);
  });

  it('offline: says so, and the next try signs in', async () => {
    const { adapter } = setUp();
    let offline = true;
    useHandlers(http.post(`${apiBase}/auth/login/`, () => (offline ? HttpResponse.error() : undefined)));
    const el = await mount(adapter);
    await fill(el, LUCIA.email, LUCIA.password);
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    await waitFor(() => expect(message(el)).to.equal('You seem to be offline. Check your connection and try again.'));
    offline = false;
    const signedIn = oneEvent(el, 'booking-signed-in');
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    await signedIn;
    expect(message(el)).to.equal('');
  });

  it('empty or malformed fields are caught before anything is sent', async () => {
    const { fake, adapter } = setUp();
    const el = await mount(adapter);
    await click(await findByShadowRole(el, 'button', { name: 'Sign in' }));
    const email = await field(el, /^Email/);
    await waitFor(() => expect(email.getAttribute('aria-invalid')).to.equal('true'));
    expect(deepActiveElement()).to.equal(email);
    expect(passwordField(el).getAttribute('aria-invalid')).to.equal('true');
    await type(email, 'lucia@');
    await type(passwordField(el), 'x');
    await press('Enter');
    await findByShadowText(el, 'Enter an email address like name@example.com.');
    expect(fake.requests.some((r) => r.url.pathname.startsWith('/api/v1/auth/'))).to.equal(false);
    // The same rule as the details form (isPlausibleEmail): surrounding spaces are fine, the error goes.
    await type(email, ' lucia@example.com ');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).to.equal(null));
    await expect(el).to.be.accessible();
  });

  it('in Spanish, with tú', async () => {
    const { adapter } = setUp();
    const el = await mount(adapter, 'es');
    await findByShadowRole(el, 'heading', { name: 'Inicia sesión en tu cuenta' });
    await type(await field(el, /^Correo electrónico/), LUCIA.email);
    await type(passwordField(el), 'mal');
    await click(await findByShadowRole(el, 'button', { name: 'Iniciar sesión' }));
    await waitFor(() => expect(message(el)).to.equal('El correo y la contraseña no coinciden. Inténtalo de nuevo.'));
    await findByShadowRole(el, 'button', { name: 'Mostrar contraseña' });
  });
});
