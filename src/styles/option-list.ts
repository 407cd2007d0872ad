import { css } from 'lit';
import { base, shimmer } from './shared.js';

/** The list, options, check mark and loading rows shared by the three pickers, so the steps look alike. */
export const optionListStyles = [
  base,
  shimmer("[part~='skeleton-row']"),
  css`
    :host {
      --_option-padding: var(--bw-option-padding, calc(var(--_space) * 1.5) calc(var(--_space) * 2));
    }

    [part~='list'],
    [part~='skeleton'] {
      display: grid;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* Two columns once a column is wide enough for a name and its price. */
    @container (min-width: 36rem) {
      [part~='list'],
      [part~='skeleton'] {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    [part~='item'] {
      display: flex;
      min-width: 0;
    }

    [part~='option'] {
      box-sizing: border-box;
      position: relative;
      display: flex;
      flex: 1;
      align-items: center;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
      min-height: var(--_action);
      margin: 0;
      padding: var(--_option-padding);
      /* Room for the check mark, on the side text ends. */
      padding-inline-end: calc(var(--_space) * 2 + 20px + var(--_space));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      text-align: start;
      overflow-wrap: anywhere;
      cursor: pointer;
    }

    [part~='option']:hover {
      border-color: var(--_primary);
    }

    /* Selection shows as a thicker border and a check, not by colour alone. */
    [part~='option-selected'] {
      border-color: var(--_primary);
      box-shadow: inset 0 0 0 1px var(--_primary);
      background: color-mix(in srgb, var(--_primary) 7%, var(--_surface));
    }

    [part~='text'] {
      display: grid;
      gap: 2px;
      min-width: 0;
    }

    [part~='name'] {
      font-weight: 600;
    }

    [part~='meta'],
    [part~='description'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    [part~='check'] {
      position: absolute;
      inset-inline-end: calc(var(--_space) * 1.5);
      top: 50%;
      width: 20px;
      height: 20px;
      translate: 0 -50%;
      color: var(--_primary);
    }

    [part~='empty'] {
      margin: 0;
      color: var(--_muted);
    }

    [part~='skeleton-row'] {
      height: 4rem;
      border-radius: var(--_radius);
    }

    @media (forced-colors: active) {
      /* Shadows are dropped in forced colours: the selected option gets a system-colour frame. */
      [part~='option-selected'] {
        border: 2px solid Highlight;
      }
      [part~='check'] {
        color: Highlight;
      }
    }
  `,
];
