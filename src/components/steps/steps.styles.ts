import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--bw-font, inherit);
    color: var(--bw-color-text, #1d2330);
    --marker-size: 24px;
  }

  :host([hidden]) {
    display: none;
  }

  [part~='compact'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--bw-space, 8px);
    margin: 0 0 var(--bw-space, 8px);
    font-size: 0.875em;
  }

  [part~='compact-count'] {
    color: var(--bw-color-muted, #5b6473);
  }

  [part~='compact-name'] {
    font-weight: 600;
  }

  [part~='list'] {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part~='step'] {
    position: relative;
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: center;
    gap: 4px;
    min-width: 0;
    text-align: center;
    font-size: 0.8125em;
    color: var(--bw-color-muted, #5b6473);
  }

  /* The line joining a marker to the previous one. */
  [part~='step'] + [part~='step']::before {
    content: '';
    position: absolute;
    top: calc(var(--marker-size) / 2 - 1px);
    inset-inline: calc(-50% + var(--marker-size) / 2 + 4px) calc(50% + var(--marker-size) / 2 + 4px);
    height: 2px;
    background: var(--bw-color-border, #c9ced8);
  }

  [part~='step-complete'] + [part~='step']::before,
  [part~='step-complete']::before {
    background: var(--bw-color-primary, #2f5bd3);
  }

  [part~='marker'] {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: var(--marker-size);
    height: var(--marker-size);
    border: 2px solid var(--bw-color-border, #c9ced8);
    border-radius: 50%;
    background: var(--bw-color-surface, #fff);
    font-size: 0.75rem;
    font-weight: 600;
  }

  [part~='marker'] svg {
    width: 14px;
    height: 14px;
  }

  [part~='step-complete'] [part~='marker'] {
    border-color: var(--bw-color-primary, #2f5bd3);
    background: var(--bw-color-primary, #2f5bd3);
    color: var(--bw-color-on-primary, #fff);
  }

  [part~='step-current'] {
    color: var(--bw-color-text, #1d2330);
    font-weight: 600;
  }

  [part~='step-current'] [part~='marker'] {
    border-color: var(--bw-color-primary, #2f5bd3);
    color: var(--bw-color-primary, #2f5bd3);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--bw-color-primary, #2f5bd3) 20%, transparent);
  }

  [part~='label'] {
    max-width: 100%;
    overflow-wrap: anywhere;
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

  /* Narrow: markers only, with "Step n of N · name" above; the labels stay for assistive tech. */
  @container (width <= 40rem) {
    [part~='label'] {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @container (width > 40rem) {
    [part~='compact'] {
      display: none;
    }
  }
`;
