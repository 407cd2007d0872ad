import { html, svg } from 'lit';

/*
 * Icons more than one element draws, defined once so they cannot drift apart. Decorative only
 * (`aria-hidden`): the text beside them says what they mean. They take `currentColor`, so each
 * element colours them through its own parts.
 */

/** A circled "!" before an error or a warning. */
export const errorIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  ${svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="1.8" />
    <path d="M10 5.5v5.5M10 13.6v.4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />`}
</svg>`;

/** A filled circle with a white tick: a booking made. Carries `part="icon"` for the element's styles. */
export const successIcon = html`<svg part="icon" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
  ${svg`<circle cx="16" cy="16" r="14" fill="currentColor" />
    <path d="M9.5 16.5l4.5 4.5 8.5-9.5" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />`}
</svg>`;
