import { css } from 'lit';
import { base, primaryButton, secondaryButton } from '../../styles/shared.js';

export const styles = [
  base,
  primaryButton('.button'),
  secondaryButton('.button.secondary'),
  css`
    :host {
      --_padding: var(--bw-widget-padding, calc(var(--_space) * 2));
      background: var(--_surface);
      line-height: 1.4;
    }

    .base {
      display: grid;
      gap: calc(var(--_space) * 2);
      min-width: 0;
      padding: var(--_padding);
      border: 1px solid var(--_divider);
      border-radius: var(--_radius);
    }

    /* A roomier frame in a wide column; a sidebar keeps every pixel for the content. */
    @container (min-width: 40rem) {
      .base {
        padding: var(--bw-widget-padding, calc(var(--_space) * 3));
      }
    }

    .heading {
      margin: 0;
      font-size: var(--bw-heading-font-size, 1.25rem);
      line-height: 1.3;
    }

    /* Empty, it stays in the accessibility tree (visually hidden) so its first message is announced. */
    .live:empty {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .error {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: center;
      justify-content: space-between;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_danger);
      border-inline-start-width: 4px;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_danger) 6%, var(--_surface));
      color: var(--_text);
    }

    .error p {
      margin: 0;
      flex: 1 1 16em;
    }

    .nav {
      display: flex;
      justify-content: flex-start;
    }
  `,
];
