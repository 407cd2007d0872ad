import { css } from 'lit';
import { optionListStyles } from '../../styles/option-list.js';

export const styles = [
  optionListStyles,
  css`
    :host {
      --_avatar-size: var(--bw-avatar-size, 40px);
    }

    [part~='avatar'] {
      display: grid;
      flex: none;
      place-items: center;
      width: var(--_avatar-size);
      height: var(--_avatar-size);
      border-radius: 50%;
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
      font-size: 0.9375em;
      line-height: 1;
    }

    [part~='avatar-any'] {
      background: var(--_tint);
      color: var(--_primary);
    }

    [part~='avatar'] svg {
      width: 60%;
      height: 60%;
    }

    @media (forced-colors: active) {
      [part~='avatar'] {
        border: 1px solid CanvasText;
      }
    }
  `,
];
