import { css } from 'lit';

/** Host, list, option and skeleton styles shared by the three pickers (service, location, professional). */
export const optionListStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--bw-font, inherit);
    color: var(--bw-color-text, #1d2330);
  }

  :host([hidden]) {
    display: none;
  }

  [part~='list'],
  [part~='skeleton'] {
    display: grid;
    gap: var(--bw-space, 8px);
    margin: 0;
    padding: 0;
    list-style: none;
  }

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
    position: relative;
    display: flex;
    flex: 1;
    align-items: center;
    gap: calc(var(--bw-space, 8px) * 1.5);
    min-width: 0;
    min-height: 44px;
    margin: 0;
    padding: calc(var(--bw-space, 8px) * 1.5) calc(var(--bw-space, 8px) * 2);
    padding-inline-end: calc(var(--bw-space, 8px) * 4.5);
    border: 1px solid var(--bw-color-border, #c9ced8);
    border-radius: var(--bw-radius, 8px);
    background: var(--bw-color-surface, #fff);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  [part~='option']:hover {
    border-color: var(--bw-color-primary, #2f5bd3);
  }

  [part~='option']:focus-visible {
    outline: 2px solid var(--bw-color-primary, #2f5bd3);
    outline-offset: 2px;
  }

  /* Selection shows as a thicker border and a check, not by colour alone. */
  [part~='option-selected'] {
    border-color: var(--bw-color-primary, #2f5bd3);
    box-shadow: inset 0 0 0 1px var(--bw-color-primary, #2f5bd3);
    background: color-mix(in srgb, var(--bw-color-primary, #2f5bd3) 7%, var(--bw-color-surface, #fff));
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
    color: var(--bw-color-muted, #5b6473);
    font-size: 0.875em;
  }

  [part~='check'] {
    position: absolute;
    inset-inline-end: calc(var(--bw-space, 8px) * 1.5);
    top: 50%;
    width: 20px;
    height: 20px;
    translate: 0 -50%;
    color: var(--bw-color-primary, #2f5bd3);
  }

  [part~='empty'] {
    margin: 0;
    color: var(--bw-color-muted, #5b6473);
  }

  [part~='skeleton-row'] {
    height: 64px;
    border-radius: var(--bw-radius, 8px);
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--bw-color-surface, #fff) 70%, transparent) 50%,
        transparent 100%
      )
      0 0 / 200% 100% no-repeat,
      color-mix(in srgb, var(--bw-color-border, #c9ced8) 45%, var(--bw-color-surface, #fff));
    animation: shimmer 1.4s linear infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 150% 0, 0 0;
    }
    to {
      background-position: -50% 0, 0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    [part~='skeleton-row'] {
      animation: none;
    }
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const styles = optionListStyles;
