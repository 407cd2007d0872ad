import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* The container query below lays grid and times side by side when there is room. */
    container-type: inline-size;
    --_primary: var(--bw-color-primary, #2f5bd3);
    --_on-primary: var(--bw-color-on-primary, #fff);
    --_surface: var(--bw-color-surface, #fff);
    --_text: var(--bw-color-text, #1d2330);
    --_muted: var(--bw-color-muted, #5b6473);
    --_border: var(--bw-color-border, #c9ced8);
    --_radius: var(--bw-radius, 8px);
    --_space: var(--bw-space, 8px);
    --_day-size: var(--bw-calendar-day-size, 2.75rem);
    --_available-bg: var(--bw-calendar-available-bg, color-mix(in srgb, var(--_primary) 12%, var(--_surface)));
    font-family: var(--bw-font, inherit);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .layout {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  [part='header'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  [part='month-label'] {
    font-weight: 600;
    font-size: 1.05em;
    text-align: center;
    flex: 1;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  button:focus-visible,
  td:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }

  [part~='nav-button'] {
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  [part~='nav-button'] svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  :host(:dir(rtl)) [part~='nav-button'] svg {
    transform: scaleX(-1);
  }

  [part~='nav-button'][aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
    border-style: dashed;
  }

  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 2px;
  }

  th {
    padding-block: calc(var(--_space) / 2);
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }

  td {
    height: var(--_day-size);
    padding: 0;
    text-align: center;
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }

  td[part~='day'] {
    cursor: default;
    color: var(--_muted);
  }

  td[part~='day-available'] {
    cursor: pointer;
    color: var(--_text);
    font-weight: 700;
    background: var(--_available-bg);
  }

  td[part~='day-available']:hover {
    box-shadow: inset 0 0 0 2px var(--_primary);
  }

  /* Today is marked by a ring, not only by colour. */
  td[part~='day-today'] {
    box-shadow: inset 0 0 0 1px var(--_text);
  }

  td[part~='day-selected'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .panel {
    display: grid;
    gap: var(--_space);
    align-content: start;
  }

  [part='message'],
  [part='time-zone'] {
    margin: 0;
  }

  [part='time-zone'] {
    color: var(--_muted);
    font-size: 0.9em;
  }

  [part='slots'] {
    display: grid;
    gap: var(--_space);
  }

  [part='slots-label'] {
    font-weight: 600;
  }

  .slot-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  [part~='slot'],
  [part='show-month-button'],
  .slot-placeholder {
    box-sizing: border-box;
    min-width: 5rem;
    min-height: 2.75rem;
  }

  [part~='slot'],
  [part='show-month-button'] {
    min-width: 5rem;
    min-height: 2.75rem;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
  }

  [part='show-month-button'] {
    justify-self: start;
  }

  [part~='slot-selected'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .slot-placeholder {
    display: inline-block;
    border-radius: var(--_radius);
  }

  /* Last, so the shimmer wins over the base backgrounds above. */
  td[part~='skeleton'],
  .slot-placeholder {
    color: var(--_muted);
    background: linear-gradient(90deg, var(--_available-bg) 25%, var(--_surface) 50%, var(--_available-bg) 75%) 0 0 / 300% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    td[part~='skeleton'],
    .slot-placeholder {
      animation: none;
      background: var(--_available-bg);
    }
  }
`;
