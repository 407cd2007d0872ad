import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
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

/** One choice in a picker: a pressed-state button, so choosing is one click and Back shows the choice. */
export function optionButton(option: {
  selected: boolean;
  onChoose: () => void;
  name: unknown;
  /** Secondary lines inside the button's text box. */
  details?: unknown;
  /** Id of a detail that describes (rather than names) the option. */
  describedBy?: string;
  /** Shown before the text, e.g. an avatar. */
  lead?: unknown;
  /** Extra part name, e.g. `option-any`. */
  kind?: string;
}) {
  const parts = ['option', option.kind, option.selected && 'option-selected'].filter(Boolean).join(' ');
  return html`<li part="item">
    <button
      type="button"
      part=${parts}
      aria-pressed=${option.selected ? 'true' : 'false'}
      aria-describedby=${ifDefined(option.describedBy)}
      @click=${option.onChoose}
    >
      ${option.lead ?? nothing}
      <span part="text"><span part="name">${option.name}</span> ${option.details ?? nothing}</span>
      ${option.selected ? checkIcon : nothing}
    </button>
  </li>`;
}

/** The list, its loading rows, or the message for an empty list. */
export const optionList = (t: Messages, state: { loading: boolean; emptyMessage?: string }, options: unknown) =>
  state.loading ? skeleton(t)
  : state.emptyMessage ? html`<p part="empty">${state.emptyMessage}</p>`
  : html`<ul part="list" role="list">${options}</ul>`;
