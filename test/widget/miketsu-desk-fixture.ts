/** `<booking-widget backend="miketsu" mode="merchant">` on the fake Miketsu backend, and the steps a front-desk employee takes. */
import { expect, fixture, html } from '@open-wc/testing';
import { miketsuBackend } from '../../src/adapters/miketsu.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { registerBackend } from '../../src/core/backends.js';
import { createMiketsuFake, MIKETSU_IDS, type MiketsuFakeOptions } from '../../src/mocks/miketsu/index.js';
import { click, findByShadowRole, type } from '../helpers/user.js';
import { useHandlers } from '../helpers/network.js';
import { button, heading, pickFirstAvailableDay } from './citapro-fixture.js';

registerBackend('miketsu', miketsuBackend);

export const apiBase = 'https://host.example/api/v1';
export const zone = 'America/Guayaquil';
export const deskPath = '/api/v1/bookings/merchant';

export function miketsuFake(options: Partial<MiketsuFakeOptions> = {}) {
  const fake = createMiketsuFake({ baseUrl: apiBase, timeZone: zone, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

export async function mountDesk(): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const element = document.createElement('booking-widget');
  const all = { backend: 'miketsu', 'api-base': apiBase, merchant: MIKETSU_IDS.merchant, timezone: zone, mode: 'merchant' };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  page.append(element);
  await element.updateComplete;
  return element;
}

export const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
export const errorText = (widget: BookingWidget) => plain(widget.shadowRoot!.querySelector('[part="error"]')?.textContent);
export const deskPosts = (fake: ReturnType<typeof createMiketsuFake>) => fake.requests.filter((r) => r.method === 'POST' && r.url.pathname === deskPath);
export const searchbox = (widget: BookingWidget) => findByShadowRole(widget, 'searchbox', { name: 'Find a customer' }, { timeout: 4000 });

/** Service → the first free time; leaves the widget on "Customers". */
export async function chooseTime(widget: BookingWidget, service: RegExp, time?: (label: string) => boolean) {
  await heading(widget, 'Choose a service');
  await click(await button(widget, service));
  await heading(widget, 'Choose a date and time');
  const times = await pickFirstAvailableDay(widget);
  await click(times.find((t) => !time || time(t.textContent!.trim())) ?? times[0]);
  await heading(widget, 'Customers');
  // The progress bar names the step after what it asks for, like the heading.
  const progress = await findByShadowRole(widget, 'navigation', { name: 'Booking steps' });
  expect(plain(progress.textContent)).to.contain('Customers').and.not.to.contain('Your details');
  return widget.state.slot!;
}

export async function pickCustomer(widget: BookingWidget, query: string, name: RegExp) {
  await type(await searchbox(widget), query);
  const results = await findByShadowRole(widget, 'list', { name: 'Matching customers' }, { timeout: 4000 });
  await click(await findByShadowRole(results, 'button', { name }));
}

/** The seed's business hours (Monday, Wednesday, Friday open until 20:00), to check the flags independently. */
const hours: Record<number, Array<[string, string]>> = {
  0: [],
  1: [['09:00', '13:00'], ['14:00', '20:00']],
  2: [['09:00', '13:00'], ['14:00', '18:00']],
  3: [['09:00', '13:00'], ['14:00', '20:00']],
  4: [['09:00', '13:00'], ['14:00', '18:00']],
  5: [['09:00', '13:00'], ['14:00', '20:00']],
  6: [['10:00', '14:00']],
};
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export function outsideHours(date: string, time: string, duration: number): boolean {
  const start = minutes(time);
  return !hours[new Date(`${date}T00:00:00Z`).getUTCDay()].some(([open, close]) => start >= minutes(open) && start + duration <= minutes(close));
}
