import { css } from 'lit';

/** The summary list, shared with the confirmation so both read alike. */
export const summaryStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--bw-font, inherit);
    color: var(--bw-color-text, #1d2330);
  }

  :host([hidden]) {
    display: none;
  }

  [part~='summary'] {
    display: grid;
    margin: 0 0 calc(var(--bw-space, 8px) * 3);
    border: 1px solid var(--bw-color-border, #c9ced8);
    border-radius: var(--bw-radius, 8px);
    background: var(--bw-color-surface, #fff);
  }

  [part~='row'] {
    display: grid;
    gap: 2px;
    padding: calc(var(--bw-space, 8px) * 1.5) calc(var(--bw-space, 8px) * 2);
    min-width: 0;
  }

  [part~='row'] + [part~='row'] {
    border-top: 1px solid var(--bw-color-border, #c9ced8);
  }

  /* Side by side once there is room for a term column. */
  @container (min-width: 30rem) {
    [part~='row'] {
      grid-template-columns: minmax(8rem, 1fr) 2.5fr;
      gap: calc(var(--bw-space, 8px) * 2);
    }
  }

  [part~='term'] {
    color: var(--bw-color-muted, #5b6473);
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
    color: var(--bw-color-muted, #5b6473);
    font-size: 0.875em;
  }

  [part~='notes'] {
    white-space: pre-line;
  }
`;

export const styles = [
  summaryStyles,
  css`

  [part~='confirm'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--bw-space, 8px);
    width: 100%;
    min-height: 44px;
    padding: var(--bw-space, 8px) calc(var(--bw-space, 8px) * 3);
    border: 0;
    border-radius: var(--bw-radius, 8px);
    background: var(--bw-color-primary, #2f5bd3);
    color: var(--bw-color-on-primary, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  @container (min-width: 30rem) {
    [part~='confirm'] {
      width: auto;
    }
  }

  [part~='confirm']:focus-visible {
    outline: 2px solid var(--bw-color-primary, #2f5bd3);
    outline-offset: 2px;
  }

  [part~='confirm'][aria-disabled='true'] {
    cursor: progress;
  }

  [part~='spinner'] {
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

  @media (prefers-reduced-motion: reduce) {
    [part~='spinner'] {
      animation-duration: 2.4s;
    }
  }
`,
];
