import { css } from 'lit';
import { optionListStyles } from '../service-picker/service-picker.styles.js';

export const styles = [
  optionListStyles,
  css`
    [part~='avatar'] {
      display: grid;
      flex: none;
      place-items: center;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      background: var(--bw-color-primary, #2f5bd3);
      color: var(--bw-color-on-primary, #fff);
      font-weight: 600;
      font-size: 0.9375em;
      line-height: 1;
    }

    [part~='avatar-any'] {
      background: color-mix(in srgb, var(--bw-color-primary, #2f5bd3) 12%, var(--bw-color-surface, #fff));
      color: var(--bw-color-primary, #2f5bd3);
    }

    [part~='avatar'] svg {
      width: 24px;
      height: 24px;
    }
  `,
];
