import { css } from 'lit';
import { base, primaryButton, secondaryButton, shimmer } from '../../styles/shared.js';

export const styles = [
  base,
  secondaryButton("[part~='slot'], [part~='show-month-button'], [part~='time-zone-toggle']"),
  // The selected time is the filled variant of the slot button.
  primaryButton("[part~='slot-selected']"),
  css`
    :host {
      --_day-size: var(--bw-calendar-day-size, var(--_control));
      --_available-bg: var(--bw-calendar-available-bg, var(--_tint));
      --_slot-min-width: var(--bw-slot-min-width, 4.75rem);
    }

    .layout {
      display: grid;
      gap: calc(var(--_space) * 2);
    }

    /* The month and the day's times side by side once both fit. */
    @container (min-width: 40rem) {
      .layout {
        grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
        align-items: start;
      }
    }

    [part~='header'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-block-end: var(--_space);
    }

    [part~='month-label'] {
      flex: 1;
      font-weight: 600;
      font-size: 1.05em;
      text-align: center;
    }

    [part~='nav-button'] {
      box-sizing: border-box;
      display: inline-grid;
      place-items: center;
      min-width: var(--_action);
      min-height: var(--_action);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      cursor: pointer;
    }

    [part~='nav-button']:hover {
      border-color: var(--_primary);
    }

    [part~='nav-button'] svg {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }

    /* Previous points to where the month came from, which is the right in RTL. */
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

    [part~='weekday'] {
      padding-block: calc(var(--_space) / 2);
      font-size: 0.85em;
      font-weight: 600;
      color: var(--_muted);
    }

    td {
      box-sizing: border-box;
      height: var(--_day-size);
      padding: 0;
      text-align: center;
      border-radius: var(--_radius);
      font-variant-numeric: tabular-nums;
    }

    [part~='day'] {
      cursor: default;
      color: var(--_muted);
    }

    [part~='day-available'] {
      cursor: pointer;
      color: var(--_text);
      font-weight: 700;
      background: var(--_available-bg);
    }

    [part~='day-available']:hover {
      box-shadow: inset 0 0 0 2px var(--_primary);
    }

    /* Today is marked by a ring, not only by colour. */
    [part~='day-today'] {
      box-shadow: inset 0 0 0 1px var(--_text);
    }

    [part~='day-selected'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }

    .panel {
      display: grid;
      gap: var(--_space);
      align-content: start;
    }

    [part~='message'],
    [part~='time-zone'] {
      margin: 0;
    }

    [part~='time-zone'] {
      color: var(--_muted);
      font-size: 0.9em;
    }

    [part~='slots'] {
      display: grid;
      gap: var(--_space);
    }

    [part~='slots-label'] {
      font-weight: 600;
    }

    /* As many equal columns as fit: three in a 300px sidebar, six or more in a wide column. */
    .slot-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_slot-min-width)), 1fr));
      gap: var(--_space);
    }

    [part~='slot'],
    [part~='show-month-button'],
    .slot-placeholder {
      box-sizing: border-box;
      min-height: var(--_action);
      padding-inline: var(--_space);
      border-radius: var(--_radius);
    }

    [part~='show-month-button'] {
      padding-inline: calc(var(--_space) * 2);
    }

    /* A session's seats left sit under its time, in the button's own colour (it may be filled). */
    [part~='slot']:has([part~='seats']) {
      flex-direction: column;
      gap: 0;
      padding-block: calc(var(--_space) / 2);
    }

    [part~='seats'] {
      font-size: 0.8em;
      font-weight: 400;
    }

    [part~='show-month-button'],
    [part~='time-zone-toggle'] {
      justify-self: start;
    }

    /* A quieter toggle than the times above it; pressed, it is tinted and checked. */
    [part~='time-zone-toggle'] {
      min-height: var(--_control);
      font-weight: 400;
      font-size: 0.9em;
    }

    [part~='time-zone-toggle'][aria-pressed='true'] {
      background: var(--_tint);
      font-weight: 600;
    }

    [part~='time-zone-toggle'][aria-pressed='true']::before {
      content: '✓' / '';
    }

    @media (forced-colors: active) {
      [part~='day'] {
        border: 1px solid Canvas;
      }
      [part~='day'][aria-disabled='true'] {
        color: GrayText;
      }
      [part~='day-available'] {
        border-color: ButtonText;
      }
      /* Shadows are dropped: today gets a dashed frame instead of its ring. */
      [part~='day-today'] {
        border: 2px dashed CanvasText;
      }
      /* The selected day and time keep a filled look in the system's highlight colours. */
      [part~='day-selected'],
      [part~='slot-selected'],
      [part~='time-zone-toggle'][aria-pressed='true'] {
        forced-color-adjust: none;
        border-color: Highlight;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
  // Last, so the shimmer wins over the base backgrounds above.
  shimmer("td[part~='skeleton'], .slot-placeholder"),
];
