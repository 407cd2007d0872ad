import { css } from 'lit';
import { base } from '../../styles/shared.js';

export const styles = [
  base,
  css`
    :host {
      display: grid;
      gap: calc(var(--_space) * 2);
    }

    p {
      margin: 0;
    }

    [part~='repeat'] {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-height: var(--_control);
      font-weight: 600;
    }

    [part~='repeat'] input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_primary);
    }

    .settings {
      display: grid;
      gap: calc(var(--_space) * 2);
      padding-inline-start: calc(var(--_space) * 2);
      border-inline-start: 2px solid var(--_divider);
    }

    .field {
      display: grid;
      gap: 4px;
      justify-items: start;
    }

    label,
    legend {
      font-weight: 600;
    }

    .inline {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }

    select,
    input[type='number'],
    input[type='date'] {
      box-sizing: border-box;
      min-height: var(--_control);
      margin: 0;
      padding: 4px var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      font-size: max(1rem, 1em);
    }

    input[type='number'] {
      width: 5.5em;
    }

    [aria-invalid='true'] {
      border-color: var(--_danger);
      box-shadow: inset 0 0 0 1px var(--_danger);
    }

    fieldset {
      display: grid;
      gap: var(--_space);
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }

    legend {
      padding: 0 0 4px;
    }

    .days {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }

    [part~='weekday'] {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: 2px;
      min-width: var(--_control);
      min-height: var(--_control);
      margin: 0;
      padding: 0 var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }

    [part~='weekday']:hover {
      background: var(--_tint);
    }

    /* Pressed days carry a tick and a heavier frame, not only a colour. */
    [part~='weekday-selected'] {
      border: 2px solid var(--_primary);
      background: var(--_tint);
      font-weight: 700;
    }

    svg {
      flex: none;
      width: 1em;
      height: 1em;
    }

    [part~='hint'] {
      color: var(--_muted);
      font-size: 0.875em;
    }

    [part~='error'] {
      display: flex;
      gap: 4px;
      align-items: start;
      color: var(--_danger);
      font-size: 0.875em;
    }

    [part~='preview'] {
      display: grid;
      gap: var(--_space);
    }

    .preview-label {
      font-weight: 600;
    }

    .status {
      display: grid;
      gap: var(--_space);
    }

    [part~='count'] {
      color: var(--_muted);
    }

    [part~='warning']:not(:empty) {
      display: flex;
      gap: 4px;
      align-items: start;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-inline-start: 4px solid var(--_danger);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
      font-weight: 600;
    }

    ul {
      display: grid;
      gap: 2px;
      max-height: 16rem;
      margin: 0;
      padding: 0;
      overflow-y: auto;
      list-style: none;
    }

    [part~='occurrence'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      padding: 4px var(--_space);
      border-radius: var(--_radius);
    }

    [part~='occurrence-outside'] {
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    }

    .flag {
      display: inline-flex;
      gap: 4px;
      align-items: center;
      color: var(--_danger);
      font-weight: 600;
    }

    @media (forced-colors: active) {
      [part~='weekday-selected'] {
        border-width: 3px;
      }

      [aria-invalid='true'] {
        border-width: 2px;
      }
    }
  `,
];
