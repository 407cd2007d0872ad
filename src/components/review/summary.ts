import { html, nothing } from 'lit';
import type { Location } from '../../core/model.js';

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
