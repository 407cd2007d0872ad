import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--bw-font, inherit);
    color: var(--bw-color-text, #1d2330);
  }

  :host([hidden]) {
    display: none;
  }

  [part~='form'] {
    display: grid;
    gap: calc(var(--bw-space, 8px) * 2);
    margin: 0;
  }

  @container (min-width: 32rem) {
    [part~='form'] {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: calc(var(--bw-space, 8px) * 2);
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
    padding: var(--bw-space, 8px) calc(var(--bw-space, 8px) * 1.5);
    border-inline-start: 4px solid var(--bw-color-danger, #b3261e);
    border-radius: var(--bw-radius, 8px);
    background: color-mix(in srgb, var(--bw-color-danger, #b3261e) 6%, var(--bw-color-surface, #fff));
    color: var(--bw-color-text, #1d2330);
    font-weight: 600;
  }

  /* Kept in the tree while empty, so the live region exists before it has something to say. */
  [part~='summary'].quiet {
    padding: 0;
    border: 0;
  }

  [part~='field'] {
    display: grid;
    align-content: start;
    gap: 4px;
    min-width: 0;
  }

  [part~='label'] {
    font-weight: 600;
  }

  [part~='optional'],
  [part~='hint'] {
    color: var(--bw-color-muted, #5b6473);
    font-weight: 400;
  }

  [part~='hint'] {
    margin: 0;
    font-size: 0.875em;
  }

  [part~='input'] {
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    min-height: 44px;
    margin: 0;
    padding: var(--bw-space, 8px) calc(var(--bw-space, 8px) * 1.5);
    border: 1px solid var(--bw-color-border, #c9ced8);
    border-radius: var(--bw-radius, 8px);
    background: var(--bw-color-surface, #fff);
    color: inherit;
    /* 16px or more keeps iOS from zooming into the field. */
    font: inherit;
    font-size: max(1rem, 1em);
  }

  textarea[part~='input'] {
    min-height: 6em;
    resize: vertical;
  }

  [part~='input']:focus-visible {
    outline: 2px solid var(--bw-color-primary, #2f5bd3);
    outline-offset: 1px;
    border-color: var(--bw-color-primary, #2f5bd3);
  }

  [part~='input'][aria-invalid='true'] {
    border-color: var(--bw-color-danger, #b3261e);
    box-shadow: inset 0 0 0 1px var(--bw-color-danger, #b3261e);
  }

  [part~='error'] {
    display: grid;
    gap: 2px;
    margin: 0;
    color: var(--bw-color-danger, #b3261e);
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
    min-height: 44px;
    padding: var(--bw-space, 8px) calc(var(--bw-space, 8px) * 3);
    border: 0;
    border-radius: var(--bw-radius, 8px);
    background: var(--bw-color-primary, #2f5bd3);
    color: var(--bw-color-on-primary, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  [part~='submit']:focus-visible {
    outline: 2px solid var(--bw-color-primary, #2f5bd3);
    outline-offset: 2px;
  }
`;
