import { css } from 'lit';
import { primaryButton } from '../../styles/shared.js';
import { summaryStyles } from '../../styles/summary.js';

export const styles = [
  summaryStyles,
  primaryButton("[part~='confirm']"),
  css`
    [part~='confirm'] {
      width: 100%;
    }

    @container (min-width: 30rem) {
      [part~='confirm'] {
        width: auto;
      }
    }

    [part~='confirm'][aria-disabled='true'] {
      cursor: progress;
    }

    [part~='spinner'] {
      flex: none;
      width: 1em;
      height: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }

    @keyframes spin {
      to {
        rotate: 1turn;
      }
    }

    /* Slowed, not stopped: it is the only sign the booking is still on its way. */
    @media (prefers-reduced-motion: reduce) {
      [part~='spinner'] {
        animation-duration: 2.4s;
      }
    }
  `,
];
