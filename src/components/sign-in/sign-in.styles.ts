import { css } from 'lit';
import { secondaryButton } from '../../styles/shared.js';
import { formStyles } from '../manage/form.styles.js';

export const styles = [
  formStyles,
  secondaryButton("[part~='reveal']"),
  css`
    :host {
      display: grid;
      gap: calc(var(--_space) * 2);
    }

    /* The show/hide button sits beside the password; below it in a narrow column. */
    .with-reveal {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }

    .with-reveal [part~='input'] {
      flex: 1 1 12rem;
      width: auto;
    }

    [part~='reveal'] {
      flex: none;
      padding-inline: calc(var(--_space) * 2);
      font-weight: 400;
    }

    [part~='reveal'][aria-pressed='true'] {
      background: var(--_tint);
    }

    @container (min-width: 30rem) {
      [part~='submit'] {
        justify-self: start;
      }
    }
  `,
];
