import { html, nothing } from 'lit';
import type { Localization } from '../../context.js';
import { servicesTotal } from '../../core/flow.js';
import { formatDuration, formatPrice } from '../../core/format.js';
import type { Location, Service, Slot } from '../../core/model.js';

/* The booking summary's pieces, shared by the review and the confirmation so both read alike. */

/** One term and its value in the summary's description list. */
export const summaryRow = (term: string, value: unknown) =>
  html`<div part="row"><dt part="term">${term}</dt><dd part="value">${value}</dd></div>`;

/** The location's row: its name, then its address when known. */
export const locationRow = (term: string, location: Location | undefined) =>
  location
    ? summaryRow(
        term,
        html`<span>${location.name}</span> ${location.address ? html`<span part="detail">${location.address}</span>` : nothing}`,
      )
    : nothing;

/**
 * What is booked: one service's name; several services as a list, each with its duration and price;
 * a group session as "Joining", with the seats it has left when `seats` (not after joining: they changed).
 */
export function servicesRow(l10n: Localization, services: readonly Service[], slot?: Slot, seats = true) {
  const t = l10n.messages;
  if (services.length > 1) {
    return summaryRow(
      t.reviewServices,
      html`<ul part="service-list" role="list">
        ${services.map(
          (s) => html`<li part="service-item">
            ${s.name} <span part="detail">${t.durationAndPrice(formatDuration(s.durationMinutes, l10n.locale), formatPrice(l10n, s.price, s.currency))}</span>
          </li>`,
        )}
      </ul>`,
    );
  }
  const [service] = services;
  if (!service) return nothing;
  const left = seats ? slot?.session?.seatsLeft : undefined;
  if (service.group && slot?.session) {
    return summaryRow(
      t.reviewJoining,
      html`<span>${service.name}</span> ${left !== undefined ? html`<span part="detail">${t.seatsLeft(left)}</span>` : nothing}`,
    );
  }
  return summaryRow(t.reviewService, service.name);
}

/** Duration and price; for several services their combined duration and the total (the backend's, once it said). */
export function costRows(l10n: Localization, services: readonly Service[], total?: { amount: number; currency?: string }) {
  if (services.length === 0) return nothing;
  const t = l10n.messages;
  const sum = servicesTotal(services);
  const amount = total ?? { amount: sum.price, currency: sum.currency };
  return html`${summaryRow(t.reviewDuration, formatDuration(sum.durationMinutes, l10n.locale))}
  ${summaryRow(services.length > 1 ? t.reviewTotal : t.reviewPrice, formatPrice(l10n, amount.amount, amount.currency))}`;
}
