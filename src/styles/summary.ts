import { css } from 'lit';
import { base } from './shared.js';

/** The term/value list of the review and the confirmation, so both read alike. */
export const summaryStyles = [
  base,
  css`
    :host {
      --_term-width: var(--bw-summary-term-width, minmax(8rem, 1fr));
    }

    [part~='summary'] {
      display: grid;
      margin: 0 0 calc(var(--_space) * 3);
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
      background: var(--_surface);
    }

    [part~='row'] {
      display: grid;
      gap: 2px;
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      min-width: 0;
    }

    [part~='row'] + [part~='row'] {
      border-block-start: 1px solid var(--_divider);
    }

    /* Side by side once there is room for a term column. */
    @container (min-width: 30rem) {
      [part~='row'] {
        grid-template-columns: var(--_term-width) 2.5fr;
        gap: calc(var(--_space) * 2);
      }
    }

    [part~='term'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    [part~='value'] {
      display: grid;
      gap: 2px;
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    [part~='time-zone'],
    [part~='detail'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    [part~='notes'] {
      white-space: pre-line;
    }
  `,
];
