import { css } from 'lit';
import { secondaryButton } from '../../styles/shared.js';
import { styles as fieldStyles } from '../client-form/client-form.styles.js';

/* The client form's fields, summary and submit, plus the customers editor. */
export const styles = [
  ...fieldStyles,
  secondaryButton("[part~='add-new'], [part~='add-customer'], [part~='cancel']"),
  css`
    [part~='form'] {
      grid-template-columns: minmax(0, 1fr);
    }

    [part~='customers'],
    [part~='new-customer'] {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
      margin: 0;
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }

    [part~='legend'] {
      padding: 0 4px;
      font-weight: 600;
    }

    [part~='limit'],
    [part~='empty'] {
      margin: 0;
    }

    [part~='empty'] {
      color: var(--_muted);
    }

    [part~='chips'],
    [part~='results'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part~='results'] {
      flex-direction: column;
      margin-block-start: 4px;
    }

    [part~='chip'] {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-height: var(--_control);
      padding-inline: calc(var(--_space) * 1.5) 2px;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_tint);
      max-width: 100%;
    }

    .chip-text {
      overflow-wrap: anywhere;
    }

    [part~='chip'] [part~='hint'] {
      font-size: 0.875em;
    }

    [part~='remove'] {
      flex: none;
      inline-size: var(--_control);
      block-size: var(--_control);
      margin: 0;
      padding: 0;
      border: 1px solid transparent;
      border-radius: 50%;
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: 1.25em;
      line-height: 1;
      cursor: pointer;
    }

    [part~='remove']:hover {
      border-color: var(--_border);
    }

    [part~='result'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      align-items: baseline;
      box-sizing: border-box;
      width: 100%;
      min-height: var(--_control);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }

    [part~='result']:hover {
      background: var(--_tint);
    }

    [part~='search'] {
      appearance: none;
    }

    [part~='new-fields'] {
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }

    @container (min-width: 32rem) {
      [part~='new-fields'] {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    [part~='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }

    [part~='add-new'] {
      justify-self: start;
    }
  `,
];
