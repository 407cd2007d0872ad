import { css } from 'lit';
import { summaryStyles } from '../../styles/summary.js';
import { formStyles } from './form.styles.js';

export const styles = [
  formStyles,
  summaryStyles,
  css`
    :host {
      display: grid;
      gap: calc(var(--_space) * 4);
    }

    [part~='section'] {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-width: 0;
    }

    [part~='message'] {
      display: grid;
      gap: var(--_space);
      justify-items: start;
    }

    [part~='message'] p {
      margin: 0;
    }

    [part~='list'] {
      display: grid;
      gap: calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part~='booking'] {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      padding: calc(var(--_space) * 2);
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }

    [part~='booking-cancelled'] [part~='status'] {
      color: var(--_muted);
    }

    [part~='booking-title'] {
      margin: 0;
      font-size: 1.05em;
    }

    /* The card's frame already separates it: no second frame for its list. */
    [part~='booking'] [part~='summary'] {
      margin: 0;
      border: 0;
      background: none;
    }

    [part~='booking'] [part~='row'] {
      padding-inline: 0;
    }

    [part~='status'] {
      font-weight: 600;
    }

    [part~='cancel-form'] {
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_divider);
    }

    [part~='question'] {
      margin: 0;
      font-weight: 600;
    }

    [part~='cancel'] {
      justify-self: start;
    }

    @container (min-width: 30rem) {
      [part~='submit'] {
        justify-self: start;
      }
    }
  `,
];
