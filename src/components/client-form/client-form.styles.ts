import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { base, primaryButton } from '../../styles/shared.js';

export const styles = [
  base,
  primaryButton("[part~='submit']"),
  fieldStyles,
  css`
    [part~='form'] {
      display: grid;
      gap: calc(var(--_space) * 2);
      margin: 0;
    }

    /* Names, email and phone in two columns once a column holds an email address. */
    @container (min-width: 32rem) {
      [part~='form'] {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        column-gap: calc(var(--_space) * 2);
      }

      .wide {
        grid-column: 1 / -1;
      }

      [part~='submit'] {
        justify-self: start;
      }
    }

    [part~='summary'] {
      grid-column: 1 / -1;
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid transparent;
      border-inline-start: 4px solid var(--_danger);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
      color: var(--_text);
      font-weight: 600;
    }

    /* Kept in the tree while empty, so the live region exists before it has something to say. */
    [part~='summary'].quiet {
      padding: 0;
      border: 0;
    }

    textarea[part~='input'] {
      min-height: 6em;
      resize: vertical;
    }

    [part~='error'] {
      display: grid;
      gap: 2px;
      margin: 0;
      color: var(--_danger);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }

    [part~='error'] > span {
      display: flex;
      gap: 4px;
      align-items: start;
    }

    [part~='error'] svg {
      flex: none;
      width: 1.15em;
      height: 1.15em;
    }

    [part~='submit'] {
      grid-column: 1 / -1;
    }

    @media (forced-colors: active) {
      /* The inset shadow is dropped; a thicker frame keeps invalid fields apart. */
      [part~='input'][aria-invalid='true'] {
        border-width: 2px;
      }
    }
  `,
];
