import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { base, primaryButton, secondaryButton } from '../../styles/shared.js';

/** Fields, messages and buttons shared by `<booking-sign-in>` and `<booking-manage>`, matching the details form. */
export const formStyles = [
  base,
  primaryButton("[part~='submit'], [part~='confirm-cancel']"),
  secondaryButton("[part~='cancel'], [part~='keep'], [part~='retry']"),
  fieldStyles,
  css`
    :host {
      line-height: 1.4;
    }

    h2 {
      margin: 0;
      font-size: var(--bw-heading-font-size, 1.25rem);
      line-height: 1.3;
    }

    form {
      display: grid;
      gap: calc(var(--_space) * 2);
      margin: 0;
    }

    textarea[part~='input'] {
      min-height: 4.5em;
      resize: vertical;
    }

    [part~='field-error'] {
      margin: 0;
      color: var(--_danger);
      font-size: 0.875em;
    }

    [part~='message'] {
      margin: 0;
    }

    /*
     * Empty, the live region takes no room but stays in the accessibility tree (display: none would
     * take it out), so it exists before it has something to say and its first message is heard.
     */
    [part~='message']:empty {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    [part~='error'] {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
    }

    [part~='success'] {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_success);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
    }

    [aria-disabled='true'] {
      cursor: progress;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }

    @media (forced-colors: active) {
      [part~='input'][aria-invalid='true'] {
        border-width: 2px;
      }
    }
  `,
];
