/** A `<booking-widget>` on the fake CitaPro backend, and the steps a customer takes through it. */
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { BookingWidget } from '../../src/components/booking-widget/booking-widget.js';
import { createCitaProFake, type CitaProFakeOptions } from '../../src/mocks/index.js';
import { click, findAllByShadowRole, findByShadowRole, type, waitFor } from '../helpers/user.js';
import { useHandlers } from '../helpers/network.js';

export const apiBase = 'https://api.citapro.test';

export function citaProFake(options: CitaProFakeOptions = {}) {
  const fake = createCitaProFake({ baseUrl: apiBase, ...options });
  useHandlers(...fake.handlers);
  return fake;
}

/** Mounts the widget inside a Spanish page, configured with attributes as a merchant would write them. */
export async function mountWidget(attributes: Record<string, string> = {}): Promise<BookingWidget> {
  const page = await fixture<HTMLDivElement>(html`<div lang="es"></div>`);
  const element = document.createElement('booking-widget');
  for (const [name, value] of Object.entries({ backend: 'citapro', 'api-base': apiBase, ...attributes })) {
    element.setAttribute(name, value);
  }
  page.append(element);
  await element.updateComplete;
  return element;
}

export const button = (root: HTMLElement, name: string | RegExp) => findByShadowRole(root, 'button', { name }, { timeout: 4000 });

export async function heading(root: HTMLElement, name: string | RegExp) {
  return findByShadowRole(root, 'heading', { name }, { timeout: 4000 });
}

/** Clicks the first day the calendar marks as having free times, then returns that day's time buttons. */
export async function pickFirstAvailableDay(root: HTMLElement): Promise<HTMLElement[]> {
  const days = await waitFor(
    async () => {
      const cells = await findAllByShadowRole(root, 'gridcell', { name: /con horas libres|free times available/ });
      const usable = cells.filter((cell) => cell.getAttribute('aria-disabled') !== 'true');
      if (usable.length === 0) throw new Error('no available day yet');
      return usable;
    },
    { timeout: 6000 },
  );
  await click(days[0]);
  const group = await findByShadowRole(root, 'group', { name: /^(Horas del|Times on)/ });
  // Times only: the group may also hold the switch to the visitor's time zone.
  const buttons = await findAllByShadowRole(group, 'button');
  return buttons.filter((button) => /^\d/.test(button.textContent!.trim()));
}

export interface Customer {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  notes?: string;
}

export const juan: Customer = {
  firstName: 'Juan',
  lastName: 'Pérez',
  email: 'juan@example.com',
  phone: '+593991234568',
};

export async function fillDetails(root: HTMLElement, customer: Customer): Promise<void> {
  await type(await findByShadowRole(root, 'textbox', { name: /^Nombre/ }), customer.firstName);
  await type(await findByShadowRole(root, 'textbox', { name: /^Apellidos/ }), customer.lastName);
  await type(await findByShadowRole(root, 'textbox', { name: /^Correo electrónico/ }), customer.email);
  await type(await findByShadowRole(root, 'textbox', { name: /^Teléfono/ }), customer.phone);
  if (customer.notes) await type(await findByShadowRole(root, 'textbox', { name: /^Notas/ }), customer.notes);
}

/** Service → location → any professional → first free time; leaves the widget on the details step. */
export async function chooseUpToDetails(root: BookingWidget, service = /Corte de cabello/, location = /Sede Principal/) {
  await click(await button(root, service));
  await click(await button(root, location));
  await click(await button(root, /Cualquier profesional/));
  const times = await pickFirstAvailableDay(root);
  const chosenTime = times[0].textContent!.trim();
  await click(times[0]);
  await heading(root, 'Tus datos');
  return chosenTime;
}

export { oneEvent };
