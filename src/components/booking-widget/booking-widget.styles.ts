import { css } from 'lit';

export const styles = css`
  :host {
    --bw-color-primary: #2f5bd3;
    --bw-color-on-primary: #fff;
    --bw-color-surface: #fff;
    --bw-color-text: #1d2330;
    --bw-color-muted: #5b6473;
    --bw-color-border: #c9ced8;
    --bw-color-danger: #b3261e;
    --bw-color-success: #1e7a3c;
    --bw-radius: 8px;
    --bw-font: inherit;
    --bw-space: 8px;

    display: block;
    container-type: inline-size;
    color: var(--bw-color-text);
    background: var(--bw-color-surface);
    font-family: var(--bw-font);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: grid;
    gap: calc(var(--bw-space) * 2);
    padding: calc(var(--bw-space) * 2);
    border: 1px solid var(--bw-color-border);
    border-radius: var(--bw-radius);
    min-width: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--bw-color-primary);
    outline-offset: 2px;
  }
  .live:empty {
    display: none;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    gap: var(--bw-space);
    align-items: center;
    justify-content: space-between;
    padding: var(--bw-space) calc(var(--bw-space) * 1.5);
    border: 1px solid var(--bw-color-danger);
    border-left-width: 4px;
    border-radius: var(--bw-radius);
    color: var(--bw-color-text);
  }
  .error p {
    margin: 0;
    flex: 1 1 16em;
  }
  .nav {
    display: flex;
    justify-content: flex-start;
  }
  .button {
    min-height: 44px;
    padding: 0 calc(var(--bw-space) * 2);
    border: 1px solid var(--bw-color-primary);
    border-radius: var(--bw-radius);
    background: var(--bw-color-primary);
    color: var(--bw-color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--bw-color-primary);
  }
  .button:focus-visible {
    outline: 2px solid var(--bw-color-primary);
    outline-offset: 2px;
  }
  @container (min-width: 40rem) {
    .base {
      padding: calc(var(--bw-space) * 3);
    }
  }
`;
