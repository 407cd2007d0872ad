import { css } from 'lit';
import { base } from '../../styles/shared.js';

export const styles = [
  base,
  css`
    :host {
      --_marker: var(--bw-steps-marker-size, 24px);
    }

    [part~='compact'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      margin: 0 0 var(--_space);
      font-size: 0.875em;
    }

    [part~='compact-count'] {
      color: var(--_muted);
    }

    [part~='compact-name'] {
      font-weight: 600;
    }

    [part~='list'] {
      display: flex;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part~='step'] {
      position: relative;
      display: flex;
      flex: 1;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      min-width: 0;
      text-align: center;
      font-size: 0.8125em;
      color: var(--_muted);
    }

    /* The line joining a marker to the previous one; logical insets mirror it in RTL. */
    [part~='step'] + [part~='step']::before {
      content: '';
      position: absolute;
      top: calc(var(--_marker) / 2 - 1px);
      inset-inline: calc(-50% + var(--_marker) / 2 + 4px) calc(50% + var(--_marker) / 2 + 4px);
      height: 2px;
      background: var(--_border);
    }

    [part~='step-complete'] + [part~='step']::before,
    [part~='step-complete']::before {
      background: var(--_primary);
    }

    [part~='marker'] {
      box-sizing: border-box;
      display: grid;
      place-items: center;
      width: var(--_marker);
      height: var(--_marker);
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_surface);
      font-size: 0.75rem;
      font-weight: 600;
    }

    [part~='marker'] svg {
      width: 60%;
      height: 60%;
    }

    [part~='step-complete'] [part~='marker'] {
      border-color: var(--_primary);
      background: var(--_primary);
      color: var(--_on-primary);
    }

    [part~='step-current'] {
      color: var(--_text);
      font-weight: 600;
    }

    [part~='step-current'] [part~='marker'] {
      border-color: var(--_primary);
      color: var(--_primary);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_primary) 25%, transparent);
    }

    [part~='label'] {
      max-width: 100%;
      overflow-wrap: anywhere;
    }

    /* Narrow: markers only, with "Step n of N · name" above; the labels stay for assistive tech. */
    @container (width <= 40rem) {
      [part~='label'] {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }

    @container (width > 40rem) {
      [part~='compact'] {
        display: none;
      }
    }

    @media (forced-colors: active) {
      [part~='step'] + [part~='step']::before {
        background: CanvasText;
      }
      /* The current step's halo is a shadow, which forced colours drop. */
      [part~='step-current'] [part~='marker'] {
        border-color: Highlight;
        outline: 2px solid Highlight;
        outline-offset: 1px;
      }
    }
  `,
];
