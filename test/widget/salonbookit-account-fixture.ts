/** `<booking-widget backend="salonbookit" customer-login>` on the fake SalonBookIt backend, and the steps a customer takes. */
import { expect, fixture, html } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/index.js';
import { createSalonBookItAdapter } from '../../src/adapters/salonbookit.js';
import type { BookingAdapter } from '../../src/core/adapter.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { addPlainDays, parsePlainDate, todayIn } from '../../src/core/zoned-time.js';
import { createSalonBookItFake, SALONBOOKIT_DEMO_CUSTOMER as LUCIA, type SalonBookItFakeOptions } from '../../src/mocks/salonbookit/index.js';
import { click, deepActiveElement, findAllByShadowRole, findByShadowRole, queryByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers } from '../helpers/network.js';

export const apiBase = 'https://salon.example/api/v1';
export const zone = 'Europe/Madrid';
export const KEY = 'hh_pub_test_abc123';

export function salonFake(options: SalonBookItFakeOptions = {}) {
  const fake = createSalonBookItFake({ baseUrl: apiBase, timeZone: zone, apiKey: KEY, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

export async function mountWidget(attributes: Record<string, string> = {}, adapter?: BookingAdapter): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'salonbookit', 'api-base': apiBase, 'api-key': KEY, currency: 'EUR', timezone: zone, locale: 'en', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  if (adapter) element.adapter = adapter;
  page.append(element);
  await element.updateComplete;
  return element;
}

export const salonAdapter = () => createSalonBookItAdapter({ apiBase, apiKey: KEY, timeZone: zone });

/** Holds the backend's answers to `method path` until released; the fake answers them then. */
export function hold(method: 'post', path: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  useHandlers(http[method](`${apiBase}${path}`, async () => {
    await held;
    return undefined;
  }));
  return release;
}

/** Every `name` event that reaches the page, until `stop()`. */
export function heardOnPage<T extends Event>(name: string) {
  const heard: T[] = [];
  const listener = (e: Event) => heard.push(e as T);
  document.addEventListener(name, listener);
  return { heard, stop: () => document.removeEventListener(name, listener) };
}

export const statusLine = (widget: BookingWidget) => widget.shadowRoot!.querySelector('[part="account-status"]')!;

/** What an element's aria-describedby points at, in words. */
export const description = (root: ShadowRoot, element: Element) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => plain(root.getElementById(id)?.textContent)).join(' ');

export const button = (root: Element, name: string | RegExp) => findByShadowRole(root as HTMLElement, 'button', { name }, { timeout: 4000 });
export const heading = (root: Element, name: string | RegExp) => findByShadowRole(root as HTMLElement, 'heading', { name }, { timeout: 4000 });
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const focusedText = () => plain(deepActiveElement()?.textContent);
export const posts = (fake: ReturnType<typeof salonFake>, path: RegExp) => fake.requests.filter((r) => r.method === 'POST' && path.test(r.url.pathname));

export function weekdayAhead(days: number): string {
  let date = addPlainDays(todayIn(zone), days);
  while ([0, 6].includes(parsePlainDate(date).getDay())) date = addPlainDays(date, 1);
  return date;
}

export async function signIn(widget: BookingWidget) {
  if (!queryByShadowRole(widget, 'heading', { name: 'Sign in to your account' })) await click(await button(widget, 'Sign in'));
  await heading(widget, 'Sign in to your account');
  await type(await findByShadowRole(widget, 'textbox', { name: /^Email/ }), LUCIA.email);
  const password = widget.shadowRoot!.querySelector('booking-sign-in')!.shadowRoot!.querySelector<HTMLInputElement>('#password')!;
  await type(password, LUCIA.password);
  await click(await button(widget, 'Sign in'));
  await waitFor(() => expect(plain(widget.shadowRoot!.querySelector('[part="account-status"]')?.textContent)).to.equal('Signed in as Lucía Fernández'));
}

export async function pickFirstTime(root: HTMLElement) {
  const days = await waitFor(
    async () => {
      const cells = await findAllByShadowRole(root, 'gridcell', { name: /free times available/ });
      const usable = cells.filter((cell) => cell.getAttribute('aria-disabled') !== 'true');
      if (usable.length === 0) throw new Error('no available day yet');
      return usable;
    },
    { timeout: 8000 },
  );
  await click(days[0]);
  const group = await findByShadowRole(root, 'group', { name: /^Times on/ });
  const times = (await findAllByShadowRole(group, 'button')).filter((b) => /^\d/.test(b.textContent!.trim()));
  await click(times[0]);
}

export async function chooseHaircutWithCarlos(widget: BookingWidget) {
  await click(await button(widget, /Corte Clásico/));
  await click(await button(widget, 'Continue'));
  await heading(widget, 'Choose a professional');
  await click(await button(widget, /Carlos García/));
  await heading(widget, 'Choose a date and time');
}
