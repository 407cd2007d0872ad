import { css } from 'lit';
import { summaryStyles } from '../review/review.styles.js';

export const styles = [
  summaryStyles,
  css`
    [part~='status'] {
      display: flex;
      align-items: start;
      gap: calc(var(--bw-space, 8px) * 1.5);
      margin: 0 0 calc(var(--bw-space, 8px) * 2);
    }

    [part~='icon'] {
      flex: none;
      width: 32px;
      height: 32px;
      color: var(--bw-color-success, #1e7a3c);
    }

    [part~='message'] {
      margin: 0;
      align-self: center;
    }

    [part~='reference'] {
      display: grid;
      gap: 2px;
      margin: 0 0 calc(var(--bw-space, 8px) * 2);
      padding: calc(var(--bw-space, 8px) * 1.5) calc(var(--bw-space, 8px) * 2);
      border-radius: var(--bw-radius, 8px);
      background: color-mix(in srgb, var(--bw-color-success, #1e7a3c) 8%, var(--bw-color-surface, #fff));
      overflow-wrap: anywhere;
    }

    [part~='reference-label'] {
      color: var(--bw-color-muted, #5b6473);
      font-size: 0.875em;
    }

    [part~='reference-value'] {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 1.25em;
      font-weight: 600;
      letter-spacing: 0.04em;
      user-select: all;
    }

    [part~='restart'] {
      min-height: 44px;
      padding: var(--bw-space, 8px) calc(var(--bw-space, 8px) * 3);
      border: 1px solid var(--bw-color-primary, #2f5bd3);
      border-radius: var(--bw-radius, 8px);
      background: var(--bw-color-surface, #fff);
      color: var(--bw-color-primary, #2f5bd3);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    [part~='restart']:focus-visible {
      outline: 2px solid var(--bw-color-primary, #2f5bd3);
      outline-offset: 2px;
    }
  `,
];
