import { html, svg } from 'lit';
import type { Messages } from '../../i18n/index.js';

/* Render pieces shared by the three pickers, so they look and read the same. */

/** Shown on the selected option next to `aria-pressed`, so selection is not shown by colour alone. */
export const checkIcon = html`<svg part="check" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
  ${svg`<path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />`}
</svg>`;

/** Placeholder rows while the list loads; only the hidden text is announced. */
export const skeleton = (t: Messages) => html`
  <div part="skeleton" aria-hidden="true">
    <div part="skeleton-row"></div>
    <div part="skeleton-row"></div>
    <div part="skeleton-row"></div>
  </div>
  <p class="visually-hidden" role="status">${t.loading}</p>
`;
