import { css } from 'lit';

/** Labelled text fields as every form of the widget draws them: the details form, sign-in, manage, the front desk. */
export const fieldStyles = css`
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
      color: var(--_muted);
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
      min-height: var(--_action);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      /* 16px or more keeps iOS from zooming into the field. */
      font-size: max(1rem, 1em);
    }

    [part~='input']:focus-visible {
      outline-offset: 1px;
      border-color: var(--_focus);
    }

    [part~='input'][aria-invalid='true'] {
      border-color: var(--_danger);
      box-shadow: inset 0 0 0 1px var(--_danger);
    }
`;
