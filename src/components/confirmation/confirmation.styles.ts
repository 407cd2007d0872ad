import { css } from 'lit';
import { secondaryButton } from '../../styles/shared.js';
import { summaryStyles } from '../../styles/summary.js';

export const styles = [
  summaryStyles,
  secondaryButton("[part~='restart']"),
  css`
    [part~='status'] {
      display: flex;
      align-items: start;
      gap: calc(var(--_space) * 1.5);
      margin: 0 0 calc(var(--_space) * 2);
    }

    [part~='icon'] {
      flex: none;
      width: 32px;
      height: 32px;
      color: var(--_success);
    }

    /* The tick is drawn in the surface colour, so it stays cut out of the disc in either theme. */
    [part~='icon'] path {
      stroke: var(--_surface);
    }

    [part~='message'] {
      margin: 0;
      align-self: center;
    }

    [part~='reference'] {
      display: grid;
      gap: 2px;
      margin: 0 0 calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border: 1px solid transparent;
      border-inline-start: 4px solid var(--_success);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
      overflow-wrap: anywhere;
    }

    [part~='reference-label'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    [part~='reference-value'] {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 1.25em;
      font-weight: 600;
      letter-spacing: 0.04em;
      user-select: all;
    }

    @media (forced-colors: active) {
      [part~='icon'] path {
        stroke: Canvas;
      }
    }
  `,
];
