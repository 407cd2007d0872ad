import { css } from 'lit';
import { optionListStyles } from '../../styles/option-list.js';
import { primaryButton } from '../../styles/shared.js';

// The shared picker look, plus multiple mode's hint and the bar with the summary and "Continue".
export const styles = [
  optionListStyles,
  primaryButton("[part~='continue']"),
  css`
    [part~='hint'] {
      margin: 0 0 var(--_space);
      color: var(--_muted);
    }

    /* Stays in view under a long list, so the count and the way on are never scrolled away. */
    [part~='selection'] {
      position: sticky;
      bottom: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      margin-block-start: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 1.5) 0;
      border-block-start: 1px solid var(--_divider);
      background: var(--_surface);
    }

    [part~='selection-summary'] {
      margin: 0;
      font-weight: 600;
    }

    [part~='continue'][aria-disabled='true'] {
      border-color: var(--_border);
      background: var(--_surface);
      color: var(--_muted);
      cursor: not-allowed;
    }
  `,
];
